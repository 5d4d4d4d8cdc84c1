/* mu-buyers-editor.h — how several buyers share the bank's units
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mu-section.h"

G_BEGIN_DECLS

#define MU_TYPE_BUYERS_EDITOR (mu_buyers_editor_get_type ())

G_DECLARE_FINAL_TYPE (MuBuyersEditor, mu_buyers_editor, MU, BUYERS_EDITOR, AdwPreferencesGroup)

void       mu_buyers_editor_load (MuBuyersEditor   *self,
                                  MuSection        *section,
                                  const MuScenario *scenario);
GtkWidget *mu_buyers_editor_find (MuBuyersEditor   *self,
                                  const char       *path);

G_END_DECLS
