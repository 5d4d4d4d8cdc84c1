/* mu-chart.c — styles, and the one entry point every chart is drawn by
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mu-chart-private.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }

/* Okabe and Ito's colours, which readers with any common colour vision
 * deficiency tell apart; the bank keeps the blue in every style. */
static const MuChartStyle light_style = {
  .background = RGB (0xffffff),
  .foreground = RGB (0x241f31),
  .muted = RGB (0x5e5c64),
  .grid = RGB (0xdeddda),
  .bank = RGB (0x0072b2),
  .palette = { RGB (0xe69f00), RGB (0x009e73), RGB (0xd55e00), RGB (0xcc79a7),
               RGB (0x56b4e9), RGB (0xf0e442), RGB (0x999999) },
  .line_width = 1.0,
};

static const MuChartStyle dark_style = {
  .background = RGB (0x242424),
  .foreground = RGB (0xffffff),
  .muted = RGB (0xc0bfbc),
  .grid = RGB (0x3d3d3d),
  .bank = RGB (0x3d9be9),
  .palette = { RGB (0xe69f00), RGB (0x00b383), RGB (0xf06b1e), RGB (0xdb8dbd),
               RGB (0xf0e442), RGB (0xaaaaaa), RGB (0xe8e8e8) },
  .line_width = 1.0,
};

static const MuChartStyle high_contrast_style = {
  .background = RGB (0xffffff),
  .foreground = RGB (0x000000),
  .muted = RGB (0x000000),
  .grid = RGB (0x77767b),
  .bank = RGB (0x004b87),
  .palette = { RGB (0xc77c00), RGB (0x006b4e), RGB (0xb34700), RGB (0x99446f),
               RGB (0x2a8fd0), RGB (0xb8a800), RGB (0x555555) },
  .line_width = 2.0,
};

void
mu_chart_style_init (MuChartStyle *style,
                     MuChartTheme  theme)
{
  g_return_if_fail (style != NULL);

  switch (theme)
    {
    case MU_CHART_THEME_DARK:
      *style = dark_style;
      break;
    case MU_CHART_THEME_HIGH_CONTRAST:
      *style = high_contrast_style;
      break;
    case MU_CHART_THEME_LIGHT:
    default:
      *style = light_style;
      break;
    }
  style->font_size = 10.0;
}

/* The bank in its own colour; the other partners through the palette in
 * their order, skipping the bank, so a partner keeps its colour in every
 * chart of the scenario. */
MuRgba
mu_chart_partner_color (const MuChartStyle *style,
                        const MuResult     *result,
                        guint               partner)
{
  guint index = partner;

  if (result != NULL && result->bank >= 0)
    {
      if ((int) partner == result->bank)
        return style->bank;
      if ((int) partner > result->bank)
        index--;
    }
  return style->palette[index % MU_CHART_N_PALETTE];
}

/* Whether the user's language reads right to left, decided as GTK decides
 * it, so the command line agrees with the window. */
gboolean
mu_chart_locale_is_rtl (void)
{
  /* Translators: not a text to translate. Write “default:RTL” if your
   * language is written right to left, “default:LTR” otherwise. */
  const char *direction = _("default:LTR");

  return g_strcmp0 (direction, "default:RTL") == 0;
}

gboolean
mu_chart_kind_from_string (const char  *text,
                           MuChartKind *kind)
{
  static const char * const words[] = { "equity", "shares", "profit" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_strcmp0 (text, words[i]) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

void
mu_chart_draw (cairo_t              *cr,
               double                width,
               double                height,
               const MuScenario     *scenario,
               const MuResult       *result,
               const MuChartStyle   *style,
               const MuChartOptions *options)
{
  mu_chart_draw_full (cr, width, height, scenario, result, style, options, NULL);
}

/* The period under the point (@x, @y) of the last drawing, or 0. */
guint
mu_chart_geometry_period_at (const MuChartGeometry *geometry,
                             double                 x,
                             double                 y)
{
  double fraction;

  g_return_val_if_fail (geometry != NULL, 0);

  if (geometry->n_periods == 0 || geometry->plot_width <= 0 ||
      x < geometry->plot_x || x >= geometry->plot_x + geometry->plot_width ||
      y < geometry->plot_y || y > geometry->plot_y + geometry->plot_height)
    return 0;
  fraction = (x - geometry->plot_x) / geometry->plot_width;
  if (geometry->rtl)
    fraction = 1.0 - fraction;
  return MIN (geometry->n_periods, (guint) (fraction * geometry->n_periods) + 1);
}

void
mu_chart_draw_full (cairo_t              *cr,
                    double                width,
                    double                height,
                    const MuScenario     *scenario,
                    const MuResult       *result,
                    const MuChartStyle   *style,
                    const MuChartOptions *options,
                    MuChartGeometry      *geometry)
{
  MuCanvas canvas;

  g_return_if_fail (cr != NULL && style != NULL && options != NULL);

  if (geometry != NULL)
    *geometry = (MuChartGeometry) { 0 };

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  cairo_set_source_rgba (cr, style->background.red, style->background.green,
                         style->background.blue, style->background.alpha);
  cairo_paint (cr);

  mu_canvas_init (&canvas, cr, width, height, scenario, result, style);
  canvas.geometry = geometry;

  if (scenario == NULL || result == NULL || result->n_periods == 0 || result->n_partners == 0)
    {
      MuBox box = { 0, 0, width, height };

      mu_canvas_empty (&canvas, &box, _("Nothing to show yet: enter the partners and what they contribute."));
    }
  else if (options->kind == MU_CHART_EQUITY)
    mu_chart_draw_equity (&canvas, options);
  else if (options->kind == MU_CHART_SHARES)
    mu_chart_draw_shares (&canvas, options);
  else
    mu_chart_draw_profit (&canvas, options);

  cairo_restore (cr);
}

/* What the chart shows, in words, for screen readers and alt text. */
char *
mu_chart_describe (const MuScenario     *scenario,
                   const MuResult       *result,
                   const MuChartOptions *options)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (options != NULL, NULL);

  if (scenario == NULL || result == NULL || result->n_periods == 0)
    {
      g_string_append (text, _("The chart is empty: the scenario has no schedule yet."));
      return g_string_free (text, FALSE);
    }

  if (options->kind == MU_CHART_EQUITY && result->bank >= 0)
    {
      const MuPartner *bank = mu_scenario_get_partner (scenario, result->bank);
      double first = mu_result_ownership_percent (result, 1, result->bank);
      double last = mu_result_ownership_percent (result, result->n_periods, result->bank);

      g_string_append_printf (text, _("Ownership over %u periods. %s holds %.2f %% in period 1 and %.2f %% "
                                      "in period %u."),
                              result->n_periods, bank->name, first, last, result->n_periods);
      if (result->last_buyout > 0)
        {
          g_string_append_c (text, ' ');
          g_string_append_printf (text, _("It is bought out completely at the end of period %u."),
                                  result->last_buyout);
        }
    }
  else if (options->kind == MU_CHART_EQUITY || options->kind == MU_CHART_SHARES)
    {
      guint period = options->kind == MU_CHART_SHARES ? CLAMP (options->period, 1, result->n_periods) : 1;

      g_string_append_printf (text, _("Shares of the capital in period %u:"), period);
      for (guint i = 0; i < result->n_partners; i++)
        g_string_append_printf (text, " %s %.2f %%%s", mu_scenario_get_partner (scenario, i)->name,
                                mu_result_ownership_percent (result, period, i),
                                i + 1 < result->n_partners ? "," : ".");
    }
  else
    {
      g_autofree char *total = mu_decimal_format (result->total_profit, mu_scenario_get_exponent (scenario));

      g_string_append_printf (text, _("Profit per partner over %u periods, %s %s in all."),
                              result->n_periods, total, scenario->currency);
    }
  return g_string_free (text, FALSE);
}
