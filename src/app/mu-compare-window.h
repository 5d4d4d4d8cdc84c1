/* mu-compare-window.h — several scenarios side by side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mu-store.h"

G_BEGIN_DECLS

#define MU_TYPE_COMPARE_WINDOW (mu_compare_window_get_type ())

G_DECLARE_FINAL_TYPE (MuCompareWindow, mu_compare_window, MU, COMPARE_WINDOW, AdwWindow)

MuCompareWindow *mu_compare_window_new    (GtkWindow       *parent,
                                           MuStore         *store,
                                           const char      *first_uuid);
void             mu_compare_window_choose (MuCompareWindow *self,
                                           const char      *uuid,
                                           gboolean         chosen);
guint            mu_compare_window_get_n_chosen (MuCompareWindow *self);

G_END_DECLS
