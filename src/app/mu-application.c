/* mu-application.c — the application: one library, one window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <glib/gstdio.h>

#include "mu-application.h"
#include "mu-preferences-window.h"
#include "mu-window.h"

struct _MuApplication
{
  AdwApplication  parent_instance;

  MuStore        *store;
  char           *library_path;
};

G_DEFINE_FINAL_TYPE (MuApplication, mu_application, ADW_TYPE_APPLICATION)

static MuWindow *
main_window (MuApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  return MU_IS_WINDOW (window) ? MU_WINDOW (window) : NULL;
}

static void
present_window (MuApplication *self)
{
  MuWindow *window = main_window (self);

  if (window == NULL)
    window = mu_window_new (GTK_APPLICATION (self), self->store);
  gtk_window_present (GTK_WINDOW (window));
}

static void ask_about_library (MuApplication *self,
                               const GError  *error);

/* Moves the library and the files SQLite keeps beside it together, so
 * that its last commits, perhaps still in the WAL, go with it. */
static gboolean
move_aside (const char  *path,
            const char  *aside,
            GError     **error)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (aside, suffixes[i], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS) && g_rename (from, to) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       _("Could not move “%s” aside: %s"), from, g_strerror (saved_errno));
          return FALSE;
        }
    }
  return TRUE;
}

/* The library could not be opened as it is: the owner decides. */
static void
on_library_response (AdwMessageDialog *dialog,
                     const char       *response,
                     MuApplication    *self)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "read-only"))
    self->store = mu_store_open (self->library_path, MU_STORE_OPEN_READ_ONLY, &error);
  else if (g_str_equal (response, "new"))
    {
      /* The old file is kept aside, never deleted. */
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
      g_autofree char *aside = g_strdup_printf ("%s.%s.old", self->library_path, stamp);

      if (move_aside (self->library_path, aside, &error))
        self->store = mu_store_open (self->library_path, MU_STORE_OPEN_DEFAULT, &error);
    }

  if (self->store != NULL)
    present_window (self);
  else if (error != NULL)
    ask_about_library (self, error);  /* the owner decides again, or quits */
  g_application_release (G_APPLICATION (self));
}

static void
ask_about_library (MuApplication *self,
                   const GError  *error)
{
  GtkWidget *dialog = adw_message_dialog_new (NULL, _("The Library Cannot Be Opened"), error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "quit", _("_Quit"));
  if (g_error_matches (error, MU_STORE_ERROR, MU_STORE_ERROR_CORRUPT) ||
      g_error_matches (error, MU_STORE_ERROR, MU_STORE_ERROR_NEWER))
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "read-only", _("Open _Read-Only"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "new", _("Keep It Aside, Start a _New Library"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "new", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "quit");
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_application_hold (G_APPLICATION (self));
  g_signal_connect (dialog, "response", G_CALLBACK (on_library_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
mu_application_activate (GApplication *application)
{
  MuApplication *self = MU_APPLICATION (application);
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    {
      self->store = mu_store_open (self->library_path, MU_STORE_OPEN_DEFAULT, &error);
      if (self->store == NULL)
        {
          ask_about_library (self, error);
          return;
        }
    }
  present_window (self);
}

/* Files given on the command line or opened from the file manager are
 * added to the library. */
static void
mu_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  MuApplication *self = MU_APPLICATION (application);

  mu_application_activate (application);
  if (main_window (self) == NULL)
    return;
  for (int i = 0; i < n_files; i++)
    mu_window_import_file (main_window (self), files[i]);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       data)
{
  static const char *developers[] = { "The Musharaka developers", NULL };
  GtkWidget *about = adw_about_window_new ();

  adw_about_window_set_application_name (ADW_ABOUT_WINDOW (about), _("Musharaka"));
  adw_about_window_set_application_icon (ADW_ABOUT_WINDOW (about), APP_ID);
  adw_about_window_set_version (ADW_ABOUT_WINDOW (about), PACKAGE_VERSION);
  adw_about_window_set_developer_name (ADW_ABOUT_WINDOW (about), _("The Musharaka developers"));
  adw_about_window_set_developers (ADW_ABOUT_WINDOW (about), developers);
  adw_about_window_set_license_type (ADW_ABOUT_WINDOW (about), GTK_LICENSE_GPL_3_0);
  adw_about_window_set_comments (ADW_ABOUT_WINDOW (about),
                                 _("Model a partnership and a bank’s diminishing musharakah, exactly, and "
                                   "check it against the rules of the four schools of fiqh."));
  /* Translators: credit the article the rules and examples come from. */
  adw_about_window_add_acknowledgement_section (ADW_ABOUT_WINDOW (about), _("Domain source"),
                                                (const char *[]) { "Sh. A. Shovkhalov, Бизнес в законе 2’2014", NULL });
  adw_about_window_set_translator_credits (ADW_ABOUT_WINDOW (about), _("translator-credits"));
  gtk_window_set_transient_for (GTK_WINDOW (about), gtk_application_get_active_window (GTK_APPLICATION (data)));
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       data)
{
  GtkWindow *window = GTK_WINDOW (mu_preferences_window_new ());

  gtk_window_set_transient_for (window, gtk_application_get_active_window (GTK_APPLICATION (data)));
  gtk_window_present (window);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       data)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (data));

  for (GList *l = windows; l != NULL; l = l->next)
    if (MU_IS_WINDOW (l->data))
      mu_window_flush (l->data);
  g_application_quit (G_APPLICATION (data));
}

static void
mu_application_startup (GApplication *application)
{
  static const GActionEntry entries[] = {
    { "about", about_activated },
    { "preferences", preferences_activated },
    { "quit", quit_activated },
  };

  G_APPLICATION_CLASS (mu_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), entries, G_N_ELEMENTS (entries), application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
  gtk_window_set_default_icon_name (APP_ID);
}

static void
mu_application_shutdown (GApplication *application)
{
  MuApplication *self = MU_APPLICATION (application);
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (application));

  /* The session may end without a window being closed: save first. */
  for (GList *l = windows; l != NULL; l = l->next)
    if (MU_IS_WINDOW (l->data))
      mu_window_flush (l->data);

  /* Closing the library empties its trash: deletions become final. */
  g_clear_pointer (&self->store, mu_store_close);
  G_APPLICATION_CLASS (mu_application_parent_class)->shutdown (application);
}

static void
mu_application_finalize (GObject *object)
{
  MuApplication *self = MU_APPLICATION (object);

  g_clear_pointer (&self->store, mu_store_close);
  g_free (self->library_path);
  G_OBJECT_CLASS (mu_application_parent_class)->finalize (object);
}

static void
mu_application_class_init (MuApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = mu_application_finalize;
  application_class->activate = mu_application_activate;
  application_class->open = mu_application_open;
  application_class->startup = mu_application_startup;
  application_class->shutdown = mu_application_shutdown;
}

static void
mu_application_init (MuApplication *self)
{
  const char *library = g_getenv ("MUSHARAKA_LIBRARY");

  /* The tests point the application at a library of their own. */
  self->library_path = library != NULL ? g_strdup (library) : mu_store_default_path ();
}

MuApplication *
mu_application_new (void)
{
  return g_object_new (MU_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/musharaka/Musharaka",
                       NULL);
}

MuStore *
mu_application_get_store (MuApplication *self)
{
  g_return_val_if_fail (MU_IS_APPLICATION (self), NULL);
  return self->store;
}
