/* mu-scenario-page.h — one scenario: its editors, charts, schedule and findings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mu-engine.h"

G_BEGIN_DECLS

#define MU_TYPE_SCENARIO_PAGE (mu_scenario_page_get_type ())

G_DECLARE_FINAL_TYPE (MuScenarioPage, mu_scenario_page, MU, SCENARIO_PAGE, GtkWidget)

void              mu_scenario_page_set_scenario (MuScenarioPage   *self,
                                                 const MuScenario *scenario);
const MuScenario *mu_scenario_page_get_scenario (MuScenarioPage   *self);
const MuResult   *mu_scenario_page_get_result   (MuScenarioPage   *self);
gboolean          mu_scenario_page_focus_field  (MuScenarioPage   *self,
                                                 const char       *field);
guint             mu_scenario_page_get_period   (MuScenarioPage   *self);
void              mu_scenario_page_select_period (MuScenarioPage  *self,
                                                  guint            period);
void              mu_scenario_page_undo         (MuScenarioPage   *self);
void              mu_scenario_page_redo         (MuScenarioPage   *self);
gboolean          mu_scenario_page_can_undo     (MuScenarioPage   *self);
gboolean          mu_scenario_page_can_redo     (MuScenarioPage   *self);
void              mu_scenario_page_set_editable (MuScenarioPage   *self,
                                                 gboolean          editable);
gboolean          mu_scenario_page_has_errors   (MuScenarioPage   *self);

G_END_DECLS
