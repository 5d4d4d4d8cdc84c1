/* mu-engine-financing.c — the bank's financing period by period: its
 * installments and payment plans, rent, ownership costs, the buyout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-core"

#include "config.h"

#include "mu-engine-private.h"
#include "mu-money-private.h"

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
 * each year begun since the first period. A payment too large to be kept
 * is more than any share: it is kept as the largest amount there is. */
static MuMoney
plan_payment (const Engine *engine,
              MuMoney       level,
              guint         k)
{
  const MuFinancing *f = &engine->scenario->financing;
  guint per_year = 12 / mu_period_length_months (engine->scenario->period);
  guint years = ((k + 1) * f->every - 1) / per_year;
  MuWide factor = FIXED_ONE;
  MuWide step = FIXED_ONE + (MuWide) f->step * PERCENT_TO_FIXED;
  MuMoney payment;

  if (f->plan != MU_PAYMENT_PLAN_STEP_UP || years == 0)
    return level;
  for (guint y = 0; y < years; y++)
    if (!mu_engine_fixed_step (&factor, step, NULL))
      return G_MAXINT64;
  return mu_engine_fixed_apply (level, factor, &payment, NULL) ? payment : G_MAXINT64;
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

      payment = plan_payment (engine, level, k);
      if (!engine_rent (engine, held, &rent, error))
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

gboolean
mu_engine_setup_financing (Engine  *engine,
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

  /* Several buyers take the units, pay the price and the rent by the
   * shares agreed between them, or in proportion to what each put in, or
   * equally when none put in any. */
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
  /* Shares of the units agreed between them come before contributions. */
  if (f->buyer_shares->len == engine->n_buyers)
    for (guint b = 0; b < engine->n_buyers; b++)
      engine->buyer_weights[b] = g_array_index (f->buyer_shares, gint64, b);

  engine->depreciation_factor = FIXED_ONE - (MuWide) f->depreciation * PERCENT_TO_FIXED;
  engine->asset_factor = FIXED_ONE;
  for (guint i = 0; i < scenario->partners->len; i++)
    engine->pool_start += engine->stakes[i];  /* validated: no overflow */
  return TRUE;
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

/* What @amount of the bank's stake is worth at the period's price: the
 * stake itself at a nominal price; by the depreciation agreed at a fair
 * one; at a price at valuation, by the value entered for buyout @k
 * (1-based) against the pool at the start — the last value entered for
 * the buyouts beyond them. */
static gboolean
engine_priced (const Engine  *engine,
               MuMoney        amount,
               guint          k,
               MuMoney       *value,
               GError       **error)
{
  const MuFinancing *f = &engine->scenario->financing;
  MuMoney valuation;

  switch (f->unit_price)
    {
    case MU_UNIT_PRICE_FAIR:
      return mu_engine_fixed_apply (amount, engine->asset_factor, value, error);
    case MU_UNIT_PRICE_VALUATION:
      valuation = g_array_index (f->valuations, MuMoney, MIN (MAX (k, 1), f->valuations->len) - 1);
      return mu_money_scale (amount, valuation, engine->pool_start, value, error);
    case MU_UNIT_PRICE_NOMINAL:
    default:
      *value = amount;
      return TRUE;
    }
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
  if (!engine_priced (engine, value, engine->buyouts + 1, &value, error))
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
gboolean
mu_engine_share_costs (Engine          *engine,
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

gboolean
mu_engine_financing_step (Engine          *engine,
                          MuPeriodResult  *row,
                          GError         **error)
{
  const MuFinancing *f = &engine->scenario->financing;
  MuResult *result = engine->result;
  int bank = result->bank;
  guint t = row->period;
  guint turn = t / f->every;

  if (!mu_engine_fixed_step (&engine->asset_factor, engine->depreciation_factor, error) ||
      !engine_charge_rent (engine, row, error))
    return FALSE;

  if ((row->units = engine_units_due (engine, t)) > 0)
    {
      if (!engine_priced (engine, row->units, ++engine->buyouts, &row->buyout, error))
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
