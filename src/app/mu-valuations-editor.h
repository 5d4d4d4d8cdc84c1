/* mu-valuations-editor.h — the object's value at each buyout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mu-section.h"

G_BEGIN_DECLS

#define MU_TYPE_VALUATIONS_EDITOR (mu_valuations_editor_get_type ())

G_DECLARE_FINAL_TYPE (MuValuationsEditor, mu_valuations_editor, MU, VALUATIONS_EDITOR, AdwPreferencesGroup)

void       mu_valuations_editor_load    (MuValuationsEditor *self,
                                         MuSection          *section,
                                         const MuScenario   *scenario);
GtkWidget *mu_valuations_editor_find    (MuValuationsEditor *self,
                                         const char         *path);
void       mu_valuations_editor_prepare (MuScenario         *scenario);

G_END_DECLS
