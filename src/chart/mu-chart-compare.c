/* mu-chart-compare.c — the bank's share over time in several scenarios,
 * one step line each, to compare the deals at a glance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-chart"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mu-chart-private.h"

/* The bank's share during period @t, as a percent, of a scenario with
 * bank financing. */
static double
share_in (const MuResult *result,
          guint           t)
{
  return mu_result_ownership_percent (result, t, (guint) result->bank);
}

void
mu_chart_draw_compare (cairo_t              *cr,
                       double                width,
                       double                height,
                       const MuScenario    **scenarios,
                       const MuResult      **results,
                       guint                 n,
                       const MuChartStyle   *style)
{
  MuCanvas canvas;
  MuBox area;
  MuValueAxis axis = { 0 };
  g_autofree MuLegendItem *items = g_new0 (MuLegendItem, MAX (n, 1));
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  const MuResult *longest = NULL;
  MuBox plot;

  g_return_if_fail (cr != NULL && style != NULL);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  cairo_set_source_rgba (cr, style->background.red, style->background.green, style->background.blue,
                         style->background.alpha);
  cairo_paint (cr);

  for (guint i = 0; i < n; i++)
    if (results[i] != NULL && (longest == NULL || results[i]->n_periods > longest->n_periods))
      longest = results[i];

  mu_canvas_init (&canvas, cr, width, height, longest != NULL ? scenarios[0] : NULL, longest, style);
  area = (MuBox) { canvas.font_size, canvas.font_size, width - 2 * canvas.font_size, height - 2 * canvas.font_size };
  if (longest == NULL)
    {
      mu_canvas_empty (&canvas, &area, _("Choose two or more scenarios to compare."));
      cairo_restore (cr);
      return;
    }
  for (guint i = 0; i < n; i++)
    if (results[i] == longest)
      canvas.scenario = scenarios[i];

  mu_canvas_title (&canvas, &area, _("The bank’s share of ownership, period by period"));
  for (guint i = 0; i < n; i++)
    {
      /* The first scenario in the bank's colour, the others in the palette's. */
      items[i].color = i == 0 ? style->bank : style->palette[(i - 1) % MU_CHART_N_PALETTE];
      /* A scenario without a bank has no bank's share to draw: the
       * legend says so rather than draw another partner's. */
      if (results[i] != NULL && results[i]->bank < 0)
        {
          /* Translators: a scenario's name in the legend of the chart of
           * the bank's share, for a scenario without bank financing. */
          char *label = g_strdup_printf (_("%s (no bank financing)"), scenarios[i]->name);

          g_ptr_array_add (labels, label);
          items[i].label = label;
        }
      else
        items[i].label = scenarios[i]->name;
    }
  mu_canvas_legend (&canvas, &area, items, n);

  axis.percent = TRUE;
  mu_value_axis_init (&axis, 0, 100, area.height, canvas.font_size);
  axis.max = 100;
  plot = mu_canvas_time_axes (&canvas, &area, &axis);

  cairo_set_line_width (cr, 2.5 * style->line_width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < n; i++)
    {
      const MuResult *r = results[i];

      if (r == NULL || r->bank < 0)
        continue;
      /* Periods are aligned by their number: the deals start together. */
      for (guint t = 1; t <= r->n_periods; t++)
        {
          double x0 = mu_canvas_x (&canvas, &plot, (double) (t - 1) / longest->n_periods);
          double x1 = mu_canvas_x (&canvas, &plot, (double) t / longest->n_periods);
          double y = mu_value_axis_y (&axis, &plot, share_in (r, t));

          if (t == 1)
            cairo_move_to (cr, x0, y);
          else
            cairo_line_to (cr, x0, y);
          cairo_line_to (cr, x1, y);
        }
      mu_canvas_set_color (&canvas, items[i].color);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}
