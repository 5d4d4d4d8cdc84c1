/* mu-focus-follow.h — the keyboard to a field, and the field in view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void mu_focus_follow (GtkWidget *scroll,
                      GtkWidget *row,
                      guint     *tick);

G_END_DECLS
