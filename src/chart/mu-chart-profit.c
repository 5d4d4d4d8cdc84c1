/* mu-chart-profit.c — each partner's part of each period's profit, as
 * stacked bars; a loss goes below the axis
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "mu-chart-private.h"

/* Bars that touch, as in a thirty-year monthly chart, are drawn as one
 * stepped band a partner — its top and bottom edges period by period —
 * instead of thousands of bars narrower than a pixel. */
static void
draw_touching_bars (MuCanvas           *canvas,
                    const MuBox        *plot,
                    const MuValueAxis  *axis,
                    const MuLegendItem *items,
                    double              unit)
{
  const MuResult *result = canvas->result;
  guint n = result->n_periods;
  g_autofree double *up = g_new0 (double, n);
  g_autofree double *down = g_new0 (double, n);
  g_autofree double *top = g_new (double, n);
  g_autofree double *bottom = g_new (double, n);

  for (guint p = 0; p < result->n_partners; p++)
    {
      guint i = mu_chart_stack_order (result, p);

      for (guint t = 0; t < n; t++)
        {
          double part = mu_partner_period_result (mu_result_get (result, t + 1, i)) / unit;
          double *stack = part >= 0 ? &up[t] : &down[t];
          double y0 = mu_value_axis_y (axis, plot, *stack);
          double y1 = mu_value_axis_y (axis, plot, *stack + part);

          top[t] = MIN (y0, y1);
          bottom[t] = MAX (y0, y1);
          *stack += part;
        }

      /* Along the top from the first period to the last, back along the
       * bottom; right to left, the first period is on the right. */
      cairo_new_path (canvas->cr);
      for (guint t = 0; t < n; t++)
        {
          double a = mu_canvas_x (canvas, plot, (double) t / n);
          double b = mu_canvas_x (canvas, plot, (double) (t + 1) / n);

          cairo_line_to (canvas->cr, a, top[t]);
          cairo_line_to (canvas->cr, b, top[t]);
        }
      for (guint t = n; t-- > 0;)
        {
          double a = mu_canvas_x (canvas, plot, (double) t / n);
          double b = mu_canvas_x (canvas, plot, (double) (t + 1) / n);

          cairo_line_to (canvas->cr, b, bottom[t]);
          cairo_line_to (canvas->cr, a, bottom[t]);
        }
      cairo_close_path (canvas->cr);
      mu_canvas_set_color (canvas, items[p].color);
      cairo_fill (canvas->cr);
    }
}

void
mu_chart_draw_profit (MuCanvas             *canvas,
                      const MuChartOptions *options)
{
  const MuResult *result = canvas->result;
  guint n = result->n_periods;
  guint partners = result->n_partners;
  double unit = 1, low = 0, high = 0;
  g_autofree MuLegendItem *items = g_new (MuLegendItem, partners);
  MuBox area = { canvas->font_size, canvas->font_size, canvas->width - 2 * canvas->font_size,
                 canvas->height - 2 * canvas->font_size };
  MuValueAxis axis = { 0 };
  MuBox plot;
  double column, bar;

  if (options->title)
    {
      /* Translators: a chart's title; %s is the currency, as “RUB”. */
      g_autofree char *title = g_strdup_printf (_("Profit and loss per partner, %s"), canvas->scenario->currency);

      mu_canvas_title (canvas, &area, title);
    }

  for (guint p = 0; p < partners; p++)
    {
      guint i = mu_chart_stack_order (result, p);

      items[p].color = mu_chart_partner_color (canvas->style, result, i);
      items[p].label = mu_scenario_get_partner (canvas->scenario, i)->name;
    }
  mu_canvas_legend (canvas, &area, items, partners);

  for (guint e = 0; e < mu_scenario_get_exponent (canvas->scenario); e++)
    unit *= 10;
  for (guint t = 1; t <= n; t++)
    {
      double up = 0, down = 0;

      for (guint i = 0; i < partners; i++)
        {
          double part = mu_partner_period_result (mu_result_get (result, t, i)) / unit;

          if (part >= 0)
            up += part;
          else
            down += part;
        }
      high = MAX (high, up);
      low = MIN (low, down);
    }
  if (high == 0 && low == 0)
    high = 1;

  axis.money = TRUE;
  mu_value_axis_init (&axis, low, high, area.height, canvas->font_size);
  plot = mu_canvas_time_axes (canvas, &area, &axis);

  column = plot.width / n;
  /* Narrow columns touch: gaps thinner than a pixel only shimmer. */
  bar = column < 4 ? column : column * 0.7;
  if (bar == column)
    draw_touching_bars (canvas, &plot, &axis, items, unit);
  else
    for (guint t = 1; t <= n; t++)
      {
        double x = mu_canvas_x (canvas, &plot, (t - 0.5) / n) - bar / 2;
        double up = 0, down = 0;

        for (guint p = 0; p < partners; p++)
          {
            const MuPartnerPeriod *cell = mu_result_get (result, t, mu_chart_stack_order (result, p));
            double part = mu_partner_period_result (cell) / unit;
            double from = part >= 0 ? up : down;
            double to = from + part;
            double y0 = mu_value_axis_y (&axis, &plot, from);
            double y1 = mu_value_axis_y (&axis, &plot, to);

            if (part == 0)
              continue;
            cairo_rectangle (canvas->cr, x, MIN (y0, y1), bar, fabs (y1 - y0));
            mu_canvas_set_color (canvas, items[p].color);
            cairo_fill (canvas->cr);
            if (part >= 0)
              up = to;
            else
              down = to;
          }
      }

  /* The zero line over the bars, so losses read as below it. */
  {
    double y = round (mu_value_axis_y (&axis, &plot, 0)) + 0.5;

    mu_canvas_set_color (canvas, canvas->style->foreground);
    cairo_set_line_width (canvas->cr, canvas->style->line_width);
    cairo_move_to (canvas->cr, plot.x, y);
    cairo_line_to (canvas->cr, plot.x + plot.width, y);
    cairo_stroke (canvas->cr);
  }
}
