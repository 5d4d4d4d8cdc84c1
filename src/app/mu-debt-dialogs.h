/* mu-debt-dialogs.h — the small dialogs of a debt's actions: a payment,
 * a contact, an arrangement, a write-off
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mu-debt-page.h"

G_BEGIN_DECLS

void        mu_debt_dialogs_install   (GtkWidgetClass *widget_class);

void        mu_debt_dialog_pay        (MuDebtPage     *page);
void        mu_debt_dialog_contact    (MuDebtPage     *page);
void        mu_debt_dialog_arrange    (MuDebtPage     *page,
                                       MuArrangementKind kind);
void        mu_debt_dialog_write_off  (MuDebtPage     *page,
                                       MuWriteOffKind  kind);

G_END_DECLS
