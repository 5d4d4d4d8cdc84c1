/* mu-window-receivables.c — the window's receivables: the sidebar's
 * switch to them, their list, the register beside it, their import
 *
 * At the top of the sidebar two linked buttons switch between the
 * Scenarios and the Receivables. The receivables are made the first time
 * they are shown: the register document over the library
 * (mu-register-document.c), the list of its debts in the sidebar — a
 * GtkListView, for a register of a hundred thousand — searched by the
 * sidebar's search entry, and beside it the register's view: the ageing
 * chart, the totals, the debt chosen (mu-receivables-view.c). Undo and
 * redo are the register's while it is shown. A CSV file chosen in "Import
 * Receivables…" or dropped on the window is imported whole or not at
 * all; one that cannot be says where, in a dialog.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-alert-dialog.h"
#include "mu-debt-text.h"
#include "mu-file-dialog.h"
#include "mu-window-private.h"
#include "mu-window-receivables.h"

struct _MuWindowReceivables
{
  GtkToggleButton    *scenarios_toggle;
  GtkToggleButton    *receivables_toggle;
  MuRegisterDocument *document;   /* NULL until first shown */
  MuDebtList         *list;
  GtkSingleSelection *selection;
  GtkStack           *sidebar;    /* "list" or "empty" */
  MuReceivablesView  *view;
  gboolean            shown;
  gboolean            switching;  /* the toggles are being set, not pressed */
};

static const char * const scenario_actions[] = {
  "win.print", "win.export-scenario", "win.export-report", "win.export-chart", "win.export-schedule",
  "win.duplicate", "win.rename", "win.delete",
};

static void
set_toggles (MuWindow *self,
             gboolean  receivables)
{
  MuWindowReceivables *r = self->receivables;

  r->switching = TRUE;
  gtk_toggle_button_set_active (receivables ? r->receivables_toggle : r->scenarios_toggle, TRUE);
  r->switching = FALSE;
}

/* The title: the debt shown, or the register and how many debts. */
static void
update_title (MuWindow *self)
{
  MuWindowReceivables *r = self->receivables;
  MuDebtPage *page = mu_receivables_view_get_page (r->view);
  int position = mu_debt_page_get_position (page);
  guint n = mu_register_document_get_n_debts (r->document);
  g_autofree char *subtitle = NULL;

  if (!r->shown)
    return;
  if (position >= 0)
    {
      const MuDebtor *debtor = mu_register_document_get_debtor (r->document, position);
      const MuDebt *debt = mu_register_document_get_debt (r->document, position);

      subtitle = mu_debt_format_basis (debt);
      adw_window_title_set_title (self->window_title, debtor != NULL ? debtor->name : debt->id);
    }
  else
    {
      /* Translators: under “Receivables” in the title: how many debts the register holds. */
      subtitle = g_strdup_printf (ngettext ("%u debt", "%u debts", n), n);
      adw_window_title_set_title (self->window_title, _("Receivables"));
    }
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

static void
on_selected (GtkSingleSelection *selection,
             GParamSpec         *pspec,
             MuWindow           *self)
{
  MuWindowReceivables *r = self->receivables;
  guint index = gtk_single_selection_get_selected (selection);
  const char *id = index != GTK_INVALID_LIST_POSITION ? mu_debt_list_get_id (r->list, index) : NULL;

  /* A search that leaves the debt out keeps it shown. */
  if (id == NULL && r->switching)
    return;
  mu_receivables_view_show_debt (r->view, id);
  update_title (self);
}

static void
on_list_changed (MuWindow *self)
{
  MuWindowReceivables *r = self->receivables;
  gboolean empty = mu_register_document_get_n_debts (r->document) == 0;

  gtk_stack_set_visible_child_name (r->sidebar, empty ? "empty" : "list");
  update_title (self);
}

static void
on_list_activate (GtkListView *list,
                  guint        position,
                  MuWindow    *self)
{
  mu_window_show_content (self);
}

/* On a narrow window a click on a debt goes to it, as on a scenario. */
static void
on_list_released (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  MuWindow        *self)
{
  GtkWidget *list = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  GtkWidget *picked = gtk_widget_pick (list, x, y, GTK_PICK_DEFAULT);

  if (mu_window_is_folded (self) && picked != NULL && picked != list)
    mu_window_show_content (self);
}

static void
on_page_message (MuDebtPage *page,
                 const char *message,
                 MuWindow   *self)
{
  mu_window_toast (self, message);
}

static GtkWidget *
new_sidebar_list (MuWindow *self)
{
  MuWindowReceivables *r = self->receivables;
  GtkWidget *scroll = gtk_scrolled_window_new ();
  GtkListItemFactory *factory = mu_debt_list_factory_new (r->document);
  GtkWidget *view = gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (r->selection)), factory);
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_add_css_class (view, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Debts"), -1);
  g_signal_connect (view, "activate", G_CALLBACK (on_list_activate), self);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "released", G_CALLBACK (on_list_released), self);
  gtk_widget_add_controller (view, GTK_EVENT_CONTROLLER (click));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroll), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), view);
  return scroll;
}

static GtkWidget *
new_sidebar_empty (void)
{
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "document-open-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Receivables"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status), _("Import a CSV file of what customers owe"));
  gtk_widget_add_css_class (status, "compact");
  return status;
}

/* Makes the register, its list and its view, the first time. */
static void
ensure (MuWindow *self)
{
  MuWindowReceivables *r = self->receivables;
  g_autoptr(GError) error = NULL;

  if (r->document != NULL)
    return;
  r->document = mu_register_document_new (self->store);
  if (!mu_register_document_load (r->document, &error))
    mu_window_toast (self, error->message);
  g_signal_connect_object (r->document, "notify::can-undo", G_CALLBACK (mu_window_update_history), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (r->document, "notify::can-redo", G_CALLBACK (mu_window_update_history), self,
                           G_CONNECT_SWAPPED);
  r->list = mu_debt_list_new (r->document);
  r->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (r->list)));
  gtk_single_selection_set_autoselect (r->selection, FALSE);
  gtk_single_selection_set_can_unselect (r->selection, TRUE);
  g_signal_connect (r->selection, "notify::selected", G_CALLBACK (on_selected), self);
  g_signal_connect_object (r->list, "items-changed", G_CALLBACK (on_list_changed), self, G_CONNECT_SWAPPED);

  r->sidebar = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (r->sidebar, new_sidebar_list (self), "list");
  gtk_stack_add_named (r->sidebar, new_sidebar_empty (), "empty");
  gtk_stack_add_named (self->sidebar_stack, GTK_WIDGET (r->sidebar), "receivables");
  r->view = mu_receivables_view_new (r->document);
  gtk_stack_add_named (self->stack, GTK_WIDGET (r->view), "receivables");
  g_signal_connect (mu_receivables_view_get_page (r->view), "message", G_CALLBACK (on_page_message), self);
  on_list_changed (self);
}

/* Shows the receivables: their list in the sidebar, the register beside. */
void
mu_window_show_receivables (MuWindow *self)
{
  MuWindowReceivables *r;

  g_return_if_fail (MU_IS_WINDOW (self));

  r = self->receivables;
  mu_window_flush (self);
  ensure (self);
  if (!r->shown)
    {
      r->shown = TRUE;
      r->switching = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      r->switching = FALSE;
    }
  set_toggles (self, TRUE);
  gtk_toggle_button_set_active (self->trash_button, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->trash_button), FALSE);
  /* Its items are about the scenario shown, which is not. */
  gtk_widget_set_visible (GTK_WIDGET (self->scenario_menu_button), FALSE);
  gtk_stack_set_visible_child_name (self->sidebar_stack, "receivables");
  gtk_stack_set_visible_child_name (self->stack, "receivables");
  g_object_set (self->search_entry, "placeholder-text", _("Search debtors and documents"), NULL);
  adw_window_title_set_title (self->sidebar_title, _("Receivables"));
  for (guint i = 0; i < G_N_ELEMENTS (scenario_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), scenario_actions[i], FALSE);
  update_title (self);
  mu_window_update_history (self);
}

/* Back to the scenarios' sidebar, before mu_window_select() shows one. */
void
mu_window_receivables_leave (MuWindow *self)
{
  MuWindowReceivables *r = self->receivables;

  if (r == NULL || !r->shown)
    return;
  r->shown = FALSE;
  set_toggles (self, FALSE);
  r->switching = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  r->switching = FALSE;
  gtk_stack_set_visible_child_name (self->sidebar_stack, "scenarios");
  g_object_set (self->search_entry, "placeholder-text", _("Search scenarios"), NULL);
  adw_window_title_set_title (self->sidebar_title, _("Scenarios"));
  gtk_widget_set_visible (GTK_WIDGET (self->scenario_menu_button), TRUE);
  mu_window_trash_items_changed (self);
}

/* The sidebar's search, while the receivables are shown: the debt shown
 * stays shown, and selected if the search lists it. */
gboolean
mu_window_receivables_search (MuWindow *self)
{
  MuWindowReceivables *r = self->receivables;
  const char *shown;
  int index;

  if (r == NULL || !r->shown)
    return FALSE;
  shown = mu_debt_page_get_debt (mu_receivables_view_get_page (r->view));
  r->switching = TRUE;
  mu_debt_list_set_search (r->list, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  index = shown != NULL ? mu_debt_list_find (r->list, shown) : -1;
  gtk_single_selection_set_selected (r->selection, index >= 0 ? (guint) index : GTK_INVALID_LIST_POSITION);
  r->switching = FALSE;
  return TRUE;
}

/* What undo and redo can do, while the register is shown. */
gboolean
mu_window_receivables_history (MuWindow *self)
{
  MuWindowReceivables *r = self->receivables;

  if (r == NULL || !r->shown)
    return FALSE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", mu_register_document_can_undo (r->document));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", mu_register_document_can_redo (r->document));
  return TRUE;
}

/* Undoes or redoes the register's last step, and shows the debt it
 * changed; FALSE while the scenarios are shown. */
gboolean
mu_window_receivables_undo (MuWindow *self,
                            gboolean  redo)
{
  MuWindowReceivables *r = self->receivables;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;

  if (r == NULL || !r->shown)
    return FALSE;
  id = g_strdup (redo ? mu_register_document_redo (r->document, &error)
                      : mu_register_document_undo (r->document, &error));
  if (error != NULL)
    mu_window_toast (self, error->message);
  else if (id != NULL)
    mu_window_select_debt (self, id);
  update_title (self);
  return TRUE;
}

/* Shows the debt @id, in the list and beside it; NULL shows the totals. */
gboolean
mu_window_select_debt (MuWindow   *self,
                       const char *id)
{
  MuWindowReceivables *r;
  int index;

  g_return_val_if_fail (MU_IS_WINDOW (self), FALSE);

  r = self->receivables;
  if (!r->shown)
    mu_window_show_receivables (self);
  if ((index = id != NULL ? mu_debt_list_find (r->list, id) : -1) < 0 && id != NULL)
    {
      /* Not among those searched for: all of them, then. */
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      mu_window_receivables_search (self);
      index = mu_debt_list_find (r->list, id);
    }
  gtk_single_selection_set_selected (r->selection, index >= 0 ? (guint) index : GTK_INVALID_LIST_POSITION);
  return id == NULL || index >= 0;
}

static void
refuse_file (MuWindow     *self,
             GFile        *file,
             const GError *error)
{
  g_autofree char *name = g_file_get_basename (file);
  /* Translators: the heading of the dialog of a CSV file of debts that could not be imported. */
  g_autofree char *heading = g_strdup_printf (_("“%s” Was Not Imported"), name);
  /* Translators: the dialog of a CSV file not imported: what is wrong, a sentence naming the line and column. */
  g_autofree char *body = g_strdup_printf (_("%s Nothing of the file was stored: correct it and import it again."),
                                           error->message);
  GtkWidget *dialog = mu_alert_dialog_new (heading, body);

  mu_alert_dialog_add_response (dialog, "close", _("_Close"));
  mu_alert_dialog_set_close_response (dialog, "close");
  mu_alert_dialog_present (dialog, GTK_WIDGET (self));
}

/* Imports the debts of the CSV @file, all of them or, saying why in a
 * dialog, none; then shows them. */
gboolean
mu_window_import_receivables (MuWindow  *self,
                              GFile     *file,
                              GError   **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;
  guint n = 0;

  g_return_val_if_fail (MU_IS_WINDOW (self), FALSE);

  ensure (self);
  if (!g_file_load_contents (file, NULL, &data, &length, NULL, &local) ||
      !mu_register_document_import_csv (self->receivables->document, data, length, &n, &local))
    {
      refuse_file (self, file, local);
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  mu_window_show_receivables (self);
  mu_window_select_debt (self, NULL);
  {
    g_autofree char *name = g_file_get_basename (file);
    /* Translators: a toast: how many debts were imported, from the file named. */
    g_autofree char *message = g_strdup_printf (ngettext ("%u debt imported from “%s”", "%u debts imported from “%s”",
                                                          n), n, name);

    mu_window_toast (self, message);
  }
  return TRUE;
}

/* A .csv file dropped on the window is receivables; FALSE for others. */
gboolean
mu_window_receivables_drop (MuWindow *self,
                            GFile    *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *folded = name != NULL ? g_ascii_strdown (name, -1) : NULL;

  if (folded == NULL || !g_str_has_suffix (folded, ".csv"))
    return FALSE;
  mu_window_import_receivables (self, file, NULL);
  return TRUE;
}

static void
on_import_chosen (GFile    *file,
                  gpointer  data)
{
  mu_window_import_receivables (MU_WINDOW (data), file, NULL);
}

static void
import_activated (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  MuWindow *self = MU_WINDOW (widget);

  if (mu_store_is_read_only (self->store))
    {
      mu_window_toast (self, _("The library is open read-only: nothing can be imported into it."));
      return;
    }
  mu_file_dialog_open (GTK_WINDOW (widget), _("Import Receivables"), _("CSV files"), "*.csv", on_import_chosen,
                       widget);
}

static void
show_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  mu_window_show_receivables (MU_WINDOW (widget));
}

void
mu_window_receivables_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import-receivables", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "win.show-receivables", NULL, show_activated);
}

static void
on_scenarios_toggled (GtkToggleButton *button,
                      MuWindow        *self)
{
  if (!self->receivables->switching && gtk_toggle_button_get_active (button))
    mu_window_select (self, self->uuid);
}

static void
on_receivables_toggled (GtkToggleButton *button,
                        MuWindow        *self)
{
  if (!self->receivables->switching && gtk_toggle_button_get_active (button))
    mu_window_show_receivables (self);
}

static GtkToggleButton *
new_toggle (const char *label)
{
  GtkWidget *button = gtk_toggle_button_new_with_mnemonic (label);

  gtk_widget_set_hexpand (button, TRUE);
  return GTK_TOGGLE_BUTTON (button);
}

/* The switch at the top of the sidebar. */
void
mu_window_receivables_init (MuWindow *self)
{
  MuWindowReceivables *r = g_new0 (MuWindowReceivables, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  self->receivables = r;
  r->scenarios_toggle = new_toggle (_("_Scenarios"));
  r->receivables_toggle = new_toggle (_("Recei_vables"));
  gtk_toggle_button_set_group (r->receivables_toggle, r->scenarios_toggle);
  gtk_toggle_button_set_active (r->scenarios_toggle, TRUE);
  gtk_box_set_homogeneous (GTK_BOX (box), TRUE);
  gtk_widget_add_css_class (box, "linked");
  g_object_set (box, "margin-start", 6, "margin-end", 6, "margin-bottom", 6, NULL);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (r->scenarios_toggle));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (r->receivables_toggle));
  gtk_box_prepend (GTK_BOX (self->sidebar_body), box);
  g_signal_connect (r->scenarios_toggle, "toggled", G_CALLBACK (on_scenarios_toggled), self);
  g_signal_connect (r->receivables_toggle, "toggled", G_CALLBACK (on_receivables_toggled), self);
}

void
mu_window_receivables_dispose (MuWindow *self)
{
  MuWindowReceivables *r = self->receivables;

  if (r == NULL)
    return;
  if (r->selection != NULL)
    g_signal_handlers_disconnect_by_data (r->selection, self);
  g_clear_object (&r->selection);
  g_clear_object (&r->list);
  g_clear_object (&r->document);
  g_clear_pointer (&self->receivables, g_free);
}

MuRegisterDocument *
mu_window_get_register (MuWindow *self)
{
  g_return_val_if_fail (MU_IS_WINDOW (self), NULL);
  ensure (self);
  return self->receivables->document;
}

MuReceivablesView *
mu_window_get_receivables_view (MuWindow *self)
{
  g_return_val_if_fail (MU_IS_WINDOW (self), NULL);
  ensure (self);
  return self->receivables->view;
}

MuDebtList *
mu_window_get_debt_list (MuWindow *self)
{
  g_return_val_if_fail (MU_IS_WINDOW (self), NULL);
  ensure (self);
  return self->receivables->list;
}

gboolean
mu_window_get_receivables_shown (MuWindow *self)
{
  g_return_val_if_fail (MU_IS_WINDOW (self), FALSE);
  return self->receivables != NULL && self->receivables->shown;
}
