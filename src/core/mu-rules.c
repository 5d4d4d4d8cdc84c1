/* mu-rules.c — compliance findings under the four schools
 *
 * The rules follow the article (Shovkhalov 2014, Tables 1–2) and name
 * later sources — Usmani, AAOIFI Shari‘ah Standards — where those add to it.
 * The rules about the profit and loss shares are in mu-rules-shares.c, those
 * about workers (mudarabah) in mu-rules-workers.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "mu-money-private.h"
#include "mu-rules-private.h"

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
    { "no-capital", N_("A partner without capital") },
    { "worker-share", N_("A worker’s share") },
    { "loss-exceeds-capital", N_("A loss beyond the capital") },
    { "buyout-incomplete", N_("The projection ends before the last buyout") },
    { "buyer-takes-nothing", N_("A buyer who buys nothing") },
    { "rent-and-profit-share", N_("Rent beside a share of the profit") },
    { "valuations-estimated", N_("Later prices are estimates") },
    { "late-interest", N_("Interest or a penalty for delay") },
    { "no-written-claim", N_("No written claim sent") },
    { "claim-period-running", N_("The claim period runs") },
    { "hardship-grace", N_("A debtor in hardship") },
    { "limitation-near", N_("The limitation period ends soon") },
    { "arrangement-behind", N_("An arrangement is behind") },
    { "third-party-contact", N_("A contact with someone other than the debtor") },
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

void
mu_rules_add_finding (MuRulesCheck *check,
                      const char   *rule,
                      MuSeverity    severity,
                      int           partner,
                      guint         period,
                      char         *field,
                      const char   *format,
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
void
mu_rules_set_source (MuRulesCheck *check,
                     const char   *source)
{
  MuFinding *finding = g_ptr_array_index (check->findings, check->findings->len - 1);

  finding->source = g_strdup (source);
}

const char *
mu_rules_partner_name (const MuRulesCheck *check,
                       guint               index)
{
  return mu_scenario_get_partner (check->scenario, index)->name;
}

double
mu_rules_percent_of (gint64 percent)
{
  return (double) percent * 100.0 / (double) MU_PERCENT_100;
}

/* A percent as a message shows it: two decimals, or four where two would
 * make it look equal to @beside, the figure it is compared with. */
char *
mu_rules_percent_text (double value,
                       double beside)
{
  g_autofree char *short_value = g_strdup_printf ("%.2f", value);
  g_autofree char *short_beside = g_strdup_printf ("%.2f", beside);

  if (g_str_equal (short_value, short_beside) && fabs (value - beside) >= 0.00005)
    return g_strdup_printf ("%.4f", value);
  return g_steal_pointer (&short_value);
}

char *
mu_rules_format_money (const MuRulesCheck *check,
                       MuMoney             amount)
{
  g_autofree char *number = mu_decimal_format (amount, mu_scenario_get_exponent (check->scenario));

  return g_strdup_printf ("%s %s", number, check->scenario->currency);
}

static void
check_guaranteed_return (MuRulesCheck *check,
                         guint         index)
{
  const MuPartner *partner = mu_scenario_get_partner (check->scenario, index);
  char *field;

  if (partner->guarantee == MU_GUARANTEE_NONE)
    return;

  field = g_strdup_printf ("partners[%u].guaranteed_return", index);
  if (partner->guarantee == MU_GUARANTEE_AMOUNT)
    {
      g_autofree char *amount = mu_rules_format_money (check, partner->guarantee_value);

      mu_rules_add_finding (check, "guaranteed-return", MU_SEVERITY_ERROR, index, 0, field,
                            _("%s is promised %s each period whatever the business earns. "
                              "A fixed return in a partnership is riba: every partner’s return must come from "
                              "the actual profit and carry the risk of loss. Remove the guarantee and agree "
                              "a share of the profit instead."),
                            mu_rules_partner_name (check, index), amount);
    }
  else
    mu_rules_add_finding (check, "guaranteed-return", MU_SEVERITY_ERROR, index, 0, field,
                          _("%s is promised %.2f %% of its capital whatever the business earns. "
                            "A fixed return in a partnership is riba: every partner’s return must come from "
                            "the actual profit and carry the risk of loss. Remove the guarantee and agree "
                            "a share of the profit instead."),
                          mu_rules_partner_name (check, index), mu_rules_percent_of (partner->guarantee_value));
  mu_rules_set_source (check, _("All four schools (Shovkhalov 2014: each party bears the risk, unlike a fixed "
                                "return on a loan; AAOIFI Shari‘ah Standard 12)."));
}

/* The article's Table 1, and where Usmani reports the schools otherwise. */
static const char *
in_kind_source (MuSchool school)
{
  switch (school)
    {
    case MU_SCHOOL_HANAFI:
      return _("Hanafi and Shafi‘i schools: cash or fungible assets only; Maliki and Hanbali schools: assets at "
               "market value (Shovkhalov 2014, Table 1). Usmani (“An Introduction to Islamic Finance”) reports "
               "Abu Hanifah as accepting no contribution in kind at all; this check follows the article.");
    case MU_SCHOOL_HANBALI:
      return _("Hanafi and Shafi‘i schools: cash or fungible assets only; Maliki and Hanbali schools: assets at "
               "market value (Shovkhalov 2014, Table 1). Usmani (“An Introduction to Islamic Finance”) differs "
               "for the Hanbali school: he reports Imam Ahmad, with Abu Hanifah, as accepting no contribution in "
               "kind; this check follows the article.");
    case MU_SCHOOL_SHAFII:
    case MU_SCHOOL_MALIKI:
    default:
      return _("Hanafi and Shafi‘i schools: cash or fungible assets only; Maliki and Hanbali "
               "schools: assets at market value (Shovkhalov 2014, Table 1).");
    }
}

static void
check_in_kind_capital (MuRulesCheck *check,
                       guint         index)
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
        mu_rules_add_finding (check, "in-kind-capital", MU_SEVERITY_ERROR, index, 0, field,
                              _("%s contributes “%s”, an asset that cannot be replaced by its like. "
                                "Under the %s school capital must be cash or fungible goods (cement may be "
                                "contributed, a car may not). Contribute its value in cash instead, or follow "
                                "a school that accepts assets at market value."),
                              mu_rules_partner_name (check, index), c->name, mu_school_get_label (school));
      else
        {
          g_autofree char *value = mu_rules_format_money (check, c->amount);

          mu_rules_add_finding (check, "in-kind-capital", MU_SEVERITY_INFO, index, 0, field,
                                _("%s contributes “%s”, counted at its market value of %s. "
                                  "Make sure every partner agrees to this value when the contract is made."),
                                mu_rules_partner_name (check, index), c->name, value);
        }
      mu_rules_set_source (check, in_kind_source (school));
    }
}

static void
check_financing (MuRulesCheck *check)
{
  const MuFinancing *f = &check->scenario->financing;

  if (!f->enabled)
    return;

  if (f->buyout_binding)
    {
      mu_rules_add_finding (check, "buyout-as-condition", MU_SEVERITY_ERROR, check->result->bank, 0,
                            g_strdup ("financing.buyout_binding"),
                            _("The sale of the bank’s units is written as a condition of the partnership contract. "
                              "One contract may not be made a condition of another: the buyout must be a separate "
                              "promise (wa‘d). Turn off “buyout is a binding condition” and record the promise "
                              "in a separate document."));
      mu_rules_set_source (check, _("All four schools (Shovkhalov 2014, after Usmani, “An Introduction to Islamic "
                                    "Finance”; AAOIFI Shari‘ah Standard 12)."));
    }

  if (f->late_interest)
    {
      mu_rules_add_finding (check, "late-payment-interest", MU_SEVERITY_ERROR, -1, 0,
                            g_strdup ("financing.late_interest"),
                            _("Interest is charged on late installments. An increase of a debt for delay is riba. "
                              "Replace it with the client’s pledge to give a set amount to charity when it delays "
                              "a payment it could make; a client who cannot pay is owed time until it can."));
      mu_rules_set_source (check, _("All four schools: a debtor in hardship is given time until it is easier "
                                    "(Quran 2:280); AAOIFI Shari‘ah Standard 3 (Procrastinating Debtor) "
                                    "and Standard 12."));
    }
}

static void
check_liquid_assets (MuRulesCheck *check)
{
  const MuBalance *b = &check->scenario->balance;
  MuMoney liquid = b->cash + b->receivables;   /* validated: at most the total */
  double percent;

  if (!b->enabled || b->total_assets == 0 || (MuWide) liquid * 2 <= b->total_assets)
    return;

  percent = mu_ratio_percent (liquid, b->total_assets);
  if (b->certificates)
    mu_rules_add_finding (check, "liquid-assets-limit", MU_SEVERITY_ERROR, -1, 0, g_strdup ("balance"),
                          _("Cash and receivables make up %.2f %% of the total assets, more than half. Shares or "
                            "certificates of such a business may not be traded, because they would stand for money "
                            "and debts rather than for assets. Do not trade them until cash and receivables are at "
                            "most half of the assets."),
                          percent);
  else
    mu_rules_add_finding (check, "liquid-assets-limit", MU_SEVERITY_INFO, -1, 0, g_strdup ("balance"),
                          _("Cash and receivables make up %.2f %% of the total assets. If the business issued shares "
                            "or certificates, they could not be traded while this is above 50 %%."),
                          percent);
  mu_rules_set_source (check, _("Usmani, “Principles of Shariah Governing Islamic Investment Funds”, "
                                "as cited by Shovkhalov 2014."));
}

GPtrArray *
mu_rules_check (const MuScenario *scenario,
                const MuResult   *result)
{
  MuRulesCheck check = { scenario, result, NULL };

  g_return_val_if_fail (scenario != NULL && result != NULL, NULL);

  check.findings = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_finding_free);

  mu_rules_check_shares (&check);
  mu_rules_check_workers (&check);
  for (guint i = 0; i < scenario->partners->len; i++)
    {
      check_guaranteed_return (&check, i);
      check_in_kind_capital (&check, i);
    }
  check_financing (&check);
  mu_rules_check_financing (&check);
  check_liquid_assets (&check);

  return check.findings;
}
