/* test-cli.c — musharaka-cli as a shell user meets it: output shapes,
 * exit statuses and messages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

typedef struct
{
  char *out;
  char *err;
  int   status;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

/* Runs musharaka-cli with @args (ending in NULL) in the C locale. */
static Run
cli (const char *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "LC_ALL", "C.UTF-8", TRUE);
  g_autoptr(GError) error = NULL;
  Run run = { NULL, NULL, -1 };
  int wait_status;
  va_list args;

  g_ptr_array_add (argv, (char *) g_getenv ("MUSHARAKA_CLI"));
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                               &run.out, &run.err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run.status = WEXITSTATUS (wait_status);
  return run;
}

static char *
example (const char *name)
{
  return g_build_filename (g_getenv ("MUSHARAKA_EXAMPLES"), name, NULL);
}

static JsonNode *
parse (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static void
test_version_and_help (void)
{
  Run run = cli ("--version", NULL);

  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "musharaka-cli " PACKAGE_VERSION "\n");
  run_clear (&run);

  run = cli ("--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "schedule FILE"));
  g_assert_nonnull (strstr (run.out, "check FILE"));
  g_assert_nonnull (strstr (run.out, "chart FILE"));
  g_assert_nonnull (strstr (run.out, "report FILE"));
  run_clear (&run);

  run = cli (NULL, NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_clear (&run);
  run = cli ("frobnicate", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "“frobnicate” is not a command"));
  run_clear (&run);
}

static void
test_schedule_json (void)
{
  g_autofree char *b = example ("case-b-diminishing-redemption.musharaka");
  g_autofree char *d = example ("case-d-sleeping-bank-cap.musharaka");
  const double bank_percent[] = { 71.4286, 65.2174, 55.5556, 38.4615 };
  Run run = cli ("schedule", b, "--format", "json", NULL);
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object, *totals;
  JsonArray *periods;

  g_assert_cmpint (run.status, ==, 0);
  root = parse (run.out);
  object = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (object, "name"), ==, "Harvester (redemption)");
  g_assert_cmpstr (json_object_get_string_member (object, "currency"), ==, "RUB");
  periods = json_object_get_array_member (object, "periods");
  g_assert_cmpuint (json_array_get_length (periods), ==, 4);
  for (guint t = 0; t < 4; t++)
    {
      JsonObject *row = json_array_get_object_element (periods, t);
      JsonObject *bank = json_object_get_object_member (json_object_get_object_member (row, "partners"), "bank");

      g_assert_cmpint (json_object_get_int_member (row, "period"), ==, t + 1);
      g_assert_cmpstr (json_object_get_string_member (row, "profit"), ==, "100.00");
      g_assert_cmpstr (json_object_get_string_member (row, "buyout"), ==, "125.00");
      g_assert_cmpstr (json_object_get_string_member (row, "rent"), ==, "0.00");
      g_assert_true (json_object_has_member (row, "start") && json_object_has_member (row, "end"));
      g_assert_cmpfloat (json_object_get_double_member (bank, "ownership_percent"), ==, bank_percent[t]);
      g_assert_true (json_object_has_member (bank, "profit_percent"));
      g_assert_true (json_object_has_member (bank, "profit") && json_object_has_member (bank, "stake_end"));
      g_assert_true (json_object_has_member (bank, "paid"));
    }
  totals = json_object_get_object_member (object, "totals");
  g_assert_cmpstr (json_object_get_string_member (totals, "profit"), ==, "400.00");
  g_assert_cmpstr (json_object_get_string_member (totals, "buyout"), ==, "500.00");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (
                     json_object_get_object_member (totals, "partners"), "bank"), "received"), ==, "730.67");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (
                     json_object_get_object_member (totals, "partners"), "company"), "paid"), ==, "500.00");
  run_clear (&run);

  run = cli ("schedule", d, "--format", "json", NULL);
  g_clear_pointer (&root, json_node_unref);
  root = parse (run.out);
  {
    JsonObject *first = json_array_get_object_element (json_object_get_array_member (json_node_get_object (root), "periods"), 0);
    JsonObject *bank = json_object_get_object_member (json_object_get_object_member (first, "partners"), "bank");

    g_assert_cmpstr (json_object_get_string_member (bank, "paid"), ==, "195.00");
    g_assert_cmpstr (json_object_get_string_member (bank, "profit"), ==, "70.00");
    g_assert_cmpfloat (json_object_get_double_member (bank, "profit_percent"), ==, 70.0);
  }
  run_clear (&run);
}

static void
test_schedule_csv_and_text (void)
{
  g_autofree char *b = example ("case-b-diminishing-redemption.musharaka");
  Run run = cli ("schedule", b, "--format", "csv", NULL);
  g_auto(GStrv) lines = NULL;
  double profit = 0;

  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 6);  /* header, 4 rows, and the empty end */
  g_assert_true (g_str_has_prefix (lines[0], "period,start,end,profit,buyout,rent,company_ownership_percent"));
  for (guint i = 1; i <= 4; i++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[i], ",", -1);

      profit += g_ascii_strtod (cells[3], NULL);
    }
  g_assert_cmpfloat (profit, ==, 400.0);
  run_clear (&run);

  run = cli ("schedule", b, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "71.43"));
  g_assert_nonnull (strstr (run.out, "38.46"));
  run_clear (&run);

  run = cli ("schedule", b, "--format", "xml", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "--format"));
  g_assert_cmpstr (run.out, ==, "");
  run_clear (&run);
}

static void
test_check (void)
{
  g_autofree char *b = example ("case-b-diminishing-redemption.musharaka");
  g_autofree char *d = example ("case-d-sleeping-bank-cap.musharaka");
  Run run = cli ("check", b, "--format", "json", NULL);
  g_autoptr(JsonNode) root = NULL;
  JsonArray *findings;
  JsonObject *finding;

  g_assert_cmpint (run.status, ==, 0);
  root = parse (run.out);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (root), "findings")), ==, 0);
  run_clear (&run);

  run = cli ("check", d, "--format", "json", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_clear_pointer (&root, json_node_unref);
  root = parse (run.out);
  findings = json_object_get_array_member (json_node_get_object (root), "findings");
  g_assert_cmpuint (json_array_get_length (findings), ==, 1);
  finding = json_array_get_object_element (findings, 0);
  g_assert_cmpstr (json_object_get_string_member (finding, "rule"), ==, "sleeping-partner-cap");
  g_assert_cmpstr (json_object_get_string_member (finding, "severity"), ==, "error");
  g_assert_cmpstr (json_object_get_string_member (finding, "partner"), ==, "bank");
  g_assert_cmpint (json_object_get_int_member (finding, "period"), ==, 2);
  g_assert_nonnull (strstr (json_object_get_string_member (finding, "message"), "65.22"));
  g_assert_nonnull (strstr (json_object_get_string_member (finding, "source"), "Hanafi"));
  run_clear (&run);

  run = cli ("check", d, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "sleeping-partner-cap"));
  run_clear (&run);

  run = cli ("check", NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_clear (&run);
}

static void
test_bad_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("musharaka-cli-XXXXXX", NULL);
  g_autofree char *broken = g_build_filename (dir, "broken.musharaka", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.musharaka", NULL);
  Run run;

  g_assert_true (g_file_set_contents (broken, "{", -1, NULL));
  run = cli ("schedule", broken, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, broken));
  g_assert_cmpstr (run.out, ==, "");
  run_clear (&run);

  run = cli ("check", missing, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, missing));
  g_assert_cmpstr (run.out, ==, "");
  run_clear (&run);

  g_unlink (broken);
  g_rmdir (dir);
}

static void
test_library_commands (void)
{
  g_autofree char *dir = g_dir_make_tmp ("musharaka-cli-XXXXXX", NULL);
  g_autofree char *library = g_build_filename (dir, "library.sqlite3", NULL);
  g_autofree char *exported = g_build_filename (dir, "out.musharaka", NULL);
  g_autofree char *b = example ("case-b-diminishing-redemption.musharaka");
  g_autoptr(JsonNode) root = NULL;
  Run run = cli ("import", b, b, "--library", library, NULL);

  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "imported as “Harvester (redemption) (2)”"));
  g_assert_nonnull (strstr (run.out, "imported as “Harvester (redemption) (3)”"));
  run_clear (&run);

  run = cli ("list", "--library", library, "--format", "json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse (run.out);
  /* The four examples a new library starts with, and the two imports. */
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (root), "scenarios")), ==, 6);
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
  g_assert_nonnull (strstr (run.out, "1,2026-01-01,2026-03-31,100.00,125.00,0.00,28.5714"));
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
  g_rmdir (dir);
}

static void
test_chart_and_report (void)
{
  g_autofree char *dir = g_dir_make_tmp ("musharaka-cli-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "equity.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "shares.svg", NULL);
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *b = example ("case-b-diminishing-redemption.musharaka");
  g_autofree char *data = NULL;
  gsize length;
  Run run = cli ("chart", b, "--kind", "equity", "-o", png, "--width", "640", "--height", "360", "--dark", NULL);

  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (png, &data, &length, NULL));
  g_assert_cmpint (memcmp (data, "\x89PNG", 4), ==, 0);
  /* The PNG header's width and height. */
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
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/version-and-help", test_version_and_help);
  g_test_add_func ("/cli/schedule/json-shape", test_schedule_json);
  g_test_add_func ("/cli/schedule/csv-and-text", test_schedule_csv_and_text);
  g_test_add_func ("/cli/check/exit-status-and-json", test_check);
  g_test_add_func ("/cli/bad-files-exit-2", test_bad_files);
  g_test_add_func ("/cli/library/import-list-export", test_library_commands);
  g_test_add_func ("/cli/chart-and-report", test_chart_and_report);

  return g_test_run ();
}
