/* mu-toolbar-view.c — a header bar above a pane, as the libadwaita at hand
 * stacks them
 *
 * libadwaita 1.4 brought AdwToolbarView: the header bar is flat over the
 * content and raised only when the content scrolls under it, as GNOME's
 * windows now look. Before it, the two are stacked in a vertical box.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include "mu-compat.h"
#include "mu-toolbar-view.h"

GtkWidget *
mu_toolbar_view_new (GtkWidget *top_bar,
                     GtkWidget *content)
{
  GtkWidget *view;

  g_return_val_if_fail (GTK_IS_WIDGET (top_bar), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (content), NULL);

#if ADW_CHECK_VERSION (1, 4, 0)
  MU_BEGIN_NEWER_API
  view = adw_toolbar_view_new ();
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (view), top_bar);
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (view), content);
  MU_END_NEWER_API
#else
  view = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (view), top_bar);
  gtk_box_append (GTK_BOX (view), content);
#endif
  return view;
}
