/* mu-window.h — the main window: the library beside the scenario
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mu-scenario-page.h"
#include "mu-store.h"
#include "mu-trash-view.h"

G_BEGIN_DECLS

#define MU_TYPE_WINDOW (mu_window_get_type ())

G_DECLARE_FINAL_TYPE (MuWindow, mu_window, MU, WINDOW, AdwApplicationWindow)

MuWindow       *mu_window_new            (GtkApplication *application,
                                          MuStore        *store);
MuScenarioPage *mu_window_get_page       (MuWindow       *self);
const char     *mu_window_get_uuid       (MuWindow       *self);
MuTrashView    *mu_window_get_trash_view (MuWindow       *self);
gboolean        mu_window_select         (MuWindow       *self,
                                          const char     *uuid);
void            mu_window_reload_list    (MuWindow       *self);
void            mu_window_show_content   (MuWindow       *self);
gboolean        mu_window_flush          (MuWindow       *self);
void            mu_window_import_file    (MuWindow       *self,
                                          GFile          *file);
void            mu_window_export_csv     (MuWindow       *self,
                                          GFile          *file);
void            mu_window_toast          (MuWindow       *self,
                                          const char     *message);

G_END_DECLS
