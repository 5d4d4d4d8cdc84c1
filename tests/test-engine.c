/* test-engine.c — the schedule against the article's figures and invariants
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <math.h>

#include "mu-core-error.h"
#include "mu-engine.h"
#include "mu-exchange.h"
#include "test-util.h"

/* The article's harvester: company 200, bank 500, four quarterly
 * installments of 125, profit 100 a quarter. Amounts in kopecks. */
static MuScenario *
harvester (MuOwnershipMode mode)
{
  MuScenario *scenario = mu_scenario_new ();
  MuPartner *company = mu_partner_new ("company", "Company", MU_PARTNER_OWNER);
  MuPartner *bank = mu_partner_new ("bank", "Bank", MU_PARTNER_BANK);

  g_free (scenario->name);
  scenario->name = g_strdup ("Harvester");
  mu_partner_add_cash (company, 20000);
  mu_partner_add_cash (bank, 50000);
  g_ptr_array_add (scenario->partners, company);
  g_ptr_array_add (scenario->partners, bank);

  scenario->financing.enabled = TRUE;
  scenario->financing.bank_id = g_strdup ("bank");
  g_ptr_array_add (scenario->financing.buyer_ids, g_strdup ("company"));
  scenario->financing.installments = 4;
  scenario->financing.every = 1;
  scenario->financing.mode = mode;
  scenario->profit.per_period = 10000;
  return scenario;
}

static void
assert_percent (double      actual,
                double      expected)
{
  g_assert_cmpfloat_with_epsilon (actual, expected, 0.005);
}

static void
test_case_a (void)
{
  g_autoptr(MuScenario) scenario = load_example ("case-a-bank-joins-company.musharaka");
  g_autoptr(MuResult) result = run_engine (scenario);
  int bank = mu_scenario_find_partner (scenario, "bank");

  g_assert_cmpint (result->periods[0].pool, ==, 150000);
  assert_percent (mu_result_ownership_percent (result, 1, bank), 33.33);
  g_assert_cmpint (mu_result_get (result, 1, bank)->profit, ==, 5000);
  g_assert_cmpint (mu_result_get (result, 1, 0)->profit, ==, 4000);
  g_assert_cmpuint (result->findings->len, ==, 0);
}

/* Two more holders, each dropping its reference: the result stays whole
 * until the last one goes, which ASan's leak check sees freed. */
static void
test_result_shared (void)
{
  g_autoptr(MuScenario) scenario = harvester (MU_OWNERSHIP_REDEMPTION);
  MuResult *result = run_engine (scenario);

  g_assert_true (mu_result_ref (result) == result);
  g_assert_true (mu_result_ref (result) == result);
  mu_result_unref (result);
  g_assert_cmpint (result->total_buyout, ==, 50000);
  mu_result_unref (result);
  g_assert_cmpint (result->total_profit, ==, 40000);
  g_assert_cmpint (mu_result_get (result, 4, 1)->stake_end, ==, 0);
  mu_result_unref (result);
}

static void
test_case_b_redemption (void)
{
  g_autoptr(MuScenario) scenario = harvester (MU_OWNERSHIP_REDEMPTION);
  g_autoptr(MuResult) result = run_engine (scenario);
  const double bank_percent[] = { 71.43, 65.22, 55.56, 38.46 };
  const MuMoney bank_end[] = { 37500, 25000, 12500, 0 };
  const MuMoney bank_profit[] = { 7143, 6522, 5556, 3846 };
  const MuMoney pool[] = { 70000, 57500, 45000, 32500 };

  for (guint t = 1; t <= 4; t++)
    {
      const MuPeriodResult *row = &result->periods[t - 1];

      assert_percent (mu_result_ownership_percent (result, t, 1), bank_percent[t - 1]);
      g_assert_cmpint (row->pool, ==, pool[t - 1]);
      g_assert_cmpint (row->units, ==, 12500);
      g_assert_cmpint (row->buyout, ==, 12500);
      g_assert_cmpint (mu_result_get (result, t, 1)->stake_end, ==, bank_end[t - 1]);
      g_assert_cmpint (mu_result_get (result, t, 0)->stake_end, ==, 20000);
      g_assert_cmpint (mu_result_get (result, t, 1)->profit, ==, bank_profit[t - 1]);
      g_assert_cmpint (mu_result_get (result, t, 0)->profit, ==, 10000 - bank_profit[t - 1]);
      g_assert_cmpint (mu_result_get (result, t, 1)->paid, ==, bank_profit[t - 1] + 12500);
      g_assert_cmpint (mu_result_get (result, t, 0)->paid, ==, 12500);
    }
  g_assert_cmpint (result->total_buyout, ==, 50000);
  g_assert_cmpint (result->total_profit, ==, 40000);
  g_assert_cmpint (result->partner_paid[1], ==, 7143 + 6522 + 5556 + 3846 + 50000);
  g_assert_cmpuint (result->last_buyout, ==, 4);
  g_assert_cmpuint (result->findings->len, ==, 0);
}

static void
test_case_c_transfer (void)
{
  g_autoptr(MuScenario) scenario = harvester (MU_OWNERSHIP_TRANSFER);
  g_autoptr(MuResult) result = run_engine (scenario);
  const double bank_percent[] = { 71.43, 53.57, 35.71, 17.86 };
  const MuMoney company_stake[] = { 20000, 32500, 45000, 57500, 70000 };

  for (guint t = 1; t <= 4; t++)
    {
      assert_percent (mu_result_ownership_percent (result, t, 1), bank_percent[t - 1]);
      g_assert_cmpint (result->periods[t - 1].pool, ==, 70000);
      g_assert_cmpint (mu_result_get (result, t, 0)->stake, ==, company_stake[t - 1]);
      g_assert_cmpint (mu_result_get (result, t, 0)->stake_end, ==, company_stake[t]);
    }
  g_assert_cmpint (mu_result_get (result, 4, 1)->stake_end, ==, 0);
}

static void
test_case_d_agreed_share (void)
{
  g_autoptr(MuScenario) scenario = load_example ("case-d-sleeping-bank-cap.musharaka");
  g_autoptr(MuResult) result = run_engine (scenario);
  int bank = mu_scenario_find_partner (scenario, "bank");
  const MuFinding *finding;

  for (guint t = 1; t <= 4; t++)
    {
      g_assert_cmpint (mu_result_get (result, t, bank)->profit, ==, 7000);
      g_assert_cmpfloat (mu_result_get (result, t, bank)->profit_percent, ==, 70.0);
      g_assert_cmpint (mu_result_get (result, t, bank)->paid, ==, 19500);
    }

  g_assert_cmpuint (result->findings->len, ==, 1);
  finding = g_ptr_array_index (result->findings, 0);
  g_assert_cmpstr (finding->rule, ==, "sleeping-partner-cap");
  g_assert_cmpint (finding->severity, ==, MU_SEVERITY_ERROR);
  g_assert_cmpint (finding->partner, ==, bank);
  g_assert_cmpuint (finding->period, ==, 2);
}

/* Losses follow capital whatever share of profit was agreed. */
static void
test_loss_by_capital (void)
{
  g_autoptr(MuScenario) scenario = harvester (MU_OWNERSHIP_REDEMPTION);
  g_autoptr(MuResult) result = NULL;
  const MuMoney series[] = { 10000, -10000, 0, 5000 };
  MuPartner *bank = mu_scenario_get_partner (scenario, 1);

  bank->has_profit_share = TRUE;
  bank->profit_share = 700000;
  scenario->profit.is_series = TRUE;
  g_array_append_vals (scenario->profit.series, series, 4);
  result = run_engine (scenario);

  g_assert_cmpint (mu_result_get (result, 1, 1)->profit, ==, 7000);
  /* Quarter 2: bank 375 of 575 bears 65.22 % of the loss of 100, carried
   * as its unrecovered loss; nothing is paid out as a negative profit. */
  g_assert_cmpint (mu_result_get (result, 2, 1)->loss, ==, 6522);
  g_assert_cmpint (mu_result_get (result, 2, 0)->loss, ==, 3478);
  g_assert_cmpint (mu_result_get (result, 2, 1)->profit, ==, 0);
  g_assert_cmpint (mu_result_get (result, 2, 1)->unrecovered, ==, 6522);
  assert_percent (mu_result_get (result, 2, 1)->profit_percent, 65.22);
  g_assert_cmpint (mu_result_get (result, 3, 1)->profit, ==, 0);
  /* Quarter 4: the profit of 50 makes good part of the losses, 65.22 % to
   * the bank, and none of it is distributed. */
  g_assert_cmpint (mu_result_get (result, 4, 1)->restored, ==, 3261);
  g_assert_cmpint (mu_result_get (result, 4, 0)->restored, ==, 1739);
  g_assert_cmpint (mu_result_get (result, 4, 1)->profit, ==, 0);
  g_assert_cmpint (mu_result_get (result, 4, 1)->unrecovered, ==, 3261);
  g_assert_cmpint (mu_result_get (result, 4, 0)->unrecovered, ==, 1739);
  g_assert_cmpint (result->total_profit, ==, 5000);
}

static void
test_fair_price_depreciation (void)
{
  g_autoptr(MuScenario) scenario = harvester (MU_OWNERSHIP_TRANSFER);
  g_autoptr(MuResult) result = NULL;
  /* 125 × 0.9^t: 112.50, 101.25, 91.125 → 91.13, 82.0125 → 82.01 */
  const MuMoney prices[] = { 11250, 10125, 9113, 8201 };

  scenario->financing.unit_price = MU_UNIT_PRICE_FAIR;
  scenario->financing.depreciation = 100000;  /* 10 % a quarter */
  result = run_engine (scenario);

  for (guint t = 1; t <= 4; t++)
    {
      g_assert_cmpint (result->periods[t - 1].units, ==, 12500);
      g_assert_cmpint (result->periods[t - 1].buyout, ==, prices[t - 1]);
      g_assert_cmpint (mu_result_get (result, t, 0)->paid, ==, prices[t - 1]);
    }
  g_assert_cmpint (result->total_buyout, ==, 11250 + 10125 + 9113 + 8201);
  /* Ownership moves by the units, not by the price paid for them. */
  g_assert_cmpint (mu_result_get (result, 4, 0)->stake_end, ==, 70000);
}

static void
test_fair_price_appreciation (void)
{
  g_autoptr(MuScenario) scenario = harvester (MU_OWNERSHIP_TRANSFER);
  g_autoptr(MuResult) result = NULL;

  scenario->financing.unit_price = MU_UNIT_PRICE_FAIR;
  scenario->financing.depreciation = -50000;  /* grows 5 % a quarter */
  result = run_engine (scenario);

  /* 125 × 1.05 = 131.25; × 1.1025 = 137.8125 → 137.81 */
  g_assert_cmpint (result->periods[0].buyout, ==, 13125);
  g_assert_cmpint (result->periods[1].buyout, ==, 13781);
}

static void
test_rent (void)
{
  g_autoptr(MuScenario) scenario = harvester (MU_OWNERSHIP_TRANSFER);
  g_autoptr(MuResult) result = NULL;
  const MuMoney rent[] = { 1000, 750, 500, 250 };

  scenario->financing.rent = 20000;  /* 2 % of the bank's stake a quarter */
  result = run_engine (scenario);

  for (guint t = 1; t <= 4; t++)
    {
      g_assert_cmpint (result->periods[t - 1].rent, ==, rent[t - 1]);
      g_assert_cmpint (mu_result_get (result, t, 0)->paid, ==, 12500 + rent[t - 1]);
      g_assert_cmpint (mu_result_get (result, t, 1)->paid,
                       ==, mu_result_get (result, t, 1)->profit + 12500 + rent[t - 1]);
    }
  g_assert_cmpint (result->total_rent, ==, 2500);
}

static void
test_installments_every_two (void)
{
  g_autoptr(MuScenario) scenario = harvester (MU_OWNERSHIP_TRANSFER);
  g_autoptr(MuResult) result = NULL;

  scenario->financing.every = 2;
  scenario->periods = 10;
  result = run_engine (scenario);

  for (guint t = 1; t <= 10; t++)
    {
      gboolean buyout = t % 2 == 0 && t <= 8;

      g_assert_cmpint (result->periods[t - 1].units, ==, buyout ? 12500 : 0);
    }
  g_assert_cmpuint (result->last_buyout, ==, 8);
  /* After the last installment the bank has left: no stake, no profit. */
  g_assert_cmpint (mu_result_get (result, 9, 1)->stake, ==, 0);
  g_assert_cmpint (mu_result_get (result, 9, 1)->profit, ==, 0);
  g_assert_cmpint (mu_result_get (result, 9, 0)->profit, ==, 10000);
  assert_percent (mu_result_ownership_percent (result, 9, 0), 100.0);
}

static void
test_several_buyers (void)
{
  g_autoptr(MuScenario) scenario = harvester (MU_OWNERSHIP_TRANSFER);
  g_autoptr(MuResult) result = NULL;
  MuPartner *son = mu_partner_new ("son", "Son", MU_PARTNER_OWNER);

  /* Company 200 and son 600 buy the bank's 500 in proportion 1 : 3. */
  mu_partner_add_cash (son, 60000);
  g_ptr_array_add (scenario->partners, son);
  g_ptr_array_add (scenario->financing.buyer_ids, g_strdup ("son"));
  result = run_engine (scenario);

  g_assert_cmpint (mu_result_get (result, 1, 0)->stake_end, ==, 20000 + 3125);
  g_assert_cmpint (mu_result_get (result, 1, 2)->stake_end, ==, 60000 + 9375);
  g_assert_cmpint (mu_result_get (result, 1, 0)->paid, ==, 3125);
  g_assert_cmpint (mu_result_get (result, 1, 2)->paid, ==, 9375);
  g_assert_cmpint (mu_result_get (result, 4, 0)->stake_end + mu_result_get (result, 4, 2)->stake_end, ==, 130000);
}

/* Two equal buyers of 500.00 in three installments: the odd kopecks take
 * turns, and each ends with exactly half. */
static void
test_buyers_share_odd_kopecks (void)
{
  g_autoptr(MuScenario) scenario = harvester (MU_OWNERSHIP_TRANSFER);
  g_autoptr(MuResult) result = NULL;
  MuPartner *brother = mu_partner_new ("brother", "Brother", MU_PARTNER_OWNER);

  mu_partner_add_cash (brother, 20000);
  g_ptr_array_add (scenario->partners, brother);
  g_ptr_array_add (scenario->financing.buyer_ids, g_strdup ("brother"));
  scenario->financing.installments = 3;
  result = run_engine (scenario);

  g_assert_cmpint (result->partner_paid[0], ==, 25000);
  g_assert_cmpint (result->partner_paid[2], ==, 25000);
  g_assert_cmpint (mu_result_get (result, 3, 0)->stake_end, ==, 20000 + 25000);
  g_assert_cmpint (mu_result_get (result, 3, 2)->stake_end, ==, 20000 + 25000);
}

static void
test_growth (void)
{
  g_autoptr(MuScenario) scenario = harvester (MU_OWNERSHIP_TRANSFER);
  g_autoptr(MuResult) result = NULL;
  const MuMoney profit[] = { 10000, 11000, 12100, 13310 };

  scenario->profit.growth = 100000;  /* 10 % a quarter */
  result = run_engine (scenario);

  for (guint t = 1; t <= 4; t++)
    g_assert_cmpint (result->periods[t - 1].profit, ==, profit[t - 1]);
}

static void
test_installments_uneven (void)
{
  g_autoptr(MuScenario) scenario = harvester (MU_OWNERSHIP_TRANSFER);
  g_autoptr(MuResult) result = NULL;

  /* 500.00 in 3 installments: 166.67, 166.67, 166.66 — the first ones
   * take the kopecks that do not divide, and the bank ends at zero. */
  scenario->financing.installments = 3;
  result = run_engine (scenario);

  g_assert_cmpint (result->periods[0].units, ==, 16667);
  g_assert_cmpint (result->periods[1].units, ==, 16667);
  g_assert_cmpint (result->periods[2].units, ==, 16666);
  g_assert_cmpint (mu_result_get (result, 3, 1)->stake_end, ==, 0);
}

static void
test_currencies (void)
{
  g_autoptr(MuScenario) yen = harvester (MU_OWNERSHIP_TRANSFER);
  g_autoptr(MuScenario) dinar = harvester (MU_OWNERSHIP_TRANSFER);
  g_autoptr(MuResult) result = NULL;
  g_autofree char *json = NULL;

  /* ¥700, bank ¥500 in 3 installments: 167, 167, 166. Profit ¥100. */
  strcpy (yen->currency, "JPY");
  g_array_index (mu_scenario_get_partner (yen, 0)->contributions, MuContribution, 0).amount = 200;
  g_array_index (mu_scenario_get_partner (yen, 1)->contributions, MuContribution, 0).amount = 500;
  yen->financing.installments = 3;
  yen->profit.per_period = 100;
  result = run_engine (yen);
  g_assert_cmpint (result->periods[0].units, ==, 167);
  g_assert_cmpint (result->periods[2].units, ==, 166);
  g_assert_cmpint (mu_result_get (result, 1, 1)->profit, ==, 71);
  g_assert_cmpint (mu_result_get (result, 1, 0)->profit, ==, 29);
  json = mu_exchange_write_data (yen);
  g_assert_nonnull (strstr (json, "\"amount\" : \"500\""));
  g_clear_pointer (&result, mu_result_free);
  g_clear_pointer (&json, g_free);

  /* KWD has three digits: 100.000 by 5 : 2 → 71.429 and 28.571. */
  strcpy (dinar->currency, "KWD");
  g_array_index (mu_scenario_get_partner (dinar, 0)->contributions, MuContribution, 0).amount = 200000;
  g_array_index (mu_scenario_get_partner (dinar, 1)->contributions, MuContribution, 0).amount = 500000;
  dinar->profit.per_period = 100000;
  result = run_engine (dinar);
  g_assert_cmpint (mu_result_get (result, 1, 1)->profit, ==, 71429);
  g_assert_cmpint (mu_result_get (result, 1, 0)->profit, ==, 28571);
  json = mu_exchange_write_data (dinar);
  g_assert_nonnull (strstr (json, "\"amount\" : \"500.000\""));
}

static void
test_period_dates (void)
{
  g_autoptr(MuScenario) scenario = harvester (MU_OWNERSHIP_TRANSFER);
  GDate start, end;

  scenario->period = MU_PERIOD_MONTH;
  g_date_set_dmy (&scenario->start, 31, G_DATE_JANUARY, 2026);
  mu_scenario_period_dates (scenario, 1, &start, &end);
  g_assert_cmpint (g_date_get_day (&end), ==, 27);
  g_assert_cmpint (g_date_get_month (&end), ==, G_DATE_FEBRUARY);
  mu_scenario_period_dates (scenario, 3, &start, &end);
  g_assert_cmpint (g_date_get_day (&start), ==, 31);
  g_assert_cmpint (g_date_get_month (&start), ==, G_DATE_MARCH);

  scenario->period = MU_PERIOD_HALF_YEAR;
  g_date_set_dmy (&scenario->start, 1, G_DATE_JANUARY, 2026);
  mu_scenario_period_dates (scenario, 2, &start, &end);
  g_assert_cmpint (g_date_get_month (&start), ==, G_DATE_JULY);
  g_assert_cmpint (g_date_get_day (&end), ==, 31);
  g_assert_cmpint (g_date_get_month (&end), ==, G_DATE_DECEMBER);
}

static void
test_overflow_is_error (void)
{
  g_autoptr(MuScenario) scenario = harvester (MU_OWNERSHIP_TRANSFER);
  g_autoptr(MuScenario) growing = harvester (MU_OWNERSHIP_TRANSFER);
  g_autoptr(GError) error = NULL;
  MuResult *result;

  /* Two stakes that together do not fit in 64 bits. */
  g_array_index (mu_scenario_get_partner (scenario, 0)->contributions, MuContribution, 0).amount = G_MAXINT64 / 2 + 1;
  g_array_index (mu_scenario_get_partner (scenario, 1)->contributions, MuContribution, 0).amount = G_MAXINT64 / 2 + 1;
  result = mu_engine_run (scenario, &error);
  g_assert_null (result);
  g_assert_error (error, MU_CORE_ERROR, MU_CORE_ERROR_OVERFLOW);
  g_clear_error (&error);

  /* Profit doubling every period, within the hundred years validation
   * allows: it leaves 64 bits long before the last period. */
  growing->periods = mu_period_length_max_periods (growing->period);
  growing->profit.growth = MU_PERCENT_100;
  g_assert_true (mu_scenario_validate (growing, NULL));
  result = mu_engine_run (growing, &error);
  g_assert_null (result);
  g_assert_error (error, MU_CORE_ERROR, MU_CORE_ERROR_OVERFLOW);
}

/* Validation allows what the reader allows: a hundred years of periods
 * of the scenario's length, not 1200 periods of any length. */
static void
test_periods_limit (void)
{
  g_autoptr(MuScenario) scenario = harvester (MU_OWNERSHIP_TRANSFER);
  g_autoptr(GError) error = NULL;

  scenario->period = MU_PERIOD_QUARTER;
  scenario->periods = 400;
  g_assert_true (mu_scenario_validate (scenario, NULL));
  scenario->periods = 401;
  g_assert_false (mu_scenario_validate (scenario, &error));
  g_assert_error (error, MU_CORE_ERROR, MU_CORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "periods: the number of periods must be between 1 and 400, 100 years of periods of this length");
  g_clear_error (&error);

  scenario->period = MU_PERIOD_YEAR;
  scenario->periods = 101;
  g_assert_false (mu_scenario_validate (scenario, &error));
  g_assert_nonnull (strstr (error->message, "between 1 and 100,"));
  g_clear_error (&error);

  scenario->period = MU_PERIOD_MONTH;
  scenario->periods = MU_MAX_PERIODS;
  g_assert_true (mu_scenario_validate (scenario, NULL));
}

static void
test_invalid_scenario (void)
{
  g_autoptr(MuScenario) scenario = harvester (MU_OWNERSHIP_TRANSFER);
  g_autoptr(GError) error = NULL;

  g_free (scenario->financing.bank_id);
  scenario->financing.bank_id = g_strdup ("nobody");
  g_assert_null (mu_engine_run (scenario, &error));
  g_assert_error (error, MU_CORE_ERROR, MU_CORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "financing.bank"));
}

/* A random scenario: 1–8 partners, random capital, agreed shares on some,
 * workers now and then, a diminishing financing on most, profit that is
 * sometimes a loss. */
static MuScenario *
random_scenario (GRand *rand)
{
  MuScenario *scenario = mu_scenario_new ();
  guint n = g_rand_int_range (rand, 2, 9);
  gint64 agreed = 0;

  g_free (scenario->name);
  scenario->name = g_strdup ("random");
  scenario->period = g_rand_int_range (rand, 0, 4);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);
      MuPartner *partner = mu_partner_new (id, id, i == 0 ? MU_PARTNER_BANK : MU_PARTNER_OWNER);

      /* Now and then a worker: work and no capital, for an agreed share. */
      if (i > 1 && g_rand_int_range (rand, 0, 6) == 0 && agreed < MU_PERCENT_100)
        {
          partner->kind = MU_PARTNER_WORKER;
          partner->has_profit_share = TRUE;
          partner->profit_share = g_rand_int_range (rand, 1, MU_PERCENT_100 - agreed + 1);
          agreed += partner->profit_share;
          g_ptr_array_add (scenario->partners, partner);
          continue;
        }
      mu_partner_add_cash (partner, g_rand_int_range (rand, i == 0 ? 1 : 0, 100000000));
      if (g_rand_int_range (rand, 0, 4) == 0)
        mu_partner_add_asset (partner, "goods", g_rand_int_range (rand, 0, 1000000), TRUE);
      if (g_rand_int_range (rand, 0, 3) == 0 && agreed < MU_PERCENT_100)
        {
          partner->has_profit_share = TRUE;
          partner->profit_share = g_rand_int_range (rand, 0, MU_PERCENT_100 - agreed + 1);
          agreed += partner->profit_share;
        }
      g_ptr_array_add (scenario->partners, partner);
    }

  if (g_rand_int_range (rand, 0, 5) > 0)
    {
      MuFinancing *f = &scenario->financing;
      guint buyers = g_rand_int_range (rand, 1, n);

      f->enabled = TRUE;
      f->bank_id = g_strdup ("p0");
      for (guint i = 1; i <= buyers; i++)
        g_ptr_array_add (f->buyer_ids, g_strdup_printf ("p%u", i));
      f->installments = g_rand_int_range (rand, 1, 25);
      f->every = g_rand_int_range (rand, 1, 4);
      f->mode = g_rand_boolean (rand) ? MU_OWNERSHIP_TRANSFER : MU_OWNERSHIP_REDEMPTION;
      f->unit_price = g_rand_boolean (rand) ? MU_UNIT_PRICE_NOMINAL : MU_UNIT_PRICE_FAIR;
      f->depreciation = g_rand_int_range (rand, -50000, 200000);
      f->rent = g_rand_int_range (rand, 0, 3) == 0 ? g_rand_int_range (rand, 0, 50000) : 0;
      scenario->periods = f->installments * f->every + g_rand_int_range (rand, 0, 4);
      /* The second revision's plans, costs and early buyouts. */
      if (f->unit_price == MU_UNIT_PRICE_NOMINAL && g_rand_int_range (rand, 0, 3) == 0)
        {
          f->plan = g_rand_boolean (rand) ? MU_PAYMENT_PLAN_LEVEL : MU_PAYMENT_PLAN_STEP_UP;
          f->step = f->plan == MU_PAYMENT_PLAN_STEP_UP ? g_rand_int_range (rand, 0, 100000) : 0;
        }
      f->rent_annual = g_rand_int_range (rand, 0, 4) == 0;
      if (g_rand_int_range (rand, 0, 4) == 0)
        f->costs = g_rand_int_range (rand, 0, 1000000);
      if (g_rand_int_range (rand, 0, 6) == 0)
        f->early_buyout = g_rand_int_range (rand, 1, f->installments * f->every + 1);
      /* Redemption must leave someone holding capital. */
      if (f->mode == MU_OWNERSHIP_REDEMPTION)
        mu_partner_add_cash (mu_scenario_get_partner (scenario, 1), 1);
    }
  else
    scenario->periods = g_rand_int_range (rand, 1, 40);

  if (g_rand_boolean (rand))
    {
      scenario->profit.per_period = g_rand_int_range (rand, -10000000, 50000000);
      scenario->profit.growth = g_rand_int_range (rand, -30000, 30000);
    }
  else
    {
      scenario->profit.is_series = TRUE;
      for (guint t = 0; t < scenario->periods; t++)
        {
          MuMoney value = g_rand_int_range (rand, -20000000, 50000000);

          g_array_append_val (scenario->profit.series, value);
        }
    }
  return scenario;
}

static void
check_invariants (const MuScenario *scenario,
                  const MuResult   *result)
{
  for (guint t = 1; t <= result->n_periods; t++)
    {
      const MuPeriodResult *row = &result->periods[t - 1];
      __int128 profit_sum = 0;
      __int128 stake_sum = 0;
      double ownership_sum = 0;

      for (guint i = 0; i < result->n_partners; i++)
        {
          const MuPartnerPeriod *cell = &row->partners[i];

          g_assert_cmpint (cell->stake, >=, 0);
          g_assert_cmpint (cell->stake_end, >=, 0);
          g_assert_cmpint (cell->profit, >=, 0);
          /* What the bank receives is less its part of the costs, which a
           * period without receipts leaves below zero; nothing else is. */
          g_assert_cmpint (cell->paid, >=, -cell->costs);
          g_assert_cmpint (cell->loss, >=, 0);
          g_assert_cmpint (cell->restored, >=, 0);
          g_assert_cmpint (cell->unrecovered, >=, 0);
          profit_sum += mu_partner_period_result (cell);
          stake_sum += cell->stake;
          ownership_sum += mu_result_ownership_percent (result, t, i);

          /* A loss is shared by capital: within one unit of the exact share,
           * unless the partner had less at risk. */
          if (row->profit < 0 && row->uncovered_loss == 0)
            {
              __int128 exact = (__int128) -row->profit * cell->stake / row->pool;
              __int128 diff = cell->loss - exact;

              g_assert_true (diff >= -1 && diff <= 1);
            }
        }
      /* Every kopeck of the period's result is someone's, or uncovered. */
      g_assert_cmpint (row->uncovered_loss, >=, 0);
      g_assert_true (profit_sum == (__int128) row->profit + row->uncovered_loss);
      g_assert_true (stake_sum == row->pool);
      g_assert_cmpfloat_with_epsilon (ownership_sum, 100.0, 1e-9);
    }

  if (scenario->financing.enabled)
    {
      const MuFinancing *f = &scenario->financing;
      guint last = f->installments * f->every;
      __int128 units = 0;

      /* Equal units end at the last installment; a step-up plan or an
       * early buyout may end before it. */
      if (f->plan == MU_PAYMENT_PLAN_EQUAL_UNITS && f->early_buyout == 0)
        g_assert_cmpuint (result->last_buyout, ==, last);
      else
        g_assert_cmpuint (result->last_buyout, <=, last);
      if (f->early_buyout > 0)
        g_assert_cmpuint (result->last_buyout, <=, f->early_buyout);
      g_assert_cmpint (mu_result_get (result, result->last_buyout, result->bank)->stake_end, ==, 0);
      if (result->last_buyout > 1)
        g_assert_cmpint (mu_result_get (result, result->last_buyout - 1, result->bank)->stake_end, >, 0);
      for (guint t = 1; t <= result->n_periods; t++)
        units += result->periods[t - 1].units;
      g_assert_true (units == mu_result_get (result, 1, result->bank)->stake);
    }
}

static void
test_property_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2014);

  for (guint i = 0; i < 10000; i++)
    {
      g_autoptr(MuScenario) scenario = random_scenario (rand);
      g_autoptr(GError) error = NULL;
      g_autoptr(MuResult) result = mu_engine_run (scenario, &error);

      g_assert_no_error (error);
      check_invariants (scenario, result);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/engine/case-a/bank-joins-company", test_case_a);
  g_test_add_func ("/engine/diminishing/redemption/article-figures", test_case_b_redemption);
  g_test_add_func ("/engine/result/shared-until-the-last-unref", test_result_shared);
  g_test_add_func ("/engine/diminishing/transfer/article-figures", test_case_c_transfer);
  g_test_add_func ("/engine/profit/agreed-share/case-d", test_case_d_agreed_share);
  g_test_add_func ("/engine/profit/loss-by-capital", test_loss_by_capital);
  g_test_add_func ("/engine/profit/growth", test_growth);
  g_test_add_func ("/engine/diminishing/fair-price/depreciation", test_fair_price_depreciation);
  g_test_add_func ("/engine/diminishing/fair-price/appreciation", test_fair_price_appreciation);
  g_test_add_func ("/engine/diminishing/rent", test_rent);
  g_test_add_func ("/engine/diminishing/every-two-periods", test_installments_every_two);
  g_test_add_func ("/engine/diminishing/several-buyers", test_several_buyers);
  g_test_add_func ("/engine/diminishing/uneven-installments", test_installments_uneven);
  g_test_add_func ("/engine/diminishing/buyers-share-odd-kopecks", test_buyers_share_odd_kopecks);
  g_test_add_func ("/engine/currencies/zero-and-three-digits", test_currencies);
  g_test_add_func ("/engine/period-dates", test_period_dates);
  g_test_add_func ("/engine/overflow-is-an-error", test_overflow_is_error);
  g_test_add_func ("/engine/invalid-scenario", test_invalid_scenario);
  g_test_add_func ("/engine/invalid/periods-limited-to-a-hundred-years", test_periods_limit);
  g_test_add_func ("/engine/property/10000-random-scenarios", test_property_random);

  return g_test_run ();
}
