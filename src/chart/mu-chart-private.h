/* mu-chart-private.h — what the chart files share: text, axes, legend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "mu-chart.h"

G_BEGIN_DECLS

typedef struct
{
  cairo_t            *cr;
  const MuChartStyle *style;
  const MuScenario   *scenario;
  const MuResult     *result;
  double              width;
  double              height;
  double              font_size;
  MuChartGeometry    *geometry;  /* filled by the time axes, may be NULL */
} MuCanvas;

/* A rectangle of the surface, in its units. */
typedef struct
{
  double x, y, width, height;
} MuBox;

typedef struct
{
  MuRgba      color;
  const char *label;
} MuLegendItem;

void         mu_canvas_init          (MuCanvas           *canvas,
                                      cairo_t            *cr,
                                      double              width,
                                      double              height,
                                      const MuScenario   *scenario,
                                      const MuResult     *result,
                                      const MuChartStyle *style);
void         mu_canvas_set_color     (MuCanvas           *canvas,
                                      MuRgba              color);
PangoLayout *mu_canvas_layout        (MuCanvas           *canvas,
                                      const char         *text,
                                      double              scale,
                                      gboolean            bold);
void         mu_canvas_layout_size   (PangoLayout        *layout,
                                      double             *width,
                                      double             *height);
void         mu_canvas_show          (MuCanvas           *canvas,
                                      PangoLayout        *layout,
                                      double              x,
                                      double              y,
                                      double              x_align,
                                      double              y_align);
double       mu_canvas_title         (MuCanvas           *canvas,
                                      MuBox              *box,
                                      const char         *title);
void         mu_canvas_legend        (MuCanvas           *canvas,
                                      MuBox              *box,
                                      const MuLegendItem *items,
                                      guint               n_items);
void         mu_canvas_empty         (MuCanvas           *canvas,
                                      const MuBox        *box,
                                      const char         *message);
guint        mu_chart_stack_order    (const MuResult     *result,
                                      guint               position);
double       mu_canvas_x             (MuCanvas           *canvas,
                                      const MuBox        *plot,
                                      double              fraction);

/* Axes of the time charts: periods along x, a value along y. */
typedef struct
{
  double   min;
  double   max;
  double   step;
  gboolean percent;
  gboolean money;
  guint    decimals;  /* what the labels need to tell the ticks apart */
} MuValueAxis;

void         mu_value_axis_init      (MuValueAxis        *axis,
                                      double              min,
                                      double              max,
                                      double              plot_height,
                                      double              font_size);
double       mu_value_axis_y         (const MuValueAxis  *axis,
                                      const MuBox        *plot,
                                      double              value);
MuBox        mu_canvas_value_axis    (MuCanvas           *canvas,
                                      const MuBox        *area,
                                      MuValueAxis        *axis);
MuBox        mu_canvas_time_axes     (MuCanvas           *canvas,
                                      const MuBox        *area,
                                      MuValueAxis        *axis);

char        *mu_chart_format_date    (const GDate        *date,
                                      guint               months);

void         mu_chart_draw_equity    (MuCanvas             *canvas,
                                      const MuChartOptions *options);
void         mu_chart_draw_shares    (MuCanvas             *canvas,
                                      const MuChartOptions *options);
void         mu_chart_draw_profit    (MuCanvas             *canvas,
                                      const MuChartOptions *options);

G_END_DECLS
