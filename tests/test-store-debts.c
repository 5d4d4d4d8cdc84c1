/* test-store-debts.c — the register of receivables in the library: the
 * upgrade from version 3, all-or-nothing imports, a debt's history
 * stored exactly, refusals, the schema's constraints, the trash
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "mu-store-debts.h"
#include "mu-store-private.h"
#include "store-test-debt.h"
#include "store-test-fixture.h"
#include "store-test-scenario.h"

#define N_DEBTORS 4

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

static GPtrArray *
debtors_new (guint n)
{
  GPtrArray *debtors = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_debtor_free);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (debtors, store_test_debtor (i));
  return debtors;
}

/* Debts @first … @first + @n − 1. */
static GPtrArray *
debts_new (guint first,
           guint n)
{
  GPtrArray *debts = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_debt_free);

  for (guint i = first; i < first + n; i++)
    g_ptr_array_add (debts, store_test_debt (i, N_DEBTORS));
  return debts;
}

static void
import (MuStore *store,
        guint    first,
        guint    n)
{
  g_autoptr(GPtrArray) debtors = debtors_new (N_DEBTORS);
  g_autoptr(GPtrArray) debts = debts_new (first, n);
  g_autoptr(GError) error = NULL;

  g_assert_true (mu_store_import_debts (store, debtors, debts, &error));
  g_assert_no_error (error);
}

static MuDebt *
get (MuStore    *store,
     const char *id)
{
  g_autoptr(GError) error = NULL;
  MuDebt *debt = mu_store_get_debt (store, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (debt);
  return debt;
}

static guint
n_debts (MuStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) debts = mu_store_list_debts (store, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (mu_store_count_debts (store, NULL), ==, debts->len);
  return debts->len;
}

static guint
n_debtors (MuStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) debtors = mu_store_list_debtors (store, &error);

  g_assert_no_error (error);
  return debtors->len;
}

static const MuDebt *
find_listed (GPtrArray  *debts,
             const char *id)
{
  for (guint i = 0; i < debts->len; i++)
    if (g_str_equal (((MuDebt *) g_ptr_array_index (debts, i))->id, id))
      return g_ptr_array_index (debts, i);
  g_error ("debt %s is not listed", id);
}

/* The first column of the first row of @sql on @path, read as another program would. */
static gint64
raw_int (const char *path,
         const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *statement = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  sqlite3_close (db);
  return value;
}

/* ─── the upgrade ─────────────────────────────────────────────────────── */

/* A library as version 3 wrote it, with scenarios in it, is upgraded to
 * the register: every scenario is there as it was, the register empty
 * and ready for debts. */
static void
test_migrate_from_version_3 (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MuStore *old = mu_store_create_at_version (fixture->path, 3, &error);
  g_autoptr(MuStore) store = NULL;
  g_autoptr(GPtrArray) uuids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) entries = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (mu_store_get_schema_version (old), ==, 3);
  for (guint n = 1; n <= 3; n++)
    {
      g_autoptr(MuScenario) scenario = store_test_scenario (n);

      g_ptr_array_add (uuids, mu_store_save (old, NULL, scenario, &error));
      g_assert_no_error (error);
    }
  mu_store_close (old);
  g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'debt%'"), ==, 0);

  store = open_store (fixture->path, MU_STORE_OPEN_DEFAULT);
  g_assert_cmpint (mu_store_get_schema_version (store), ==, 4);
  entries = mu_store_list (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 3);
  for (guint n = 1; n <= 3; n++)
    {
      g_autoptr(MuScenario) expected = store_test_scenario (n);
      g_autoptr(MuScenario) loaded = mu_store_load (store, g_ptr_array_index (uuids, n - 1), &error);

      g_assert_no_error (error);
      g_assert_true (mu_scenario_equal (loaded, expected));
    }
  g_assert_cmpuint (n_debts (store), ==, 0);
  g_assert_cmpuint (n_debtors (store), ==, 0);

  import (store, 0, 10);
  g_assert_cmpuint (n_debts (store), ==, 10);
  g_assert_cmpuint (n_debtors (store), ==, N_DEBTORS);
}

/* The whole upgrade is one transaction: when its last step cannot be
 * made, the library keeps its first version, scenarios and all — the
 * second and third versions' changes are not half there. */
static void
test_migrate_one_transaction (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MuStore) store = NULL;

  mu_store_close (mu_store_create_at_version (fixture->path, 1, &error));
  g_assert_no_error (error);
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
           /* What version 4 makes, already there: its step fails. */
           "CREATE TABLE debt_claims (x);");

  store = mu_store_open (fixture->path, MU_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "to version 4"));
  g_assert_nonnull (strstr (error->message, "debt_claims"));
  g_clear_error (&error);

  g_assert_cmpint (raw_int (fixture->path, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM pragma_table_info ('scenarios')"
                                           " WHERE name = 'name_key'"), ==, 0);
  g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM sqlite_master WHERE name = 'valuations'"), ==, 0);
  g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM sqlite_master WHERE name = 'debtors'"), ==, 0);
  g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM contributions"), ==, 2);

  /* Once the obstacle is gone, the same library upgrades whole. */
  raw_sql (fixture->path, "DROP TABLE debt_claims");
  store = open_store (fixture->path, MU_STORE_OPEN_DEFAULT);
  g_assert_cmpint (mu_store_get_schema_version (store), ==, MU_STORE_SCHEMA_VERSION);
  {
    g_autoptr(MuScenario) loaded = mu_store_load (store, "5f0c2a3e-8d1b-4c47-9e3f-0a1b2c3d4e5f", &error);

    g_assert_no_error (error);
    g_assert_cmpint (mu_partner_get_cash (mu_scenario_get_partner (loaded, 1)), ==, 50000);
  }
  g_assert_cmpuint (n_debts (store), ==, 0);
}

/* A library of the next version is not this one's to change. */
static void
test_newer_refused (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  mu_store_close (open_store (fixture->path, MU_STORE_OPEN_NO_SEED));
  raw_sql (fixture->path, "PRAGMA user_version = 5");
  before = file_bytes (fixture->path);
  g_assert_null (mu_store_open (fixture->path, MU_STORE_OPEN_DEFAULT, &error));
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_NEWER);
  g_assert_nonnull (strstr (error->message, "library version 5"));
  after = file_bytes (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
}

/* ─── import and round trips ──────────────────────────────────────────── */

/* What is imported comes back exactly, by due date, with its debtors. */
static void
test_import_round_trip (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autoptr(GPtrArray) debtors = debtors_new (N_DEBTORS);
  g_autoptr(GPtrArray) debts = debts_new (0, 60);
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GPtrArray) listed_debtors = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (mu_store_import_debts (store, debtors, debts, &error));
  g_assert_no_error (error);

  listed = mu_store_list_debts (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 60);
  for (guint i = 1; i < listed->len; i++)
    g_assert_cmpint (g_date_compare (&((MuDebt *) listed->pdata[i - 1])->due, &((MuDebt *) listed->pdata[i])->due),
                     <=, 0);
  for (guint i = 0; i < debts->len; i++)
    {
      const MuDebt *expected = g_ptr_array_index (debts, i);
      g_autoptr(MuDebt) loaded = get (store, expected->id);

      assert_same_debt (loaded, expected);
      assert_same_debt (find_listed (listed, expected->id), expected);
    }

  listed_debtors = mu_store_list_debtors (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed_debtors->len, ==, N_DEBTORS);
  for (guint i = 0; i < N_DEBTORS; i++)
    {
      g_autoptr(MuDebtor) loaded = mu_store_get_debtor (store, ((MuDebtor *) debtors->pdata[i])->id, &error);

      g_assert_no_error (error);
      assert_same_debtor (loaded, debtors->pdata[i]);
    }
}

typedef struct
{
  GPtrArray *seen;   /* copies, in the order given */
  guint      stop_after;
} Seen;

static gboolean
see (const MuDebt  *debt,
     gpointer       data,
     GError       **error)
{
  Seen *seen = data;

  if (seen->seen->len == seen->stop_after)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "enough at %s", debt->id);
      return FALSE;
    }
  g_ptr_array_add (seen->seen, mu_debt_copy (debt));
  return TRUE;
}

/* A debt at a time, each whole and as the list has it, in the order they
 * were added, not those in the trash; the function can stop it. */
static void
test_foreach (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_debt_free);
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  Seen all = { seen, G_MAXUINT };
  Seen some = { NULL, 7 };

  import (store, 0, 60);
  g_assert_true (mu_store_delete_debt (store, "D-00010", &error));
  g_assert_true (mu_store_foreach_debt (store, see, &all, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen->len, ==, 59);
  listed = mu_store_list_debts (store, &error);
  for (guint i = 0; i < seen->len; i++)
    {
      const MuDebt *debt = g_ptr_array_index (seen, i);
      g_autoptr(MuDebt) expected = store_test_debt (i < 10 ? i : i + 1, N_DEBTORS);

      assert_same_debt (debt, expected);
      assert_same_debt (debt, find_listed (listed, debt->id));
    }

  some.seen = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_debt_free);
  g_assert_false (mu_store_foreach_debt (store, see, &some, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpstr (error->message, ==, "enough at D-00007");
  g_assert_cmpuint (some.seen->len, ==, 7);
  g_ptr_array_unref (some.seen);
  /* The library is as usable after a stop. */
  g_assert_cmpuint (n_debts (store), ==, 59);
}

/* Debt @n of store_test_debt(), with more history: payments after the
 * day an arrangement was agreed (an instalment whole, or a minor unit
 * short of it), one on that day, one months on, the rest to settle it (not after a write-off);
 * a contact whose next step lies months ahead. */
static MuDebt *
varied_debt (guint n)
{
  MuDebt *debt = store_test_debt (n, N_DEBTORS);
  const GDate due = debt->due;
  g_autoptr(GError) error = NULL;
  GDate day;

  if (n % 30 == 0)
    {
      day = store_test_day (&due, 45);  /* the day the arrangement was agreed */
      g_assert_true (mu_debt_add_payment (debt, &day, 700, MU_PAYMENT_SET_OFF, NULL, &error));
    }
  if (n % 20 == 0)
    {
      /* An instalment, or a minor unit short of it: the first of three
       * is in force until it is paid whole. */
      MuMoney arranged = debt->amount;

      for (guint i = 0; i < debt->payments->len; i++)
        arranged -= g_array_index (debt->payments, MuDebtPayment, i).amount;
      day = store_test_day (&due, 50 + n % 7);
      g_assert_true (mu_debt_add_payment (debt, &day, arranged / 3 - (n % 40 == 0 ? 0 : 1), MU_PAYMENT_CASH, "х",
                                          &error));
    }
  else if (n % 3 == 1 || n % 10 == 0)
    {
      day = store_test_day (&due, 50 + n % 7);
      g_assert_true (mu_debt_add_payment (debt, &day, n % 2 == 0 ? 40000 : 9000, MU_PAYMENT_CASH, "х", &error));
    }
  if ((n % 7 == 2 || n % 20 == 0) && debt->write_off == MU_WRITE_OFF_NONE)
    {
      day = store_test_day (&due, 200 + n % 90);
      g_assert_true (mu_debt_add_payment (debt, &day, 5000 + n, MU_PAYMENT_IN_KIND, NULL, &error));
    }
  if (n % 11 == 5 && debt->write_off == MU_WRITE_OFF_NONE)
    {
      MuMoney rest = debt->amount;

      for (guint i = 0; i < debt->payments->len; i++)
        rest -= g_array_index (debt->payments, MuDebtPayment, i).amount;
      day = store_test_day (&due, 300 + n % 13);
      g_assert_true (mu_debt_add_payment (debt, &day, rest, MU_PAYMENT_CASH, NULL, &error));
    }
  if (n % 4 == 1 || n % 6 == 0)
    {
      MuDebtContact meeting = { store_test_day (&due, 70 + n % 5), MU_CONTACT_MEETING, NULL, g_strdup ("at the office"),
                                store_test_day (&due, 120 + n % 40) };

      g_array_append_val (debt->contacts, meeting);
    }
  g_assert_no_error (error);
  return debt;
}

typedef struct
{
  GHashTable  *full;   /* id → the debt mu_store_get_debt() reads */
  const GDate *as_of;
  guint        n;
} Compared;

static gboolean
compare_state (const MuDebt  *lean,
               gpointer       data,
               GError       **error)
{
  Compared *compared = data;
  const MuDebt *full = g_hash_table_lookup (compared->full, lean->id);
  MuDebtState a, b;

  g_assert_nonnull (full);
  g_assert_cmpstr (lean->debtor_id, ==, full->debtor_id);
  g_assert_cmpstr (lean->document, ==, full->document);
  g_assert_cmpstr (lean->currency, ==, full->currency);
  g_assert_cmpint (lean->amount, ==, full->amount);
  g_assert_cmpuint (lean->payments->len, <=, 3);
  g_assert_cmpuint (lean->contacts->len, <=, 1);
  g_assert_true (mu_debt_state (lean, compared->as_of, &a, error));
  g_assert_true (mu_debt_state (full, compared->as_of, &b, error));
  g_assert_cmpint (a.paid, ==, b.paid);
  g_assert_cmpint (a.outstanding, ==, b.outstanding);
  g_assert_cmpuint (a.days_overdue, ==, b.days_overdue);
  g_assert_cmpint (a.bucket, ==, b.bucket);
  g_assert_cmpint (a.status, ==, b.status);
  assert_same_date (&a.limitation, &b.limitation);
  assert_same_date (&a.court_from, &b.court_from);
  g_assert_cmpint (a.next_step, ==, b.next_step);
  assert_same_date (&a.next_date, &b.next_date);
  compared->n++;
  return TRUE;
}

/* What each debt is as of a date, read with only what the date needs of
 * its history, is what it is with the whole of it: 300 debts, every
 * third day from before the first is due to long after the last, so
 * that each date falls on, before and after every payment, the claims,
 * the arrangements and the write-offs; not those in the trash. */
static void
test_foreach_as_of (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autoptr(GPtrArray) debtors = debtors_new (N_DEBTORS);
  g_autoptr(GPtrArray) debts = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_debt_free);
  g_autoptr(GHashTable) full = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) mu_debt_free);
  g_autoptr(GError) error = NULL;
  guint statuses = 0, steps = 0;
  GDate as_of;

  for (guint i = 0; i < 300; i++)
    g_ptr_array_add (debts, varied_debt (i));
  g_assert_true (mu_store_import_debts (store, debtors, debts, &error));
  g_assert_no_error (error);
  g_assert_true (mu_store_delete_debt (store, "D-00031", &error));
  for (guint i = 0; i < 300; i++)
    if (i != 31)
      {
        MuDebt *debt = get (store, ((MuDebt *) g_ptr_array_index (debts, i))->id);

        g_hash_table_insert (full, debt->id, debt);
      }

  g_date_clear (&as_of, 1);
  for (g_date_set_dmy (&as_of, 20, G_DATE_DECEMBER, 2024); g_date_get_year (&as_of) < 2027;
       g_date_add_days (&as_of, 3))
    {
      Compared compared = { full, &as_of, 0 };
      GHashTableIter iter;
      gpointer value;

      g_assert_true (mu_store_foreach_debt_as_of (store, &as_of, compare_state, &compared, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (compared.n, ==, 299);
      g_hash_table_iter_init (&iter, full);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        {
          MuDebtState state;

          g_assert_true (mu_debt_state (value, &as_of, &state, NULL));
          statuses |= 1u << state.status;
          steps |= 1u << state.next_step;
        }
    }
  /* Every status and every next step came up. */
  g_assert_cmpuint (statuses, ==, (1u << (MU_DEBT_WRITTEN_OFF + 1)) - 1);
  g_assert_cmpuint (steps, ==, (1u << (MU_NEXT_CHECK_ARRANGEMENT + 1)) - 1);
}

/* A debt the model refuses, in the middle of the file, stores nothing:
 * not the debtors, not the debts before it; the message names the debt
 * and the field. */
static void
test_import_bad_debt_stores_nothing (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autoptr(GPtrArray) debtors = debtors_new (N_DEBTORS);
  g_autoptr(GPtrArray) debts = debts_new (0, 10);
  g_autoptr(GError) error = NULL;

  ((MuDebt *) debts->pdata[5])->amount = 0;
  g_assert_false (mu_store_import_debts (store, debtors, debts, &error));
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Nothing of the import was stored"));
  g_assert_nonnull (strstr (error->message, "“D-00005”"));
  g_assert_nonnull (strstr (error->message, "(amount)"));
  g_assert_cmpuint (n_debts (store), ==, 0);
  g_assert_cmpuint (n_debtors (store), ==, 0);
}

/* A debt whose debtor is nowhere is found only while writing, after the
 * debtors and five debts went in: all of it is taken back. */
static void
test_import_unknown_debtor_rolls_back (Fixture       *fixture,
                                       gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autoptr(GPtrArray) debtors = debtors_new (N_DEBTORS);
  g_autoptr(GPtrArray) debts = debts_new (0, 10);
  MuDebt *stray = debts->pdata[5];
  g_autoptr(GError) error = NULL;

  g_free (stray->debtor_id);
  stray->debtor_id = g_strdup ("nobody");
  g_assert_false (mu_store_import_debts (store, debtors, debts, &error));
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“D-00005”"));
  g_assert_nonnull (strstr (error->message, "no debtor “nobody”"));
  g_assert_cmpuint (n_debts (store), ==, 0);
  g_assert_cmpuint (n_debtors (store), ==, 0);
  g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM debt_payments"), ==, 0);
}

/* A debt already in the library is not imported twice, nor two debts
 * with one id; a debtor already there is the same debtor, kept. */
static void
test_import_ids_taken (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autoptr(GPtrArray) debtors = debtors_new (N_DEBTORS);
  g_autoptr(GPtrArray) again = debts_new (3, 6);
  g_autoptr(GPtrArray) twice = debts_new (20, 2);
  g_autoptr(GError) error = NULL;

  import (store, 0, 5);
  g_assert_false (mu_store_import_debts (store, debtors, again, &error));
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "A debt “D-00003” is already in the library"));
  g_clear_error (&error);
  g_assert_cmpuint (n_debts (store), ==, 5);

  g_free (((MuDebt *) twice->pdata[1])->id);
  ((MuDebt *) twice->pdata[1])->id = g_strdup ("D-00020");
  g_assert_false (mu_store_import_debts (store, debtors, twice, &error));
  g_assert_nonnull (strstr (error->message, "the same id, “D-00020”"));
  g_clear_error (&error);
  g_assert_cmpuint (n_debts (store), ==, 5);

  /* The same debtors with other details: those stored stay. */
  g_free (((MuDebtor *) debtors->pdata[0])->name);
  ((MuDebtor *) debtors->pdata[0])->name = g_strdup ("Renamed");
  import (store, 5, 5);
  g_assert_cmpuint (n_debts (store), ==, 10);
  g_assert_cmpuint (n_debtors (store), ==, N_DEBTORS);
  {
    g_autoptr(MuDebtor) kept = mu_store_get_debtor (store, "client-0", &error);
    g_autoptr(MuDebtor) first = store_test_debtor (0);

    g_assert_no_error (error);
    assert_same_debtor (kept, first);
  }
}

/* A second import names its debtors anew: one with a tax number already
 * there, or a name already there without one, is that debtor. Each
 * import gets a prefix of ids none used. */
static void
test_import_same_debtor (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autoptr(GPtrArray) debtors = debtors_new (3);
  g_autoptr(GPtrArray) debts = debts_new (30, 3);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = mu_store_new_import_prefix (store, &error);
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;

  g_assert_cmpstr (first, ==, "i1");
  import (store, 0, 3);
  second = mu_store_new_import_prefix (store, &error);
  g_assert_cmpstr (second, ==, "i1");  /* no id starts with it yet */
  for (guint i = 0; i < 3; i++)
    {
      MuDebtor *debtor = debtors->pdata[i];
      MuDebt *debt = debts->pdata[i];

      g_free (debtor->id);
      debtor->id = g_strdup_printf ("i1-debtor-%u", i + 1);
      g_free (debt->debtor_id);
      debt->debtor_id = g_strdup (debtor->id);
      g_free (debt->id);
      debt->id = g_strdup_printf ("i1-debt-%u", i + 1);
    }
  g_assert_true (mu_store_import_debts (store, debtors, debts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_debtors (store), ==, N_DEBTORS);
  {
    g_autoptr(MuDebt) by_tax = get (store, "i1-debt-1");
    g_autoptr(MuDebt) by_name = get (store, "i1-debt-3");

    g_assert_cmpstr (by_tax->debtor_id, ==, "client-0");
    g_assert_cmpstr (by_name->debtor_id, ==, "client-2");  /* a person, no tax number */
  }
  third = mu_store_new_import_prefix (store, &error);
  g_assert_cmpstr (third, ==, "i2");
}

/* Each change of a debt's history, one at a time, stored as made: two
 * payments out of date order, two contacts, the claim, instalments, a
 * write-off and its cancelling — to the kopeck and the day. */
static void
test_history_round_trip (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autoptr(MuDebt) expected = store_test_debt (1, N_DEBTORS);
  g_autoptr(MuDebt) loaded = NULL;
  g_autoptr(GError) error = NULL;
  const GDate *due = &expected->due;
  GDate day;
  MuDebtContact meeting = { store_test_day (due, 1), MU_CONTACT_MEETING, NULL, g_strdup ("в офисе"), { 0 } };
  MuDebtContact call = { store_test_day (due, 2), MU_CONTACT_CALL, g_strdup ("жена"), NULL, store_test_day (due, 9) };
  MuDebtClaim claim = { store_test_day (due, 31), MU_CLAIM_BY_HAND, store_test_day (due, 33) };
  MuDebtArrangement plan = { MU_ARRANGEMENT_INSTALMENTS, store_test_day (due, 40), store_test_day (due, 60), 4, 2 };

  g_assert_cmpint (expected->amount, ==, 100007);
  import (store, 1, 1);

  day = store_test_day (due, 5);
  g_assert_true (mu_store_add_debt_payment (store, "D-00001", &day, 30000, MU_PAYMENT_CASH, "наличными", &error));
  g_assert_true (mu_debt_add_payment (expected, &day, 30000, MU_PAYMENT_CASH, "наличными", NULL));
  day = store_test_day (due, 3);
  g_assert_true (mu_store_add_debt_payment (store, "D-00001", &day, 12345, MU_PAYMENT_SET_OFF, NULL, &error));
  g_assert_true (mu_debt_add_payment (expected, &day, 12345, MU_PAYMENT_SET_OFF, NULL, NULL));
  g_date_clear (&meeting.next_step, 1);
  g_assert_true (mu_store_add_debt_contact (store, "D-00001", &call, &error));
  g_assert_true (mu_store_add_debt_contact (store, "D-00001", &meeting, &error));
  g_assert_true (mu_store_record_debt_claim (store, "D-00001", &claim, &error));
  g_assert_true (mu_store_set_debt_arrangement (store, "D-00001", &plan, &error));
  g_assert_no_error (error);

  loaded = get (store, "D-00001");
  g_assert_cmpuint (loaded->payments->len, ==, 2);
  g_assert_cmpint (g_array_index (loaded->payments, MuDebtPayment, 0).amount, ==, 12345);
  g_assert_cmpint (g_array_index (loaded->payments, MuDebtPayment, 0).kind, ==, MU_PAYMENT_SET_OFF);
  g_assert_cmpint (g_array_index (loaded->payments, MuDebtPayment, 1).amount, ==, 30000);
  g_assert_cmpstr (g_array_index (loaded->payments, MuDebtPayment, 1).note, ==, "наличными");
  g_assert_cmpuint (loaded->contacts->len, ==, 2);
  g_assert_cmpint (g_array_index (loaded->contacts, MuDebtContact, 0).kind, ==, MU_CONTACT_MEETING);
  g_assert_cmpstr (g_array_index (loaded->contacts, MuDebtContact, 1).with, ==, "жена");
  /* The store copied them: the expected debt takes them. */
  g_array_append_val (expected->contacts, meeting);
  g_array_append_val (expected->contacts, call);
  expected->claim = claim;
  expected->arrangement = plan;
  assert_same_debt (loaded, expected);
  {
    MuDebtState state;
    GDate as_of = store_test_day (due, 50);

    g_assert_true (mu_debt_state (loaded, &as_of, &state, &error));
    g_assert_cmpint (state.paid, ==, 42345);
    g_assert_cmpint (state.outstanding, ==, 100007 - 42345);
  }

  day = store_test_day (due, 100);
  g_assert_true (mu_store_write_off_debt (store, "D-00001", MU_WRITE_OFF_FORGIVEN, &day, &error));
  g_clear_pointer (&loaded, mu_debt_free);
  loaded = get (store, "D-00001");
  g_assert_cmpint (loaded->write_off, ==, MU_WRITE_OFF_FORGIVEN);
  assert_same_date (&loaded->written_off, &day);
  g_assert_true (mu_store_write_off_debt (store, "D-00001", MU_WRITE_OFF_NONE, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&loaded, mu_debt_free);
  loaded = get (store, "D-00001");
  assert_same_debt (loaded, expected);
  g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM debt_write_offs"), ==, 0);

  plan.kind = MU_ARRANGEMENT_NONE;
  g_assert_true (mu_store_set_debt_arrangement (store, "D-00001", &plan, &error));
  g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM debt_arrangements"), ==, 0);
  g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM debt_claims"), ==, 1);
}

/* A change the model refuses leaves the debt as it was and says why. */
static void
test_history_refused (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autoptr(MuDebt) expected = store_test_debt (1, N_DEBTORS);
  g_autoptr(MuDebt) loaded = NULL;
  g_autoptr(GError) error = NULL;
  GDate day = store_test_day (&expected->due, 5);
  GDate before_due = store_test_day (&expected->due, 0);
  MuDebtClaim early;
  MuDebtArrangement plan = { MU_ARRANGEMENT_INSTALMENTS, store_test_day (&day, 0), store_test_day (&day, 10), 0, 1 };

  import (store, 1, 1);
  g_assert_false (mu_store_add_debt_payment (store, "D-00001", &day, 100008, MU_PAYMENT_CASH, NULL, &error));
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "The debt “D-00001” was not changed"));
  g_assert_nonnull (strstr (error->message, "1000.07 RUB"));
  g_clear_error (&error);

  g_date_subtract_days (&before_due, 1);
  early = (MuDebtClaim) { before_due, MU_CLAIM_BY_POST, { 0 } };
  g_date_clear (&early.delivered, 1);
  g_assert_false (mu_store_record_debt_claim (store, "D-00001", &early, &error));
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "(claim.sent)"));
  g_clear_error (&error);

  g_assert_false (mu_store_set_debt_arrangement (store, "D-00001", &plan, &error));
  g_assert_nonnull (strstr (error->message, "(arrangement.n)"));
  g_clear_error (&error);

  g_assert_false (mu_store_add_debt_payment (store, "D-99999", &day, 100, MU_PAYMENT_CASH, NULL, &error));
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "no debt “D-99999”"));
  g_clear_error (&error);

  loaded = get (store, "D-00001");
  assert_same_debt (loaded, expected);
}

/* Saving replaces a debt whole, history and all; a new id is a new debt;
 * what the model refuses is not stored and the field is named. */
static void
test_save_replaces (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autoptr(MuDebt) changed = NULL;
  g_autoptr(MuDebt) loaded = NULL;
  g_autoptr(MuDebt) fresh = store_test_debt (40, N_DEBTORS);
  g_autoptr(GError) error = NULL;

  import (store, 0, 3);
  changed = get (store, "D-00000");
  g_assert_cmpuint (changed->payments->len, ==, 2);
  g_assert_cmpuint (changed->contacts->len, ==, 2);
  g_array_remove_index (changed->payments, 1);
  g_array_set_size (changed->contacts, 0);
  changed->amount = 5000000;
  g_free (changed->debtor_id);
  changed->debtor_id = g_strdup ("client-2");
  g_assert_true (mu_store_save_debt (store, changed, &error));
  g_assert_no_error (error);
  loaded = get (store, "D-00000");
  assert_same_debt (loaded, changed);
  g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM debt_contacts c JOIN debts d ON d.id = c.debt_id"
                                           " WHERE d.key = 'D-00000'"), ==, 0);

  g_assert_true (mu_store_save_debt (store, fresh, &error));
  g_assert_cmpuint (n_debts (store), ==, 4);

  changed->claim_days = 0;
  g_assert_false (mu_store_save_debt (store, changed, &error));
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "The debt “D-00000” cannot be saved (claim_days)"));
  g_clear_error (&error);
  changed->claim_days = 30;
  g_free (changed->debtor_id);
  changed->debtor_id = g_strdup ("client-77");
  g_assert_false (mu_store_save_debt (store, changed, &error));
  g_assert_nonnull (strstr (error->message, "no debtor “client-77”"));
  g_clear_error (&error);
  g_clear_pointer (&changed, mu_debt_free);
  changed = get (store, "D-00000");
  assert_same_debt (changed, loaded);
}

static void
test_save_debtor (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autoptr(MuDebtor) debtor = store_test_debtor (1);
  g_autoptr(MuDebtor) loaded = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (mu_store_save_debtor (store, debtor, &error));
  debtor->hardship = !debtor->hardship;
  g_free (debtor->notes);
  debtor->notes = g_strdup ("просит рассрочку");
  g_assert_true (mu_store_save_debtor (store, debtor, &error));
  g_assert_no_error (error);
  loaded = mu_store_get_debtor (store, "client-1", &error);
  assert_same_debtor (loaded, debtor);
  g_assert_cmpuint (n_debtors (store), ==, 1);

  g_free (debtor->name);
  debtor->name = g_strdup ("  ");
  g_assert_false (mu_store_save_debtor (store, debtor, &error));
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“client-1” cannot be saved (name)"));
}

/* Opened to read, the library refuses every write and stays as it was
 * to the byte; reading works. */
static void
test_read_only_refuses (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autoptr(GPtrArray) debtors = debtors_new (N_DEBTORS);
  g_autoptr(GPtrArray) debts = debts_new (100, 2);
  g_autoptr(MuDebt) debt = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  MuDebtContact contact = { { 0 }, MU_CONTACT_CALL, NULL, NULL, { 0 } };
  MuDebtClaim claim = { { 0 }, MU_CLAIM_BY_POST, { 0 } };
  MuDebtArrangement arrangement = { MU_ARRANGEMENT_NONE, { 0 }, { 0 }, 0, 0 };
  GDate day;
  gboolean refused[9];

  import (store, 0, 5);
  g_clear_pointer (&store, mu_store_close);
  before = file_bytes (fixture->path);
  store = open_store (fixture->path, MU_STORE_OPEN_READ_ONLY);
  debt = get (store, "D-00002");
  day = store_test_day (&debt->due, 50);
  contact.date = day;
  g_date_clear (&contact.next_step, 1);
  claim.sent = day;
  g_date_clear (&claim.delivered, 1);

  refused[0] = !mu_store_import_debts (store, debtors, debts, &error);
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, fixture->path));
  g_clear_error (&error);
  refused[1] = !mu_store_save_debt (store, debt, NULL);
  refused[2] = !mu_store_add_debt_payment (store, "D-00002", &day, 100, MU_PAYMENT_CASH, NULL, NULL);
  refused[3] = !mu_store_add_debt_contact (store, "D-00002", &contact, NULL);
  refused[4] = !mu_store_record_debt_claim (store, "D-00002", &claim, NULL);
  refused[5] = !mu_store_set_debt_arrangement (store, "D-00002", &arrangement, NULL);
  refused[6] = !mu_store_write_off_debt (store, "D-00002", MU_WRITE_OFF_UNCOLLECTABLE, &day, NULL);
  refused[7] = !mu_store_save_debtor (store, debtors->pdata[0], NULL);
  refused[8] = !mu_store_delete_debt (store, "D-00002", &error);
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_READ_ONLY);
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    g_assert_true (refused[i]);
  g_assert_cmpuint (n_debts (store), ==, 5);

  g_clear_pointer (&store, mu_store_close);
  after = file_bytes (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
}

/* Runs @sql on @path as another program would, foreign keys on, and
 * returns SQLite's extended result code. */
static int
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  int rc;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_extended_result_codes (db, TRUE);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL), ==, SQLITE_OK);
  rc = sqlite3_exec (db, sql, NULL, NULL, NULL);
  sqlite3_close (db);
  return rc;
}

/* The schema holds what the model holds, against SQL written by hand:
 * each statement breaks one CHECK and is refused. */
static void
test_checks_hold (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char * const bad[] = {
    "UPDATE debts SET amount = 0 WHERE key = 'D-00001'",
    "UPDATE debts SET amount = -5 WHERE key = 'D-00001'",
    "UPDATE debts SET amount = '1000.07' WHERE key = 'D-00001'",
    "UPDATE debts SET charity_pledge = -1 WHERE key = 'D-00001'",
    "UPDATE debts SET currency = 'rub' WHERE key = 'D-00001'",
    "UPDATE debts SET currency = 'RUBL' WHERE key = 'D-00001'",
    "UPDATE debts SET due = '2023-02-29' WHERE key = 'D-00001'",
    "UPDATE debts SET due = '2025-04-31' WHERE key = 'D-00001'",
    "UPDATE debts SET due = '10.05.2025' WHERE key = 'D-00001'",
    "UPDATE debts SET due = '1899-12-31' WHERE key = 'D-00001'",
    "UPDATE debts SET due = NULL WHERE key = 'D-00001'",
    "UPDATE debts SET document_date = '2099-01-01' WHERE key = 'D-00001'",
    "UPDATE debts SET claim_days = 0 WHERE key = 'D-00001'",
    "UPDATE debts SET claim_days = 366 WHERE key = 'D-00001'",
    "UPDATE debts SET late_interest = 2 WHERE key = 'D-00001'",
    "UPDATE debts SET key = '' WHERE key = 'D-00001'",
    "INSERT INTO debt_payments VALUES ((SELECT id FROM debts WHERE key = 'D-00001'), 9, '2025-03-01', 0, 'cash', NULL)",
    "INSERT INTO debt_payments VALUES ((SELECT id FROM debts WHERE key = 'D-00001'), 9, '2025-03-01', 100, 'barter', NULL)",
    "INSERT INTO debt_payments VALUES ((SELECT id FROM debts WHERE key = 'D-00001'), -1, '2025-03-01', 100, 'cash', NULL)",
    "INSERT INTO debt_payments VALUES ((SELECT id FROM debts WHERE key = 'D-00001'), 9, '2025-3-1', 100, 'cash', NULL)",
    "INSERT INTO debt_contacts VALUES ((SELECT id FROM debts WHERE key = 'D-00001'), 9, '2025-03-01', 'threat', NULL, NULL, NULL)",
    "INSERT INTO debt_contacts VALUES ((SELECT id FROM debts WHERE key = 'D-00001'), 9, '2025-03-01', 'call', NULL, NULL, '2025-02-28')",
    "INSERT INTO debt_contacts VALUES ((SELECT id FROM debts WHERE key = 'D-00001'), 9, '2025-03-01', 'call', '', NULL, NULL)",
    "INSERT INTO debt_claims VALUES ((SELECT id FROM debts WHERE key = 'D-00001'), '2025-03-01', 'pigeon', NULL)",
    "INSERT INTO debt_claims VALUES ((SELECT id FROM debts WHERE key = 'D-00001'), '2025-03-01', 'post', '2025-02-27')",
    "INSERT INTO debt_arrangements VALUES ((SELECT id FROM debts WHERE key = 'D-00001'), 'instalments', '2025-03-01', '2025-04-01', 0, 1)",
    "INSERT INTO debt_arrangements VALUES ((SELECT id FROM debts WHERE key = 'D-00001'), 'instalments', '2025-03-01', '2025-04-01', 601, 1)",
    "INSERT INTO debt_arrangements VALUES ((SELECT id FROM debts WHERE key = 'D-00001'), 'instalments', '2025-03-01', '2025-04-01', 3, 13)",
    "INSERT INTO debt_arrangements VALUES ((SELECT id FROM debts WHERE key = 'D-00001'), 'deferral', '2025-03-01', '2025-02-01', 0, 0)",
    "INSERT INTO debt_arrangements VALUES ((SELECT id FROM debts WHERE key = 'D-00001'), 'interest', '2025-03-01', '2025-04-01', 0, 0)",
    "INSERT INTO debt_write_offs VALUES ((SELECT id FROM debts WHERE key = 'D-00001'), 'lost', '2025-03-01')",
    "INSERT INTO debtors (key, name, name_key, kind, hardship) VALUES ('x', 'X', 'x', 'robot', 0)",
    "INSERT INTO debtors (key, name, name_key, kind, hardship) VALUES ('x', '', '', 'person', 0)",
    "INSERT INTO debtors (key, name, name_key, kind, tax_number, hardship) VALUES ('x', 'X', 'x', 'person', '', 0)",
  };
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autoptr(MuDebt) before = NULL;
  g_autoptr(MuDebt) after = NULL;

  import (store, 1, 1);
  before = get (store, "D-00001");
  g_clear_pointer (&store, mu_store_close);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      int rc = raw_exec (fixture->path, bad[i]);

      if ((rc & 0xff) != SQLITE_CONSTRAINT)
        g_error ("not refused (%d): %s", rc, bad[i]);
    }
  /* The same rows with good values go in: the refusals were the values'. */
  g_assert_cmpint (raw_exec (fixture->path, "BEGIN;"
                             "INSERT INTO debt_payments VALUES ((SELECT id FROM debts WHERE key = 'D-00001'), 9,"
                             " '2024-02-29', 1, 'cash', NULL);"
                             "INSERT INTO debt_arrangements VALUES ((SELECT id FROM debts WHERE key = 'D-00001'),"
                             " 'instalments', '2025-03-01', '2025-04-01', 600, 12);"
                             "ROLLBACK"), ==, SQLITE_OK);

  store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  after = get (store, "D-00001");
  assert_same_debt (after, before);
}

/* A debt's history goes with it; nothing refers to what is not there;
 * a debtor with debts cannot be taken from under them. */
static void
test_foreign_keys (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autofree char *history = NULL;
  long zero, forty_nine;

  import (store, 0, 50);
  g_clear_pointer (&store, mu_store_close);
  zero = (long) raw_int (fixture->path, "SELECT id FROM debts WHERE key = 'D-00000'");
  forty_nine = (long) raw_int (fixture->path, "SELECT id FROM debts WHERE key = 'D-00049'");
  history = g_strdup_printf ("SELECT (SELECT count(*) FROM debt_payments WHERE debt_id IN (%1$ld, %2$ld))"
                             " + (SELECT count(*) FROM debt_contacts WHERE debt_id IN (%1$ld, %2$ld))"
                             " + (SELECT count(*) FROM debt_claims WHERE debt_id IN (%1$ld, %2$ld))"
                             " + (SELECT count(*) FROM debt_arrangements WHERE debt_id IN (%1$ld, %2$ld))"
                             " + (SELECT count(*) FROM debt_write_offs WHERE debt_id IN (%1$ld, %2$ld))",
                             zero, forty_nine);
  /* D-00000: two payments, two contacts, a claim, instalments; D-00049: a write-off. */
  g_assert_cmpint (raw_int (fixture->path, history), ==, 7);

  g_assert_cmpint (raw_exec (fixture->path, "INSERT INTO debt_payments VALUES (99999, 0, '2025-03-01', 1, 'cash', NULL)"),
                   ==, SQLITE_CONSTRAINT_FOREIGNKEY);
  g_assert_cmpint (raw_exec (fixture->path, "DELETE FROM debtors WHERE key = 'client-0'"),
                   ==, SQLITE_CONSTRAINT_FOREIGNKEY);
  g_assert_cmpint (raw_exec (fixture->path, "UPDATE debts SET debtor_id = 99999 WHERE key = 'D-00003'"),
                   ==, SQLITE_CONSTRAINT_FOREIGNKEY);
  g_assert_cmpint (raw_exec (fixture->path, "DELETE FROM debts WHERE key IN ('D-00000', 'D-00049')"), ==, SQLITE_OK);
  g_assert_cmpint (raw_int (fixture->path, history), ==, 0);
  g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

  store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_assert_cmpuint (n_debts (store), ==, 48);
  g_assert_true (mu_store_check_integrity (store, NULL));
}

/* Deleted, a debt leaves the list and can be brought back, history and
 * all, until the library is closed; then it is gone for good. */
static void
test_delete_undelete (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autoptr(MuStore) other = NULL;
  g_autoptr(MuDebt) original = store_test_debt (3, N_DEBTORS);
  g_autoptr(MuDebt) restored = NULL;
  g_autoptr(GPtrArray) deleted = NULL;
  g_autoptr(GError) error = NULL;

  import (store, 0, 10);
  g_assert_true (mu_store_delete_debt (store, "D-00003", &error));
  g_assert_true (mu_store_delete_debt (store, "D-00006", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_debts (store), ==, 8);
  g_assert_null (mu_store_get_debt (store, "D-00003", &error));
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (mu_store_delete_debt (store, "D-00003", &error));
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (mu_store_save_debt (store, original, &error));
  g_assert_nonnull (strstr (error->message, "is in the trash"));
  g_clear_error (&error);

  deleted = mu_store_list_deleted_debts (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (deleted->len, ==, 2);
  g_assert_cmpstr (((MuDebt *) deleted->pdata[0])->id, ==, "D-00006");
  assert_same_debt (deleted->pdata[1], original);
  g_clear_pointer (&deleted, g_ptr_array_unref);

  /* Another program's connection does not see this one's trash as its own. */
  other = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  deleted = mu_store_list_deleted_debts (other, &error);
  g_assert_cmpuint (deleted->len, ==, 0);
  g_clear_pointer (&deleted, g_ptr_array_unref);
  g_clear_pointer (&other, mu_store_close);

  g_assert_true (mu_store_undelete_debt (store, "D-00003", &error));
  g_assert_no_error (error);
  restored = get (store, "D-00003");
  assert_same_debt (restored, original);
  deleted = mu_store_list_deleted_debts (store, &error);
  g_assert_cmpuint (deleted->len, ==, 1);
  g_assert_cmpuint (n_debts (store), ==, 9);

  g_clear_pointer (&store, mu_store_close);
  g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM debts WHERE key = 'D-00006'"), ==, 0);
  g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM debts"), ==, 9);
  g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM debt_payments p"
                                           " WHERE NOT EXISTS (SELECT 1 FROM debts d WHERE d.id = p.debt_id)"), ==, 0);
  store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_assert_cmpuint (n_debts (store), ==, 9);
  g_clear_pointer (&restored, mu_debt_free);
  restored = get (store, "D-00003");
  assert_same_debt (restored, original);
}

/* What a crash left in the trash goes a day later, history and all; what
 * went there since stays for the program that put it there. */
static void
test_old_trash_emptied (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);

  import (store, 0, 4);
  g_clear_pointer (&store, mu_store_close);
  raw_sql (fixture->path, "UPDATE debts SET trashed = 1, modified = '2020-01-01T00:00:00Z' WHERE key = 'D-00000';"
                          "UPDATE debts SET trashed = 1, modified = strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')"
                          " WHERE key = 'D-00002'");
  store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_assert_cmpuint (n_debts (store), ==, 2);
  g_clear_pointer (&store, mu_store_close);
  g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM debts WHERE key = 'D-00000'"), ==, 0);
  g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM debts WHERE key = 'D-00002'"), ==, 1);
  g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM debt_payments p"
                                           " WHERE NOT EXISTS (SELECT 1 FROM debts d WHERE d.id = p.debt_id)"), ==, 0);
}

/* A row another program damaged is said to be damaged, by its debt:
 * getting it checks it whole and names the field; the list refuses what
 * cannot be read at all and leaves what only the model checks across
 * rows to mu_debt_state(), which refuses it. */
static void
test_damaged_row (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autoptr(GPtrArray) debts = NULL;
  g_autoptr(GError) error = NULL;
  GDate as_of;
  MuDebtState state;

  import (store, 0, 5);
  g_clear_pointer (&store, mu_store_close);
  raw_sql (fixture->path, "PRAGMA ignore_check_constraints = ON;"
                          "UPDATE debt_payments SET amount = 200000"
                          " WHERE debt_id = (SELECT id FROM debts WHERE key = 'D-00002')");
  store = open_store (fixture->path, MU_STORE_OPEN_AS_IS);
  g_assert_null (mu_store_get_debt (store, "D-00002", &error));
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "“D-00002”"));
  g_assert_nonnull (strstr (error->message, "payments[0].amount"));
  g_clear_error (&error);
  debts = mu_store_list_debts (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (debts->len, ==, 5);
  g_date_clear (&as_of, 1);
  g_date_set_dmy (&as_of, 1, G_DATE_JUNE, 2025);
  g_assert_cmpstr (((MuDebt *) debts->pdata[2])->id, ==, "D-00002");
  g_assert_false (mu_debt_state (debts->pdata[2], &as_of, &state, NULL));
  g_clear_pointer (&store, mu_store_close);

  raw_sql (fixture->path, "PRAGMA ignore_check_constraints = ON;"
                          "UPDATE debt_payments SET kind = 'barter'"
                          " WHERE debt_id = (SELECT id FROM debts WHERE key = 'D-00004')");
  store = open_store (fixture->path, MU_STORE_OPEN_AS_IS);
  g_assert_null (mu_store_list_debts (store, &error));
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "“D-00004”"));
  g_clear_error (&error);
  g_assert_null (mu_store_get_debt (store, "D-00004", &error));
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_CORRUPT);
}

static void
on_checked (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  *(GAsyncResult **) data = g_object_ref (result);
}

/* A library of version 4 that lost a table of the register, to another
 * program, is damaged: both checks say which table, no write is let
 * through, and the scenarios can still be read. */
static void
test_missing_table (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(MuStore) store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  g_autoptr(MuScenario) scenario = store_test_scenario (1);
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = mu_store_save (store, NULL, scenario, &error);
  GAsyncResult *result = NULL;

  g_assert_no_error (error);
  g_clear_pointer (&store, mu_store_close);
  raw_sql (fixture->path, "DROP TABLE debt_write_offs");

  store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  mu_store_check_integrity_async (store, NULL, on_checked, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (mu_store_check_integrity_finish (store, result, &error));
  g_object_unref (result);
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "its table “debt_write_offs” is missing"));
  g_clear_error (&error);
  g_clear_pointer (&store, mu_store_close);

  store = open_store (fixture->path, MU_STORE_OPEN_NO_SEED);
  {
    g_autoptr(GPtrArray) debtors = debtors_new (1);
    g_autoptr(GPtrArray) debts = debts_new (1, 1);
    g_autoptr(MuScenario) loaded = NULL;

    g_assert_false (mu_store_import_debts (store, debtors, debts, &error));
    g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_CORRUPT);
    g_assert_nonnull (strstr (error->message, "debt_write_offs"));
    g_clear_error (&error);
    loaded = mu_store_load (store, uuid, &error);
    g_assert_no_error (error);
    g_assert_true (mu_scenario_equal (loaded, scenario));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/debts/migrate/from-version-3-keeps-scenarios", test_migrate_from_version_3);
  ADD ("/store/debts/migrate/one-transaction-from-version-1", test_migrate_one_transaction);
  ADD ("/store/debts/migrate/version-5-refused", test_newer_refused);
  ADD ("/store/debts/import/round-trip", test_import_round_trip);
  ADD ("/store/debts/foreach/a-debt-at-a-time", test_foreach);
  ADD ("/store/debts/foreach/as-of-a-date-as-the-whole-history", test_foreach_as_of);
  ADD ("/store/debts/import/bad-debt-stores-nothing", test_import_bad_debt_stores_nothing);
  ADD ("/store/debts/import/unknown-debtor-rolls-back", test_import_unknown_debtor_rolls_back);
  ADD ("/store/debts/import/ids-taken", test_import_ids_taken);
  ADD ("/store/debts/import/same-debtor-by-tax-number-or-name", test_import_same_debtor);
  ADD ("/store/debts/history/payments-contacts-claim-arrangement-write-off", test_history_round_trip);
  ADD ("/store/debts/history/refused-leaves-debt", test_history_refused);
  ADD ("/store/debts/save/replaces-whole", test_save_replaces);
  ADD ("/store/debts/save/debtor", test_save_debtor);
  ADD ("/store/debts/read-only/refuses-every-write", test_read_only_refuses);
  ADD ("/store/debts/schema/checks-hold", test_checks_hold);
  ADD ("/store/debts/schema/foreign-keys", test_foreign_keys);
  ADD ("/store/debts/delete/undo-until-closed", test_delete_undelete);
  ADD ("/store/debts/delete/crash-leftovers-go-a-day-later", test_old_trash_emptied);
  ADD ("/store/debts/damaged-row-named", test_damaged_row);
  ADD ("/store/debts/damaged-table-missing", test_missing_table);
#undef ADD

  return g_test_run ();
}
