/* mu-register-document.h — the register of receivables as the window
 * edits it: the debts and their debtors, what each is as of today, and
 * the history of what was done to them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mu-debt.h"
#include "mu-store.h"

G_BEGIN_DECLS

#define MU_TYPE_REGISTER_DOCUMENT (mu_register_document_get_type ())

G_DECLARE_FINAL_TYPE (MuRegisterDocument, mu_register_document, MU, REGISTER_DOCUMENT, GObject)

MuRegisterDocument *mu_register_document_new          (MuStore             *store);
MuStore            *mu_register_document_get_store    (MuRegisterDocument  *self);
gboolean            mu_register_document_load         (MuRegisterDocument  *self,
                                                       GError             **error);
gboolean            mu_register_document_get_editable (MuRegisterDocument  *self);

void                mu_register_document_set_today    (MuRegisterDocument  *self,
                                                       const GDate         *today);
const GDate        *mu_register_document_get_today    (MuRegisterDocument  *self);

guint               mu_register_document_get_n_debts  (MuRegisterDocument  *self);
const MuDebt       *mu_register_document_get_debt     (MuRegisterDocument  *self,
                                                       guint                position);
const MuDebtState  *mu_register_document_get_state    (MuRegisterDocument  *self,
                                                       guint                position);
const MuDebtor     *mu_register_document_get_debtor   (MuRegisterDocument  *self,
                                                       guint                position);
int                 mu_register_document_find         (MuRegisterDocument  *self,
                                                       const char          *id);
GPtrArray          *mu_register_document_check        (MuRegisterDocument  *self,
                                                       guint                position);
const char         *mu_register_document_get_main_currency (MuRegisterDocument *self);

/* Each an undoable step, written to the library in one transaction. */
gboolean            mu_register_document_add_payment  (MuRegisterDocument  *self,
                                                       const char          *id,
                                                       const GDate         *date,
                                                       MuMoney              amount,
                                                       MuPaymentKind        kind,
                                                       const char          *note,
                                                       GError             **error);
gboolean            mu_register_document_add_contact  (MuRegisterDocument  *self,
                                                       const char          *id,
                                                       const MuDebtContact *contact,
                                                       GError             **error);
gboolean            mu_register_document_record_claim (MuRegisterDocument  *self,
                                                       const char          *id,
                                                       const MuDebtClaim   *claim,
                                                       GError             **error);
gboolean            mu_register_document_arrange      (MuRegisterDocument  *self,
                                                       const char          *id,
                                                       const MuDebtArrangement *arrangement,
                                                       GError             **error);
gboolean            mu_register_document_write_off    (MuRegisterDocument  *self,
                                                       const char          *id,
                                                       MuWriteOffKind       kind,
                                                       const GDate         *date,
                                                       GError             **error);
gboolean            mu_register_document_waive_interest (MuRegisterDocument *self,
                                                         const char         *id,
                                                         GError            **error);
gboolean            mu_register_document_set_hardship (MuRegisterDocument  *self,
                                                       const char          *debtor_id,
                                                       gboolean             hardship,
                                                       GError             **error);
gboolean            mu_register_document_import       (MuRegisterDocument  *self,
                                                       GPtrArray           *debtors,
                                                       GPtrArray           *debts,
                                                       GError             **error);
gboolean            mu_register_document_import_csv   (MuRegisterDocument  *self,
                                                       const char          *data,
                                                       gsize                length,
                                                       guint               *n_debts,
                                                       GError             **error);

gboolean            mu_register_document_can_undo     (MuRegisterDocument  *self);
gboolean            mu_register_document_can_redo     (MuRegisterDocument  *self);
const char         *mu_register_document_undo         (MuRegisterDocument  *self,
                                                       GError             **error);
const char         *mu_register_document_redo         (MuRegisterDocument  *self,
                                                       GError             **error);

gboolean            mu_register_outstanding_total     (MuStore             *store,
                                                       const char          *currency,
                                                       const GDate         *as_of,
                                                       MuMoney             *total,
                                                       guint               *n_debts,
                                                       GError             **error);

G_END_DECLS
