/* test-store.c — the scenario library: round trips, refusals, migrations,
 * the trash, a full disk and crashes in the middle of saves
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "mu-engine.h"
#include "mu-exchange.h"
#include "mu-store-private.h"
#include "store-test-fixture.h"
#include "store-test-scenario.h"
#include "test-util.h"

static MuStore *
open_store (const char       *path,
            MuStoreOpenFlags  flags)
{
  g_autoptr(GError) error = NULL;
  MuStore *store = mu_store_open (path, flags, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static guint
count (MuStore    *store,
       const char *search)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = mu_store_list (store, search, &error);

  g_assert_no_error (error);
  return entries->len;
}

static void
test_create_seeded (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_DEFAULT);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = mu_store_list (store, NULL, &error);
  const MuStoreEntry *d = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 4);
  g_assert_cmpint (mu_store_get_schema_version (store), ==, MU_STORE_SCHEMA_VERSION);
  g_assert_false (mu_store_is_read_only (store));

  for (guint i = 0; i < entries->len; i++)
    {
      const MuStoreEntry *entry = g_ptr_array_index (entries, i);

      if (g_str_has_prefix (entry->name, "Harvester, sleeping"))
        d = entry;
    }
  g_assert_nonnull (d);
  g_assert_cmpint (d->total_profit, ==, 40000);
  g_assert_cmpint (d->bank_share, ==, 714286);   /* 71.4286 % */
  g_assert_cmpint (d->bank_received, ==, 4 * 7000 + 50000);
  g_assert_cmpuint (d->n_errors, ==, 1);
  g_assert_cmpstr (d->currency, ==, "RUB");
}

static void
test_save_load_round_trip (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autoptr(MuScenario) scenario = store_test_scenario (7);
  g_autoptr(MuScenario) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = mu_store_save (store, NULL, scenario, &error);

  g_assert_no_error (error);
  g_assert_true (g_uuid_string_is_valid (uuid));
  loaded = mu_store_load (store, uuid, &error);
  g_assert_no_error (error);
  g_assert_true (mu_scenario_equal (scenario, loaded));
  assert_same_schedule (scenario, loaded);
}

/* A step-up plan, the rent a year, ownership costs and an early buyout
 * are stored and read back. A rent a year may pass the 100 percent that
 * the library refuses for a rent a period. */
static void
test_save_load_payments (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autoptr(MuScenario) scenario = store_test_scenario (3);
  g_autoptr(MuScenario) loaded = NULL;
  g_autoptr(GError) error = NULL;
  MuFinancing *f = &scenario->financing;
  g_autofree char *uuid = NULL;
  sqlite3 *db = NULL;

  f->unit_price = MU_UNIT_PRICE_NOMINAL;
  f->plan = MU_PAYMENT_PLAN_STEP_UP;
  f->step = 50000;
  f->rent_annual = TRUE;
  f->rent = 1500000;
  f->costs = 1250;
  f->early_buyout = 9;
  f->has_loan_rate = TRUE;
  f->loan_rate = 180000;
  uuid = mu_store_save (store, NULL, scenario, &error);
  g_assert_no_error (error);
  loaded = mu_store_load (store, uuid, &error);
  g_assert_no_error (error);
  g_assert_true (mu_scenario_equal (scenario, loaded));
  g_assert_cmpint (loaded->financing.plan, ==, MU_PAYMENT_PLAN_STEP_UP);
  g_assert_cmpint (loaded->financing.step, ==, 50000);
  g_assert_true (loaded->financing.rent_annual);
  g_assert_cmpint (loaded->financing.rent, ==, 1500000);
  g_assert_cmpint (loaded->financing.costs, ==, 1250);
  g_assert_cmpuint (loaded->financing.early_buyout, ==, 9);
  g_assert_cmpint (loaded->financing.loan_rate, ==, 180000);
  assert_same_schedule (scenario, loaded);

  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE financing SET rent_annual = 0", NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE financing SET plan = 'balloon'", NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE financing SET costs = -1", NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  sqlite3_close (db);
}

/* A price at valuation keeps its values in their order. */
static void
test_save_load_valuations (Fixture       *fixture,
                           gconstpointer  data)
{
  static const MuMoney values[] = { 70000, 65000, 64000 };
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autoptr(MuScenario) scenario = store_test_scenario (4);
  g_autoptr(MuScenario) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;

  scenario->financing.unit_price = MU_UNIT_PRICE_VALUATION;
  g_array_append_vals (scenario->financing.valuations, values, 3);
  /* And the buyers' agreed shares of the units. */
  {
    const gint64 shares[] = { 250000, 750000 };

    g_array_append_vals (scenario->financing.buyer_shares, shares, 2);
  }
  uuid = mu_store_save (store, NULL, scenario, &error);
  g_assert_no_error (error);
  loaded = mu_store_load (store, uuid, &error);
  g_assert_no_error (error);
  g_assert_true (mu_scenario_equal (scenario, loaded));
  g_assert_cmpuint (loaded->financing.valuations->len, ==, 3);
  g_assert_cmpint (g_array_index (loaded->financing.valuations, MuMoney, 1), ==, 65000);
  g_assert_cmpint (g_array_index (loaded->financing.buyer_shares, gint64, 1), ==, 750000);
  assert_same_schedule (scenario, loaded);
}

static void
test_save_update (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autoptr(MuScenario) first = store_test_scenario (1);
  g_autoptr(MuScenario) second = store_test_scenario (2);
  g_autoptr(MuScenario) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = mu_store_save (store, NULL, first, &error);
  g_autofree char *again = NULL;
  g_autoptr(GPtrArray) before = mu_store_list (store, NULL, &error);
  g_autoptr(GPtrArray) after = NULL;

  g_usleep (2000);
  again = mu_store_save (store, uuid, second, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again, ==, uuid);
  loaded = mu_store_load (store, uuid, &error);
  g_assert_true (mu_scenario_equal (second, loaded));
  after = mu_store_list (store, NULL, &error);
  g_assert_cmpuint (after->len, ==, 1);
  g_assert_true (g_date_time_equal (((MuStoreEntry *) before->pdata[0])->created,
                                    ((MuStoreEntry *) after->pdata[0])->created));
  g_assert_cmpint (g_date_time_compare (((MuStoreEntry *) after->pdata[0])->modified,
                                        ((MuStoreEntry *) before->pdata[0])->modified), >, 0);
  g_assert_cmpstr (((MuStoreEntry *) after->pdata[0])->name, ==, "Scenario 2");
}

static void
test_save_invalid_refused (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autoptr(MuScenario) scenario = store_test_scenario (3);
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;

  g_array_index (mu_scenario_get_partner (scenario, 0)->contributions, MuContribution, 0).amount = -1;
  uuid = mu_store_save (store, NULL, scenario, &error);
  g_assert_null (uuid);
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "partners[0].contributions[0]"));
  g_assert_cmpuint (count (store, NULL), ==, 0);
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  const char *names[] = { "Ёлка для офиса", "ЁЛКА-2", "مشاركة متناقصة", "Harvester" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(MuScenario) scenario = store_test_scenario (i);
      g_autoptr(GError) error = NULL;
      g_autofree char *uuid = NULL;

      g_free (scenario->name);
      scenario->name = g_strdup (names[i]);
      uuid = mu_store_save (store, NULL, scenario, &error);
      g_assert_no_error (error);
    }
  g_assert_cmpuint (count (store, NULL), ==, 4);
  g_assert_cmpuint (count (store, ""), ==, 4);
  g_assert_cmpuint (count (store, "ёлка"), ==, 2);
  g_assert_cmpuint (count (store, "ЁЛКА"), ==, 2);
  g_assert_cmpuint (count (store, "متناقصة"), ==, 1);
  g_assert_cmpuint (count (store, "HARV"), ==, 1);
  g_assert_cmpuint (count (store, "%"), ==, 0);
  g_assert_cmpuint (count (store, "nothing"), ==, 0);
}

static void
test_duplicate_rename (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autoptr(MuScenario) scenario = store_test_scenario (4);
  g_autoptr(MuScenario) copy = NULL;
  g_autoptr(MuScenario) renamed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = mu_store_save (store, NULL, scenario, &error);
  g_autofree char *copy_uuid = mu_store_duplicate (store, uuid, &error);
  g_autofree char *second_copy = mu_store_duplicate (store, uuid, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (copy_uuid, !=, uuid);
  copy = mu_store_load (store, copy_uuid, &error);
  g_assert_cmpstr (copy->name, ==, "Scenario 4 (copy)");
  g_free (copy->name);
  copy->name = g_strdup (scenario->name);
  g_assert_true (mu_scenario_equal (copy, scenario));
  g_clear_pointer (&copy, mu_scenario_free);
  copy = mu_store_load (store, second_copy, &error);
  g_assert_cmpstr (copy->name, ==, "Scenario 4 (copy) (2)");

  g_assert_true (mu_store_rename (store, uuid, "Склад", &error));
  renamed = mu_store_load (store, uuid, &error);
  g_assert_cmpstr (renamed->name, ==, "Склад");
  g_assert_cmpuint (count (store, "склад"), ==, 1);

  g_assert_false (mu_store_rename (store, uuid, "  ", &error));
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (mu_store_rename (store, "00000000-0000-4000-8000-000000000000", "X", &error));
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_NOT_FOUND);
}

static void
test_delete_undelete (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autoptr(MuScenario) scenario = store_test_scenario (5);
  g_autoptr(MuScenario) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = mu_store_save (store, NULL, scenario, &error);
  g_autofree char *uuid = mu_store_save (store, NULL, scenario, &error);

  g_assert_true (mu_store_delete (store, uuid, &error));
  g_assert_cmpuint (count (store, NULL), ==, 1);
  g_assert_null (mu_store_load (store, uuid, &error));
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (mu_store_undelete (store, uuid, &error));
  g_assert_cmpuint (count (store, NULL), ==, 2);
  back = mu_store_load (store, uuid, &error);
  g_assert_true (mu_scenario_equal (back, scenario));

  /* Closing empties the trash: a deletion is final once the app quits. */
  g_assert_true (mu_store_delete (store, uuid, &error));
  g_clear_pointer (&store, mu_store_close);
  store = open_store (fixture->path, MU_STORE_OPEN_DEFAULT);
  g_assert_cmpuint (count (store, NULL), ==, 1);
  g_assert_false (mu_store_undelete (store, uuid, &error));
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_NOT_FOUND);
}

/* Another program opening and closing the library meanwhile — the command
 * line listing it — takes nothing from the window's trash. */
static void
test_trash_survives_other_connections (Fixture       *fixture,
                                       gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autoptr(MuScenario) scenario = store_test_scenario (9);
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = mu_store_save (store, NULL, scenario, &error);
  g_autofree char *partial = g_strconcat (fixture->path, ".partial", NULL);

  g_assert_no_error (error);
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
  g_assert_true (mu_store_delete (store, uuid, &error));
  mu_store_close (open_store (fixture->path, MU_STORE_OPEN_DEFAULT));
  g_assert_true (mu_store_undelete (store, uuid, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (store, NULL), ==, 1);
}

/* Asked to open it as it is, a newer library can still be looked at. */
static void
test_newer_as_is (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(MuStore) store = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  mu_store_close (open_store (fixture->path, MU_STORE_OPEN_DEFAULT));
  raw_sql (fixture->path, "PRAGMA user_version = 99");
  before = file_bytes (fixture->path);
  store = open_store (fixture->path, MU_STORE_OPEN_AS_IS);
  g_assert_true (mu_store_is_read_only (store));
  g_assert_cmpuint (count (store, NULL), ==, 4);
  g_clear_pointer (&store, mu_store_close);
  after = file_bytes (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_import_export (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_DEFAULT);
  g_autoptr(GError) error = NULL;
  g_autofree char *example = g_build_filename (g_getenv ("MUSHARAKA_EXAMPLES"), "case-c-diminishing-transfer.musharaka", NULL);
  g_autofree char *exported = g_build_filename (fixture->dir, "out.musharaka", NULL);
  g_autofree char *uuid = mu_store_import_file (store, example, &error);
  g_autofree char *found = NULL;
  g_autofree char *again = NULL;
  g_autoptr(MuScenario) original = mu_exchange_read_file (example, &error);
  g_autoptr(MuScenario) loaded = NULL;
  g_autoptr(MuScenario) written = NULL;

  g_assert_no_error (error);
  /* The seeded library has this example already: the import keeps both. */
  loaded = mu_store_load (store, uuid, &error);
  g_assert_cmpstr (loaded->name, ==, "Harvester (transfer) (2)");
  g_assert_cmpuint (count (store, NULL), ==, 5);

  found = mu_store_find_by_name (store, "Harvester (transfer) (2)", &error);
  g_assert_cmpstr (found, ==, uuid);
  g_assert_true (mu_store_export_file (store, uuid, exported, &error));
  written = mu_exchange_read_file (exported, &error);
  g_assert_no_error (error);
  assert_same_schedule (original, written);

  again = mu_store_import_file (store, exported, &error);
  g_assert_no_error (error);
  g_clear_pointer (&loaded, mu_scenario_free);
  loaded = mu_store_load (store, again, &error);
  g_assert_cmpstr (loaded->name, ==, "Harvester (transfer) (2) (2)");
  assert_same_schedule (original, loaded);

  g_assert_null (mu_store_find_by_name (store, "No such scenario", &error));
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A bad file is refused with its path, and nothing is added. */
  g_assert_true (g_file_set_contents (exported, "{\"musharaka\": 1, \"name\": 5}", -1, NULL));
  g_assert_null (mu_store_import_file (store, exported, &error));
  g_assert_nonnull (strstr (error->message, exported));
  g_assert_nonnull (strstr (error->message, "name"));
  g_assert_cmpuint (count (store, NULL), ==, 6);
}

/* Writes @contents to the fixture's library path, tries to open it and
 * checks the refusal and that not a byte changed. */
static void
assert_refused (Fixture      *fixture,
                int           code,
                const char   *words)
{
  g_autoptr(GBytes) before = file_bytes (fixture->path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  MuStore *store = mu_store_open (fixture->path, MU_STORE_OPEN_DEFAULT, &error);

  g_assert_null (store);
  g_assert_error (error, MU_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, fixture->path));
  g_assert_nonnull (strstr (error->message, words));
  after = file_bytes (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_refuse_junk (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  guint8 junk[4096];

  for (guint i = 0; i < sizeof junk; i++)
    junk[i] = g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (fixture->path, (const char *) junk, sizeof junk, NULL));
  assert_refused (fixture, MU_STORE_ERROR_NOT_A_LIBRARY, "not a Musharaka library");

  g_assert_true (g_file_set_contents (fixture->path, "", 0, NULL));
  assert_refused (fixture, MU_STORE_ERROR_NOT_A_LIBRARY, "not a Musharaka library");
}

static void
test_refuse_other_database (Fixture       *fixture,
                            gconstpointer  data)
{
  raw_sql (fixture->path, "CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance REAL);"
                          "INSERT INTO accounts (balance) VALUES (12.5);");
  assert_refused (fixture, MU_STORE_ERROR_NOT_A_LIBRARY, "another program");
}

static void
test_refuse_truncated (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GBytes) whole = NULL;
  gsize length;
  const char *bytes;

  mu_store_close (open_store (fixture->path, MU_STORE_OPEN_DEFAULT));
  whole = file_bytes (fixture->path);
  bytes = g_bytes_get_data (whole, &length);
  g_assert_cmpuint (length, >, 8192);

  /* Cut after the first page: the header is whole, the tables are not. */
  g_assert_true (g_file_set_contents (fixture->path, bytes, 4096 + 100, NULL));
  assert_refused (fixture, MU_STORE_ERROR_CORRUPT, "damaged");

  g_assert_true (g_file_set_contents (fixture->path, bytes, 60, NULL));
  assert_refused (fixture, MU_STORE_ERROR_NOT_A_LIBRARY, "not a Musharaka library");
}

static void
test_refuse_newer (Fixture       *fixture,
                   gconstpointer  data)
{
  mu_store_close (open_store (fixture->path, MU_STORE_OPEN_DEFAULT));
  raw_sql (fixture->path, "PRAGMA user_version = 99");
  assert_refused (fixture, MU_STORE_ERROR_NEWER, "newer version");
}

static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(MuStore) store = NULL;
  g_autoptr(MuScenario) scenario = store_test_scenario (1);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(MuScenario) loaded = NULL;

  mu_store_close (open_store (fixture->path, MU_STORE_OPEN_DEFAULT));
  g_assert_cmpint (g_chmod (fixture->path, 0444), ==, 0);
  before = file_bytes (fixture->path);

  store = open_store (fixture->path, MU_STORE_OPEN_DEFAULT);
  g_assert_true (mu_store_is_read_only (store));
  entries = mu_store_list (store, NULL, &error);
  g_assert_cmpuint (entries->len, ==, 4);
  loaded = mu_store_load (store, ((MuStoreEntry *) entries->pdata[0])->uuid, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);

  g_assert_null (mu_store_save (store, NULL, scenario, &error));
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, fixture->path));
  g_clear_error (&error);
  g_assert_false (mu_store_delete (store, ((MuStoreEntry *) entries->pdata[0])->uuid, &error));
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_READ_ONLY);

  g_clear_pointer (&store, mu_store_close);
  after = file_bytes (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
}

/* A library as the first schema wrote it opens, is upgraded in place, and
 * its scenarios load and can be searched by name. */
static void
test_migrate_from_version_1 (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MuStore *old = mu_store_create_at_version (fixture->path, 1, &error);
  g_autoptr(MuStore) store = NULL;
  g_autoptr(MuScenario) loaded = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (mu_store_get_schema_version (old), ==, 1);
  mu_store_close (old);

  raw_sql (fixture->path,
           "INSERT INTO scenarios (id, uuid, name, currency, school, start_date, period, periods, notes,"
           " profit_series, profit_per_period, profit_growth, has_balance, total_assets, cash, receivables,"
           " certificates, created, modified, total_profit, bank_share, bank_received, n_errors) VALUES"
           " (1, '5f0c2a3e-8d1b-4c47-9e3f-0a1b2c3d4e5f', 'Комбайн', 'RUB', 'hanafi', '2026-01-01', 'quarter',"
           " 4, NULL, 0, 10000, 0, 0, 0, 0, 0, 0, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z',"
           " 40000, 714286, 73067, 0);"
           "INSERT INTO partners (id, scenario_id, position, key, name, kind, manages) VALUES"
           " (1, 1, 0, 'company', 'Company', 'owner', 1), (2, 1, 1, 'bank', 'Bank', 'bank', 0);"
           "INSERT INTO contributions (partner_id, position, kind, asset_name, amount, fungible) VALUES"
           " (1, 0, 'cash', NULL, 20000, 1), (2, 0, 'cash', NULL, 50000, 1);"
           "INSERT INTO financing VALUES (1, 'asset', 'bank', 4, 1, 'redemption', 'nominal', 0, 0, 0, 0);"
           "INSERT INTO buyers VALUES (1, 0, 'company');");

  store = open_store (fixture->path, MU_STORE_OPEN_DEFAULT);
  g_assert_cmpint (mu_store_get_schema_version (store), ==, MU_STORE_SCHEMA_VERSION);
  entries = mu_store_list (store, "КОМБ", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);
  loaded = mu_store_load (store, "5f0c2a3e-8d1b-4c47-9e3f-0a1b2c3d4e5f", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (loaded->name, ==, "Комбайн");
  g_assert_cmpint (loaded->financing.mode, ==, MU_OWNERSHIP_REDEMPTION);
  {
    g_autoptr(MuResult) result = mu_engine_run (loaded, &error);

    g_assert_cmpfloat_with_epsilon (mu_result_ownership_percent (result, 2, 1), 65.2174, 0.0001);
  }
}

/* A library of the second schema is upgraded to the third, whose
 * partners table is made anew: every partner keeps its contributions
 * (foreign keys on while dropping the old table would have taken them),
 * and a worker and a loan rate can then be stored and read back. */
static void
test_migrate_from_version_2 (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MuStore *old = mu_store_create_at_version (fixture->path, 2, &error);
  g_autoptr(MuStore) store = NULL;
  g_autoptr(MuScenario) loaded = NULL;
  g_autoptr(MuScenario) mudarabah = NULL;
  g_autofree char *uuid = NULL;
  MuPartner *worker;

  g_assert_no_error (error);
  mu_store_close (old);
  raw_sql (fixture->path,
           "INSERT INTO scenarios (id, uuid, name, currency, school, start_date, period, periods, notes,"
           " profit_series, profit_per_period, profit_growth, has_balance, total_assets, cash, receivables,"
           " certificates, created, modified, total_profit, bank_share, bank_received, n_errors, name_key) VALUES"
           " (1, '5f0c2a3e-8d1b-4c47-9e3f-0a1b2c3d4e5f', 'Harvester', 'RUB', 'hanafi', '2026-01-01', 'quarter',"
           " 4, NULL, 0, 10000, 0, 0, 0, 0, 0, 0, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z',"
           " 40000, 714286, 73067, 0, 'harvester');"
           "INSERT INTO partners (id, scenario_id, position, key, name, kind, manages) VALUES"
           " (1, 1, 0, 'company', 'Company', 'owner', 1), (2, 1, 1, 'bank', 'Bank', 'bank', 0);"
           "INSERT INTO contributions (partner_id, position, kind, asset_name, amount, fungible) VALUES"
           " (1, 0, 'cash', NULL, 20000, 1), (2, 0, 'cash', NULL, 50000, 1);"
           "INSERT INTO financing VALUES (1, 'asset', 'bank', 4, 1, 'redemption', 'nominal', 0, 0, 0, 0);"
           "INSERT INTO buyers VALUES (1, 0, 'company');");

  store = open_store (fixture->path, MU_STORE_OPEN_DEFAULT);
  g_assert_cmpint (mu_store_get_schema_version (store), ==, MU_STORE_SCHEMA_VERSION);
  loaded = mu_store_load (store, "5f0c2a3e-8d1b-4c47-9e3f-0a1b2c3d4e5f", &error);
  g_assert_no_error (error);
  g_assert_cmpint (mu_partner_get_cash (mu_scenario_get_partner (loaded, 0)), ==, 20000);
  g_assert_cmpint (mu_partner_get_cash (mu_scenario_get_partner (loaded, 1)), ==, 50000);
  g_assert_false (loaded->financing.has_loan_rate);

  mudarabah = mu_scenario_copy (loaded);
  worker = mu_scenario_add_partner (mudarabah, "Manager", MU_PARTNER_WORKER);
  g_array_set_size (worker->contributions, 0);
  worker->has_profit_share = TRUE;
  worker->profit_share = 200000;
  mudarabah->financing.has_loan_rate = TRUE;
  mudarabah->financing.loan_rate = 180000;
  uuid = mu_store_save (store, NULL, mudarabah, &error);
  g_assert_no_error (error);
  g_clear_pointer (&loaded, mu_scenario_free);
  loaded = mu_store_load (store, uuid, &error);
  g_assert_no_error (error);
  g_assert_true (mu_scenario_equal (loaded, mudarabah));
  g_assert_cmpint (mu_scenario_get_partner (loaded, 2)->kind, ==, MU_PARTNER_WORKER);
  g_assert_cmpint (loaded->financing.loan_rate, ==, 180000);
}

/* Version 3 makes the financing table anew too: a version-2 library's
 * financing keeps its terms and its buyers, the new columns take the
 * first revision's values, and the buyers still go with their financing
 * when the scenario is saved again. */
static void
test_migrate_from_version_2_financing (Fixture       *fixture,
                                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MuStore *old = mu_store_create_at_version (fixture->path, 2, &error);
  g_autoptr(MuStore) store = NULL;
  g_autoptr(MuScenario) loaded = NULL;
  g_autoptr(MuScenario) changed = NULL;
  g_autofree char *uuid = NULL;
  const MuFinancing *f;

  g_assert_no_error (error);
  mu_store_close (old);
  raw_sql (fixture->path,
           "INSERT INTO scenarios (id, uuid, name, currency, school, start_date, period, periods, notes,"
           " profit_series, profit_per_period, profit_growth, has_balance, total_assets, cash, receivables,"
           " certificates, created, modified, total_profit, bank_share, bank_received, n_errors, name_key) VALUES"
           " (1, '5f0c2a3e-8d1b-4c47-9e3f-0a1b2c3d4e5f', 'Bakery', 'RUB', 'maliki', '2026-01-01', 'month',"
           " 12, NULL, 0, 10000, 0, 0, 0, 0, 0, 0, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z',"
           " 120000, 500000, 0, 0, 'bakery');"
           "INSERT INTO partners (id, scenario_id, position, key, name, kind, manages) VALUES"
           " (1, 1, 0, 'company', 'Company', 'owner', 1), (2, 1, 1, 'son', 'Son', 'investor', 1),"
           " (3, 1, 2, 'bank', 'Bank', 'bank', 0);"
           "INSERT INTO contributions (partner_id, position, kind, asset_name, amount, fungible) VALUES"
           " (1, 0, 'cash', NULL, 20000, 1), (2, 0, 'cash', NULL, 10000, 1), (3, 0, 'cash', NULL, 30000, 1);"
           "INSERT INTO financing VALUES (1, 'business', 'bank', 6, 2, 'transfer', 'fair', 12500, 1000000, 1, 0);"
           "INSERT INTO buyers VALUES (1, 0, 'company'), (1, 1, 'son');");

  store = open_store (fixture->path, MU_STORE_OPEN_DEFAULT);
  g_assert_cmpint (mu_store_get_schema_version (store), ==, MU_STORE_SCHEMA_VERSION);
  loaded = mu_store_load (store, "5f0c2a3e-8d1b-4c47-9e3f-0a1b2c3d4e5f", &error);
  g_assert_no_error (error);
  f = &loaded->financing;
  g_assert_true (f->enabled);
  g_assert_cmpint (f->object, ==, MU_OBJECT_BUSINESS);
  g_assert_cmpstr (f->bank_id, ==, "bank");
  g_assert_cmpuint (f->installments, ==, 6);
  g_assert_cmpuint (f->every, ==, 2);
  g_assert_cmpint (f->mode, ==, MU_OWNERSHIP_TRANSFER);
  g_assert_cmpint (f->unit_price, ==, MU_UNIT_PRICE_FAIR);
  g_assert_cmpint (f->depreciation, ==, 12500);
  g_assert_cmpint (f->rent, ==, 1000000);
  g_assert_true (f->buyout_binding);
  g_assert_false (f->late_interest);
  g_assert_cmpuint (f->buyer_ids->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (f->buyer_ids, 0), ==, "company");
  g_assert_cmpstr (g_ptr_array_index (f->buyer_ids, 1), ==, "son");
  g_assert_false (f->has_loan_rate);
  g_assert_cmpint (f->plan, ==, MU_PAYMENT_PLAN_EQUAL_UNITS);
  g_assert_cmpint (f->step, ==, 0);
  g_assert_false (f->rent_annual);
  g_assert_cmpint (f->costs, ==, 0);
  g_assert_cmpuint (f->early_buyout, ==, 0);

  changed = mu_scenario_copy (loaded);
  g_free (g_ptr_array_steal_index (changed->financing.buyer_ids, 1));
  changed->financing.costs = 700;
  changed->financing.early_buyout = 4;
  uuid = mu_store_save (store, "5f0c2a3e-8d1b-4c47-9e3f-0a1b2c3d4e5f", changed, &error);
  g_assert_no_error (error);
  g_clear_pointer (&loaded, mu_scenario_free);
  loaded = mu_store_load (store, uuid, &error);
  g_assert_no_error (error);
  g_assert_true (mu_scenario_equal (loaded, changed));
  g_assert_cmpuint (loaded->financing.buyer_ids->len, ==, 1);
}

/* With the disk full, a save fails whole, says why, and the library
 * keeps everything it had. */
static void
test_disk_full (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autoptr(MuScenario) small = store_test_scenario (1);
  g_autoptr(MuScenario) big = store_test_scenario (2);
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = mu_store_save (store, NULL, small, &error);
  g_autoptr(MuScenario) loaded = NULL;
  sqlite3_stmt *statement;
  int pages;

  g_assert_no_error (error);
  statement = mu_store_statement (store, "PRAGMA page_count", &error);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
  pages = sqlite3_column_int (statement, 0);
  sqlite3_reset (statement);
  {
    g_autofree char *limit = g_strdup_printf ("PRAGMA max_page_count = %d", pages);

    g_assert_true (mu_store_exec (store, limit, &error));
  }

  /* A long profit series needs pages the disk no longer has. */
  big->periods = 1200;
  g_array_set_size (big->profit.series, 1200);
  for (guint t = 0; t < 1200; t++)
    g_array_index (big->profit.series, MuMoney, t) = 123456789 + t;
  g_assert_null (mu_store_save (store, NULL, big, &error));
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "no room"));
  g_clear_error (&error);
  g_assert_null (mu_store_save (store, uuid, big, &error));
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_IO);
  g_clear_error (&error);

  g_assert_cmpuint (count (store, NULL), ==, 1);
  loaded = mu_store_load (store, uuid, &error);
  g_assert_no_error (error);
  g_assert_true (mu_scenario_equal (loaded, small));
}

/* A line of the writer's, "saved UUID N", noted in @saved; a line cut by
 * the kill is not a reported save. */
static void
note_saved (GHashTable *saved,
            const char *line)
{
  char uuid[37];
  guint n;

  if (sscanf (line, "saved %36s %u\n", uuid, &n) == 2 && g_str_has_suffix (line, "\n"))
    g_hash_table_insert (saved, g_strdup (uuid), GUINT_TO_POINTER (n));
}

/* A writer killed at a random moment, again and again: the library stays
 * sound and holds every scenario it reported saved, whole. */
static void
test_crash_sigkill (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (1984);
  g_autoptr(GHashTable) saved = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *writer = g_getenv ("MUSHARAKA_STORE_WRITER");
  guint rounds = g_test_slow () ? 100 : 25;

  g_assert_nonnull (writer);
  for (guint round = 0; round < rounds; round++)
    {
      const char *argv[] = { writer, fixture->path, NULL };
      g_autoptr(GError) error = NULL;
      g_autoptr(GIOChannel) channel = NULL;
      g_autoptr(MuStore) store = NULL;
      g_autofree char *line = NULL;
      GPid pid;
      int out, status;
      sqlite3 *db;
      sqlite3_stmt *check;

      g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                               NULL, NULL, &pid, NULL, &out, NULL, &error));
      channel = g_io_channel_unix_new (out);
      g_io_channel_set_close_on_unref (channel, TRUE);
      /* Every other writer is killed only once it has reported a save: on
       * a slow machine (under ASan) it may take longer to start than the
       * longest delay, and the test must have saves to check. The others
       * may die while the library is still being made. */
      if (round % 2 == 1 && g_io_channel_read_line (channel, &line, NULL, NULL, NULL) == G_IO_STATUS_NORMAL)
        {
          note_saved (saved, line);
          g_clear_pointer (&line, g_free);
        }
      g_usleep (g_rand_int_range (rand, 1000, 60000));
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
      g_spawn_close_pid (pid);
      g_assert_true (WIFSIGNALED (status));

      while (g_io_channel_read_line (channel, &line, NULL, NULL, NULL) == G_IO_STATUS_NORMAL)
        {
          note_saved (saved, line);
          g_clear_pointer (&line, g_free);
        }

      /* Killed while the library was still being made: it is not there
       * at all, not half there, and nothing was reported saved. */
      if (!g_file_test (fixture->path, G_FILE_TEST_EXISTS))
        {
          g_assert_cmpuint (g_hash_table_size (saved), ==, 0);
          continue;
        }
      g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &check, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_step (check), ==, SQLITE_ROW);
      g_assert_cmpstr ((const char *) sqlite3_column_text (check, 0), ==, "ok");
      sqlite3_finalize (check);
      sqlite3_close (db);

      store = open_store (fixture->path, MU_STORE_OPEN_DEFAULT);
      {
        GHashTableIter iter;
        gpointer key, value;

        g_hash_table_iter_init (&iter, saved);
        while (g_hash_table_iter_next (&iter, &key, &value))
          {
            g_autoptr(MuScenario) loaded = mu_store_load (store, key, &error);
            g_autoptr(MuScenario) expected = NULL;

            g_assert_no_error (error);
            /* A uuid saved again later holds the later scenario. */
            expected = store_test_scenario (GPOINTER_TO_UINT (value));
            if (!mu_scenario_equal (loaded, expected))
              {
                g_autoptr(MuScenario) newer = store_test_scenario (GPOINTER_TO_UINT (value) + 1);

                g_assert_true (mu_scenario_equal (loaded, newer));
              }
          }
      }
    }
  g_test_message ("%u scenarios reported saved over %u kills", g_hash_table_size (saved), rounds);
  g_assert_cmpuint (g_hash_table_size (saved), >, 0);
}

/* Saves store_test_scenario (@n) as a new scenario; returns its uuid. */
static char *
save_new (MuStore *store,
          guint    n)
{
  g_autoptr(MuScenario) scenario = store_test_scenario (n);
  g_autoptr(GError) error = NULL;
  char *uuid = mu_store_save (store, NULL, scenario, &error);

  g_assert_no_error (error);
  return uuid;
}

static void
delete_one (MuStore    *store,
            const char *uuid)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (mu_store_delete (store, uuid, &error));
  g_assert_no_error (error);
}

static GPtrArray *
list_deleted (MuStore *store)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = mu_store_list_deleted (store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (entries);
  return entries;
}

/* The trash lists what this window deleted, the last deletion first, with
 * the figures the library's list showed for it. */
static void
test_list_deleted_newest_first (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autofree char *kept = save_new (store, 1);
  g_autofree char *first = save_new (store, 2);
  g_autofree char *second = save_new (store, 3);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) listed = mu_store_list (store, NULL, &error);
  g_autoptr(GPtrArray) deleted = NULL;
  const MuStoreEntry *before = NULL;
  const MuStoreEntry *entry;

  g_assert_no_error (error);
  for (guint i = 0; i < listed->len; i++)
    if (g_strcmp0 (((MuStoreEntry *) listed->pdata[i])->uuid, first) == 0)
      before = listed->pdata[i];
  g_assert_nonnull (before);

  /* Deleted in the order opposite to that of the library's list. */
  delete_one (store, second);
  delete_one (store, first);
  deleted = list_deleted (store);
  g_assert_cmpuint (deleted->len, ==, 2);
  entry = deleted->pdata[0];
  g_assert_cmpstr (entry->uuid, ==, first);
  g_assert_cmpstr (entry->name, ==, "Scenario 2");
  g_assert_cmpstr (((MuStoreEntry *) deleted->pdata[1])->uuid, ==, second);
  g_assert_cmpstr (((MuStoreEntry *) deleted->pdata[1])->name, ==, "Scenario 3");

  g_assert_true (g_date_time_equal (entry->created, before->created));
  g_assert_cmpint (g_date_time_compare (entry->modified, before->modified), >=, 0);
  g_assert_cmpstr (entry->currency, ==, before->currency);
  g_assert_cmpint (entry->school, ==, before->school);
  g_assert_cmpuint (entry->periods, ==, before->periods);
  g_assert_cmpint (entry->total_profit, ==, before->total_profit);
  g_assert_cmpint (entry->bank_share, ==, before->bank_share);
  g_assert_cmpint (entry->bank_received, ==, before->bank_received);
  g_assert_cmpuint (entry->n_errors, ==, before->n_errors);
  g_assert_false (entry->damaged);
}

static void
test_list_deleted_undeleted_leaves (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autofree char *first = save_new (store, 1);
  g_autofree char *second = save_new (store, 2);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) deleted = NULL;

  delete_one (store, first);
  delete_one (store, second);
  g_assert_true (mu_store_undelete (store, second, &error));
  g_assert_no_error (error);
  deleted = list_deleted (store);
  g_assert_cmpuint (deleted->len, ==, 1);
  g_assert_cmpstr (((MuStoreEntry *) deleted->pdata[0])->uuid, ==, first);
  g_assert_cmpuint (count (store, NULL), ==, 1);
}

/* Another program with the library open — the command line — has deleted
 * nothing, and its closing takes nothing from this trash. */
static void
test_list_deleted_own_connection_only (Fixture       *fixture,
                                       gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autofree char *first = save_new (store, 1);
  g_autofree char *second = save_new (store, 2);
  g_autoptr(MuStore) other = NULL;
  g_autoptr(GPtrArray) theirs = NULL;
  g_autoptr(GPtrArray) ours = NULL;

  delete_one (store, first);
  delete_one (store, second);
  other = open_store (fixture->path, MU_STORE_OPEN_DEFAULT);
  theirs = list_deleted (other);
  g_assert_cmpuint (theirs->len, ==, 0);
  g_assert_cmpuint (count (other, NULL), ==, 0);
  g_clear_pointer (&other, mu_store_close);
  ours = list_deleted (store);
  g_assert_cmpuint (ours->len, ==, 2);
}

static void
test_list_deleted_empty_after_reopen (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autofree char *kept = save_new (store, 1);
  g_autofree char *first = save_new (store, 2);
  g_autofree char *second = save_new (store, 3);
  g_autoptr(GPtrArray) deleted = NULL;
  g_autoptr(GError) error = NULL;

  delete_one (store, first);
  delete_one (store, second);
  g_clear_pointer (&store, mu_store_close);
  store = open_store (fixture->path, MU_STORE_OPEN_DEFAULT);
  deleted = list_deleted (store);
  g_assert_cmpuint (deleted->len, ==, 0);
  g_assert_cmpuint (count (store, NULL), ==, 1);
  g_assert_false (mu_store_undelete (store, first, &error));
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_NOT_FOUND);
}

/* Restored by another connection and deleted here again, a scenario is
 * listed once, as the latest deletion. */
static void
test_list_deleted_once_when_deleted_again (Fixture       *fixture,
                                           gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autofree char *first = save_new (store, 1);
  g_autofree char *second = save_new (store, 2);
  g_autoptr(MuStore) other = NULL;
  g_autoptr(GPtrArray) deleted = NULL;
  g_autoptr(GError) error = NULL;

  delete_one (store, first);
  delete_one (store, second);
  other = open_store (fixture->path, MU_STORE_OPEN_DEFAULT);
  g_assert_true (mu_store_undelete (other, first, &error));
  g_assert_no_error (error);
  g_clear_pointer (&other, mu_store_close);
  delete_one (store, first);
  deleted = list_deleted (store);
  g_assert_cmpuint (deleted->len, ==, 2);
  g_assert_cmpstr (((MuStoreEntry *) deleted->pdata[0])->uuid, ==, first);
  g_assert_cmpstr (((MuStoreEntry *) deleted->pdata[1])->uuid, ==, second);
}

/* A library another program took the table from: the trash cannot be
 * read, and says so instead of listing nothing. */
static void
test_list_deleted_refused_unreadable (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autofree char *uuid = save_new (store, 1);
  g_autoptr(GPtrArray) deleted = NULL;
  g_autoptr(GError) error = NULL;

  delete_one (store, uuid);
  raw_sql (fixture->path, "ALTER TABLE scenarios RENAME TO gone");
  deleted = mu_store_list_deleted (store, &error);
  g_assert_null (deleted);
  g_assert_nonnull (error);
  g_assert_true (error->domain == MU_STORE_ERROR);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/create/seeded-with-examples", test_create_seeded);
  ADD ("/store/save-load/round-trip", test_save_load_round_trip);
  ADD ("/store/save-load/payment-plan-rent-a-year-costs-early-buyout", test_save_load_payments);
  ADD ("/store/save-load/valuations-and-buyer-shares", test_save_load_valuations);
  ADD ("/store/save/update-keeps-created", test_save_update);
  ADD ("/store/save/invalid-refused", test_save_invalid_refused);
  ADD ("/store/list/search-case-folded", test_search);
  ADD ("/store/duplicate-rename", test_duplicate_rename);
  ADD ("/store/delete/undo-until-closed", test_delete_undelete);
  ADD ("/store/import-export/round-trip", test_import_export);
  ADD ("/store/delete/trash-survives-other-connections", test_trash_survives_other_connections);
  ADD ("/store/refuse/newer-opens-as-is-when-asked", test_newer_as_is);
  ADD ("/store/refuse/junk-bytes", test_refuse_junk);
  ADD ("/store/refuse/other-database", test_refuse_other_database);
  ADD ("/store/refuse/truncated", test_refuse_truncated);
  ADD ("/store/refuse/newer-version", test_refuse_newer);
  ADD ("/store/read-only/opens-read-only", test_read_only);
  ADD ("/store/migrate/from-version-1", test_migrate_from_version_1);
  ADD ("/store/migrate/from-version-2", test_migrate_from_version_2);
  ADD ("/store/migrate/from-version-2-keeps-financing-and-buyers", test_migrate_from_version_2_financing);
  ADD ("/store/disk-full/rolls-back", test_disk_full);
  ADD ("/store/crash/sigkill-during-saves", test_crash_sigkill);
  ADD ("/store/delete/list-deleted/newest-first", test_list_deleted_newest_first);
  ADD ("/store/delete/list-deleted/undeleted-leaves", test_list_deleted_undeleted_leaves);
  ADD ("/store/delete/list-deleted/own-connection-only", test_list_deleted_own_connection_only);
  ADD ("/store/delete/list-deleted/empty-after-reopen", test_list_deleted_empty_after_reopen);
  ADD ("/store/delete/list-deleted/once-when-deleted-again", test_list_deleted_once_when_deleted_again);
  ADD ("/store/delete/list-deleted/unreadable-refused", test_list_deleted_refused_unreadable);
#undef ADD

  return g_test_run ();
}
