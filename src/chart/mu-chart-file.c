/* mu-chart-file.c — a chart into a PNG, SVG or PDF file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-chart"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

#include "mu-chart.h"
#include "mu-chart-ageing.h"

/* Whether @path names a file a chart can be written to: .png, .svg, .pdf. */
gboolean
mu_chart_file_supported (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, ".png") || g_str_has_suffix (lower, ".svg") || g_str_has_suffix (lower, ".pdf");
}

typedef void (*DrawFunc) (cairo_t *cr, double width, double height, gconstpointer data);

/* Draws @draw's picture @width × @height points into @path, in the format
 * its name says. A PNG has @scale pixels a point, to stay sharp on screens
 * that are; SVG and PDF are drawn in points. */
static gboolean
write_file (const char     *path,
            double          width,
            double          height,
            double          scale,
            DrawFunc        draw,
            gconstpointer   data,
            GError        **error)
{
  g_autofree char *lower = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  gboolean png;
  cairo_t *cr;

  g_return_val_if_fail (path != NULL && scale > 0, FALSE);

  if (!mu_chart_file_supported (path))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                   _("“%s”: a chart is written as .png, .svg or .pdf"), path);
      return FALSE;
    }

  lower = g_ascii_strdown (path, -1);
  png = g_str_has_suffix (lower, ".png");
  if (png)
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) (width * scale), (int) (height * scale));
  else if (g_str_has_suffix (lower, ".svg"))
    surface = cairo_svg_surface_create (path, width, height);
  else
    surface = cairo_pdf_surface_create (path, width, height);

  cr = cairo_create (surface);
  if (png)
    cairo_scale (cr, scale, scale);
  draw (cr, width, height, data);
  cairo_destroy (cr);

  status = cairo_surface_status (surface);
  if (png && status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png (surface, path);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, _("Could not write “%s”: %s"), path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  const MuScenario     *scenario;
  const MuResult       *result;
  const MuChartStyle   *style;
  const MuChartOptions *options;
} ScheduleChart;

static void
draw_schedule_chart (cairo_t       *cr,
                     double         width,
                     double         height,
                     gconstpointer  data)
{
  const ScheduleChart *chart = data;

  mu_chart_draw (cr, width, height, chart->scenario, chart->result, chart->style, chart->options);
}

/* Draws the chart @width × @height points into @path. */
gboolean
mu_chart_write_file (const char           *path,
                     double                width,
                     double                height,
                     double                scale,
                     const MuScenario     *scenario,
                     const MuResult       *result,
                     const MuChartStyle   *style,
                     const MuChartOptions *options,
                     GError              **error)
{
  ScheduleChart chart = { scenario, result, style, options };

  return write_file (path, width, height, scale, draw_schedule_chart, &chart, error);
}

typedef struct
{
  const MuAgeing     *ageing;
  const MuChartStyle *style;
} AgeingChart;

static void
draw_ageing_chart (cairo_t       *cr,
                   double         width,
                   double         height,
                   gconstpointer  data)
{
  const AgeingChart *chart = data;

  mu_chart_draw_ageing (cr, width, height, chart->ageing, chart->style, TRUE);
}

/* Draws the receivables by age, titled, @width × @height points into @path. */
gboolean
mu_chart_write_ageing_file (const char         *path,
                            double              width,
                            double              height,
                            double              scale,
                            const MuAgeing     *ageing,
                            const MuChartStyle *style,
                            GError            **error)
{
  AgeingChart chart = { ageing, style };

  return write_file (path, width, height, scale, draw_ageing_chart, &chart, error);
}
