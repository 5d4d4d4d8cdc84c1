/* mu-report-tables.c — the schedule's tables in the report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-chart"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mu-report-private.h"

/* The columns of table @table: their titles and relative widths. */
guint
mu_report_table_columns (MuReport   *report,
               guint       table,
               GPtrArray  *titles)
{
  const MuResult *result = report->result;

  g_ptr_array_add (titles, g_strdup (_("Period")));
  if (table == 0)
    {
      g_ptr_array_add (titles, g_strdup (_("Dates")));
      g_ptr_array_add (titles, g_strdup (_("Profit")));
      if (result->bank >= 0)
        {
          g_ptr_array_add (titles, g_strdup (_("Buyout")));
          g_ptr_array_add (titles, g_strdup (_("Rent")));
          g_ptr_array_add (titles, g_strdup_printf (_("%s owns"), mu_scenario_get_partner (report->scenario, result->bank)->name));
          g_ptr_array_add (titles, g_strdup_printf (_("%s receives"), mu_scenario_get_partner (report->scenario, result->bank)->name));
        }
      return titles->len;
    }
  for (guint i = (table - 1) * PARTNERS_PER_TABLE; i < MIN (table * PARTNERS_PER_TABLE, result->n_partners); i++)
    {
      const char *name = mu_scenario_get_partner (report->scenario, i)->name;

      /* Translators: table columns: a partner's share of the capital and its profit. */
      g_ptr_array_add (titles, g_strdup_printf (_("%s: share"), name));
      g_ptr_array_add (titles, g_strdup_printf (_("%s: profit"), name));
    }
  return titles->len;
}

void
mu_report_table_cells (MuReport  *report,
             guint      table,
             guint      t,
             GPtrArray *cells)
{
  const MuResult *result = report->result;
  const MuPeriodResult *row = &result->periods[t - 1];

  g_ptr_array_add (cells, g_strdup_printf ("%u", t));
  if (table == 0)
    {
      char start[32], end[32];

      g_date_strftime (start, sizeof start, "%x", &row->start);
      g_date_strftime (end, sizeof end, "%x", &row->end);
      g_ptr_array_add (cells, g_strdup_printf ("%s – %s", start, end));
      g_ptr_array_add (cells, mu_chart_format_money (row->profit, mu_scenario_get_exponent (report->scenario)));
      if (result->bank >= 0)
        {
          g_ptr_array_add (cells, mu_chart_format_money (row->buyout, mu_scenario_get_exponent (report->scenario)));
          g_ptr_array_add (cells, mu_chart_format_money (row->rent, mu_scenario_get_exponent (report->scenario)));
          g_ptr_array_add (cells, mu_chart_format_percent (mu_result_ownership_percent (result, t, result->bank)));
          g_ptr_array_add (cells, mu_chart_format_money (mu_result_get (result, t, result->bank)->paid,
                                                         mu_scenario_get_exponent (report->scenario)));
        }
      return;
    }
  for (guint i = (table - 1) * PARTNERS_PER_TABLE; i < MIN (table * PARTNERS_PER_TABLE, result->n_partners); i++)
    {
      g_ptr_array_add (cells, mu_chart_format_percent (mu_result_ownership_percent (result, t, i)));
      /* What the period brought it: a loss borne shows as negative. */
      g_ptr_array_add (cells, mu_chart_format_money (mu_partner_period_result (mu_result_get (result, t, i)),
                                                     mu_scenario_get_exponent (report->scenario)));
    }
}

/* One row of a table; the first column narrow, the dates of the schedule
 * twice as wide as a number, the others shared. Text cells start at the
 * reading side, numbers end at the far one. */
void
mu_report_draw_row (MuReport  *report,
          MuCanvas  *canvas,
          guint      table,
          double     y,
          GPtrArray *cells,
          gboolean   header)
{
  double first = FONT_SIZE * 4;
  guint dates = table == 0 ? 1 : 0;
  double rest = (mu_report_content_width (report) - first) / MAX (1, cells->len - 1 + dates);
  gboolean rtl = report->style.rtl;

  if (header)
    {
      mu_canvas_set_color (canvas, report->style.grid);
      cairo_rectangle (canvas->cr, MARGIN, y, mu_report_content_width (report), ROW_HEIGHT);
      cairo_fill (canvas->cr);
    }
  for (guint c = 0; c < cells->len; c++)
    {
      g_autoptr(PangoLayout) layout = mu_canvas_layout (canvas, g_ptr_array_index (cells, c), header ? 0.85 : 0.95, header);
      double cell_x = c == 0 ? 0 : first + (c - 1 + (c > 1 ? dates : 0)) * rest;
      double cell_w = c == 0 ? first : c == 1 && dates ? 2 * rest : rest;
      double left = rtl ? report->width - MARGIN - cell_x - cell_w : MARGIN + cell_x;

      pango_layout_set_width (layout, (int) ((cell_w - FONT_SIZE * 0.5) * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (layout, (c == 0) != rtl ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
      mu_canvas_set_color (canvas, report->style.foreground);
      cairo_move_to (canvas->cr, left + FONT_SIZE * 0.25, y + (ROW_HEIGHT - FONT_SIZE * 1.2) / 2);
      pango_cairo_show_layout (canvas->cr, layout);
    }
  if (!header)
    {
      mu_canvas_set_color (canvas, report->style.grid);
      cairo_set_line_width (canvas->cr, 0.5);
      cairo_move_to (canvas->cr, MARGIN, y + ROW_HEIGHT);
      cairo_line_to (canvas->cr, MARGIN + mu_report_content_width (report), y + ROW_HEIGHT);
      cairo_stroke (canvas->cr);
    }
}

