/* mu-store-debts.h — the register of receivables in the library: debtors,
 * their debts and each debt's history
 *
 * DESIGN.md, "Receivables and pre-trial collection". Every write is one
 * transaction, refused on a library open read-only and for a debt that
 * mu_debt_validate() refuses; the error names the debt and the field.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mu-debt.h"
#include "mu-store.h"

G_BEGIN_DECLS

/* Of MuDebtor, by name. */
GPtrArray *mu_store_list_debtors       (MuStore                 *store,
                                        GError                 **error);
MuDebtor  *mu_store_get_debtor         (MuStore                 *store,
                                        const char              *id,
                                        GError                 **error);
gboolean   mu_store_save_debtor        (MuStore                 *store,
                                        const MuDebtor          *debtor,
                                        GError                 **error);

/* Of MuDebt, each with its history, by due date; not those in the trash. */
GPtrArray *mu_store_list_debts         (MuStore                 *store,
                                        GError                 **error);
MuDebt    *mu_store_get_debt           (MuStore                 *store,
                                        const char              *id,
                                        GError                 **error);
guint      mu_store_count_debts        (MuStore                 *store,
                                        GError                 **error);

typedef gboolean (*MuStoreDebtFunc) (const MuDebt  *debt,
                                     gpointer       data,
                                     GError       **error);

/* Each debt not in the trash, with its history, lent to @func for the
 * call only, in the order the debts were added: one debt in memory at a
 * time. FALSE from @func, with an error, stops it. */
gboolean   mu_store_foreach_debt       (MuStore                 *store,
                                        MuStoreDebtFunc          func,
                                        gpointer                 data,
                                        GError                 **error);
/* The same, for what the debts are as of @as_of — the register's list,
 * totals and buckets — with less of each debt's history read: the debt
 * lent to @func is whole but for its payments and contacts, and
 * mu_debt_state() as of @as_of gives of it exactly what it gives of the
 * debt mu_store_get_debt() reads. Its payments are at most three, cash,
 * without notes: the sum of those on or before the day an arrangement in
 * force by @as_of was agreed (without one, on or before @as_of), of those
 * after it up to @as_of, and of those after @as_of, each dated the last of
 * its payments. Its contacts are at most one, without who or a note: the
 * last on or before @as_of. For nothing but what is derived as of @as_of:
 * its instalments, findings or validation are not those of the debt. */
gboolean   mu_store_foreach_debt_as_of (MuStore                 *store,
                                        const GDate             *as_of,
                                        MuStoreDebtFunc          func,
                                        gpointer                 data,
                                        GError                 **error);

/* All or nothing: every debtor and debt is stored, or none. A debtor
 * whose id is already in the library is the one there, kept as it is, and
 * so is one with the same tax number, or the same name where neither has
 * a tax number: its debts go to the debtor there. A debt whose id is
 * already there is refused. */
gboolean   mu_store_import_debts       (MuStore                 *store,
                                        GPtrArray               *debtors,
                                        GPtrArray               *debts,
                                        GError                 **error);
/* A prefix of ids for mu_debt_csv_read() that no import used: "i1", "i2"… */
char      *mu_store_new_import_prefix  (MuStore                 *store,
                                        GError                 **error);
/* A new debt, or the one with @debt's id replaced whole, history and all. */
gboolean   mu_store_save_debt          (MuStore                 *store,
                                        const MuDebt            *debt,
                                        GError                 **error);

/* One change to the stored debt @id, each its own transaction. */
gboolean   mu_store_add_debt_payment   (MuStore                 *store,
                                        const char              *id,
                                        const GDate             *date,
                                        MuMoney                  amount,
                                        MuPaymentKind            kind,
                                        const char              *note,
                                        GError                 **error);
gboolean   mu_store_add_debt_contact   (MuStore                 *store,
                                        const char              *id,
                                        const MuDebtContact     *contact,
                                        GError                 **error);
gboolean   mu_store_record_debt_claim  (MuStore                 *store,
                                        const char              *id,
                                        const MuDebtClaim       *claim,
                                        GError                 **error);
/* MU_ARRANGEMENT_NONE takes the arrangement away. */
gboolean   mu_store_set_debt_arrangement (MuStore               *store,
                                          const char            *id,
                                          const MuDebtArrangement *arrangement,
                                          GError               **error);
/* MU_WRITE_OFF_NONE takes the write-off back. */
gboolean   mu_store_write_off_debt     (MuStore                 *store,
                                        const char              *id,
                                        MuWriteOffKind           kind,
                                        const GDate             *date,
                                        GError                 **error);

/* To the trash, from which mu_store_undelete_debt() brings the debt back
 * until this connection closes the library, as with scenarios. */
gboolean   mu_store_delete_debt        (MuStore                 *store,
                                        const char              *id,
                                        GError                 **error);
gboolean   mu_store_undelete_debt      (MuStore                 *store,
                                        const char              *id,
                                        GError                 **error);
/* Of MuDebt: what this connection deleted, the latest first. */
GPtrArray *mu_store_list_deleted_debts (MuStore                 *store,
                                        GError                 **error);

G_END_DECLS
