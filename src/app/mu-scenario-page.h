/* mu-scenario-page.h — one scenario: its sections, charts and schedule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mu-chart-view.h"
#include "mu-scenario-document.h"
#include "mu-section.h"

G_BEGIN_DECLS

#define MU_TYPE_SCENARIO_PAGE (mu_scenario_page_get_type ())

G_DECLARE_FINAL_TYPE (MuScenarioPage, mu_scenario_page, MU, SCENARIO_PAGE, GtkWidget)

void                mu_scenario_page_set_document    (MuScenarioPage     *self,
                                                      MuScenarioDocument *document);
MuScenarioDocument *mu_scenario_page_get_document    (MuScenarioPage     *self);
const MuScenario   *mu_scenario_page_get_scenario    (MuScenarioPage     *self);
MuResult           *mu_scenario_page_get_result      (MuScenarioPage     *self);
GtkWidget          *mu_scenario_page_find_field      (MuScenarioPage     *self,
                                                      const char         *field);
gboolean            mu_scenario_page_focus_field     (MuScenarioPage     *self,
                                                      const char         *field);
void                mu_scenario_page_focus_widget    (MuScenarioPage     *self,
                                                      GtkWidget          *widget);
gboolean            mu_scenario_page_is_following    (MuScenarioPage     *self);
guint               mu_scenario_page_get_period      (MuScenarioPage     *self);
void                mu_scenario_page_select_period   (MuScenarioPage     *self,
                                                      guint               period);
const char         *mu_scenario_page_get_banner      (MuScenarioPage     *self);
gboolean            mu_scenario_page_has_errors      (MuScenarioPage     *self);
gboolean            mu_scenario_page_discard_pending (MuScenarioPage     *self);
MuSection          *mu_scenario_page_get_section     (MuScenarioPage     *self,
                                                      const char         *name);
MuChartView        *mu_scenario_page_get_chart       (MuScenarioPage     *self,
                                                      MuChartKind         kind);

G_END_DECLS
