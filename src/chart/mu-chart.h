/* mu-chart.h — charts of a computed schedule, drawn on any cairo_t
 *
 * The same functions draw in the window, on the printed page and into
 * PNG, SVG and PDF files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "mu-engine.h"

G_BEGIN_DECLS

typedef struct
{
  double red, green, blue, alpha;
} MuRgba;

typedef enum
{
  MU_CHART_THEME_LIGHT,
  MU_CHART_THEME_DARK,
  MU_CHART_THEME_HIGH_CONTRAST,
} MuChartTheme;

#define MU_CHART_N_PALETTE 7

typedef struct
{
  MuRgba      background;
  MuRgba      foreground;   /* text and axes */
  MuRgba      muted;        /* secondary text */
  MuRgba      grid;
  MuRgba      bank;         /* the bank has one colour everywhere */
  MuRgba      palette[MU_CHART_N_PALETTE];
  gboolean    rtl;          /* lay out for a right-to-left reader */
  const char *font_family;  /* NULL: "Sans" */
  double      font_size;    /* in the surface's units; 0: 10 */
  double      line_width;
} MuChartStyle;

typedef enum
{
  MU_CHART_EQUITY,  /* ownership over time, stacked, the bank at the bottom */
  MU_CHART_SHARES,  /* a donut of the capital in one period */
  MU_CHART_PROFIT,  /* profit per partner per period, losses below the axis */
} MuChartKind;

typedef struct
{
  MuChartKind kind;
  gboolean    money;   /* equity: stakes in money rather than percent */
  guint       period;  /* shares: the period shown, 1-based; 0 means the first */
  gboolean    title;   /* draw the chart's title at its top */
} MuChartOptions;

/* Where the time axis of the last drawing lay, so that a widget can map a
 * pointer to a period. n_periods is 0 for the donut. */
typedef struct
{
  double plot_x;
  double plot_y;
  double plot_width;
  double plot_height;
  guint  n_periods;
  gboolean rtl;
} MuChartGeometry;

void     mu_chart_style_init        (MuChartStyle      *style,
                                     MuChartTheme       theme);
MuRgba   mu_chart_partner_color     (const MuChartStyle *style,
                                     const MuResult     *result,
                                     guint               partner);

void     mu_chart_draw              (cairo_t              *cr,
                                     double                width,
                                     double                height,
                                     const MuScenario     *scenario,
                                     const MuResult       *result,
                                     const MuChartStyle   *style,
                                     const MuChartOptions *options);
void     mu_chart_draw_full         (cairo_t              *cr,
                                     double                width,
                                     double                height,
                                     const MuScenario     *scenario,
                                     const MuResult       *result,
                                     const MuChartStyle   *style,
                                     const MuChartOptions *options,
                                     MuChartGeometry      *geometry);
void     mu_chart_draw_compare      (cairo_t              *cr,
                                     double                width,
                                     double                height,
                                     const MuScenario    **scenarios,
                                     const MuResult      **results,
                                     guint                 n,
                                     const MuChartStyle   *style);
guint    mu_chart_geometry_period_at (const MuChartGeometry *geometry,
                                      double                 x,
                                      double                 y);
gboolean mu_chart_file_supported    (const char           *path);
gboolean mu_chart_write_file        (const char           *path,
                                     double                width,
                                     double                height,
                                     double                scale,
                                     const MuScenario     *scenario,
                                     const MuResult       *result,
                                     const MuChartStyle   *style,
                                     const MuChartOptions *options,
                                     GError              **error);
char    *mu_chart_describe          (const MuScenario     *scenario,
                                     const MuResult       *result,
                                     const MuChartOptions *options);
gboolean mu_chart_locale_is_rtl     (void);
char    *mu_chart_format_money      (MuMoney               amount,
                                     guint                 exponent);
char    *mu_chart_format_percent    (double                percent);
gboolean mu_chart_kind_from_string  (const char           *text,
                                     MuChartKind          *kind);

G_END_DECLS
