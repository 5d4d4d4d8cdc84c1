/* test-chart.c — the charts and the report, judged by their pixels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "mu-chart.h"
#include "mu-chart-private.h"
#include "mu-exchange.h"
#include "mu-report.h"
#include "test-pdf.h"
#include "test-util.h"

typedef struct
{
  MuScenario      *scenario;
  MuResult        *result;
  cairo_surface_t *surface;
  int              width;
  int              height;
} Rendered;

static void
rendered_clear (Rendered *r)
{
  g_clear_pointer (&r->scenario, mu_scenario_free);
  g_clear_pointer (&r->result, mu_result_free);
  g_clear_pointer (&r->surface, cairo_surface_destroy);
}

static void
render (Rendered       *r,
        MuScenario     *scenario,
        MuChartKind     kind,
        MuChartTheme    theme,
        guint           period,
        int             width,
        int             height)
{
  g_autoptr(GError) error = NULL;
  MuChartOptions options = { kind, FALSE, period, FALSE };
  MuChartStyle style;
  cairo_t *cr;

  r->scenario = scenario;
  r->result = mu_engine_run (scenario, &error);
  g_assert_no_error (error);
  r->width = width;
  r->height = height;
  r->surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  mu_chart_style_init (&style, theme);
  cr = cairo_create (r->surface);
  mu_chart_draw (cr, width, height, r->scenario, r->result, &style, &options);
  cairo_destroy (cr);
  cairo_surface_flush (r->surface);
  g_assert_cmpint (cairo_surface_status (r->surface), ==, CAIRO_STATUS_SUCCESS);
}

static guint32
pixel (const Rendered *r,
       int             x,
       int             y)
{
  const guint8 *data = cairo_image_surface_get_data (r->surface);
  int stride = cairo_image_surface_get_stride (r->surface);

  return ((const guint32 *) (data + y * stride))[x] & 0xffffff;
}

static guint32
color_of (MuRgba c)
{
  return (guint32) lround (c.red * 255) << 16 | (guint32) lround (c.green * 255) << 8 | (guint32) lround (c.blue * 255);
}

static MuChartStyle
style_of (MuChartTheme theme)
{
  MuChartStyle style;

  mu_chart_style_init (&style, theme);
  return style;
}

/* The first and last column of the row holding the bank's colour: the
 * plot, since the bank holds something in every period of case B. */
static void
plot_columns (const Rendered *r,
              guint32         bank,
              int            *x0,
              int            *x1,
              int            *row)
{
  for (int y = r->height - 1; y >= 0; y--)
    {
      int first = -1, last = -1;

      for (int x = 0; x < r->width; x++)
        if (pixel (r, x, y) == bank)
          {
            if (first < 0)
              first = x;
            last = x;
          }
      if (last - first > r->width / 2)
        {
          *x0 = first;
          *x1 = last;
          *row = y;
          return;
        }
    }
  g_assert_not_reached ();
}

static void
test_equity_bank_area (void)
{
  Rendered r = { 0 };
  MuChartStyle style = style_of (MU_CHART_THEME_LIGHT);
  guint32 bank = color_of (style.bank);
  guint32 company = color_of (mu_chart_partner_color (&style, NULL, 0));
  const double expected[] = { 71.43, 65.22, 55.56, 38.46 };
  int x0, x1, row;

  render (&r, load_example ("case-b-diminishing-redemption.musharaka"), MU_CHART_EQUITY,
          MU_CHART_THEME_LIGHT, 0, 1600, 900);
  plot_columns (&r, bank, &x0, &x1, &row);

  for (guint t = 1; t <= 4; t++)
    {
      /* A quarter into the period, clear of the dots and labels. */
      int x = x0 + (int) ((t - 0.75) / 4 * (x1 - x0));
      int bank_pixels = 0, company_pixels = 0;

      for (int y = 0; y <= row; y++)
        {
          guint32 p = pixel (&r, x, y);

          bank_pixels += p == bank;
          company_pixels += p == company;
        }
      g_test_message ("period %u: bank %d px, company %d px", t, bank_pixels, company_pixels);
      /* Within two pixels of the exact share of the column's height. */
      g_assert_cmpfloat (fabs (bank_pixels - expected[t - 1] / 100 * (bank_pixels + company_pixels)), <=, 2.0);
    }
  rendered_clear (&r);
}

static void
test_shares_bank_angle (void)
{
  Rendered r = { 0 };
  MuChartStyle style = style_of (MU_CHART_THEME_LIGHT);
  guint32 bank = color_of (style.bank);
  guint32 company = color_of (mu_chart_partner_color (&style, NULL, 0));
  int cx = 800, top = -1, bottom = -1, bank_degrees = 0, company_degrees = 0;
  double cy, outer, first_bank = -1, last_bank = -1;

  render (&r, load_example ("case-b-diminishing-redemption.musharaka"), MU_CHART_SHARES,
          MU_CHART_THEME_LIGHT, 1, 1600, 900);

  /* Just beside the vertical through the centre: on it lies the thin gap
   * between the first and the last sector. */
  for (int y = 0; y < r.height; y++)
    if (pixel (&r, cx - 4, y) == bank || pixel (&r, cx - 4, y) == company)
      {
        if (top < 0)
          top = y;
        bottom = y;
      }
  cy = (top + bottom) / 2.0;
  outer = (bottom - top) / 2.0;

  /* Clockwise from twelve o'clock, in degrees, through the ring. */
  for (int degree = 0; degree < 360; degree++)
    {
      double angle = (degree + 0.5) * G_PI / 180 - G_PI / 2;
      guint32 p = pixel (&r, (int) lround (cx + 0.9 * outer * cos (angle)), (int) lround (cy + 0.9 * outer * sin (angle)));

      if (p == bank)
        {
          bank_degrees++;
          if (first_bank < 0)
            first_bank = degree;
          last_bank = degree;
        }
      company_degrees += p == company;
    }
  /* 500 of 700: 257.1°, starting at twelve o'clock. */
  g_test_message ("bank %d°, company %d°", bank_degrees, company_degrees);
  g_assert_cmpint (abs (bank_degrees - 257), <=, 2);
  g_assert_cmpint (abs (company_degrees - 103), <=, 2);
  g_assert_cmpfloat (first_bank, <=, 1);
  g_assert_cmpfloat (fabs (last_bank - 256), <=, 2);

  rendered_clear (&r);

  /* After the last buyout the bank holds nothing: no bank in the ring. */
  render (&r, load_example ("case-c-diminishing-transfer.musharaka"), MU_CHART_SHARES,
          MU_CHART_THEME_LIGHT, 5, 800, 800);
  bank_degrees = 0;
  for (int degree = 0; degree < 360; degree++)
    {
      double angle = degree * G_PI / 180;

      bank_degrees += pixel (&r, (int) (400 + 200 * cos (angle)), (int) (380 + 200 * sin (angle))) == bank;
    }
  g_assert_cmpint (bank_degrees, ==, 0);
  rendered_clear (&r);
}

/* The rows of column @x that hold a partner's colour. */
static void
coloured_rows (const Rendered *r,
               int             x,
               const guint32  *colours,
               guint           n,
               int            *top,
               int            *bottom)
{
  *top = -1;
  *bottom = -1;
  for (int y = 0; y < r->height; y++)
    for (guint c = 0; c < n; c++)
      if (pixel (r, x, y) == colours[c])
        {
          if (*top < 0)
            *top = y;
          *bottom = y;
        }
}

static void
test_profit_loss_below_axis (void)
{
  Rendered r = { 0 };
  MuChartStyle style = style_of (MU_CHART_THEME_LIGHT);
  MuScenario *scenario = load_example ("case-b-diminishing-redemption.musharaka");
  const MuMoney series[] = { 10000, -6000, 10000, 10000 };
  guint32 colours[2] = { color_of (style.bank), color_of (mu_chart_partner_color (&style, NULL, 0)) };
  int x0, x1, row, top1, bottom1, top2, bottom2;

  scenario->profit.is_series = TRUE;
  g_array_append_vals (scenario->profit.series, series, 4);
  render (&r, scenario, MU_CHART_PROFIT, MU_CHART_THEME_LIGHT, 0, 1600, 900);

  /* The bars span the plot: period 1 near its left, period 2 next. */
  x0 = 0;
  x1 = r.width;
  row = 0;
  (void) row;
  coloured_rows (&r, x0 + (int) (0.125 * (x1 - x0)), colours, 2, &top1, &bottom1);
  coloured_rows (&r, x0 + (int) (0.375 * (x1 - x0)), colours, 2, &top2, &bottom2);
  g_test_message ("profit bar rows %d–%d, loss bar rows %d–%d", top1, bottom1, top2, bottom2);
  g_assert_cmpint (top1, >=, 0);
  g_assert_cmpint (top2, >=, 0);
  /* The loss starts where the profit ends, at the axis, and goes down. */
  g_assert_cmpint (abs (top2 - bottom1), <=, 3);
  g_assert_cmpint (bottom2, >, bottom1 + 10);
  /* 100 up and 60 down: the loss bar is 0.6 of the profit bar. */
  g_assert_cmpfloat (fabs ((double) (bottom2 - top2) / (bottom1 - top1) - 0.6), <, 0.03);
  rendered_clear (&r);
}

/* Thirty years of months: the bars touch and are drawn as one band a
 * partner. The band keeps the bars' heights and has no seams. */
static void
test_profit_touching_bars (void)
{
  Rendered r = { 0 };
  MuChartStyle style = style_of (MU_CHART_THEME_LIGHT);
  MuScenario *scenario = load_example ("case-b-diminishing-redemption.musharaka");
  guint32 colours[2] = { color_of (style.bank), color_of (mu_chart_partner_color (&style, NULL, 0)) };
  int top1, bottom1, top2, bottom2, middle, x0, x1, seams = 0;

  scenario->period = MU_PERIOD_MONTH;
  scenario->periods = 360;
  /* Stakes large enough to bear fifteen years of losses, so that none of
   * the loss is beyond the company's capital (which the chart leaves out):
   * the shares of the profit are those of case B. */
  for (guint i = 0; i < scenario->partners->len; i++)
    mu_partner_set_cash (mu_scenario_get_partner (scenario, i),
                         100 * mu_partner_get_cash (mu_scenario_get_partner (scenario, i)));
  scenario->profit.is_series = TRUE;
  for (guint t = 0; t < 360; t++)
    {
      MuMoney value = t < 180 ? 10000 : -6000;

      g_array_append_val (scenario->profit.series, value);
    }
  render (&r, scenario, MU_CHART_PROFIT, MU_CHART_THEME_LIGHT, 0, 800, 450);

  coloured_rows (&r, r.width / 4, colours, 2, &top1, &bottom1);
  coloured_rows (&r, r.width * 3 / 4, colours, 2, &top2, &bottom2);
  g_test_message ("profit band rows %d–%d, loss band rows %d–%d", top1, bottom1, top2, bottom2);
  g_assert_cmpint (top1, >=, 0);
  g_assert_cmpint (top2, >=, 0);
  g_assert_cmpint (abs (top2 - bottom1), <=, 3);
  g_assert_cmpfloat (fabs ((double) (bottom2 - top2) / (bottom1 - top1) - 0.6), <, 0.03);

  /* Along a row just above the axis, under the profits, a pixel of
   * neither colour is a seam between two bars: drawn bar by bar there
   * was one at nearly every period; the band has one blended pixel
   * where the bank, bought out, gives way to the company. */
  middle = bottom1 - 2;
  for (x0 = 0; x0 < r.width && pixel (&r, x0, middle) != colours[0]; x0++)
    ;
  for (x1 = r.width / 2; x1 > x0 && pixel (&r, x1, middle) != colours[1]; x1--)
    ;
  g_assert_cmpint (x1 - x0, >, r.width / 4);
  for (int x = x0; x <= x1; x++)
    seams += pixel (&r, x, middle) != colours[0] && pixel (&r, x, middle) != colours[1];
  g_test_message ("%d pixels of neither colour in %d", seams, x1 - x0 + 1);
  g_assert_cmpint (seams, <=, 2);
  rendered_clear (&r);
}

static double
mean_luminance (const Rendered *r)
{
  double sum = 0;

  for (int y = 0; y < r->height; y += 3)
    for (int x = 0; x < r->width; x += 3)
      {
        guint32 p = pixel (r, x, y);

        sum += (0.2126 * (p >> 16 & 0xff) + 0.7152 * (p >> 8 & 0xff) + 0.0722 * (p & 0xff)) / 255;
      }
  return sum / ((r->height + 2) / 3) / ((r->width + 2) / 3);
}

static void
test_dark_style_is_dark (void)
{
  Rendered light = { 0 }, dark = { 0 };
  MuChartStyle style = style_of (MU_CHART_THEME_DARK);

  render (&light, load_example ("case-b-diminishing-redemption.musharaka"), MU_CHART_PROFIT,
          MU_CHART_THEME_LIGHT, 0, 800, 450);
  render (&dark, load_example ("case-b-diminishing-redemption.musharaka"), MU_CHART_PROFIT,
          MU_CHART_THEME_DARK, 0, 800, 450);
  g_assert_cmpuint (pixel (&dark, 1, 1), ==, color_of (style.background));
  g_assert_cmpuint (pixel (&light, 1, 1), ==, 0xffffff);
  g_test_message ("mean luminance: light %.2f, dark %.2f", mean_luminance (&light), mean_luminance (&dark));
  /* The bars keep their colours; everything around them darkens. */
  g_assert_cmpfloat (mean_luminance (&dark), <, mean_luminance (&light) - 0.25);
  g_assert_cmpuint (pixel (&dark, 1, 1) >> 16, <, 0x40);
  rendered_clear (&light);
  rendered_clear (&dark);
}

/* The bank is blue in every style, and no partner shares its colour. */
static void
test_bank_colour_apart (void)
{
  for (MuChartTheme theme = MU_CHART_THEME_LIGHT; theme <= MU_CHART_THEME_HIGH_CONTRAST; theme++)
    {
      MuChartStyle style = style_of (theme);

      g_assert_cmpfloat (style.bank.blue, >, style.bank.red + 0.2);
      for (guint i = 0; i < MU_CHART_N_PALETTE; i++)
        {
          MuRgba c = style.palette[i];
          double distance = fabs (c.red - style.bank.red) + fabs (c.green - style.bank.green) +
                            fabs (c.blue - style.bank.blue);

          g_assert_cmpfloat (distance, >, 0.3);
        }
    }
}

static void
test_arabic_names_render (void)
{
  Rendered r = { 0 };
  MuScenario *scenario = load_example ("case-b-diminishing-redemption.musharaka");
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 10, 10);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  int text_pixels = 0;

  g_free (mu_scenario_get_partner (scenario, 0)->name);
  mu_scenario_get_partner (scenario, 0)->name = g_strdup ("شركة الحصاد");
  g_free (mu_scenario_get_partner (scenario, 1)->name);
  mu_scenario_get_partner (scenario, 1)->name = g_strdup ("مصرف الأمل الإسلامي");

  /* The fonts have Arabic glyphs, and Pango shapes the names with them. */
  pango_layout_set_text (layout, "مصرف الأمل الإسلامي", -1);
  g_assert_cmpint (pango_layout_get_unknown_glyphs_count (layout), ==, 0);
  g_assert_cmpint (pango_layout_get_direction (layout, 0), ==, PANGO_DIRECTION_RTL);

  render (&r, scenario, MU_CHART_SHARES, MU_CHART_THEME_LIGHT, 1, 800, 450);
  /* The legend's names are drawn in dark text below the donut. */
  for (int y = r.height - 40; y < r.height; y++)
    for (int x = 0; x < r.width; x++)
      {
        guint32 p = pixel (&r, x, y);

        text_pixels += (p >> 16) < 0x70 && (p >> 8 & 0xff) < 0x70 && (p & 0xff) < 0x70;
      }
  g_assert_cmpint (text_pixels, >, 50);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  rendered_clear (&r);
}

static void
test_empty_state (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 300);
  cairo_t *cr = cairo_create (surface);
  MuChartStyle style = style_of (MU_CHART_THEME_LIGHT);
  MuChartOptions options = { MU_CHART_EQUITY, FALSE, 0, TRUE };
  Rendered r = { NULL, NULL, surface, 400, 300 };
  int message = 0;

  mu_chart_draw (cr, 400, 300, NULL, NULL, &style, &options);
  cairo_surface_flush (surface);
  for (int y = 0; y < 300; y++)
    for (int x = 0; x < 400; x++)
      message += pixel (&r, x, y) != 0xffffff;
  /* A message in the middle, nothing else. */
  g_assert_cmpint (message, >, 50);
  g_assert_cmpuint (pixel (&r, 5, 5), ==, 0xffffff);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* From a 320-pixel window to a poster, every chart draws without error. */
static void
test_sizes (void)
{
  const int sizes[][2] = { { 320, 200 }, { 640, 400 }, { 1600, 900 }, { 3000, 2000 } };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (MuChartKind kind = MU_CHART_EQUITY; kind <= MU_CHART_PROFIT; kind++)
      {
        Rendered r = { 0 };

        render (&r, load_example ("case-a-bank-joins-company.musharaka"), kind, MU_CHART_THEME_HIGH_CONTRAST, 1,
                sizes[s][0], sizes[s][1]);
        rendered_clear (&r);
      }
}


/* Ticks closer than one unit are labelled with the decimals that tell
 * them apart: a profit of 1.50 once read "2 1 1 1 1 0 0". No profit at
 * all gives an axis from 0 to 1 in fifths. */
static void
test_axis_small_values (void)
{
  MuValueAxis axis = { 0 };
  MuValueAxis none = { 0 };
  MuValueAxis large = { 0 };

  axis.money = TRUE;
  mu_value_axis_init (&axis, 0, 1.5, 300, 10);
  g_assert_cmpfloat (axis.step, <, 1);
  g_assert_cmpuint (axis.decimals, >, 0);
  g_assert_cmpfloat_with_epsilon (round (axis.step * pow (10, axis.decimals)), axis.step * pow (10, axis.decimals),
                                  1e-9);
  mu_value_axis_init (&none, 0, 0, 300, 10);
  g_assert_cmpfloat (none.max, ==, 1);
  g_assert_cmpuint (none.decimals, ==, 1);
  mu_value_axis_init (&large, 0, 150000, 300, 10);
  g_assert_cmpuint (large.decimals, ==, 0);
}

/* How many pixels of a compare chart of @a and @b have @color. */
static guint
compare_pixels (const MuScenario *a,
                const MuScenario *b,
                guint32           color)
{
  const MuScenario *scenarios[] = { a, b };
  g_autoptr(MuResult) ra = mu_engine_run (a, NULL);
  g_autoptr(MuResult) rb = mu_engine_run (b, NULL);
  const MuResult *results[] = { ra, rb };
  MuChartStyle style = style_of (MU_CHART_THEME_LIGHT);
  Rendered r = { NULL, NULL, cairo_image_surface_create (CAIRO_FORMAT_RGB24, 800, 400), 800, 400 };
  cairo_t *cr = cairo_create (r.surface);
  guint count = 0;

  mu_chart_draw_compare (cr, 800, 400, scenarios, results, 2, &style);
  cairo_destroy (cr);
  cairo_surface_flush (r.surface);
  for (int y = 0; y < r.height; y++)
    for (int x = 0; x < r.width; x++)
      count += pixel (&r, x, y) == color;
  rendered_clear (&r);
  return count;
}

/* A scenario without financing has no bank's share: no line is drawn for
 * it, where another partner's share used to stand in. */
static void
test_compare_without_bank (void)
{
  g_autoptr(MuScenario) financed = load_example ("case-b-diminishing-redemption.musharaka");
  g_autoptr(MuScenario) alone = mu_scenario_copy (financed);
  MuChartStyle style = style_of (MU_CHART_THEME_LIGHT);
  guint32 first = color_of (style.bank);
  guint32 second = color_of (style.palette[0]);
  guint legend, line;

  alone->financing.enabled = FALSE;
  /* The first scenario is drawn in the bank's colour: a line of 2.5 px
   * across most of 800 is far more than a legend's swatch. */
  line = compare_pixels (financed, alone, first);
  legend = compare_pixels (alone, financed, first);
  g_assert_cmpuint (line, >, 1000);
  g_assert_cmpuint (legend, <, 300);
  g_assert_cmpuint (compare_pixels (alone, financed, second), >, 1000);
  g_assert_cmpuint (compare_pixels (financed, alone, second), <, 300);
}

static guint
write_report (MuScenario *scenario,
              MuPaper     paper,
              const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MuResult) result = mu_engine_run (scenario, &error);
  MuChartStyle style = style_of (MU_CHART_THEME_LIGHT);
  guint pages = 0;

  g_assert_no_error (error);
  g_assert_true (mu_report_write_pdf (scenario, result, &style, paper, path, &pages, &error));
  g_assert_no_error (error);
  return pages;
}

static void
test_report_pages (void)
{
  g_autofree char *dir = g_dir_make_tmp (NULL, NULL);
  g_autofree char *small = g_build_filename (dir, "d.pdf", NULL);
  g_autofree char *big = g_build_filename (dir, "big.pdf", NULL);
  g_autoptr(MuScenario) d = load_example ("case-d-sleeping-bank-cap.musharaka");
  g_autoptr(MuScenario) long_one = load_example ("case-c-diminishing-transfer.musharaka");
  guint a4, letter;

  /* Case D: parameters and equity, donuts and profit, the tables and
   * the finding — three A4 pages. */
  g_assert_cmpuint (write_report (d, MU_PAPER_A4, small), ==, 3);
  g_assert_cmpuint (test_pdf_count_pages (small), ==, 3);

  /* 360 monthly periods: the schedule runs over many pages, each with
   * its header; Letter is shorter than A4, so it needs more of them. */
  long_one->period = MU_PERIOD_MONTH;
  long_one->periods = 360;
  long_one->financing.installments = 120;
  long_one->financing.every = 3;
  a4 = write_report (long_one, MU_PAPER_A4, big);
  g_assert_cmpuint (test_pdf_count_pages (big), ==, a4);
  letter = write_report (long_one, MU_PAPER_LETTER, big);
  g_assert_cmpuint (test_pdf_count_pages (big), ==, letter);
  g_test_message ("360 periods: %u A4 pages, %u Letter pages", a4, letter);
  /* Two tables of 360 rows at ~45 rows a page, and three of charts. */
  g_assert_cmpuint (a4, >=, 2 + 2 * 360 / 50);
  g_assert_cmpuint (letter, >=, a4);

  g_unlink (small);
  g_unlink (big);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/equity/bank-area-per-period-case-b", test_equity_bank_area);
  g_test_add_func ("/chart/shares/bank-sector-angle", test_shares_bank_angle);
  g_test_add_func ("/chart/profit/loss-below-axis", test_profit_loss_below_axis);
  g_test_add_func ("/chart/profit/touching-bars", test_profit_touching_bars);
  g_test_add_func ("/chart/style/dark-is-dark", test_dark_style_is_dark);
  g_test_add_func ("/chart/style/bank-colour-apart", test_bank_colour_apart);
  g_test_add_func ("/chart/text/arabic-names", test_arabic_names_render);
  g_test_add_func ("/chart/empty-state", test_empty_state);
  g_test_add_func ("/chart/compare/without-bank", test_compare_without_bank);
  g_test_add_func ("/chart/axis/small-values-have-decimals", test_axis_small_values);
  g_test_add_func ("/chart/sizes", test_sizes);
  g_test_add_func ("/report/page-counts", test_report_pages);

  return g_test_run ();
}
