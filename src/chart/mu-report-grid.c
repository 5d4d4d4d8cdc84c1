/* mu-report-grid.c — how the report's tables are laid out and drawn
 *
 * Each column is as wide as its widest cell, and more when there is room
 * and its title asks for it; a title wraps at words within its column, a
 * partner's name over the columns it spans. Numbers end on the right in
 * every language, so that their digits line up; text starts on the
 * reading side, and the columns run from it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-chart"

#include "config.h"

#include <math.h>

#include "mu-report-private.h"

#define CELL_SCALE   0.95
#define MIN_SCALE    0.8   /* of a table too dense for its page */
#define TITLE_SCALE  0.85

typedef struct
{
  double content;  /* the widest cell, on one line */
  double word;     /* the longest word a title or a text cell wraps at */
  double title_word;  /* the title's longest word */
  double title;    /* the title on one line */
  guint  widest;   /* the row of the widest cell */
} Need;

static const MuReportColumn *
column_at (const MuReportTable *table,
           guint                c)
{
  return g_ptr_array_index (table->columns, c);
}

static MuReportAlign
cell_align (const MuReportColumn *column)
{
  return column->number ? MU_REPORT_NUMBER : MU_REPORT_START;
}

/* The width of the longest word of @text: laid out one word a line. */
static double
longest_word (MuReport   *report,
              MuCanvas   *canvas,
              const char *text,
              double      scale,
              gboolean    bold)
{
  g_autoptr(PangoLayout) layout = mu_report_text (report, canvas, text, scale, bold, 0, MU_REPORT_START);
  double width;

  pango_layout_set_width (layout, 1);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  mu_canvas_layout_size (layout, &width, NULL);
  return width;
}

static double
natural_width (MuReport   *report,
               MuCanvas   *canvas,
               const char *text,
               double      scale,
               gboolean    bold)
{
  g_autoptr(PangoLayout) layout = mu_report_text (report, canvas, text, scale, bold, 0, MU_REPORT_START);
  double width;

  mu_canvas_layout_size (layout, &width, NULL);
  return width;
}

/* What each column needs: its widest cell, its title, its longest word. */
static void
measure_needs (MuReport      *report,
               MuCanvas      *canvas,
               guint          index,
               MuReportTable *table,
               Need          *needs)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  for (guint row = 0; row < table->n_rows; row++)
    {
      g_ptr_array_set_size (cells, 0);
      mu_report_table_cells (report, index, row, cells);
      for (guint c = 0; c < table->columns->len; c++)
        {
          double width;

          /* The words of the ownership after the last buyout wrap in
           * their column rather than widen it. */
          if (row == table->owned_row && !((MuReportColumn *) g_ptr_array_index (table->columns, c))->number)
            continue;
          width = natural_width (report, canvas, g_ptr_array_index (cells, c), CELL_SCALE, row + 1 == table->n_rows);

          if (width > needs[c].content)
            needs[c].content = width, needs[c].widest = row;
        }
    }
  for (guint c = 0; c < table->columns->len; c++)
    {
      const MuReportColumn *column = g_ptr_array_index (table->columns, c);

      needs[c].title = natural_width (report, canvas, column->title, TITLE_SCALE, TRUE);
      needs[c].title_word = longest_word (report, canvas, column->title, TITLE_SCALE, TRUE);
      needs[c].word = needs[c].title_word;
      if (!column->number)
        {
          g_ptr_array_set_size (cells, 0);
          mu_report_table_cells (report, index, needs[c].widest, cells);
          needs[c].word = MAX (needs[c].word, longest_word (report, canvas, g_ptr_array_index (cells, c), CELL_SCALE, FALSE));
        }
      else
        needs[c].word = MAX (needs[c].word, needs[c].content);
    }
}

/* Widens each of @widths to @to while @room lasts, else each by its
 * share of @room; returns what is left of it. */
static double
widen (double       *widths,
       const double *to,
       guint         n,
       double        room)
{
  double need = 0;

  for (guint c = 0; c < n; c++)
    need += MAX (0, to[c] - widths[c]);
  for (guint c = 0; c < n; c++)
    if (to[c] > widths[c])
      widths[c] += need <= room ? to[c] - widths[c] : (to[c] - widths[c]) * room / need;
  return MAX (0, room - need);
}

/* A table too dense for the page: its cells set smaller, down to
 * MIN_SCALE, so that numbers stay on one line and apart. */
static void
share_scale (MuReportTable *table,
             Need          *needs,
             double         available)
{
  guint n = table->columns->len;
  double text = 0, ratio;

  table->scale = CELL_SCALE;
  for (guint c = 0; c < n; c++)
    text += MAX (needs[c].word, needs[c].content);
  if (text + 2 * n * CELL_PAD <= available)
    return;
  ratio = MAX (MIN_SCALE / CELL_SCALE, (available - 2 * n * CELL_PAD) / text);
  table->scale = CELL_SCALE * ratio;
  for (guint c = 0; c < n; c++)
    {
      const MuReportColumn *column = g_ptr_array_index (table->columns, c);

      needs[c].content *= ratio;
      /* A number's least is the number; a title's words keep their size. */
      if (column->number)
        needs[c].word = MAX (needs[c].content, needs[c].title_word);
      else
        needs[c].word = MAX (needs[c].title_word, needs[c].word * ratio);
    }
}

/* The padding of a table's cells: as much as CELL_PAD, less — down to
 * half — when the columns' text would still not fit on one line. */
static double
share_pad (const Need *needs,
           guint       n,
           double      available)
{
  double text = 0;

  for (guint c = 0; c < n; c++)
    text += ceil (MAX (needs[c].word, needs[c].content));
  if (text + 2 * n * CELL_PAD <= available)
    return CELL_PAD;
  return MAX (CELL_PAD / 2, (available - text) / (2 * n));
}

/* Widths by steps: each column its least — its numbers whole, its title
 * and text wrapped at words; then what its text cells want on one line;
 * then what its title wants; then the rest to the numbers alike. */
static void
share_widths (MuReportTable *table,
              const Need    *needs,
              double         available)
{
  guint n = table->columns->len;
  g_autofree double *widths = g_new (double, n);
  g_autofree double *text = g_new (double, n);
  g_autofree double *title = g_new (double, n);
  double room = available, x = 0;
  double pad = table->pad = share_pad (needs, n, available);
  guint n_numbers = 0;

  for (guint c = 0; c < n; c++)
    {
      widths[c] = ceil (needs[c].word) + 2 * pad;
      text[c] = MAX (widths[c], ceil (needs[c].content) + 2 * pad);
      title[c] = MAX (text[c], ceil (needs[c].title) + 2 * pad);
      room -= widths[c];
      n_numbers += ((MuReportColumn *) g_ptr_array_index (table->columns, c))->number && c > 0;
    }
  if (room < 0)
    for (guint c = 0; c < n; c++)
      widths[c] *= available / (available - room);
  room = widen (widths, text, n, MAX (room, 0));
  room = widen (widths, title, n, room);
  for (guint c = 0; c < n; c++)
    {
      MuReportColumn *column = g_ptr_array_index (table->columns, c);

      if (n_numbers > 0 ? column->number && c > 0 : c + 1 == n)
        widths[c] += room / MAX (n_numbers, 1);
      column->width = widths[c];
      column->x = x;
      x += column->width;
    }
}

static double
wrapped_height (MuReport   *report,
                MuCanvas   *canvas,
                const char *text,
                double      scale,
                gboolean    bold,
                double      width)
{
  g_autoptr(PangoLayout) layout = mu_report_text (report, canvas, text, scale, bold, width, MU_REPORT_START);

  return mu_report_text_height (layout);
}

/* The span of the columns from @first that share its group. */
static guint
group_end (const MuReportTable *table,
           guint                first)
{
  const MuReportColumn *column = g_ptr_array_index (table->columns, first);
  guint last = first + 1;

  while (last < table->columns->len &&
         g_strcmp0 (((MuReportColumn *) g_ptr_array_index (table->columns, last))->group, column->group) == 0)
    last++;
  return last;
}

static double
span_width (const MuReportTable *table,
            guint                first,
            guint                end)
{
  const MuReportColumn *a = g_ptr_array_index (table->columns, first);
  const MuReportColumn *b = g_ptr_array_index (table->columns, end - 1);

  return b->x + b->width - a->x;
}

static void
measure_heights (MuReport      *report,
                 MuCanvas      *canvas,
                 guint          index,
                 MuReportTable *table,
                 const Need    *needs)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  double titles = 0, row = 0;

  table->group_height = 0;
  for (guint c = 0; c < table->columns->len; c = group_end (table, c))
    {
      const MuReportColumn *column = g_ptr_array_index (table->columns, c);

      if (column->group != NULL)
        table->group_height = MAX (table->group_height,
                                   wrapped_height (report, canvas, column->group, TITLE_SCALE, TRUE,
                                                   span_width (table, c, group_end (table, c)) - 2 * table->pad)
                                   + 2 * LINE_GAP);
    }
  for (guint c = 0; c < table->columns->len; c++)
    {
      const MuReportColumn *column = g_ptr_array_index (table->columns, c);
      double height = wrapped_height (report, canvas, column->title, TITLE_SCALE, TRUE, column->width - 2 * table->pad);

      titles = MAX (titles, height + (column->group != NULL ? table->group_height : 0));
      /* The widest cell wraps first, if any does. */
      g_ptr_array_set_size (cells, 0);
      mu_report_table_cells (report, index, needs[c].widest, cells);
      row = MAX (row, wrapped_height (report, canvas, g_ptr_array_index (cells, c), table->scale,
                                      needs[c].widest + 1 == table->n_rows, column->width - 2 * table->pad));
    }
  table->header_height = titles + 2 * LINE_GAP;
  table->row_height = row + 2 * LINE_GAP;
  table->owned_height = table->row_height;
  if (table->owned_row != G_MAXUINT)
    {
      g_ptr_array_set_size (cells, 0);
      mu_report_table_cells (report, index, table->owned_row, cells);
      for (guint c = 0; c < table->columns->len; c++)
        table->owned_height = MAX (table->owned_height,
                                   wrapped_height (report, canvas, g_ptr_array_index (cells, c), table->scale, FALSE,
                                                   column_at (table, c)->width - 2 * table->pad) + 2 * LINE_GAP);
    }
}

void
mu_report_table_measure (MuReport *report,
                         MuCanvas *canvas,
                         guint     index)
{
  MuReportTable *table = g_ptr_array_index (report->tables, index);
  g_autofree Need *needs = g_new0 (Need, table->columns->len);

  measure_needs (report, canvas, index, table, needs);
  share_scale (table, needs, mu_report_content_width (report));
  share_widths (table, needs, mu_report_content_width (report));
  measure_heights (report, canvas, index, table, needs);
}

/* The page's left edge of a box @x from the reading side, @width wide. */
static double
left_of (const MuReport *report,
         double          x,
         double          width)
{
  return report->style.rtl ? MARGIN + mu_report_content_width (report) - x - width : MARGIN + x;
}

static void
draw_group (MuReport            *report,
            MuCanvas            *canvas,
            const MuReportTable *table,
            guint                first,
            double               y)
{
  const MuReportColumn *column = g_ptr_array_index (table->columns, first);
  guint end = group_end (table, first);
  double width = span_width (table, first, end);
  double left = left_of (report, column->x, width);
  g_autoptr(PangoLayout) layout = mu_report_text (report, canvas, column->group, TITLE_SCALE, TRUE,
                                                  width - 2 * table->pad, MU_REPORT_CENTER);

  mu_canvas_set_color (canvas, report->style.foreground);
  mu_report_show (canvas, layout, left + table->pad, y + LINE_GAP, width - 2 * table->pad);
  /* A rule under the name ties the columns below to it. */
  mu_canvas_set_color (canvas, report->style.muted);
  cairo_set_line_width (canvas->cr, 0.5);
  cairo_move_to (canvas->cr, left + table->pad, y + table->group_height - LINE_GAP * 0.5);
  cairo_line_to (canvas->cr, left + width - table->pad, y + table->group_height - LINE_GAP * 0.5);
  cairo_stroke (canvas->cr);
}

/* The titles, each at the foot of the header, over its column. */
void
mu_report_draw_header (MuReport *report,
                       MuCanvas *canvas,
                       guint     index,
                       double    y)
{
  const MuReportTable *table = g_ptr_array_index (report->tables, index);

  mu_canvas_set_color (canvas, report->style.grid);
  cairo_rectangle (canvas->cr, MARGIN, y, mu_report_content_width (report), table->header_height);
  cairo_fill (canvas->cr);
  for (guint c = 0; c < table->columns->len; c = group_end (table, c))
    if (((MuReportColumn *) g_ptr_array_index (table->columns, c))->group != NULL)
      draw_group (report, canvas, table, c, y);
  for (guint c = 0; c < table->columns->len; c++)
    {
      const MuReportColumn *column = g_ptr_array_index (table->columns, c);
      double width = column->width - 2 * table->pad;
      g_autoptr(PangoLayout) layout = mu_report_text (report, canvas, column->title, TITLE_SCALE, TRUE, width,
                                                      column->number ? MU_REPORT_END : MU_REPORT_START);

      /* A number's title ends where its digits do, on the right. */
      if (column->number)
        pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      mu_canvas_set_color (canvas, report->style.foreground);
      mu_report_show (canvas, layout, left_of (report, column->x, column->width) + table->pad,
                      y + table->header_height - LINE_GAP - mu_report_text_height (layout), width);
    }
}

/* How many columns the first cell of @cells spans: the totals' label
 * takes the empty text columns beside it. */
static guint
first_span (const MuReportTable *table,
            GPtrArray           *cells)
{
  guint span = 1;

  while (span < cells->len && ((const char *) g_ptr_array_index (cells, span))[0] == '\0' &&
         !((MuReportColumn *) g_ptr_array_index (table->columns, span))->number)
    span++;
  return span;
}

static void
draw_rule (MuReport *report,
           MuCanvas *canvas,
           double    y,
           double    width)
{
  mu_canvas_set_color (canvas, width > 0.5 ? report->style.muted : report->style.grid);
  cairo_set_line_width (canvas->cr, width);
  cairo_move_to (canvas->cr, MARGIN, y);
  cairo_line_to (canvas->cr, MARGIN + mu_report_content_width (report), y);
  cairo_stroke (canvas->cr);
}

void
mu_report_draw_row (MuReport *report,
                    MuCanvas *canvas,
                    guint     index,
                    guint     row,
                    double    y)
{
  const MuReportTable *table = g_ptr_array_index (report->tables, index);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  gboolean totals = row + 1 == table->n_rows;
  guint span;

  mu_report_table_cells (report, index, row, cells);
  span = totals ? first_span (table, cells) : 1;
  if (totals)
    draw_rule (report, canvas, y, 1.0);
  mu_canvas_set_color (canvas, report->style.foreground);
  for (guint c = 0; c < cells->len; c += c == 0 ? span : 1)
    {
      const MuReportColumn *column = g_ptr_array_index (table->columns, c);
      double width = (c == 0 ? span_width (table, 0, span) : column->width) - 2 * table->pad;
      g_autoptr(PangoLayout) layout = mu_report_text (report, canvas, g_ptr_array_index (cells, c), table->scale, totals,
                                                      width, totals && c == 0 ? MU_REPORT_START : cell_align (column));

      mu_report_show (canvas, layout, left_of (report, column->x, width + 2 * table->pad) + table->pad,
                      y + LINE_GAP, width);
    }
  if (!totals)
    draw_rule (report, canvas, y + mu_report_row_height (table, row), 0.5);
}
