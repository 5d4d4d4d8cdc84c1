/* mu-scenario-document.h — one scenario being edited: its value, its
 * result, its history and its saving
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mu-engine.h"
#include "mu-store.h"

G_BEGIN_DECLS

#define MU_TYPE_SCENARIO_DOCUMENT (mu_scenario_document_get_type ())

G_DECLARE_FINAL_TYPE (MuScenarioDocument, mu_scenario_document, MU, SCENARIO_DOCUMENT, GObject)

/* What changed, as the detail of the "changed" signal. */
#define MU_DOCUMENT_GENERAL   "general"
#define MU_DOCUMENT_PARTNERS  "partners"
#define MU_DOCUMENT_FINANCING "financing"
#define MU_DOCUMENT_PROFIT    "profit"
#define MU_DOCUMENT_BALANCE   "balance"
#define MU_DOCUMENT_RESULT    "result"

/* The history's clock, in microseconds; g_get_monotonic_time() unless a
 * test sets another. */
typedef gint64 (*MuDocumentClock) (gpointer data);

MuScenarioDocument *mu_scenario_document_new          (MuStore            *store,
                                                       const char         *uuid,
                                                       const MuScenario   *scenario);
MuStore            *mu_scenario_document_get_store    (MuScenarioDocument *self);
const char         *mu_scenario_document_get_uuid     (MuScenarioDocument *self);
const char         *mu_scenario_document_get_name     (MuScenarioDocument *self);
const MuScenario   *mu_scenario_document_get_scenario (MuScenarioDocument *self);
MuScenario         *mu_scenario_document_dup_scenario (MuScenarioDocument *self);
MuResult           *mu_scenario_document_get_result   (MuScenarioDocument *self);
const GError       *mu_scenario_document_get_problem  (MuScenarioDocument *self);
gboolean            mu_scenario_document_get_editable (MuScenarioDocument *self);

gboolean            mu_scenario_document_apply        (MuScenarioDocument *self,
                                                       const char         *path,
                                                       MuScenario         *edited,
                                                       GError            **error);
void                mu_scenario_document_refuse       (MuScenarioDocument *self,
                                                       const char         *path);
void                mu_scenario_document_seal         (MuScenarioDocument *self);

gboolean            mu_scenario_document_can_undo     (MuScenarioDocument *self);
gboolean            mu_scenario_document_can_redo     (MuScenarioDocument *self);
void                mu_scenario_document_undo         (MuScenarioDocument *self);
void                mu_scenario_document_redo         (MuScenarioDocument *self);

gboolean            mu_scenario_document_get_dirty    (MuScenarioDocument *self);
gboolean            mu_scenario_document_save         (MuScenarioDocument *self,
                                                       GError            **error);
gboolean            mu_scenario_document_flush        (MuScenarioDocument *self);

void                mu_scenario_document_set_clock    (MuScenarioDocument *self,
                                                       MuDocumentClock     clock,
                                                       gpointer            data);

G_END_DECLS
