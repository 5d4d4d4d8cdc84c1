/* mu-trash-view.c — the scenarios deleted since the library was opened,
 * each with a button that restores it
 *
 * The view only lists and asks: its Restore buttons run "trash.restore",
 * which emits "restore-requested" with the scenario's uuid. The window
 * restores the scenario, since it also reloads its own list and selects
 * the scenario, then reloads this view.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "mu-resources.h"
#include "mu-trash-view.h"

struct _MuTrashView
{
  GtkWidget       parent_instance;

  GtkStack       *stack;
  AdwStatusPage  *error_page;
  GtkListBox     *list;

  MuStore        *store;    /* not owned: the window's, and outlives the view */
  guint           n_items;
};

G_DEFINE_FINAL_TYPE (MuTrashView, mu_trash_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  RESTORE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
mu_trash_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MU_TYPE_TRASH_VIEW);
  G_OBJECT_CLASS (mu_trash_view_parent_class)->dispose (object);
}

static void
mu_trash_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MuTrashView *self = MU_TRASH_VIEW (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->n_items);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
restore_activated (GtkWidget  *widget,
                   const char *action,
                   GVariant   *parameter)
{
  g_signal_emit (widget, signals[RESTORE_REQUESTED], 0, g_variant_get_string (parameter, NULL));
}

static void
mu_trash_view_class_init (MuTrashViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* From a static library the resources are linked in only if referred
   * to; their constructor registers them. */
  (void) mu_get_resource ();

  object_class->dispose = mu_trash_view_dispose;
  object_class->get_property = mu_trash_view_get_property;

  /* How many deleted scenarios are listed: the window can hide its way
   * here while there are none. */
  properties[PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                                                G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[RESTORE_REQUESTED] = g_signal_new ("restore-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                             0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/musharaka/Musharaka/mu-trash-view.ui");
  gtk_widget_class_bind_template_child (widget_class, MuTrashView, stack);
  gtk_widget_class_bind_template_child (widget_class, MuTrashView, error_page);
  gtk_widget_class_bind_template_child (widget_class, MuTrashView, list);
  gtk_widget_class_install_action (widget_class, "trash.restore", "s", restore_activated);
}

static void
mu_trash_view_init (MuTrashView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* A deleted scenario's row: its name, when it was deleted, and a button
 * that asks for it back. */
static GtkWidget *
new_row (const MuStoreEntry *entry)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_label (_("Restore"));
  g_autoptr(GDateTime) local = g_date_time_to_local (entry->modified);
  g_autofree char *when = g_date_time_format (local, "%x %H:%M");
  /* Translators: under a deleted scenario's name: the date and time it
   * was deleted, as in “Deleted 05/03/26 14:05”. */
  g_autofree char *subtitle = g_strdup_printf (_("Deleted %s"), when);
  /* Translators: what a screen reader says for the Restore button of the
   * scenario named in quotes. */
  g_autofree char *label = g_strdup_printf (_("Restore “%s”"), entry->name);

  /* The title is a scenario's name, typed by the user: “Smith & Sons”. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), entry->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Put the scenario back in the library"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "trash.restore");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", entry->uuid);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
set_n_items (MuTrashView *self,
             guint        n_items)
{
  if (self->n_items == n_items)
    return;
  self->n_items = n_items;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

MuTrashView *
mu_trash_view_new (void)
{
  return g_object_new (MU_TYPE_TRASH_VIEW, NULL);
}

/* Lists what @store's connection deleted, or nothing for NULL. The view
 * does not own @store: it is set to NULL before the store is closed. */
void
mu_trash_view_set_store (MuTrashView *self,
                         MuStore     *store)
{
  g_return_if_fail (MU_IS_TRASH_VIEW (self));

  self->store = store;
  mu_trash_view_reload (self);
}

/* Lists the store's deleted scenarios again: after a deletion, a restore,
 * or a change of library. */
void
mu_trash_view_reload (MuTrashView *self)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *row;

  g_return_if_fail (MU_IS_TRASH_VIEW (self));

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, row);

  if (self->store != NULL && (entries = mu_store_list_deleted (self->store, &error)) == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      set_n_items (self, 0);
      return;
    }

  for (guint i = 0; entries != NULL && i < entries->len; i++)
    gtk_list_box_append (self->list, new_row (g_ptr_array_index (entries, i)));
  set_n_items (self, entries != NULL ? entries->len : 0);
  gtk_stack_set_visible_child_name (self->stack, self->n_items > 0 ? "list" : "empty");
}

guint
mu_trash_view_get_n_items (MuTrashView *self)
{
  g_return_val_if_fail (MU_IS_TRASH_VIEW (self), 0);
  return self->n_items;
}
