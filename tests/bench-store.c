/* bench-store.c — the library's speed: listing 10 000 scenarios, saving
 * one and loading one. Prints figures; asserts nothing about time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "mu-store-private.h"
#include "store-test-scenario.h"
#include "bench-util.h"

#define N_SCENARIOS 10000

static double
median (double *times,
        guint   n)
{
  qsort (times, n, sizeof (double), compare_doubles);
  return times[n / 2];
}

int
main (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp (NULL, &error);
  g_autofree char *path = g_build_filename (dir, "library.sqlite3", NULL);
  g_autoptr(MuStore) store = mu_store_open (path, MU_STORE_OPEN_NO_SEED, &error);
  g_autoptr(GPtrArray) uuids = g_ptr_array_new_with_free_func (g_free);
  double times[200];
  gint64 start;

  g_assert_no_error (error);

  /* Filling the library is not what is measured: no syncs while it fills. */
  start = g_get_monotonic_time ();
  mu_store_exec (store, "PRAGMA synchronous = OFF", NULL);
  for (guint i = 0; i < N_SCENARIOS; i++)
    {
      g_autoptr(MuScenario) scenario = store_test_scenario (i);

      g_ptr_array_add (uuids, mu_store_save (store, NULL, scenario, &error));
      g_assert_no_error (error);
    }
  mu_store_exec (store, "PRAGMA synchronous = FULL", NULL);
  printf ("library of %d scenarios filled in %.1f s\n", N_SCENARIOS,
          (g_get_monotonic_time () - start) / 1e6);

  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(GPtrArray) entries = NULL;

      start = g_get_monotonic_time ();
      entries = mu_store_list (store, NULL, &error);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      g_assert_cmpuint (entries->len, ==, N_SCENARIOS);
    }
  printf ("list of %d scenarios: median %.1f ms (goal ≤ 100 ms)\n", N_SCENARIOS, median (times, 20));

  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(GPtrArray) entries = NULL;

      start = g_get_monotonic_time ();
      entries = mu_store_list (store, "scenario 99", &error);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      g_assert_cmpuint (entries->len, ==, 111);
    }
  printf ("search among %d scenarios: median %.1f ms\n", N_SCENARIOS, median (times, 20));

  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(MuScenario) scenario = store_test_scenario (i + 1);
      g_autofree char *uuid = NULL;

      start = g_get_monotonic_time ();
      uuid = mu_store_save (store, g_ptr_array_index (uuids, i * 37), scenario, &error);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      g_assert_no_error (error);
    }
  printf ("save of one scenario (synchronous, fsync): median %.2f ms (goal ≤ 5 ms)\n", median (times, 200));

  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(MuScenario) scenario = NULL;

      start = g_get_monotonic_time ();
      scenario = mu_store_load (store, g_ptr_array_index (uuids, i * 41), &error);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      g_assert_no_error (error);
    }
  printf ("load of one scenario: median %.3f ms (goal ≤ 2 ms)\n", median (times, 200));

  g_clear_pointer (&store, mu_store_close);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (path);
    g_unlink (wal);
    g_unlink (shm);
    g_rmdir (dir);
  }
  return 0;
}
