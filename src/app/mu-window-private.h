/* mu-window-private.h — shared by the window's files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mu-window.h"

G_BEGIN_DECLS

struct _MuWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toasts;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *content;
  GtkSearchEntry       *search_entry;
  GtkListView          *scenario_list;
  AdwWindowTitle       *window_title;
  GtkStack             *stack;
  MuScenarioPage       *page;
  GtkMenuButton        *scenario_menu_button;
  GtkMenuButton        *primary_menu_button;
  GMenuModel           *scenario_menu;
  GMenuModel           *primary_menu;

  GListStore           *library;    /* of MuLibraryItem: the sidebar's */
  GtkSingleSelection   *selection;
  MuStore              *store;      /* the application's */
  GSettings            *settings;
  char                 *uuid;       /* the scenario shown */
  guint                 save_source;
  gboolean              dirty;            /* a change not yet in the library */
  gboolean              closing_unsaved;  /* the user was told; close anyway */
  gboolean              filling;    /* the list is being rebuilt */
};

/* mu-window-actions.c */
void mu_window_actions_class_init (GtkWidgetClass *widget_class);

G_END_DECLS
