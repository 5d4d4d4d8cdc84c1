/* test-cli-figures.c — musharaka-cli figures: the JSON DESIGN.md gives,
 * the text a reader sees, and the nulls of a scenario without financing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "cli-test-util.h"

#define CASE_A "case-a-bank-joins-company.musharaka"
#define CASE_C "case-c-diminishing-transfer.musharaka"

static const char * const figures_keys[] = {
  "name", "currency", "bank", "buyers", "bank_received", "buyers_paid", "installment_usual",
  "installment_largest", "owned_outright_from", "bank_return_percent", "loan", NULL
};

static void
assert_null (JsonObject *object,
             const char *key)
{
  if (!JSON_NODE_HOLDS_NULL (member (object, key)))
    g_error ("“%s” is not null", key);
}

/* Case C with @from, which it holds once, replaced by @to, in a file of
 * a temporary folder @dir. */
static char *
case_c_edited (const char *dir,
               const char *from,
               const char *to)
{
  g_autofree char *source = example (CASE_C);
  g_autofree char *text = NULL;
  g_autofree char *edited = NULL;
  char *path = g_build_filename (dir, "edited.musharaka", NULL);
  g_auto(GStrv) parts = NULL;

  g_assert_true (g_file_get_contents (source, &text, NULL, NULL));
  parts = g_strsplit (text, from, -1);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  edited = g_strjoinv (to, parts);
  g_assert_true (g_file_set_contents (path, edited, -1, NULL));
  return path;
}

static char *
case_c_with_loan (const char *dir,
                  const char *rate)
{
  g_autofree char *with_rate = g_strdup_printf ("\"rent\": \"0\", \"loan_rate\": \"%s\"", rate);

  return case_c_edited (dir, "\"rent\": \"0\"", with_rate);
}

static JsonNode *
figures_json (const char *path)
{
  g_auto(Run) run = cli ("figures", path, "--format", "json", NULL);
  JsonNode *root;

  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  root = parse_json (run.out);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  assert_keys (json_node_get_object (root), figures_keys);
  return root;
}

/* DESIGN.md's example: case C. */
static void
test_json_case_c (void)
{
  g_autofree char *path = example (CASE_C);
  g_autoptr(JsonNode) root = figures_json (path);
  JsonObject *object = json_node_get_object (root);
  JsonArray *buyers = member_array (object, "buyers");

  g_assert_cmpstr (member_string (object, "name"), ==, "Harvester (transfer)");
  g_assert_cmpstr (member_string (object, "currency"), ==, "RUB");
  g_assert_cmpstr (member_string (object, "bank"), ==, "bank");
  g_assert_cmpuint (json_array_get_length (buyers), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (buyers, 0), ==, "company");
  g_assert_cmpstr (member_string (object, "bank_received"), ==, "678.57");
  g_assert_cmpstr (member_string (object, "buyers_paid"), ==, "500.00");
  g_assert_cmpstr (member_string (object, "installment_usual"), ==, "125.00");
  g_assert_cmpstr (member_string (object, "installment_largest"), ==, "125.00");
  g_assert_cmpstr (member_string (object, "owned_outright_from"), ==, "2027-01-01");
  g_assert_cmpfloat (member_number (object, "bank_return_percent"), ==, 70.5949);
  assert_null (object, "loan");
}

/* 500 at 18 % a year, 4.5 % a quarter: 3 × 139.37 + 139.38. */
static void
test_json_loan (void)
{
  static const char * const loan_keys[] = {
    "annual_rate_percent", "payment", "total_paid", "total_interest", NULL
  };
  g_autofree char *dir = g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = case_c_with_loan (dir, "18");
  g_autoptr(JsonNode) root = figures_json (path);
  JsonObject *loan = member_object (json_node_get_object (root), "loan");

  assert_keys (loan, loan_keys);
  g_assert_cmpfloat (member_number (loan, "annual_rate_percent"), ==, 18.0);
  g_assert_cmpstr (member_string (loan, "payment"), ==, "139.37");
  g_assert_cmpstr (member_string (loan, "total_paid"), ==, "557.49");
  g_assert_cmpstr (member_string (loan, "total_interest"), ==, "57.49");

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Case A: a bank, but no financing; its keys are there, and null. */
static void
test_json_without_financing (void)
{
  static const char * const financing_keys[] = {
    "bank", "buyers", "bank_received", "buyers_paid", "installment_usual", "installment_largest",
    "owned_outright_from", "bank_return_percent", "loan", NULL
  };
  g_autofree char *path = example (CASE_A);
  g_autoptr(JsonNode) root = figures_json (path);
  JsonObject *object = json_node_get_object (root);

  g_assert_cmpstr (member_string (object, "name"), ==, "Bank joins the company");
  for (guint i = 0; financing_keys[i] != NULL; i++)
    assert_null (object, financing_keys[i]);
}

/* With a loan at 6.5 % a year, 1.625 % a quarter: 500 × 0.01625 /
 * (1 − 1.01625^−4) = 130.1212… → 130.12; interest 8.13, 6.14, 4.13,
 * 2.08 on 500.00, 378.01, 254.03, 128.04; the last 128.04 + 2.08. */
static void
test_text_case_c (void)
{
  static const char * const lines[] = {
    "Harvester (transfer) (RUB)",
    "Bank: Bank; buyers: Company",
    "The buyers pay the bank in all: 500.00",
    "The bank receives in all: 678.57",
    "An installment: usually 125.00, at most 125.00",
    "The buyers own everything from 2027-01-01",
    "The bank’s effective annual return: 70.59 %",
    "For comparison only, since interest is riba: a loan at 6.5 % a year, 4 payments of 130.12 "
    "(the last 130.12), 520.48 in all, of which 20.48 interest",
    NULL
  };
  g_autofree char *dir = g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = case_c_with_loan (dir, "6.5");
  g_auto(Run) run = cli ("figures", path, NULL);
  g_auto(GStrv) got = NULL;

  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  got = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (got), ==, g_strv_length ((char **) lines) + 1);
  for (guint i = 0; lines[i] != NULL; i++)
    g_assert_cmpstr (got[i], ==, lines[i]);
  g_assert_cmpstr (got[g_strv_length ((char **) lines)], ==, "");

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The last buyout at the end of 9999: owned from the first day of 10000. */
static void
test_json_owned_from_year_10000 (void)
{
  g_autofree char *dir = g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = case_c_edited (dir, "\"start\": \"2026-01-01\"", "\"start\": \"9999-01-01\"");
  g_autoptr(JsonNode) root = figures_json (path);

  g_assert_cmpstr (member_string (json_node_get_object (root), "owned_outright_from"), ==, "10000-01-01");
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_text_without_financing (void)
{
  g_autofree char *path = example (CASE_A);
  g_auto(Run) run = cli ("figures", path, "--format", "text", NULL);

  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==,
                   "Bank joins the company (RUB)\n"
                   "No bank financing: nothing is bought out, so there are no key figures.\n");
}

static void
test_bad_input (void)
{
  g_autofree char *dir = g_dir_make_tmp (NULL, NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.musharaka", NULL);
  g_autofree char *c = example (CASE_C);

  {
    g_auto(Run) run = cli ("figures", missing, NULL);

    g_assert_cmpint (run.status, ==, 2);
    g_assert_cmpstr (run.out, ==, "");
    g_assert_nonnull (strstr (run.err, "missing.musharaka"));
  }
  {
    g_auto(Run) run = cli ("figures", c, "--format", "csv", NULL);

    g_assert_cmpint (run.status, ==, 2);
    g_assert_cmpstr (run.out, ==, "");
    g_assert_nonnull (strstr (run.err, "--format: expected “text” or “json”, got “csv”"));
  }
  {
    g_auto(Run) run = cli ("figures", NULL);

    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "expected 1 name"));
  }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_help_lists_figures (void)
{
  g_auto(Run) run = cli ("--help", NULL);

  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "figures FILE [--format text|json]"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/figures/json/case-c-as-design-shows", test_json_case_c);
  g_test_add_func ("/cli/figures/json/loan-at-18-percent", test_json_loan);
  g_test_add_func ("/cli/figures/json/without-financing-keys-null", test_json_without_financing);
  g_test_add_func ("/cli/figures/json/owned-from-year-10000", test_json_owned_from_year_10000);
  g_test_add_func ("/cli/figures/text/case-c-with-a-loan", test_text_case_c);
  g_test_add_func ("/cli/figures/text/without-financing", test_text_without_financing);
  g_test_add_func ("/cli/figures/bad-input-exit-2", test_bad_input);
  g_test_add_func ("/cli/figures/help-lists-figures", test_help_lists_figures);

  return g_test_run ();
}
