/* bench-store-debts.c — the register's speed: a register of 100 000 debts
 * listed from the library, listed and bucketed as of a date, and bucketed
 * a debt at a time, with the whole history and with only what the date
 * needs of it (the goal: under 100 ms), one debt got, a payment
 * recorded. Prints figures; asserts nothing about time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "mu-store-private.h"
#include "bench-util.h"
#include "store-test-debt.h"

#define N_DEBTS   100000
#define N_DEBTORS 1000
#define N_RUNS    11

static double
median (double *times,
        guint   n)
{
  qsort (times, n, sizeof (double), compare_doubles);
  return times[n / 2];
}

/* Milliseconds of this process's processor time: the machine the
 * benchmark runs on may be busy with other work. */
static double
cpu_ms (void)
{
  struct timespec t;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static void
fill (MuStore *store)
{
  g_autoptr(GPtrArray) debtors = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_debtor_free);
  g_autoptr(GPtrArray) debts = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_debt_free);
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < N_DEBTORS; i++)
    g_ptr_array_add (debtors, store_test_debtor (i));
  for (guint i = 0; i < N_DEBTS; i++)
    g_ptr_array_add (debts, store_test_debt (i, N_DEBTORS));
  g_assert_true (mu_store_import_debts (store, debtors, debts, &error));
  g_assert_no_error (error);
  printf ("import of %d debts of %d debtors, one transaction: %.2f s\n", N_DEBTS, N_DEBTORS,
          (g_get_monotonic_time () - start) / 1e6);
}

/* What the register's view and `debts list` do: every debt's state as
 * of @as_of, summed by currency and bucket. */
static guint
bucket (GPtrArray   *debts,
        const GDate *as_of)
{
  g_autoptr(GHashTable) totals = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint i = 0; i < debts->len; i++)
    {
      const MuDebt *debt = g_ptr_array_index (debts, i);
      MuMoney *sums = g_hash_table_lookup (totals, debt->currency);
      MuDebtState state;

      g_assert_true (mu_debt_state (debt, as_of, &state, NULL));
      if (sums == NULL)
        g_hash_table_insert (totals, (gpointer) debt->currency, sums = g_new0 (MuMoney, MU_N_BUCKETS));
      g_assert_true (mu_money_add (sums[state.bucket], state.outstanding, &sums[state.bucket], NULL));
    }
  return g_hash_table_size (totals);
}

static void
measure_list (MuStore *store)
{
  double list_times[N_RUNS], bucket_times[N_RUNS], list_cpu[N_RUNS], bucket_cpu[N_RUNS];
  GDate as_of;

  g_date_clear (&as_of, 1);
  g_date_set_dmy (&as_of, 30, G_DATE_JUNE, 2025);
  for (guint i = 0; i < N_RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) debts = NULL;
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_ms ();

      debts = mu_store_list_debts (store, &error);
      list_times[i] = (g_get_monotonic_time () - start) / 1000.0;
      list_cpu[i] = cpu_ms () - cpu_start;
      g_assert_no_error (error);
      g_assert_cmpuint (debts->len, ==, N_DEBTS);
      g_assert_cmpuint (bucket (debts, &as_of), ==, 2);
      bucket_times[i] = (g_get_monotonic_time () - start) / 1000.0;
      bucket_cpu[i] = cpu_ms () - cpu_start;
    }
  printf ("list of %d debts with their history: median %.1f ms (processor %.1f ms)\n", N_DEBTS,
          median (list_times, N_RUNS), median (list_cpu, N_RUNS));
  printf ("list and bucket %d debts as of a date: median %.1f ms (processor %.1f ms; goal < 100 ms)\n",
          N_DEBTS, median (bucket_times, N_RUNS), median (bucket_cpu, N_RUNS));
}

typedef struct
{
  const GDate *as_of;
  GHashTable  *totals;  /* currency → MuMoney[MU_N_BUCKETS] */
} Buckets;

static gboolean
add_to_bucket (const MuDebt  *debt,
               gpointer       data,
               GError       **error)
{
  Buckets *b = data;
  MuMoney *sums = g_hash_table_lookup (b->totals, debt->currency);
  MuDebtState state;

  if (!mu_debt_state (debt, b->as_of, &state, error))
    return FALSE;
  if (sums == NULL)
    g_hash_table_insert (b->totals, g_strdup (debt->currency), sums = g_new0 (MuMoney, MU_N_BUCKETS));
  return mu_money_add (sums[state.bucket], state.outstanding, &sums[state.bucket], error);
}

/* The same, a debt at a time, as the register's totals and chart need:
 * with each debt's whole history, or with only what the date needs of
 * it. The totals of the last run are returned. */
static GHashTable *
measure_stream (MuStore  *store,
                gboolean  lean)
{
  g_autoptr(GHashTable) last = NULL;
  double times[N_RUNS], cpu[N_RUNS];
  GDate as_of;

  g_date_clear (&as_of, 1);
  g_date_set_dmy (&as_of, 30, G_DATE_JUNE, 2025);
  for (guint i = 0; i < N_RUNS; i++)
    {
      g_autoptr(GHashTable) totals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_autoptr(GError) error = NULL;
      Buckets b = { &as_of, totals };
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_ms ();

      if (lean)
        g_assert_true (mu_store_foreach_debt_as_of (store, &as_of, add_to_bucket, &b, &error));
      else
        g_assert_true (mu_store_foreach_debt (store, add_to_bucket, &b, &error));
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      cpu[i] = cpu_ms () - cpu_start;
      g_assert_no_error (error);
      g_assert_cmpuint (g_hash_table_size (totals), ==, 2);
      g_clear_pointer (&last, g_hash_table_unref);
      last = g_hash_table_ref (totals);
    }
  printf ("bucket %d debts as of a date, a debt at a time (%s): median %.1f ms "
          "(processor %.1f ms; goal < 100 ms)\n", N_DEBTS,
          lean ? "mu_store_foreach_debt_as_of" : "mu_store_foreach_debt", median (times, N_RUNS),
          median (cpu, N_RUNS));
  return g_steal_pointer (&last);
}

/* The same sums, in every currency and bucket, to the minor unit. */
static void
assert_same_totals (GHashTable *a,
                    GHashTable *b)
{
  GHashTableIter iter;
  gpointer currency, sums;

  g_assert_cmpuint (g_hash_table_size (a), ==, g_hash_table_size (b));
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &currency, &sums))
    {
      const MuMoney *other = g_hash_table_lookup (b, currency);

      g_assert_nonnull (other);
      for (guint k = 0; k < MU_N_BUCKETS; k++)
        g_assert_cmpint (((const MuMoney *) sums)[k], ==, other[k]);
    }
}

static void
measure_one (MuStore *store)
{
  double times[200];

  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *id = g_strdup_printf ("D-%05u", i * 487 % N_DEBTS);
      g_autoptr(MuDebt) debt = NULL;
      gint64 start = g_get_monotonic_time ();

      debt = mu_store_get_debt (store, id, NULL);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      g_assert_nonnull (debt);
    }
  printf ("get of one debt: median %.3f ms\n", median (times, 200));

  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *id = g_strdup_printf ("D-%05u", 10 * i + 1);  /* odd, not written off */
      g_autoptr(GError) error = NULL;
      GDate day;
      gint64 start;

      g_date_clear (&day, 1);
      g_date_set_dmy (&day, 1, G_DATE_DECEMBER, 2025);
      start = g_get_monotonic_time ();
      g_assert_true (mu_store_add_debt_payment (store, id, &day, 100, MU_PAYMENT_CASH, NULL, &error));
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      g_assert_no_error (error);
    }
  printf ("payment recorded (synchronous, fsync): median %.2f ms\n", median (times, 200));
}

int
main (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp (NULL, &error);
  g_autofree char *path = g_build_filename (dir, "library.sqlite3", NULL);
  g_autoptr(MuStore) store = mu_store_open (path, MU_STORE_OPEN_NO_SEED, &error);

  g_assert_no_error (error);
  fill (store);
  measure_list (store);
  {
    g_autoptr(GHashTable) whole = measure_stream (store, FALSE);
    g_autoptr(GHashTable) lean = measure_stream (store, TRUE);

    assert_same_totals (whole, lean);
  }
  measure_one (store);

  g_clear_pointer (&store, mu_store_close);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    GStatBuf st;

    if (g_stat (path, &st) == 0)
      printf ("library of %d debts: %.1f MB\n", N_DEBTS, st.st_size / 1e6);
    g_unlink (path);
    g_unlink (wal);
    g_unlink (shm);
    g_rmdir (dir);
  }
  return 0;
}
