/* mu-window.c — the main window: the library beside the scenario
 *
 * No Save button: every valid change of the scenario is written to the
 * library a moment after the last keystroke, and at once when the window
 * closes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-resources.h"

#include "mu-library-item.h"
#include "mu-window-private.h"

G_DEFINE_FINAL_TYPE (MuWindow, mu_window, ADW_TYPE_APPLICATION_WINDOW)


/* Toast titles are markup: a file name with “&” must not break them. */
void
mu_window_toast (MuWindow   *self,
                 const char *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (escaped));
}

static void
on_page_message (MuScenarioPage *page,
                 const char     *message,
                 MuWindow       *self)
{
  mu_window_toast (self, message);
}

/* Shows the scenario shown as selected in the sidebar, or none. */
static void
select_in_list (MuWindow *self)
{
  int position = mu_library_item_find (G_LIST_MODEL (self->library), self->uuid);

  self->filling = TRUE;
  gtk_single_selection_set_selected (self->selection, position >= 0 ? (guint) position : GTK_INVALID_LIST_POSITION);
  self->filling = FALSE;
}

void
mu_window_reload_list (MuWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = mu_store_list (self->store, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                                                &error);
  g_autoptr(GPtrArray) items = NULL;

  if (entries == NULL)
    {
      mu_window_toast (self, error->message);
      return;
    }

  items = g_ptr_array_new_full (entries->len, g_object_unref);
  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (items, mu_library_item_new (g_ptr_array_index (entries, i)));
  self->filling = TRUE;
  g_list_store_splice (self->library, 0, g_list_model_get_n_items (G_LIST_MODEL (self->library)), items->pdata,
                       items->len);
  self->filling = FALSE;
  select_in_list (self);
}

static void
update_scenario_actions (MuWindow *self)
{
  gboolean shown = self->uuid != NULL;
  gboolean writable = !mu_store_is_read_only (self->store);
  const char *needs_scenario[] = { "win.print", "win.export-scenario", "win.export-report",
                                   "win.export-chart", "win.export-schedule" };
  const char *needs_writable[] = { "win.duplicate", "win.rename", "win.delete" };

  for (guint i = 0; i < G_N_ELEMENTS (needs_scenario); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), needs_scenario[i], shown);
  for (guint i = 0; i < G_N_ELEMENTS (needs_writable); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), needs_writable[i], shown && writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", writable);
}

/* Shows the scenario @uuid, or nothing when it is NULL. */
gboolean
mu_window_select (MuWindow   *self,
                  const char *requested)
{
  MuScenarioDocument *document = NULL;
  g_autoptr(GError) error = NULL;
  /* @requested may be self->uuid itself, which is replaced below. */
  g_autofree char *copy = g_strdup (requested);
  const char *uuid = copy;

  g_return_val_if_fail (MU_IS_WINDOW (self), FALSE);

  mu_window_flush (self);
  mu_window_receivables_leave (self);
  if (uuid != NULL && (document = mu_window_document_for (self, uuid, &error)) == NULL)
    {
      mu_window_toast (self, error->message);
      uuid = NULL;
    }

  g_free (self->uuid);
  self->uuid = g_strdup (uuid);
  g_settings_set_string (self->settings, "last-scenario", uuid != NULL ? uuid : "");
  mu_window_bind_document (self, document);

  if (document != NULL)
    {
      adw_window_title_set_title (self->window_title, mu_scenario_document_get_name (document));
      adw_window_title_set_subtitle (self->window_title,
                                     mu_store_is_read_only (self->store) ? _("Read-only library") : NULL);
      gtk_stack_set_visible_child_name (self->stack, "scenario");
    }
  else
    {
      adw_window_title_set_title (self->window_title, _("Musharaka"));
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  update_scenario_actions (self);

  select_in_list (self);
  return document != NULL;
}

/* Choosing a scenario in the sidebar, by click or by keyboard, shows it;
 * on a narrow window the sidebar stays until a click or Enter. */
static void
on_selection_changed (GtkSingleSelection *selection,
                      GParamSpec         *pspec,
                      MuWindow           *self)
{
  MuLibraryItem *item = gtk_single_selection_get_selected_item (selection);

  if (self->filling || item == NULL || g_strcmp0 (mu_library_item_get_uuid (item), self->uuid) == 0)
    return;
  mu_window_select (self, mu_library_item_get_uuid (item));
}

/* Enter or a double click: on a narrow window, to the scenario from the
 * sidebar. */
static void
on_list_activate (GtkListView *list,
                  guint        position,
                  MuWindow    *self)
{
  mu_window_show_content (self);
}

/* So does a click on a scenario, when the sidebar is all there is to
 * see: the list's own click chooses it, this one goes to it. */
static void
on_list_released (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  MuWindow        *self)
{
  GtkWidget *list = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  GtkWidget *picked = gtk_widget_pick (list, x, y, GTK_PICK_DEFAULT);

  if (mu_window_is_folded (self) && picked != NULL && picked != list && self->uuid != NULL)
    mu_window_show_content (self);
}

static void
on_search_changed (GtkSearchEntry *entry,
                   MuWindow       *self)
{
  if (!mu_window_receivables_search (self))
    mu_window_reload_list (self);
}

/* Scenario files dropped on the window join the library. */
static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         MuWindow      *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST) || mu_store_is_read_only (self->store))
    return FALSE;
  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l != NULL; l = l->next)
    if (!mu_window_receivables_drop (self, l->data))
      mu_window_import_file (self, l->data);
  g_slist_free (files);
  return TRUE;
}

/* A menu is made when it is first opened, not for the first frame. */
static void
create_menu (GtkMenuButton *button,
             gpointer       menu)
{
  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static gboolean
mu_window_close_request (GtkWindow *window)
{
  MuWindow *self = MU_WINDOW (window);
  int width, height;

  /* A change that cannot be saved is not dropped silently: the first
   * close says so and stays; a second one closes. */
  if (!mu_window_flush (self) && !self->closing_unsaved)
    {
      self->closing_unsaved = TRUE;
      mu_window_toast (self, _("The last change could not be saved. Close again to close without it."));
      return TRUE;
    }
  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  return GTK_WINDOW_CLASS (mu_window_parent_class)->close_request (window);
}

static void
mu_window_dispose (GObject *object)
{
  MuWindow *self = MU_WINDOW (object);

  if (self->documents != NULL)
    mu_window_flush (self);
  mu_window_bind_document (self, NULL);
  g_clear_pointer (&self->documents, g_hash_table_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), MU_TYPE_WINDOW);
  mu_window_receivables_dispose (self);
  G_OBJECT_CLASS (mu_window_parent_class)->dispose (object);
}

static void
mu_window_finalize (GObject *object)
{
  MuWindow *self = MU_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->selection);
  g_clear_object (&self->library);
  g_free (self->uuid);
  G_OBJECT_CLASS (mu_window_parent_class)->finalize (object);
}

static void
mu_window_class_init (MuWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  /* From a static library the resources are linked in only if referred
   * to; their constructor registers them. */
  (void) mu_get_resource ();

  object_class->dispose = mu_window_dispose;
  object_class->finalize = mu_window_finalize;
  window_class->close_request = mu_window_close_request;

  g_type_ensure (MU_TYPE_SCENARIO_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/musharaka/Musharaka/mu-window.ui");
  g_type_ensure (MU_TYPE_LIBRARY_ITEM);
  gtk_widget_class_bind_template_child (widget_class, MuWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, MuWindow, sidebar_header);
  gtk_widget_class_bind_template_child (widget_class, MuWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, MuWindow, sidebar_body);
  gtk_widget_class_bind_template_child (widget_class, MuWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MuWindow, scenario_list);
  gtk_widget_class_bind_template_child (widget_class, MuWindow, content_header);
  gtk_widget_class_bind_template_child (widget_class, MuWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, MuWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, MuWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, MuWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, MuWindow, trash_button);
  gtk_widget_class_bind_template_child (widget_class, MuWindow, page);
  gtk_widget_class_bind_template_child (widget_class, MuWindow, scenario_menu_button);
  gtk_widget_class_bind_template_child (widget_class, MuWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, MuWindow, scenario_menu);
  gtk_widget_class_bind_template_child (widget_class, MuWindow, primary_menu);

  mu_window_actions_class_init (widget_class);
  mu_window_receivables_class_init (widget_class);
}

/* The first icon looked up reads the whole icon theme: its index, its
 * caches and folders, a few milliseconds. GtkIconTheme may be asked from
 * a worker thread once the main thread has set it up, so the icons of
 * the first frame are looked up there while the window is being built. */
static void
look_up_icons (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  static const char * const names[] = {
    "window-close-symbolic", "open-menu-symbolic", "list-add-symbolic", "view-more-symbolic",
    "system-search-symbolic", "edit-undo-symbolic", "edit-redo-symbolic", "printer-symbolic",
    "document-edit-symbolic", "pan-down-symbolic", "go-up-symbolic", "go-down-symbolic",
    "user-trash-symbolic", "object-select-symbolic", "dialog-warning-symbolic",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_object_unref (gtk_icon_theme_lookup_icon (GTK_ICON_THEME (source), names[i], NULL, 16, 1,
                                                GTK_TEXT_DIR_NONE, GTK_ICON_LOOKUP_PRELOAD));
  g_task_return_boolean (task, TRUE);
}

/* Only for the first window: GtkIconTheme's cache lets a worker's lookup
 * meet an icon the main thread is finalizing — a later window, built
 * while an earlier one's icons are freed, could be handed a dead one —
 * and by then the theme has been read anyway. */
static void
begin_icon_theme (GtkWidget *widget)
{
  static gsize started;
  g_autoptr(GTask) task = NULL;

  if (!g_once_init_enter (&started))
    return;
  task = g_task_new (gtk_icon_theme_get_for_display (gtk_widget_get_display (widget)), NULL, NULL, NULL);
  g_task_run_in_thread (task, look_up_icons);
  g_once_init_leave (&started, 1);
}

static void
mu_window_init (MuWindow *self)
{
  begin_icon_theme (GTK_WIDGET (self));
  gtk_widget_init_template (GTK_WIDGET (self));
  mu_window_shell_init (self);
  mu_window_receivables_init (self);

  self->settings = g_settings_new (APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self), g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  self->library = g_list_store_new (MU_TYPE_LIBRARY_ITEM);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->library)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_list_view_set_model (self->scenario_list, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect (self->selection, "notify::selected", G_CALLBACK (on_selection_changed), self);
  g_signal_connect (self->scenario_list, "activate", G_CALLBACK (on_list_activate), self);
  {
    GtkGesture *click = gtk_gesture_click_new ();

    gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
    g_signal_connect (click, "released", G_CALLBACK (on_list_released), self);
    gtk_widget_add_controller (GTK_WIDGET (self->scenario_list), GTK_EVENT_CONTROLLER (click));
  }
  g_signal_connect (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self);
  self->documents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_signal_connect (self->page, "message", G_CALLBACK (on_page_message), self);
  g_signal_connect (self->trash_button, "toggled", G_CALLBACK (mu_window_trash_toggled), self);
  mu_window_update_history (self);
  gtk_menu_button_set_create_popup_func (self->scenario_menu_button, create_menu, self->scenario_menu, NULL);
  gtk_menu_button_set_create_popup_func (self->primary_menu_button, create_menu, self->primary_menu, NULL);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->sidebar));

  {
    GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

    g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  }
}

static void
on_integrity_checked (GObject      *source,
                      GAsyncResult *result,
                      gpointer      data)
{
  g_autoptr(MuWindow) self = data;
  g_autoptr(GError) error = NULL;

  /* A damaged library refuses every write from now on: the owner is told
   * once, now, rather than at each save. */
  if (!mu_store_check_integrity_finish (self->store, result, &error))
    mu_window_toast (self, error->message);
}

/* The whole check reads every page of the library: it runs in a thread,
 * started once the first frame is drawn. A save before its answer runs
 * the check itself and waits for it. */
static gboolean
start_integrity_check (gpointer data)
{
  MuWindow *self = MU_WINDOW (data);

  mu_store_check_integrity_async (self->store, NULL, on_integrity_checked, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

MuWindow *
mu_window_new (GtkApplication *application,
               MuStore        *store)
{
  MuWindow *self;
  g_autofree char *last = NULL;

  g_return_val_if_fail (store != NULL, NULL);

  self = g_object_new (MU_TYPE_WINDOW, "application", application, NULL);
  self->store = store;
  mu_window_reload_list (self);

  /* Where the owner left off, or the newest scenario. */
  last = g_settings_get_string (self->settings, "last-scenario");
  if (last[0] == '\0' || !mu_window_select (self, last))
    {
      g_autoptr(MuLibraryItem) first = g_list_model_get_item (G_LIST_MODEL (self->library), 0);

      mu_window_select (self, first != NULL ? mu_library_item_get_uuid (first) : NULL);
    }
  /* Below the redraw's priority: after the first frame. */
  if (!mu_store_is_read_only (store))
    g_idle_add_full (G_PRIORITY_LOW, start_integrity_check, g_object_ref (self), g_object_unref);
  return self;
}

MuScenarioPage *
mu_window_get_page (MuWindow *self)
{
  g_return_val_if_fail (MU_IS_WINDOW (self), NULL);
  return self->page;
}

/* The list of the recently deleted, made the first time it is needed:
 * most sessions delete nothing, and the first frame does not wait for it. */
MuTrashView *
mu_window_get_trash_view (MuWindow *self)
{
  GtkWidget *scroll;

  g_return_val_if_fail (MU_IS_WINDOW (self), NULL);

  if (self->trash_view != NULL)
    return self->trash_view;
  self->trash_view = mu_trash_view_new ();
  scroll = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroll), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), GTK_WIDGET (self->trash_view));
  gtk_stack_add_named (self->sidebar_stack, scroll, "trash");
  g_signal_connect_swapped (self->trash_view, "notify::n-items", G_CALLBACK (mu_window_trash_items_changed), self);
  g_signal_connect (self->trash_view, "restore-requested", G_CALLBACK (mu_window_restore_requested), self);
  mu_trash_view_set_store (self->trash_view, self->store);
  mu_window_trash_items_changed (self);
  return self->trash_view;
}

const char *
mu_window_get_uuid (MuWindow *self)
{
  g_return_val_if_fail (MU_IS_WINDOW (self), NULL);
  return self->uuid;
}
