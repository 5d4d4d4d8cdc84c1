/* mu-chart-ageing.h — the receivables by age: bars by bucket, stacked by
 * debtor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mu-chart.h"
#include "mu-debt.h"

G_BEGIN_DECLS

#define MU_AGEING_MAX_SERIES 6  /* the largest debtors; the rest are “Others” */

typedef struct
{
  char    *label;                   /* a debtor's name, or “Others” */
  MuMoney  amounts[MU_N_BUCKETS];   /* what is outstanding in each bucket */
  MuMoney  total;
} MuAgeingSeries;

/* What is outstanding in one currency, by bucket and by debtor. */
typedef struct _MuAgeing MuAgeing;

MuAgeing   *mu_ageing_new          (const char       *currency,
                                    guint             exponent);
void        mu_ageing_free         (MuAgeing         *ageing);
gboolean    mu_ageing_add          (MuAgeing         *ageing,
                                    const char       *debtor,
                                    MuAgeBucket       bucket,
                                    MuMoney           outstanding,
                                    GError          **error);
void        mu_ageing_finish       (MuAgeing         *ageing,
                                    guint             max_series);
const char *mu_ageing_get_currency (const MuAgeing   *ageing);
guint       mu_ageing_get_n_series (const MuAgeing   *ageing);
const MuAgeingSeries *
            mu_ageing_get_series   (const MuAgeing   *ageing,
                                    guint             i);
MuMoney     mu_ageing_get_total    (const MuAgeing   *ageing,
                                    MuAgeBucket       bucket);

void        mu_chart_draw_ageing   (cairo_t            *cr,
                                    double              width,
                                    double              height,
                                    const MuAgeing     *ageing,
                                    const MuChartStyle *style,
                                    gboolean            title);
gboolean    mu_chart_write_ageing_file (const char         *path,
                                        double              width,
                                        double              height,
                                        double              scale,
                                        const MuAgeing     *ageing,
                                        const MuChartStyle *style,
                                        GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MuAgeing, mu_ageing_free)

G_END_DECLS
