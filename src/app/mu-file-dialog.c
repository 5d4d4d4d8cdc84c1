/* mu-file-dialog.c — choosing a file: the portal's dialog on every GTK
 *
 * GTK 4.10 brought GtkFileDialog; before it, GtkFileChooserNative is what
 * goes through the portal. Files come and go only this way, so the
 * Flatpak needs no access to the user's folders.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include "mu-compat.h"
#include "mu-file-dialog.h"

typedef struct
{
  MuFileChosen callback;
  gpointer     user_data;
} Chosen;

#if GTK_CHECK_VERSION (4, 10, 0)
MU_BEGIN_NEWER_API

static void
on_dialog_done (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  g_autofree Chosen *chosen = data;
  g_autoptr(GFile) file = NULL;
  gboolean saving = GPOINTER_TO_INT (g_object_get_data (source, "saving"));

  file = saving ? gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, NULL)
                : gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, NULL);
  if (file != NULL)
    chosen->callback (file, chosen->user_data);
}

static void
run_dialog (GtkWindow     *parent,
            const char    *title,
            GtkFileFilter *filter,
            const char    *suggested_name,
            Chosen        *chosen)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_modal (dialog, TRUE);
  if (filter != NULL)
    gtk_file_dialog_set_default_filter (dialog, filter);
  if (suggested_name != NULL)
    {
      gtk_file_dialog_set_initial_name (dialog, suggested_name);
      g_object_set_data (G_OBJECT (dialog), "saving", GINT_TO_POINTER (TRUE));
      gtk_file_dialog_save (dialog, parent, NULL, on_dialog_done, chosen);
    }
  else
    gtk_file_dialog_open (dialog, parent, NULL, on_dialog_done, chosen);
}

MU_END_NEWER_API
#else

static void
on_native_response (GtkNativeDialog *dialog,
                    int              response,
                    gpointer         data)
{
  g_autofree Chosen *chosen = data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        chosen->callback (file, chosen->user_data);
    }
  g_object_unref (dialog);
}

static void
run_dialog (GtkWindow     *parent,
            const char    *title,
            GtkFileFilter *filter,
            const char    *suggested_name,
            Chosen        *chosen)
{
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (title, parent,
                                        suggested_name != NULL ? GTK_FILE_CHOOSER_ACTION_SAVE
                                                               : GTK_FILE_CHOOSER_ACTION_OPEN,
                                        NULL, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  if (filter != NULL)
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), suggested_name);
  g_signal_connect (dialog, "response", G_CALLBACK (on_native_response), chosen);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

#endif

void
mu_file_dialog_open (GtkWindow    *parent,
                     const char   *title,
                     const char   *pattern_name,
                     const char   *pattern,
                     MuFileChosen  callback,
                     gpointer      user_data)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  Chosen *chosen = g_new (Chosen, 1);

  gtk_file_filter_set_name (filter, pattern_name);
  gtk_file_filter_add_pattern (filter, pattern);
  *chosen = (Chosen) { callback, user_data };
  run_dialog (parent, title, filter, NULL, chosen);
}

void
mu_file_dialog_save (GtkWindow    *parent,
                     const char   *title,
                     const char   *suggested_name,
                     MuFileChosen  callback,
                     gpointer      user_data)
{
  Chosen *chosen = g_new (Chosen, 1);

  *chosen = (Chosen) { callback, user_data };
  run_dialog (parent, title, NULL, suggested_name, chosen);
}
