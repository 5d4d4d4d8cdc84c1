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
#include <langinfo.h>
#include <locale.h>
#include <string.h>

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

/* The paper of the user's locale: Letter where it is the custom, A4
 * elsewhere. glibc knows the paper of each locale; without it, the
 * countries of Letter are those CLDR names, as GTK's own default. */
MuPaper
mu_paper_for_locale (void)
{
#if defined(__GLIBC__) && defined(LC_PAPER)
  union { const char *string; unsigned int word; } width, height;

  width.string = nl_langinfo (_NL_PAPER_WIDTH);
  height.string = nl_langinfo (_NL_PAPER_HEIGHT);
  if (width.word == 216 && height.word == 279)
    return MU_PAPER_LETTER;
  if (width.word > 0 && height.word > 0)
    return MU_PAPER_A4;
#endif
  {
#ifdef LC_PAPER
    const char *locale = setlocale (LC_PAPER, NULL);
#else
    const char *locale = setlocale (LC_MESSAGES, NULL);
#endif
    static const char * const letter[] = { "BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH", "PR",
                                           "SV", "US", "VE", NULL };
    const char *territory = locale != NULL ? strchr (locale, '_') : NULL;
    char code[3] = { 0 };

    if (territory == NULL || strlen (territory) < 3)
      return MU_PAPER_A4;
    memcpy (code, territory + 1, 2);
    return g_strv_contains (letter, code) ? MU_PAPER_LETTER : MU_PAPER_A4;
  }
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

/* A paragraph of the report's, or with @own of the user's, as a note. */
static void
add_paragraph (MuReport *report,
               char     *text,
               gboolean  own)
{
  g_ptr_array_add (report->paragraphs, text);
  add_item (report, ITEM_TEXT, own, report->paragraphs->len - 1);
}

/* What the deal costs, the deal itself and the owner's notes on it. */
static void
collect_opening (MuReport *report)
{
  guint before;

  add_item (report, ITEM_HEADER, 0, 0);
  add_section (report, _("What the deal costs"));
  before = report->items->len;
  mu_report_collect_summary (report);
  if (report->items->len == before)
    {
      /* Nothing to sum up without financing: no title over nothing. */
      g_array_set_size (report->items, before - 1);
      g_ptr_array_set_size (report->sections, report->sections->len - 1);
    }
  add_section (report, _("Scenario"));
  mu_report_collect_parameters (report);

  if (report->scenario->notes != NULL && report->scenario->notes[0] != '\0')
    {
      g_auto(GStrv) lines = g_strsplit (report->scenario->notes, "\n", -1);

      add_section (report, _("Notes"));
      for (guint i = 0; lines[i] != NULL; i++)
        if (g_strstrip (lines[i])[0] != '\0')
          add_paragraph (report, g_strdup (lines[i]), TRUE);
    }
}

static void
collect_tables (MuReport *report)
{
  for (guint table = 0; table < mu_report_n_tables (report); table++)
    {
      MuReportTable *t = mu_report_table_new (report, table);

      g_ptr_array_add (report->tables, t);
      /* The partners' later tables follow the first after a space. */
      add_section (report, table == 0 ? _("Schedule") : table == 1 ? _("Each partner’s share and profit") : "");
      add_item (report, ITEM_TABLE_HEADER, table, 0);
      for (guint row = 0; row < t->n_rows; row++)
        add_item (report, ITEM_TABLE_ROW, table, row);
    }
}

/* The document in reading order; pagination places it on pages. */
static void
collect_items (MuReport *report)
{
  const MuResult *result = report->result;

  collect_opening (report);
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
  collect_tables (report);

  add_section (report, _("Compliance"));
  if (result->findings->len == 0)
    add_paragraph (report, g_strdup_printf (_("No findings under the %s school."),
                                            mu_school_get_label (report->scenario->school)), FALSE);
  for (guint i = 0; i < result->findings->len; i++)
    add_item (report, ITEM_FINDING, 0, i);

  if (report->scenario->financing.enabled)
    add_paragraph (report, g_strdup (_("The client’s buying of the bank’s units is a separate promise (wa‘d), not a "
                                       "condition of the partnership contract: one contract may not be made a "
                                       "condition of another. Each unit is sold by its own contract when it is "
                                       "bought, and until then the bank shares the profit and bears the loss of "
                                       "what it owns.")), FALSE);
}

static void
pair_free (MuReportPair *pair)
{
  g_free (pair->label);
  g_free (pair->value);
  g_free (pair);
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
  report->pairs = g_ptr_array_new_with_free_func ((GDestroyNotify) pair_free);
  report->sections = g_ptr_array_new_with_free_func (g_free);
  report->paragraphs = g_ptr_array_new_with_free_func (g_free);
  report->tables = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_report_table_free);
  collect_items (report);
  return report;
}

void
mu_report_free (MuReport *report)
{
  if (report == NULL)
    return;
  g_array_unref (report->items);
  g_clear_pointer (&report->placed, g_array_unref);
  g_ptr_array_unref (report->pairs);
  g_ptr_array_unref (report->sections);
  g_ptr_array_unref (report->paragraphs);
  g_ptr_array_unref (report->tables);
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
paragraph (MuReport      *report,
           MuCanvas      *canvas,
           const char    *text,
           double         scale,
           gboolean       bold,
           MuReportAlign  align)
{
  return mu_report_text (report, canvas, text, scale, bold, mu_report_content_width (report), align);
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

/* The layout of a text item: a title, a section's, a finding, a paragraph. */
static PangoLayout *
item_layout (MuReport   *report,
             MuCanvas   *canvas,
             const Item *item)
{
  PangoLayout *layout;

  switch (item->kind)
    {
    case ITEM_HEADER:
      return paragraph (report, canvas, report->scenario->name, 1.8, TRUE, MU_REPORT_OWN);
    case ITEM_SECTION:
      return paragraph (report, canvas, g_ptr_array_index (report->sections, item->index), 1.25, TRUE, MU_REPORT_START);
    case ITEM_FINDING:
      {
        g_autofree char *text = finding_text (g_ptr_array_index (report->result->findings, item->index));

        layout = paragraph (report, canvas, "", 1.0, FALSE, MU_REPORT_START);
        pango_layout_set_markup (layout, text, -1);
        return layout;
      }
    case ITEM_TEXT:
    default:
      return paragraph (report, canvas, g_ptr_array_index (report->paragraphs, item->index), 1.0, FALSE,
                        item->table ? MU_REPORT_OWN : MU_REPORT_START);
    }
}

static PangoLayout *
subtitle_layout (MuReport *report,
                 MuCanvas *canvas)
{
  return paragraph (report, canvas, _("Musharaka scenario report"), 1.0, FALSE, MU_REPORT_START);
}

double
mu_report_item_height (MuReport   *report,
                       MuCanvas   *canvas,
                       const Item *item)
{
  g_autoptr(PangoLayout) layout = NULL;

  switch (item->kind)
    {
    case ITEM_PAIR:
      return mu_report_pair_height (report, canvas, item->index);
    case ITEM_CHART:
      return item->index == MU_CHART_EQUITY ? CHART_SIZE : DONUT_SIZE;
    case ITEM_DONUTS:
      return DONUT_SIZE;
    case ITEM_TABLE_HEADER:
      return ((MuReportTable *) g_ptr_array_index (report->tables, item->table))->header_height;
    case ITEM_TABLE_ROW:
      return mu_report_row_height (g_ptr_array_index (report->tables, item->table), item->index);
    case ITEM_HEADER:
      {
        g_autoptr(PangoLayout) subtitle = subtitle_layout (report, canvas);

        layout = item_layout (report, canvas, item);
        return mu_report_text_height (layout) + FONT_SIZE * 0.3 + mu_report_text_height (subtitle) + FONT_SIZE;
      }
    case ITEM_SECTION:
      if (((const char *) g_ptr_array_index (report->sections, item->index))[0] == '\0')
        return FONT_SIZE;
      layout = item_layout (report, canvas, item);
      return mu_report_text_height (layout) + FONT_SIZE * 1.5;
    case ITEM_FINDING:
    case ITEM_TEXT:
    default:
      layout = item_layout (report, canvas, item);
      return mu_report_text_height (layout) + FONT_SIZE;
    }
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
draw_text_item (MuReport   *report,
                MuCanvas   *canvas,
                const Item *item)
{
  g_autoptr(PangoLayout) layout = item_layout (report, canvas, item);
  double width = mu_report_content_width (report);
  double y = item->y;

  mu_canvas_set_color (canvas, report->style.foreground);
  if (item->kind == ITEM_SECTION)
    y += FONT_SIZE;
  mu_report_show (canvas, layout, MARGIN, y, width);
  if (item->kind == ITEM_HEADER)
    {
      g_autoptr(PangoLayout) subtitle = subtitle_layout (report, canvas);

      mu_canvas_set_color (canvas, report->style.muted);
      mu_report_show (canvas, subtitle, MARGIN, y + mu_report_text_height (layout) + FONT_SIZE * 0.3, width);
    }
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
    case ITEM_PAIR:
      mu_report_draw_pair (report, canvas, item->index, y);
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
      mu_report_draw_header (report, canvas, item->table, y);
      break;
    case ITEM_TABLE_ROW:
      mu_report_draw_row (report, canvas, item->table, item->index, y);
      break;
    case ITEM_HEADER:
    case ITEM_SECTION:
    case ITEM_FINDING:
    case ITEM_TEXT:
    default:
      draw_text_item (report, canvas, item);
      break;
    }
}

/* The footer of @page, as wide as the text of the page: the scenario's
 * name may take more than one line. */
PangoLayout *
mu_report_footer (MuReport *report,
                  MuCanvas *canvas,
                  guint     page,
                  guint     n_pages)
{
  /* Translators: the footer of each page: the scenario, then “page 2 of 5”. */
  g_autofree char *text = g_strdup_printf (_("%s — page %u of %u"), report->scenario->name, page, n_pages);

  return mu_report_text (report, canvas, text, 0.85, FALSE, mu_report_content_width (report), MU_REPORT_CENTER);
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

  for (guint i = 0; i < report->placed->len; i++)
    {
      const Item *item = &g_array_index (report->placed, Item, i);

      if (item->page == page)
        draw_item (report, &canvas, item);
    }

  {
    g_autoptr(PangoLayout) footer = mu_report_footer (report, &canvas, page + 1, report->n_pages);

    mu_canvas_set_color (&canvas, report->style.muted);
    mu_report_show (&canvas, footer, MARGIN, report->height - MARGIN - mu_report_text_height (footer),
                    mu_report_content_width (report));
  }
  cairo_restore (cr);
}

/* Every page of the report into a PDF file, as Print would give them. */
/* Writes @pages pages of @width × @height points into the PDF @path, each
 * drawn by @draw once @paginate has counted them: the report's and the
 * claim letter's. The cairo status says whether the file was written. */
cairo_status_t
mu_pages_write_pdf (const char    *path,
                    double         width,
                    double         height,
                    MuPaginateFunc paginate,
                    MuDrawPageFunc draw,
                    gpointer       data,
                    guint         *n_pages)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, width, height);
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;
  guint pages = paginate (data, cr);

  for (guint page = 0; page < pages; page++)
    {
      draw (data, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (n_pages != NULL && status == CAIRO_STATUS_SUCCESS)
    *n_pages = pages;
  return status;
}

static guint
paginate_report (gpointer  report,
                 cairo_t  *cr)
{
  return mu_report_paginate (report, cr);
}

static void
draw_report_page (gpointer  report,
                  cairo_t  *cr,
                  guint     page)
{
  mu_report_draw_page (report, cr, page);
}

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
  cairo_status_t status;
  double width, height;

  g_return_val_if_fail (path != NULL, FALSE);

  mu_paper_size (paper, &width, &height);
  report = mu_report_new (scenario, result, style, width, height);
  status = mu_pages_write_pdf (path, width, height, paginate_report, draw_report_page, report, n_pages);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, _("Could not write the report to “%s”: %s"),
                   path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
