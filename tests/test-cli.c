/* test-cli.c — musharaka-cli as a shell user meets it: output shapes,
 * figures, exit statuses and messages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli-test-util.h"

#define CASE_B "case-b-diminishing-redemption.musharaka"
#define CASE_D "case-d-sleeping-bank-cap.musharaka"

/* ─── usage ───────────────────────────────────────────────────────────── */

static void
test_version (void)
{
  g_auto(Run) run = cli ("--version", NULL);

  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "musharaka-cli " PACKAGE_VERSION "\n");
  g_assert_cmpstr (run.err, ==, "");
}

static void
test_help (void)
{
  g_auto(Run) run = cli ("--help", NULL);

  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "schedule FILE"));
  g_assert_nonnull (strstr (run.out, "check FILE"));
  g_assert_nonnull (strstr (run.out, "chart FILE"));
  g_assert_nonnull (strstr (run.out, "report FILE"));
  g_assert_cmpstr (run.err, ==, "");
}

static void
test_no_arguments (void)
{
  g_auto(Run) run = cli (NULL, NULL);

  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "Usage:"));
  g_assert_nonnull (strstr (run.err, "schedule FILE"));
}

static void
test_unknown_command (void)
{
  g_auto(Run) run = cli ("frobnicate", NULL);

  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "“frobnicate” is not a command"));
}

static void
test_check_without_file (void)
{
  g_auto(Run) run = cli ("check", NULL);

  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "expected 1 name"));
}

static void
test_schedule_two_files (void)
{
  g_autofree char *b = example (CASE_B);
  g_auto(Run) run = cli ("schedule", b, b, NULL);

  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "expected 1 name"));
}

/* ─── schedule ────────────────────────────────────────────────────────── */

typedef struct
{
  double      ownership;
  const char *profit;
  const char *stake_end;
  const char *paid;
} PartnerRow;

/* Case B (redemption, profit by capital), as the article counts it. */
static const struct
{
  const char *start;
  const char *end;
  PartnerRow  bank;
  PartnerRow  company;
} case_b[] = {
  { "2026-01-01", "2026-03-31",
    { 71.4286, "71.43", "375.00", "196.43" }, { 28.5714, "28.57", "200.00", "125.00" } },
  { "2026-04-01", "2026-06-30",
    { 65.2174, "65.22", "250.00", "190.22" }, { 34.7826, "34.78", "200.00", "125.00" } },
  { "2026-07-01", "2026-09-30",
    { 55.5556, "55.56", "125.00", "180.56" }, { 44.4444, "44.44", "200.00", "125.00" } },
  { "2026-10-01", "2026-12-31",
    { 38.4615, "38.46", "0.00", "163.46" }, { 61.5385, "61.54", "200.00", "125.00" } },
};

static void
assert_partner_row (JsonObject       *partners,
                    const char       *id,
                    const PartnerRow *expected)
{
  static const char * const keys[] = {
    "ownership_percent", "profit_percent", "profit", "loss", "restored", "unrecovered", "stake_end", "paid", NULL
  };
  JsonObject *row = member_object (partners, id);

  assert_keys (row, keys);
  g_assert_cmpfloat_with_epsilon (member_number (row, "ownership_percent"), expected->ownership, 1e-9);
  /* By capital: the profit share is the ownership share. */
  g_assert_cmpfloat_with_epsilon (member_number (row, "profit_percent"), expected->ownership, 1e-9);
  g_assert_cmpstr (member_string (row, "profit"), ==, expected->profit);
  g_assert_cmpstr (member_string (row, "stake_end"), ==, expected->stake_end);
  g_assert_cmpstr (member_string (row, "paid"), ==, expected->paid);
}

static void
test_schedule_json_case_b (void)
{
  static const char * const top_keys[] = { "name", "currency", "periods", "totals", NULL };
  static const char * const period_keys[] = {
    "period", "start", "end", "profit", "buyout", "unit_price", "rent", "costs", "uncovered_loss", "partners", NULL
  };
  static const char * const totals_keys[] = { "profit", "buyout", "rent", "partners", NULL };
  static const char * const bank_keys[] = { "profit", "received", NULL };
  static const char * const buyer_keys[] = { "profit", "paid", NULL };
  g_autofree char *b = example (CASE_B);
  g_auto(Run) run = cli ("schedule", b, "--format", "json", NULL);
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object, *totals, *partners;
  JsonArray *periods;

  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  root = parse_json (run.out);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  object = json_node_get_object (root);
  assert_keys (object, top_keys);
  g_assert_cmpstr (member_string (object, "name"), ==, "Harvester (redemption)");
  g_assert_cmpstr (member_string (object, "currency"), ==, "RUB");

  periods = member_array (object, "periods");
  g_assert_cmpuint (json_array_get_length (periods), ==, 4);
  for (guint t = 0; t < 4; t++)
    {
      JsonNode *node = json_array_get_element (periods, t);
      JsonObject *row;

      g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
      row = json_node_get_object (node);
      assert_keys (row, period_keys);
      g_assert_cmpint (member_int (row, "period"), ==, t + 1);
      g_assert_cmpstr (member_string (row, "start"), ==, case_b[t].start);
      g_assert_cmpstr (member_string (row, "end"), ==, case_b[t].end);
      g_assert_cmpstr (member_string (row, "profit"), ==, "100.00");
      g_assert_cmpstr (member_string (row, "buyout"), ==, "125.00");
      g_assert_cmpstr (member_string (row, "rent"), ==, "0.00");

      partners = member_object (row, "partners");
      g_assert_cmpuint (json_object_get_size (partners), ==, 2);
      assert_partner_row (partners, "bank", &case_b[t].bank);
      assert_partner_row (partners, "company", &case_b[t].company);
    }
  /* Printed to four decimals, as DESIGN.md shows them. */
  g_assert_nonnull (strstr (run.out, "\"ownership_percent\": 71.4286"));
  g_assert_nonnull (strstr (run.out, "\"ownership_percent\": 38.4615"));

  totals = member_object (object, "totals");
  assert_keys (totals, totals_keys);
  g_assert_cmpstr (member_string (totals, "profit"), ==, "400.00");
  g_assert_cmpstr (member_string (totals, "buyout"), ==, "500.00");
  g_assert_cmpstr (member_string (totals, "rent"), ==, "0.00");
  partners = member_object (totals, "partners");
  g_assert_cmpuint (json_object_get_size (partners), ==, 2);
  assert_keys (member_object (partners, "bank"), bank_keys);
  assert_keys (member_object (partners, "company"), buyer_keys);
  g_assert_cmpstr (member_string (member_object (partners, "bank"), "profit"), ==, "230.67");
  g_assert_cmpstr (member_string (member_object (partners, "bank"), "received"), ==, "730.67");
  g_assert_cmpstr (member_string (member_object (partners, "company"), "profit"), ==, "169.33");
  g_assert_cmpstr (member_string (member_object (partners, "company"), "paid"), ==, "500.00");
}

/* Case D: the bank's agreed 70 % of 100, and the first unit of 125. */
static void
test_schedule_json_case_d (void)
{
  g_autofree char *d = example (CASE_D);
  g_auto(Run) run = cli ("schedule", d, "--format", "json", NULL);
  g_autoptr(JsonNode) root = NULL;
  JsonArray *periods;
  JsonObject *first, *bank, *company;

  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  periods = member_array (json_node_get_object (root), "periods");
  g_assert_cmpuint (json_array_get_length (periods), ==, 4);
  first = json_array_get_object_element (periods, 0);
  bank = member_object (member_object (first, "partners"), "bank");
  company = member_object (member_object (first, "partners"), "company");

  g_assert_cmpstr (member_string (bank, "paid"), ==, "195.00");
  g_assert_cmpstr (member_string (bank, "profit"), ==, "70.00");
  g_assert_cmpfloat_with_epsilon (member_number (bank, "profit_percent"), 70.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (member_number (bank, "ownership_percent"), 71.4286, 1e-9);
  g_assert_cmpstr (member_string (bank, "stake_end"), ==, "375.00");
  g_assert_cmpstr (member_string (company, "profit"), ==, "30.00");
  g_assert_cmpfloat_with_epsilon (member_number (company, "profit_percent"), 30.0, 1e-9);
  g_assert_cmpstr (member_string (company, "paid"), ==, "125.00");
}

static int
column_index (char      **header,
              const char *name)
{
  for (int i = 0; header[i] != NULL; i++)
    if (strcmp (header[i], name) == 0)
      return i;
  g_error ("the CSV header has no column “%s”", name);
  return -1;
}

static void
test_schedule_csv (void)
{
  g_autofree char *b = example (CASE_B);
  g_auto(Run) run = cli ("schedule", b, "--format", "csv", NULL);
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) header = NULL;
  int profit_column, period_column, bank_column;
  MuMoney profit = 0;

  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_str_has_suffix (run.out, "\r\n"));

  /* A header, four rows, and the empty rest after the last line end. */
  lines = g_strsplit (run.out, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 6);
  g_assert_cmpstr (lines[5], ==, "");

  header = g_strsplit (lines[0], ",", -1);
  g_assert_cmpuint (g_strv_length (header), ==, 9 + 2 * 8);
  g_assert_true (g_str_has_prefix (lines[0], "period,start,end,profit,buyout,unit_price,rent,costs,uncovered_loss,"));
  column_index (header, "company_unrecovered");
  period_column = column_index (header, "period");
  profit_column = column_index (header, "profit");
  bank_column = column_index (header, "bank_ownership_percent");
  column_index (header, "company_paid");

  for (guint i = 1; i <= 4; i++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[i], ",", -1);
      g_autofree char *number = g_strdup_printf ("%u", i);

      g_assert_cmpuint (g_strv_length (cells), ==, g_strv_length (header));
      g_assert_cmpstr (cells[period_column], ==, number);
      g_assert_cmpstr (cells[profit_column], ==, "100.00");
      g_assert_cmpfloat_with_epsilon (g_ascii_strtod (cells[bank_column], NULL), case_b[i - 1].bank.ownership, 1e-9);
      profit += kopecks (cells[profit_column]);
    }
  g_assert_cmpint (profit, ==, 40000);
}

static void
test_schedule_text (void)
{
  g_autofree char *b = example (CASE_B);
  g_auto(Run) run = cli ("schedule", b, "--format", "text", NULL);
  g_auto(Run) plain = cli ("schedule", b, NULL);

  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Harvester (redemption) (RUB)"));
  g_assert_nonnull (strstr (run.out, "71.43"));
  g_assert_nonnull (strstr (run.out, "65.22"));
  g_assert_nonnull (strstr (run.out, "55.56"));
  g_assert_nonnull (strstr (run.out, "38.46"));
  g_assert_nonnull (strstr (run.out, "profit 400.00, buyout 500.00, rent 0.00"));

  /* Text is the default. */
  g_assert_cmpint (plain.status, ==, 0);
  g_assert_cmpstr (plain.out, ==, run.out);
}

static void
test_schedule_unknown_format (void)
{
  g_autofree char *b = example (CASE_B);
  g_auto(Run) run = cli ("schedule", b, "--format", "xml", NULL);

  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "--format"));
  g_assert_nonnull (strstr (run.err, "xml"));
}

/* ─── check ───────────────────────────────────────────────────────────── */

static void
test_check_case_b_clean (void)
{
  g_autofree char *b = example (CASE_B);
  g_auto(Run) run = cli ("check", b, "--format", "json", NULL);
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;

  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  root = parse_json (run.out);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  object = json_node_get_object (root);
  g_assert_cmpuint (json_object_get_size (object), ==, 1);
  g_assert_cmpuint (json_array_get_length (member_array (object, "findings")), ==, 0);
}

static void
test_check_case_d_sleeping_partner_cap (void)
{
  static const char * const finding_keys[] = {
    "rule", "severity", "partner", "period", "message", "source", NULL
  };
  g_autofree char *d = example (CASE_D);
  g_auto(Run) run = cli ("check", d, "--format", "json", NULL);
  g_autoptr(JsonNode) root = NULL;
  JsonArray *findings;
  JsonObject *finding;

  g_assert_cmpint (run.status, ==, 1);
  root = parse_json (run.out);
  findings = member_array (json_node_get_object (root), "findings");
  g_assert_cmpuint (json_array_get_length (findings), ==, 1);
  finding = json_array_get_object_element (findings, 0);
  assert_keys (finding, finding_keys);
  g_assert_cmpstr (member_string (finding, "rule"), ==, "sleeping-partner-cap");
  g_assert_cmpstr (member_string (finding, "severity"), ==, "error");
  g_assert_cmpstr (member_string (finding, "partner"), ==, "bank");
  g_assert_cmpint (member_int (finding, "period"), ==, 2);
  g_assert_nonnull (strstr (member_string (finding, "message"), "65.22"));
  g_assert_nonnull (strstr (member_string (finding, "source"), "Hanafi"));
}

static void
test_check_text (void)
{
  g_autofree char *b = example (CASE_B);
  g_autofree char *d = example (CASE_D);
  g_auto(Run) clean = cli ("check", b, NULL);
  g_auto(Run) capped = cli ("check", d, NULL);

  g_assert_cmpint (clean.status, ==, 0);
  g_assert_nonnull (strstr (clean.out, "no findings under the Hanafi school"));
  g_assert_cmpint (capped.status, ==, 1);
  g_assert_nonnull (strstr (capped.out, "[sleeping-partner-cap]"));
  g_assert_nonnull (strstr (capped.out, "period 2"));
}

/* ─── unreadable input ────────────────────────────────────────────────── */

static void
assert_bad_input (const char *command,
                  const char *path)
{
  g_auto(Run) run = cli (command, path, NULL);

  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  if (strstr (run.err, path) == NULL)
    g_error ("stderr “%s” does not name “%s”", run.err, path);
}

static void
test_missing_file (void)
{
  g_autofree char *dir = g_dir_make_tmp (NULL, NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.musharaka", NULL);

  assert_bad_input ("schedule", missing);
  assert_bad_input ("check", missing);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_malformed_file (void)
{
  g_autofree char *dir = g_dir_make_tmp (NULL, NULL);
  g_autofree char *broken = g_build_filename (dir, "broken.musharaka", NULL);

  g_assert_true (g_file_set_contents (broken, "{", -1, NULL));
  assert_bad_input ("schedule", broken);
  assert_bad_input ("check", broken);
  g_assert_cmpint (g_unlink (broken), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A well-formed file that breaks the format: the message names the file and
 * the JSON path. */
static void
test_invalid_file (void)
{
  g_autofree char *dir = g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = g_build_filename (dir, "negative.musharaka", NULL);
  g_autofree char *b = example (CASE_B);
  g_autofree char *contents = NULL;
  g_autofree char *spoilt = NULL;
  g_auto(GStrv) parts = NULL;
  g_auto(Run) run = { NULL, NULL, -1 };

  g_assert_true (g_file_get_contents (b, &contents, NULL, NULL));
  parts = g_strsplit (contents, "\"amount\": \"500\"", 2);
  g_assert_nonnull (parts[1]);
  spoilt = g_strconcat (parts[0], "\"amount\": \"-500\"", parts[1], NULL);
  g_assert_true (g_file_set_contents (path, spoilt, -1, NULL));

  run = cli ("schedule", path, "--format", "json", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, path));
  g_assert_nonnull (strstr (run.err, "partners[1].contributions[0].amount: expected a non-negative decimal amount"));

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* @contents, written to a file, are refused by schedule and check with exit
 * status 2 and a message that names the file and holds @message. */
static void
assert_file_refused (const char *contents,
                     gssize      length,
                     const char *message)
{
  g_autofree char *dir = g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = g_build_filename (dir, "hostile.musharaka", NULL);
  static const char * const commands[] = { "schedule", "check" };

  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(Run) run = cli (commands[i], path, NULL);

      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_nonnull (strstr (run.err, path));
      if (strstr (run.err, message) == NULL)
        g_error ("%s: the message “%s” does not hold “%s”", commands[i], run.err, message);
    }
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* 100 000 nested lists crashed every command. */
static void
test_deep_nesting (void)
{
  g_autofree char *deep = g_malloc (100000);

  memset (deep, '[', 100000);
  assert_file_refused (deep, 100000, "at line 1, column 65, its lists and objects are nested more than 64 levels deep");
}

/* Case B's file with @from, which it must hold, replaced by @to. */
static char *
case_b_replacing (const char *from,
                  const char *to)
{
  g_autofree char *b = example (CASE_B);
  g_autofree char *contents = NULL;
  g_auto(GStrv) parts = NULL;

  g_assert_true (g_file_get_contents (b, &contents, NULL, NULL));
  parts = g_strsplit (contents, from, 2);
  g_assert_nonnull (parts[1]);
  return g_strconcat (parts[0], to, parts[1], NULL);
}

/* A schedule running past 9999-12-31 printed garbage dates with exit 0. */
static void
test_date_past_9999 (void)
{
  g_autofree char *past = case_b_replacing ("\"start\": \"2026-01-01\"", "\"start\": \"9999-06-01\"");

  assert_file_refused (past, -1, "periods: the schedule would end after 9999-12-31");
}

/* A file over 64 MB is refused unread, giving the limit. */
static void
test_file_too_large (void)
{
  g_autofree char *dir = g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = g_build_filename (dir, "huge.musharaka", NULL);
  g_auto(Run) run = { NULL, NULL, -1 };
  int fd = g_open (path, O_WRONLY | O_CREAT, 0600);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) 64 * 1024 * 1024 + 1), ==, 0);
  g_assert_true (g_close (fd, NULL));
  run = cli ("check", path, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, path));
  g_assert_nonnull (strstr (run.err, "a scenario file may be at most 64 MB"));
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Case B's profit, and one whose second period no longer fits in 64 bits. */
#define HUNDRED_A_PERIOD "\"per_period\": \"100\""
#define HUGE_A_PERIOD    "\"per_period\": \"92233720368547758.07\""

/* An overflow in the schedule said nothing of where: it names the key. */
static void
test_overflow_names_key (void)
{
  g_autofree char *huge = case_b_replacing (HUNDRED_A_PERIOD, HUGE_A_PERIOD);

  assert_file_refused (huge, -1, "profit.per_period: from period 2 on, the amounts are too large to be computed exactly");
}

/* Such a file given to import is refused under its own name and the
 * scenario's, not the “(2)” it would have been stored as, and nothing is
 * added to the library. */
static void
test_import_overflow_names_file (void)
{
  g_autofree char *dir = g_dir_make_tmp (NULL, NULL);
  g_autofree char *library = g_build_filename (dir, "library.sqlite3", NULL);
  g_autofree char *file = g_build_filename (dir, "huge.musharaka", NULL);
  g_autofree char *b = example (CASE_B);
  g_autofree char *huge = case_b_replacing (HUNDRED_A_PERIOD, HUGE_A_PERIOD);
  g_autofree char *expected = NULL;
  Run run;

  g_assert_true (g_file_set_contents (file, huge, -1, NULL));

  run = cli ("import", b, "--library", library, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);
  run = cli ("import", file, "--library", library, NULL);
  g_assert_cmpint (run.status, ==, 2);
  expected = g_strdup_printf ("%s: the scenario “Harvester (redemption)” was not imported: profit.per_period: "
                              "from period 2 on, the amounts are too large to be computed exactly", file);
  g_assert_nonnull (strstr (run.err, expected));
  g_assert_null (strstr (run.err, "(2)"));
  run_clear (&run);

  /* The four examples and the one import. */
  run = cli ("list", "--library", library, "--search", "redemption", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Harvester (redemption) (2)"));
  g_assert_null (strstr (run.out, "(3)"));
  run_clear (&run);

  g_unlink (file);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *path = g_strconcat (library, (const char *[]) { "", "-wal", "-shm" }[i], NULL);

      g_unlink (path);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* ─── library, charts and report ──────────────────────────────────────── */

static void
test_library_commands (void)
{
  g_autofree char *dir = g_dir_make_tmp (NULL, NULL);
  g_autofree char *library = g_build_filename (dir, "library.sqlite3", NULL);
  g_autofree char *exported = g_build_filename (dir, "out.musharaka", NULL);
  g_autofree char *b = example (CASE_B);
  g_autoptr(JsonNode) root = NULL;
  Run run = cli ("import", b, b, "--library", library, NULL);

  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "imported as “Harvester (redemption) (2)”"));
  g_assert_nonnull (strstr (run.out, "imported as “Harvester (redemption) (3)”"));
  run_clear (&run);

  run = cli ("list", "--library", library, "--format", "json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  /* The four examples a new library starts with, and the two imports. */
  g_assert_cmpuint (json_array_get_length (member_array (json_node_get_object (root), "scenarios")), ==, 6);
  run_clear (&run);

  run = cli ("list", "--library", library, "--search", "REDEMPTION", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Harvester (redemption) (3)"));
  g_assert_null (strstr (run.out, "transfer"));
  run_clear (&run);

  run = cli ("export", "Harvester (redemption) (2)", "-o", exported, "--library", library, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);
  run = cli ("schedule", exported, "--format", "csv", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "1,2026-01-01,2026-03-31,100.00,125.00,125.00,0.00,0.00,0.00,28.5714"));
  run_clear (&run);

  run = cli ("export", "Nothing like it", "-o", exported, "--library", library, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "Nothing like it"));
  run_clear (&run);

  for (const char * const *suffix = (const char * const[]) { "", "-wal", "-shm", NULL }; *suffix != NULL; suffix++)
    {
      g_autofree char *file = g_strconcat (library, *suffix, NULL);

      g_unlink (file);
    }
  g_unlink (exported);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_chart_and_report (void)
{
  g_autofree char *dir = g_dir_make_tmp (NULL, NULL);
  g_autofree char *png = g_build_filename (dir, "equity.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "shares.svg", NULL);
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *b = example (CASE_B);
  g_autofree char *data = NULL;
  gsize length;
  Run run = cli ("chart", b, "--kind", "equity", "-o", png, "--width", "640", "--height", "360", "--dark", NULL);

  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (png, &data, &length, NULL));
  g_assert_cmpuint (length, >, 24);
  g_assert_cmpint (memcmp (data, "\x89PNG", 4), ==, 0);
  /* The PNG header's width and height, big-endian. */
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (data + 16)), ==, 640);
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (data + 20)), ==, 360);
  run_clear (&run);
  g_clear_pointer (&data, g_free);

  run = cli ("chart", b, "--kind", "shares", "-o", svg, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (svg, &data, &length, NULL));
  g_assert_nonnull (strstr (data, "<svg"));
  run_clear (&run);
  g_clear_pointer (&data, g_free);

  run = cli ("chart", b, "--kind", "pie", "-o", png, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "--kind"));
  run_clear (&run);

  run = cli ("report", b, "-o", pdf, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (pdf, &data, &length, NULL));
  g_assert_cmpint (memcmp (data, "%PDF", 4), ==, 0);
  run_clear (&run);

  g_unlink (png);
  g_unlink (svg);
  g_unlink (pdf);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/usage/version-prints-name-and-version", test_version);
  g_test_add_func ("/cli/usage/help-lists-commands", test_help);
  g_test_add_func ("/cli/usage/no-arguments-exit-2", test_no_arguments);
  g_test_add_func ("/cli/usage/unknown-command-exit-2", test_unknown_command);
  g_test_add_func ("/cli/usage/check-without-file-exit-2", test_check_without_file);
  g_test_add_func ("/cli/usage/schedule-two-files-exit-2", test_schedule_two_files);

  g_test_add_func ("/cli/schedule/json/case-b-shape-and-figures", test_schedule_json_case_b);
  g_test_add_func ("/cli/schedule/json/case-d-bank-paid-195-in-period-1", test_schedule_json_case_d);
  g_test_add_func ("/cli/schedule/csv/header-and-four-rows-summing-to-400", test_schedule_csv);
  g_test_add_func ("/cli/schedule/text/ownership-percents", test_schedule_text);
  g_test_add_func ("/cli/schedule/unknown-format-exit-2", test_schedule_unknown_format);

  g_test_add_func ("/cli/check/json/case-b-no-findings-exit-0", test_check_case_b_clean);
  g_test_add_func ("/cli/check/json/case-d-sleeping-partner-cap-exit-1", test_check_case_d_sleeping_partner_cap);
  g_test_add_func ("/cli/check/text/case-b-and-case-d", test_check_text);

  g_test_add_func ("/cli/bad-input/missing-file-exit-2", test_missing_file);
  g_test_add_func ("/cli/bad-input/malformed-file-exit-2", test_malformed_file);
  g_test_add_func ("/cli/bad-input/invalid-file-names-path-exit-2", test_invalid_file);
  g_test_add_func ("/cli/bad-input/deep-nesting-exit-2", test_deep_nesting);
  g_test_add_func ("/cli/bad-input/schedule-past-year-9999-exit-2", test_date_past_9999);
  g_test_add_func ("/cli/bad-input/file-over-64-mb-exit-2", test_file_too_large);
  g_test_add_func ("/cli/bad-input/overflow-names-key-exit-2", test_overflow_names_key);
  g_test_add_func ("/cli/import/overflow-refused-under-its-own-name", test_import_overflow_names_file);

  g_test_add_func ("/cli/library/import-list-export", test_library_commands);
  g_test_add_func ("/cli/chart-and-report/png-svg-pdf", test_chart_and_report);

  return g_test_run ();
}
