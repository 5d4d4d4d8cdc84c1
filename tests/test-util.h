/* test-util.h — what the test programs share: the examples, the engine
 * run that fails the test with its reason, schedules compared
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mu-engine.h"
#include "mu-exchange.h"

/* A scenario of data/examples. */
static inline MuScenario *
load_example (const char *file)
{
  g_autofree char *path = g_build_filename (g_getenv ("MUSHARAKA_EXAMPLES"), file, NULL);
  g_autoptr(GError) error = NULL;
  MuScenario *scenario = mu_exchange_read_file (path, &error);

  g_assert_no_error (error);
  return scenario;
}

/* The schedule of @scenario, which must compute. */
static inline MuResult *
run_engine (const MuScenario *scenario)
{
  g_autoptr(GError) error = NULL;
  MuResult *result = mu_engine_run (scenario, &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);
  return result;
}

/* Two scenarios give the same schedule, to the minor unit. */
static inline void
assert_same_schedule (const MuScenario *a,
                      const MuScenario *b)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MuResult) ra = mu_engine_run (a, &error);
  g_autoptr(MuResult) rb = mu_engine_run (b, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (ra->n_periods, ==, rb->n_periods);
  g_assert_cmpuint (ra->n_partners, ==, rb->n_partners);
  for (guint t = 1; t <= ra->n_periods; t++)
    {
      g_assert_cmpint (ra->periods[t - 1].profit, ==, rb->periods[t - 1].profit);
      g_assert_cmpint (ra->periods[t - 1].buyout, ==, rb->periods[t - 1].buyout);
      g_assert_cmpint (ra->periods[t - 1].rent, ==, rb->periods[t - 1].rent);
      for (guint i = 0; i < ra->n_partners; i++)
        {
          g_assert_cmpint (mu_result_get (ra, t, i)->profit, ==, mu_result_get (rb, t, i)->profit);
          g_assert_cmpint (mu_result_get (ra, t, i)->stake_end, ==, mu_result_get (rb, t, i)->stake_end);
          g_assert_cmpint (mu_result_get (ra, t, i)->paid, ==, mu_result_get (rb, t, i)->paid);
        }
    }
}
