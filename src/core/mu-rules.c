/* mu-rules.c — compliance findings under the four schools
 *
 * The rules follow the article (Shovkhalov 2014, Tables 1–2) and name
 * later sources — Usmani, AAOIFI Shari‘ah Standards — where those add to it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "mu-engine.h"
#include "mu-money-private.h"
#include "mu-rules.h"

typedef struct
{
  const MuScenario *scenario;
  const MuResult   *result;
  GPtrArray        *findings;
} Check;

void
mu_finding_free (MuFinding *finding)
{
  if (finding == NULL)
    return;
  g_free (finding->field);
  g_free (finding->message);
  g_free (finding->source);
  g_free (finding);
}

const char *
mu_severity_to_string (MuSeverity severity)
{
  static const char * const words[] = { "info", "warning", "error" };

  g_return_val_if_fail (severity < G_N_ELEMENTS (words), NULL);
  return words[severity];
}

/* What a rule is about, in a few words, for lists and headings. */
const char *
mu_rule_get_title (const char *rule)
{
  static const struct { const char *rule; const char *title; } titles[] = {
    { "profit-shares-total", N_("The profit shares do not make 100 %") },
    { "profit-follows-capital", N_("Profit must follow capital") },
    { "sleeping-partner-cap", N_("A sleeping partner’s share is capped") },
    { "loss-follows-capital", N_("Loss follows capital") },
    { "guaranteed-return", N_("A guaranteed return is riba") },
    { "in-kind-capital", N_("Capital contributed in kind") },
    { "buyout-as-condition", N_("The buyout must be a separate promise") },
    { "nominal-unit-price", N_("The units are priced in advance") },
    { "liquid-assets-limit", N_("Cash and receivables exceed half the assets") },
    { "late-payment-interest", N_("Interest on late payments") },
  };

  g_return_val_if_fail (rule != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    if (g_str_equal (titles[i].rule, rule))
      return _(titles[i].title);
  return rule;
}

gboolean
mu_findings_have_errors (GPtrArray *findings)
{
  for (guint i = 0; findings != NULL && i < findings->len; i++)
    if (((MuFinding *) g_ptr_array_index (findings, i))->severity == MU_SEVERITY_ERROR)
      return TRUE;
  return FALSE;
}

G_GNUC_PRINTF (7, 8)
static void
add_finding (Check      *check,
             const char *rule,
             MuSeverity  severity,
             int         partner,
             guint       period,
             char       *field,
             const char *format,
             ...)
{
  MuFinding *finding = g_new0 (MuFinding, 1);
  va_list args;

  finding->rule = rule;
  finding->severity = severity;
  finding->partner = partner;
  finding->period = period;
  finding->field = field;
  va_start (args, format);
  finding->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (check->findings, finding);
}

/* The source goes with the finding added last. */
static void
set_source (Check      *check,
            const char *source)
{
  MuFinding *finding = g_ptr_array_index (check->findings, check->findings->len - 1);

  finding->source = g_strdup (source);
}

static const char *
partner_name (const Check *check,
              guint        index)
{
  return mu_scenario_get_partner (check->scenario, index)->name;
}

static double
percent_of (gint64 percent)
{
  return (double) percent * 100.0 / (double) MU_PERCENT_100;
}

/* A percent as a message shows it: two decimals, or four where two would
 * make it look equal to @beside, the figure it is compared with. */
static char *
percent_text (double value,
              double beside)
{
  g_autofree char *short_value = g_strdup_printf ("%.2f", value);
  g_autofree char *short_beside = g_strdup_printf ("%.2f", beside);

  if (g_str_equal (short_value, short_beside) && fabs (value - beside) >= 0.00005)
    return g_strdup_printf ("%.4f", value);
  return g_steal_pointer (&short_value);
}

static char *
format_money (const Check *check,
              MuMoney      amount)
{
  g_autofree char *number = mu_decimal_format (amount, mu_scenario_get_exponent (check->scenario));

  return g_strdup_printf ("%s %s", number, check->scenario->currency);
}

/* How an agreed percent compares with the capital ratio stake / pool,
 * counting as equal what agrees to the four decimals a percent is given in. */
static inline int
compare_to_ratio (gint64  percent,
                  MuMoney stake,
                  MuMoney pool)
{
  MuWide lhs = (MuWide) percent * pool * 2;
  MuWide rhs = (MuWide) stake * MU_PERCENT_100 * 2;

  if (lhs > rhs + pool)
    return 1;
  if (lhs < rhs - pool)
    return -1;
  return 0;
}

/* The first period in which @percent differs from the partner's capital
 * ratio while it holds anything, and that ratio. */
static guint
first_period_differing (const Check *check,
                        guint        partner,
                        gint64       percent,
                        double      *ratio_then)
{
  const MuResult *result = check->result;

  for (guint t = 1; t <= result->n_periods; t++)
    {
      const MuPartnerPeriod *cell = mu_result_get (result, t, partner);
      MuMoney pool = result->periods[t - 1].pool;

      if (cell->stake > 0 && compare_to_ratio (percent, cell->stake, pool) != 0)
        {
          *ratio_then = mu_ratio_percent (cell->stake, pool);
          return t;
        }
    }
  return 0;
}

static void
check_profit_shares_total (Check *check)
{
  GPtrArray *partners = check->scenario->partners;
  g_autofree char *total = NULL;
  gint64 agreed = 0;
  gboolean all_agreed = TRUE;

  for (guint i = 0; i < partners->len; i++)
    {
      const MuPartner *partner = g_ptr_array_index (partners, i);

      if (partner->has_profit_share)
        agreed += partner->profit_share;
      else
        all_agreed = FALSE;
    }

  /* Shown to the last decimal that makes it differ from 100. */
  total = percent_text (percent_of (agreed), 100.0);
  if (agreed > MU_PERCENT_100)
    add_finding (check, "profit-shares-total", MU_SEVERITY_ERROR, -1, 0, g_strdup ("partners"),
                 _("The agreed profit shares add up to %s %%, more than the whole profit. "
                   "Lower them so that together they are at most 100 %%, or let some partners share by capital."),
                 total);
  else if (all_agreed && agreed != MU_PERCENT_100)
    add_finding (check, "profit-shares-total", MU_SEVERITY_ERROR, -1, 0, g_strdup ("partners"),
                 _("Every partner has an agreed profit share, but the shares add up to %s %%, not 100 %%, "
                   "so part of the profit would belong to nobody. Make them add up to 100 %%, "
                   "or let one partner share by capital."),
                 total);
  else
    return;
  set_source (check, _("All four schools: the partners share the whole profit, no more and no less "
                       "(Shovkhalov 2014, Table 2)."));
}

/* Shafi‘i and Maliki: profit strictly by capital. */
static void
check_profit_follows_capital (Check *check,
                              guint  index)
{
  const MuPartner *partner = mu_scenario_get_partner (check->scenario, index);
  MuSchool school = check->scenario->school;
  g_autofree char *share = NULL;
  g_autofree char *held = NULL;
  double ratio = 0;
  guint period;

  if (!partner->has_profit_share || (school != MU_SCHOOL_SHAFII && school != MU_SCHOOL_MALIKI))
    return;

  period = first_period_differing (check, index, partner->profit_share, &ratio);
  if (period == 0)
    return;

  share = percent_text (percent_of (partner->profit_share), ratio);
  held = percent_text (ratio, percent_of (partner->profit_share));
  add_finding (check, "profit-follows-capital", MU_SEVERITY_ERROR, index, period,
               g_strdup_printf ("partners[%u].profit_share", index),
               _("%s is to receive %s %% of the profit but holds %s %% of the capital in period %u. "
                 "Under the %s school profit is shared strictly in proportion to capital. "
                 "Set this partner’s profit share to “by capital”."),
               partner_name (check, index), share, held, period, mu_school_get_label (school));
  set_source (check, _("Shafi‘i and Maliki schools: profit only in proportion to the capital invested "
                       "(Shovkhalov 2014, Table 2, after Usmani, “An Introduction to Islamic Finance”)."));
}

/* The first period in which a partner's part of the profit exceeds its
 * capital ratio, and the smallest ratio it holds while it holds anything.
 * The part is the engine's: the agreed percent, or for a partner sharing by
 * capital what the others' agreed shares leave it. */
static guint
first_period_above_capital (const Check *check,
                            guint        partner,
                            double      *share_then,
                            double      *ratio_then,
                            double      *smallest_ratio)
{
  const MuResult *result = check->result;
  guint first = 0;

  *smallest_ratio = 100.0;
  for (guint t = 1; t <= result->n_periods; t++)
    {
      const MuPartnerPeriod *cell = mu_result_get (result, t, partner);
      double ratio = mu_result_ownership_percent (result, t, partner);

      if (cell->stake <= 0)
        continue;
      *smallest_ratio = MIN (*smallest_ratio, ratio);
      /* Percents agree to their fourth decimal, as they are given. */
      if (first == 0 && result->periods[t - 1].profit >= 0 && cell->profit_percent > ratio + 0.00005)
        {
          first = t;
          *share_then = cell->profit_percent;
          *ratio_then = ratio;
        }
    }
  return first;
}

/* A partner who does not work takes at most its share of the capital. */
static void
check_sleeping_partner_cap (Check *check,
                            guint  index)
{
  const MuPartner *partner = mu_scenario_get_partner (check->scenario, index);
  MuSchool school = check->scenario->school;
  double share = 0, ratio = 0, smallest;
  g_autofree char *paid = NULL;
  g_autofree char *held = NULL;
  g_autofree char *cap = NULL;
  guint period;
  char *field;

  /* Where profit must follow capital, profit-follows-capital says it. */
  if (partner->manages || school == MU_SCHOOL_SHAFII || school == MU_SCHOOL_MALIKI)
    return;

  period = first_period_above_capital (check, index, &share, &ratio, &smallest);
  if (period == 0)
    return;

  /* The share the engine pays: agreed shares over 100 % are scaled down. */
  paid = percent_text (share, ratio);
  held = percent_text (ratio, share);
  cap = percent_text (smallest, share);
  field = g_strdup_printf ("partners[%u].profit_share", index);
  if (partner->has_profit_share)
    add_finding (check, "sleeping-partner-cap",
                 school == MU_SCHOOL_HANAFI ? MU_SEVERITY_ERROR : MU_SEVERITY_WARNING,
                 index, period, field,
                 _("%s does not take part in management, yet is to receive %s %% of the profit "
                   "while it holds only %s %% of the capital from period %u on. "
                   "A sleeping partner’s profit share may not exceed its share of the capital. "
                   "Lower the agreed share to at most %s %%, or let it share by capital."),
                 partner_name (check, index), paid, held, period, cap);
  else
    add_finding (check, "sleeping-partner-cap",
                 school == MU_SCHOOL_HANAFI ? MU_SEVERITY_ERROR : MU_SEVERITY_WARNING,
                 index, period, field,
                 _("%s does not take part in management and shares by capital, but the other partners’ "
                   "agreed shares leave it %s %% of the profit while it holds only %s %% of the capital "
                   "in period %u. A sleeping partner’s profit share may not exceed its share of the capital. "
                   "Raise the agreed shares of the partners who manage, or let them share by capital too."),
                 partner_name (check, index), paid, held, period);

  if (school == MU_SCHOOL_HANAFI)
    set_source (check, _("Hanafi school: a partner who stipulates that it will not work takes profit "
                         "only up to its share of the capital (Shovkhalov 2014, Table 2; "
                         "the article applies this to a bank as sleeping partner)."));
  else
    set_source (check, _("Hanbali school: profit by agreement; the Hanafi cap for a sleeping partner "
                         "is given as a caution (Shovkhalov 2014, Table 2)."));
}

static void
check_loss_follows_capital (Check *check,
                            guint  index)
{
  const MuPartner *partner = mu_scenario_get_partner (check->scenario, index);
  g_autofree char *share = NULL;
  g_autofree char *held = NULL;
  double ratio = 0;
  guint period;

  if (!partner->has_loss_share)
    return;

  period = first_period_differing (check, index, partner->loss_share, &ratio);
  if (period == 0)
    return;

  share = percent_text (percent_of (partner->loss_share), ratio);
  held = percent_text (ratio, percent_of (partner->loss_share));
  add_finding (check, "loss-follows-capital", MU_SEVERITY_ERROR, index, period,
               g_strdup_printf ("partners[%u].loss_share", index),
               _("%s is asked to bear %s %% of any loss but holds %s %% of the capital in period %u. "
                 "A loss is borne strictly in proportion to capital, so the schedule shares losses by capital. "
                 "Remove the agreed loss share."),
               partner_name (check, index), share, held, period);
  set_source (check, _("All four schools: loss only in proportion to the capital invested "
                       "(Shovkhalov 2014, Table 2; AAOIFI Shari‘ah Standard 12)."));
}

static void
check_guaranteed_return (Check *check,
                         guint  index)
{
  const MuPartner *partner = mu_scenario_get_partner (check->scenario, index);
  char *field;

  if (partner->guarantee == MU_GUARANTEE_NONE)
    return;

  field = g_strdup_printf ("partners[%u].guaranteed_return", index);
  if (partner->guarantee == MU_GUARANTEE_AMOUNT)
    {
      g_autofree char *amount = format_money (check, partner->guarantee_value);

      add_finding (check, "guaranteed-return", MU_SEVERITY_ERROR, index, 0, field,
                   _("%s is promised %s each period whatever the business earns. "
                     "A fixed return in a partnership is riba: every partner’s return must come from "
                     "the actual profit and carry the risk of loss. Remove the guarantee and agree "
                     "a share of the profit instead."),
                   partner_name (check, index), amount);
    }
  else
    add_finding (check, "guaranteed-return", MU_SEVERITY_ERROR, index, 0, field,
                 _("%s is promised %.2f %% of its capital whatever the business earns. "
                   "A fixed return in a partnership is riba: every partner’s return must come from "
                   "the actual profit and carry the risk of loss. Remove the guarantee and agree "
                   "a share of the profit instead."),
                 partner_name (check, index), percent_of (partner->guarantee_value));
  set_source (check, _("All four schools (Shovkhalov 2014: each party bears the risk, unlike a fixed "
                       "return on a loan; AAOIFI Shari‘ah Standard 12)."));
}

static void
check_in_kind_capital (Check *check,
                       guint  index)
{
  const MuPartner *partner = mu_scenario_get_partner (check->scenario, index);
  MuSchool school = check->scenario->school;
  gboolean strict = school == MU_SCHOOL_HANAFI || school == MU_SCHOOL_SHAFII;

  for (guint j = 0; j < partner->contributions->len; j++)
    {
      const MuContribution *c = &g_array_index (partner->contributions, MuContribution, j);
      char *field;

      if (c->kind != MU_CONTRIBUTION_ASSET)
        continue;

      field = g_strdup_printf ("partners[%u].contributions[%u]", index, j);
      if (strict && !c->fungible)
        add_finding (check, "in-kind-capital", MU_SEVERITY_ERROR, index, 0, field,
                     _("%s contributes “%s”, an asset that cannot be replaced by its like. "
                       "Under the %s school capital must be cash or fungible goods (cement may be "
                       "contributed, a car may not). Contribute its value in cash instead, or follow "
                       "a school that accepts assets at market value."),
                     partner_name (check, index), c->name, mu_school_get_label (school));
      else
        {
          g_autofree char *value = format_money (check, c->amount);

          add_finding (check, "in-kind-capital", MU_SEVERITY_INFO, index, 0, field,
                       _("%s contributes “%s”, counted at its market value of %s. "
                         "Make sure every partner agrees to this value when the contract is made."),
                       partner_name (check, index), c->name, value);
        }
      set_source (check, _("Hanafi and Shafi‘i schools: cash or fungible assets only; Maliki and Hanbali "
                           "schools: assets at market value (Shovkhalov 2014, Table 1)."));
    }
}

static void
check_financing (Check *check)
{
  const MuFinancing *f = &check->scenario->financing;

  if (!f->enabled)
    return;

  if (f->buyout_binding)
    {
      add_finding (check, "buyout-as-condition", MU_SEVERITY_ERROR, check->result->bank, 0,
                   g_strdup ("financing.buyout_binding"),
                   _("The sale of the bank’s units is written as a condition of the partnership contract. "
                     "One contract may not be made a condition of another: the buyout must be a separate "
                     "promise (wa‘d). Turn off “buyout is a binding condition” and record the promise "
                     "in a separate document."));
      set_source (check, _("All four schools (Shovkhalov 2014, after Usmani, “An Introduction to Islamic "
                           "Finance”; AAOIFI Shari‘ah Standard 12)."));
    }

  if (f->unit_price == MU_UNIT_PRICE_NOMINAL && f->object == MU_OBJECT_BUSINESS)
    {
      add_finding (check, "nominal-unit-price", MU_SEVERITY_ERROR, check->result->bank, 0,
                   g_strdup ("financing.unit_price"),
                   _("The bank holds a share of the business itself, and its units are priced in advance "
                     "at their nominal value. That guarantees the bank its capital back, which a partnership "
                     "forbids. Price each unit at its valuation when it is bought (the “fair” unit price)."));
      set_source (check, _("Usmani, “An Introduction to Islamic Finance”; AAOIFI Shari‘ah Standard 12. "
                           "The article does not discuss this case."));
    }
  else if (f->unit_price == MU_UNIT_PRICE_NOMINAL && f->depreciation > 0)
    {
      add_finding (check, "nominal-unit-price", MU_SEVERITY_WARNING, check->result->bank, 0,
                   g_strdup ("financing.unit_price"),
                   _("The asset loses %.2f %% of its value each period, but the bank’s units are sold at "
                     "their nominal value. Depreciation should be taken into account when the units are "
                     "valued: choose the “fair” unit price."),
                   percent_of (f->depreciation));
      set_source (check, _("Shovkhalov 2014, the harvester example: the machinery depreciates, and this "
                           "must be reflected in the value of the bank’s units."));
    }

  if (f->late_interest)
    {
      add_finding (check, "late-payment-interest", MU_SEVERITY_ERROR, -1, 0,
                   g_strdup ("financing.late_interest"),
                   _("Interest is charged on late installments. An increase of a debt for delay is riba. "
                     "Replace it with the client’s pledge to give a set amount to charity when a payment "
                     "is late."));
      set_source (check, _("All four schools; AAOIFI Shari‘ah Standard 3 (Procrastinating Debtor) "
                           "and Standard 12."));
    }
}

static void
check_liquid_assets (Check *check)
{
  const MuBalance *b = &check->scenario->balance;
  MuMoney liquid = b->cash + b->receivables;   /* validated: at most the total */
  double percent;

  if (!b->enabled || b->total_assets == 0 || (MuWide) liquid * 2 <= b->total_assets)
    return;

  percent = mu_ratio_percent (liquid, b->total_assets);
  if (b->certificates)
    add_finding (check, "liquid-assets-limit", MU_SEVERITY_ERROR, -1, 0, g_strdup ("balance"),
                 _("Cash and receivables make up %.2f %% of the total assets, more than half. Shares or "
                   "certificates of such a business may not be traded, because they would stand for money "
                   "and debts rather than for assets. Do not trade them until cash and receivables are at "
                   "most half of the assets."),
                 percent);
  else
    add_finding (check, "liquid-assets-limit", MU_SEVERITY_INFO, -1, 0, g_strdup ("balance"),
                 _("Cash and receivables make up %.2f %% of the total assets. If the business issued shares "
                   "or certificates, they could not be traded while this is above 50 %%."),
                 percent);
  set_source (check, _("Usmani, “Principles of Shariah Governing Islamic Investment Funds”, "
                       "as cited by Shovkhalov 2014."));
}

GPtrArray *
mu_rules_check (const MuScenario *scenario,
                const MuResult   *result)
{
  Check check = { scenario, result, NULL };

  g_return_val_if_fail (scenario != NULL && result != NULL, NULL);

  check.findings = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_finding_free);

  check_profit_shares_total (&check);
  for (guint i = 0; i < scenario->partners->len; i++)
    {
      check_profit_follows_capital (&check, i);
      check_sleeping_partner_cap (&check, i);
      check_loss_follows_capital (&check, i);
      check_guaranteed_return (&check, i);
      check_in_kind_capital (&check, i);
    }
  check_financing (&check);
  check_liquid_assets (&check);

  return check.findings;
}
