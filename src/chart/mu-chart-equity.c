/* mu-chart-equity.c — the declining bank equity: who owns what, period
 * by period, as stacked steps with the bank at the bottom
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "mu-chart-private.h"


static double
value_of (const MuResult *result,
          guint           period,
          guint           partner,
          gboolean        money,
          double          unit)
{
  if (money)
    return mu_result_get (result, period, partner)->stake / unit;
  return mu_result_ownership_percent (result, period, partner);
}

/* One partner's band: its top edge in steps from the first period to the
 * last, then its bottom edge back. No seams between periods. */
static void
band_path (MuCanvas          *canvas,
           const MuBox       *plot,
           const MuValueAxis *axis,
           const double      *below,
           const double      *above)
{
  guint n = canvas->result->n_periods;

  for (guint t = 0; t < n; t++)
    {
      double x0 = mu_canvas_x (canvas, plot, (double) t / n);
      double x1 = mu_canvas_x (canvas, plot, (double) (t + 1) / n);
      double y = mu_value_axis_y (axis, plot, above[t]);

      if (t == 0)
        cairo_move_to (canvas->cr, x0, y);
      else
        cairo_line_to (canvas->cr, x0, y);
      cairo_line_to (canvas->cr, x1, y);
    }
  for (guint t = n; t-- > 0;)
    {
      double x0 = mu_canvas_x (canvas, plot, (double) t / n);
      double x1 = mu_canvas_x (canvas, plot, (double) (t + 1) / n);
      double y = mu_value_axis_y (axis, plot, below[t]);

      cairo_line_to (canvas->cr, x1, y);
      cairo_line_to (canvas->cr, x0, y);
    }
  cairo_close_path (canvas->cr);
}

/* A dot where each installment lowers the bank's share, and the share in
 * force during the period above it, as many as fit without overlapping. */
static void
draw_buyout_marks (MuCanvas          *canvas,
                   const MuBox       *plot,
                   const MuValueAxis *axis,
                   const double      *bank_top,
                   gboolean           money)
{
  const MuResult *result = canvas->result;
  guint n = result->n_periods;
  double radius = MAX (2.0, canvas->font_size * 0.3);
  gboolean rtl = canvas->style->rtl;
  double step_width = plot->width / n * canvas->scenario->financing.every;
  MuMoney unit = 1;

  for (guint e = 0; e < mu_scenario_get_exponent (canvas->scenario); e++)
    unit *= 10;
  double last_edge = rtl ? G_MAXDOUBLE : -G_MAXDOUBLE;

  for (guint t = 1; t <= n; t++)
    {
      const MuPeriodResult *row = &result->periods[t - 1];
      double x_end = mu_canvas_x (canvas, plot, (double) t / n);
      double x_mid = mu_canvas_x (canvas, plot, (t - 0.5) / n);
      double y = mu_value_axis_y (axis, plot, bank_top[t - 1]);
      g_autofree char *text = NULL;
      g_autoptr(PangoLayout) layout = NULL;
      double w, h, left;

      if (row->units == 0)
        continue;

      /* Dots only where the steps are far enough apart to tell. */
      if (step_width >= radius * 4)
        {
          mu_canvas_set_color (canvas, canvas->style->foreground);
          cairo_new_path (canvas->cr);
          cairo_arc (canvas->cr, x_end, y, radius, 0, 2 * G_PI);
          cairo_fill (canvas->cr);
        }

      text = money ? mu_chart_format_money (mu_result_get (result, t, result->bank)->stake / unit, 0)
                   : mu_chart_format_percent (mu_result_ownership_percent (result, t, result->bank));
      layout = mu_canvas_layout (canvas, text, 0.85, TRUE);
      mu_canvas_layout_size (layout, &w, &h);

      /* Labels go over their own period, as many as fit side by side. */
      left = CLAMP (x_mid - w / 2, plot->x, plot->x + plot->width - w);
      if (rtl ? left + w > last_edge - canvas->font_size : left < last_edge + canvas->font_size)
        continue;
      if (y - h - radius < plot->y)
        y = plot->y + h + radius;

      mu_canvas_set_color (canvas, canvas->style->background);
      cairo_rectangle (canvas->cr, left - 2, y - h - radius - 1, w + 4, h);
      cairo_fill (canvas->cr);
      mu_canvas_set_color (canvas, canvas->style->foreground);
      mu_canvas_show (canvas, layout, left, y - radius - 1, 0.0, 1.0);
      last_edge = rtl ? left : left + w;
    }
}

void
mu_chart_draw_equity (MuCanvas             *canvas,
                      const MuChartOptions *options)
{
  const MuResult *result = canvas->result;
  guint n = result->n_periods;
  guint partners = result->n_partners;
  double unit = 1;
  double max = 100;
  g_autofree double *below = g_new0 (double, n);
  g_autofree double *above = g_new0 (double, n);
  g_autofree double *bank_top = g_new0 (double, n);
  g_autofree MuLegendItem *items = g_new (MuLegendItem, partners);
  MuBox area = { canvas->font_size, canvas->font_size, canvas->width - 2 * canvas->font_size,
                 canvas->height - 2 * canvas->font_size };
  MuValueAxis axis = { 0 };
  MuBox plot;

  if (options->title)
    {
      /* Translators: a chart's title; %s is the currency, as “RUB”. */
      g_autofree char *title = options->money ? g_strdup_printf (_("Stakes in the partnership, %s"),
                                                                 canvas->scenario->currency)
                                              : g_strdup (_("Ownership of the partnership, %"));

      mu_canvas_title (canvas, &area, title);
    }

  for (guint p = 0; p < partners; p++)
    {
      guint i = mu_chart_stack_order (result, p);

      items[p].color = mu_chart_partner_color (canvas->style, result, i);
      items[p].label = mu_scenario_get_partner (canvas->scenario, i)->name;
    }
  mu_canvas_legend (canvas, &area, items, partners);

  if (options->money)
    {
      for (guint e = 0; e < mu_scenario_get_exponent (canvas->scenario); e++)
        unit *= 10;
      max = 0;
      for (guint t = 1; t <= n; t++)
        max = MAX (max, result->periods[t - 1].pool / unit);
    }
  axis.percent = !options->money;
  axis.money = options->money;
  mu_value_axis_init (&axis, 0, max, area.height, canvas->font_size);
  if (axis.percent)
    axis.max = 100;
  plot = mu_canvas_time_axes (canvas, &area, &axis);

  for (guint p = 0; p < partners; p++)
    {
      guint i = mu_chart_stack_order (result, p);

      for (guint t = 1; t <= n; t++)
        above[t - 1] = below[t - 1] + value_of (result, t, i, options->money, unit);
      if (p == 0)
        memcpy (bank_top, above, n * sizeof (double));

      band_path (canvas, &plot, &axis, below, above);
      mu_canvas_set_color (canvas, items[p].color);
      if (canvas->style->line_width > 1)
        {
          /* High contrast: a line between the bands as well as colour. */
          cairo_fill_preserve (canvas->cr);
          mu_canvas_set_color (canvas, canvas->style->foreground);
          cairo_set_line_width (canvas->cr, canvas->style->line_width);
          cairo_stroke (canvas->cr);
        }
      else
        cairo_fill (canvas->cr);
      memcpy (below, above, n * sizeof (double));
    }

  if (result->bank >= 0)
    draw_buyout_marks (canvas, &plot, &axis, bank_top, options->money);
}
