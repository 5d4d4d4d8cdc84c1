/* mu-preferences-window.h — what new scenarios start with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MU_TYPE_PREFERENCES_WINDOW (mu_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (MuPreferencesWindow, mu_preferences_window, MU, PREFERENCES_WINDOW, AdwPreferencesWindow)

MuPreferencesWindow *mu_preferences_window_new (void);

G_END_DECLS
