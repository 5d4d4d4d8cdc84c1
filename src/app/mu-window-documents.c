/* mu-window-documents.c — the documents of the scenarios the window
 * shows, kept with their history until it closes, and the deleted ones
 *
 * A scenario shown once keeps its document, and so its undo history,
 * while the window is open: going back to it is going back to where it
 * was left. A deleted one goes to "Recently Deleted", from which it is
 * restored until the library closes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-library-item.h"
#include "mu-window-private.h"

/* The sidebar shows the name as it is in the library. */
static void
on_document_saved (MuScenarioDocument *document,
                   MuWindow           *self)
{
  int position = mu_library_item_find (G_LIST_MODEL (self->library), mu_scenario_document_get_uuid (document));

  if (position >= 0)
    {
      g_autoptr(MuLibraryItem) item = g_list_model_get_item (G_LIST_MODEL (self->library), position);

      mu_library_item_set_title (item, mu_scenario_document_get_name (document));
    }
}

static void
on_save_failed (MuScenarioDocument *document,
                const GError       *error,
                MuWindow           *self)
{
  /* Still dirty: tried again at the next change or flush. */
  mu_window_toast (self, error->message);
}

static void
on_document_name (MuWindow *self)
{
  adw_window_title_set_title (self->window_title, mu_scenario_document_get_name (self->document));
}

void
mu_window_update_history (MuWindow *self)
{
  gboolean editable = self->document != NULL && mu_scenario_document_get_editable (self->document);

  if (mu_window_receivables_history (self))
    return;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 editable && mu_scenario_document_can_undo (self->document));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 editable && mu_scenario_document_can_redo (self->document));
}

/* Writes a pending change now: before another scenario is shown, before
 * the window closes. Returns whether nothing is left unwritten. */
gboolean
mu_window_flush (MuWindow *self)
{
  GHashTableIter iter;
  gpointer document;
  gboolean all = TRUE;

  g_return_val_if_fail (MU_IS_WINDOW (self), FALSE);

  g_hash_table_iter_init (&iter, self->documents);
  while (g_hash_table_iter_next (&iter, NULL, &document))
    all &= mu_scenario_document_flush (document);
  return all;
}

/* The document of @uuid, with the history it has had since the window
 * opened, or read from the library for the first time. */
MuScenarioDocument *
mu_window_document_for (MuWindow    *self,
              const char  *uuid,
              GError     **error)
{
  MuScenarioDocument *document = g_hash_table_lookup (self->documents, uuid);
  g_autoptr(MuScenario) scenario = NULL;

  if (document != NULL)
    return document;
  if ((scenario = mu_store_load (self->store, uuid, error)) == NULL)
    return NULL;
  document = mu_scenario_document_new (self->store, uuid, scenario);
  g_signal_connect_object (document, "saved", G_CALLBACK (on_document_saved), self, 0);
  g_signal_connect_object (document, "save-failed", G_CALLBACK (on_save_failed), self, 0);
  g_hash_table_insert (self->documents, g_strdup (uuid), document);
  return document;
}

/* Drops the document of @uuid, a scenario deleted: once written, its
 * history goes with it. */
void
mu_window_forget_document (MuWindow   *self,
                           const char *uuid)
{
  MuScenarioDocument *document = g_hash_table_lookup (self->documents, uuid);

  if (document == NULL)
    return;
  mu_scenario_document_flush (document);
  if (document == self->document)
    {
      mu_scenario_page_set_document (self->page, NULL);
      g_signal_handlers_disconnect_by_data (self->document, self);
      self->document = NULL;
    }
  g_hash_table_remove (self->documents, uuid);
}

/* Binds the window to @document, as its page shows it: the title, and
 * what undo and redo can do. */
void
mu_window_bind_document (MuWindow           *self,
               MuScenarioDocument *document)
{
  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->document, on_document_name, self);
      g_signal_handlers_disconnect_by_func (self->document, mu_window_update_history, self);
    }
  self->document = document;
  mu_scenario_page_set_document (self->page, document);
  if (document != NULL)
    {
      g_signal_connect_object (document, "notify::name", G_CALLBACK (on_document_name), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::can-undo", G_CALLBACK (mu_window_update_history), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::can-redo", G_CALLBACK (mu_window_update_history), self,
                               G_CONNECT_SWAPPED);
    }
  mu_window_update_history (self);
}

/* The button to the deleted scenarios shows while there are any, or
 * while they are shown. */
void
mu_window_trash_items_changed (MuWindow *self)
{
  guint n = self->trash_view != NULL ? mu_trash_view_get_n_items (self->trash_view) : 0;

  gtk_widget_set_visible (GTK_WIDGET (self->trash_button), n > 0 || gtk_toggle_button_get_active (self->trash_button));
}

void
mu_window_trash_toggled (GtkToggleButton *button,
                  MuWindow        *self)
{
  gtk_stack_set_visible_child_name (self->sidebar_stack, gtk_toggle_button_get_active (button) ? "trash" : "scenarios");
  mu_window_trash_items_changed (self);
}

void
mu_window_restore_requested (MuTrashView *view,
                      const char  *uuid,
                      MuWindow    *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *restored = g_strdup (uuid);

  if (!mu_store_undelete (self->store, restored, &error))
    {
      mu_window_toast (self, error->message);
      return;
    }
  mu_trash_view_reload (self->trash_view);
  if (mu_trash_view_get_n_items (self->trash_view) == 0)
    gtk_toggle_button_set_active (self->trash_button, FALSE);
  mu_window_reload_list (self);
  mu_window_select (self, restored);
  mu_window_show_content (self);
}
