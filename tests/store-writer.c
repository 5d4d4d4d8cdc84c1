/* store-writer.c — saves scenarios into a library as fast as it can,
 * printing "saved UUID N" after each save that returned: the crash test
 * kills it with SIGKILL and checks that every such scenario is there, whole.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <stdio.h>

#include "mu-store.h"
#include "store-test-scenario.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MuStore) store = NULL;
  g_autofree char *previous = NULL;

  if (argc != 2)
    return 2;
  if ((store = mu_store_open (argv[1], MU_STORE_OPEN_NO_SEED, &error)) == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  for (guint n = 1;; n++)
    {
      g_autoptr(MuScenario) scenario = store_test_scenario (n);
      g_autofree char *uuid = NULL;

      /* Every third save rewrites the previous scenario in place. */
      if (n % 3 == 0 && previous != NULL)
        uuid = mu_store_save (store, previous, scenario, &error);
      else
        uuid = mu_store_save (store, NULL, scenario, &error);
      if (uuid == NULL)
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
      printf ("saved %s %u\n", uuid, n);
      fflush (stdout);
      g_free (previous);
      previous = g_steal_pointer (&uuid);
    }
}
