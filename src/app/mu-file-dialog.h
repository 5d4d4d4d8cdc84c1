/* mu-file-dialog.h — choosing a file: the portal's dialog on every GTK
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*MuFileChosen) (GFile    *file,
                              gpointer  user_data);

void mu_file_dialog_open (GtkWindow    *parent,
                          const char   *title,
                          const char   *pattern_name,
                          const char   *pattern,
                          MuFileChosen  callback,
                          gpointer      user_data);
void mu_file_dialog_save (GtkWindow    *parent,
                          const char   *title,
                          const char   *suggested_name,
                          MuFileChosen  callback,
                          gpointer      user_data);

G_END_DECLS
