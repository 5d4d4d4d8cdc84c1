/* mu-window-receivables.h — the window's receivables: the sidebar's
 * switch to them, their list, the register beside it, their import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mu-debt-list.h"
#include "mu-receivables-view.h"
#include "mu-window.h"

G_BEGIN_DECLS

typedef struct _MuWindowReceivables MuWindowReceivables;

MuRegisterDocument *mu_window_get_register          (MuWindow    *self);
MuReceivablesView  *mu_window_get_receivables_view  (MuWindow    *self);
MuDebtList         *mu_window_get_debt_list         (MuWindow    *self);
gboolean            mu_window_get_receivables_shown (MuWindow    *self);
void                mu_window_show_receivables      (MuWindow    *self);
gboolean            mu_window_select_debt           (MuWindow    *self,
                                                     const char  *id);
gboolean            mu_window_import_receivables    (MuWindow    *self,
                                                     GFile       *file,
                                                     GError     **error);

/* For the window's own files. */
void                mu_window_receivables_class_init (GtkWidgetClass *widget_class);
void                mu_window_receivables_init      (MuWindow    *self);
void                mu_window_receivables_dispose   (MuWindow    *self);
void                mu_window_receivables_leave     (MuWindow    *self);
gboolean            mu_window_receivables_search    (MuWindow    *self);
gboolean            mu_window_receivables_history   (MuWindow    *self);
gboolean            mu_window_receivables_undo      (MuWindow    *self,
                                                     gboolean     redo);
gboolean            mu_window_receivables_drop      (MuWindow    *self,
                                                     GFile       *file);

G_END_DECLS
