/* test-exchange.c — .musharaka files: reading, writing, and every kind of
 * bad input refused with its JSON path and the form expected
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "mu-core-error.h"
#include "mu-engine.h"
#include "mu-exchange.h"
#include "store-test-scenario.h"
#include "test-util.h"

static const char * const examples[] = {
  "case-a-bank-joins-company.musharaka",
  "case-b-diminishing-redemption.musharaka",
  "case-c-diminishing-transfer.musharaka",
  "case-d-sleeping-bank-cap.musharaka",
};

/* A valid file to spoil: the DESIGN.md example. */
static const char base[] =
  "{\"musharaka\": 1, \"name\": \"Harvester\", \"currency\": \"RUB\", \"school\": \"hanafi\","
  " \"start\": \"2026-01-01\", \"period\": \"quarter\", \"periods\": 4,"
  " \"partners\": ["
  "  {\"id\": \"company\", \"name\": \"Company\", \"kind\": \"owner\", \"manages\": true,"
  "   \"contributions\": [{\"kind\": \"cash\", \"amount\": \"200\"}]},"
  "  {\"id\": \"bank\", \"name\": \"Bank\", \"kind\": \"bank\", \"manages\": false,"
  "   \"contributions\": [{\"kind\": \"cash\", \"amount\": \"500\"}], \"profit_share\": \"70\"}],"
  " \"financing\": {\"object\": \"asset\", \"bank\": \"bank\", \"buyers\": [\"company\"], \"installments\": 4,"
  "  \"every\": 1, \"mode\": \"redemption\", \"unit_price\": \"nominal\", \"depreciation\": \"0\", \"rent\": \"0\"},"
  " \"profit\": {\"per_period\": \"100\", \"growth\": \"0\"}}";

static char *
example_path (const char *file)
{
  return g_build_filename (g_getenv ("MUSHARAKA_EXAMPLES"), file, NULL);
}

static char *
replace (const char *text,
         const char *from,
         const char *to)
{
  g_auto(GStrv) parts = g_strsplit (text, from, 2);

  g_assert_nonnull (parts[1]);
  return g_strconcat (parts[0], to, parts[1], NULL);
}

static void
test_read_examples (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = example_path (examples[3]);
  g_autoptr(MuScenario) d = mu_exchange_read_file (path, &error);
  MuPartner *bank;

  g_assert_no_error (error);
  g_assert_cmpstr (d->currency, ==, "RUB");
  g_assert_cmpuint (d->periods, ==, 4);
  g_assert_cmpint (d->school, ==, MU_SCHOOL_HANAFI);
  g_assert_cmpint (d->period, ==, MU_PERIOD_QUARTER);
  g_assert_cmpuint (d->partners->len, ==, 2);
  bank = mu_scenario_get_partner (d, 1);
  g_assert_cmpstr (bank->id, ==, "bank");
  g_assert_false (bank->manages);
  g_assert_true (bank->has_profit_share);
  g_assert_cmpint (bank->profit_share, ==, 700000);
  g_assert_cmpint (g_array_index (bank->contributions, MuContribution, 0).amount, ==, 50000);
  g_assert_true (d->financing.enabled);
  g_assert_cmpint (d->financing.mode, ==, MU_OWNERSHIP_REDEMPTION);
  g_assert_cmpuint (d->financing.installments, ==, 4);
  g_assert_cmpint (d->profit.per_period, ==, 10000);

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autofree char *file = example_path (examples[i]);
      g_autoptr(MuScenario) scenario = mu_exchange_read_file (file, &error);

      g_assert_no_error (error);
      g_assert_nonnull (scenario);
    }
}

static void
test_round_trip (void)
{
  g_autoptr(GPtrArray) scenarios = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_scenario_free);

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autofree char *path = example_path (examples[i]);

      g_ptr_array_add (scenarios, mu_exchange_read_file (path, NULL));
    }
  /* Every feature: assets, series with losses, a balance, loss shares,
   * guarantees, binding buyout, late interest, fair price, rent, two
   * buyers, notes, Arabic and Cyrillic names; then in KWD and JPY. */
  for (guint n = 1; n <= 3; n++)
    {
      MuScenario *scenario = store_test_scenario (n);

      if (n == 2)
        strcpy (scenario->currency, "KWD");
      if (n == 3)
        {
          strcpy (scenario->currency, "JPY");
          scenario->profit.is_series = FALSE;
          scenario->profit.per_period = 12345;
          scenario->profit.growth = 12500;
        }
      g_ptr_array_add (scenarios, scenario);
    }

  for (guint i = 0; i < scenarios->len; i++)
    {
      const MuScenario *scenario = g_ptr_array_index (scenarios, i);
      g_autoptr(GError) error = NULL;
      g_autofree char *text = mu_exchange_write_data (scenario);
      g_autoptr(MuScenario) back = mu_exchange_read_data (text, -1, &error);
      g_autofree char *again = NULL;

      g_assert_no_error (error);
      g_assert_true (mu_scenario_equal (scenario, back));
      again = mu_exchange_write_data (back);
      g_assert_cmpstr (text, ==, again);
      assert_same_schedule (scenario, back);
    }
}

static void
test_write_file_replaces (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("musharaka-exchange-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "scenario.musharaka", NULL);
  g_autoptr(MuScenario) first = store_test_scenario (1);
  g_autoptr(MuScenario) second = store_test_scenario (2);
  g_autoptr(MuScenario) back = NULL;

  g_assert_true (g_file_set_contents (path, "old contents, much longer than nothing at all", -1, NULL));
  g_assert_true (mu_exchange_write_file (first, path, &error));
  g_assert_true (mu_exchange_write_file (second, path, &error));
  back = mu_exchange_read_file (path, &error);
  g_assert_no_error (error);
  g_assert_true (mu_scenario_equal (second, back));
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_trailing_zeros (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = replace (base, "\"amount\": \"200\"", "\"amount\": \"200.000\"");
  g_autoptr(MuScenario) scenario = mu_exchange_read_data (text, -1, &error);

  g_assert_no_error (error);
  g_assert_cmpint (g_array_index (mu_scenario_get_partner (scenario, 0)->contributions, MuContribution, 0).amount,
                   ==, 20000);
}

typedef struct
{
  const char *name;
  const char *from;
  const char *to;
  const char *message;  /* a part the message must hold */
} BadCase;

static const BadCase bad_cases[] = {
  { "negative-amount", "\"amount\": \"200\"", "\"amount\": \"-200\"",
    "partners[0].contributions[0].amount: expected a non-negative decimal amount, got \"-200\"" },
  { "amount-as-number", "\"amount\": \"200\"", "\"amount\": 200", "partners[0].contributions[0].amount: expected" },
  { "letters-in-amount", "\"amount\": \"200\"", "\"amount\": \"12a\"", "got \"12a\"" },
  { "too-many-decimals", "\"amount\": \"200\"", "\"amount\": \"1.005\"", "at most 2 decimal places" },
  { "unknown-top-key", "\"periods\": 4,", "\"periods\": 4, \"colour\": \"red\",", "colour: unknown key" },
  { "unknown-partner-key", "\"manages\": true,", "\"manages\": true, \"age\": 3,", "partners[0].age: unknown key" },
  { "unknown-contribution-key", "{\"kind\": \"cash\", \"amount\": \"200\"}",
    "{\"kind\": \"cash\", \"amount\": \"200\", \"value\": \"1\"}", "partners[0].contributions[0].value: unknown key" },
  { "unknown-financing-key", "\"every\": 1,", "\"every\": 1, \"colour\": 1,", "financing.colour: unknown key" },
  { "unknown-profit-key", "\"growth\": \"0\"}", "\"growth\": \"0\", \"tax\": \"1\"}", "profit.tax: unknown key" },
  { "periods-as-string", "\"periods\": 4", "\"periods\": \"4\"", "periods: expected a whole number" },
  { "name-as-number", "\"name\": \"Harvester\"", "\"name\": 5", "name: expected a string" },
  { "contributions-as-object", "\"contributions\": [{\"kind\": \"cash\", \"amount\": \"200\"}]",
    "\"contributions\": {\"kind\": \"cash\"}", "partners[0].contributions: expected a list" },
  { "profit-as-list", "\"profit\": {\"per_period\": \"100\", \"growth\": \"0\"}", "\"profit\": [\"100\"]",
    "profit: expected an object" },
  { "manages-yes", "\"manages\": true", "\"manages\": \"yes\"", "partners[0].manages: expected true or false" },
  { "unknown-bank", "\"bank\": \"bank\"", "\"bank\": \"bnk\"", "financing.bank: no partner has the id “bnk”" },
  { "unknown-buyer", "\"buyers\": [\"company\"]", "\"buyers\": [\"company\", \"son\"]", "financing.buyers[1]: no partner" },
  { "duplicate-id", "\"id\": \"bank\"", "\"id\": \"company\"", "partners[1]: the id “company” is used" },
  { "zero-installments", "\"installments\": 4", "\"installments\": 0", "financing.installments: expected a whole number" },
  { "installments-as-string", "\"installments\": 4", "\"installments\": \"4\"", "financing.installments: expected" },
  { "every-zero", "\"every\": 1", "\"every\": 0", "financing.every: expected a whole number" },
  { "unknown-currency", "\"RUB\"", "\"XYZ\"", "currency: “XYZ” is not an ISO 4217 currency code" },
  { "lower-case-currency", "\"RUB\"", "\"rub\"", "currency: “rub” is not" },
  { "unknown-school", "\"hanafi\"", "\"zahiri\"", "school: expected one of “hanafi”" },
  { "unknown-period", "\"quarter\"", "\"week\"", "period: expected one of" },
  { "unknown-mode", "\"redemption\"", "\"gift\"", "financing.mode: expected one of" },
  { "unknown-unit-price", "\"nominal\"", "\"cheap\"", "financing.unit_price: expected one of" },
  { "unknown-kind", "\"kind\": \"owner\"", "\"kind\": \"friend\"", "partners[0].kind: expected one of" },
  { "impossible-date", "\"2026-01-01\"", "\"2026-02-30\"", "start: expected a date written as YYYY-MM-DD" },
  { "dotted-date", "\"2026-01-01\"", "\"01.01.2026\"", "start: expected a date" },
  { "short-date", "\"2026-01-01\"", "\"2026-1-1\"", "start: expected a date" },
  { "missing-name", "\"name\": \"Harvester\",", "", "name: this key is required" },
  { "missing-currency", "\"currency\": \"RUB\",", "", "currency: this key is required" },
  { "missing-start", "\"start\": \"2026-01-01\",", "", "start: this key is required" },
  { "missing-periods", "\"periods\": 4,", "", "periods: this key is required" },
  { "missing-version", "\"musharaka\": 1,", "", "musharaka: this key is required" },
  { "series-and-per-period", "\"growth\": \"0\"}", "\"growth\": \"0\", \"series\": [\"1\"]}", "profit: give either" },
  { "share-over-100", "\"profit_share\": \"70\"", "\"profit_share\": \"120\"", "partners[1].profit_share: expected a percent" },
  { "share-negative", "\"profit_share\": \"70\"", "\"profit_share\": \"-5\"", "partners[1].profit_share: expected a percent" },
};

static void
test_bad_input (gconstpointer data)
{
  const BadCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = replace (base, c->from, c->to);
  MuScenario *scenario = mu_exchange_read_data (text, -1, &error);

  g_assert_null (scenario);
  g_assert_error (error, MU_CORE_ERROR, MU_CORE_ERROR_INVALID);
  if (strstr (error->message, c->message) == NULL)
    g_error ("“%s” does not hold “%s”", error->message, c->message);
}

static void
test_series_length (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = replace (base, "\"per_period\": \"100\", \"growth\": \"0\"", "\"series\": [\"100\", \"-20\", \"5\"]");

  g_assert_null (mu_exchange_read_data (text, -1, &error));
  g_assert_error (error, MU_CORE_ERROR, MU_CORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "profit.series: expected one value per period (4 values), got 3"));
}

static void
test_currency_digits (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *kwd = replace (base, "\"RUB\"", "\"KWD\"");
  g_autofree char *kwd_fine = replace (kwd, "\"amount\": \"200\"", "\"amount\": \"1.005\"");
  g_autofree char *kwd_bad = replace (kwd, "\"amount\": \"200\"", "\"amount\": \"1.0005\"");
  g_autofree char *jpy = replace (base, "\"RUB\"", "\"JPY\"");
  g_autofree char *jpy_bad = replace (jpy, "\"amount\": \"200\"", "\"amount\": \"1.5\"");
  g_autoptr(MuScenario) fine = mu_exchange_read_data (kwd_fine, -1, &error);

  g_assert_no_error (error);
  g_assert_cmpint (g_array_index (mu_scenario_get_partner (fine, 0)->contributions, MuContribution, 0).amount, ==, 1005);
  g_assert_null (mu_exchange_read_data (kwd_bad, -1, &error));
  g_assert_nonnull (strstr (error->message, "at most 3 decimal places"));
  g_clear_error (&error);
  g_assert_null (mu_exchange_read_data (jpy_bad, -1, &error));
  g_assert_nonnull (strstr (error->message, "at most 0 decimal places"));
}

static void
test_balance_exceeds_total (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = replace (base, "\"profit\":",
                                   "\"balance\": {\"total_assets\": \"100\", \"cash\": \"80\", \"receivables\": \"30\"},"
                                   " \"profit\":");

  g_assert_null (mu_exchange_read_data (text, -1, &error));
  g_assert_nonnull (strstr (error->message, "balance: cash and receivables together exceed"));
}

static void
test_newer_format (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = replace (base, "\"musharaka\": 1", "\"musharaka\": 2");

  g_assert_null (mu_exchange_read_data (text, -1, &error));
  g_assert_error (error, MU_CORE_ERROR, MU_CORE_ERROR_VERSION);
  g_assert_nonnull (strstr (error->message, "newer version"));
}

/* Every prefix of a real file is refused cleanly; only the whole file reads. */
static void
test_truncated_files (void)
{
  g_autofree char *path = example_path (examples[3]);
  g_autofree char *data = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  for (gsize cut = 0; cut < length; cut++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MuScenario) scenario = mu_exchange_read_data (data, cut, &error);

      /* Cutting only the final newline leaves a whole document. */
      if (g_ascii_isspace (data[cut]) && strspn (data + cut, " \n\r\t") == length - cut)
        continue;
      g_assert_null (scenario);
      g_assert_nonnull (error);
    }
}

static void
test_not_a_scenario (void)
{
  const struct { const char *data; gssize length; int code; const char *message; } cases[] = {
    { "", 0, MU_CORE_ERROR_PARSE, "empty" },
    { "\xff\xfe\x00garbage", 10, MU_CORE_ERROR_PARSE, "UTF-8" },
    { "[1, 2, 3]", -1, MU_CORE_ERROR_INVALID, "expected a Musharaka scenario" },
    { "null", -1, MU_CORE_ERROR_INVALID, "expected a Musharaka scenario" },
    { "{", -1, MU_CORE_ERROR_PARSE, "not a complete" },
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  char junk[512];

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_null (mu_exchange_read_data (cases[i].data, cases[i].length, &error));
      g_assert_error (error, MU_CORE_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].message));
    }
  for (guint round = 0; round < 200; round++)
    {
      g_autoptr(GError) error = NULL;

      for (guint i = 0; i < sizeof junk; i++)
        junk[i] = g_rand_int_range (rand, 1, 256);
      g_assert_null (mu_exchange_read_data (junk, sizeof junk, &error));
      g_assert_nonnull (error);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/exchange/read/examples", test_read_examples);
  g_test_add_func ("/exchange/round-trip/every-feature", test_round_trip);
  g_test_add_func ("/exchange/write-file/replaces-whole", test_write_file_replaces);
  g_test_add_func ("/exchange/read/trailing-zeros", test_trailing_zeros);
  g_test_add_func ("/exchange/error/series-length", test_series_length);
  g_test_add_func ("/exchange/error/currency-digits", test_currency_digits);
  g_test_add_func ("/exchange/error/balance-exceeds-total", test_balance_exceeds_total);
  g_test_add_func ("/exchange/error/newer-format", test_newer_format);
  g_test_add_func ("/exchange/error/truncated", test_truncated_files);
  g_test_add_func ("/exchange/error/not-a-scenario", test_not_a_scenario);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/exchange/error/%s", bad_cases[i].name);

      g_test_add_data_func (path, &bad_cases[i], test_bad_input);
    }

  return g_test_run ();
}
