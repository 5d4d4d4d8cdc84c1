/* mu-application.c — the application: one library, one window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <glib/gstdio.h>

#include "mu-alert-dialog.h"
#include "mu-application.h"
#include "mu-compat.h"
#include "mu-preferences-page.h"
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
on_library_response (GtkWidget     *dialog,
                     const char    *response,
                     MuApplication *self)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "read-only"))
    self->store = mu_store_open (self->library_path, MU_STORE_OPEN_AS_IS, &error);
  else if (g_str_equal (response, "retry"))
    self->store = mu_store_open (self->library_path, MU_STORE_OPEN_DEFAULT, &error);
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
  GtkWidget *dialog = mu_alert_dialog_new (_("The Library Cannot Be Opened"), error->message);
  MuStoreRecovery recovery = mu_store_error_recovery (error);

  /* Only what can work for this error is offered: a folder or a link
   * in the library's place is not moved aside. */
  mu_alert_dialog_add_response (dialog, "quit", _("_Quit"));
  if (recovery & MU_STORE_RECOVERY_RETRY)
    {
      /* Translators: after the disk the library is on was connected */
      mu_alert_dialog_add_response (dialog, "retry", _("_Try Again"));
      mu_alert_dialog_set_response_appearance (dialog, "retry", ADW_RESPONSE_SUGGESTED);
    }
  if (recovery & MU_STORE_RECOVERY_READ_ONLY)
    mu_alert_dialog_add_response (dialog, "read-only", _("Open _Read-Only"));
  if (recovery & MU_STORE_RECOVERY_MOVE_ASIDE)
    {
      mu_alert_dialog_add_response (dialog, "new", _("Keep It Aside, Start a _New Library"));
      mu_alert_dialog_set_response_appearance (dialog, "new", ADW_RESPONSE_SUGGESTED);
    }
  mu_alert_dialog_set_close_response (dialog, "quit");
  /* No window yet: the dialog is one of its own, and the application
   * waits for the answer. */
  g_application_hold (G_APPLICATION (self));
  g_signal_connect (dialog, "response", G_CALLBACK (on_library_response), self);
  mu_alert_dialog_present (dialog, NULL);
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

/* AdwAboutDialog (libadwaita 1.5) and AdwAboutWindow before it have the
 * same properties; only the type and the calls differ. */
static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       data)
{
  static const char *developers[] = { "The Musharaka developers", NULL };
  static const char *sources[] = { "Sh. A. Shovkhalov, Бизнес в законе 2’2014", NULL };
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (data));
  /* Translators: credit the article the rules and examples come from. */
  const char *sources_title = _("Domain source");
  GType type;
  GtkWidget *about;

#if ADW_CHECK_VERSION (1, 5, 0)
  MU_BEGIN_NEWER_API
  type = ADW_TYPE_ABOUT_DIALOG;
  MU_END_NEWER_API
#else
  type = ADW_TYPE_ABOUT_WINDOW;
#endif
  about = g_object_new (type,
                        "application-name", _("Musharaka"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Musharaka developers"),
                        "developers", developers,
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "comments", _("Model a partnership and a bank’s diminishing musharakah, exactly, and "
                                      "check it against the rules of the four schools of fiqh."),
                        "translator-credits", _("translator-credits"),
                        NULL);
#if ADW_CHECK_VERSION (1, 5, 0)
  MU_BEGIN_NEWER_API
  adw_about_dialog_add_acknowledgement_section (ADW_ABOUT_DIALOG (about), sources_title, sources);
  adw_dialog_present (ADW_DIALOG (about), GTK_WIDGET (parent));
  MU_END_NEWER_API
#else
  adw_about_window_add_acknowledgement_section (ADW_ABOUT_WINDOW (about), sources_title, sources);
  gtk_window_set_transient_for (GTK_WINDOW (about), parent);
  gtk_window_present (GTK_WINDOW (about));
#endif
}

/* The preferences are one page: in an AdwPreferencesDialog from
 * libadwaita 1.5, in an AdwPreferencesWindow before. */
static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (data));
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (mu_preferences_page_new ());

#if ADW_CHECK_VERSION (1, 5, 0)
  MU_BEGIN_NEWER_API
  AdwPreferencesDialog *dialog = ADW_PREFERENCES_DIALOG (adw_preferences_dialog_new ());

  adw_preferences_dialog_set_search_enabled (dialog, FALSE);
  adw_preferences_dialog_add (dialog, page);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (parent));
  MU_END_NEWER_API
#else
  AdwPreferencesWindow *window = ADW_PREFERENCES_WINDOW (adw_preferences_window_new ());

  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  adw_preferences_window_set_search_enabled (window, FALSE);
  adw_preferences_window_add (window, page);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_present (GTK_WINDOW (window));
#endif
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
