/* test-engine-revision2.c — the engine's second revision: losses touch
 * capital and are made good from later profit; workers take their share
 * and bear no money loss; rent on what the bank's share is worth
 *
 * Every figure below is worked out by hand in the comment beside it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mu-engine.h"
#include "test-util.h"

/* Two partners over @n years: @a and @b put in cash, @a agrees to @share
 * percent of the profit (or by capital when @share < 0). */
static MuScenario *
two_partners (MuMoney        a,
              MuMoney        b,
              gint64         share,
              const MuMoney *series,
              guint          n)
{
  MuScenario *scenario = mu_scenario_new ();
  MuPartner *first = mu_partner_new ("a", "A", MU_PARTNER_OWNER);
  MuPartner *second = mu_partner_new ("b", "B", MU_PARTNER_OWNER);

  g_free (scenario->name);
  scenario->name = g_strdup ("Losses");
  scenario->period = MU_PERIOD_YEAR;
  scenario->periods = n;
  mu_partner_add_cash (first, a);
  mu_partner_add_cash (second, b);
  if (share >= 0)
    {
      first->has_profit_share = TRUE;
      first->profit_share = share * 10000;
      second->has_profit_share = TRUE;
      second->profit_share = (100 - share) * 10000;
    }
  g_ptr_array_add (scenario->partners, first);
  g_ptr_array_add (scenario->partners, second);
  scenario->profit.is_series = TRUE;
  g_array_append_vals (scenario->profit.series, series, n);
  return scenario;
}

/* A buyer and a bank over @n periods of @period, the bank's @bank bought
 * back in @installments, redemption or transfer. */
static MuScenario *
financed (MuMoney         company_cash,
          MuMoney         bank_cash,
          MuPeriodLength  period,
          guint           n,
          guint           installments,
          MuOwnershipMode mode)
{
  MuScenario *scenario = mu_scenario_new ();
  MuPartner *company = mu_partner_new ("company", "Company", MU_PARTNER_OWNER);
  MuPartner *bank = mu_partner_new ("bank", "Bank", MU_PARTNER_BANK);

  g_free (scenario->name);
  scenario->name = g_strdup ("Financed");
  scenario->period = period;
  scenario->periods = n;
  mu_partner_add_cash (company, company_cash);
  mu_partner_add_cash (bank, bank_cash);
  g_ptr_array_add (scenario->partners, company);
  g_ptr_array_add (scenario->partners, bank);
  scenario->financing.enabled = TRUE;
  scenario->financing.bank_id = g_strdup ("bank");
  g_ptr_array_add (scenario->financing.buyer_ids, g_strdup ("company"));
  scenario->financing.installments = installments;
  scenario->financing.every = 1;
  scenario->financing.mode = mode;
  scenario->profit.per_period = 10000;
  return scenario;
}

/* A 600 and B 400, A agreed 70 % of the profit. Year 1 loses 100: borne
 * by capital, 60 and 40, whatever the agreement. Year 2 earns 300: 100 of
 * it makes the losses good (60 and 40), the 200 left goes 70/30, 140 and
 * 60. Year 3 earns 100: 70 and 30. */
static void
test_loss_made_good (void)
{
  const MuMoney series[] = { -10000, 30000, 10000 };
  g_autoptr(MuScenario) scenario = two_partners (60000, 40000, 70, series, 3);
  g_autoptr(MuResult) result = run_engine (scenario);

  g_assert_cmpint (mu_result_get (result, 1, 0)->loss, ==, 6000);
  g_assert_cmpint (mu_result_get (result, 1, 1)->loss, ==, 4000);
  g_assert_cmpint (mu_result_get (result, 1, 0)->profit, ==, 0);
  g_assert_cmpint (mu_result_get (result, 1, 0)->unrecovered, ==, 6000);
  g_assert_cmpint (mu_result_get (result, 1, 1)->unrecovered, ==, 4000);
  g_assert_cmpint (result->periods[0].uncovered_loss, ==, 0);

  g_assert_cmpint (mu_result_get (result, 2, 0)->restored, ==, 6000);
  g_assert_cmpint (mu_result_get (result, 2, 1)->restored, ==, 4000);
  g_assert_cmpint (mu_result_get (result, 2, 0)->profit, ==, 14000);
  g_assert_cmpint (mu_result_get (result, 2, 1)->profit, ==, 6000);
  g_assert_cmpint (mu_result_get (result, 2, 0)->unrecovered, ==, 0);

  g_assert_cmpint (mu_result_get (result, 3, 0)->restored, ==, 0);
  g_assert_cmpint (mu_result_get (result, 3, 0)->profit, ==, 7000);
  g_assert_cmpint (mu_result_get (result, 3, 1)->profit, ==, 3000);
  g_assert_cmpint (result->partner_profit[0], ==, 21000);
  g_assert_cmpint (result->partner_profit[1], ==, 9000);
}

/* A 60 and B 40 lose 150: by capital 90 and 60, but neither bears more
 * than it put in: 60 and 40, and 50 is uncovered. Year 2 earns 200: 100
 * makes good the losses, the other 100 goes by capital, 60 and 40. */
static void
test_loss_beyond_stakes (void)
{
  const MuMoney series[] = { -15000, 20000 };
  g_autoptr(MuScenario) scenario = two_partners (6000, 4000, -1, series, 2);
  g_autoptr(MuResult) result = run_engine (scenario);

  g_assert_cmpint (mu_result_get (result, 1, 0)->loss, ==, 6000);
  g_assert_cmpint (mu_result_get (result, 1, 1)->loss, ==, 4000);
  g_assert_cmpint (result->periods[0].uncovered_loss, ==, 5000);
  g_assert_cmpint (mu_result_get (result, 2, 0)->restored, ==, 6000);
  g_assert_cmpint (mu_result_get (result, 2, 1)->restored, ==, 4000);
  g_assert_cmpint (mu_result_get (result, 2, 0)->profit, ==, 6000);
  g_assert_cmpint (mu_result_get (result, 2, 1)->profit, ==, 4000);
  g_assert_cmpint (result->periods[1].uncovered_loss, ==, 0);
}

/* An owner puts in 1 000, a worker only its work for 40 % of the profit.
 * Year 1 earns 500: the worker 200, the owner 300. Year 2 loses 100: the
 * owner bears it all, the worker loses only its work. Year 3 earns 300:
 * 100 makes good the owner's loss, the 200 left goes 40/60, 80 and 120. */
static void
test_worker_share (void)
{
  const MuMoney series[] = { 50000, -10000, 30000 };
  g_autoptr(MuScenario) scenario = mu_scenario_new ();
  g_autoptr(MuResult) result = NULL;
  MuPartner *owner = mu_partner_new ("owner", "Owner", MU_PARTNER_OWNER);
  MuPartner *worker = mu_partner_new ("worker", "Worker", MU_PARTNER_WORKER);

  g_free (scenario->name);
  scenario->name = g_strdup ("Mudarabah");
  scenario->period = MU_PERIOD_YEAR;
  scenario->periods = 3;
  mu_partner_add_cash (owner, 100000);
  worker->has_profit_share = TRUE;
  worker->profit_share = 400000;
  g_ptr_array_add (scenario->partners, owner);
  g_ptr_array_add (scenario->partners, worker);
  scenario->profit.is_series = TRUE;
  g_array_append_vals (scenario->profit.series, series, 3);
  result = run_engine (scenario);

  g_assert_cmpint (mu_result_get (result, 1, 1)->profit, ==, 20000);
  g_assert_cmpint (mu_result_get (result, 1, 0)->profit, ==, 30000);
  g_assert_cmpint (mu_result_get (result, 2, 0)->loss, ==, 10000);
  g_assert_cmpint (mu_result_get (result, 2, 1)->loss, ==, 0);
  g_assert_cmpint (mu_result_get (result, 3, 0)->restored, ==, 10000);
  g_assert_cmpint (mu_result_get (result, 3, 1)->profit, ==, 8000);
  g_assert_cmpint (mu_result_get (result, 3, 0)->profit, ==, 12000);
}

/* Case B (the company 200, the bank 500 repaid 125 a quarter) over six
 * quarters, losing 100 in the second: the bank, 375 of 575, bears 65.22
 * and the company 34.78. The bank has left after the fourth buyout; the
 * 200 earned in the sixth makes good only the company's 34.78 and the
 * company takes the 165.22 left: the bank's 65.22 is lost for good. Its
 * receipts are never negative: in the loss quarter, only the buyout. */
static void
test_bank_loss_final (void)
{
  const MuMoney series[] = { 10000, -10000, 0, 0, 0, 20000 };
  g_autoptr(MuScenario) scenario = financed (20000, 50000, MU_PERIOD_QUARTER, 6, 4, MU_OWNERSHIP_REDEMPTION);
  g_autoptr(MuResult) result = NULL;

  scenario->profit.is_series = TRUE;
  g_array_append_vals (scenario->profit.series, series, 6);
  result = run_engine (scenario);

  g_assert_cmpint (mu_result_get (result, 2, 1)->loss, ==, 6522);
  g_assert_cmpint (mu_result_get (result, 2, 0)->loss, ==, 3478);
  g_assert_cmpint (mu_result_get (result, 2, 1)->paid, ==, 12500);
  g_assert_cmpint (mu_result_get (result, 6, 1)->stake, ==, 0);
  g_assert_cmpint (mu_result_get (result, 6, 0)->restored, ==, 3478);
  g_assert_cmpint (mu_result_get (result, 6, 1)->restored, ==, 0);
  g_assert_cmpint (mu_result_get (result, 6, 0)->profit, ==, 16522);
  g_assert_cmpint (mu_result_get (result, 6, 1)->profit, ==, 0);
  g_assert_cmpint (mu_result_get (result, 6, 1)->unrecovered, ==, 6522);
  g_assert_cmpint (mu_result_get (result, 6, 0)->unrecovered, ==, 0);
}

/* Case C's harvester at a fair price, depreciating 10 % a quarter, with
 * rent of 1 % a quarter on the bank's share: the first quarter's rent is
 * on 500 × 0.9 = 450, so 4.50, not 5.00; the second on 375 × 0.81 =
 * 303.75, so 3.04 (3.0375 rounded half away from zero). */
static void
test_rent_on_value (void)
{
  g_autoptr(MuScenario) scenario = financed (20000, 50000, MU_PERIOD_QUARTER, 4, 4, MU_OWNERSHIP_TRANSFER);
  g_autoptr(MuResult) result = NULL;

  scenario->financing.unit_price = MU_UNIT_PRICE_FAIR;
  scenario->financing.depreciation = 100000;
  scenario->financing.rent = 10000;
  result = run_engine (scenario);

  g_assert_cmpint (result->periods[0].rent, ==, 450);
  g_assert_cmpint (result->periods[1].rent, ==, 304);
  /* At a nominal price the rent is on the book stake, as before. */
  scenario->financing.unit_price = MU_UNIT_PRICE_NOMINAL;
  g_clear_pointer (&result, mu_result_unref);
  result = run_engine (scenario);
  g_assert_cmpint (result->periods[0].rent, ==, 500);
  g_assert_cmpint (result->periods[1].rent, ==, 375);
}

/* What the buyer pays installment @t: the units and the rent. */
static MuMoney
payment (const MuResult *result,
         guint           t)
{
  return result->periods[t - 1].buyout + result->periods[t - 1].rent;
}

/* The 30-year home plan: the bank's 160 000.00 bought back monthly over
 * 360 installments at 0.5 % rent a month. As a level plan every payment
 * is 959.29 to the kopeck (the annuity of 160 000 at 0.5 % is 959.2808,
 * and rent rounded each month asks one kopeck more) but the last, 949.99,
 * which takes what is left; the units sum to the 160 000.00 exactly and
 * the buyer pays 345 335.10 in all. */
static void
test_level_plan (void)
{
  g_autoptr(MuScenario) scenario = financed (4000000, 16000000, MU_PERIOD_MONTH, 360, 360, MU_OWNERSHIP_TRANSFER);
  g_autoptr(MuResult) result = NULL;
  MuMoney units = 0, paid = 0;

  scenario->financing.rent = 5000;
  scenario->financing.plan = MU_PAYMENT_PLAN_LEVEL;
  result = run_engine (scenario);
  for (guint t = 1; t <= 360; t++)
    {
      if (t < 360)
        g_assert_cmpint (payment (result, t), ==, 95929);
      units += result->periods[t - 1].units;
      paid += payment (result, t);
    }
  g_assert_cmpint (payment (result, 360), ==, 94999);
  g_assert_cmpint (units, ==, 16000000);
  g_assert_cmpint (paid, ==, 34533510);
  g_assert_cmpuint (result->last_buyout, ==, 360);
}

/* The same plan stepping up 3 % a year: the smallest first payment that
 * covers the rent is the rent itself, 800.00, so the first year buys no
 * units; 824.00 in the second year, 848.72 in the third; the growing
 * payments have bought the whole share by installment 286. */
static void
test_step_up_plan (void)
{
  g_autoptr(MuScenario) scenario = financed (4000000, 16000000, MU_PERIOD_MONTH, 360, 360, MU_OWNERSHIP_TRANSFER);
  g_autoptr(MuResult) result = NULL;
  MuMoney units = 0;

  scenario->financing.rent = 5000;
  scenario->financing.plan = MU_PAYMENT_PLAN_STEP_UP;
  scenario->financing.step = 30000;
  result = run_engine (scenario);
  g_assert_cmpint (payment (result, 1), ==, 80000);
  g_assert_cmpint (result->periods[0].units, ==, 0);
  g_assert_cmpint (payment (result, 13), ==, 82400);
  g_assert_cmpint (payment (result, 25), ==, 84872);
  for (guint t = 1; t <= 360; t++)
    units += result->periods[t - 1].units;
  g_assert_cmpint (units, ==, 16000000);
  g_assert_cmpuint (result->last_buyout, ==, 286);
}

/* Case B bought out early, at the end of quarter 2: 125 in the first
 * quarter, the remaining 375 in the second, nothing after. */
static void
test_early_buyout (void)
{
  g_autoptr(MuScenario) scenario = financed (20000, 50000, MU_PERIOD_QUARTER, 4, 4, MU_OWNERSHIP_REDEMPTION);
  g_autoptr(MuResult) result = NULL;

  scenario->financing.early_buyout = 2;
  result = run_engine (scenario);
  g_assert_cmpint (result->periods[0].units, ==, 12500);
  g_assert_cmpint (result->periods[1].units, ==, 37500);
  g_assert_cmpint (result->periods[1].buyout, ==, 37500);
  g_assert_cmpint (result->periods[2].units, ==, 0);
  g_assert_cmpint (result->periods[3].units, ==, 0);
  g_assert_cmpint (mu_result_get (result, 2, 1)->stake_end, ==, 0);
  g_assert_cmpuint (result->last_buyout, ==, 2);
}

/* Case B with 10.00 of ownership costs a quarter: in the first quarter the
 * bank owns 500 of 700 and bears 7.14, the company 2.86. The bank receives
 * its 71.43 of profit and the 125 of buyout less its 7.14: 189.29; the
 * company pays the 125 and its 2.86: 127.86. */
static void
test_costs_by_ownership (void)
{
  g_autoptr(MuScenario) scenario = financed (20000, 50000, MU_PERIOD_QUARTER, 4, 4, MU_OWNERSHIP_REDEMPTION);
  g_autoptr(MuResult) result = NULL;

  scenario->financing.costs = 1000;
  result = run_engine (scenario);
  g_assert_cmpint (result->periods[0].costs, ==, 1000);
  g_assert_cmpint (mu_result_get (result, 1, 1)->costs, ==, 714);
  g_assert_cmpint (mu_result_get (result, 1, 0)->costs, ==, 286);
  g_assert_cmpint (mu_result_get (result, 1, 1)->paid, ==, 18929);
  g_assert_cmpint (mu_result_get (result, 1, 0)->paid, ==, 12786);
}

/* Rent quoted 12 % a year: 1 % a month, 3 % a quarter, on the bank's 500. */
static void
test_rent_annual (void)
{
  g_autoptr(MuScenario) monthly = financed (20000, 50000, MU_PERIOD_MONTH, 4, 4, MU_OWNERSHIP_REDEMPTION);
  g_autoptr(MuScenario) quarterly = financed (20000, 50000, MU_PERIOD_QUARTER, 4, 4, MU_OWNERSHIP_REDEMPTION);
  g_autoptr(MuResult) by_month = NULL;
  g_autoptr(MuResult) by_quarter = NULL;

  monthly->financing.rent = 120000;
  monthly->financing.rent_annual = TRUE;
  quarterly->financing.rent = 120000;
  quarterly->financing.rent_annual = TRUE;
  by_month = run_engine (monthly);
  by_quarter = run_engine (quarterly);
  g_assert_cmpint (by_month->periods[0].rent, ==, 500);
  g_assert_cmpint (by_quarter->periods[0].rent, ==, 1500);
  g_assert_cmpint (by_quarter->periods[1].rent, ==, 1125);
}

/* Case B's harvester priced at valuation: the pool of 700 valued 700, 650,
 * 640 at the first three buyouts, the fourth repeating 640. Each unit of
 * 125 costs 125 × V_k / 700: 125.00, 116.07, 114.29, 114.29. The rent of
 * 1 % a quarter is on the bank's share priced the same way before each
 * buyout: 500 × 700/700 = 5.00, then 375 × 650/700 = 3.48. */
static void
test_valuation_price (void)
{
  static const MuMoney valuations[] = { 70000, 65000, 64000 };
  g_autoptr(MuScenario) scenario = financed (20000, 50000, MU_PERIOD_QUARTER, 4, 4, MU_OWNERSHIP_REDEMPTION);
  g_autoptr(MuResult) result = NULL;

  scenario->financing.object = MU_OBJECT_BUSINESS;
  scenario->financing.unit_price = MU_UNIT_PRICE_VALUATION;
  scenario->financing.rent = 10000;
  g_array_append_vals (scenario->financing.valuations, valuations, 3);
  result = run_engine (scenario);
  g_assert_cmpint (result->periods[0].buyout, ==, 12500);
  g_assert_cmpint (result->periods[1].buyout, ==, 11607);
  g_assert_cmpint (result->periods[2].buyout, ==, 11429);
  g_assert_cmpint (result->periods[3].buyout, ==, 11429);
  g_assert_cmpint (result->periods[0].rent, ==, 500);
  g_assert_cmpint (result->periods[1].rent, ==, 348);
  /* Over a business, a price at valuation is what the contract needs:
   * only the estimate of the fourth price is said. */
  g_assert_cmpuint (result->findings->len, >=, 1);
  for (guint i = 0; i < result->findings->len; i++)
    g_assert_cmpstr (((MuFinding *) result->findings->pdata[i])->rule, !=, "nominal-unit-price");
}

/* Two buyers, a company of 200 and a wife of 100, agree to buy 40 % and
 * 60 % of the bank's units, against their contributions' 2 : 1: of each
 * unit of 125, 50.00 and 75.00; the rent of 1 % splits the same way. */
static void
test_buyer_shares (void)
{
  g_autoptr(MuScenario) scenario = financed (20000, 50000, MU_PERIOD_QUARTER, 4, 4, MU_OWNERSHIP_TRANSFER);
  g_autoptr(MuResult) result = NULL;
  MuPartner *wife = mu_scenario_add_partner (scenario, "Wife", MU_PARTNER_OWNER);
  const gint64 shares[] = { 400000, 600000 };

  mu_partner_set_cash (wife, 10000);
  mu_financing_add_buyer (&scenario->financing, wife->id);
  g_array_append_vals (scenario->financing.buyer_shares, shares, 2);
  scenario->financing.rent = 10000;
  result = run_engine (scenario);
  g_assert_cmpint (mu_result_get (result, 1, 0)->stake_end - mu_result_get (result, 1, 0)->stake, ==, 5000);
  g_assert_cmpint (mu_result_get (result, 1, 2)->stake_end - mu_result_get (result, 1, 2)->stake, ==, 7500);
  /* Each pays its part of the price, 50 and 75, and of the rent of 5.00. */
  g_assert_cmpint (mu_result_get (result, 1, 0)->paid, ==, 5000 + 200);
  g_assert_cmpint (mu_result_get (result, 1, 2)->paid, ==, 7500 + 300);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/engine/losses/made-good-by-later-profit", test_loss_made_good);
  g_test_add_func ("/engine/losses/beyond-the-stakes", test_loss_beyond_stakes);
  g_test_add_func ("/engine/losses/worker-bears-none", test_worker_share);
  g_test_add_func ("/engine/losses/bought-out-bank-final", test_bank_loss_final);
  g_test_add_func ("/engine/rent/on-the-share-s-value", test_rent_on_value);
  g_test_add_func ("/engine/rent/annual", test_rent_annual);
  g_test_add_func ("/engine/plan/level-home-plan", test_level_plan);
  g_test_add_func ("/engine/plan/step-up", test_step_up_plan);
  g_test_add_func ("/engine/early-buyout", test_early_buyout);
  g_test_add_func ("/engine/costs/by-ownership", test_costs_by_ownership);
  g_test_add_func ("/engine/unit-price/valuation", test_valuation_price);
  g_test_add_func ("/engine/buyers/agreed-shares", test_buyer_shares);
  return g_test_run ();
}
