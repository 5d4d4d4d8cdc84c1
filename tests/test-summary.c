/* test-summary.c — the words of what a deal costs, as the window shows
 * them above the charts and the report prints them on its first page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <locale.h>
#include <string.h>

#include "mu-summary.h"
#include "test-util.h"

static GPtrArray *
lines_of (const MuScenario *scenario)
{
  g_autoptr(MuResult) result = run_engine (scenario);
  g_autoptr(GError) error = NULL;
  g_autoptr(MuFigures) figures = mu_figures_compute (scenario, result, &error);

  g_assert_no_error (error);
  return mu_summary_lines (scenario, figures);
}

static const char *
line_text (GPtrArray  *lines,
           guint       i,
           const char *title)
{
  const MuSummaryLine *line;

  g_assert_cmpuint (i, <, lines->len);
  line = g_ptr_array_index (lines, i);
  g_assert_cmpstr (line->title, ==, title);
  return line->text;
}

/* Case C: four installments of 125.00, owned from 1 January 2027; the bank
 * receives 678.57 — 178.57 of profit and its 500.00 of units — earning
 * 70.59 % a year. */
static void
test_case_c (void)
{
  g_autoptr(MuScenario) scenario = load_example ("case-c-diminishing-transfer.musharaka");
  g_autoptr(GPtrArray) lines = lines_of (scenario);

  g_assert_cmpuint (lines->len, ==, 3);
  g_assert_cmpstr (line_text (lines, 0, "The buyers pay the bank"), ==,
                   "125.00 RUB an installment, 4 installments, 500.00 RUB in all");
  g_assert_cmpstr (line_text (lines, 1, "The buyers own it all"), ==, "from 01/01/27");
  g_assert_cmpstr (line_text (lines, 2, "The bank receives"), ==,
                   "678.57 RUB in all (profit 178.57 RUB, its units 500.00 RUB), an effective return of 70.59 % a year");
}

/* DESIGN.md's loan for comparison: 18 % a year on case C's 500. */
static void
test_case_c_loan (void)
{
  g_autoptr(MuScenario) scenario = load_example ("case-c-diminishing-transfer.musharaka");
  g_autoptr(GPtrArray) lines = NULL;

  scenario->financing.has_loan_rate = TRUE;
  scenario->financing.loan_rate = 180000;
  lines = lines_of (scenario);
  g_assert_cmpuint (lines->len, ==, 4);
  g_assert_cmpstr (line_text (lines, 3, "A conventional loan, for comparison only"), ==,
                   "at 18 % a year: 139.37 RUB a payment, 557.49 RUB in all, of which 57.49 RUB interest — "
                   "interest is riba");

  scenario->financing.loan_rate = 45000;
  g_clear_pointer (&lines, g_ptr_array_unref);
  lines = lines_of (scenario);
  g_assert_true (g_str_has_prefix (line_text (lines, 3, "A conventional loan, for comparison only"), "at 4.5 % a year"));
}

/* Rent on what the bank still owns makes the installments fall: case C
 * with 2 % rent a quarter pays 135.00, 132.50, 130.00, 127.50. */
static void
test_falling_installments (void)
{
  g_autoptr(MuScenario) scenario = load_example ("case-c-diminishing-transfer.musharaka");
  g_autoptr(GPtrArray) lines = NULL;

  scenario->financing.rent = 20000;
  lines = lines_of (scenario);
  g_assert_cmpstr (line_text (lines, 0, "The buyers pay the bank"), ==,
                   "first 135.00 RUB, last 127.50 RUB; 4 installments, 525.00 RUB in all");
  g_assert_nonnull (strstr (line_text (lines, 2, "The bank receives"), ", rent 25.00 RUB, its units 500.00 RUB)"));
}

/* 500 in three: 166.67 twice and 166.66, said as first and last. */
static void
test_usual_apart (void)
{
  g_autoptr(MuScenario) scenario = load_example ("case-c-diminishing-transfer.musharaka");
  g_autoptr(GPtrArray) lines = NULL;
  const char *text;

  scenario->financing.installments = 3;
  lines = lines_of (scenario);
  text = line_text (lines, 0, "The buyers pay the bank");
  g_assert_cmpstr (text, ==, "first 166.67 RUB, last 166.66 RUB; 3 installments, 500.00 RUB in all");
}

/* The figures in the locale's digits: a decimal comma in Russian. */
static void
test_russian_digits (void)
{
  g_autoptr(MuScenario) scenario = load_example ("case-c-diminishing-transfer.musharaka");
  g_autoptr(GPtrArray) lines = NULL;

  if (setlocale (LC_ALL, "ru_RU.UTF-8") == NULL)
    {
      g_test_skip ("ru_RU.UTF-8 is not installed");
      return;
    }
  lines = lines_of (scenario);
  g_assert_nonnull (strstr (line_text (lines, 2, "The bank receives"), "678,57 RUB in all"));
  g_assert_nonnull (strstr (line_text (lines, 2, "The bank receives"), "70,59 % a year"));
  g_assert_cmpstr (line_text (lines, 1, "The buyers own it all"), ==, "from 01.01.2027");
  setlocale (LC_ALL, "C");
}

/* Without financing there is no deal to sum up. */
static void
test_no_financing (void)
{
  g_autoptr(MuScenario) scenario = load_example ("case-c-diminishing-transfer.musharaka");
  g_autoptr(GPtrArray) lines = NULL;

  scenario->financing.enabled = FALSE;
  lines = lines_of (scenario);
  g_assert_cmpuint (lines->len, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/summary/case-c/four-installments-of-125", test_case_c);
  g_test_add_func ("/summary/case-c/loan-for-comparison", test_case_c_loan);
  g_test_add_func ("/summary/rent/falling-first-and-last", test_falling_installments);
  g_test_add_func ("/summary/installments/500-in-three", test_usual_apart);
  g_test_add_func ("/summary/locale/russian-digits", test_russian_digits);
  g_test_add_func ("/summary/no-financing/no-lines", test_no_financing);
  return g_test_run ();
}
