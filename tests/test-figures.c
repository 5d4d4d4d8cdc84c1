/* test-figures.c — the key figures against the article's cases, a home
 * plan worked out in full and loans worked by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <math.h>

#include "mu-core-error.h"
#include "mu-exchange.h"
#include "mu-figures.h"
#include "test-util.h"

static MuFigures *
figures_of (const MuScenario *scenario)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MuResult) result = run_engine (scenario);
  MuFigures *figures = mu_figures_compute (scenario, result, &error);

  g_assert_no_error (error);
  g_assert_nonnull (figures);
  return figures;
}

static void
assert_date (const GDate *date,
             const char  *expected)
{
  char text[11] = "";

  g_assert_true (g_date_valid (date));
  mu_date_format_iso (date, text);
  g_assert_cmpstr (text, ==, expected);
}

/* A bank finances a home with @bank_share, the family puts in @own and
 * buys the bank's units every month, paying @rent of the bank's stake a
 * month; the home earns nothing. Amounts in kopecks. */
static MuScenario *
home_plan (MuMoney bank_share,
           MuMoney own,
           guint   months,
           gint64  rent)
{
  MuScenario *scenario = mu_scenario_new ();
  MuPartner *family = mu_partner_new ("family", "Family", MU_PARTNER_OWNER);
  MuPartner *bank = mu_partner_new ("bank", "Bank", MU_PARTNER_BANK);

  g_free (scenario->name);
  scenario->name = g_strdup ("Home");
  scenario->period = MU_PERIOD_MONTH;
  scenario->periods = months;
  mu_partner_add_cash (family, own);
  mu_partner_add_cash (bank, bank_share);
  g_ptr_array_add (scenario->partners, family);
  g_ptr_array_add (scenario->partners, bank);

  scenario->financing.enabled = TRUE;
  scenario->financing.bank_id = g_strdup ("bank");
  g_ptr_array_add (scenario->financing.buyer_ids, g_strdup ("family"));
  scenario->financing.installments = months;
  scenario->financing.rent = rent;
  return scenario;
}

/* ─── the article's cases ─────────────────────────────────────────────── */

/* Case C: the bank takes its part of the profit by capital — 71.43,
 * 53.57, 35.71, 17.86 — and 125 a quarter, 678.57 in all. Its flows
 * −500, 196.43, 178.57, 160.71, 142.86 earn 14.2856 % a quarter,
 * 1.142856^4 − 1 = 70.5949 % a year, the figure DESIGN.md shows. */
static void
test_case_c (void)
{
  g_autoptr(MuScenario) scenario = load_example ("case-c-diminishing-transfer.musharaka");
  g_autoptr(MuFigures) figures = figures_of (scenario);

  g_assert_true (figures->has_financing);
  g_assert_cmpint (figures->bank, ==, 1);
  g_assert_cmpstr (figures->bank_id, ==, "bank");
  g_assert_cmpuint (figures->buyer_ids->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (figures->buyer_ids, 0), ==, "company");
  g_assert_cmpint (figures->bank_capital, ==, 50000);
  g_assert_cmpint (figures->bank_received, ==, 67857);
  g_assert_cmpint (figures->bank_income, ==, 17857);
  g_assert_cmpint (figures->buyers_paid, ==, 50000);
  g_assert_cmpuint (figures->n_installments, ==, 4);
  g_assert_cmpint (figures->installment_usual, ==, 12500);
  g_assert_cmpint (figures->installment_largest, ==, 12500);
  g_assert_cmpint (figures->installment_first, ==, 12500);
  g_assert_cmpint (figures->installment_last, ==, 12500);
  g_assert_cmpint (figures->bank_profit, ==, 17857);
  g_assert_cmpint (figures->bank_rent, ==, 0);
  g_assert_cmpint (figures->bank_buyout, ==, 50000);
  g_assert_cmpint (figures->bank_costs, ==, 0);
  g_assert_cmpuint (figures->last_buyout, ==, 4);
  assert_date (&figures->owned_outright_from, "2027-01-01");
  g_assert_true (figures->has_bank_return);
  g_assert_cmpfloat_with_epsilon (figures->bank_return_percent, 70.5949, 0.00005);
  g_assert_false (figures->has_loan);
}

/* Case B: the pool shrinks, so the bank's part of the profit falls more
 * slowly — 71.43, 65.22, 55.56, 38.46 — 730.67 in all: 17.7118 % a
 * quarter, 91.9903 % a year. */
static void
test_case_b (void)
{
  g_autoptr(MuScenario) scenario = load_example ("case-b-diminishing-redemption.musharaka");
  g_autoptr(MuFigures) figures = figures_of (scenario);

  g_assert_cmpint (figures->bank_received, ==, 73067);
  g_assert_cmpint (figures->bank_income, ==, 23067);
  g_assert_cmpint (figures->buyers_paid, ==, 50000);
  g_assert_cmpint (figures->installment_usual, ==, 12500);
  assert_date (&figures->owned_outright_from, "2027-01-01");
  g_assert_cmpfloat_with_epsilon (figures->bank_return_percent, 91.9903, 0.00005);
}

/* Case B with 10.00 of ownership costs a quarter: the buyers still pay
 * the bank the 500.00 of units (their part of the costs apart); the bank
 * receives 730.67 less its part of the 40.00 of costs, by what it owned
 * each quarter — 500/700, 375/575, 250/450, 125/325 of 10.00: 7.14, 6.52,
 * 5.56, 3.85 — so 707.60. */
static void
test_case_b_costs (void)
{
  g_autoptr(MuScenario) scenario = load_example ("case-b-diminishing-redemption.musharaka");
  g_autoptr(MuFigures) figures = NULL;

  scenario->financing.costs = 1000;
  figures = figures_of (scenario);
  g_assert_cmpint (figures->buyers_paid, ==, 50000);
  g_assert_cmpint (figures->bank_received, ==, 73067 - 714 - 652 - 556 - 385);
  g_assert_cmpint (figures->bank_costs, ==, 714 + 652 + 556 + 385);
  g_assert_cmpint (figures->bank_profit + figures->bank_rent + figures->bank_buyout - figures->bank_costs, ==,
                   figures->bank_received);
}

/* Case C with the loan of DESIGN.md's example, 18 % a year: 4.5 % a
 * quarter on 500 over four quarters, 500 × 0.045 / (1 − 1.045^−4) =
 * 139.3871… → 139.37. Balance and interest: 500.00 22.50, 383.13 17.24,
 * 261.00 11.75 (11.745 half away from zero), 133.38 6.00: the last
 * payment 133.38 + 6.00 = 139.38, the total 3 × 139.37 + 139.38 =
 * 557.49, of which 57.49 interest. */
static void
test_case_c_loan (void)
{
  g_autoptr(MuScenario) scenario = load_example ("case-c-diminishing-transfer.musharaka");
  g_autoptr(MuFigures) figures = NULL;

  scenario->financing.has_loan_rate = TRUE;
  scenario->financing.loan_rate = 180000;
  figures = figures_of (scenario);

  g_assert_true (figures->has_loan);
  g_assert_cmpint (figures->loan.annual_rate, ==, 180000);
  g_assert_cmpuint (figures->loan.periods, ==, 4);
  g_assert_cmpint (figures->loan.principal, ==, 50000);
  g_assert_cmpint (figures->loan.payment, ==, 13937);
  g_assert_cmpint (figures->loan.last_payment, ==, 13938);
  g_assert_cmpint (figures->loan.total_paid, ==, 55749);
  g_assert_cmpint (figures->loan.total_interest, ==, 5749);
}

/* Case A has a bank but no financing: nothing is bought, no figure. */
static void
test_case_a_no_financing (void)
{
  g_autoptr(MuScenario) scenario = load_example ("case-a-bank-joins-company.musharaka");
  g_autoptr(MuFigures) figures = figures_of (scenario);

  g_assert_false (figures->has_financing);
  g_assert_cmpint (figures->bank, ==, -1);
  g_assert_null (figures->bank_id);
  g_assert_cmpuint (figures->buyer_ids->len, ==, 0);
  g_assert_false (g_date_valid (&figures->owned_outright_from));
  g_assert_false (figures->has_bank_return);
  g_assert_false (figures->has_loan);
}

/* ─── a home plan ─────────────────────────────────────────────────────── */

/* The home plan: the bank puts in 160 000, the family buys it
 * out over 30 years a month at a time and pays 0.5 % a month on the
 * bank's stake. The family pays 160 000 + 0.005 × Σ stakes = 304 399.24
 * (the stakes fall by 444.45 for 160 months, then by 444.44, so the
 * rents, each rounded, are 144 399.24 and not the 144 400 of 160 000 ×
 * 0.005 × 180.5). The bank earns 0.5 % a month on its outstanding stake,
 * 1.005^12 − 1 = 6.1678 % a year.
 *
 * A 6 % annuity of the same 160 000 over the 360 months at 0.5 % a month
 * is 800 / (1 − 1.005^−360) = 959.280840… → 959.28; paid 359 times with
 * the interest of each month rounded, it leaves 960.16 for the last:
 * 345 341.68 in all. The 345 341.10 is 959.280840… × 360, the
 * annuity before rounding; the kopecks of 359 payments rounded down
 * and their interest make the 0.58 between the two. */
static void
test_home_plan (void)
{
  g_autoptr(MuScenario) scenario = home_plan (16000000, 4000000, 360, 5000);
  g_autoptr(MuFigures) figures = NULL;

  scenario->financing.has_loan_rate = TRUE;
  scenario->financing.loan_rate = 60000;
  figures = figures_of (scenario);

  g_assert_cmpint (figures->buyers_paid, ==, 30439924);
  g_assert_cmpint (figures->bank_received, ==, 30439924);
  g_assert_cmpint (figures->bank_income, ==, 14439924);
  g_assert_cmpuint (figures->n_installments, ==, 360);
  /* 444.45 and the first month's rent of 800.00; every month less. */
  g_assert_cmpint (figures->installment_largest, ==, 124445);
  g_assert_cmpint (figures->installment_usual, ==, 124445);
  assert_date (&figures->owned_outright_from, "2056-01-01");
  g_assert_true (figures->has_bank_return);
  g_assert_cmpfloat_with_epsilon (figures->bank_return_percent, 6.1678, 0.00005);

  g_assert_cmpuint (figures->loan.periods, ==, 360);
  g_assert_cmpint (figures->loan.payment, ==, 95928);
  g_assert_cmpint (figures->loan.last_payment, ==, 96016);
  g_assert_cmpint (figures->loan.total_paid, ==, 34534168);
  g_assert_cmpint (figures->loan.total_interest, ==, 18534168);
  g_assert_cmpint (llabs (figures->loan.total_paid - 34534110), <, 100);
}

/* 1000.01 in four: the first unit takes the odd kopeck. */
static void
test_usual_installment_most_often (void)
{
  g_autoptr(MuScenario) scenario = home_plan (100001, 0, 4, 0);
  g_autoptr(MuFigures) figures = figures_of (scenario);

  g_assert_cmpint (figures->installment_usual, ==, 25000);
  g_assert_cmpint (figures->installment_largest, ==, 25001);
}

/* 1000.02 in four: 250.01 twice, 250.00 twice; the first paid wins. */
static void
test_usual_installment_tie_earlier (void)
{
  g_autoptr(MuScenario) scenario = home_plan (100002, 0, 4, 0);
  g_autoptr(MuFigures) figures = figures_of (scenario);

  g_assert_cmpint (figures->installment_usual, ==, 25001);
  g_assert_cmpint (figures->installment_largest, ==, 25001);
}

/* Installments every other month, 1 % rent each month: the months of
 * rent alone are not installments. 500 in two: 250 + 5.00 rent after
 * month 2, 250 + 2.50 after month 4. */
static void
test_rent_only_periods_not_installments (void)
{
  g_autoptr(MuScenario) scenario = home_plan (50000, 0, 4, 10000);
  g_autoptr(MuFigures) figures = NULL;

  scenario->financing.installments = 2;
  scenario->financing.every = 2;
  figures = figures_of (scenario);

  g_assert_cmpuint (figures->n_installments, ==, 2);
  g_assert_cmpint (figures->installment_largest, ==, 25500);
  g_assert_cmpint (figures->installment_usual, ==, 25500);
  g_assert_cmpint (figures->installment_first, ==, 25500);
  g_assert_cmpint (figures->installment_last, ==, 25250);
  /* Rent 5.00, 5.00, 2.50, 2.50 and the 500. */
  g_assert_cmpint (figures->buyers_paid, ==, 51500);
  g_assert_cmpint (figures->bank_rent, ==, 1500);
  g_assert_cmpint (figures->bank_buyout, ==, 50000);
  g_assert_cmpuint (figures->last_buyout, ==, 4);
  assert_date (&figures->owned_outright_from, "2026-05-01");
}

/* Three quarters of case C's four: the bank still holds 125 when the
 * projection ends, valued at its book value in the return. Its flows
 * −500, 196.43, 178.57, 160.71 + 125 earn 14.2854 % a quarter, 70.5938 %
 * a year: case C's rate but for the rounding of the last profit. */
static void
test_projection_ends_first (void)
{
  g_autoptr(MuScenario) scenario = load_example ("case-c-diminishing-transfer.musharaka");
  g_autoptr(MuFigures) figures = NULL;

  scenario->periods = 3;
  figures = figures_of (scenario);

  g_assert_cmpuint (figures->last_buyout, ==, 3);
  g_assert_false (g_date_valid (&figures->owned_outright_from));
  g_assert_cmpint (figures->bank_held_end, ==, 12500);
  g_assert_cmpint (figures->buyers_paid, ==, 37500);
  g_assert_true (figures->has_bank_return);
  g_assert_cmpfloat_with_epsilon (figures->bank_return_percent, 70.5938, 0.00005);
}

/* ─── loans by hand ───────────────────────────────────────────────────── */

/* 1 000.00 at 12 % a year, 1 % a month, over 12 months: 10 / (1 −
 * 1.01^−12) = 88.8488 → 88.85. Balance and interest, month by month:
 * 1000.00 10.00, 921.15 9.21, 841.51 8.42, 761.08 7.61, 679.84 6.80,
 * 597.79 5.98, 514.92 5.15, 431.22 4.31, 346.68 3.47, 261.30 2.61,
 * 175.06 1.75, 87.96 0.88: the last payment 87.96 + 0.88 = 88.84, the
 * total 11 × 88.85 + 88.84 = 1 066.19, of which 66.19 interest. */
static void
test_loan_by_hand (void)
{
  g_autoptr(GError) error = NULL;
  MuLoanFigures loan;

  g_assert_true (mu_figures_loan (100000, 120000, 12, 12, &loan, &error));
  g_assert_no_error (error);
  g_assert_cmpint (loan.payment, ==, 8885);
  g_assert_cmpint (loan.last_payment, ==, 8884);
  g_assert_cmpint (loan.total_paid, ==, 106619);
  g_assert_cmpint (loan.total_interest, ==, 6619);
  g_assert_cmpint (loan.principal, ==, 100000);
  g_assert_cmpuint (loan.periods, ==, 12);
}

/* At 0 % the principal in equal parts, the last taking the remainder. */
static void
test_loan_without_interest (void)
{
  g_autoptr(GError) error = NULL;
  MuLoanFigures loan;

  g_assert_true (mu_figures_loan (100000, 0, 12, 3, &loan, &error));
  g_assert_no_error (error);
  g_assert_cmpint (loan.payment, ==, 33333);
  g_assert_cmpint (loan.last_payment, ==, 33334);
  g_assert_cmpint (loan.total_paid, ==, 100000);
  g_assert_cmpint (loan.total_interest, ==, 0);
}

/* The buyout term is the loan's: 2 installments every 3 months are 6
 * monthly payments at 1 %. 1 000 × 0.01 / (1 − 1.01^−6) = 172.5484 →
 * 172.55; balance and interest 1000.00 10.00, 837.45 8.37, 673.27 6.73,
 * 507.45 5.07, 339.97 3.40, 170.82 1.71: the last 170.82 + 1.71 =
 * 172.53; 5 × 172.55 + 172.53 = 1 035.28. */
static void
test_loan_over_buyout_term (void)
{
  g_autoptr(MuScenario) scenario = home_plan (100000, 0, 6, 0);
  g_autoptr(MuFigures) figures = NULL;

  scenario->financing.installments = 2;
  scenario->financing.every = 3;
  scenario->financing.has_loan_rate = TRUE;
  scenario->financing.loan_rate = 120000;
  figures = figures_of (scenario);

  g_assert_cmpuint (figures->loan.periods, ==, 6);
  g_assert_cmpint (figures->loan.payment, ==, 17255);
  g_assert_cmpint (figures->loan.last_payment, ==, 17253);
  g_assert_cmpint (figures->loan.total_paid, ==, 103528);
}

/* 176 712.88 at 15.0057 % a year for 120 years: the annuity,
 * 26 517.006 0…, rounds up to 26 517.01, and the 0.4 kopeck over,
 * grown at 15 % for a century, repays the loan years early. The
 * payments after that are what is still owed — never more — and the
 * last is nothing. */
static void
test_loan_paid_off_early (void)
{
  g_autoptr(GError) error = NULL;
  MuLoanFigures loan;

  g_assert_true (mu_figures_loan (17671288, 150057, 1, 120, &loan, &error));
  g_assert_no_error (error);
  g_assert_cmpint (loan.payment, ==, 2651701);
  g_assert_cmpint (loan.last_payment, ==, 0);
  g_assert_cmpint (loan.total_paid, ==, 289792102);
  g_assert_cmpint (loan.total_paid, <, 120 * loan.payment);
}

/* A thousand million million roubles at 1000 % a year: 10^18 kopecks a
 * year for a hundred years, past 64 bits in all: an error that names
 * the key, never a wrapped amount. */
static void
test_loan_overflow_names_key (void)
{
  g_autoptr(MuScenario) scenario = home_plan (G_GINT64_CONSTANT (100000000000000000), 0, 100, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(MuResult) result = NULL;
  g_autoptr(MuFigures) figures = NULL;

  scenario->period = MU_PERIOD_YEAR;
  scenario->financing.has_loan_rate = TRUE;
  scenario->financing.loan_rate = MU_MAX_LOAN_RATE;
  result = mu_engine_run (scenario, &error);
  g_assert_no_error (error);

  figures = mu_figures_compute (scenario, result, &error);
  g_assert_null (figures);
  g_assert_error (error, MU_CORE_ERROR, MU_CORE_ERROR_OVERFLOW);
  g_assert_true (g_str_has_prefix (error->message, "financing.loan_rate: "));
}

static void
test_loan_rate_validated (void)
{
  g_autoptr(MuScenario) scenario = home_plan (100000, 0, 12, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *where = NULL;

  scenario->financing.has_loan_rate = TRUE;
  scenario->financing.loan_rate = MU_MAX_LOAN_RATE;
  g_assert_true (mu_scenario_check (scenario, &where, &error));
  g_assert_no_error (error);

  scenario->financing.loan_rate = MU_MAX_LOAN_RATE + 1;
  g_assert_false (mu_scenario_check (scenario, &where, &error));
  g_assert_error (error, MU_CORE_ERROR, MU_CORE_ERROR_INVALID);
  g_assert_cmpstr (where, ==, "financing.loan_rate");
}

/* ─── the internal rate ───────────────────────────────────────────────── */

static void
test_rate_simple (void)
{
  const long double once[] = { -100, 110 };
  const long double loss[] = { -100, 0, 81 };
  const long double even[] = { -100, 100 };
  long double rate;

  g_assert_true (mu_figures_internal_rate (once, G_N_ELEMENTS (once), &rate));
  g_assert_cmpfloat_with_epsilon ((double) rate, 0.1, 1e-10);
  /* 81 back after two periods of 100: −10 % a period. */
  g_assert_true (mu_figures_internal_rate (loss, G_N_ELEMENTS (loss), &rate));
  g_assert_cmpfloat_with_epsilon ((double) rate, -0.1, 1e-10);
  g_assert_true (mu_figures_internal_rate (even, G_N_ELEMENTS (even), &rate));
  g_assert_cmpfloat_with_epsilon ((double) rate, 0.0, 1e-10);
}

static void
test_rate_not_defined (void)
{
  const long double only_out[] = { -100, 0, 0 };
  const long double only_in[] = { 0, 50, 60 };
  /* 100 · x² − 250 · x + 160 < 0 nowhere: no rate balances these. */
  const long double no_root[] = { 100, -250, 160 };
  long double rate = 42;

  g_assert_false (mu_figures_internal_rate (only_out, G_N_ELEMENTS (only_out), &rate));
  g_assert_false (mu_figures_internal_rate (only_in, G_N_ELEMENTS (only_in), &rate));
  g_assert_false (mu_figures_internal_rate (no_root, G_N_ELEMENTS (no_root), &rate));
  g_assert_true (rate == 42);
}

/* ─── properties ──────────────────────────────────────────────────────── */

static void
check_invariants (const MuScenario *scenario,
                  const MuResult   *result,
                  const MuFigures  *figures)
{
  const MuLoanFigures *loan = &figures->loan;
  guint due = MIN (scenario->financing.installments, scenario->periods / scenario->financing.every);

  g_assert_cmpint (figures->buyers_paid, ==, result->total_buyout + result->total_rent);
  g_assert_cmpint (figures->bank_received, ==, result->partner_paid[figures->bank]);
  g_assert_cmpuint (figures->n_installments, ==, due);
  g_assert_cmpint (figures->installment_usual, <=, figures->installment_largest);
  g_assert_true (g_date_valid (&figures->owned_outright_from) == (due == scenario->financing.installments));
  g_assert_true (figures->has_bank_return);
  g_assert_cmpfloat (figures->bank_return_percent, >, -100.0);

  g_assert_true (figures->has_loan);
  g_assert_cmpint (loan->total_paid - loan->total_interest, ==, loan->principal);
  g_assert_cmpint (loan->total_interest, >=, 0);
  /* A payment rounded up, over a century at 15 %, repays the loan early:
   * the payments left are what is still owed, and the last nothing. */
  if (loan->last_payment > 0)
    g_assert_cmpint (loan->total_paid, ==, loan->payment * (MuMoney) (loan->periods - 1) + loan->last_payment);
  else
    g_assert_cmpint (loan->total_paid, <, loan->payment * (MuMoney) loan->periods);
}

static void
test_property_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2014);

  for (guint i = 0; i < 2000; i++)
    {
      g_autoptr(MuScenario) scenario = home_plan (g_rand_int_range (rand, 1000, 100000000), g_rand_int_range (rand, 0, 1000000),
                                                  g_rand_int_range (rand, 1, 121), g_rand_int_range (rand, 0, 30000));
      g_autoptr(MuFigures) figures = NULL;
      g_autoptr(MuResult) result = NULL;
      g_autoptr(GError) error = NULL;

      scenario->period = g_rand_int_range (rand, MU_PERIOD_MONTH, MU_PERIOD_YEAR + 1);
      scenario->periods = MIN (scenario->periods, mu_period_length_max_periods (scenario->period));
      scenario->financing.every = g_rand_int_range (rand, 1, 4);
      scenario->financing.installments = g_rand_int_range (rand, 1, scenario->periods + 1);
      scenario->financing.mode = g_rand_boolean (rand) ? MU_OWNERSHIP_TRANSFER : MU_OWNERSHIP_REDEMPTION;
      scenario->financing.has_loan_rate = TRUE;
      scenario->financing.loan_rate = g_rand_int_range (rand, 0, 400000);
      scenario->profit.per_period = g_rand_int_range (rand, -100000, 1000000);
      result = mu_engine_run (scenario, &error);
      g_assert_no_error (error);
      figures = mu_figures_compute (scenario, result, &error);
      g_assert_no_error (error);
      check_invariants (scenario, result, figures);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/figures/case-c/bank-receives-678.57-returns-70.5949-percent", test_case_c);
  g_test_add_func ("/figures/case-b/bank-receives-730.67-returns-91.9903-percent", test_case_b);
  g_test_add_func ("/figures/case-b/costs-apart-from-what-buyers-pay", test_case_b_costs);
  g_test_add_func ("/figures/case-c/loan-at-18-percent-totals-557.49", test_case_c_loan);
  g_test_add_func ("/figures/case-a/no-financing-no-figures", test_case_a_no_financing);
  g_test_add_func ("/figures/home-plan/30-years-at-half-percent-a-month", test_home_plan);
  g_test_add_func ("/figures/installments/usual-is-paid-most-often", test_usual_installment_most_often);
  g_test_add_func ("/figures/installments/usual-tie-goes-to-the-earlier", test_usual_installment_tie_earlier);
  g_test_add_func ("/figures/installments/rent-alone-is-no-installment", test_rent_only_periods_not_installments);
  g_test_add_func ("/figures/owned-outright/projection-ends-first", test_projection_ends_first);
  g_test_add_func ("/figures/loan/1000-at-12-percent-by-hand", test_loan_by_hand);
  g_test_add_func ("/figures/loan/without-interest", test_loan_without_interest);
  g_test_add_func ("/figures/loan/over-the-buyout-term", test_loan_over_buyout_term);
  g_test_add_func ("/figures/loan/rounded-up-payment-never-pays-more-than-owed", test_loan_paid_off_early);
  g_test_add_func ("/figures/loan/overflow-names-key", test_loan_overflow_names_key);
  g_test_add_func ("/figures/loan/rate-up-to-1000-percent", test_loan_rate_validated);
  g_test_add_func ("/figures/rate/simple-flows", test_rate_simple);
  g_test_add_func ("/figures/rate/not-defined-without-root", test_rate_not_defined);
  g_test_add_func ("/figures/property/2000-random-deals", test_property_random);

  return g_test_run ();
}
