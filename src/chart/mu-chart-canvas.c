/* mu-chart-canvas.c — text, legend, axes and numbers shared by the charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <langinfo.h>
#include <math.h>
#include <string.h>

#include "mu-chart-private.h"

#define GAP(canvas) ((canvas)->font_size * 0.6)

void
mu_canvas_init (MuCanvas           *canvas,
                cairo_t            *cr,
                double              width,
                double              height,
                const MuScenario   *scenario,
                const MuResult     *result,
                const MuChartStyle *style)
{
  canvas->cr = cr;
  canvas->style = style;
  canvas->scenario = scenario;
  canvas->result = result;
  canvas->width = width;
  canvas->height = height;
  canvas->font_size = style->font_size > 0 ? style->font_size : 10.0;
  canvas->geometry = NULL;

  /* Small charts get smaller text, down to a floor that stays legible. */
  if (MIN (width, height) < 30 * canvas->font_size)
    canvas->font_size = MAX (7.0, MIN (width, height) / 30.0);
}

void
mu_canvas_set_color (MuCanvas *canvas,
                     MuRgba    color)
{
  cairo_set_source_rgba (canvas->cr, color.red, color.green, color.blue, color.alpha);
}

PangoLayout *
mu_canvas_layout (MuCanvas   *canvas,
                  const char *text,
                  double      scale,
                  gboolean    bold)
{
  PangoLayout *layout = pango_cairo_create_layout (canvas->cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();

  pango_font_description_set_family (font, canvas->style->font_family != NULL ? canvas->style->font_family : "Sans");
  pango_font_description_set_absolute_size (font, canvas->font_size * scale * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_auto_dir (layout, TRUE);
  return layout;
}

void
mu_canvas_layout_size (PangoLayout *layout,
                       double      *width,
                       double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

/* Draws @layout with the point (@x, @y) at the fraction (@x_align,
 * @y_align) of its box: 0, 0 its top left; 0.5, 1 its bottom middle. */
void
mu_canvas_show (MuCanvas    *canvas,
                PangoLayout *layout,
                double       x,
                double       y,
                double       x_align,
                double       y_align)
{
  PangoRectangle logical;
  double width, height;

  /* The logical box may not start at the layout's origin: right-aligned
   * and right-to-left lines sit at the far end of a set width. */
  pango_layout_get_extents (layout, NULL, &logical);
  width = (double) logical.width / PANGO_SCALE;
  height = (double) logical.height / PANGO_SCALE;
  cairo_move_to (canvas->cr, x - width * x_align - (double) logical.x / PANGO_SCALE,
                 y - height * y_align - (double) logical.y / PANGO_SCALE);
  pango_cairo_show_layout (canvas->cr, layout);
}

/* The partners in the order the charts stack and list them: the bank
 * first, at the bottom of a stack and at twelve o'clock of a donut. */
guint
mu_chart_stack_order (const MuResult *result,
                      guint           position)
{
  if (result->bank < 0)
    return position;
  if (position == 0)
    return result->bank;
  return position <= (guint) result->bank ? position - 1 : position;
}

/* Where a fraction of the time axis lies: left to right, or right to
 * left for a right-to-left reader. */
double
mu_canvas_x (MuCanvas    *canvas,
             const MuBox *plot,
             double       fraction)
{
  if (canvas->style->rtl)
    fraction = 1.0 - fraction;
  return plot->x + plot->width * fraction;
}

/* Draws the title at the top of @box, over two lines if it must be —
 * a narrow chart on screen — and only then shortened with an ellipsis,
 * and takes its height off @box. */
double
mu_canvas_title (MuCanvas   *canvas,
                 MuBox      *box,
                 const char *title)
{
  g_autoptr(PangoLayout) layout = mu_canvas_layout (canvas, title, 1.3, TRUE);
  double height;

  pango_layout_set_width (layout, (int) (box->width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_height (layout, -2);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, canvas->style->rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  mu_canvas_layout_size (layout, NULL, &height);
  mu_canvas_set_color (canvas, canvas->style->foreground);
  cairo_move_to (canvas->cr, box->x, box->y);
  pango_cairo_show_layout (canvas->cr, layout);

  box->y += height + GAP (canvas);
  box->height -= height + GAP (canvas);
  return height;
}

typedef struct
{
  PangoLayout *layout;
  double       x;      /* from the reading side of the legend */
  double       line;   /* the height of the label's first line */
  guint        row;
} LegendEntry;

/* Places each label after the last in its row, or at the start of a new
 * one; a label wider than the whole legend wraps within it. Returns the
 * number of rows and fills @row_heights. */
static guint
legend_arrange (MuCanvas           *canvas,
                const MuBox        *box,
                const MuLegendItem *items,
                guint               n_items,
                LegendEntry        *entries,
                double             *row_heights)
{
  double swatch = canvas->font_size * 0.9;
  double gap = GAP (canvas);
  double max_label = box->width - swatch - gap;
  guint rows = 1;
  double x = 0;

  row_heights[0] = canvas->font_size * 1.5;
  for (guint i = 0; i < n_items; i++)
    {
      PangoLayout *layout = mu_canvas_layout (canvas, items[i].label, 1.0, FALSE);
      double width, height;

      pango_layout_set_single_paragraph_mode (layout, TRUE);
      mu_canvas_layout_size (layout, &width, &height);
      entries[i].line = height;
      if (width > max_label)
        {
          gboolean against = pango_layout_get_line_readonly (layout, 0)->resolved_dir == PANGO_DIRECTION_RTL;

          pango_layout_set_width (layout, (int) (max_label * PANGO_SCALE));
          pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
          /* Its lines start beside the swatch; pango swaps the sides of
           * a paragraph written against the context's direction. */
          pango_layout_set_alignment (layout, canvas->style->rtl != against ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
          mu_canvas_layout_size (layout, &width, &height);
        }
      width += swatch + gap * 0.5;
      if (x > 0 && x + width > box->width)
        {
          row_heights[rows++] = canvas->font_size * 1.5;
          x = 0;
        }
      entries[i] = (LegendEntry) { layout, x, entries[i].line, rows - 1 };
      row_heights[rows - 1] = MAX (row_heights[rows - 1], height + canvas->font_size * 1.5 - entries[i].line);
      x += width + gap * 2;
    }
  return rows;
}

/* Lays the items out in rows at the bottom of @box, a swatch and a label
 * each, and takes their height off @box. A label too long for the box
 * wraps; rows that would leave the chart less than half are dropped. */
void
mu_canvas_legend (MuCanvas           *canvas,
                  MuBox              *box,
                  const MuLegendItem *items,
                  guint               n_items)
{
  double swatch = canvas->font_size * 0.9;
  double gap = GAP (canvas);
  g_autofree LegendEntry *entries = g_new0 (LegendEntry, MAX (n_items, 1));
  g_autofree double *row_y = g_new0 (double, MAX (n_items, 1) + 1);
  guint rows;
  double total = 0;

  if (n_items == 0)
    return;

  rows = legend_arrange (canvas, box, items, n_items, entries, row_y + 1);
  /* The legend may take at most half the chart — a donut beside another
   * on a page has four partners' names, wrapped, to list: row_y[r] becomes
   * where row r starts below the first, and rows beyond the half go. */
  for (guint r = 0; r < rows; r++)
    {
      if (r > 0 && total + row_y[r + 1] > box->height / 2)
        {
          rows = r;
          break;
        }
      total += row_y[r + 1];
      row_y[r + 1] = total;
    }

  for (guint i = 0; i < n_items; i++)
    {
      const LegendEntry *entry = &entries[i];
      double y, left, line = canvas->font_size * 1.5;

      if (entry->row < rows)
        {
          y = box->y + box->height - total + row_y[entry->row];
          left = canvas->style->rtl ? box->x + box->width - entry->x - swatch : box->x + entry->x;
          mu_canvas_set_color (canvas, items[i].color);
          cairo_rectangle (canvas->cr, left, y + (line - swatch) / 2, swatch, swatch);
          cairo_fill (canvas->cr);
          mu_canvas_set_color (canvas, canvas->style->foreground);
          if (canvas->style->rtl)
            mu_canvas_show (canvas, entry->layout, left - gap * 0.5, y + (line - entry->line) / 2, 1.0, 0.0);
          else
            mu_canvas_show (canvas, entry->layout, left + swatch + gap * 0.5, y + (line - entry->line) / 2, 0.0, 0.0);
        }
      g_object_unref (entry->layout);
    }

  box->height -= total + gap;
}

void
mu_canvas_empty (MuCanvas    *canvas,
                 const MuBox *box,
                 const char  *message)
{
  g_autoptr(PangoLayout) layout = mu_canvas_layout (canvas, message, 1.1, FALSE);

  pango_layout_set_width (layout, (int) (box->width * PANGO_SCALE));
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  mu_canvas_set_color (canvas, canvas->style->muted);
  mu_canvas_show (canvas, layout, box->x + box->width / 2, box->y + box->height / 2, 0.5, 0.5);
}

/* 1, 2 or 5 × 10^k: the tick step that gives no more ticks than fit. */
void
mu_value_axis_init (MuValueAxis *axis,
                    double       min,
                    double       max,
                    double       plot_height,
                    double       font_size)
{
  int max_ticks = MAX (2, (int) (plot_height / (font_size * 3)));
  double range, raw, magnitude;

  if (max <= min)
    max = min + 1;
  range = max - min;
  raw = range / max_ticks;
  magnitude = pow (10, floor (log10 (raw)));
  if (raw <= magnitude)
    axis->step = magnitude;
  else if (raw <= 2 * magnitude)
    axis->step = 2 * magnitude;
  else if (raw <= 2.5 * magnitude && axis->percent)
    axis->step = 2.5 * magnitude;
  else if (raw <= 5 * magnitude)
    axis->step = 5 * magnitude;
  else
    axis->step = 10 * magnitude;
  axis->min = floor (min / axis->step) * axis->step;
  axis->max = ceil (max / axis->step) * axis->step;
  /* A step of a fraction — profits of a few units, or none at all — is
   * labelled with as many decimals as it takes, not rounded to whole
   * units that repeat ("1 1 1 0 0"). */
  axis->decimals = 0;
  while (axis->decimals < 4 && fabs (axis->step * pow (10, axis->decimals) -
                                     round (axis->step * pow (10, axis->decimals))) > 1e-9)
    axis->decimals++;
}

double
mu_value_axis_y (const MuValueAxis *axis,
                 const MuBox       *plot,
                 double             value)
{
  return plot->y + plot->height * (axis->max - value) / (axis->max - axis->min);
}

static char *
tick_label (const MuValueAxis *axis,
            double             value)
{
  if (axis->percent && axis->decimals == 0)
    return g_strdup_printf ("%.0f %%", value);
  if (axis->percent)
    return g_strdup_printf ("%.*f %%", (int) axis->decimals, value);
  /* Money axes run in units of the currency, with decimals only when the
   * ticks are closer than one unit. */
  return mu_chart_format_money ((MuMoney) llround (value * pow (10, axis->decimals)), axis->decimals);
}

/* Draws the grid and the value labels beside the plot, leaves a line of
 * labels free below it, and returns the plot's box. */
MuBox
mu_canvas_value_axis (MuCanvas    *canvas,
                      const MuBox *area,
                      MuValueAxis *axis)
{
  double gap = GAP (canvas);
  double label_width = 0, line_height = 0;
  MuBox plot;

  /* Room for the widest value label beside the plot. */
  for (double v = axis->min; v <= axis->max + axis->step / 2; v += axis->step)
    {
      g_autofree char *text = tick_label (axis, v);
      g_autoptr(PangoLayout) layout = mu_canvas_layout (canvas, text, 0.9, FALSE);
      double w;

      mu_canvas_layout_size (layout, &w, &line_height);
      label_width = MAX (label_width, w);
    }

  plot = *area;
  plot.width -= label_width + gap;
  if (!canvas->style->rtl)
    plot.x += label_width + gap;
  plot.height -= line_height + gap;

  cairo_set_line_width (canvas->cr, canvas->style->line_width);
  for (double v = axis->min; v <= axis->max + axis->step / 2; v += axis->step)
    {
      g_autofree char *text = tick_label (axis, v);
      g_autoptr(PangoLayout) layout = mu_canvas_layout (canvas, text, 0.9, FALSE);
      double y = round (mu_value_axis_y (axis, &plot, v)) + 0.5;

      mu_canvas_set_color (canvas, fabs (v) < axis->step / 2 ? canvas->style->foreground : canvas->style->grid);
      cairo_move_to (canvas->cr, plot.x, y);
      cairo_line_to (canvas->cr, plot.x + plot.width, y);
      cairo_stroke (canvas->cr);
      mu_canvas_set_color (canvas, canvas->style->muted);
      if (canvas->style->rtl)
        mu_canvas_show (canvas, layout, plot.x + plot.width + gap, y, 0.0, 0.5);
      else
        mu_canvas_show (canvas, layout, plot.x - gap, y, 1.0, 0.5);
    }
  return plot;
}

/* Draws the grid, the value labels and the period dates around the plot
 * and returns the plot's box. */
MuBox
mu_canvas_time_axes (MuCanvas          *canvas,
                     const MuBox       *area,
                     MuValueAxis       *axis)
{
  const MuResult *result = canvas->result;
  double gap = GAP (canvas);
  guint months = mu_period_length_months (canvas->scenario->period);
  guint n = result->n_periods;
  static const guint steps[] = { 1, 2, 3, 4, 6, 12, 24, 36, 48, 60, 120, 240, 600, 1200 };
  guint every = steps[G_N_ELEMENTS (steps) - 1];
  double date_width;
  MuBox plot = mu_canvas_value_axis (canvas, area, axis);

  /* Period dates: every k-th period, k as small as the labels allow —
   * the widest of a year's names, and room for the first label, which is
   * pushed half its width inward to stay under the plot. */
  date_width = 0;
  for (guint t = 1; t <= MIN (n, MAX (1, 12 / months)); t++)
    {
      g_autofree char *text = mu_chart_format_date (&result->periods[t - 1].start, months);
      g_autoptr(PangoLayout) layout = mu_canvas_layout (canvas, text, 0.9, FALSE);
      double w;

      mu_canvas_layout_size (layout, &w, NULL);
      date_width = MAX (date_width, w);
    }
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (plot.width / n * steps[i] >= date_width * 1.5 + gap)
      {
        every = steps[i];
        break;
      }

  mu_canvas_set_color (canvas, canvas->style->muted);
  for (guint t = 1; t <= n; t += every)
    {
      g_autofree char *text = mu_chart_format_date (&result->periods[t - 1].start, months * every);
      g_autoptr(PangoLayout) layout = mu_canvas_layout (canvas, text, 0.9, FALSE);
      double x = mu_canvas_x (canvas, &plot, (double) (t - 1) / n);
      double w;

      mu_canvas_layout_size (layout, &w, NULL);
      /* Keep the first and last labels under the plot, clear of the
       * value labels beside it. */
      x = CLAMP (x, plot.x + w / 2, plot.x + plot.width - w / 2);
      mu_canvas_show (canvas, layout, x, plot.y + plot.height + gap / 2, 0.5, 0.0);
    }

  if (canvas->geometry != NULL)
    *canvas->geometry = (MuChartGeometry) { plot.x, plot.y, plot.width, plot.height, n, canvas->style->rtl };
  return plot;
}

/* The locale's digits, grouping and decimal sign around an exact amount:
 * 1 234 567,89 in Russian, 1,234,567.89 in English. */
char *
mu_chart_format_money (MuMoney amount,
                       guint   exponent)
{
  /* nl_langinfo(), not localeconv(): charts are drawn on worker threads
   * too, and localeconv() fills one static structure for all of them. */
  const char *radix = nl_langinfo (RADIXCHAR);
  const char *group = nl_langinfo (THOUSEP);
  const char *point = radix != NULL && radix[0] != '\0' ? radix : ".";
  /* Where the locale groups no digits, as C does, a narrow space still
   * makes millions readable. */
  const char *separator = group != NULL && group[0] != '\0' ? group : "\u202f";
  g_autofree char *plain = mu_decimal_format (amount, exponent);
  const char *digits = plain[0] == '-' ? plain + 1 : plain;
  const char *dot = strchr (digits, '.');
  gsize integer = dot != NULL ? (gsize) (dot - digits) : strlen (digits);
  GString *out = g_string_new (plain[0] == '-' ? "−" : "");

  for (gsize i = 0; i < integer; i++)
    {
      if (i > 0 && (integer - i) % 3 == 0)
        g_string_append (out, separator);
      g_string_append_c (out, digits[i]);
    }
  if (dot != NULL)
    {
      g_string_append (out, point);
      g_string_append (out, dot + 1);
    }
  return g_string_free (out, FALSE);
}

char *
mu_chart_format_percent (double percent)
{
  /* Translators: a percentage in a chart; %.2f is the number. */
  return g_strdup_printf (_("%.2f %%"), percent);
}

/* “Jan 2026”, or “2026” when labels are a year or more apart. */
char *
mu_chart_format_date (const GDate *date,
                      guint        months)
{
  char text[64];

  /* Translators: strftime format of a period's date on a chart's axis. */
  if (g_date_strftime (text, sizeof text, months >= 12 ? "%Y" : _("%b %Y"), date) == 0)
    return g_strdup ("");
  return g_strdup (text);
}
