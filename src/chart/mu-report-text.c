/* mu-report-text.c — the report's text: laid out in the reader's
 * direction, wrapped, never shortened; and the label and value pairs of
 * the summary and the parameters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "mu-report-private.h"

#define LABEL_SHARE 0.36               /* of the width, at most, for the labels */

/* A layout of @text, wrapped at @width (none when 0) and aligned by
 * @align in the report's direction.
 *
 * A paragraph takes the report's direction, not that of its first
 * letter: a currency code at the start of an Arabic sentence still reads
 * from the right, and left and right mean what they say — pango swaps
 * them for a paragraph whose own direction is not its context's. Numbers
 * keep the direction of their digits; names and notes, the user's text,
 * that of their own letters. */
PangoLayout *
mu_report_text (MuReport      *report,
                MuCanvas      *canvas,
                const char    *text,
                double         scale,
                gboolean       bold,
                double         width,
                MuReportAlign  align)
{
  PangoLayout *layout = mu_canvas_layout (canvas, text, scale, bold);
  gboolean rtl = report->style.rtl && align != MU_REPORT_NUMBER;
  gboolean start_right = rtl;

  /* A name centred over its columns also takes its own direction. */
  pango_layout_set_auto_dir (layout, align == MU_REPORT_OWN || align == MU_REPORT_CENTER);
  pango_context_set_base_dir (pango_layout_get_context (layout), rtl ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
  /* Paper is not a screen's grid of pixels: glyphs where the font puts them. */
  pango_context_set_round_glyph_positions (pango_layout_get_context (layout), FALSE);
  pango_layout_context_changed (layout);
  if (width > 0)
    {
      /* Rounded up: a column as wide as its widest cell must hold it. */
      pango_layout_set_width (layout, (int) ceil (width * PANGO_SCALE + 1));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  /* Pango will swap the sides of a paragraph of the other direction:
   * swap them first, so that it starts on the reading side. */
  if (align == MU_REPORT_OWN &&
      (pango_layout_get_line_readonly (layout, 0)->resolved_dir == PANGO_DIRECTION_RTL) != rtl)
    start_right = !start_right;
  switch (align)
    {
    case MU_REPORT_CENTER:
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      break;
    case MU_REPORT_NUMBER:
      pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      break;
    case MU_REPORT_END:
      pango_layout_set_alignment (layout, rtl ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
      break;
    case MU_REPORT_START:
    case MU_REPORT_OWN:
    default:
      pango_layout_set_alignment (layout, start_right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
      break;
    }
  return layout;
}

double
mu_report_text_height (PangoLayout *layout)
{
  double height;

  mu_canvas_layout_size (layout, NULL, &height);
  return height;
}

/* Draws @layout in the box of @width whose left edge is @x. A layout
 * without a set width is placed by its alignment inside the box. */
void
mu_report_show (MuCanvas    *canvas,
                PangoLayout *layout,
                double       x,
                double       y,
                double       width)
{
  double natural;

  if (pango_layout_get_width (layout) < 0)
    {
      PangoAlignment alignment = pango_layout_get_alignment (layout);

      mu_canvas_layout_size (layout, &natural, NULL);
      if (alignment == PANGO_ALIGN_RIGHT)
        x += width - natural;
      else if (alignment == PANGO_ALIGN_CENTER)
        x += (width - natural) / 2;
    }
  cairo_move_to (canvas->cr, x, y);
  pango_cairo_show_layout (canvas->cr, layout);
}

void
mu_report_add_pair (MuReport   *report,
                    const char *label,
                    char       *value)
{
  MuReportPair *pair = g_new (MuReportPair, 1);

  pair->label = g_strdup (label);
  pair->value = value;
  g_ptr_array_add (report->pairs, pair);
  {
    Item item = { ITEM_PAIR, 0, report->pairs->len - 1, 0, 0, 0 };

    g_array_append_val (report->items, item);
  }
}

/* The labels' column: as wide as the widest label, up to a share of the
 * page; a longer label wraps within it. */
void
mu_report_measure_pairs (MuReport *report,
                         MuCanvas *canvas)
{
  double widest = 0;

  for (guint i = 0; i < report->pairs->len; i++)
    {
      const MuReportPair *pair = g_ptr_array_index (report->pairs, i);
      g_autoptr(PangoLayout) layout = mu_report_text (report, canvas, pair->label, 0.95, TRUE, 0, MU_REPORT_START);
      double width;

      mu_canvas_layout_size (layout, &width, NULL);
      widest = MAX (widest, width);
    }
  report->label_width = MIN (ceil (widest) + 1, mu_report_content_width (report) * LABEL_SHARE);
}

static void
pair_layouts (MuReport     *report,
              MuCanvas     *canvas,
              guint         index,
              PangoLayout **label,
              PangoLayout **value)
{
  const MuReportPair *pair = g_ptr_array_index (report->pairs, index);
  double value_width = mu_report_content_width (report) - report->label_width - PAIR_GAP;

  *label = mu_report_text (report, canvas, pair->label, 0.95, TRUE, report->label_width, MU_REPORT_OWN);
  *value = mu_report_text (report, canvas, pair->value, 0.95, FALSE, value_width, MU_REPORT_START);
}

double
mu_report_pair_height (MuReport *report,
                       MuCanvas *canvas,
                       guint     index)
{
  g_autoptr(PangoLayout) label = NULL;
  g_autoptr(PangoLayout) value = NULL;

  pair_layouts (report, canvas, index, &label, &value);
  return MAX (mu_report_text_height (label), mu_report_text_height (value)) + 2 * LINE_GAP;
}

/* The label on the reading side, the value in its own column beyond it. */
void
mu_report_draw_pair (MuReport *report,
                     MuCanvas *canvas,
                     guint     index,
                     double    y)
{
  g_autoptr(PangoLayout) label = NULL;
  g_autoptr(PangoLayout) value = NULL;
  double width = mu_report_content_width (report);
  double value_width = width - report->label_width - PAIR_GAP;
  gboolean rtl = report->style.rtl;

  pair_layouts (report, canvas, index, &label, &value);
  mu_canvas_set_color (canvas, report->style.foreground);
  mu_report_show (canvas, label, rtl ? MARGIN + width - report->label_width : MARGIN, y + LINE_GAP,
                  report->label_width);
  mu_report_show (canvas, value, rtl ? MARGIN : MARGIN + report->label_width + PAIR_GAP, y + LINE_GAP,
                  value_width);
}

char *
mu_report_money (const MuReport *report,
                 MuMoney         amount)
{
  g_autofree char *number = mu_chart_format_money (amount, mu_scenario_get_exponent (report->scenario));

  /* Translators: an amount and its currency code, “1 250.00 RUB”. */
  return g_strdup_printf (_("%s %s"), number, report->scenario->currency);
}
