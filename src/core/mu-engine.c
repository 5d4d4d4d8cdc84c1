/* mu-engine.c — the schedule: stakes, profit, buyout and rent per period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mu-core-error.h"
#include "mu-engine.h"
#include "mu-money-private.h"

/* Compounded factors — (1 − d)^t for the asset's value, (1 + g)^t for the
 * profit's growth — are kept in fixed point with 18 decimal digits and
 * rounded half away from zero after each period, so every run on every
 * machine gives the same kopecks. */
#define FIXED_ONE ((MuWide) 1000000000000000000LL)
#define PERCENT_TO_FIXED ((MuWide) 1000000000000LL)  /* FIXED_ONE / MU_PERCENT_100 */

typedef struct
{
  const MuScenario *scenario;
  MuResult         *result;
  MuMoney          *stakes;          /* current stake of each partner */
  MuMoney          *unrecovered;     /* each partner's losses not yet made good */
  MuWide           *weights;         /* scratch, one per partner */
  MuMoney          *parts;           /* scratch, one per partner */
  MuMoney          *installments;    /* the bank's units, one per installment */
  guint            *buyers;          /* partner index of each buyer */
  guint             n_buyers;
  MuWide           *buyer_weights;   /* one per buyer */
  MuMoney          *buyer_parts;     /* one per buyer, the last split */
  MuWide           *rotated_weights; /* scratch for a split, one per buyer */
  MuMoney          *rotated_parts;
  MuWide            depreciation_factor;
  MuWide            asset_factor;    /* (1 − d)^t */
  MuWide            growth_factor;
  MuWide            profit_factor;   /* (1 + g)^(t − 1) */
  const char       *blame;           /* the file's key behind the step under way */
  guint             period;          /* the period under way */
} Engine;

static gboolean
fixed_step (MuWide  *accumulated,
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

static gboolean
fixed_apply (MuMoney   amount,
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

/* The rent of a period for the use of a share worth @value: a percent of
 * it a period, or, as banks quote it, a year (then one m-th of it for m
 * periods a year, rounded once). */
static gboolean
engine_rent (const Engine  *engine,
             MuMoney        value,
             MuMoney       *rent,
             GError       **error)
{
  const MuFinancing *f = &engine->scenario->financing;
  gint64 per = MU_PERCENT_100;

  if (f->rent_annual)
    per *= 12 / mu_period_length_months (engine->scenario->period);
  return mu_money_scale (value, f->rent, per, rent, error);
}

/* The payment of installment @k (0-based) of a plan paying @level: the
 * same every installment, or for a step-up grown by the step once for
 * each year begun since the first period. */
static gboolean
plan_payment (const Engine *engine,
              MuMoney       level,
              guint         k,
              MuMoney      *payment,
              GError      **error)
{
  const MuFinancing *f = &engine->scenario->financing;
  guint per_year = 12 / mu_period_length_months (engine->scenario->period);
  guint years = ((k + 1) * f->every - 1) / per_year;
  MuWide factor = FIXED_ONE;
  MuWide step = FIXED_ONE + (MuWide) f->step * PERCENT_TO_FIXED;

  if (f->plan != MU_PAYMENT_PLAN_STEP_UP || years == 0)
    {
      *payment = level;
      return TRUE;
    }
  for (guint y = 0; y < years; y++)
    if (!fixed_step (&factor, step, error))
      return FALSE;
  return fixed_apply (level, factor, payment, error);
}

/* The units each installment buys when the buyers pay @level (and its
 * steps) for units and rent together: what the rent of the installment's
 * period leaves of the payment, the last one taking what is left. Returns
 * in @short_by how much the last installment must pay beyond its payment,
 * or an installment beyond its rent; 0 when @level is enough. The rent is that of a nominal price, which such
 * a plan requires. */
static gboolean
plan_units (const Engine *engine,
            MuMoney       level,
            MuMoney      *units,
            MuMoney      *short_by,
            GError      **error)
{
  const MuFinancing *f = &engine->scenario->financing;
  MuMoney held = engine->stakes[engine->result->bank];

  for (guint k = 0; k < f->installments; k++)
    {
      MuMoney payment, rent;

      if (!plan_payment (engine, level, k, &payment, error) || !engine_rent (engine, held, &rent, error))
        return FALSE;
      /* A payment that does not even cover the rent buys nothing while
       * the share costs rent all the same: not a plan. */
      if (payment < rent)
        {
          *short_by = rent - payment;
          return TRUE;
        }
      if (k + 1 == f->installments)
        {
          units[k] = held;
          *short_by = MAX (held - MAX (payment - rent, 0), 0);
          return TRUE;
        }
      units[k] = CLAMP (payment - rent, 0, held);
      held -= units[k];
    }
  return TRUE;
}

/* A level or step-up plan: the smallest payment that covers the rent of
 * every installment and with which the last pays no more than its own
 * payment, found by bisection over whole minor units, so that the units
 * sum to the bank's stake exactly. A step-up plan whose payments outgrow
 * what is left buys the last units before the last installment. */
static gboolean
engine_plan_installments (Engine  *engine,
                          GError **error)
{
  MuMoney capital = engine->stakes[engine->result->bank];
  MuMoney low = 0, high, short_by, first_rent;

  if (!engine_rent (engine, capital, &first_rent, error) || !mu_money_add (capital, first_rent, &high, error))
    return FALSE;
  while (low < high)
    {
      MuMoney middle = low + (high - low) / 2;

      if (!plan_units (engine, middle, engine->installments, &short_by, error))
        return FALSE;
      if (short_by == 0)
        high = middle;
      else
        low = middle + 1;
    }
  return plan_units (engine, low, engine->installments, &short_by, error);
}

static gboolean
engine_setup_financing (Engine  *engine,
                        GError **error)
{
  const MuScenario *scenario = engine->scenario;
  const MuFinancing *f = &scenario->financing;
  MuWide buyer_sum = 0;
  g_autofree MuWide *equal = NULL;
  MuMoney bank_capital;

  engine->result->bank = mu_scenario_find_partner (scenario, f->bank_id);
  bank_capital = engine->stakes[engine->result->bank];

  /* The bank's stake in N equal installments; the kopecks that do not
   * divide evenly go to the first ones. */
  equal = g_new (MuWide, f->installments);
  for (guint k = 0; k < f->installments; k++)
    equal[k] = 1;
  engine->installments = g_new (MuMoney, f->installments);
  if (!mu_money_allocate_wide (bank_capital, equal, f->installments, engine->installments, error))
    return FALSE;
  if (f->plan != MU_PAYMENT_PLAN_EQUAL_UNITS && !engine_plan_installments (engine, error))
    return FALSE;

  /* Several buyers take the units, pay the price and the rent in
   * proportion to what each put in, or equally when none put in any. */
  engine->n_buyers = f->buyer_ids->len;
  engine->buyers = g_new (guint, engine->n_buyers);
  engine->buyer_weights = g_new (MuWide, engine->n_buyers);
  engine->buyer_parts = g_new (MuMoney, engine->n_buyers);
  engine->rotated_weights = g_new (MuWide, engine->n_buyers);
  engine->rotated_parts = g_new (MuMoney, engine->n_buyers);
  for (guint b = 0; b < engine->n_buyers; b++)
    {
      engine->buyers[b] = mu_scenario_find_partner (scenario, g_ptr_array_index (f->buyer_ids, b));
      engine->buyer_weights[b] = engine->stakes[engine->buyers[b]];
      buyer_sum += engine->buyer_weights[b];
    }
  if (buyer_sum == 0)
    for (guint b = 0; b < engine->n_buyers; b++)
      engine->buyer_weights[b] = 1;

  engine->depreciation_factor = FIXED_ONE - (MuWide) f->depreciation * PERCENT_TO_FIXED;
  engine->asset_factor = FIXED_ONE;
  return TRUE;
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
  if (t > 1 && !fixed_step (&engine->profit_factor, engine->growth_factor, error))
    return FALSE;
  engine->blame = "profit.per_period";
  return fixed_apply (p->per_period, engine->profit_factor, profit, error);
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

/* Adds each buyer's part of the last split, and @whole to the bank. */
static gboolean
engine_add_payments (Engine          *engine,
                     MuPeriodResult  *row,
                     MuMoney          whole,
                     GError         **error)
{
  int bank = engine->result->bank;

  for (guint b = 0; b < engine->n_buyers; b++)
    {
      MuPartnerPeriod *cell = &row->partners[engine->buyers[b]];

      if (!mu_money_add (cell->paid, engine->buyer_parts[b], &cell->paid, error))
        return FALSE;
    }
  return mu_money_add (row->partners[bank].paid, whole, &row->partners[bank].paid, error);
}

/* Splits @amount between the buyers by their weights. The unit a split
 * cannot share evenly goes, between equal claims, to a buyer that turns
 * with @turn — the installment or the period — so that over many
 * installments no buyer gathers every odd kopeck. */
static gboolean
engine_split_to_buyers (Engine   *engine,
                        MuMoney   amount,
                        guint     turn,
                        GError  **error)
{
  guint n = engine->n_buyers;
  guint shift = n > 0 ? turn % n : 0;

  /* Without a division per buyer: this runs three times a period. */
  for (guint b = 0, i = shift; b < n; b++, i = i + 1 == n ? 0 : i + 1)
    engine->rotated_weights[b] = engine->buyer_weights[i];
  if (!mu_money_allocate_wide (amount, engine->rotated_weights, n, engine->rotated_parts, error))
    return FALSE;
  for (guint b = 0, i = shift; b < n; b++, i = i + 1 == n ? 0 : i + 1)
    engine->buyer_parts[i] = engine->rotated_parts[b];
  return TRUE;
}

/* The rent for the bank's share during the period, at what that share is
 * worth now: its book stake at a nominal price, priced otherwise. */
static gboolean
engine_charge_rent (Engine          *engine,
                    MuPeriodResult  *row,
                    GError         **error)
{
  const MuFinancing *f = &engine->scenario->financing;
  MuMoney value = engine->stakes[engine->result->bank];

  if (f->rent <= 0 || value <= 0)
    return TRUE;
  if (f->unit_price != MU_UNIT_PRICE_NOMINAL && !fixed_apply (value, engine->asset_factor, &value, error))
    return FALSE;
  return engine_rent (engine, value, &row->rent, error) &&
         engine_split_to_buyers (engine, row->rent, row->period, error) &&
         engine_add_payments (engine, row, row->rent, error);
}

/* The units the buyers buy at the end of the period: the installment's,
 * or at an early buyout all the bank still holds. */
static MuMoney
engine_units_due (const Engine *engine,
                  guint         t)
{
  const MuFinancing *f = &engine->scenario->financing;
  MuMoney held = engine->stakes[engine->result->bank];

  if (held <= 0)
    return 0;
  if (f->early_buyout == t)
    return held;
  if (t % f->every == 0 && t / f->every <= f->installments)
    return MIN (engine->installments[t / f->every - 1], held);
  return 0;
}

/* The co-owners bear the ownership costs of the period by ownership, apart
 * from the profit: the bank's part reduces what it receives, a buyer's
 * adds to what it pays. */
static gboolean
engine_share_costs (Engine          *engine,
                    MuPeriodResult  *row,
                    GError         **error)
{
  const MuFinancing *f = &engine->scenario->financing;
  guint n = engine->scenario->partners->len;
  int bank = engine->result->bank;

  row->costs = f->costs;
  if (f->costs <= 0)
    return TRUE;
  /* By what each owned during the period, before its buyout. */
  for (guint i = 0; i < n; i++)
    engine->weights[i] = MAX (row->partners[i].stake, 0);
  if (!mu_money_allocate_wide (f->costs, engine->weights, n, engine->parts, error))
    return FALSE;
  for (guint i = 0; i < n; i++)
    row->partners[i].costs = engine->parts[i];
  row->partners[bank].paid -= engine->parts[bank];
  for (guint b = 0; b < engine->n_buyers; b++)
    {
      MuPartnerPeriod *cell = &row->partners[engine->buyers[b]];

      if (!mu_money_add (cell->paid, cell->costs, &cell->paid, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
engine_financing_step (Engine          *engine,
                       MuPeriodResult  *row,
                       GError         **error)
{
  const MuFinancing *f = &engine->scenario->financing;
  MuResult *result = engine->result;
  int bank = result->bank;
  guint t = row->period;
  guint turn = t / f->every;

  if (!fixed_step (&engine->asset_factor, engine->depreciation_factor, error) ||
      !engine_charge_rent (engine, row, error))
    return FALSE;

  if ((row->units = engine_units_due (engine, t)) > 0)
    {
      if (f->unit_price == MU_UNIT_PRICE_NOMINAL)
        row->buyout = row->units;
      else if (!fixed_apply (row->units, engine->asset_factor, &row->buyout, error))
        return FALSE;

      engine->stakes[bank] -= row->units;
      result->last_buyout = t;

      if (f->mode == MU_OWNERSHIP_TRANSFER)
        {
          if (!engine_split_to_buyers (engine, row->units, turn, error))
            return FALSE;
          for (guint b = 0; b < engine->n_buyers; b++)
            engine->stakes[engine->buyers[b]] += engine->buyer_parts[b];
        }

      if (!engine_split_to_buyers (engine, row->buyout, turn, error) ||
          !engine_add_payments (engine, row, row->buyout, error))
        return FALSE;
    }

  return TRUE;
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

      if (!engine_financing_step (engine, row, error) ||
          !mu_money_add (bank->paid, bank->profit, &bank->paid, error) ||
          !engine_share_costs (engine, row, error))
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
    ok = engine_setup_financing (&engine, error);

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
