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

#include "mu-chart-private.h"
#include "mu-report.h"

#define MARGIN      40.0
#define FONT_SIZE   9.0
#define ROW_HEIGHT  (FONT_SIZE * 1.7)
#define CHART_SIZE  250.0
#define PARTNERS_PER_TABLE 3

typedef enum
{
  ITEM_HEADER,
  ITEM_SECTION,       /* index: which section title */
  ITEM_PARAMETER,     /* index: which parameter row */
  ITEM_CHART,         /* index: MuChartKind */
  ITEM_DONUTS,
  ITEM_TABLE_HEADER,  /* table: 0 the schedule, 1 + g partners group g */
  ITEM_TABLE_ROW,     /* table, index: period */
  ITEM_FINDING,       /* index: finding */
  ITEM_TEXT,          /* index: which paragraph */
} ItemKind;

typedef struct
{
  ItemKind kind;
  guint    table;
  guint    index;
  guint    page;
  double   y;
  double   height;
} Item;

struct _MuReport
{
  const MuScenario *scenario;
  const MuResult   *result;
  MuChartStyle      style;
  double            width;
  double            height;
  GArray           *items;        /* of Item, in reading order */
  GPtrArray        *parameters;   /* of char *, "label\tvalue" */
  GPtrArray        *sections;     /* of char * */
  GPtrArray        *paragraphs;   /* of char * */
  guint             n_pages;
};

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

static char *
money (const MuReport *report,
       MuMoney         amount)
{
  g_autofree char *number = mu_chart_format_money (amount, mu_scenario_get_exponent (report->scenario));

  return g_strdup_printf ("%s %s", number, report->scenario->currency);
}

static void
add_parameter (MuReport   *report,
               const char *label,
               char       *value)
{
  g_ptr_array_add (report->parameters, g_strdup_printf ("%s\t%s", label, value));
  g_free (value);
}

static void
collect_parameters (MuReport *report)
{
  const MuScenario *s = report->scenario;
  const MuFinancing *f = &s->financing;
  char start[64];
  static const char *period_names[] = { N_("month"), N_("quarter"), N_("half-year"), N_("year") };

  g_date_strftime (start, sizeof start, "%x", &s->start);
  add_parameter (report, _("School of fiqh"), g_strdup (mu_school_get_label (s->school)));
  add_parameter (report, _("Currency"), g_strdup (s->currency));
  add_parameter (report, _("Start"), g_strdup (start));
  /* Translators: how many periods, and how long each is, as “4 × quarter”. */
  add_parameter (report, _("Periods"), g_strdup_printf (_("%u × %s"), s->periods, _(period_names[s->period])));
  if (s->profit.is_series)
    add_parameter (report, _("Expected profit"), g_strdup (_("a figure for each period")));
  else
    {
      g_autofree char *amount = money (report, s->profit.per_period);

      /* Translators: the profit of a period and its growth per period. */
      add_parameter (report, _("Expected profit"),
                     g_strdup_printf (_("%s a period, growing %.2f %% a period"), amount,
                                      (double) s->profit.growth / 10000.0));
    }

  for (guint i = 0; i < s->partners->len; i++)
    {
      const MuPartner *p = mu_scenario_get_partner (s, i);
      MuMoney capital = 0;
      g_autofree char *amount = NULL;
      g_autofree char *share = NULL;

      mu_partner_get_capital (p, &capital, NULL);
      amount = money (report, capital);
      share = p->has_profit_share ? g_strdup_printf (_("%.2f %% of the profit"), (double) p->profit_share / 10000.0)
                                  : g_strdup (_("profit by capital"));
      /* Translators: a partner's line: capital, profit share, and whether it manages. */
      add_parameter (report, p->name, g_strdup_printf (_("%s; %s; %s"), amount, share,
                                                       p->manages ? _("manages") : _("does not manage")));
    }

  if (f->enabled)
    {
      int bank = mu_scenario_find_partner (s, f->bank_id);
      GString *buyers = g_string_new (NULL);

      for (guint i = 0; i < f->buyer_ids->len; i++)
        g_string_append_printf (buyers, "%s%s", i > 0 ? ", " : "",
                                mu_scenario_get_partner (s, mu_scenario_find_partner (s, g_ptr_array_index (f->buyer_ids, i)))->name);
      add_parameter (report, _("Diminishing musharakah"),
                     /* Translators: the bank, the buyers, the installments and their spacing. */
                     g_strdup_printf (ngettext ("%s sells its units to %s in %u installment, every %u period(s)",
                                                "%s sells its units to %s in %u installments, every %u period(s)",
                                                f->installments),
                                      mu_scenario_get_partner (s, bank)->name, buyers->str, f->installments, f->every));
      g_string_free (buyers, TRUE);
      add_parameter (report, _("Ownership"),
                     g_strdup (f->mode == MU_OWNERSHIP_TRANSFER ? _("the buyers acquire the bank’s units")
                                                                : _("the bank’s capital is returned (redemption)")));
      add_parameter (report, _("Unit price"),
                     f->unit_price == MU_UNIT_PRICE_FAIR
                     ? g_strdup_printf (_("at valuation, the asset losing %.2f %% a period"), (double) f->depreciation / 10000.0)
                     : g_strdup (_("nominal, fixed in advance")));
      if (f->rent > 0)
        add_parameter (report, _("Rent"), g_strdup_printf (_("%.2f %% of the bank’s stake a period"),
                                                           (double) f->rent / 10000.0));
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
  collect_parameters (report);
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

static void
report_canvas (MuReport *report,
               cairo_t  *cr,
               MuCanvas *canvas)
{
  mu_canvas_init (canvas, cr, report->width, report->height, report->scenario, report->result, &report->style);
  canvas->font_size = FONT_SIZE;
}

static double
content_width (const MuReport *report)
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

  pango_layout_set_width (layout, (int) (content_width (report) * PANGO_SCALE));
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
                                  severity, finding->rule, where != NULL ? where : "",
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

  report_canvas (report, cr, &canvas);
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

/* The columns of table @table: their titles and relative widths. */
static guint
table_columns (MuReport   *report,
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

static void
table_cells (MuReport  *report,
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
      g_ptr_array_add (cells, mu_chart_format_money (mu_result_get (result, t, i)->profit,
                                                     mu_scenario_get_exponent (report->scenario)));
    }
}

/* One row of a table; the first column narrow, the dates of the schedule
 * twice as wide as a number, the others shared. Text cells start at the
 * reading side, numbers end at the far one. */
static void
draw_row (MuReport  *report,
          MuCanvas  *canvas,
          guint      table,
          double     y,
          GPtrArray *cells,
          gboolean   header)
{
  double first = FONT_SIZE * 4;
  guint dates = table == 0 ? 1 : 0;
  double rest = (content_width (report) - first) / MAX (1, cells->len - 1 + dates);
  gboolean rtl = report->style.rtl;

  if (header)
    {
      mu_canvas_set_color (canvas, report->style.grid);
      cairo_rectangle (canvas->cr, MARGIN, y, content_width (report), ROW_HEIGHT);
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
      cairo_line_to (canvas->cr, MARGIN + content_width (report), y + ROW_HEIGHT);
      cairo_stroke (canvas->cr);
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
draw_item (MuReport   *report,
           MuCanvas   *canvas,
           const Item *item)
{
  cairo_t *cr = canvas->cr;
  double x = MARGIN, y = item->y, width = content_width (report);

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
          table_columns (report, item->table, cells);
        else
          table_cells (report, item->table, item->index, cells);
        draw_row (report, canvas, item->table, y, cells, item->kind == ITEM_TABLE_HEADER);
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

  report_canvas (report, cr, &canvas);
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
