/* bench-register.c — the window's register of 100 000 debts: read from
 * the library with each one's state as of today, sorted for the sidebar,
 * searched, and gathered by age for the chart, in processor time.
 * Prints figures; asserts nothing about time (the machines are shared).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "bench-util.h"
#include "mu-chart-ageing.h"
#include "mu-debt-list.h"
#include "mu-receivables-view.h"
#include "mu-register-document.h"
#include "mu-store-debts.h"
#include "store-test-debt.h"

#define N_DEBTS   100000
#define N_DEBTORS 1000
#define N_RUNS    7

static double
median (double *times)
{
  qsort (times, N_RUNS, sizeof (double), compare_doubles);
  return times[N_RUNS / 2];
}

/* Milliseconds of this process's processor time since @start: the
 * machine may be busy with other work. */
static double
cpu_ms (void)
{
  struct timespec t;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static double
ms_since (double start)
{
  return cpu_ms () - start;
}

static void
fill (MuStore *store)
{
  g_autoptr(GPtrArray) debtors = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_debtor_free);
  g_autoptr(GPtrArray) debts = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_debt_free);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < N_DEBTORS; i++)
    g_ptr_array_add (debtors, store_test_debtor (i));
  for (guint i = 0; i < N_DEBTS; i++)
    g_ptr_array_add (debts, store_test_debt (i, N_DEBTORS));
  g_assert_true (mu_store_import_debts (store, debtors, debts, &error));
  g_assert_no_error (error);
}

/* What the chart gathers: the main currency's outstanding by age. */
static MuMoney
gather (MuRegisterDocument *document)
{
  g_autoptr(MuAgeing) ageing = mu_receivables_gather (document);
  MuMoney all = 0;

  for (MuAgeBucket bucket = 0; bucket < MU_N_BUCKETS; bucket++)
    all += mu_ageing_get_total (ageing, bucket);
  return all;
}

int
main (void)
{
  g_autofree char *dir = g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = g_build_filename (dir, "library.sqlite3", NULL);
  g_autoptr(GError) error = NULL;
  MuStore *store = mu_store_open (path, MU_STORE_OPEN_NO_SEED, &error);
  double load[N_RUNS], sort[N_RUNS], search[N_RUNS], chart[N_RUNS];
  GDate today;

  g_assert_no_error (error);
  fill (store);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 30, G_DATE_JUNE, 2025);
  for (guint i = 0; i < N_RUNS; i++)
    {
      g_autoptr(MuRegisterDocument) document = mu_register_document_new (store);
      g_autoptr(MuDebtList) list = NULL;
      double start = cpu_ms ();

      mu_register_document_set_today (document, &today);
      g_assert_true (mu_register_document_load (document, &error));
      load[i] = ms_since (start);
      start = cpu_ms ();
      list = mu_debt_list_new (document);
      sort[i] = ms_since (start);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, N_DEBTS);
      start = cpu_ms ();
      mu_debt_list_set_search (list, "ромашка 12");
      search[i] = ms_since (start);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >, 0);
      start = cpu_ms ();
      g_assert_cmpint (gather (document), >, 0);
      chart[i] = ms_since (start);
    }
  printf ("register of %d debts read, with their states as of a date: median %.1f ms\n", N_DEBTS, median (load));
  printf ("sidebar's list keyed and sorted by lateness: median %.1f ms\n", median (sort));
  printf ("searched: median %.1f ms\n", median (search));
  printf ("gathered by age for the chart: median %.1f ms\n", median (chart));
  mu_store_close (store);
  g_unlink (path);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (dir);
  return 0;
}
