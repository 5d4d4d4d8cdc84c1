/* bench-chart.c — render time of each chart at 1600×900 and of the whole
 * report of a 360-period schedule. Prints figures; asserts nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "mu-chart.h"
#include "mu-exchange.h"
#include "mu-report.h"
#include "bench-util.h"

static MuScenario *
monthly_360 (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("MUSHARAKA_EXAMPLES") ? g_getenv ("MUSHARAKA_EXAMPLES")
                                                                           : "data/examples",
                                            "case-c-diminishing-transfer.musharaka", NULL);
  g_autoptr(GError) error = NULL;
  MuScenario *scenario = mu_exchange_read_file (path, &error);

  g_assert_no_error (error);
  scenario->period = MU_PERIOD_MONTH;
  scenario->periods = 360;
  scenario->financing.installments = 120;
  scenario->financing.every = 3;
  return scenario;
}

int
main (void)
{
  static const char * const names[] = { "equity", "shares", "profit" };
  g_autoptr(MuScenario) scenario = monthly_360 ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MuResult) result = mu_engine_run (scenario, &error);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1600, 900);
  MuChartStyle style;
  double times[50];

  mu_chart_style_init (&style, MU_CHART_THEME_LIGHT);
  for (MuChartKind kind = MU_CHART_EQUITY; kind <= MU_CHART_PROFIT; kind++)
    {
      MuChartOptions options = { kind, FALSE, 1, TRUE };

      for (guint i = 0; i < G_N_ELEMENTS (times); i++)
        {
          gint64 start = g_get_monotonic_time ();
          cairo_t *cr = cairo_create (surface);

          mu_chart_draw (cr, 1600, 900, scenario, result, &style, &options);
          cairo_destroy (cr);
          cairo_surface_flush (surface);
          times[i] = (g_get_monotonic_time () - start) / 1000.0;
        }
      qsort (times, G_N_ELEMENTS (times), sizeof (double), compare_doubles);
      printf ("%-7s chart, 360 periods, 1600×900: median %.2f ms (goal ≤ 5 ms)\n", names[kind],
              times[G_N_ELEMENTS (times) / 2]);
    }
  cairo_surface_destroy (surface);

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *path = g_build_filename (g_get_tmp_dir (), "musharaka-bench-report.pdf", NULL);
      gint64 start = g_get_monotonic_time ();
      guint pages = 0;

      g_assert_true (mu_report_write_pdf (scenario, result, &style, MU_PAPER_A4, path, &pages, &error));
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      g_unlink (path);
      if (i == 0)
        printf ("report of 360 periods: %u A4 pages\n", pages);
    }
  qsort (times, 5, sizeof (double), compare_doubles);
  printf ("report of 360 periods to PDF: median %.1f ms (goal ≤ 500 ms)\n", times[2]);
  return 0;
}
