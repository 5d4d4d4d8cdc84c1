/* mu-debt-list.h — the debts of the register as the sidebar lists them:
 * searched, the latest first, a row each made only when shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mu-register-document.h"

G_BEGIN_DECLS

#define MU_TYPE_DEBT_ITEM (mu_debt_item_get_type ())

G_DECLARE_FINAL_TYPE (MuDebtItem, mu_debt_item, MU, DEBT_ITEM, GObject)

guint                mu_debt_item_get_position (MuDebtItem         *self);

#define MU_TYPE_DEBT_LIST (mu_debt_list_get_type ())

G_DECLARE_FINAL_TYPE (MuDebtList, mu_debt_list, MU, DEBT_LIST, GObject)

MuDebtList          *mu_debt_list_new          (MuRegisterDocument *document);
MuRegisterDocument  *mu_debt_list_get_document (MuDebtList         *self);
void                 mu_debt_list_set_search   (MuDebtList         *self,
                                                const char         *text);
int                  mu_debt_list_find         (MuDebtList         *self,
                                                const char         *id);
const char          *mu_debt_list_get_id       (MuDebtList         *self,
                                                guint               index);

GtkListItemFactory  *mu_debt_list_factory_new  (MuRegisterDocument *document);

G_END_DECLS
