/* mu-window-shell.c — the window's two panes side by side, or one at a
 * time on a narrow window
 *
 * From libadwaita 1.4 the panes are the pages of an AdwNavigationSplitView
 * that an AdwBreakpoint on the window collapses; before, they are children
 * of an AdwLeaflet, which folds by itself. Each pane — a header bar and what
 * lies under it — is written once, in mu-window.ui, as objects of the
 * template outside its tree; only the containers around them differ, and
 * they are made here. Not two shell templates picked by meson: a template
 * cannot include another file, so the panes would be written twice, or
 * pasted together by the build into a file no one reads. The containers
 * are a few widgets whose properties read as plainly in C.
 *
 * The split view collapses at 620sp, where the leaflet folds: the
 * sidebar's 260 pixels beside the scenario page's 360. From 400sp down the
 * scenario's header bar drops its title: beside the back button, its four
 * buttons and three window controls (as many desktops have them) it would
 * need 395 pixels, and the window may be 360 wide. The leaflet instead
 * makes the window no narrower than that, which a window with breakpoints
 * does not do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include "mu-compat.h"
#include "mu-toolbar-view.h"
#include "mu-window-private.h"

#define SIDEBAR_WIDTH 260

#if ADW_CHECK_VERSION (1, 4, 0)
MU_BEGIN_NEWER_API

/* The header bars hide the title buttons beside the other pane, and show
 * a back button on the content when collapsed: ours stays hidden. */
void
mu_window_shell_init (MuWindow *self)
{
  AdwNavigationSplitView *split_view = ADW_NAVIGATION_SPLIT_VIEW (adw_navigation_split_view_new ());
  AdwBreakpoint *narrow = adw_breakpoint_new (adw_breakpoint_condition_parse ("max-width: 620sp"));
  AdwBreakpoint *narrowest = adw_breakpoint_new (adw_breakpoint_condition_parse ("max-width: 400sp"));

  self->sidebar = GTK_WIDGET (adw_navigation_page_new (mu_toolbar_view_new (self->sidebar_header, self->sidebar_body),
                                                       adw_window_title_get_title (self->sidebar_title)));
  self->content = GTK_WIDGET (adw_navigation_page_new (mu_toolbar_view_new (self->content_header,
                                                                            GTK_WIDGET (self->stack)),
                                                       adw_window_title_get_title (self->window_title)));
  g_object_bind_property (self->window_title, "title", self->content, "title", G_BINDING_SYNC_CREATE);
  adw_navigation_split_view_set_min_sidebar_width (split_view, SIDEBAR_WIDTH);
  adw_navigation_split_view_set_sidebar (split_view, ADW_NAVIGATION_PAGE (self->sidebar));
  adw_navigation_split_view_set_content (split_view, ADW_NAVIGATION_PAGE (self->content));

  adw_breakpoint_add_setters (narrow, G_OBJECT (split_view), "collapsed", TRUE, NULL);
  adw_application_window_add_breakpoint (ADW_APPLICATION_WINDOW (self), narrow);
  /* Of the breakpoints that fit, the last one added applies. */
  adw_breakpoint_add_setters (narrowest, G_OBJECT (split_view), "collapsed", TRUE, G_OBJECT (self->content_header),
                              "show-title", FALSE, NULL);
  adw_application_window_add_breakpoint (ADW_APPLICATION_WINDOW (self), narrowest);

  self->shell = GTK_WIDGET (split_view);
  adw_toast_overlay_set_child (self->toasts, self->shell);
}

/* The scenario, rather than the sidebar, when only one fits. */
void
mu_window_show_content (MuWindow *self)
{
  g_return_if_fail (MU_IS_WINDOW (self));
  adw_navigation_split_view_set_show_content (ADW_NAVIGATION_SPLIT_VIEW (self->shell), TRUE);
}

void
mu_window_show_sidebar (MuWindow *self)
{
  adw_navigation_split_view_set_show_content (ADW_NAVIGATION_SPLIT_VIEW (self->shell), FALSE);
}

gboolean
mu_window_is_folded (MuWindow *self)
{
  return adw_navigation_split_view_get_collapsed (ADW_NAVIGATION_SPLIT_VIEW (self->shell));
}

MU_END_NEWER_API
#else
G_GNUC_BEGIN_IGNORE_DEPRECATIONS

/* Folded, the leaflet shows one pane: each header bar then has both ends'
 * title buttons, and the content a way back to the sidebar. */
void
mu_window_shell_init (MuWindow *self)
{
  AdwLeaflet *leaflet = ADW_LEAFLET (adw_leaflet_new ());
  GtkWidget *separator = gtk_separator_new (GTK_ORIENTATION_VERTICAL);

  self->sidebar = mu_toolbar_view_new (self->sidebar_header, self->sidebar_body);
  gtk_widget_set_size_request (self->sidebar, SIDEBAR_WIDTH, -1);
  self->content = mu_toolbar_view_new (self->content_header, GTK_WIDGET (self->stack));
  gtk_widget_set_hexpand (self->content, TRUE);
  gtk_widget_add_css_class (separator, "sidebar");

  adw_leaflet_set_can_navigate_back (leaflet, TRUE);
  adw_leaflet_append (leaflet, self->sidebar);
  adw_leaflet_page_set_navigatable (adw_leaflet_append (leaflet, separator), FALSE);
  adw_leaflet_append (leaflet, self->content);
  g_object_bind_property (leaflet, "folded", self->sidebar_header, "show-end-title-buttons", G_BINDING_SYNC_CREATE);
  g_object_bind_property (leaflet, "folded", self->content_header, "show-start-title-buttons", G_BINDING_SYNC_CREATE);
  g_object_bind_property (leaflet, "folded", self->back_button, "visible", G_BINDING_SYNC_CREATE);

  self->shell = GTK_WIDGET (leaflet);
  adw_toast_overlay_set_child (self->toasts, self->shell);
}

void
mu_window_show_content (MuWindow *self)
{
  g_return_if_fail (MU_IS_WINDOW (self));
  adw_leaflet_set_visible_child (ADW_LEAFLET (self->shell), self->content);
}

void
mu_window_show_sidebar (MuWindow *self)
{
  adw_leaflet_set_visible_child (ADW_LEAFLET (self->shell), self->sidebar);
}

gboolean
mu_window_is_folded (MuWindow *self)
{
  return adw_leaflet_get_folded (ADW_LEAFLET (self->shell));
}

G_GNUC_END_IGNORE_DEPRECATIONS
#endif
