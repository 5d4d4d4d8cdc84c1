/* mu-report.c — the printed report: parameters, the three charts, the
 * whole schedule with repeated headers, the findings and the note on the
 * separate promise (wa‘d). GtkPrintOperation and the command line draw
 * the same pages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-chart"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "mu-report-private.h"

void
mu_paper_size (MuPaper  paper,
               double  *width,
               double  *height)
{
  /* In points, 1/72 inch. */
  if (paper == MU_PAPER_LETTER)
    *width = 612, *height = 792;
  else
    *width = 595.28, *height = 841.89;
}

static void
add_item (MuReport *report,
          ItemKind  kind,
          guint     table,
          guint     index)
{
  Item item = { kind, table, index, 0, 0, 0 };

  g_array_append_val (report->items, item);
}

static guint
add_section (MuReport   *report,
             const char *title)
{
  g_ptr_array_add (report->sections, g_strdup (title));
  add_item (report, ITEM_SECTION, 0, report->sections->len - 1);
  return report->sections->len - 1;
}

static guint
n_partner_tables (const MuReport *report)
{
  return (report->result->n_partners + PARTNERS_PER_TABLE - 1) / PARTNERS_PER_TABLE;
}

/* The document in reading order; pagination places it on pages. */
static void
collect_items (MuReport *report)
{
  const MuResult *result = report->result;

  add_item (report, ITEM_HEADER, 0, 0);
  for (guint i = 0; i < report->parameters->len; i++)
    add_item (report, ITEM_PARAMETER, 0, i);

  add_section (report, _("Ownership"));
  add_item (report, ITEM_CHART, 0, MU_CHART_EQUITY);
  add_section (report, _("Shares of the capital"));
  add_item (report, ITEM_DONUTS, 0, 0);
  {
    /* Translators: a section of the report; %s is the currency, as “RUB”. */
    g_autofree char *title = g_strdup_printf (_("Profit and loss, %s"), report->scenario->currency);

    add_section (report, title);
  }
  add_item (report, ITEM_CHART, 0, MU_CHART_PROFIT);

  add_section (report, _("Schedule"));
  add_item (report, ITEM_TABLE_HEADER, 0, 0);
  for (guint t = 1; t <= result->n_periods; t++)
    add_item (report, ITEM_TABLE_ROW, 0, t);

  for (guint g = 0; g < n_partner_tables (report); g++)
    {
      add_section (report, g == 0 ? _("Each partner’s share and profit") : "");
      add_item (report, ITEM_TABLE_HEADER, 1 + g, 0);
      for (guint t = 1; t <= result->n_periods; t++)
        add_item (report, ITEM_TABLE_ROW, 1 + g, t);
    }

  add_section (report, _("Compliance"));
  if (result->findings->len == 0)
    {
      g_ptr_array_add (report->paragraphs,
                       g_strdup_printf (_("No findings under the %s school."), mu_school_get_label (report->scenario->school)));
      add_item (report, ITEM_TEXT, 0, report->paragraphs->len - 1);
    }
  for (guint i = 0; i < result->findings->len; i++)
    add_item (report, ITEM_FINDING, 0, i);

  if (report->scenario->financing.enabled)
    {
      g_ptr_array_add (report->paragraphs,
                       g_strdup (_("The client’s buying of the bank’s units is a separate promise (wa‘d), not a "
                                   "condition of the partnership contract: one contract may not be made a "
                                   "condition of another. Each unit is sold by its own contract when it is "
                                   "bought, and until then the bank shares the profit and bears the loss of "
                                   "what it owns.")));
      add_item (report, ITEM_TEXT, 0, report->paragraphs->len - 1);
    }
}

MuReport *
mu_report_new (const MuScenario   *scenario,
               const MuResult     *result,
               const MuChartStyle *style,
               double              page_width,
               double              page_height)
{
  MuReport *report;

  g_return_val_if_fail (scenario != NULL && result != NULL && style != NULL, NULL);

  report = g_new0 (MuReport, 1);
  report->scenario = scenario;
  report->result = result;
  report->style = *style;
  report->style.font_size = FONT_SIZE;
  report->width = page_width;
  report->height = page_height;
  report->items = g_array_new (FALSE, TRUE, sizeof (Item));
  report->parameters = g_ptr_array_new_with_free_func (g_free);
  report->sections = g_ptr_array_new_with_free_func (g_free);
  report->paragraphs = g_ptr_array_new_with_free_func (g_free);
  mu_report_collect_parameters (report);
  collect_items (report);
  return report;
}

void
mu_report_free (MuReport *report)
{
  if (report == NULL)
    return;
  g_array_unref (report->items);
  g_ptr_array_unref (report->parameters);
  g_ptr_array_unref (report->sections);
  g_ptr_array_unref (report->paragraphs);
  g_free (report);
}

void
mu_report_canvas (MuReport *report,
               cairo_t  *cr,
               MuCanvas *canvas)
{
  mu_canvas_init (canvas, cr, report->width, report->height, report->scenario, report->result, &report->style);
  canvas->font_size = FONT_SIZE;
}

double
mu_report_content_width (const MuReport *report)
{
  return report->width - 2 * MARGIN;
}

/* A wrapped paragraph as wide as the page's text. */
static PangoLayout *
paragraph (MuReport   *report,
           MuCanvas   *canvas,
           const char *text,
           double      scale,
           gboolean    bold)
{
  PangoLayout *layout = mu_canvas_layout (canvas, text, scale, bold);

  pango_layout_set_width (layout, (int) (mu_report_content_width (report) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, report->style.rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  return layout;
}

static char *
finding_text (const MuFinding *finding)
{
  const char *severity = finding->severity == MU_SEVERITY_ERROR ? _("Error")
                         : finding->severity == MU_SEVERITY_WARNING ? _("Warning") : _("Note");
  g_autofree char *where = NULL;

  if (finding->period > 0)
    /* Translators: where a finding applies: the period it starts in. */
    where = g_strdup_printf (_(", period %u"), finding->period);
  return g_markup_printf_escaped ("<b>%s</b> · %s%s\n%s\n<span size='smaller'>%s</span>",
                                  severity, mu_rule_get_title (finding->rule), where != NULL ? where : "",
                                  finding->message, finding->source);
}

static double
item_height (MuReport   *report,
             MuCanvas   *canvas,
             const Item *item)
{
  g_autoptr(PangoLayout) layout = NULL;
  double height;

  switch (item->kind)
    {
    case ITEM_HEADER:
      return FONT_SIZE * 4.5;
    case ITEM_SECTION:
      return ((const char *) g_ptr_array_index (report->sections, item->index))[0] == '\0' ? FONT_SIZE
                                                                                          : FONT_SIZE * 3;
    case ITEM_PARAMETER:
    case ITEM_TABLE_HEADER:
    case ITEM_TABLE_ROW:
      return ROW_HEIGHT;
    case ITEM_CHART:
    case ITEM_DONUTS:
      return CHART_SIZE;
    case ITEM_FINDING:
      {
        g_autofree char *text = finding_text (g_ptr_array_index (report->result->findings, item->index));

        layout = paragraph (report, canvas, "", 1.0, FALSE);
        pango_layout_set_markup (layout, text, -1);
      }
      break;
    case ITEM_TEXT:
    default:
      layout = paragraph (report, canvas, g_ptr_array_index (report->paragraphs, item->index), 1.0, FALSE);
      break;
    }
  mu_canvas_layout_size (layout, NULL, &height);
  return height + FONT_SIZE;
}

/* Places every item on a page. A section title never ends a page alone,
 * and a table that goes on to a new page repeats its header there. */
guint
mu_report_paginate (MuReport *report,
                    cairo_t  *cr)
{
  g_autoptr(GArray) placed = g_array_new (FALSE, TRUE, sizeof (Item));
  double bottom = report->height - MARGIN - FONT_SIZE * 2;
  double y = MARGIN;
  guint page = 0;
  MuCanvas canvas;

  g_return_val_if_fail (report != NULL && cr != NULL, 0);

  mu_report_canvas (report, cr, &canvas);
  for (guint i = 0; i < report->items->len; i++)
    {
      Item item = g_array_index (report->items, Item, i);
      double needed;

      item.height = item_height (report, &canvas, &item);
      needed = item.height;
      if (item.kind == ITEM_SECTION && i + 1 < report->items->len)
        {
          Item next = g_array_index (report->items, Item, i + 1);

          needed += item_height (report, &canvas, &next);
        }

      if (y + needed > bottom && y > MARGIN)
        {
          page++;
          y = MARGIN;
          if (item.kind == ITEM_TABLE_ROW)
            {
              Item header = { ITEM_TABLE_HEADER, item.table, 0, page, y, ROW_HEIGHT };

              g_array_append_val (placed, header);
              y += ROW_HEIGHT;
            }
        }
      item.page = page;
      item.y = y;
      g_array_append_val (placed, item);
      y += item.height;
    }

  g_array_unref (report->items);
  report->items = g_steal_pointer (&placed);
  report->n_pages = page + 1;
  return report->n_pages;
}

static void
draw_chart (MuReport    *report,
            cairo_t     *cr,
            double       x,
            double       y,
            double       width,
            double       height,
            MuChartKind  kind,
            guint        period)
{
  MuChartOptions options = { kind, FALSE, period, FALSE };
  MuChartStyle style = report->style;

  style.font_size = FONT_SIZE;
  cairo_save (cr);
  cairo_translate (cr, x, y);
  mu_chart_draw (cr, width, height, report->scenario, report->result, &style, &options);
  cairo_restore (cr);
}

static void
draw_item (MuReport   *report,
           MuCanvas   *canvas,
           const Item *item)
{
  cairo_t *cr = canvas->cr;
  double x = MARGIN, y = item->y, width = mu_report_content_width (report);

  switch (item->kind)
    {
    case ITEM_HEADER:
      {
        g_autoptr(PangoLayout) title = paragraph (report, canvas, report->scenario->name, 1.8, TRUE);
        g_autoptr(PangoLayout) subtitle = paragraph (report, canvas, _("Musharaka scenario report"), 1.0, FALSE);

        pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
        mu_canvas_set_color (canvas, report->style.foreground);
        cairo_move_to (cr, x, y);
        pango_cairo_show_layout (cr, title);
        mu_canvas_set_color (canvas, report->style.muted);
        cairo_move_to (cr, x, y + FONT_SIZE * 2.6);
        pango_cairo_show_layout (cr, subtitle);
      }
      break;
    case ITEM_SECTION:
      {
        g_autoptr(PangoLayout) layout = paragraph (report, canvas, g_ptr_array_index (report->sections, item->index), 1.25, TRUE);

        mu_canvas_set_color (canvas, report->style.foreground);
        cairo_move_to (cr, x, y + FONT_SIZE);
        pango_cairo_show_layout (cr, layout);
      }
      break;
    case ITEM_PARAMETER:
      {
        g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (report->parameters, item->index), "\t", 2);
        g_autoptr(PangoLayout) label = mu_canvas_layout (canvas, parts[0], 0.95, TRUE);
        g_autoptr(PangoLayout) value = mu_canvas_layout (canvas, parts[1], 0.95, FALSE);
        double label_width = width * 0.32;

        pango_layout_set_width (label, (int) ((label_width - FONT_SIZE) * PANGO_SCALE));
        pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);
        pango_layout_set_width (value, (int) ((width - label_width) * PANGO_SCALE));
        pango_layout_set_ellipsize (value, PANGO_ELLIPSIZE_END);
        pango_layout_set_alignment (label, report->style.rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
        pango_layout_set_alignment (value, report->style.rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
        mu_canvas_set_color (canvas, report->style.foreground);
        cairo_move_to (cr, report->style.rtl ? x + width - label_width : x, y);
        pango_cairo_show_layout (cr, label);
        cairo_move_to (cr, report->style.rtl ? x : x + label_width, y);
        pango_cairo_show_layout (cr, value);
      }
      break;
    case ITEM_CHART:
      draw_chart (report, cr, x, y, width, item->height - FONT_SIZE, item->index, 0);
      break;
    case ITEM_DONUTS:
      draw_chart (report, cr, x, y, width / 2 - FONT_SIZE / 2, item->height - FONT_SIZE, MU_CHART_SHARES, 1);
      draw_chart (report, cr, x + width / 2 + FONT_SIZE / 2, y, width / 2 - FONT_SIZE / 2,
                  item->height - FONT_SIZE, MU_CHART_SHARES, report->result->n_periods + 1);
      break;
    case ITEM_TABLE_HEADER:
    case ITEM_TABLE_ROW:
      {
        g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

        if (item->kind == ITEM_TABLE_HEADER)
          mu_report_table_columns (report, item->table, cells);
        else
          mu_report_table_cells (report, item->table, item->index, cells);
        mu_report_draw_row (report, canvas, item->table, y, cells, item->kind == ITEM_TABLE_HEADER);
      }
      break;
    case ITEM_FINDING:
      {
        g_autofree char *text = finding_text (g_ptr_array_index (report->result->findings, item->index));
        g_autoptr(PangoLayout) layout = paragraph (report, canvas, "", 1.0, FALSE);

        pango_layout_set_markup (layout, text, -1);
        mu_canvas_set_color (canvas, report->style.foreground);
        cairo_move_to (cr, x, y);
        pango_cairo_show_layout (cr, layout);
      }
      break;
    case ITEM_TEXT:
    default:
      {
        g_autoptr(PangoLayout) layout = paragraph (report, canvas, g_ptr_array_index (report->paragraphs, item->index), 1.0, FALSE);

        mu_canvas_set_color (canvas, report->style.foreground);
        cairo_move_to (cr, x, y);
        pango_cairo_show_layout (cr, layout);
      }
      break;
    }
}

void
mu_report_draw_page (MuReport *report,
                     cairo_t  *cr,
                     guint     page)
{
  MuCanvas canvas;

  g_return_if_fail (report != NULL && cr != NULL);
  g_return_if_fail (page < report->n_pages);

  mu_report_canvas (report, cr, &canvas);
  cairo_save (cr);
  mu_canvas_set_color (&canvas, report->style.background);
  cairo_paint (cr);

  for (guint i = 0; i < report->items->len; i++)
    {
      const Item *item = &g_array_index (report->items, Item, i);

      if (item->page == page)
        draw_item (report, &canvas, item);
    }

  {
    /* Translators: the footer of each page: the scenario, then “page 2 of 5”. */
    g_autofree char *text = g_strdup_printf (_("%s — page %u of %u"), report->scenario->name, page + 1, report->n_pages);
    g_autoptr(PangoLayout) footer = mu_canvas_layout (&canvas, text, 0.85, FALSE);

    mu_canvas_set_color (&canvas, report->style.muted);
    mu_canvas_show (&canvas, footer, report->width / 2, report->height - MARGIN, 0.5, 1.0);
  }
  cairo_restore (cr);
}

/* Every page of the report into a PDF file, as Print would give them. */
gboolean
mu_report_write_pdf (const MuScenario   *scenario,
                     const MuResult     *result,
                     const MuChartStyle *style,
                     MuPaper             paper,
                     const char         *path,
                     guint              *n_pages,
                     GError            **error)
{
  g_autoptr(MuReport) report = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width, height;
  guint pages;

  g_return_val_if_fail (path != NULL, FALSE);

  mu_paper_size (paper, &width, &height);
  report = mu_report_new (scenario, result, style, width, height);
  surface = cairo_pdf_surface_create (path, width, height);
  cr = cairo_create (surface);
  pages = mu_report_paginate (report, cr);
  for (guint page = 0; page < pages; page++)
    {
      mu_report_draw_page (report, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, _("Could not write the report to “%s”: %s"),
                   path, cairo_status_to_string (status));
      return FALSE;
    }
  if (n_pages != NULL)
    *n_pages = pages;
  return TRUE;
}
