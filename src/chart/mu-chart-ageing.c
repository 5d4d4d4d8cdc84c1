/* mu-chart-ageing.c — the receivables by age: a bar a bucket, from not yet
 * due to over 180 days late, stacked by debtor
 *
 * The register's figures are gathered first (MuAgeing: what is
 * outstanding in one currency, by bucket and by debtor, the largest
 * debtors apart and the rest as “Others”) and then drawn with the same
 * text, axes, legend and right-to-left rules as the scenario's charts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "mu-chart-ageing.h"
#include "mu-chart-private.h"

struct _MuAgeing
{
  char        currency[4];
  guint       exponent;
  GArray     *series;   /* of MuAgeingSeries; largest first once finished */
  GHashTable *index;    /* debtor → its position in series + 1, until finished */
  MuMoney     totals[MU_N_BUCKETS];
};

static void
series_clear (gpointer data)
{
  g_free (((MuAgeingSeries *) data)->label);
}

MuAgeing *
mu_ageing_new (const char *currency,
               guint       exponent)
{
  MuAgeing *ageing = g_new0 (MuAgeing, 1);

  g_return_val_if_fail (currency != NULL, ageing);

  g_strlcpy (ageing->currency, currency, sizeof ageing->currency);
  ageing->exponent = exponent;
  ageing->series = g_array_new (FALSE, TRUE, sizeof (MuAgeingSeries));
  g_array_set_clear_func (ageing->series, series_clear);
  ageing->index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return ageing;
}

void
mu_ageing_free (MuAgeing *ageing)
{
  if (ageing == NULL)
    return;
  g_array_unref (ageing->series);
  g_clear_pointer (&ageing->index, g_hash_table_unref);
  g_free (ageing);
}

/* Adds what @debtor still owes of one debt to its bucket. */
gboolean
mu_ageing_add (MuAgeing     *ageing,
               const char   *debtor,
               MuAgeBucket   bucket,
               MuMoney       outstanding,
               GError      **error)
{
  MuAgeingSeries *series;
  guint position;

  g_return_val_if_fail (ageing != NULL && ageing->index != NULL && debtor != NULL, FALSE);
  g_return_val_if_fail (bucket < MU_N_BUCKETS && outstanding >= 0, FALSE);

  position = GPOINTER_TO_UINT (g_hash_table_lookup (ageing->index, debtor));
  if (position == 0)
    {
      MuAgeingSeries added = { g_strdup (debtor), { 0 }, 0 };

      g_array_append_val (ageing->series, added);
      position = ageing->series->len;
      g_hash_table_insert (ageing->index, g_strdup (debtor), GUINT_TO_POINTER (position));
    }
  series = &g_array_index (ageing->series, MuAgeingSeries, position - 1);
  return mu_money_add (series->amounts[bucket], outstanding, &series->amounts[bucket], error) &&
         mu_money_add (series->total, outstanding, &series->total, error) &&
         mu_money_add (ageing->totals[bucket], outstanding, &ageing->totals[bucket], error);
}

static int
compare_series (gconstpointer a,
                gconstpointer b)
{
  const MuAgeingSeries *x = a, *y = b;

  if (x->total != y->total)
    return x->total > y->total ? -1 : 1;
  return g_utf8_collate (x->label, y->label);
}

/* Orders the debtors by what they owe, largest first, and gathers all
 * but the largest @max_series − 1 into “Others” when there are more than
 * @max_series. Amounts sum as before: the bucket totals do not change. */
void
mu_ageing_finish (MuAgeing *ageing,
                  guint     max_series)
{
  MuAgeingSeries others = { NULL, { 0 }, 0 };

  g_return_if_fail (ageing != NULL && max_series > 0);

  g_clear_pointer (&ageing->index, g_hash_table_unref);
  g_array_sort (ageing->series, compare_series);
  if (ageing->series->len <= max_series)
    return;
  for (guint i = max_series - 1; i < ageing->series->len; i++)
    {
      const MuAgeingSeries *series = &g_array_index (ageing->series, MuAgeingSeries, i);

      /* Each sums to no more than a bucket total, which did not overflow. */
      for (guint b = 0; b < MU_N_BUCKETS; b++)
        others.amounts[b] += series->amounts[b];
      others.total += series->total;
    }
  g_array_set_size (ageing->series, max_series - 1);
  /* Translators: in the ageing chart's legend, the debtors not named. */
  others.label = g_strdup (_("Others"));
  g_array_append_val (ageing->series, others);
}

const char *
mu_ageing_get_currency (const MuAgeing *ageing)
{
  return ageing->currency;
}

guint
mu_ageing_get_n_series (const MuAgeing *ageing)
{
  return ageing->series->len;
}

const MuAgeingSeries *
mu_ageing_get_series (const MuAgeing *ageing,
                      guint           i)
{
  g_return_val_if_fail (i < ageing->series->len, NULL);
  return &g_array_index (ageing->series, MuAgeingSeries, i);
}

MuMoney
mu_ageing_get_total (const MuAgeing *ageing,
                     MuAgeBucket     bucket)
{
  g_return_val_if_fail (bucket < MU_N_BUCKETS, 0);
  return ageing->totals[bucket];
}

/* ─── drawing ──────────────────────────────────────────────────────────── */

static MuRgba
series_color (MuCanvas       *canvas,
              const MuAgeing *ageing,
              guint           i)
{
  const MuAgeingSeries *series = mu_ageing_get_series (ageing, i);

  if (series->label != NULL && i == ageing->series->len - 1 && i > 0 && strcmp (series->label, _("Others")) == 0)
    return canvas->style->muted;
  return canvas->style->palette[i % MU_CHART_N_PALETTE];
}

/* The buckets' names under their bars, in reading order. */
static void
draw_bucket_labels (MuCanvas    *canvas,
                    const MuBox *plot,
                    double       column)
{
  for (guint b = 0; b < MU_N_BUCKETS; b++)
    {
      g_autoptr(PangoLayout) layout = mu_canvas_layout (canvas, mu_age_bucket_get_label (b), 0.9, FALSE);
      double x = mu_canvas_x (canvas, plot, (b + 0.5) / MU_N_BUCKETS);

      pango_layout_set_width (layout, (int) (column * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      mu_canvas_set_color (canvas, canvas->style->muted);
      mu_canvas_show (canvas, layout, x, plot->y + plot->height + canvas->font_size * 0.3, 0.5, 0.0);
    }
}

static void
draw_bars (MuCanvas          *canvas,
           const MuAgeing    *ageing,
           const MuBox       *plot,
           const MuValueAxis *axis,
           double             unit)
{
  double column = plot->width / MU_N_BUCKETS;
  double bar = column * 0.6;

  for (guint b = 0; b < MU_N_BUCKETS; b++)
    {
      double x = mu_canvas_x (canvas, plot, (b + 0.5) / MU_N_BUCKETS) - bar / 2;
      double stacked = 0;

      for (guint i = 0; i < ageing->series->len; i++)
        {
          double part = mu_ageing_get_series (ageing, i)->amounts[b] / unit;
          double y0 = mu_value_axis_y (axis, plot, stacked);
          double y1 = mu_value_axis_y (axis, plot, stacked + part);

          if (part == 0)
            continue;
          cairo_rectangle (canvas->cr, x, y1, bar, y0 - y1);
          mu_canvas_set_color (canvas, series_color (canvas, ageing, i));
          cairo_fill (canvas->cr);
          stacked += part;
        }
    }
  draw_bucket_labels (canvas, plot, column);
}

/* Draws what is outstanding by age, @width × @height, with its title when
 * @title is set; an empty register says so. */
void
mu_chart_draw_ageing (cairo_t            *cr,
                      double              width,
                      double              height,
                      const MuAgeing     *ageing,
                      const MuChartStyle *style,
                      gboolean            title)
{
  MuCanvas canvas;
  MuBox area;
  MuValueAxis axis = { 0 };
  g_autofree MuLegendItem *items = NULL;
  double unit = pow (10, ageing->exponent), high = 0;
  MuBox plot;

  mu_canvas_init (&canvas, cr, width, height, NULL, NULL, style);
  area = (MuBox) { canvas.font_size, canvas.font_size, width - 2 * canvas.font_size, height - 2 * canvas.font_size };
  mu_canvas_set_color (&canvas, style->background);
  cairo_paint (cr);
  if (title)
    {
      /* Translators: the ageing chart's title; %s is the currency, “RUB”. */
      g_autofree char *text = g_strdup_printf (_("Receivables by age, %s"), ageing->currency);

      mu_canvas_title (&canvas, &area, text);
    }
  if (ageing->series->len == 0)
    {
      mu_canvas_empty (&canvas, &area, _("Nothing is owed in this currency."));
      return;
    }

  items = g_new (MuLegendItem, ageing->series->len);
  for (guint i = 0; i < ageing->series->len; i++)
    items[i] = (MuLegendItem) { series_color (&canvas, ageing, i), mu_ageing_get_series (ageing, i)->label };
  mu_canvas_legend (&canvas, &area, items, ageing->series->len);

  for (guint b = 0; b < MU_N_BUCKETS; b++)
    high = MAX (high, ageing->totals[b] / unit);
  axis.money = TRUE;
  mu_value_axis_init (&axis, 0, high > 0 ? high : 1, area.height, canvas.font_size);
  plot = mu_canvas_value_axis (&canvas, &area, &axis);
  draw_bars (&canvas, ageing, &plot, &axis, unit);
}
