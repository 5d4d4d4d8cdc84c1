/* test-scenario-edit.c — partners, cash, currency and periods edited in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include "mu-core-error.h"
#include "mu-scenario.h"

/* A company and a bank that sells its stake to the company, in roubles. */
static MuScenario *
financed (void)
{
  MuScenario *scenario = mu_scenario_new ();
  MuPartner *company = mu_partner_new ("company", "Company", MU_PARTNER_OWNER);
  MuPartner *bank = mu_partner_new ("bank", "Bank", MU_PARTNER_BANK);

  g_free (scenario->name);
  scenario->name = g_strdup ("Edits");
  mu_partner_add_cash (company, 20000);
  mu_partner_add_cash (bank, 50000);
  g_ptr_array_add (scenario->partners, company);
  g_ptr_array_add (scenario->partners, bank);
  scenario->financing.enabled = TRUE;
  scenario->financing.bank_id = g_strdup ("bank");
  g_ptr_array_add (scenario->financing.buyer_ids, g_strdup ("company"));
  scenario->profit.per_period = 10000;
  return scenario;
}

static const char *
partner_id (const MuScenario *scenario,
            guint             index)
{
  return mu_scenario_get_partner (scenario, index)->id;
}

static const MuContribution *
contribution (const MuPartner *partner,
              guint            index)
{
  return &g_array_index (partner->contributions, MuContribution, index);
}

static void
set_series (MuScenario    *scenario,
            const MuMoney *values,
            guint          n_values)
{
  scenario->profit.is_series = TRUE;
  g_array_set_size (scenario->profit.series, 0);
  g_array_append_vals (scenario->profit.series, values, n_values);
  scenario->periods = n_values;
}

static void
assert_series (const MuScenario *scenario,
               const MuMoney    *expected,
               guint             n_expected)
{
  g_assert_cmpuint (scenario->periods, ==, n_expected);
  g_assert_cmpmem (scenario->profit.series->data, scenario->profit.series->len * sizeof (MuMoney),
                   expected, n_expected * sizeof (MuMoney));
}

static void
test_add_partner_fresh_id (void)
{
  g_autoptr(MuScenario) scenario = financed ();
  MuPartner *added;

  /* Two partners: “partner-3” would be next, but it is taken. */
  g_free (mu_scenario_get_partner (scenario, 1)->id);
  mu_scenario_get_partner (scenario, 1)->id = g_strdup ("partner-3");
  added = mu_scenario_add_partner (scenario, "Investor", MU_PARTNER_INVESTOR);

  g_assert_cmpuint (scenario->partners->len, ==, 3);
  g_assert_true (mu_scenario_get_partner (scenario, 2) == added);
  g_assert_cmpstr (added->id, ==, "partner-4");
  g_assert_cmpstr (added->name, ==, "Investor");
  g_assert_cmpint (added->kind, ==, MU_PARTNER_INVESTOR);
  g_assert_true (added->manages);
  g_assert_false (added->has_profit_share);
  g_assert_cmpint (added->guarantee, ==, MU_GUARANTEE_NONE);
  g_assert_cmpuint (added->contributions->len, ==, 1);
  g_assert_cmpint (contribution (added, 0)->kind, ==, MU_CONTRIBUTION_CASH);
  g_assert_cmpint (contribution (added, 0)->amount, ==, 0);

  /* Three partners: “partner-4” is taken now as well. */
  added = mu_scenario_add_partner (scenario, "Owner", MU_PARTNER_OWNER);
  g_assert_cmpstr (added->id, ==, "partner-5");
  g_assert_cmpstr (partner_id (scenario, 3), ==, "partner-5");
  g_assert_cmpstr (partner_id (scenario, 0), ==, "company");
}

static void
test_remove_bank_switches_financing_off (void)
{
  g_autoptr(MuScenario) scenario = financed ();

  mu_scenario_remove_partner (scenario, 1);

  g_assert_cmpuint (scenario->partners->len, ==, 1);
  g_assert_cmpstr (partner_id (scenario, 0), ==, "company");
  g_assert_false (scenario->financing.enabled);
  g_assert_null (scenario->financing.bank_id);
  g_assert_cmpuint (scenario->financing.buyer_ids->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (scenario->financing.buyer_ids, 0), ==, "company");
}

static void
test_remove_last_buyer_switches_financing_off (void)
{
  g_autoptr(MuScenario) scenario = financed ();

  mu_scenario_remove_partner (scenario, 0);

  g_assert_cmpuint (scenario->partners->len, ==, 1);
  g_assert_cmpstr (partner_id (scenario, 0), ==, "bank");
  g_assert_false (scenario->financing.enabled);
  g_assert_cmpstr (scenario->financing.bank_id, ==, "bank");
  g_assert_cmpuint (scenario->financing.buyer_ids->len, ==, 0);
}

static void
test_remove_one_of_two_buyers (void)
{
  g_autoptr(MuScenario) scenario = financed ();
  MuPartner *other = mu_scenario_add_partner (scenario, "Other", MU_PARTNER_OWNER);

  g_ptr_array_add (scenario->financing.buyer_ids, g_strdup (other->id));
  mu_scenario_remove_partner (scenario, 0);

  g_assert_cmpuint (scenario->partners->len, ==, 2);
  g_assert_cmpstr (partner_id (scenario, 0), ==, "bank");
  g_assert_cmpstr (partner_id (scenario, 1), ==, "partner-3");
  g_assert_true (scenario->financing.enabled);
  g_assert_cmpstr (scenario->financing.bank_id, ==, "bank");
  g_assert_cmpuint (scenario->financing.buyer_ids->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (scenario->financing.buyer_ids, 0), ==, "partner-3");
}

static void
test_remove_never_the_last (void)
{
  g_autoptr(MuScenario) scenario = financed ();

  mu_scenario_remove_partner (scenario, 1);
  g_test_expect_message ("musharaka-core", G_LOG_LEVEL_CRITICAL, "*partners->len > 1*");
  mu_scenario_remove_partner (scenario, 0);
  g_test_assert_expected_messages ();

  g_assert_cmpuint (scenario->partners->len, ==, 1);
  g_assert_cmpstr (partner_id (scenario, 0), ==, "company");
}

static void
test_move_partner (void)
{
  g_autoptr(MuScenario) scenario = financed ();

  mu_scenario_add_partner (scenario, "Third", MU_PARTNER_OWNER);
  mu_scenario_add_partner (scenario, "Fourth", MU_PARTNER_OWNER);

  /* company, bank, partner-3, partner-4 */
  mu_scenario_move_partner (scenario, 0, 2);
  g_assert_cmpstr (partner_id (scenario, 0), ==, "bank");
  g_assert_cmpstr (partner_id (scenario, 1), ==, "partner-3");
  g_assert_cmpstr (partner_id (scenario, 2), ==, "company");
  g_assert_cmpstr (partner_id (scenario, 3), ==, "partner-4");

  mu_scenario_move_partner (scenario, 3, 0);
  g_assert_cmpstr (partner_id (scenario, 0), ==, "partner-4");
  g_assert_cmpstr (partner_id (scenario, 1), ==, "bank");
  g_assert_cmpstr (partner_id (scenario, 2), ==, "partner-3");
  g_assert_cmpstr (partner_id (scenario, 3), ==, "company");

  mu_scenario_move_partner (scenario, 1, 1);
  g_assert_cmpstr (partner_id (scenario, 1), ==, "bank");
  g_assert_cmpuint (scenario->partners->len, ==, 4);
}

static void
test_set_cash_merges_and_keeps_assets (void)
{
  g_autoptr(MuPartner) partner = mu_partner_new ("p", "Partner", MU_PARTNER_OWNER);

  mu_partner_add_cash (partner, 10000);
  mu_partner_add_asset (partner, "Truck", 50000, FALSE);
  mu_partner_add_cash (partner, 20000);
  mu_partner_add_asset (partner, "Shop", 70000, TRUE);
  g_assert_cmpint (mu_partner_get_cash (partner), ==, 30000);

  /* The same sum: the two cash amounts stay as they are. */
  g_assert_false (mu_partner_set_cash (partner, 30000));
  g_assert_cmpuint (partner->contributions->len, ==, 4);
  g_assert_cmpint (contribution (partner, 2)->amount, ==, 20000);

  g_assert_true (mu_partner_set_cash (partner, 100000));
  g_assert_cmpuint (partner->contributions->len, ==, 3);
  g_assert_cmpint (contribution (partner, 0)->kind, ==, MU_CONTRIBUTION_CASH);
  g_assert_cmpint (contribution (partner, 0)->amount, ==, 100000);
  g_assert_cmpstr (contribution (partner, 1)->name, ==, "Truck");
  g_assert_cmpint (contribution (partner, 1)->amount, ==, 50000);
  g_assert_false (contribution (partner, 1)->fungible);
  g_assert_cmpstr (contribution (partner, 2)->name, ==, "Shop");
  g_assert_cmpint (contribution (partner, 2)->amount, ==, 70000);
  g_assert_true (contribution (partner, 2)->fungible);
  g_assert_cmpint (mu_partner_get_cash (partner), ==, 100000);
}

static void
test_set_cash_inserted_before_assets (void)
{
  g_autoptr(MuPartner) partner = mu_partner_new ("p", "Partner", MU_PARTNER_OWNER);

  mu_partner_add_asset (partner, "Truck", 50000, FALSE);
  g_assert_cmpint (mu_partner_get_cash (partner), ==, 0);

  /* No cash is already a cash of 0. */
  g_assert_false (mu_partner_set_cash (partner, 0));
  g_assert_cmpuint (partner->contributions->len, ==, 1);

  g_assert_true (mu_partner_set_cash (partner, 25000));
  g_assert_cmpuint (partner->contributions->len, ==, 2);
  g_assert_cmpint (contribution (partner, 0)->kind, ==, MU_CONTRIBUTION_CASH);
  g_assert_null (contribution (partner, 0)->name);
  g_assert_cmpint (contribution (partner, 0)->amount, ==, 25000);
  g_assert_cmpstr (contribution (partner, 1)->name, ==, "Truck");
  g_assert_cmpint (contribution (partner, 1)->amount, ==, 50000);
}

static void
test_currency_rub_to_kwd (void)
{
  g_autoptr(MuScenario) scenario = financed ();
  g_autoptr(GError) error = NULL;
  const MuMoney series[] = { 10000, -2550, 0 };
  const MuMoney expected[] = { 100000, -25500, 0 };
  MuPartner *company = mu_scenario_get_partner (scenario, 0);
  MuPartner *bank = mu_scenario_get_partner (scenario, 1);

  /* 500.00 RUB of cash, a 700.00 asset, a guaranteed 12.34 a period, a
   * 5 % guarantee, a balance; and a series of 100.00, −25.50, 0. */
  g_array_index (bank->contributions, MuContribution, 0).amount = 50000;
  mu_partner_add_asset (company, "Truck", 70000, FALSE);
  company->guarantee = MU_GUARANTEE_AMOUNT;
  company->guarantee_value = 1234;
  bank->guarantee = MU_GUARANTEE_PERCENT_OF_CAPITAL;
  bank->guarantee_value = 50000;
  scenario->balance.enabled = TRUE;
  scenario->balance.total_assets = 900000;
  scenario->balance.cash = 100001;
  scenario->balance.receivables = 5;
  set_series (scenario, series, G_N_ELEMENTS (series));
  scenario->financing.costs = 1250;
  {
    const MuMoney valuations[] = { 70000, 65050 };

    g_array_append_vals (scenario->financing.valuations, valuations, 2);
  }

  g_assert_true (mu_scenario_set_currency (scenario, "KWD", &error));
  g_assert_no_error (error);
  /* The financing's amounts too: its costs and the values entered. */
  g_assert_cmpint (scenario->financing.costs, ==, 12500);
  g_assert_cmpint (g_array_index (scenario->financing.valuations, MuMoney, 1), ==, 650500);

  g_assert_cmpstr (scenario->currency, ==, "KWD");
  g_assert_cmpint (contribution (bank, 0)->amount, ==, 500000);
  g_assert_cmpint (contribution (company, 0)->amount, ==, 200000);
  g_assert_cmpint (contribution (company, 1)->amount, ==, 700000);
  g_assert_cmpint (company->guarantee_value, ==, 12340);
  g_assert_cmpint (bank->guarantee_value, ==, 50000);
  g_assert_cmpint (scenario->profit.per_period, ==, 100000);
  assert_series (scenario, expected, G_N_ELEMENTS (expected));
  g_assert_cmpint (scenario->balance.total_assets, ==, 9000000);
  g_assert_cmpint (scenario->balance.cash, ==, 1000010);
  g_assert_cmpint (scenario->balance.receivables, ==, 50);
}

static void
test_currency_kwd_to_jpy_whole_amounts (void)
{
  g_autoptr(MuScenario) scenario = financed ();
  g_autoptr(GError) error = NULL;

  strcpy (scenario->currency, "KWD");
  g_array_index (mu_scenario_get_partner (scenario, 0)->contributions, MuContribution, 0).amount = 500000;
  g_array_index (mu_scenario_get_partner (scenario, 1)->contributions, MuContribution, 0).amount = -3000;
  scenario->profit.per_period = 0;

  g_assert_true (mu_scenario_set_currency (scenario, "JPY", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (scenario->currency, ==, "JPY");
  g_assert_cmpint (contribution (mu_scenario_get_partner (scenario, 0), 0)->amount, ==, 500);
  g_assert_cmpint (contribution (mu_scenario_get_partner (scenario, 1), 0)->amount, ==, -3);
}

static void
test_currency_kwd_to_jpy_refused (void)
{
  g_autoptr(MuScenario) scenario = financed ();
  g_autoptr(MuScenario) before = NULL;
  g_autoptr(GError) error = NULL;
  const MuMoney series[] = { 100000, 2000, 500 };

  /* Everything is whole yen but the last figure of the series, 0.500. */
  strcpy (scenario->currency, "KWD");
  g_array_index (mu_scenario_get_partner (scenario, 0)->contributions, MuContribution, 0).amount = 500000;
  set_series (scenario, series, G_N_ELEMENTS (series));
  before = mu_scenario_copy (scenario);

  g_assert_false (mu_scenario_set_currency (scenario, "JPY", &error));
  g_assert_error (error, MU_CORE_ERROR, MU_CORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "profit.series[2]: the amount 0.500 has more decimals than JPY allows");
  g_assert_true (mu_scenario_equal (scenario, before));
  g_assert_cmpstr (scenario->currency, ==, "KWD");
  g_assert_cmpint (contribution (mu_scenario_get_partner (scenario, 0), 0)->amount, ==, 500000);
  g_assert_cmpint (scenario->profit.per_period, ==, 10000);
}

static void
test_currency_overflow_refused (void)
{
  g_autoptr(MuScenario) scenario = financed ();
  g_autoptr(MuScenario) before = NULL;
  g_autoptr(GError) error = NULL;

  /* The receivables, rescaled last, are past a tenth of the largest
   * amount; the contributions before them would fit. */
  scenario->balance.enabled = TRUE;
  scenario->balance.total_assets = G_MAXINT64 / 10;
  scenario->balance.receivables = G_MAXINT64 / 10 + 1;
  before = mu_scenario_copy (scenario);

  g_assert_false (mu_scenario_set_currency (scenario, "KWD", &error));
  g_assert_error (error, MU_CORE_ERROR, MU_CORE_ERROR_OVERFLOW);
  g_assert_cmpstr (error->message, ==,
                   "balance.receivables: the amount 9223372036854775.81 is too large to be kept exactly in KWD");
  g_assert_true (mu_scenario_equal (scenario, before));
  g_assert_cmpstr (scenario->currency, ==, "RUB");
  g_assert_cmpint (contribution (mu_scenario_get_partner (scenario, 0), 0)->amount, ==, 20000);
  g_assert_cmpint (scenario->balance.total_assets, ==, G_MAXINT64 / 10);
}

static void
test_currency_unknown_refused (void)
{
  g_autoptr(MuScenario) scenario = financed ();
  g_autoptr(MuScenario) before = mu_scenario_copy (scenario);
  g_autoptr(GError) error = NULL;

  g_assert_false (mu_scenario_set_currency (scenario, "kwd", &error));
  g_assert_error (error, MU_CORE_ERROR, MU_CORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "currency: “kwd” is not an ISO 4217 currency code");
  g_assert_true (mu_scenario_equal (scenario, before));
}

static void
test_periods_series_shrinks (void)
{
  g_autoptr(MuScenario) scenario = financed ();
  const MuMoney series[] = { 100, 200, 300, 400 };
  const MuMoney expected[] = { 100, 200 };

  set_series (scenario, series, G_N_ELEMENTS (series));
  mu_scenario_set_periods (scenario, 2);
  assert_series (scenario, expected, G_N_ELEMENTS (expected));
}

static void
test_periods_series_grows (void)
{
  g_autoptr(MuScenario) scenario = financed ();
  const MuMoney series[] = { 100, -200 };
  const MuMoney expected[] = { 100, -200, -200, -200, -200 };
  const MuMoney zeros[] = { 0, 0, 0 };

  set_series (scenario, series, G_N_ELEMENTS (series));
  mu_scenario_set_periods (scenario, 5);
  assert_series (scenario, expected, G_N_ELEMENTS (expected));

  /* An empty series grows with zeros. */
  g_array_set_size (scenario->profit.series, 0);
  mu_scenario_set_periods (scenario, 3);
  assert_series (scenario, zeros, G_N_ELEMENTS (zeros));
}

static void
test_periods_without_series (void)
{
  g_autoptr(MuScenario) scenario = financed ();

  mu_scenario_set_periods (scenario, 12);
  g_assert_cmpuint (scenario->periods, ==, 12);
  g_assert_cmpuint (scenario->profit.series->len, ==, 0);
  g_assert_cmpint (scenario->profit.per_period, ==, 10000);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scenario-edit/add-partner/fresh-id", test_add_partner_fresh_id);
  g_test_add_func ("/scenario-edit/remove-partner/bank-switches-financing-off",
                   test_remove_bank_switches_financing_off);
  g_test_add_func ("/scenario-edit/remove-partner/last-buyer-switches-financing-off",
                   test_remove_last_buyer_switches_financing_off);
  g_test_add_func ("/scenario-edit/remove-partner/one-of-two-buyers", test_remove_one_of_two_buyers);
  g_test_add_func ("/scenario-edit/remove-partner/never-the-last", test_remove_never_the_last);
  g_test_add_func ("/scenario-edit/move-partner", test_move_partner);
  g_test_add_func ("/scenario-edit/cash/merges-and-keeps-assets", test_set_cash_merges_and_keeps_assets);
  g_test_add_func ("/scenario-edit/cash/inserted-before-assets", test_set_cash_inserted_before_assets);
  g_test_add_func ("/scenario-edit/currency/rub-to-kwd", test_currency_rub_to_kwd);
  g_test_add_func ("/scenario-edit/currency/kwd-to-jpy/whole-amounts", test_currency_kwd_to_jpy_whole_amounts);
  g_test_add_func ("/scenario-edit/currency/kwd-to-jpy/refused", test_currency_kwd_to_jpy_refused);
  g_test_add_func ("/scenario-edit/currency/overflow-refused", test_currency_overflow_refused);
  g_test_add_func ("/scenario-edit/currency/unknown-refused", test_currency_unknown_refused);
  g_test_add_func ("/scenario-edit/periods/series-shrinks", test_periods_series_shrinks);
  g_test_add_func ("/scenario-edit/periods/series-grows", test_periods_series_grows);
  g_test_add_func ("/scenario-edit/periods/without-series", test_periods_without_series);

  return g_test_run ();
}
