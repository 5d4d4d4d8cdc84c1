/* test-trash-view.c — the list of deleted scenarios: one row for the one
 * deleted, its name as typed, and its Restore button asking for it back
 * by uuid; the empty state once nothing is left to restore.
 *
 * Run under Xvfb with GSK_RENDERER=cairo and a private D-Bus session.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "gui-test-util.h"
#include "mu-trash-view.h"
#include "store-test-fixture.h"
#include "store-test-scenario.h"

static gboolean
is_set (gpointer pointer)
{
  return *(gpointer *) pointer != NULL;
}

/* The first widget of @type under @widget, depth first, or NULL. */
static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = G_TYPE_CHECK_INSTANCE_TYPE (child, type) ? child : find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The status page under @widget that is on the screen, or NULL. */
static GtkWidget *
find_mapped_status_page (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ADW_IS_STATUS_PAGE (child) && gtk_widget_get_mapped (child) ? child
                                                                                   : find_mapped_status_page (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
shows_status_page (gpointer view)
{
  return find_mapped_status_page (view) != NULL;
}

static char *
save_named (MuStore    *store,
            const char *name)
{
  g_autoptr(MuScenario) scenario = store_test_scenario (1);
  g_autoptr(GError) error = NULL;
  char *uuid;

  g_free (scenario->name);
  scenario->name = g_strdup (name);
  uuid = mu_store_save (store, NULL, scenario, &error);
  g_assert_no_error (error);
  return uuid;
}

/* A window of its own around @view, on the screen. */
static GtkWindow *
show_view (MuTrashView *view)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, 360, 480);
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_present (window);
  wait_until (is_mapped, view, "the trash view shown");
  return window;
}

static void
on_restore_requested (MuTrashView *view,
                      const char  *uuid,
                      char       **requested)
{
  g_assert_null (*requested);
  *requested = g_strdup (uuid);
}

/* Two scenarios, one deleted: the view lists that one, its name not read
 * as markup, and its button asks for it by uuid. */
static void
test_restore_requested (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MuStore *store = mu_store_open (fixture->path, MU_STORE_OPEN_NO_SEED, &error);
  g_autofree char *kept = NULL;
  g_autofree char *deleted = NULL;
  g_autofree char *requested = NULL;
  MuTrashView *view = mu_trash_view_new ();
  GtkWindow *window;
  GtkWidget *row;
  GtkWidget *button;
  const char *subtitle;

  g_assert_no_error (error);
  kept = save_named (store, "Kept");
  deleted = save_named (store, "Smith & <b>Sons</b>");
  g_assert_true (mu_store_delete (store, deleted, &error));
  g_assert_no_error (error);

  window = show_view (view);
  mu_trash_view_set_store (view, store);
  g_assert_cmpuint (mu_trash_view_get_n_items (view), ==, 1);
  row = find_descendant (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW);
  g_assert_nonnull (row);
  wait_until (is_mapped, row, "the deleted scenario's row shown");
  g_assert_false (adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (row)));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Smith & <b>Sons</b>");
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
  g_assert_true (g_str_has_prefix (subtitle, "Deleted "));
  g_assert_cmpuint (strlen (subtitle), >, strlen ("Deleted "));
  g_assert_null (gtk_widget_get_next_sibling (row));

  button = find_descendant (row, GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Restore");
  g_assert_true (gtk_widget_has_css_class (button, "flat"));
  g_assert_nonnull (gtk_widget_get_tooltip_text (button));
  g_signal_connect (view, "restore-requested", G_CALLBACK (on_restore_requested), &requested);
  gtk_widget_activate (button);
  wait_until (is_set, &requested, "restore-requested emitted");
  g_assert_cmpstr (requested, ==, deleted);

  /* What the window does with the request; then nothing is left. */
  g_assert_true (mu_store_undelete (store, requested, &error));
  g_assert_no_error (error);
  mu_trash_view_reload (view);
  g_assert_cmpuint (mu_trash_view_get_n_items (view), ==, 0);
  wait_until (shows_status_page, view, "the empty state shown");
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (find_mapped_status_page (GTK_WIDGET (view)))), ==,
                   "No Recently Deleted Scenarios");
  g_assert_null (find_descendant (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW));

  mu_trash_view_set_store (view, NULL);
  gtk_window_destroy (window);
  mu_store_close (store);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *notified)
{
  (*notified)++;
}

/* Without a store, or with nothing deleted, the view says why it is
 * empty; a deletion shows up at the next reload, and says so by n-items. */
static void
test_empty_state (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MuStore *store = mu_store_open (fixture->path, MU_STORE_OPEN_NO_SEED, &error);
  g_autofree char *uuid = NULL;
  MuTrashView *view = mu_trash_view_new ();
  GtkWindow *window = show_view (view);
  GtkWidget *status_page;
  guint notified = 0;

  g_assert_no_error (error);
  g_signal_connect (view, "notify::n-items", G_CALLBACK (count_notify), &notified);
  wait_until (shows_status_page, view, "the empty state shown without a store");
  status_page = find_mapped_status_page (GTK_WIDGET (view));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status_page)), ==, "No Recently Deleted Scenarios");
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (status_page)), ==,
                   "Deleted scenarios can be restored until Musharaka closes");
  g_assert_cmpstr (adw_status_page_get_icon_name (ADW_STATUS_PAGE (status_page)), ==, "user-trash-symbolic");

  uuid = save_named (store, "Only");
  mu_trash_view_set_store (view, store);
  g_assert_cmpuint (mu_trash_view_get_n_items (view), ==, 0);
  g_assert_cmpuint (notified, ==, 0);
  g_assert_true (mu_store_delete (store, uuid, &error));
  mu_trash_view_reload (view);
  g_assert_cmpuint (mu_trash_view_get_n_items (view), ==, 1);
  g_assert_cmpuint (notified, ==, 1);
  wait_until (is_mapped, find_descendant (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW), "the row shown");
  g_assert_null (find_mapped_status_page (GTK_WIDGET (view)));

  mu_trash_view_set_store (view, NULL);
  g_assert_cmpuint (mu_trash_view_get_n_items (view), ==, 0);
  gtk_window_destroy (window);
  mu_store_close (store);
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  gtk_test_init (&argc, &argv, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  adw_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/trash-view/restore/emits-the-uuid", test_restore_requested);
  ADD ("/trash-view/empty/status-page", test_empty_state);
#undef ADD

  return g_test_run ();
}
