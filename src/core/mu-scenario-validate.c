/* mu-scenario-validate.c — what a scenario must satisfy before it is computed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mu-core-error.h"
#include "mu-currency.h"
#include "mu-scenario.h"

/* Every message starts with the field's path in the exchange file's terms,
 * so that a reader of the file and the window both know where to look. */
G_GNUC_PRINTF (4, 5)
static gboolean
invalid (char      **where,
         GError    **error,
         const char *path,
         const char *format,
         ...)
{
  va_list args;

  va_start (args, format);
  if (error != NULL)
    {
      g_assert (*error == NULL);
      *error = g_error_new_valist (MU_CORE_ERROR, MU_CORE_ERROR_INVALID, format, args);
    }
  va_end (args);
  *where = g_strdup (path);
  return FALSE;
}

static gboolean
percent_in_range (gint64 value)
{
  return value >= 0 && value <= MU_PERCENT_100;
}

/* Four-digit years are what the files and the schedule write. The start
 * is at most 9999 and the periods at most a few centuries, so the last
 * date fits a GDate. */
static gboolean
ends_by_year_9999 (const MuScenario *scenario)
{
  GDate start, end;

  mu_scenario_period_dates (scenario, scenario->periods, &start, &end);
  return g_date_valid (&end) && g_date_get_year (&end) <= 9999;
}

/* @ids maps each id seen so far to its partner's index + 1, so that ten
 * thousand partners are checked in linear time. */
static gboolean
validate_partner (const MuScenario *scenario,
                  guint             index,
                  GHashTable       *ids,
                  char            **where,
                  GError          **error)
{
  const MuPartner *partner = mu_scenario_get_partner (scenario, index);
  g_autofree char *path = g_strdup_printf ("partners[%u]", index);
  gpointer earlier;
  MuMoney capital;

  if (partner->id == NULL || partner->id[0] == '\0')
    return invalid (where, error, path, _("every partner needs an id"));
  if ((earlier = g_hash_table_lookup (ids, partner->id)) != NULL)
    return invalid (where, error, path, _("the id “%s” is used by partners[%u] already; give each partner its own id"),
                    partner->id, GPOINTER_TO_UINT (earlier) - 1);
  g_hash_table_insert (ids, partner->id, GUINT_TO_POINTER (index + 1));
  if (partner->name == NULL || partner->name[0] == '\0')
    return invalid (where, error, path, _("every partner needs a name"));

  for (guint j = 0; j < partner->contributions->len; j++)
    {
      const MuContribution *c = &g_array_index (partner->contributions, MuContribution, j);
      g_autofree char *cpath = g_strdup_printf ("%s.contributions[%u]", path, j);

      if (c->amount < 0)
        return invalid (where, error, cpath, _("a contribution cannot be negative"));
      if (c->kind == MU_CONTRIBUTION_ASSET && (c->name == NULL || c->name[0] == '\0'))
        return invalid (where, error, cpath, _("an asset contribution needs the asset’s name"));
    }
  if (!mu_partner_get_capital (partner, &capital, error))
    {
      *where = g_strdup_printf ("%s.contributions", path);
      return FALSE;
    }
  if (partner->kind == MU_PARTNER_WORKER && capital > 0)
    {
      g_autofree char *cpath = g_strdup_printf ("%s.contributions", path);

      return invalid (where, error, cpath,
                      _("a worker brings only work and no capital; remove its contributions, "
                        "or make it an owner or an investor if it puts in money or assets"));
    }

  if (partner->has_profit_share && !percent_in_range (partner->profit_share))
    return invalid (where, error, path, _("the profit share must be between 0 and 100 percent"));
  if (partner->has_loss_share && !percent_in_range (partner->loss_share))
    return invalid (where, error, path, _("the loss share must be between 0 and 100 percent"));
  if (partner->guarantee != MU_GUARANTEE_NONE && partner->guarantee_value < 0)
    return invalid (where, error, path, _("a guaranteed return cannot be negative"));

  return TRUE;
}

/* The bank is a partner with capital to be bought out, not a worker. */
static gboolean
validate_bank (const MuScenario *scenario,
               GHashTable       *ids,
               char            **where,
               GError          **error)
{
  const MuFinancing *f = &scenario->financing;
  guint bank = f->bank_id != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (ids, f->bank_id)) : 0;
  MuMoney capital;

  if (bank == 0)
    return invalid (where, error, "financing.bank", _("no partner has the id “%s”"),
                    f->bank_id != NULL ? f->bank_id : "");
  if (mu_scenario_get_partner (scenario, bank - 1)->kind == MU_PARTNER_WORKER)
    return invalid (where, error, "financing.bank",
                    _("“%s” is a worker, who brings work and no capital, so it cannot be the bank; "
                      "name the partner who finances"), f->bank_id);
  if (!mu_partner_get_capital (mu_scenario_get_partner (scenario, bank - 1), &capital, error))
    {
      *where = g_strdup_printf ("partners[%u].contributions", bank - 1);
      return FALSE;
    }
  if (capital == 0)
    return invalid (where, error, "financing.bank",
                    _("the bank contributes nothing, so there is nothing to buy out; add the bank’s contribution"));
  return TRUE;
}

/* How the bank's units are paid for: the plan, the rent, the costs and an
 * early buyout. */
static gboolean
validate_payments (const MuScenario *scenario,
                   char            **where,
                   GError          **error)
{
  const MuFinancing *f = &scenario->financing;
  guint last = f->installments * f->every;

  if ((guint) f->plan > MU_PAYMENT_PLAN_STEP_UP)
    return invalid (where, error, "financing.plan", _("the payment plan is not one Musharaka knows"));
  if (f->plan != MU_PAYMENT_PLAN_EQUAL_UNITS && f->unit_price != MU_UNIT_PRICE_NOMINAL)
    return invalid (where, error, "financing.plan",
                    _("a level or step-up payment needs the nominal unit price; choose “nominal”, "
                      "or the equal-units plan for another price"));
  if (!percent_in_range (f->step))
    return invalid (where, error, "financing.step", _("the step must be between 0 and 100 percent a year"));
  if (f->step != 0 && f->plan != MU_PAYMENT_PLAN_STEP_UP)
    return invalid (where, error, "financing.step",
                    _("only a step-up payment grows by a step; make the step 0 or choose the step-up plan"));
  if (f->rent_annual && (f->rent < 0 || f->rent > MU_MAX_RENT_ANNUAL))
    return invalid (where, error, "financing.rent_annual",
                    _("the rent must be between 0 and 1200 percent a year of the bank’s stake"));
  if (!f->rent_annual && !percent_in_range (f->rent))
    return invalid (where, error, "financing.rent", _("the rent must be between 0 and 100 percent of the bank’s stake"));
  if (f->costs < 0)
    return invalid (where, error, "financing.costs", _("the ownership costs cannot be negative"));
  if (f->early_buyout > last)
    return invalid (where, error, "financing.early_buyout",
                    _("the early buyout must come by the last installment, in period %u at the latest"), last);
  if (f->early_buyout > scenario->periods)
    return invalid (where, error, "financing.early_buyout",
                    _("the early buyout must come within the projection, in period %u at the latest"),
                    scenario->periods);
  return TRUE;
}

/* Shares of the units agreed between the buyers: one a buyer, the whole
 * between them. */
static gboolean
validate_buyer_shares (const MuFinancing *f,
                       char             **where,
                       GError           **error)
{
  gint64 total = 0;

  if (f->buyer_shares->len == 0)
    return TRUE;
  if (f->buyer_shares->len != f->buyer_ids->len)
    return invalid (where, error, "financing.buyers", _("give every buyer a share of the units, or none"));
  for (guint i = 0; i < f->buyer_shares->len; i++)
    {
      gint64 share = g_array_index (f->buyer_shares, gint64, i);

      if (!percent_in_range (share))
        {
          g_autofree char *path = g_strdup_printf ("financing.buyers[%u].share", i);

          return invalid (where, error, path, _("a buyer’s share of the units must be between 0 and 100 percent"));
        }
      total += share;
    }
  if (total != MU_PERCENT_100)
    {
      return invalid (where, error, "financing.buyers", _("the buyers’ shares of the units make %.4g percent; "
                                                          "they must make 100"), (double) total / MU_PERCENT_100 * 100);
    }
  return TRUE;
}

/* A valuation price needs the object's value at the buyouts: at least
 * the first, each more than nothing. */
static gboolean
validate_valuations (const MuFinancing *f,
                     char             **where,
                     GError           **error)
{
  if ((guint) f->unit_price > MU_UNIT_PRICE_VALUATION)
    return invalid (where, error, "financing.unit_price", _("the unit price is not one Musharaka knows"));
  if (f->unit_price != MU_UNIT_PRICE_VALUATION)
    return TRUE;
  if (f->valuations->len == 0)
    return invalid (where, error, "financing.valuations",
                    _("a price at valuation needs the object’s value at the buyouts; enter at least the first"));
  if (f->valuations->len > MU_MAX_PERIODS)
    return invalid (where, error, "financing.valuations", _("give at most one value a buyout, %u at most"),
                    MU_MAX_PERIODS);
  for (guint k = 0; k < f->valuations->len; k++)
    if (g_array_index (f->valuations, MuMoney, k) <= 0)
      {
        g_autofree char *path = g_strdup_printf ("financing.valuations[%u]", k);

        return invalid (where, error, path, _("a valuation must be more than nothing"));
      }
  return TRUE;
}

static gboolean
validate_financing (const MuScenario *scenario,
                    GHashTable       *ids,
                    char            **where,
                    GError          **error)
{
  const MuFinancing *f = &scenario->financing;
  g_autoptr(GHashTable) named = NULL;

  if (!f->enabled)
    return TRUE;
  if (!validate_bank (scenario, ids, where, error))
    return FALSE;

  if (f->buyer_ids->len == 0)
    return invalid (where, error, "financing.buyers", _("name at least one partner who buys the bank’s units"));
  named = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < f->buyer_ids->len; i++)
    {
      const char *id = g_ptr_array_index (f->buyer_ids, i);
      g_autofree char *path = g_strdup_printf ("financing.buyers[%u]", i);

      if (id == NULL || !g_hash_table_contains (ids, id))
        return invalid (where, error, path, _("no partner has the id “%s”"), id != NULL ? id : "");
      if (g_strcmp0 (id, f->bank_id) == 0)
        return invalid (where, error, path, _("the bank cannot buy its own units"));
      if (!g_hash_table_add (named, (gpointer) id))
        return invalid (where, error, path, _("“%s” is named twice"), id);
    }

  if (f->installments < 1 || f->installments > MU_MAX_PERIODS)
    return invalid (where, error, "financing.installments",
                    _("the number of installments must be between 1 and %u"), MU_MAX_PERIODS);
  if (f->every < 1 || f->every > MU_MAX_PERIODS)
    return invalid (where, error, "financing.every",
                    _("installments must come every 1 to %u periods"), MU_MAX_PERIODS);
  if (f->depreciation >= MU_PERCENT_100 || f->depreciation <= -MU_PERCENT_100)
    return invalid (where, error, "financing.depreciation",
                    _("the depreciation per period must be more than −100 and less than 100 percent"));
  if (!validate_payments (scenario, where, error) || !validate_valuations (f, where, error) ||
      !validate_buyer_shares (f, where, error))
    return FALSE;
  if (f->has_loan_rate && (f->loan_rate < 0 || f->loan_rate > MU_MAX_LOAN_RATE))
    return invalid (where, error, "financing.loan_rate", _("the loan rate must be between 0 and 1000 percent a year"));

  return TRUE;
}

static gboolean
validate_profit (const MuScenario *scenario,
                 char            **where,
                 GError          **error)
{
  const MuProfit *p = &scenario->profit;

  if (p->is_series && p->series->len != scenario->periods)
    return invalid (where, error, "profit.series",
                    ngettext ("expected one value per period (%u value), got %u",
                              "expected one value per period (%u values), got %u",
                              scenario->periods),
                    scenario->periods, p->series->len);
  if (!p->is_series && p->growth <= -MU_PERCENT_100)
    return invalid (where, error, "profit.growth", _("the growth per period must be more than −100 percent"));
  return TRUE;
}

static gboolean
validate_balance (const MuScenario *scenario,
                  char            **where,
                  GError          **error)
{
  const MuBalance *b = &scenario->balance;

  if (!b->enabled)
    return TRUE;
  if (b->total_assets < 0)
    return invalid (where, error, "balance.total_assets", _("total assets cannot be negative"));
  if (b->cash < 0)
    return invalid (where, error, "balance.cash", _("cash cannot be negative"));
  if (b->receivables < 0)
    return invalid (where, error, "balance.receivables", _("receivables cannot be negative"));
  if (b->cash > b->total_assets || b->receivables > b->total_assets - b->cash)
    return invalid (where, error, "balance", _("cash and receivables together exceed the total assets"));
  return TRUE;
}

/* Whether @scenario may be computed and stored; if not, @where is the
 * path of the field at fault, as the exchange files name it, and @error
 * says what is wrong with it. */
gboolean
mu_scenario_check (const MuScenario *scenario,
                   char            **where,
                   GError          **error)
{
  g_autoptr(GHashTable) ids = NULL;
  gboolean any_capital = FALSE;
  MuMoney total = 0;

  g_return_val_if_fail (scenario != NULL, FALSE);

  if (scenario->name == NULL || scenario->name[0] == '\0')
    return invalid (where, error, "name", _("the scenario needs a name"));
  if (mu_currency_lookup (scenario->currency) == NULL)
    return invalid (where, error, "currency", _("“%s” is not an ISO 4217 currency code"), scenario->currency);
  if (!g_date_valid (&scenario->start) || g_date_get_year (&scenario->start) > 9999)
    return invalid (where, error, "start", _("the start date is not a valid date from year 1 to 9999"));
  if ((guint) scenario->period > MU_PERIOD_YEAR)
    return invalid (where, error, "period", _("the period length is not one Musharaka knows"));
  /* The same limit as the reader's: a hundred years, whatever the
   * period length, so a scenario that validates can be written and read
   * back. */
  if (scenario->periods < 1 || scenario->periods > mu_period_length_max_periods (scenario->period))
    return invalid (where, error, "periods",
                    _("the number of periods must be between 1 and %u, %u years of periods of this length"),
                    mu_period_length_max_periods (scenario->period), MU_MAX_YEARS);
  if (!ends_by_year_9999 (scenario))
    return invalid (where, error, "periods",
                    _("the schedule would end after 9999-12-31, the last date Musharaka can write; "
                      "make “start” earlier or “periods” fewer"));
  if (scenario->partners->len == 0)
    return invalid (where, error, "partners", _("add at least one partner"));
  if (scenario->partners->len > MU_MAX_PARTNERS)
    return invalid (where, error, "partners",
                    ngettext ("a scenario may have at most %u partner; this one has %u",
                              "a scenario may have at most %u partners; this one has %u",
                              MU_MAX_PARTNERS),
                    MU_MAX_PARTNERS, scenario->partners->len);

  ids = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < scenario->partners->len; i++)
    {
      MuMoney capital;

      if (!validate_partner (scenario, i, ids, where, error))
        return FALSE;
      mu_partner_get_capital (mu_scenario_get_partner (scenario, i), &capital, NULL);
      any_capital |= capital > 0;
      /* The partners' stakes are added up every period. */
      if (!mu_money_add (total, capital, &total, error))
        {
          *where = g_strdup_printf ("partners[%u].contributions", i);
          return FALSE;
        }
    }
  if (!any_capital)
    return invalid (where, error, "partners", _("no partner contributes anything; enter at least one contribution"));

  return validate_financing (scenario, ids, where, error) &&
         validate_profit (scenario, where, error) &&
         validate_balance (scenario, where, error);
}

/* As mu_scenario_check(), with the path at the start of the message. */
gboolean
mu_scenario_validate (const MuScenario *scenario,
                      GError          **error)
{
  g_autofree char *where = NULL;
  g_autoptr(GError) problem = NULL;

  if (mu_scenario_check (scenario, &where, &problem))
    return TRUE;
  /* Translators: the first %s is the place of a field in the scenario,
   * such as “partners[0].contributions[1].amount”; the second says what
   * is wrong with it. */
  g_set_error (error, problem->domain, problem->code, _("%s: %s"), where, problem->message);
  return FALSE;
}
