/* bench-engine.c — one full engine run of a 30-year monthly schedule with
 * 20 partners, the size the window recomputes on every keystroke.
 * Prints figures; asserts nothing about time (the machines are shared).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>

#include "mu-engine.h"
#include "bench-util.h"

#define N_PARTNERS 20
#define N_RUNS     2000

static MuScenario *
big_scenario (void)
{
  MuScenario *scenario = mu_scenario_new ();
  MuFinancing *f = &scenario->financing;

  g_free (scenario->name);
  scenario->name = g_strdup ("30 years, monthly, 20 partners");
  scenario->period = MU_PERIOD_MONTH;
  scenario->periods = 360;

  for (guint i = 0; i < N_PARTNERS; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);
      MuPartner *partner = mu_partner_new (id, id, i == 0 ? MU_PARTNER_BANK : MU_PARTNER_OWNER);

      mu_partner_add_cash (partner, (i == 0 ? 5000000000 : 1000000) + i * 12345);
      if (i == 1)
        {
          partner->has_profit_share = TRUE;
          partner->profit_share = 150000;
        }
      g_ptr_array_add (scenario->partners, partner);
    }

  f->enabled = TRUE;
  f->bank_id = g_strdup ("p0");
  for (guint i = 1; i <= 5; i++)
    g_ptr_array_add (f->buyer_ids, g_strdup_printf ("p%u", i));
  f->installments = 360;
  f->every = 1;
  f->mode = MU_OWNERSHIP_TRANSFER;
  f->unit_price = MU_UNIT_PRICE_FAIR;
  f->depreciation = 5000;
  f->rent = 4000;
  scenario->profit.per_period = 12345678;
  scenario->profit.growth = 1000;
  return scenario;
}

int
main (void)
{
  g_autoptr(MuScenario) scenario = big_scenario ();
  static double times[N_RUNS];

  for (guint i = 0; i < N_RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GError) error = NULL;
      g_autoptr(MuResult) result = mu_engine_run (scenario, &error);

      times[i] = (double) (g_get_monotonic_time () - start);
      g_assert_no_error (error);
    }
  qsort (times, N_RUNS, sizeof (double), compare_doubles);

  printf ("engine run, 360 monthly periods × %d partners, %d runs:\n", N_PARTNERS, N_RUNS);
  printf ("  median %.1f µs, p90 %.1f µs, min %.1f µs (goal: median ≤ 200 µs)\n",
          times[N_RUNS / 2], times[N_RUNS * 9 / 10], times[0]);
  return 0;
}
