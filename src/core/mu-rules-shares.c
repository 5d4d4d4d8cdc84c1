/* mu-rules-shares.c — the findings about the profit and loss shares
 *
 * The agreed profit shares together, and each partner's profit and loss
 * shares against its capital; beside workers (mudarib), who bring only work
 * and take an agreed share, the capital partners' shares of what the
 * workers leave.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mu-money-private.h"
#include "mu-rules-private.h"

/* A list of periods names at most this many runs of periods. */
#define MAX_RUNS_SHOWN 4

/* What the workers' agreed shares take of every profit before the capital
 * partners share the rest; a worker is in the partnership throughout. */
static gint64
sum_workers_shares (const MuScenario *scenario)
{
  gint64 total = 0;

  for (guint i = 0; i < scenario->partners->len; i++)
    {
      const MuPartner *partner = mu_scenario_get_partner (scenario, i);

      if (mu_rules_is_worker (partner) && partner->has_profit_share)
        total += partner->profit_share;
    }
  return total;
}

/* The percent of each period's profit the schedule gives the partners who
 * are not workers, one a period. */
static double *
capital_partners_percents (const MuRulesCheck *check)
{
  const MuResult *result = check->result;
  double *percents = g_new0 (double, result->n_periods);

  for (guint t = 1; t <= result->n_periods; t++)
    for (guint i = 0; i < result->n_partners; i++)
      if (!mu_rules_is_worker (mu_scenario_get_partner (check->scenario, i)))
        percents[t - 1] += mu_result_get (result, t, i)->profit_percent;
  return percents;
}

static double
capital_partners_percent (const MuRulesCheck *check,
                          guint               period)
{
  return check->capital_percents != NULL ? check->capital_percents[period - 1] : 100.0;
}

/* How an agreed percent of @whole compares with the capital ratio
 * stake / pool, counting as equal what agrees to the four decimals a
 * percent is given in. @whole is 100 %, or what the workers' shares leave
 * of it. */
static inline int
compare_to_ratio (gint64  percent,
                  gint64  whole,
                  MuMoney stake,
                  MuMoney pool)
{
  MuWide lhs = (MuWide) percent * MU_PERCENT_100 * pool * 2;
  MuWide rhs = (MuWide) stake * MU_PERCENT_100 * whole * 2;
  MuWide slack = (MuWide) whole * pool;

  if (lhs > rhs + slack)
    return 1;
  if (lhs < rhs - slack)
    return -1;
  return 0;
}

/* The first period in which @percent of @whole differs from the partner's
 * capital ratio while it holds anything, and that ratio. */
static guint
first_period_differing (const MuRulesCheck *check,
                        guint               partner,
                        gint64              percent,
                        gint64              whole,
                        double             *ratio_then)
{
  const MuResult *result = check->result;

  for (guint t = 1; t <= result->n_periods; t++)
    {
      const MuPartnerPeriod *cell = mu_result_get (result, t, partner);
      MuMoney pool = result->periods[t - 1].pool;

      if (cell->stake > 0 && compare_to_ratio (percent, whole, cell->stake, pool) != 0)
        {
          *ratio_then = mu_ratio_percent (cell->stake, pool);
          return t;
        }
    }
  return 0;
}

/* Periods first to last, one after the other. */
typedef struct
{
  guint first;
  guint last;
} Run;

static void
append_run (GString   *list,
            const Run *run)
{
  if (list->len > 0)
    /* Translators: between the periods of a list such as “2–4, 7”. */
    g_string_append (list, C_("list of periods", ", "));
  if (run->first == run->last)
    g_string_append_printf (list, "%u", run->first);
  else
    g_string_append_printf (list, "%u–%u", run->first, run->last);
}

/* “in period 3”, or “in periods 2–4, 7”; past MAX_RUNS_SHOWN runs, the
 * first ones, “…” and the last. @periods are in order. */
static char *
periods_phrase (const GArray *periods)
{
  g_autoptr(GString) list = g_string_new (NULL);
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (Run));

  if (periods->len == 1)
    /* Translators: inserted into a finding's message; %u is a period's number. */
    return g_strdup_printf (_("in period %u"), g_array_index (periods, guint, 0));

  for (guint k = 0; k < periods->len; k++)
    {
      guint t = g_array_index (periods, guint, k);
      Run *last = runs->len > 0 ? &g_array_index (runs, Run, runs->len - 1) : NULL;

      if (last != NULL && last->last + 1 == t)
        last->last = t;
      else
        g_array_append_val (runs, ((Run) { t, t }));
    }
  for (guint r = 0; r < runs->len; r++)
    {
      if (runs->len > MAX_RUNS_SHOWN && r == MAX_RUNS_SHOWN - 1)
        {
          g_string_append_printf (list, "%s…", C_("list of periods", ", "));
          r = runs->len - 1;
        }
      append_run (list, &g_array_index (runs, Run, r));
    }
  /* Translators: inserted into a finding's message; %s is a list of
   * periods' numbers such as “2–4, 7”. */
  return g_strdup_printf (_("in periods %s"), list->str);
}

static void
check_profit_shares_total (MuRulesCheck *check)
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
  total = mu_rules_percent_text (mu_rules_percent_of (agreed), 100.0);
  if (agreed > MU_PERCENT_100 && !all_agreed)
    mu_rules_add_finding (check, "profit-shares-total", MU_SEVERITY_ERROR, -1, 0, g_strdup ("partners"),
                          _("The agreed profit shares add up to %s %%, more than the whole profit. The schedule "
                            "scales them down in proportion so that together they make the whole profit, and the "
                            "partners who share by capital receive nothing. Lower the agreed shares so that "
                            "together they are at most 100 %%."),
                          total);
  else if (agreed > MU_PERCENT_100)
    mu_rules_add_finding (check, "profit-shares-total", MU_SEVERITY_ERROR, -1, 0, g_strdup ("partners"),
                          _("The agreed profit shares add up to %s %%, more than the whole profit. The schedule "
                            "scales them down in proportion so that together they make the whole profit, so each "
                            "partner receives less than agreed. Lower them so that together they are 100 %%, "
                            "or let some partners share by capital."),
                          total);
  else if (all_agreed && agreed != MU_PERCENT_100)
    mu_rules_add_finding (check, "profit-shares-total", MU_SEVERITY_ERROR, -1, 0, g_strdup ("partners"),
                          _("Every partner has an agreed profit share, but the shares add up to %s %%, not 100 %%. "
                            "The schedule shares the whole profit in proportion to them, so each partner receives "
                            "more than agreed. Make them add up to 100 %%, or let one partner share by capital "
                            "and take the rest."),
                          total);
  else
    return;
  mu_rules_set_source (check, _("All four schools: the partners share the whole profit, no more and no less "
                                "(Shovkhalov 2014, Table 2)."));
}

/* Shafi‘i and Maliki: profit strictly by capital; what the workers'
 * agreed shares leave is what the capital partners share. */
static void
check_profit_follows_capital (MuRulesCheck *check,
                              guint         index)
{
  const MuPartner *partner = mu_scenario_get_partner (check->scenario, index);
  MuSchool school = check->scenario->school;
  gint64 whole = MU_PERCENT_100 - check->workers_share;
  g_autofree char *share = NULL;
  g_autofree char *held = NULL;
  double ratio = 0, of_rest;
  guint period;

  if (!partner->has_profit_share || mu_rules_is_worker (partner) || whole <= 0 ||
      (school != MU_SCHOOL_SHAFII && school != MU_SCHOOL_MALIKI))
    return;

  period = first_period_differing (check, index, partner->profit_share, whole, &ratio);
  if (period == 0)
    return;

  of_rest = mu_rules_percent_of (partner->profit_share) * 100.0 / mu_rules_percent_of (whole);
  share = mu_rules_percent_text (of_rest, ratio);
  held = mu_rules_percent_text (ratio, of_rest);
  if (check->workers_share == 0)
    {
      mu_rules_add_finding (check, "profit-follows-capital", MU_SEVERITY_ERROR, index, period,
                            mu_rules_partner_field (index, "profit_share"),
                            _("%s is to receive %s %% of the profit but holds %s %% of the capital in period %u. "
                              "Under the %s school profit is shared strictly in proportion to capital. "
                              "Set this partner’s profit share to “by capital”."),
                            mu_rules_partner_name (check, index), share, held, period, mu_school_get_label (school));
      mu_rules_set_source (check, _("Shafi‘i and Maliki schools: profit only in proportion to the capital invested "
                                    "(Shovkhalov 2014, Table 2, after Usmani, “An Introduction to Islamic Finance”)."));
      return;
    }

  mu_rules_add_finding (check, "profit-follows-capital", MU_SEVERITY_ERROR, index, period,
                        mu_rules_partner_field (index, "profit_share"),
                        _("%s is to receive %s %% of the profit that remains after the workers’ shares, but holds "
                          "%s %% of the capital in period %u. Under the %s school the capital partners share "
                          "what the workers leave strictly in proportion to capital. "
                          "Set this partner’s profit share to “by capital”."),
                        mu_rules_partner_name (check, index), share, held, period, mu_school_get_label (school));
  mu_rules_set_source (check, _("Shafi‘i and Maliki schools: profit only in proportion to the capital invested "
                                "(Shovkhalov 2014, Table 2, after Usmani, “An Introduction to Islamic Finance”); "
                                "the worker’s share in a mudarabah is by agreement (AAOIFI Shari‘ah Standard 13)."));
}

/* Where a sleeping partner's part of what the capital partners share
 * exceeds its capital ratio. */
typedef struct
{
  GArray *periods;  /* of guint, in order */
  double  share;    /* the largest such part in those periods */
  double  held;     /* the largest ratio it holds in those periods */
  double  cap;      /* the largest agreed share of the whole profit no period checked refuses */
} Excess;

/* The part is the engine's: the agreed percent (scaled down when the
 * agreed shares exceed 100 %), or for a partner sharing by capital what
 * the others' agreed shares leave it; of what the workers leave. A period
 * of loss distributes nothing and is not checked. */
static void
find_excess (const MuRulesCheck *check,
             guint               partner,
             Excess             *excess)
{
  const MuResult *result = check->result;

  excess->cap = 100.0;
  for (guint t = 1; t <= result->n_periods; t++)
    {
      const MuPartnerPeriod *cell = mu_result_get (result, t, partner);
      double ratio = mu_result_ownership_percent (result, t, partner);
      double capital = capital_partners_percent (check, t);
      double share;

      if (cell->stake <= 0 || result->periods[t - 1].profit < 0 || capital <= 0)
        continue;
      share = cell->profit_percent * 100.0 / capital;
      excess->cap = MIN (excess->cap, ratio * capital / 100.0);
      /* Percents agree to their fourth decimal, as they are given. */
      if (share > ratio + 0.00005)
        {
          g_array_append_val (excess->periods, t);
          excess->share = MAX (excess->share, share);
          excess->held = MAX (excess->held, ratio);
        }
    }
}

/* What a sleeping-partner-cap finding says, as text. */
typedef struct
{
  guint       index;
  guint       period;  /* the first of the excess */
  MuSeverity  severity;
  const char *name;
  const char *share;   /* the largest share of what the capital partners share */
  const char *when;    /* “in periods 2–4” */
  const char *held;    /* the largest ratio held then */
  const char *cap;     /* the largest agreed share no period refuses */
} CapText;

static void
add_cap_agreed (MuRulesCheck  *check,
                const CapText *c)
{
  char *field = mu_rules_partner_field (c->index, "profit_share");

  if (check->scenario->school == MU_SCHOOL_HANAFI)
    mu_rules_add_finding (check, "sleeping-partner-cap", c->severity, c->index, c->period, field,
                          /* Translators: the partner's name, its share of the profit, when (“in
                           * periods 2–4”), the largest share of the capital it holds then, and the
                           * most it may agree to. */
                          _("%s does not take part in management, yet is to receive %s %% of the profit %s, when "
                            "it holds at most %s %% of the capital. A sleeping partner’s profit share may not "
                            "exceed its share of the capital. Lower the agreed share to at most %s %%, or let it "
                            "share by capital."),
                          c->name, c->share, c->when, c->held, c->cap);
  else
    mu_rules_add_finding (check, "sleeping-partner-cap", c->severity, c->index, c->period, field,
                          /* Translators: the partner's name, its share of the profit, when (“in
                           * periods 2–4”), the largest share of the capital it holds then, and the
                           * most it may agree to under the Hanafi view. */
                          _("%s does not take part in management, yet is to receive %s %% of the profit %s, when "
                            "it holds at most %s %% of the capital. The Hanafi school forbids a sleeping partner a "
                            "larger share of the profit than of the capital; the Hanbali school allows it by "
                            "agreement. To meet the Hanafi view as well, lower the agreed share to at most %s %%, "
                            "or let it share by capital."),
                          c->name, c->share, c->when, c->held, c->cap);
}

static void
add_cap_agreed_beside_workers (MuRulesCheck  *check,
                               const CapText *c)
{
  char *field = mu_rules_partner_field (c->index, "profit_share");

  if (check->scenario->school == MU_SCHOOL_HANAFI)
    mu_rules_add_finding (check, "sleeping-partner-cap", c->severity, c->index, c->period, field,
                          /* Translators: the partner's name, its share of what the workers leave,
                           * when (“in periods 2–4”), the largest share of the capital it holds
                           * then, and the most of the whole profit it may agree to. */
                          _("%s does not take part in management, yet is to receive %s %% of the profit that "
                            "remains after the workers’ shares %s, when it holds at most %s %% of the capital. "
                            "A sleeping partner’s share of what the capital partners share may not exceed its "
                            "share of the capital. Lower the agreed share to at most %s %% of the whole profit, "
                            "or let it share by capital."),
                          c->name, c->share, c->when, c->held, c->cap);
  else
    mu_rules_add_finding (check, "sleeping-partner-cap", c->severity, c->index, c->period, field,
                          /* Translators: the partner's name, its share of what the workers leave,
                           * when (“in periods 2–4”), the largest share of the capital it holds
                           * then, and the most of the whole profit it may agree to under the
                           * Hanafi view. */
                          _("%s does not take part in management, yet is to receive %s %% of the profit that "
                            "remains after the workers’ shares %s, when it holds at most %s %% of the capital. "
                            "The Hanafi school forbids a sleeping partner a larger share of what the capital "
                            "partners share than of the capital; the Hanbali school allows it by agreement. "
                            "To meet the Hanafi view as well, lower the agreed share to at most %s %% of the "
                            "whole profit, or let it share by capital."),
                          c->name, c->share, c->when, c->held, c->cap);
}

static void
add_cap_by_capital (MuRulesCheck  *check,
                    const CapText *c)
{
  char *field = mu_rules_partner_field (c->index, "profit_share");

  if (check->scenario->school == MU_SCHOOL_HANAFI)
    mu_rules_add_finding (check, "sleeping-partner-cap", c->severity, c->index, c->period, field,
                          /* Translators: the partner's name, the largest share of the profit the
                           * others leave it, when (“in periods 2–4”), and the largest share of the
                           * capital it holds then. */
                          _("%s does not take part in management and shares by capital, but the other partners’ "
                            "agreed shares leave it as much as %s %% of the profit %s, when it holds at most %s %% "
                            "of the capital. A sleeping partner’s profit share may not exceed its share of the "
                            "capital. Raise the agreed shares of the partners who manage, or let them share by "
                            "capital too."),
                          c->name, c->share, c->when, c->held);
  else
    mu_rules_add_finding (check, "sleeping-partner-cap", c->severity, c->index, c->period, field,
                          /* Translators: the partner's name, the largest share of the profit the
                           * others leave it, when (“in periods 2–4”), and the largest share of the
                           * capital it holds then. */
                          _("%s does not take part in management and shares by capital, but the other partners’ "
                            "agreed shares leave it as much as %s %% of the profit %s, when it holds at most %s %% "
                            "of the capital. The Hanafi school forbids a sleeping partner a larger share of the "
                            "profit than of the capital; the Hanbali school allows it by agreement. To meet the "
                            "Hanafi view as well, raise the agreed shares of the partners who manage, or let them "
                            "share by capital too."),
                          c->name, c->share, c->when, c->held);
}

static void
add_cap_by_capital_beside_workers (MuRulesCheck  *check,
                                   const CapText *c)
{
  char *field = mu_rules_partner_field (c->index, "profit_share");

  if (check->scenario->school == MU_SCHOOL_HANAFI)
    mu_rules_add_finding (check, "sleeping-partner-cap", c->severity, c->index, c->period, field,
                          /* Translators: the partner's name, the largest share of what the
                           * workers leave that the others leave it, when (“in periods 2–4”), and
                           * the largest share of the capital it holds then. */
                          _("%s does not take part in management and shares by capital, but the other partners’ "
                            "agreed shares leave it as much as %s %% of the profit that remains after the workers’ "
                            "shares %s, when it holds at most %s %% of the capital. A sleeping partner’s share of "
                            "what the capital partners share may not exceed its share of the capital. Raise the "
                            "agreed shares of the partners who manage, or let them share by capital too."),
                          c->name, c->share, c->when, c->held);
  else
    mu_rules_add_finding (check, "sleeping-partner-cap", c->severity, c->index, c->period, field,
                          /* Translators: the partner's name, the largest share of what the
                           * workers leave that the others leave it, when (“in periods 2–4”), and
                           * the largest share of the capital it holds then. */
                          _("%s does not take part in management and shares by capital, but the other partners’ "
                            "agreed shares leave it as much as %s %% of the profit that remains after the workers’ "
                            "shares %s, when it holds at most %s %% of the capital. The Hanafi school forbids a "
                            "sleeping partner a larger share of what the capital partners share than of the "
                            "capital; the Hanbali school allows it by agreement. To meet the Hanafi view as well, "
                            "raise the agreed shares of the partners who manage, or let them share by capital "
                            "too."),
                          c->name, c->share, c->when, c->held);
}

/* A partner who does not work takes at most its share of the capital. */
static void
check_sleeping_partner_cap (MuRulesCheck *check,
                            guint         index)
{
  const MuPartner *partner = mu_scenario_get_partner (check->scenario, index);
  MuSchool school = check->scenario->school;
  g_autoptr(GArray) periods = NULL;
  Excess excess = { NULL, 0, 0, 0 };
  g_autofree char *share = NULL;
  g_autofree char *held = NULL;
  g_autofree char *cap = NULL;
  g_autofree char *when = NULL;
  CapText text;

  /* Where profit must follow capital, profit-follows-capital says it. */
  if (partner->manages || mu_rules_is_worker (partner) || school == MU_SCHOOL_SHAFII || school == MU_SCHOOL_MALIKI)
    return;

  excess.periods = periods = g_array_new (FALSE, FALSE, sizeof (guint));
  find_excess (check, index, &excess);
  if (periods->len == 0)
    return;

  share = mu_rules_percent_text (excess.share, excess.held);
  held = mu_rules_percent_text (excess.held, excess.share);
  cap = mu_rules_percent_text (excess.cap, excess.share);
  when = periods_phrase (periods);
  text = (CapText) { index, g_array_index (periods, guint, 0),
                     school == MU_SCHOOL_HANAFI ? MU_SEVERITY_ERROR : MU_SEVERITY_WARNING,
                     mu_rules_partner_name (check, index), share, when, held, cap };
  if (partner->has_profit_share && check->workers_share == 0)
    add_cap_agreed (check, &text);
  else if (partner->has_profit_share)
    add_cap_agreed_beside_workers (check, &text);
  else if (check->workers_share == 0)
    add_cap_by_capital (check, &text);
  else
    add_cap_by_capital_beside_workers (check, &text);

  if (school == MU_SCHOOL_HANAFI)
    mu_rules_set_source (check, _("Hanafi school: a partner who stipulates that it will not work takes profit "
                                  "only up to its share of the capital (Shovkhalov 2014, Table 2; "
                                  "the article applies this to a bank as sleeping partner)."));
  else
    mu_rules_set_source (check, _("Hanbali school: profit by agreement; the Hanafi cap for a sleeping partner "
                                  "is given as a caution (Shovkhalov 2014, Table 2)."));
}

static void
check_loss_follows_capital (MuRulesCheck *check,
                            guint         index)
{
  const MuPartner *partner = mu_scenario_get_partner (check->scenario, index);
  g_autofree char *share = NULL;
  g_autofree char *held = NULL;
  double ratio = 0;
  guint period;

  if (!partner->has_loss_share)
    return;

  period = first_period_differing (check, index, partner->loss_share, MU_PERCENT_100, &ratio);
  if (period == 0)
    return;

  share = mu_rules_percent_text (mu_rules_percent_of (partner->loss_share), ratio);
  held = mu_rules_percent_text (ratio, mu_rules_percent_of (partner->loss_share));
  mu_rules_add_finding (check, "loss-follows-capital", MU_SEVERITY_ERROR, index, period,
                        mu_rules_partner_field (index, "loss_share"),
                        _("%s is asked to bear %s %% of any loss but holds %s %% of the capital in period %u. "
                          "A loss is borne strictly in proportion to capital, so the schedule shares losses by "
                          "capital. Remove the agreed loss share."),
                        mu_rules_partner_name (check, index), share, held, period);
  mu_rules_set_source (check, _("All four schools: loss only in proportion to the capital invested "
                                "(Shovkhalov 2014, Table 2; AAOIFI Shari‘ah Standard 12)."));
}

/* Every rule about the shares, the agreed shares together first. */
void
mu_rules_check_shares (MuRulesCheck *check)
{
  const MuScenario *scenario = check->scenario;
  g_autofree double *percents = NULL;

  check->workers_share = sum_workers_shares (scenario);
  if (check->workers_share > 0)
    check->capital_percents = percents = capital_partners_percents (check);

  check_profit_shares_total (check);
  for (guint i = 0; i < scenario->partners->len; i++)
    {
      check_profit_follows_capital (check, i);
      check_sleeping_partner_cap (check, i);
      check_loss_follows_capital (check, i);
    }
  check->capital_percents = NULL;
}
