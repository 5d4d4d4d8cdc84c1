/* mu-figures.c — the key figures of a deal, computed once from its
 * schedule for the window, the report, the comparison and the CLI
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>

#include "mu-core-error.h"
#include "mu-figures.h"
#include "mu-money-private.h"

/* The bisection stops when the rate per period is known to 1e-10. */
#define RATE_TOLERANCE 1e-10L
#define RATE_MAX_STEPS 400
/* 1 + r is looked for from 2^−64 to 2^64: any rate a deal can have. */
#define RATE_SEARCH_DOUBLINGS 64

/* ─── the bank's effective return ──────────────────────────────────────── */

/* The sign of the flows' present value at 1 + r = @x > 0. Above 1 the
 * flows are discounted to the start; below, carried to the end, which
 * multiplies the value by x^T > 0: neither way overflows. */
static int
present_value_sign (const long double *flows,
                    guint              n_flows,
                    long double        x)
{
  long double sum;

  if (x >= 1.0L)
    {
      long double discount = 1.0L / x;

      sum = flows[n_flows - 1];
      for (guint t = n_flows - 1; t-- > 0;)
        sum = sum * discount + flows[t];
    }
  else
    {
      sum = flows[0];
      for (guint t = 1; t < n_flows; t++)
        sum = sum * x + flows[t];
    }
  return (sum > 0) - (sum < 0);
}

/* Doubles or halves 1 + r from 1 until the present value changes sign;
 * @near is then the last point with the sign at 1, @far the first with
 * the other. */
static gboolean
bracket_rate (const long double *flows,
              guint              n_flows,
              gboolean           upward,
              int                sign_at_one,
              long double       *near,
              long double       *far)
{
  *near = 1.0L;
  for (int k = 1; k <= RATE_SEARCH_DOUBLINGS; k++)
    {
      *far = ldexpl (1.0L, upward ? k : -k);
      if (present_value_sign (flows, n_flows, *far) != sign_at_one)
        return TRUE;
      *near = *far;
    }
  return FALSE;
}

/* The rate r per period at which @flows — one a period, the first at the
 * start — are worth nothing: the root nearest to 0 that changes the sign
 * of their present value, found by bisection to 1e-10. FALSE when the
 * flows do not change sign, or their value has no such root. */
gboolean
mu_figures_internal_rate (const long double *flows,
                          guint              n_flows,
                          long double       *rate)
{
  gboolean any_in = FALSE, any_out = FALSE, found = FALSE;
  long double near = 1.0L, far = 1.0L, lo, hi;
  int sign_at_one, sign_lo;

  g_return_val_if_fail (flows != NULL && n_flows > 0, FALSE);
  g_return_val_if_fail (rate != NULL, FALSE);

  for (guint t = 0; t < n_flows; t++)
    {
      any_in |= flows[t] > 0;
      any_out |= flows[t] < 0;
    }
  if (!any_in || !any_out)
    return FALSE;

  sign_at_one = present_value_sign (flows, n_flows, 1.0L);
  if (sign_at_one == 0)
    {
      *rate = 0.0L;
      return TRUE;
    }
  /* A bank that gets back more than it put in earns above 0: look there
   * first. */
  for (int pass = 0; pass < 2 && !found; pass++)
    found = bracket_rate (flows, n_flows, (pass == 0) == (sign_at_one > 0), sign_at_one, &near, &far);
  if (!found)
    return FALSE;

  lo = MIN (near, far);
  hi = MAX (near, far);
  sign_lo = present_value_sign (flows, n_flows, lo);
  for (int step = 0; step < RATE_MAX_STEPS && hi - lo > RATE_TOLERANCE; step++)
    {
      long double mid = lo + (hi - lo) / 2.0L;
      int sign;

      if (mid <= lo || mid >= hi)
        break;
      sign = present_value_sign (flows, n_flows, mid);
      if (sign == 0)
        lo = hi = mid;
      else if (sign == sign_lo)
        lo = mid;
      else
        hi = mid;
    }
  *rate = lo + (hi - lo) / 2.0L - 1.0L;
  return TRUE;
}

/* The bank's cash flows: its contribution out at the start; at each
 * period's end what it receives; at the projection's end the book value
 * of the units it still holds, less the losses not made good. */
static void
figures_bank_return (MuFigures        *figures,
                     const MuScenario *scenario,
                     const MuResult   *result)
{
  g_autofree long double *flows = g_new (long double, result->n_periods + 1);
  guint m = 12 / mu_period_length_months (scenario->period);
  long double rate, annual;

  flows[0] = -(long double) figures->bank_capital;
  for (guint t = 1; t <= result->n_periods; t++)
    flows[t] = (long double) mu_result_get (result, t, figures->bank)->paid;
  flows[result->n_periods] += (long double) figures->bank_worth_end;

  if (!mu_figures_internal_rate (flows, result->n_periods + 1, &rate))
    return;
  annual = powl (1.0L + rate, (long double) m) - 1.0L;
  if (!isfinite (annual * 100.0L) || annual * 100.0L > (long double) G_MAXDOUBLE)
    return;
  figures->has_bank_return = TRUE;
  figures->bank_return_percent = (double) (annual * 100.0L);
}

/* ─── the loan to compare with ─────────────────────────────────────────── */

/* The payment that repays @principal over @periods at @annual_rate over
 * @periods_a_year a period: the annuity factor in long double, the
 * payment rounded once to the minor unit. */
static gboolean
annuity_payment (MuMoney   principal,
                 gint64    annual_rate,
                 guint     periods_a_year,
                 guint     periods,
                 MuMoney  *payment,
                 GError  **error)
{
  long double rate, payment_exact;

  if (annual_rate == 0)
    {
      *payment = (MuMoney) mu_wide_div_round (principal, periods);
      return TRUE;
    }
  rate = (long double) annual_rate / ((long double) MU_PERCENT_100 * periods_a_year);
  /* 1 − (1 + i)^−n, without losing the digits of a small rate. */
  payment_exact = (long double) principal * rate / -expm1l (-(long double) periods * log1pl (rate));
  payment_exact = roundl (payment_exact);
  if (!(payment_exact < 0x1p63L && payment_exact >= -0x1p63L))
    {
      mu_set_overflow_error (error);
      return FALSE;
    }
  *payment = (MuMoney) payment_exact;
  return TRUE;
}

/* @principal lent at @annual_rate a year, @periods_a_year payments a
 * year, over @periods: the annuity payment, each period's interest on
 * the balance rounded half away from zero, and the last payment the
 * balance and its interest, so the principal is repaid exactly. */
gboolean
mu_figures_loan (MuMoney         principal,
                 gint64          annual_rate,
                 guint           periods_a_year,
                 guint           periods,
                 MuLoanFigures  *loan,
                 GError        **error)
{
  MuWide denominator = (MuWide) MU_PERCENT_100 * periods_a_year;
  MuWide balance = principal, total = 0, pay = 0;
  MuMoney payment;

  g_return_val_if_fail (principal >= 0 && annual_rate >= 0, FALSE);
  g_return_val_if_fail (periods_a_year > 0 && periods > 0, FALSE);
  g_return_val_if_fail (loan != NULL, FALSE);

  if (!annuity_payment (principal, annual_rate, periods_a_year, periods, &payment, error))
    return FALSE;

  for (guint k = 1; k <= periods; k++)
    {
      MuWide due = balance + mu_wide_div_round (balance * annual_rate, denominator);

      /* A payment rounded up never pays more than is owed. */
      pay = k == periods ? due : MIN ((MuWide) payment, due);
      total += pay;
      balance = due - pay;
      if (due > G_MAXINT64 || total > G_MAXINT64)
        {
          mu_set_overflow_error (error);
          return FALSE;
        }
    }

  *loan = (MuLoanFigures) {
    .annual_rate = annual_rate,
    .periods = periods,
    .principal = principal,
    .payment = payment,
    .last_payment = (MuMoney) pay,
    .total_paid = (MuMoney) total,
    .total_interest = (MuMoney) (total - principal),
  };
  return TRUE;
}

/* ─── installments ─────────────────────────────────────────────────────── */

typedef struct
{
  MuMoney amount;
  guint   first;  /* the installment where it first occurs */
} Installment;

static int
compare_installments (const void *a,
                      const void *b)
{
  const Installment *x = a, *y = b;

  if (x->amount != y->amount)
    return x->amount < y->amount ? -1 : 1;
  return x->first < y->first ? -1 : x->first > y->first;
}

/* The amount paid most often; of two as often, the one paid first. */
static MuMoney
usual_installment (Installment *installments,
                   guint        n)
{
  guint best_count = 0, best_first = G_MAXUINT;
  MuMoney best = 0;

  qsort (installments, n, sizeof *installments, compare_installments);
  for (guint i = 0, run; i < n; i += run)
    {
      for (run = 1; i + run < n && installments[i + run].amount == installments[i].amount; run++)
        ;
      if (run > best_count || (run == best_count && installments[i].first < best_first))
        {
          best_count = run;
          best_first = installments[i].first;
          best = installments[i].amount;
        }
    }
  return best;
}

/* What the buyers pay together in each period with a buyout — its price
 * and that period's rent; periods of rent alone are not installments. */
static gboolean
figures_installments (MuFigures       *figures,
                      const MuResult  *result,
                      MuMoney         *units_bought,
                      GError         **error)
{
  g_autofree Installment *installments = g_new (Installment, result->n_periods);
  guint n = 0;

  *units_bought = 0;
  for (guint t = 1; t <= result->n_periods; t++)
    {
      const MuPeriodResult *row = &result->periods[t - 1];
      MuMoney amount;

      if (row->units <= 0)
        continue;
      if (!mu_money_add (row->buyout, row->rent, &amount, error) ||
          !mu_money_add (*units_bought, row->units, units_bought, error))
        return FALSE;
      installments[n] = (Installment) { amount, n };
      figures->installment_largest = n == 0 ? amount : MAX (figures->installment_largest, amount);
      n++;
      figures->last_buyout = t;
    }
  figures->n_installments = n;
  figures->installment_first = n > 0 ? installments[0].amount : 0;
  figures->installment_last = n > 0 ? installments[n - 1].amount : 0;
  figures->installment_usual = usual_installment (installments, n);
  return TRUE;
}

/* What the bank receives, apart: its profit share, the rent and the
 * price of its units, and what it pays of the costs. */
static gboolean
figures_bank_parts (MuFigures       *figures,
                    const MuResult  *result,
                    GError         **error)
{
  for (guint t = 1; t <= result->n_periods; t++)
    {
      const MuPeriodResult *row = &result->periods[t - 1];
      const MuPartnerPeriod *bank = mu_result_get (result, t, figures->bank);

      if (!mu_money_add (figures->bank_profit, bank->profit, &figures->bank_profit, error) ||
          !mu_money_add (figures->bank_rent, row->rent, &figures->bank_rent, error) ||
          !mu_money_add (figures->bank_buyout, row->buyout, &figures->bank_buyout, error) ||
          !mu_money_add (figures->bank_costs, bank->costs, &figures->bank_costs, error))
        return FALSE;
    }
  return TRUE;
}

/* ─── all together ─────────────────────────────────────────────────────── */

static gboolean
figures_totals (MuFigures         *figures,
                const MuScenario  *scenario,
                const MuResult    *result,
                GError           **error)
{
  const MuFinancing *f = &scenario->financing;
  const MuPartnerPeriod *last;
  MuMoney units_bought;

  figures->bank_capital = mu_result_get (result, 1, figures->bank)->stake;
  last = mu_result_get (result, result->n_periods, figures->bank);
  figures->bank_held_end = last->stake_end;
  figures->bank_worth_end = MAX (last->stake_end - last->unrecovered, 0);
  figures->bank_received = result->partner_paid[figures->bank];
  for (guint b = 0; b < f->buyer_ids->len; b++)
    {
      const char *id = g_ptr_array_index (f->buyer_ids, b);
      int buyer = mu_scenario_find_partner (scenario, id);

      g_ptr_array_add (figures->buyer_ids, g_strdup (id));
      g_assert (buyer >= 0);
      if (!mu_money_add (figures->buyers_paid, result->partner_paid[buyer], &figures->buyers_paid, error))
        return FALSE;
      /* What they pay the bank: their part of the costs apart. */
      for (guint t = 1; t <= result->n_periods; t++)
        if (!mu_money_sub (figures->buyers_paid, mu_result_get (result, t, buyer)->costs, &figures->buyers_paid, error))
          return FALSE;
    }

  if (!figures_bank_parts (figures, result, error) ||
      !figures_installments (figures, result, &units_bought, error) ||
      !mu_money_sub (figures->bank_received, units_bought, &figures->bank_income, error))
    return FALSE;

  /* The buyers own everything from the day after the buyout that took
   * the bank's last unit. */
  if (figures->last_buyout > 0 && mu_result_get (result, figures->last_buyout, figures->bank)->stake_end == 0)
    {
      figures->owned_outright_from = result->periods[figures->last_buyout - 1].end;
      g_date_add_days (&figures->owned_outright_from, 1);
    }
  return TRUE;
}

static gboolean
figures_loan (MuFigures         *figures,
              const MuScenario  *scenario,
              GError           **error)
{
  const MuFinancing *f = &scenario->financing;
  guint m = 12 / mu_period_length_months (scenario->period);

  if (!f->has_loan_rate)
    return TRUE;
  if (!mu_figures_loan (figures->bank_capital, f->loan_rate, m, f->installments * f->every, &figures->loan, error))
    {
      g_clear_error (error);
      g_set_error (error, MU_CORE_ERROR, MU_CORE_ERROR_OVERFLOW,
                   /* Translators: %s is the place of the field in the file,
                    * “financing.loan_rate”. */
                   _("%s: the loan for comparison grows too large to be computed exactly. "
                     "Use a lower rate or a shorter term."), "financing.loan_rate");
      return FALSE;
    }
  figures->has_loan = TRUE;
  return TRUE;
}

/* The key figures of @scenario as @result, its schedule, gives them. A
 * scenario without financing has none but the flag that says so. */
MuFigures *
mu_figures_compute (const MuScenario  *scenario,
                    const MuResult    *result,
                    GError           **error)
{
  g_autoptr(MuFigures) figures = NULL;

  g_return_val_if_fail (scenario != NULL && result != NULL, NULL);
  g_return_val_if_fail (result->n_partners == scenario->partners->len, NULL);
  g_return_val_if_fail (result->n_periods == scenario->periods && result->n_periods > 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  figures = g_new0 (MuFigures, 1);
  figures->bank = -1;
  figures->buyer_ids = g_ptr_array_new_with_free_func (g_free);
  g_date_clear (&figures->owned_outright_from, 1);
  if (!scenario->financing.enabled || result->bank < 0)
    return g_steal_pointer (&figures);

  figures->has_financing = TRUE;
  figures->bank = result->bank;
  figures->bank_id = g_strdup (mu_scenario_get_partner (scenario, result->bank)->id);
  if (!figures_totals (figures, scenario, result, error))
    {
      g_prefix_error (error, "%s: ", "financing");
      return NULL;
    }
  if (!figures_loan (figures, scenario, error))
    return NULL;
  figures_bank_return (figures, scenario, result);
  return g_steal_pointer (&figures);
}

void
mu_figures_free (MuFigures *figures)
{
  if (figures == NULL)
    return;
  g_free (figures->bank_id);
  g_clear_pointer (&figures->buyer_ids, g_ptr_array_unref);
  g_free (figures);
}
