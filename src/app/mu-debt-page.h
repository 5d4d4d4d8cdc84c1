/* mu-debt-page.h — one debt: what it is today, what to do about it, and
 * what was done
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mu-register-document.h"

G_BEGIN_DECLS

#define MU_TYPE_DEBT_PAGE (mu_debt_page_get_type ())

G_DECLARE_FINAL_TYPE (MuDebtPage, mu_debt_page, MU, DEBT_PAGE, GtkWidget)

MuDebtPage         *mu_debt_page_new          (MuRegisterDocument *document);
MuRegisterDocument *mu_debt_page_get_document (MuDebtPage         *self);
void                mu_debt_page_set_debt     (MuDebtPage         *self,
                                               const char         *id);
const char         *mu_debt_page_get_debt     (MuDebtPage         *self);
int                 mu_debt_page_get_position (MuDebtPage         *self);
GtkWidget          *mu_debt_page_find         (MuDebtPage         *self,
                                               const char         *field);
GPtrArray          *mu_debt_page_dup_findings (MuDebtPage         *self);
char               *mu_debt_page_dup_history  (MuDebtPage         *self);
void                mu_debt_page_say          (MuDebtPage         *self,
                                               const char         *message);

G_END_DECLS
