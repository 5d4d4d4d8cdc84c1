/* mu-alert-dialog.c — a question over a window, with a few answers
 *
 * libadwaita 1.5 brought AdwAlertDialog, shown inside the window it asks
 * about, and deprecated AdwMessageDialog, a window of its own. The two
 * have the same calls under different names; these take either.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include "mu-alert-dialog.h"
#include "mu-compat.h"

#if ADW_CHECK_VERSION (1, 5, 0)
MU_BEGIN_NEWER_API

GtkWidget *
mu_alert_dialog_new (const char *heading,
                     const char *body)
{
  return GTK_WIDGET (adw_alert_dialog_new (heading, body));
}

void
mu_alert_dialog_add_response (GtkWidget  *dialog,
                              const char *id,
                              const char *label)
{
  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), id, label);
}

void
mu_alert_dialog_set_response_appearance (GtkWidget             *dialog,
                                         const char            *id,
                                         AdwResponseAppearance  appearance)
{
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), id, appearance);
}

void
mu_alert_dialog_set_default_response (GtkWidget  *dialog,
                                      const char *id)
{
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), id);
}

void
mu_alert_dialog_set_response_enabled (GtkWidget  *dialog,
                                      const char *id,
                                      gboolean    enabled)
{
  adw_alert_dialog_set_response_enabled (ADW_ALERT_DIALOG (dialog), id, enabled);
}

void
mu_alert_dialog_set_close_response (GtkWidget  *dialog,
                                    const char *id)
{
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), id);
}

void
mu_alert_dialog_set_extra_child (GtkWidget *dialog,
                                 GtkWidget *child)
{
  adw_alert_dialog_set_extra_child (ADW_ALERT_DIALOG (dialog), child);
}

/* Without @parent, the dialog is a window of its own. */
void
mu_alert_dialog_present (GtkWidget *dialog,
                         GtkWidget *parent)
{
  adw_dialog_present (ADW_DIALOG (dialog), parent);
}

MU_END_NEWER_API
#else
G_GNUC_BEGIN_IGNORE_DEPRECATIONS

GtkWidget *
mu_alert_dialog_new (const char *heading,
                     const char *body)
{
  return adw_message_dialog_new (NULL, heading, body);
}

void
mu_alert_dialog_add_response (GtkWidget  *dialog,
                              const char *id,
                              const char *label)
{
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), id, label);
}

void
mu_alert_dialog_set_response_appearance (GtkWidget             *dialog,
                                         const char            *id,
                                         AdwResponseAppearance  appearance)
{
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), id, appearance);
}

void
mu_alert_dialog_set_default_response (GtkWidget  *dialog,
                                      const char *id)
{
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), id);
}

void
mu_alert_dialog_set_response_enabled (GtkWidget  *dialog,
                                      const char *id,
                                      gboolean    enabled)
{
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), id, enabled);
}

void
mu_alert_dialog_set_close_response (GtkWidget  *dialog,
                                    const char *id)
{
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), id);
}

void
mu_alert_dialog_set_extra_child (GtkWidget *dialog,
                                 GtkWidget *child)
{
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), child);
}

/* Without @parent, the dialog is a window of the application's own, so
 * that its shortcuts (Ctrl+Q) work there. */
void
mu_alert_dialog_present (GtkWidget *dialog,
                         GtkWidget *parent)
{
  GApplication *application = g_application_get_default ();

  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (parent)));
  else if (GTK_IS_APPLICATION (application))
    gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (application));
  gtk_window_present (GTK_WINDOW (dialog));
}

G_GNUC_END_IGNORE_DEPRECATIONS
#endif
