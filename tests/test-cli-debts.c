/* test-cli-debts.c — musharaka-cli debts as a shell user meets it: a CSV
 * export imported all or nothing, the register listed as of dates in
 * JSON, CSV and text, a payment, the claim letter, the ageing chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "cli-test-util.h"

/* What an accounting program exports: `;` between fields, dates both
 * ways, a decimal comma, a no-break space between thousands, one row
 * without a currency (RUB). */
static const char export_utf8[] =
  "debtor;tax_number;document;document_date;due;amount;currency\r\n"
  "ООО «Ромашка»;7701234567;Счёт № 17;01.03.2025;31.03.2025;1\xc2\xa0" "200,50;RUB\r\n"
  "ИП Иванов;;Договор 5;2025-02-01;2025-04-15;300;RUB\r\n"
  "ООО «Ромашка»;7701234567;Счёт № 18;2025-04-01;2025-04-30;99,99;\r\n";

typedef struct
{
  char *dir;
  char *library;
  char *csv;
} Place;

static void
place_clear (Place *place)
{
  g_autoptr(GDir) dir = g_dir_open (place->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (place->dir, name, NULL);

      g_chmod (file, 0600);
      g_unlink (file);
    }
  g_chmod (place->dir, 0700);
  g_rmdir (place->dir);
  g_free (place->dir);
  g_free (place->library);
  g_free (place->csv);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Place, place_clear)

/* A folder of the test's own with the export in Windows-1251. */
static Place
place_new (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *cp1251 = NULL;
  gsize length = 0;
  Place place;

  place.dir = g_dir_make_tmp ("cli-debts-XXXXXX", &error);
  g_assert_no_error (error);
  place.library = g_build_filename (place.dir, "library.sqlite3", NULL);
  place.csv = g_build_filename (place.dir, "export.csv", NULL);
  cp1251 = g_convert (export_utf8, -1, "WINDOWS-1251", "UTF-8", NULL, &length, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (place.csv, cp1251, length, &error));
  return place;
}

static void
import_export (const Place *place)
{
  g_auto(Run) run = cli ("debts", "import", place->csv, "--library", place->library, NULL);

  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "imported 3 debts, ids i1-debt-1 to i1-debt-3"));
  g_assert_nonnull (strstr (run.out, "2 debtors in the file"));
}

static JsonNode *
list_json (const Place *place,
           const char  *as_of)
{
  g_auto(Run) run = cli ("debts", "list", "--library", place->library, "--as-of", as_of, "--format", "json", NULL);

  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  return parse_json (run.out);
}

static JsonNode *
show_json (const Place *place,
           const char  *id,
           const char  *as_of)
{
  g_auto(Run) run = cli ("debts", "show", id, "--library", place->library, "--as-of", as_of, "--format", "json",
                         NULL);

  g_assert_cmpint (run.status, ==, 0);
  return parse_json (run.out);
}

static JsonObject *
debt_at (JsonObject *list,
         guint       i)
{
  return json_array_get_object_element (member_array (list, "debts"), i);
}

/* The export read from Windows-1251 with its decimal commas, listed as
 * DESIGN gives the JSON: its keys, ids, exact amounts, days after the due
 * date, buckets, statuses and totals by bucket. */
static void
test_import_list_json (void)
{
  static const char * const keys[] = {
    "id", "debtor", "currency", "amount", "outstanding", "due", "days_overdue", "bucket", "status",
    "limitation_date", "court_from", "findings", NULL
  };
  static const char * const top[] = { "as_of", "debts", "totals", NULL };
  g_auto(Place) place = place_new ();
  g_autoptr(JsonNode) july = NULL;
  g_autoptr(JsonNode) april = NULL;
  JsonObject *list, *first, *totals, *by_bucket;

  import_export (&place);
  july = list_json (&place, "2025-07-01");
  list = json_node_get_object (july);
  assert_keys (list, top);
  g_assert_cmpstr (member_string (list, "as_of"), ==, "2025-07-01");
  g_assert_cmpuint (json_array_get_length (member_array (list, "debts")), ==, 3);

  first = debt_at (list, 0);
  assert_keys (first, keys);
  g_assert_cmpstr (member_string (first, "id"), ==, "i1-debt-1");
  g_assert_cmpstr (member_string (first, "debtor"), ==, "ООО «Ромашка»");
  g_assert_cmpstr (member_string (first, "currency"), ==, "RUB");
  g_assert_cmpstr (member_string (first, "amount"), ==, "1200.50");
  g_assert_cmpstr (member_string (first, "outstanding"), ==, "1200.50");
  g_assert_cmpstr (member_string (first, "due"), ==, "2025-03-31");
  g_assert_cmpint (member_int (first, "days_overdue"), ==, 92);
  g_assert_cmpstr (member_string (first, "bucket"), ==, "91-180");
  g_assert_cmpstr (member_string (first, "status"), ==, "overdue");
  g_assert_cmpstr (member_string (first, "limitation_date"), ==, "2028-03-31");
  g_assert_true (JSON_NODE_HOLDS_NULL (member (first, "court_from")));
  g_assert_cmpstr (member_string (json_array_get_object_element (member_array (first, "findings"), 0), "rule"), ==,
                   "no-written-claim");

  g_assert_cmpstr (member_string (debt_at (list, 1), "id"), ==, "i1-debt-2");
  g_assert_cmpint (member_int (debt_at (list, 1), "days_overdue"), ==, 77);
  g_assert_cmpstr (member_string (debt_at (list, 1), "bucket"), ==, "31-90");
  g_assert_cmpstr (member_string (debt_at (list, 2), "amount"), ==, "99.99");
  g_assert_cmpstr (member_string (debt_at (list, 2), "currency"), ==, "RUB");
  g_assert_cmpint (member_int (debt_at (list, 2), "days_overdue"), ==, 62);

  totals = member_object (member_object (list, "totals"), "RUB");
  g_assert_cmpstr (member_string (totals, "outstanding"), ==, "1600.49");
  by_bucket = member_object (totals, "by_bucket");
  g_assert_cmpuint (json_object_get_size (by_bucket), ==, 5);
  g_assert_cmpstr (member_string (by_bucket, "not-due"), ==, "0.00");
  g_assert_cmpstr (member_string (by_bucket, "1-30"), ==, "0.00");
  g_assert_cmpstr (member_string (by_bucket, "31-90"), ==, "399.99");
  g_assert_cmpstr (member_string (by_bucket, "91-180"), ==, "1200.50");
  g_assert_cmpstr (member_string (by_bucket, "over-180"), ==, "0.00");

  /* Before the third is due: not overdue, open. */
  april = list_json (&place, "2025-04-20");
  list = json_node_get_object (april);
  g_assert_cmpint (member_int (debt_at (list, 0), "days_overdue"), ==, 20);
  g_assert_cmpstr (member_string (debt_at (list, 0), "bucket"), ==, "1-30");
  g_assert_cmpint (member_int (debt_at (list, 2), "days_overdue"), ==, 0);
  g_assert_cmpstr (member_string (debt_at (list, 2), "bucket"), ==, "not-due");
  g_assert_cmpstr (member_string (debt_at (list, 2), "status"), ==, "open");
  g_assert_cmpuint (json_array_get_length (member_array (debt_at (list, 2), "findings")), ==, 0);
}

/* A bad row is named by its line and column, and nothing of the file is
 * stored; an empty register lists as such. */
static void
test_import_bad_row (void)
{
  g_auto(Place) place = place_new ();
  g_autofree char *bad = g_build_filename (place.dir, "bad.csv", NULL);
  g_autoptr(JsonNode) node = NULL;

  g_assert_true (g_file_set_contents (bad, "debtor;due;amount\n"
                                           "Ромашка;2025-03-31;100\n"
                                           "Иванов;2025-04-31;300\n", -1, NULL));
  {
    g_auto(Run) run = cli ("debts", "import", bad, "--library", place.library, NULL);

    g_assert_cmpint (run.status, ==, 2);
    g_assert_cmpstr (run.out, ==, "");
    g_assert_nonnull (strstr (run.err, bad));
    g_assert_nonnull (strstr (run.err, "Line 3, column “due”"));
    g_assert_nonnull (strstr (run.err, "2025-04-31"));
  }
  node = list_json (&place, "2025-07-01");
  g_assert_cmpuint (json_array_get_length (member_array (json_node_get_object (node), "debts")), ==, 0);
  g_assert_cmpuint (json_object_get_size (member_object (json_node_get_object (node), "totals")), ==, 0);
  {
    g_auto(Run) run = cli ("debts", "list", "--library", place.library, "--as-of", "2025-07-01", NULL);

    g_assert_nonnull (strstr (run.out, "The register is empty"));
  }
}

/* The same export again: new ids, the same debtors. */
static void
test_import_twice (void)
{
  g_auto(Place) place = place_new ();
  g_autoptr(JsonNode) first = NULL;
  g_autoptr(JsonNode) again = NULL;

  import_export (&place);
  {
    g_auto(Run) run = cli ("debts", "import", place.csv, "--library", place.library, NULL);

    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "ids i2-debt-1 to i2-debt-3"));
  }
  first = show_json (&place, "i1-debt-1", "2025-07-01");
  again = show_json (&place, "i2-debt-1", "2025-07-01");
  g_assert_cmpstr (member_string (member_object (json_node_get_object (first), "debtor"), "id"), ==, "i1-debtor-1");
  g_assert_cmpstr (member_string (member_object (json_node_get_object (again), "debtor"), "id"), ==, "i1-debtor-1");
}

/* A payment with a decimal comma, to the kopeck; what cannot be a
 * payment of the debt is refused with the reason, and nothing changes. */
static void
test_pay (void)
{
  g_auto(Place) place = place_new ();
  g_autoptr(JsonNode) node = NULL;
  JsonObject *debt, *payment;

  import_export (&place);
  {
    g_auto(Run) run = cli ("debts", "pay", "i1-debt-1", "200,55", "--date", "2025-05-05", "--kind", "in-kind",
                           "--library", place.library, NULL);

    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, "i1-debt-1: recorded 200.55 RUB paid on 2025-05-05; 999.95 RUB left to pay\n");
  }
  {
    g_auto(Run) run = cli ("debts", "pay", "i1-debt-1", "1000", "--date", "2025-05-06", "--library", place.library,
                           NULL);

    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "1000.00 RUB is more than the 999.95 RUB outstanding"));
  }
  {
    g_auto(Run) run = cli ("debts", "pay", "i1-debt-1", "1.001", "--date", "2025-05-06", "--library", place.library,
                           NULL);

    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "at most 2 digits after the point"));
  }
  {
    g_auto(Run) run = cli ("debts", "pay", "i1-debt-1", "10", "--library", place.library, NULL);

    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "--date"));
  }
  {
    g_auto(Run) run = cli ("debts", "pay", "i1-debt-1", "10", "--date", "2025-05-06", "--kind", "barter",
                           "--library", place.library, NULL);

    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "--kind: expected “cash”, “in-kind” or “set-off”, got “barter”"));
  }
  {
    g_auto(Run) run = cli ("debts", "pay", "i9-debt-9", "10", "--date", "2025-05-06", "--library", place.library,
                           NULL);

    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "There is no debt “i9-debt-9”"));
  }

  node = show_json (&place, "i1-debt-1", "2025-07-01");
  debt = json_node_get_object (node);
  g_assert_cmpstr (member_string (debt, "paid"), ==, "200.55");
  g_assert_cmpstr (member_string (debt, "outstanding"), ==, "999.95");
  g_assert_cmpuint (json_array_get_length (member_array (debt, "payments")), ==, 1);
  payment = json_array_get_object_element (member_array (debt, "payments"), 0);
  g_assert_cmpstr (member_string (payment, "date"), ==, "2025-05-05");
  g_assert_cmpstr (member_string (payment, "amount"), ==, "200.55");
  g_assert_cmpstr (member_string (payment, "kind"), ==, "in-kind");
}

static gboolean
is_pdf (const char *path)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  return g_file_get_contents (path, &data, &length, NULL) && length > 1000 && memcmp (data, "%PDF-", 5) == 0;
}

/* The claim letter as a PDF, recorded as sent: a claim sent on 10 May
 * with 30 days gives 10 June, as DESIGN says. A claim before the due date
 * is refused, and no letter is left. */
static void
test_claim (void)
{
  g_auto(Place) place = place_new ();
  g_autofree char *pdf = g_build_filename (place.dir, "claim.pdf", NULL);
  g_autofree char *early = g_build_filename (place.dir, "early.pdf", NULL);
  g_autoptr(JsonNode) node = NULL;
  JsonObject *debt, *claim;

  import_export (&place);
  {
    g_auto(Run) run = cli ("debts", "claim", "i1-debt-2", "-o", early, "--sent", "2025-04-15", "--library",
                           place.library, NULL);

    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "claim.sent"));
    g_assert_false (g_file_test (early, G_FILE_TEST_EXISTS));
  }
  {
    g_auto(Run) run = cli ("debts", "claim", "i1-debt-2", "-o", pdf, "--sent", "2025-05-10", "--library",
                           place.library, NULL);

    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "recorded as sent on 2025-05-10"));
    g_assert_nonnull (strstr (run.out, "a suit may be filed from 2025-06-10"));
  }
  g_assert_true (is_pdf (pdf));

  node = show_json (&place, "i1-debt-2", "2025-06-01");
  debt = json_node_get_object (node);
  claim = member_object (debt, "claim");
  g_assert_cmpstr (member_string (claim, "sent"), ==, "2025-05-10");
  g_assert_cmpstr (member_string (claim, "method"), ==, "post");
  g_assert_true (JSON_NODE_HOLDS_NULL (member (claim, "delivered")));
  g_assert_cmpstr (member_string (debt, "court_from"), ==, "2025-06-10");
  g_assert_cmpstr (member_string (debt, "status"), ==, "claimed");
  g_clear_pointer (&node, json_node_unref);
  node = show_json (&place, "i1-debt-2", "2025-06-10");
  g_assert_cmpstr (member_string (json_node_get_object (node), "status"), ==, "may-sue");
}

static void
test_ageing (void)
{
  g_auto(Place) place = place_new ();
  g_autofree char *png = g_build_filename (place.dir, "ageing.png", NULL);
  g_autofree char *data = NULL;
  gsize length = 0;

  import_export (&place);
  {
    g_auto(Run) run = cli ("debts", "ageing", "--as-of", "2025-07-01", "-o", png, "--library", place.library, NULL);

    /* Nothing said: one currency. (A sanitizer may have its own say.) */
    g_assert_cmpint (run.status, ==, 0);
    g_assert_null (strstr (run.err, "musharaka-cli"));
    g_assert_null (strstr (run.err, "Note:"));
  }
  g_assert_true (g_file_get_contents (png, &data, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_cmpint (memcmp (data, "\x89PNG", 4), ==, 0);
  {
    g_auto(Run) run = cli ("debts", "ageing", "--currency", "USD", "-o", png, "--library", place.library, NULL);

    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "no debt of the register is in USD"));
  }
  {
    g_auto(Run) run = cli ("debts", "ageing", "-o", "chart.gif", "--library", place.library, NULL);

    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, ".png, .svg or .pdf"));
  }
}

/* The CSV's header is the JSON's keys; the text says the day and the totals. */
static void
test_list_csv_and_text (void)
{
  g_auto(Place) place = place_new ();

  import_export (&place);
  {
    g_auto(Run) run = cli ("debts", "list", "--library", place.library, "--as-of", "2025-07-01", "--format", "csv",
                           NULL);
    g_auto(GStrv) lines = NULL;

    g_assert_cmpint (run.status, ==, 0);
    lines = g_strsplit (run.out, "\r\n", -1);
    g_assert_cmpuint (g_strv_length (lines), ==, 5);
    g_assert_cmpstr (lines[0], ==, "id,debtor,currency,amount,outstanding,due,days_overdue,bucket,status,"
                                   "limitation_date,court_from,findings");
    g_assert_cmpstr (lines[1], ==, "i1-debt-1,ООО «Ромашка»,RUB,1200.50,1200.50,2025-03-31,92,91-180,overdue,"
                                   "2028-03-31,,no-written-claim");
    g_assert_cmpstr (lines[4], ==, "");
  }
  {
    g_auto(Run) run = cli ("debts", "list", "--library", place.library, "--as-of", "2025-07-01", NULL);

    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "Debts as of 2025-07-01"));
    g_assert_nonnull (strstr (run.out, "i1-debt-1 · ООО «Ромашка»"));
    g_assert_nonnull (strstr (run.out, "92 days overdue (91–180 days)"));
    g_assert_nonnull (strstr (run.out, "Outstanding in RUB: 1600.49"));
  }
  {
    g_auto(Run) run = cli ("debts", "list", "--library", place.library, "--as-of", "2025-02-30", NULL);

    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "--as-of: expected a date as YYYY-MM-DD"));
  }
  {
    g_auto(Run) run = cli ("debts", "show", "i1-debt-1", "--library", place.library, "--format", "csv", NULL);

    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "--format: expected “text” or “json”"));
  }
}

/* A library that cannot be written refuses a payment and says so. */
static void
test_read_only (void)
{
  g_auto(Place) place = place_new ();
  g_autofree char *pdf = g_build_filename (place.dir, "claim.pdf", NULL);

  import_export (&place);
  g_assert_cmpint (g_chmod (place.library, 0444), ==, 0);
  {
    g_auto(Run) run = cli ("debts", "pay", "i1-debt-1", "10", "--date", "2025-05-06", "--library", place.library,
                           NULL);

    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "read-only"));
  }
  {
    g_auto(Run) run = cli ("debts", "claim", "i1-debt-1", "-o", pdf, "--sent", "2025-05-06", "--library",
                           place.library, NULL);

    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "read-only"));
    g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  }
  {
    g_autoptr(JsonNode) node = show_json (&place, "i1-debt-1", "2025-07-01");

    g_assert_cmpuint (json_array_get_length (member_array (json_node_get_object (node), "payments")), ==, 0);
  }
}

/* A register in JSON with every part of a debt's history, imported;
 * what `show` prints of it imports into another library and shows the
 * same to the byte. */
static void
test_import_json_round_trip (void)
{
  static const char register_json[] =
    "{\"debtors\": [{\"id\": \"acme\", \"name\": \"ООО «Ромашка»\", \"kind\": \"company\","
    "  \"tax_number\": \"7701234567\", \"address\": \"Москва\", \"hardship\": true}],"
    " \"debts\": [{\"id\": \"inv-17\", \"debtor\": \"acme\", \"document\": \"Счёт № 17\","
    "  \"document_date\": \"2025-03-01\", \"currency\": \"KWD\", \"amount\": \"1200.505\","
    "  \"due\": \"2025-03-31\", \"claim_days\": 10, \"charity_pledge\": \"5.000\", \"notes\": \"по договору\","
    "  \"payments\": [{\"date\": \"2025-04-02\", \"amount\": \"100.005\", \"kind\": \"set-off\"},"
    "                {\"date\": \"2025-04-20\", \"amount\": \"0.500\", \"note\": \"наличными\"}],"
    "  \"contacts\": [{\"date\": \"2025-04-03\", \"kind\": \"call\", \"note\": \"обещал\","
    "                \"next_step\": \"2025-04-10\"}],"
    "  \"claim\": {\"sent\": \"2025-04-05\", \"method\": \"hand\", \"delivered\": \"2025-04-05\"},"
    "  \"arrangement\": {\"kind\": \"instalments\", \"agreed\": \"2025-04-25\", \"first_due\": \"2025-05-31\","
    "                   \"n\": 3, \"every\": 1}}]}";
  g_auto(Place) place = place_new ();
  g_auto(Place) other = place_new ();
  g_autofree char *path = g_build_filename (place.dir, "register.json", NULL);
  g_autofree char *again = g_build_filename (place.dir, "again.json", NULL);
  g_autoptr(JsonNode) node = NULL;
  JsonObject *debt, *arrangement;
  JsonArray *instalments;

  g_assert_true (g_file_set_contents (path, register_json, -1, NULL));
  {
    g_auto(Run) run = cli ("debts", "import", path, "--library", place.library, NULL);
    g_autofree char *said = g_strdup_printf ("%s: imported 1 debt\n1 debtor in the file\n", path);

    g_assert_cmpstr (run.err, ==, "");
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, said);
  }
  node = show_json (&place, "inv-17", "2025-06-15");
  debt = json_node_get_object (node);
  g_assert_cmpstr (member_string (debt, "amount"), ==, "1200.505");
  g_assert_cmpstr (member_string (debt, "paid"), ==, "100.505");
  g_assert_cmpstr (member_string (debt, "outstanding"), ==, "1100.000");
  g_assert_cmpstr (member_string (debt, "charity_pledge"), ==, "5.000");
  g_assert_true (json_node_get_boolean (member (member_object (debt, "debtor"), "hardship")));
  g_assert_cmpstr (member_string (debt, "court_from"), ==, "2025-04-16");
  arrangement = member_object (debt, "arrangement");
  instalments = member_array (arrangement, "instalments");
  g_assert_cmpuint (json_array_get_length (instalments), ==, 3);
  g_assert_cmpstr (member_string (json_array_get_object_element (instalments, 0), "amount"), ==, "366.666");
  g_assert_cmpstr (member_string (json_array_get_object_element (instalments, 2), "amount"), ==, "366.668");
  g_assert_cmpstr (member_string (json_array_get_object_element (instalments, 2), "date"), ==, "2025-07-31");

  {
    g_auto(Run) shown = cli ("debts", "show", "inv-17", "--library", place.library, "--as-of", "2025-06-15",
                             "--format", "json", NULL);
    g_autofree char *wrapped = g_strdup_printf ("{\"debts\": [%s]}", shown.out);
    g_auto(Run) imported = { NULL, NULL, -1 };
    g_auto(Run) reshown = { NULL, NULL, -1 };

    g_assert_true (g_file_set_contents (again, wrapped, -1, NULL));
    imported = cli ("debts", "import", again, "--library", other.library, NULL);
    g_assert_cmpint (imported.status, ==, 0);
    reshown = cli ("debts", "show", "inv-17", "--library", other.library, "--as-of", "2025-06-15", "--format",
                   "json", NULL);
    g_assert_cmpstr (reshown.out, ==, shown.out);
  }
}

/* What is not the register's is named by its JSON path; nothing is stored. */
static void
test_import_json_refused (void)
{
  static const struct { const char *json; const char *says; } cases[] = {
    { "{\"debts\": [{\"id\": \"x\", \"debtor\": \"d\", \"amount\": \"10\", \"due\": \"2025-01-01\", \"rate\": \"5\"}]}",
      "debts[0].rate: unknown key" },
    { "{\"debts\": [{\"id\": \"x\", \"debtor\": \"d\", \"amount\": \"10.001\", \"due\": \"2025-01-01\"}]}",
      "debts[0].amount: expected a number with at most 2 decimal places" },
    { "{\"debts\": [{\"id\": \"x\", \"debtor\": \"d\", \"amount\": \"10\", \"due\": \"2025-02-29\"}]}",
      "debts[0].due: expected a date as \"YYYY-MM-DD\"" },
    { "{\"debts\": [{\"id\": \"x\", \"debtor\": \"d\", \"amount\": \"10\", \"due\": \"2025-01-01\","
      " \"payments\": [{\"date\": \"2025-02-01\", \"amount\": \"1\", \"kind\": \"barter\"}]}]}",
      "debts[0].payments[0].kind: expected one of “cash”, “in-kind”, “set-off”" },
    { "{\"debtors\": [{\"id\": \"d\", \"name\": \"D\"}], \"debts\": [{\"id\": \"x\", \"debtor\": \"d\","
      " \"amount\": \"10\", \"due\": \"2025-01-01\", \"payments\": [{\"date\": \"2025-02-01\", \"amount\": \"11\"}]}]}",
      "(payments[0].amount)" },
    { "{\"debts\": [{\"id\": \"x\", \"debtor\": \"nobody\", \"amount\": \"10\", \"due\": \"2025-01-01\"}]}",
      "no debtor “nobody”" },
    { "{\"debts\": []} []", "something follows its object" },
  };
  g_auto(Place) place = place_new ();
  g_autofree char *path = g_build_filename (place.dir, "bad.json", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { NULL, NULL, -1 };

      g_assert_true (g_file_set_contents (path, cases[i].json, -1, NULL));
      run = cli ("debts", "import", path, "--library", place.library, NULL);
      g_assert_cmpint (run.status, ==, 2);
      if (strstr (run.err, cases[i].says) == NULL)
        g_error ("case %u: “%s” does not say “%s”", i, run.err, cases[i].says);
    }
  {
    g_autoptr(JsonNode) node = list_json (&place, "2025-07-01");

    g_assert_cmpuint (json_array_get_length (member_array (json_node_get_object (node), "debts")), ==, 0);
  }
}

static void
test_usage (void)
{
  g_auto(Run) run = cli ("debts", NULL);
  g_auto(Run) help = cli ("--help", NULL);

  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "debts list [--library DB] [--as-of YYYY-MM-DD] [--format text|json|csv]"));
  g_assert_nonnull (strstr (run.err, "debts pay ID AMOUNT --date YYYY-MM-DD [--kind cash|in-kind|set-off]"));
  g_assert_nonnull (strstr (help.out, "debts import|list|show|pay|claim|ageing"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/debts/usage", test_usage);
  g_test_add_func ("/cli/debts/import/windows-1251-listed-as-json", test_import_list_json);
  g_test_add_func ("/cli/debts/import/bad-row-stores-nothing", test_import_bad_row);
  g_test_add_func ("/cli/debts/import/twice-same-debtors", test_import_twice);
  g_test_add_func ("/cli/debts/import/json-round-trip-through-show", test_import_json_round_trip);
  g_test_add_func ("/cli/debts/import/json-refused-by-path", test_import_json_refused);
  g_test_add_func ("/cli/debts/pay/to-the-kopeck-and-refusals", test_pay);
  g_test_add_func ("/cli/debts/claim/pdf-recorded-court-from", test_claim);
  g_test_add_func ("/cli/debts/ageing/png", test_ageing);
  g_test_add_func ("/cli/debts/list/csv-and-text", test_list_csv_and_text);
  g_test_add_func ("/cli/debts/read-only/refused", test_read_only);

  return g_test_run ();
}
