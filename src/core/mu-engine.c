/* mu-engine.c — the schedule: stakes, profit and loss per period; the
 * financing's part is in mu-engine-financing.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mu-core-error.h"
#include "mu-engine.h"
#include "mu-engine-private.h"
#include "mu-money-private.h"

/* Multiplies @accumulated by @factor, in fixed point, rounded. */
gboolean
mu_engine_fixed_step (MuWide  *accumulated,
                      MuWide   factor,
                      GError **error)
{
  MuWide product;

  if (!mu_wide_mul (*accumulated, factor, &product))
    {
      mu_set_overflow_error (error);
      return FALSE;
    }
  *accumulated = mu_wide_div_round (product, FIXED_ONE);
  return TRUE;
}

/* @amount × @factor, in fixed point, rounded to the minor unit. */
gboolean
mu_engine_fixed_apply (MuMoney   amount,
                       MuWide    factor,
                       MuMoney  *result,
                       GError  **error)
{
  MuWide product;

  if (!mu_wide_mul (amount, factor, &product))
    {
      mu_set_overflow_error (error);
      return FALSE;
    }
  return mu_money_from_wide (mu_wide_div_round (product, FIXED_ONE), result, error);
}

static gboolean
engine_period_profit (Engine   *engine,
                      guint     t,
                      MuMoney  *profit,
                      GError  **error)
{
  const MuProfit *p = &engine->scenario->profit;

  if (p->is_series)
    {
      *profit = g_array_index (p->series, MuMoney, t - 1);
      return TRUE;
    }
  engine->blame = "profit.growth";
  if (t > 1 && !mu_engine_fixed_step (&engine->profit_factor, engine->growth_factor, error))
    return FALSE;
  engine->blame = "profit.per_period";
  return mu_engine_fixed_apply (p->per_period, engine->profit_factor, profit, error);
}

/* Whether partner @i is in the partnership: it has a stake, or it is a
 * worker, who brings work and no capital. A bank bought out has left. */
static gboolean
engine_is_in (const Engine *engine,
              guint         i)
{
  const MuPartner *partner = g_ptr_array_index (engine->scenario->partners, i);

  return engine->stakes[i] > 0 || partner->kind == MU_PARTNER_WORKER;
}

/* A profit goes to the partners with an agreed percent, the rest to the
 * others by capital. A partner who has left takes nothing. Agreed shares
 * above 100 % are scaled down to the whole; the rules say why that is an
 * error. */
static void
engine_profit_weights (Engine *engine)
{
  GPtrArray *partners = engine->scenario->partners;
  guint n = partners->len;
  MuWide agreed = 0;
  MuWide by_capital_stakes = 0;
  MuWide rest;
  gboolean any = FALSE;

  for (guint i = 0; i < n; i++)
    {
      const MuPartner *partner = g_ptr_array_index (partners, i);

      if (!engine_is_in (engine, i))
        continue;
      if (partner->has_profit_share)
        agreed += partner->profit_share;
      else
        by_capital_stakes += engine->stakes[i];
    }
  rest = MAX (MU_PERCENT_100 - agreed, 0);

  for (guint i = 0; i < n; i++)
    {
      const MuPartner *partner = g_ptr_array_index (partners, i);

      if (!engine_is_in (engine, i))
        engine->weights[i] = 0;
      else if (partner->has_profit_share)
        engine->weights[i] = (MuWide) partner->profit_share * MAX (by_capital_stakes, 1);
      else
        engine->weights[i] = rest * MAX (engine->stakes[i], 0);
      any |= engine->weights[i] > 0;
    }

  /* Only agreed shares of 0 %: nothing to go by but capital. */
  if (!any)
    for (guint i = 0; i < n; i++)
      engine->weights[i] = MAX (engine->stakes[i], 0);
}

/* Sets each partner's profit_percent from the weights just used. */
static void
engine_show_weights (Engine         *engine,
                     MuPeriodResult *row)
{
  guint n = engine->scenario->partners->len;
  MuWide weight_sum = 0;
  double percent_per_weight;

  for (guint i = 0; i < n; i++)
    weight_sum += engine->weights[i];
  percent_per_weight = weight_sum > 0 ? 100.0 / (double) weight_sum : 0.0;
  for (guint i = 0; i < n; i++)
    row->partners[i].profit_percent = (double) engine->weights[i] * percent_per_weight;
}

/* A loss is borne by ownership, whatever the profit agreement, and each
 * partner's part is carried as its unrecovered loss; no partner bears more
 * than the capital it still has at risk (its stake, less what it has lost
 * and not yet made good), and what is beyond is uncovered. A worker has no
 * stake and bears no money loss. */
static gboolean
engine_bear_loss (Engine          *engine,
                  MuPeriodResult  *row,
                  GError         **error)
{
  guint n = engine->scenario->partners->len;

  for (guint i = 0; i < n; i++)
    engine->weights[i] = MAX (engine->stakes[i], 0);
  if (!mu_money_allocate_wide (-row->profit, engine->weights, n, engine->parts, error))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      MuPartnerPeriod *cell = &row->partners[i];
      MuMoney at_risk = MAX (engine->stakes[i] - engine->unrecovered[i], 0);

      cell->loss = MIN (engine->parts[i], at_risk);
      row->uncovered_loss += engine->parts[i] - cell->loss;
      engine->unrecovered[i] += cell->loss;
    }
  engine_show_weights (engine, row);
  return TRUE;
}

/* A profit first makes good the unrecovered losses of the partners still
 * in, in proportion to them; what is left is distributed by the profit
 * agreement. A partner bought out has left: its unrecovered loss is final. */
static gboolean
engine_share_profit (Engine          *engine,
                     MuPeriodResult  *row,
                     GError         **error)
{
  guint n = engine->scenario->partners->len;
  MuMoney owed = 0, restored, rest;

  for (guint i = 0; i < n; i++)
    {
      engine->weights[i] = engine->stakes[i] > 0 ? engine->unrecovered[i] : 0;
      owed += engine->weights[i];  /* at most the stakes: no overflow */
    }
  restored = MIN (owed, row->profit);
  if (restored > 0)
    {
      if (!mu_money_allocate_wide (restored, engine->weights, n, engine->parts, error))
        return FALSE;
      for (guint i = 0; i < n; i++)
        {
          row->partners[i].restored = engine->parts[i];
          engine->unrecovered[i] -= engine->parts[i];
        }
    }
  rest = row->profit - restored;
  engine_profit_weights (engine);
  if (!mu_money_allocate_wide (rest, engine->weights, n, engine->parts, error))
    return FALSE;
  for (guint i = 0; i < n; i++)
    row->partners[i].profit = engine->parts[i];
  engine_show_weights (engine, row);
  return TRUE;
}

/* The period's profit or loss between the partners. */
static gboolean
engine_share_result (Engine          *engine,
                     MuPeriodResult  *row,
                     GError         **error)
{
  guint n = engine->scenario->partners->len;
  gboolean ok;

  for (guint i = 0; i < n; i++)
    {
      row->partners[i].profit = 0;
      row->partners[i].loss = 0;
      row->partners[i].restored = 0;
    }
  row->uncovered_loss = 0;
  ok = row->profit < 0 ? engine_bear_loss (engine, row, error) : engine_share_profit (engine, row, error);
  for (guint i = 0; i < n; i++)
    row->partners[i].unrecovered = engine->unrecovered[i];
  return ok;
}

static gboolean
engine_period (Engine   *engine,
               guint     t,
               GError  **error)
{
  MuResult *result = engine->result;
  MuPeriodResult *row = &result->periods[t - 1];
  guint n = engine->scenario->partners->len;

  row->period = t;
  mu_scenario_period_dates (engine->scenario, t, &row->start, &row->end);
  engine->period = t;
  engine->blame = "partners";

  for (guint i = 0; i < n; i++)
    {
      row->partners[i].stake = engine->stakes[i];
      row->partners[i].paid = 0;
      if (!mu_money_add (row->pool, engine->stakes[i], &row->pool, error))
        return FALSE;
    }

  engine->blame = "profit.series";
  if (!engine_period_profit (engine, t, &row->profit, error))
    return FALSE;
  if (!engine_share_result (engine, row, error))
    return FALSE;

  engine->blame = "financing";
  if (result->bank >= 0)
    {
      MuPartnerPeriod *bank = &row->partners[result->bank];

      if (!mu_engine_financing_step (engine, row, error) ||
          !mu_money_add (bank->paid, bank->profit, &bank->paid, error) ||
          !mu_engine_share_costs (engine, row, error))
        return FALSE;
    }

  engine->blame = "profit.series";  /* or per_period: the sums over the periods */
  for (guint i = 0; i < n; i++)
    {
      row->partners[i].stake_end = engine->stakes[i];
      if (!mu_money_add (result->partner_profit[i], row->partners[i].profit, &result->partner_profit[i], error) ||
          !mu_money_add (result->partner_paid[i], row->partners[i].paid, &result->partner_paid[i], error))
        return FALSE;
    }

  return mu_money_add (result->total_profit, row->profit, &result->total_profit, error) &&
         mu_money_add (result->total_buyout, row->buyout, &result->total_buyout, error) &&
         mu_money_add (result->total_rent, row->rent, &result->total_rent, error);
}

static void
engine_clear (Engine *engine)
{
  g_free (engine->stakes);
  g_free (engine->unrecovered);
  g_free (engine->weights);
  g_free (engine->parts);
  g_free (engine->installments);
  g_free (engine->buyers);
  g_free (engine->buyer_weights);
  g_free (engine->buyer_parts);
  g_free (engine->rotated_weights);
  g_free (engine->rotated_parts);
}

/* An overflow says which key of the file drives the amounts that outgrew
 * 64 bits, and from which period on. */
static void
blame_overflow (const Engine  *engine,
                GError       **error)
{
  g_autofree char *path = NULL;

  if (error == NULL || !g_error_matches (*error, MU_CORE_ERROR, MU_CORE_ERROR_OVERFLOW) || engine->blame == NULL)
    return;
  if (strcmp (engine->blame, "profit.series") == 0 && engine->scenario->profit.is_series)
    path = g_strdup_printf ("profit.series[%u]", engine->period - 1);
  else if (strcmp (engine->blame, "profit.series") == 0)
    path = g_strdup ("profit.per_period");
  else
    path = g_strdup (engine->blame);
  g_clear_error (error);
  /* Translators: %s is the place of a field in the file, such as
   * “profit.per_period”; %u is the first period that cannot be computed. */
  g_set_error (error, MU_CORE_ERROR, MU_CORE_ERROR_OVERFLOW,
               _("%s: from period %u on, the amounts are too large to be computed exactly. "
                 "Use smaller amounts or fewer periods."),
               path, engine->period);
}

MuResult *
mu_engine_run (const MuScenario  *scenario,
               GError           **error)
{
  g_autoptr(MuResult) result = NULL;
  Engine engine = { 0 };
  guint n, periods;
  gboolean ok = TRUE;

  g_return_val_if_fail (scenario != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!mu_scenario_validate (scenario, error))
    return NULL;

  n = scenario->partners->len;
  periods = scenario->periods;

  result = g_new0 (MuResult, 1);
  g_atomic_ref_count_init (&result->ref_count);
  result->n_periods = periods;
  result->n_partners = n;
  result->bank = -1;
  result->periods = g_new0 (MuPeriodResult, periods);
  /* Every field of every cell is set by its period: no need to clear. */
  result->periods[0].partners = g_new0 (MuPartnerPeriod, (gsize) periods * n);
  for (guint t = 1; t < periods; t++)
    result->periods[t].partners = result->periods[0].partners + (gsize) t * n;
  result->partner_profit = g_new0 (MuMoney, n);
  result->partner_paid = g_new0 (MuMoney, n);

  engine.scenario = scenario;
  engine.result = result;
  engine.stakes = g_new0 (MuMoney, n);
  engine.unrecovered = g_new0 (MuMoney, n);
  engine.weights = g_new0 (MuWide, n);
  engine.parts = g_new0 (MuMoney, n);
  engine.growth_factor = FIXED_ONE + (MuWide) scenario->profit.growth * PERCENT_TO_FIXED;
  engine.profit_factor = FIXED_ONE;

  for (guint i = 0; i < n && ok; i++)
    ok = mu_partner_get_capital (mu_scenario_get_partner (scenario, i), &engine.stakes[i], error);

  engine.period = 1;
  engine.blame = "financing";
  if (ok && scenario->financing.enabled)
    ok = mu_engine_setup_financing (&engine, error);

  for (guint t = 1; t <= periods && ok; t++)
    ok = engine_period (&engine, t, error);

  engine_clear (&engine);
  if (!ok)
    {
      blame_overflow (&engine, error);
      return NULL;
    }

  result->findings = mu_rules_check (scenario, result);
  return g_steal_pointer (&result);
}

/* What the period brought partner @cell: what was distributed to it and
 * what was made good of its losses, less its part of a loss. */
MuMoney
mu_partner_period_result (const MuPartnerPeriod *cell)
{
  return cell->profit + cell->restored - cell->loss;
}

/* A result does not change once computed, so the page, a print job and a
 * comparison can share one, each holding its own reference; the count is
 * atomic, so the last reference may be dropped on any thread. */
MuResult *
mu_result_ref (MuResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);

  g_atomic_ref_count_inc (&result->ref_count);
  return result;
}

/* NULL is allowed, as mu_result_free() always allowed it. */
void
mu_result_unref (MuResult *result)
{
  if (result == NULL || !g_atomic_ref_count_dec (&result->ref_count))
    return;
  if (result->periods != NULL)
    g_free (result->periods[0].partners);
  g_free (result->periods);
  g_free (result->partner_profit);
  g_free (result->partner_paid);
  g_clear_pointer (&result->findings, g_ptr_array_unref);
  g_free (result);
}

/* The name the callers knew before results were shared: one reference
 * less, the result freed with the last. */
void
mu_result_free (MuResult *result)
{
  mu_result_unref (result);
}

const MuPartnerPeriod *
mu_result_get (const MuResult *result,
               guint           period,
               guint           partner)
{
  g_return_val_if_fail (period >= 1 && period <= result->n_periods, NULL);
  g_return_val_if_fail (partner < result->n_partners, NULL);

  return &result->periods[period - 1].partners[partner];
}

/* The ownership ratio in force during the period, as the article counts it. */
double
mu_result_ownership_percent (const MuResult *result,
                             guint           period,
                             guint           partner)
{
  const MuPartnerPeriod *cell = mu_result_get (result, period, partner);

  return mu_ratio_percent (cell->stake, result->periods[period - 1].pool);
}
