/* mu-toolbar-view.h — a header bar above a pane, as the libadwaita at hand
 * stacks them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *mu_toolbar_view_new (GtkWidget *top_bar,
                                GtkWidget *content);

G_END_DECLS
