/* mu-register-edit.c — the changes the owner makes to the register:
 * payments, contacts, the claim, an arrangement, a write-off, a waiver,
 * a debtor's hardship, an import; and the total a balance sheet takes
 *
 * Each goes to the library in one transaction and is a step of the
 * document's history (mu-register-document.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include "mu-core-error.h"
#include "mu-debt-csv.h"
#include "mu-register-document-private.h"
#include "mu-store-debts.h"

/* The debt @id as the register holds it, or NULL with @error set. */
static const MuDebt *
lookup (MuRegisterDocument  *self,
        const char          *id,
        GError             **error)
{
  int position = mu_register_document_find (self, id);

  if (position < 0)
    {
      g_set_error (error, MU_CORE_ERROR, MU_CORE_ERROR_INVALID, "no debt “%s” in the register", id);
      return NULL;
    }
  return g_ptr_array_index (self->debts, position);
}

gboolean
mu_register_document_add_payment (MuRegisterDocument  *self,
                                  const char          *id,
                                  const GDate         *date,
                                  MuMoney              amount,
                                  MuPaymentKind        kind,
                                  const char          *note,
                                  GError             **error)
{
  const MuDebt *debt;

  g_return_val_if_fail (MU_IS_REGISTER_DOCUMENT (self), FALSE);

  return (debt = lookup (self, id, error)) != NULL &&
         mu_store_add_debt_payment (self->store, id, date, amount, kind, note, error) &&
         mu_register_document_changed_debt (self, debt, error);
}

gboolean
mu_register_document_add_contact (MuRegisterDocument   *self,
                                  const char           *id,
                                  const MuDebtContact  *contact,
                                  GError              **error)
{
  const MuDebt *debt;

  g_return_val_if_fail (MU_IS_REGISTER_DOCUMENT (self), FALSE);

  return (debt = lookup (self, id, error)) != NULL && mu_store_add_debt_contact (self->store, id, contact, error) &&
         mu_register_document_changed_debt (self, debt, error);
}

gboolean
mu_register_document_record_claim (MuRegisterDocument  *self,
                                   const char          *id,
                                   const MuDebtClaim   *claim,
                                   GError             **error)
{
  const MuDebt *debt;

  g_return_val_if_fail (MU_IS_REGISTER_DOCUMENT (self), FALSE);

  return (debt = lookup (self, id, error)) != NULL && mu_store_record_debt_claim (self->store, id, claim, error) &&
         mu_register_document_changed_debt (self, debt, error);
}

gboolean
mu_register_document_arrange (MuRegisterDocument       *self,
                              const char               *id,
                              const MuDebtArrangement  *arrangement,
                              GError                  **error)
{
  const MuDebt *debt;

  g_return_val_if_fail (MU_IS_REGISTER_DOCUMENT (self), FALSE);

  return (debt = lookup (self, id, error)) != NULL &&
         mu_store_set_debt_arrangement (self->store, id, arrangement, error) && mu_register_document_changed_debt (self, debt, error);
}

gboolean
mu_register_document_write_off (MuRegisterDocument  *self,
                                const char          *id,
                                MuWriteOffKind       kind,
                                const GDate         *date,
                                GError             **error)
{
  const MuDebt *debt;

  g_return_val_if_fail (MU_IS_REGISTER_DOCUMENT (self), FALSE);

  return (debt = lookup (self, id, error)) != NULL && mu_store_write_off_debt (self->store, id, kind, date, error) &&
         mu_register_document_changed_debt (self, debt, error);
}

/* The creditor gives up the contract's interest or penalty for delay:
 * the debt is what was owed, and the late-interest finding goes. */
gboolean
mu_register_document_waive_interest (MuRegisterDocument  *self,
                                     const char          *id,
                                     GError             **error)
{
  const MuDebt *debt;
  g_autoptr(MuDebt) waived = NULL;

  g_return_val_if_fail (MU_IS_REGISTER_DOCUMENT (self), FALSE);

  if ((debt = lookup (self, id, error)) == NULL)
    return FALSE;
  waived = mu_debt_copy (debt);
  waived->late_interest = FALSE;
  return mu_store_save_debt (self->store, waived, error) && mu_register_document_changed_debt (self, debt, error);
}

/* The debtor wants to pay and cannot: the hardship-grace finding asks
 * for time or forgiveness on each of its debts. */
gboolean
mu_register_document_set_hardship (MuRegisterDocument  *self,
                                   const char          *debtor_id,
                                   gboolean             hardship,
                                   GError             **error)
{
  MuDebtor *debtor;
  g_autoptr(MuDebtor) changed = NULL;
  Step *step;

  g_return_val_if_fail (MU_IS_REGISTER_DOCUMENT (self), FALSE);

  if ((debtor = g_hash_table_lookup (self->debtors, debtor_id)) == NULL)
    {
      g_set_error (error, MU_CORE_ERROR, MU_CORE_ERROR_INVALID, "no debtor “%s” in the register", debtor_id);
      return FALSE;
    }
  if (debtor->hardship == !!hardship)
    return TRUE;
  changed = mu_debtor_copy (debtor);
  changed->hardship = !!hardship;
  step = g_new0 (Step, 1);
  step->kind = STEP_DEBTOR;
  step->debtor_before = mu_debtor_copy (debtor);
  step->debtor_after = mu_debtor_copy (changed);
  if (!mu_register_document_put_debtor (self, changed, error))
    {
      mu_register_step_free (step);
      return FALSE;
    }
  mu_register_document_push_step (self, step);
  return TRUE;
}

/* Stores @debtors and @debts all together or none of them (a debtor
 * already in the library stays as it is there), and reads the register
 * again. One step: undone, the debts go to the trash. */
gboolean
mu_register_document_import (MuRegisterDocument  *self,
                             GPtrArray           *debtors,
                             GPtrArray           *debts,
                             GError             **error)
{
  Step *step;

  g_return_val_if_fail (MU_IS_REGISTER_DOCUMENT (self), FALSE);
  g_return_val_if_fail (debtors != NULL && debts != NULL, FALSE);

  if (!mu_store_import_debts (self->store, debtors, debts, error))
    return FALSE;
  step = g_new0 (Step, 1);
  step->kind = STEP_IMPORT;
  step->ids = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < debts->len; i++)
    g_ptr_array_add (step->ids, g_strdup (((MuDebt *) g_ptr_array_index (debts, i))->id));
  mu_register_document_push_step (self, step);
  return mu_register_document_load (self, error);
}

typedef struct
{
  const char  *currency;
  const GDate *as_of;
  MuMoney      total;
  guint        n;
} Total;

static gboolean
add_to_total (const MuDebt  *debt,
              gpointer       data,
              GError       **error)
{
  Total *total = data;
  MuDebtState state;

  if (g_ascii_strcasecmp (debt->currency, total->currency) != 0)
    return TRUE;
  if (!mu_debt_state (debt, total->as_of, &state, error) || !mu_money_add (total->total, state.outstanding,
                                                                          &total->total, error))
    return FALSE;
  total->n += state.outstanding > 0;
  return TRUE;
}

/* What the library's debts in @currency have outstanding as of @as_of,
 * in its minor units, and how many there are: the receivables a
 * scenario's balance sheet starting that day takes. The debts are read
 * one at a time, each with only what its state that day needs. */
gboolean
mu_register_outstanding_total (MuStore      *store,
                               const char   *currency,
                               const GDate  *as_of,
                               MuMoney      *total,
                               guint        *n_debts,
                               GError      **error)
{
  Total sum = { currency, as_of, 0, 0 };

  g_return_val_if_fail (store != NULL && currency != NULL && as_of != NULL && total != NULL, FALSE);

  if (!mu_store_foreach_debt_as_of (store, as_of, add_to_total, &sum, error))
    return FALSE;
  *total = sum.total;
  if (n_debts != NULL)
    *n_debts = sum.n;
  return TRUE;
}

/* The debts of a CSV file, @data, as mu_debt_csv_read() reads them, all
 * stored or, with the error naming the line and column, none. */
gboolean
mu_register_document_import_csv (MuRegisterDocument  *self,
                                 const char          *data,
                                 gsize                length,
                                 guint               *n_debts,
                                 GError             **error)
{
  g_autoptr(MuDebtImport) import = NULL;
  g_autofree char *prefix = NULL;

  g_return_val_if_fail (MU_IS_REGISTER_DOCUMENT (self), FALSE);

  /* Ids no other import of the library took. */
  if ((prefix = mu_store_new_import_prefix (self->store, error)) == NULL ||
      (import = mu_debt_csv_read (data, length, prefix, error)) == NULL ||
      !mu_register_document_import (self, import->debtors, import->debts, error))
    return FALSE;
  if (n_debts != NULL)
    *n_debts = import->debts->len;
  return TRUE;
}
