/* test-chart-ageing.c — the receivables by age: the figures gathered by
 * bucket and debtor, and the bars judged by their pixels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <math.h>

#include "mu-chart-ageing.h"

#define WIDTH  500
#define HEIGHT 320

static guint32
color_of (MuRgba c)
{
  return (guint32) lround (c.red * 255) << 16 | (guint32) lround (c.green * 255) << 8 | (guint32) lround (c.blue * 255);
}

static cairo_surface_t *
render (const MuAgeing *ageing,
        gboolean        rtl)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  MuChartStyle style;

  mu_chart_style_init (&style, MU_CHART_THEME_LIGHT);
  style.rtl = rtl;
  mu_chart_draw_ageing (cr, WIDTH, HEIGHT, ageing, &style, TRUE);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return ((const guint32 *) (data + y * stride))[x] & 0xffffff;
}

/* The middle of the widest run of @color in any row, or −1. */
static double
middle_of (cairo_surface_t *surface,
           guint32          color)
{
  int best = 0;
  double middle = -1;

  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < WIDTH;)
      {
        int run = 0;

        while (x + run < WIDTH && pixel (surface, x + run, y) == color)
          run++;
        if (run > best)
          {
            best = run;
            middle = x + run / 2.0;
          }
        x += MAX (run, 1);
      }
  /* A swatch of the legend is narrower than any bar. */
  return best > 20 ? middle : -1;
}

static MuAgeing *
ageing_of_two (void)
{
  g_autoptr(GError) error = NULL;
  MuAgeing *ageing = mu_ageing_new ("RUB", 2);

  g_assert_true (mu_ageing_add (ageing, "Harvester LLC", MU_BUCKET_NOT_DUE, 120000, &error));
  g_assert_true (mu_ageing_add (ageing, "Amina", MU_BUCKET_OVER_180, 50050, &error));
  g_assert_true (mu_ageing_add (ageing, "Amina", MU_BUCKET_31_90, 10000, &error));
  g_assert_no_error (error);
  mu_ageing_finish (ageing, MU_AGEING_MAX_SERIES);
  return ageing;
}

/* The largest debtor first; totals by bucket exact. */
static void
test_gathered (void)
{
  g_autoptr(MuAgeing) ageing = ageing_of_two ();
  const MuAgeingSeries *first = mu_ageing_get_series (ageing, 0);
  const MuAgeingSeries *second = mu_ageing_get_series (ageing, 1);

  g_assert_cmpuint (mu_ageing_get_n_series (ageing), ==, 2);
  g_assert_cmpstr (first->label, ==, "Harvester LLC");
  g_assert_cmpint (first->total, ==, 120000);
  g_assert_cmpstr (second->label, ==, "Amina");
  g_assert_cmpint (second->total, ==, 60050);
  g_assert_cmpint (second->amounts[MU_BUCKET_OVER_180], ==, 50050);
  g_assert_cmpint (mu_ageing_get_total (ageing, MU_BUCKET_NOT_DUE), ==, 120000);
  g_assert_cmpint (mu_ageing_get_total (ageing, MU_BUCKET_1_30), ==, 0);
  g_assert_cmpint (mu_ageing_get_total (ageing, MU_BUCKET_31_90), ==, 10000);
}

/* Eight debtors: the five largest by name, the other three as “Others”,
 * whose sum is theirs; the bucket totals do not change. */
static void
test_others (void)
{
  g_autoptr(MuAgeing) ageing = mu_ageing_new ("RUB", 2);
  const MuAgeingSeries *others;

  for (guint i = 1; i <= 8; i++)
    {
      g_autofree char *name = g_strdup_printf ("Debtor %u", i);

      g_assert_true (mu_ageing_add (ageing, name, i % 2 ? MU_BUCKET_1_30 : MU_BUCKET_91_180, i * 1000, NULL));
    }
  mu_ageing_finish (ageing, MU_AGEING_MAX_SERIES);
  g_assert_cmpuint (mu_ageing_get_n_series (ageing), ==, 6);
  g_assert_cmpstr (mu_ageing_get_series (ageing, 0)->label, ==, "Debtor 8");
  g_assert_cmpstr (mu_ageing_get_series (ageing, 4)->label, ==, "Debtor 4");
  others = mu_ageing_get_series (ageing, 5);
  g_assert_cmpstr (others->label, ==, "Others");
  g_assert_cmpint (others->total, ==, 3000 + 2000 + 1000);
  g_assert_cmpint (others->amounts[MU_BUCKET_1_30], ==, 3000 + 1000);
  g_assert_cmpint (mu_ageing_get_total (ageing, MU_BUCKET_1_30), ==, 1000 + 3000 + 5000 + 7000);
  g_assert_cmpint (mu_ageing_get_total (ageing, MU_BUCKET_91_180), ==, 2000 + 4000 + 6000 + 8000);
}

static void
test_overflow (void)
{
  g_autoptr(MuAgeing) ageing = mu_ageing_new ("RUB", 2);
  g_autoptr(GError) error = NULL;

  g_assert_true (mu_ageing_add (ageing, "A", MU_BUCKET_1_30, G_MAXINT64 - 1, &error));
  g_assert_false (mu_ageing_add (ageing, "B", MU_BUCKET_1_30, 2, &error));
  g_assert_nonnull (error);
}

/* Not due on the left, over 180 days on the right; the other way round
 * for a right-to-left reader. The bar of “not due” is the first debtor's
 * colour, the one over 180 days the second's. */
static void
test_bars_in_reading_order (void)
{
  g_autoptr(MuAgeing) ageing = ageing_of_two ();
  MuChartStyle style;

  mu_chart_style_init (&style, MU_CHART_THEME_LIGHT);
  for (int rtl = 0; rtl <= 1; rtl++)
    {
      cairo_surface_t *surface = render (ageing, rtl);
      double first = middle_of (surface, color_of (style.palette[0]));
      double second = middle_of (surface, color_of (style.palette[1]));

      g_assert_cmpfloat (first, >, 0);
      g_assert_cmpfloat (second, >, 0);
      if (!rtl)
        {
          g_assert_cmpfloat (first, <, WIDTH * 0.35);
          g_assert_cmpfloat (second, >, WIDTH * 0.75);
        }
      else
        {
          g_assert_cmpfloat (first, >, WIDTH * 0.65);
          g_assert_cmpfloat (second, <, WIDTH * 0.25);
        }
      cairo_surface_destroy (surface);
    }
}

/* Nothing owed: no bar is drawn. */
static void
test_empty (void)
{
  g_autoptr(MuAgeing) ageing = mu_ageing_new ("KWD", 3);
  MuChartStyle style;
  cairo_surface_t *surface;

  mu_ageing_finish (ageing, MU_AGEING_MAX_SERIES);
  mu_chart_style_init (&style, MU_CHART_THEME_LIGHT);
  surface = render (ageing, FALSE);
  g_assert_cmpfloat (middle_of (surface, color_of (style.palette[0])), <, 0);
  cairo_surface_destroy (surface);
}

/* The same chart into the three kinds of file. */
static void
test_files (void)
{
  g_autoptr(MuAgeing) ageing = ageing_of_two ();
  g_autofree char *dir = g_dir_make_tmp ("musharaka-ageing-XXXXXX", NULL);
  const char *names[] = { "ageing.png", "ageing.svg", "ageing.pdf" };
  MuChartStyle style;

  mu_chart_style_init (&style, MU_CHART_THEME_LIGHT);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autoptr(GError) error = NULL;
      GStatBuf buf;

      g_assert_true (mu_chart_write_ageing_file (path, 400, 300, 2, ageing, &style, &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_stat (path, &buf), ==, 0);
      g_assert_cmpint (buf.st_size, >, 500);
      g_remove (path);
    }
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ageing/gathered/largest-first", test_gathered);
  g_test_add_func ("/ageing/gathered/others", test_others);
  g_test_add_func ("/ageing/gathered/overflow-refused", test_overflow);
  g_test_add_func ("/ageing/chart/reading-order", test_bars_in_reading_order);
  g_test_add_func ("/ageing/chart/empty", test_empty);
  g_test_add_func ("/ageing/chart/files", test_files);
  return g_test_run ();
}
