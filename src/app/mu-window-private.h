/* mu-window-private.h — shared by the window's files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mu-trash-view.h"
#include "mu-window.h"
#include "mu-window-receivables.h"

G_BEGIN_DECLS

struct _MuWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toasts;
  GtkWidget            *sidebar_header;
  AdwWindowTitle       *sidebar_title;
  GtkWidget            *sidebar_body;
  GtkSearchEntry       *search_entry;
  GtkListView          *scenario_list;
  GtkWidget            *content_header;
  AdwWindowTitle       *window_title;
  GtkWidget            *back_button;
  GtkStack             *stack;
  MuScenarioPage       *page;
  GtkMenuButton        *scenario_menu_button;
  GtkMenuButton        *primary_menu_button;
  GMenuModel           *scenario_menu;
  GMenuModel           *primary_menu;

  GtkWidget            *shell;      /* holds the panes: see mu-window-shell.c */
  GtkWidget            *sidebar;    /* the shell's two panes */
  GtkWidget            *content;

  GListStore           *library;    /* of MuLibraryItem: the sidebar's */
  GtkSingleSelection   *selection;
  MuStore              *store;      /* the application's */
  GSettings            *settings;
  char                 *uuid;       /* the scenario shown */
  MuScenarioDocument   *document;   /* and its document */
  GHashTable           *documents;  /* uuid → the document of each scenario shown, kept with its history */
  MuTrashView          *trash_view;  /* NULL until first needed: mu_window_get_trash_view() */
  GtkStack             *sidebar_stack;
  GtkToggleButton      *trash_button;
  gboolean              closing_unsaved;  /* the user was told; close anyway */
  gboolean              filling;    /* the list is being rebuilt */
  MuWindowReceivables  *receivables;  /* mu-window-receivables.c */
};

/* mu-window-actions.c */
void     mu_window_actions_class_init (GtkWidgetClass *widget_class);

/* mu-window-documents.c */
MuScenarioDocument *mu_window_document_for (MuWindow    *self,
                                            const char  *uuid,
                                            GError     **error);
void     mu_window_forget_document    (MuWindow           *self,
                                       const char         *uuid);
void     mu_window_bind_document      (MuWindow           *self,
                                       MuScenarioDocument *document);
void     mu_window_update_history     (MuWindow           *self);
void     mu_window_trash_items_changed (MuWindow          *self);
void     mu_window_trash_toggled      (GtkToggleButton    *button,
                                       MuWindow           *self);
void     mu_window_restore_requested  (MuTrashView        *view,
                                       const char         *uuid,
                                       MuWindow           *self);

/* mu-window-shell.c */
void     mu_window_shell_init         (MuWindow       *self);
void     mu_window_show_sidebar       (MuWindow       *self);
gboolean mu_window_is_folded          (MuWindow       *self);

G_END_DECLS
