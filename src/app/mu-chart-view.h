/* mu-chart-view.h — a chart of the scenario in the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mu-chart.h"

G_BEGIN_DECLS

#define MU_TYPE_CHART_VIEW (mu_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (MuChartView, mu_chart_view, MU, CHART_VIEW, GtkWidget)

void   mu_chart_view_set_kind     (MuChartView      *self,
                                   MuChartKind       kind);
void   mu_chart_view_set_data     (MuChartView      *self,
                                   const MuScenario *scenario,
                                   MuResult         *result);
void   mu_chart_view_set_period   (MuChartView      *self,
                                   guint             period);
guint  mu_chart_view_get_period   (MuChartView      *self);
void   mu_chart_view_set_money    (MuChartView      *self,
                                   gboolean          money);
char  *mu_chart_view_describe_period (MuChartView   *self,
                                      guint          period);

G_END_DECLS
