/* mu-chart-shares.c — the capital of one period as a donut, the bank's
 * sector first from twelve o'clock (the article's Figures 1 and 3)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "mu-chart-private.h"

/* The stake of @partner in @period, or after the last period when
 * @period is one past it. */
static MuMoney
stake_in (const MuResult *result,
          guint           period,
          guint           partner)
{
  if (period > result->n_periods)
    return mu_result_get (result, result->n_periods, partner)->stake_end;
  return mu_result_get (result, period, partner)->stake;
}


static char *
period_caption (const MuCanvas *canvas,
                guint           period)
{
  const MuResult *result = canvas->result;
  char date[64];

  if (period > result->n_periods)
    {
      g_date_strftime (date, sizeof date, "%x", &result->periods[result->n_periods - 1].end);
      /* Translators: the donut shows the capital after the last period;
       * %s is the date it ends. */
      return g_strdup_printf (_("after %s"), date);
    }
  g_date_strftime (date, sizeof date, "%x", &result->periods[period - 1].start);
  /* Translators: the period the donut shows, and the day it starts. */
  return g_strdup_printf (_("period %u, from %s"), period, date);
}

void
mu_chart_draw_shares (MuCanvas             *canvas,
                      const MuChartOptions *options)
{
  const MuResult *result = canvas->result;
  guint exponent = mu_scenario_get_exponent (canvas->scenario);
  guint period = options->period == 0 ? 1 : MIN (options->period, result->n_periods + 1);
  guint partners = result->n_partners;
  g_autofree MuLegendItem *items = g_new (MuLegendItem, partners);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *caption = period_caption (canvas, period);
  MuBox area = { canvas->font_size, canvas->font_size, canvas->width - 2 * canvas->font_size,
                 canvas->height - 2 * canvas->font_size };
  MuMoney total = 0;
  double cx, cy, outer, inner, angle;

  for (guint i = 0; i < partners; i++)
    total += stake_in (result, period, i);

  if (options->title)
    {
      g_autofree char *title = g_strdup_printf (_("Shares of the capital, %s"), caption);

      mu_canvas_title (canvas, &area, title);
    }

  for (guint p = 0; p < partners; p++)
    {
      guint i = mu_chart_stack_order (result, p);
      MuMoney stake = stake_in (result, period, i);
      g_autofree char *amount = mu_chart_format_money (stake, exponent);
      g_autofree char *percent = mu_chart_format_percent (mu_ratio_percent (stake, total));

      /* Translators: a legend entry of the donut: a partner's name, its
       * share of the capital and the amount with its currency. */
      g_ptr_array_add (labels, g_strdup_printf (_("%s — %s, %s %s"),
                                                mu_scenario_get_partner (canvas->scenario, i)->name,
                                                percent, amount, canvas->scenario->currency));
      items[p].color = mu_chart_partner_color (canvas->style, result, i);
      items[p].label = g_ptr_array_index (labels, p);
    }
  mu_canvas_legend (canvas, &area, items, partners);

  if (total <= 0)
    {
      mu_canvas_empty (canvas, &area, _("Nobody holds any capital in this period."));
      return;
    }

  cx = area.x + area.width / 2;
  cy = area.y + area.height / 2;
  outer = MAX (4, MIN (area.width, area.height) / 2 - canvas->font_size * 0.5);
  inner = outer * 0.58;
  angle = -G_PI / 2;

  for (guint p = 0; p < partners; p++)
    {
      guint i = mu_chart_stack_order (result, p);
      MuMoney stake = stake_in (result, period, i);
      double sweep = 2 * G_PI * (double) stake / (double) total;
      double middle = angle + sweep / 2;
      double label_radius = (outer + inner) / 2;

      if (stake <= 0)
        continue;

      cairo_new_path (canvas->cr);
      cairo_arc (canvas->cr, cx, cy, outer, angle, angle + sweep);
      cairo_arc_negative (canvas->cr, cx, cy, inner, angle + sweep, angle);
      cairo_close_path (canvas->cr);
      mu_canvas_set_color (canvas, items[p].color);
      cairo_fill_preserve (canvas->cr);
      /* A thin gap of background between sectors. */
      mu_canvas_set_color (canvas, canvas->style->background);
      cairo_set_line_width (canvas->cr, MAX (1.0, canvas->style->line_width));
      cairo_stroke (canvas->cr);

      {
        g_autofree char *text = g_strdup_printf ("%.1f %%", mu_ratio_percent (stake, total));
        g_autoptr(PangoLayout) layout = mu_canvas_layout (canvas, text, 0.9, TRUE);
        double w, h;

        mu_canvas_layout_size (layout, &w, &h);
        /* Only where the sector is wide enough for its number. */
        if (sweep * label_radius > w * 1.2 && outer - inner > h * 1.2)
          {
            double luminance = 0.2126 * items[p].color.red + 0.7152 * items[p].color.green +
                               0.0722 * items[p].color.blue;

            cairo_set_source_rgb (canvas->cr, luminance > 0.5 ? 0 : 1, luminance > 0.5 ? 0 : 1,
                                  luminance > 0.5 ? 0 : 1);
            mu_canvas_show (canvas, layout, cx + label_radius * cos (middle),
                            cy + label_radius * sin (middle), 0.5, 0.5);
          }
      }
      angle += sweep;
    }

  /* The whole capital in the middle, and which period it is. */
  {
    g_autofree char *amount = mu_chart_format_money (total, exponent);
    g_autofree char *text = g_strdup_printf ("%s %s", amount, canvas->scenario->currency);
    g_autoptr(PangoLayout) layout = mu_canvas_layout (canvas, text, 1.1, TRUE);
    g_autoptr(PangoLayout) below = mu_canvas_layout (canvas, caption, 0.85, FALSE);
    double w, h, below_width;

    mu_canvas_layout_size (layout, &w, &h);
    mu_canvas_layout_size (below, &below_width, NULL);
    if (w < inner * 1.8)
      {
        mu_canvas_set_color (canvas, canvas->style->foreground);
        mu_canvas_show (canvas, layout, cx, cy, 0.5, 1.0);
      }
    if (below_width < inner * 1.8)
      {
        mu_canvas_set_color (canvas, canvas->style->muted);
        mu_canvas_show (canvas, below, cx, cy + 2, 0.5, 0.0);
      }
  }
}
