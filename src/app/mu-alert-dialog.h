/* mu-alert-dialog.h — a question over a window, with a few answers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The dialog's "response" signal is that of AdwAlertDialog and of
 * AdwMessageDialog: (GtkWidget *dialog, const char *response, gpointer). */
GtkWidget *mu_alert_dialog_new                     (const char            *heading,
                                                    const char            *body);
void       mu_alert_dialog_add_response            (GtkWidget             *dialog,
                                                    const char            *id,
                                                    const char            *label);
void       mu_alert_dialog_set_response_appearance (GtkWidget             *dialog,
                                                    const char            *id,
                                                    AdwResponseAppearance  appearance);
void       mu_alert_dialog_set_default_response    (GtkWidget             *dialog,
                                                    const char            *id);
void       mu_alert_dialog_set_close_response      (GtkWidget             *dialog,
                                                    const char            *id);
void       mu_alert_dialog_set_response_enabled    (GtkWidget             *dialog,
                                                    const char            *id,
                                                    gboolean               enabled);
void       mu_alert_dialog_set_extra_child         (GtkWidget             *dialog,
                                                    GtkWidget             *child);
void       mu_alert_dialog_present                 (GtkWidget             *dialog,
                                                    GtkWidget             *parent);

G_END_DECLS
