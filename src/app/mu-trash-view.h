/* mu-trash-view.h — the scenarios deleted since the library was opened,
 * each with a button that restores it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mu-store.h"

G_BEGIN_DECLS

#define MU_TYPE_TRASH_VIEW (mu_trash_view_get_type ())

G_DECLARE_FINAL_TYPE (MuTrashView, mu_trash_view, MU, TRASH_VIEW, GtkWidget)

MuTrashView *mu_trash_view_new         (void);
void         mu_trash_view_set_store   (MuTrashView *self,
                                        MuStore     *store);
void         mu_trash_view_reload      (MuTrashView *self);
guint        mu_trash_view_get_n_items (MuTrashView *self);

G_END_DECLS
