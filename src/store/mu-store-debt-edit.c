/* mu-store-debt-edit.c — changing the register: import, save, record a
 * payment, a contact, a claim, an arrangement or a write-off, delete and
 * restore
 *
 * Every write is one transaction and validates the debt first, as the
 * scenarios are validated: the library holds a debt as it was or as it
 * became, never a mix, and never one mu_debt_validate() refuses.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mu-store-private.h"

static const char sql_trash_debt[] =
  "UPDATE debts SET trashed = ?2, modified = ?3 WHERE key = ?1 AND trashed = ?4";
static const char sql_purge_debt[] = "DELETE FROM debts WHERE key = ?1 AND trashed = 1";
static const char sql_any_old_debt[] =
  "SELECT 1 FROM debts WHERE trashed = 1 AND modified < strftime ('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 day') LIMIT 1";
static const char sql_delete_old_debts[] =
  "DELETE FROM debts WHERE trashed = 1 AND modified < strftime ('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 day')";

static void
set_taken (MuStore     *store,
           const char  *id,
           gboolean     trashed,
           GError     **error)
{
  if (trashed)
    /* Translators: the debt's id, then the library's file. */
    g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_INVALID,
                 _("A debt “%s” is in the trash of the library “%s”: restore it, or give this one another id. "
                   "Nothing was saved."), id, store->path);
  else
    /* Translators: the debt's id, then the library's file. */
    g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_INVALID,
                 _("A debt “%s” is already in the library “%s”; give this one another id. Nothing was saved."),
                 id, store->path);
}

/* Everything is checked before anything is written: a refusal names the
 * first debtor or debt at fault. */
static gboolean
check_import (GPtrArray  *debtors,
              GPtrArray  *debts,
              GError    **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < debtors->len; i++)
    if (!mu_store_validate_debtor (g_ptr_array_index (debtors, i), error))
      return FALSE;
  for (guint i = 0; i < debts->len; i++)
    {
      const MuDebt *debt = g_ptr_array_index (debts, i);

      if (!mu_store_validate_debt (debt, error))
        return FALSE;
      if (!g_hash_table_add (ids, debt->id))
        {
          /* Translators: the debt's id. */
          g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_INVALID,
                       _("Two debts to import have the same id, “%s”; give each its own. Nothing was saved."),
                       debt->id);
          return FALSE;
        }
    }
  return TRUE;
}

/* The debtors' rows, by id: those already there, by their id or their
 * tax number or name, are kept as they are. */
static GHashTable *
import_debtors (MuStore    *store,
                GPtrArray  *debtors,
                GError    **error)
{
  g_autoptr(GHashTable) rows = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint i = 0; i < debtors->len; i++)
    {
      const MuDebtor *debtor = g_ptr_array_index (debtors, i);
      gint64 row = mu_store_find_debtor (store, debtor->id, NULL, error);

      if (row == 0)
        row = mu_store_find_same_debtor (store, debtor, error);
      if (row < 0)
        return NULL;
      if (row == 0)
        {
          if (!mu_store_write_debtor (store, FALSE, debtor, error))
            return NULL;
          row = sqlite3_last_insert_rowid (store->db);
        }
      g_hash_table_insert (rows, debtor->id, g_memdup2 (&row, sizeof row));
    }
  return g_steal_pointer (&rows);
}

static gboolean
import_debt (MuStore       *store,
             GHashTable    *debtor_rows,
             const MuDebt  *debt,
             GError       **error)
{
  const gint64 *known = g_hash_table_lookup (debtor_rows, debt->debtor_id);
  gint64 debtor_row = known != NULL ? *known : mu_store_find_debtor (store, debt->debtor_id, debt->id, error);
  gboolean trashed = FALSE;
  gint64 row;

  if (debtor_row <= 0 || (row = mu_store_find_debt (store, debt->id, &trashed, error)) < 0)
    return FALSE;
  if (row > 0)
    {
      set_taken (store, debt->id, trashed, error);
      return FALSE;
    }
  return mu_store_write_debt (store, &row, debtor_row, debt, error);
}

gboolean
mu_store_import_debts (MuStore    *store,
                       GPtrArray  *debtors,
                       GPtrArray  *debts,
                       GError    **error)
{
  g_autoptr(GHashTable) debtor_rows = NULL;

  g_return_val_if_fail (store != NULL && debtors != NULL && debts != NULL, FALSE);

  if (!check_import (debtors, debts, error) || !mu_store_begin (store, error))
    goto refused;
  if ((debtor_rows = import_debtors (store, debtors, error)) == NULL)
    goto fail;
  for (guint i = 0; i < debts->len; i++)
    if (!import_debt (store, debtor_rows, g_ptr_array_index (debts, i), error))
      goto fail;
  if (mu_store_commit (store, error))
    return TRUE;

fail:
  mu_store_rollback (store);
refused:
  g_prefix_error (error, _("Nothing of the import was stored: "));
  return FALSE;
}

/* Within the caller's transaction. */
static gboolean
save_debt (MuStore       *store,
           gint64         row,
           const MuDebt  *debt,
           GError       **error)
{
  gint64 debtor_row = mu_store_find_debtor (store, debt->debtor_id, debt->id, error);

  return debtor_row > 0 && mu_store_write_debt (store, &row, debtor_row, debt, error);
}

gboolean
mu_store_save_debt (MuStore       *store,
                    const MuDebt  *debt,
                    GError       **error)
{
  gboolean trashed = FALSE;
  gint64 row;

  g_return_val_if_fail (store != NULL && debt != NULL, FALSE);

  if (!mu_store_validate_debt (debt, error) || !mu_store_begin (store, error))
    return FALSE;
  if ((row = mu_store_find_debt (store, debt->id, &trashed, error)) < 0)
    goto fail;
  if (trashed)
    {
      set_taken (store, debt->id, TRUE, error);
      goto fail;
    }
  if (save_debt (store, row, debt, error) && mu_store_commit (store, error))
    return TRUE;

fail:
  mu_store_rollback (store);
  return FALSE;
}

typedef gboolean (*DebtChange) (MuDebt         *debt,
                                gconstpointer   data,
                                GError        **error);

/* Reads the debt @id, changes it, validates and writes it back, in one
 * transaction: nothing another program saved in between is lost. */
static gboolean
change_debt (MuStore        *store,
             const char     *id,
             DebtChange      change,
             gconstpointer   data,
             GError        **error)
{
  g_autoptr(MuDebt) debt = NULL;
  g_autoptr(GError) refused = NULL;
  gint64 row = 0;

  if (!mu_store_begin (store, error))
    return FALSE;
  if ((debt = mu_store_read_debt (store, id, FALSE, &row, error)) == NULL)
    goto fail;
  if (!change (debt, data, &refused))
    {
      /* Translators: the debt's id, then what is wrong with the change. */
      g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_INVALID, _("The debt “%s” was not changed: %s"),
                   id, refused->message);
      goto fail;
    }
  if (mu_store_validate_debt (debt, error) && save_debt (store, row, debt, error) && mu_store_commit (store, error))
    return TRUE;

fail:
  mu_store_rollback (store);
  return FALSE;
}

typedef struct
{
  const GDate   *date;
  MuMoney        amount;
  MuPaymentKind  kind;
  const char    *note;
} Payment;

static gboolean
add_payment (MuDebt         *debt,
             gconstpointer   data,
             GError        **error)
{
  const Payment *p = data;

  return mu_debt_add_payment (debt, p->date, p->amount, p->kind, p->note, error);
}

gboolean
mu_store_add_debt_payment (MuStore        *store,
                           const char     *id,
                           const GDate    *date,
                           MuMoney         amount,
                           MuPaymentKind   kind,
                           const char     *note,
                           GError        **error)
{
  Payment payment = { date, amount, kind, note };

  g_return_val_if_fail (store != NULL && id != NULL && date != NULL, FALSE);
  return change_debt (store, id, add_payment, &payment, error);
}

/* After the contacts of the same day or before: they stay in date order. */
static gboolean
add_contact (MuDebt         *debt,
             gconstpointer   data,
             GError        **error G_GNUC_UNUSED)
{
  MuDebtContact contact = *(const MuDebtContact *) data;
  guint at = debt->contacts->len;

  while (at > 0 && g_date_valid (&contact.date) &&
         g_date_compare (&g_array_index (debt->contacts, MuDebtContact, at - 1).date, &contact.date) > 0)
    at--;
  contact.with = g_strdup (contact.with);
  contact.note = g_strdup (contact.note);
  g_array_insert_val (debt->contacts, at, contact);
  return TRUE;
}

gboolean
mu_store_add_debt_contact (MuStore              *store,
                           const char           *id,
                           const MuDebtContact  *contact,
                           GError              **error)
{
  g_return_val_if_fail (store != NULL && id != NULL && contact != NULL, FALSE);
  return change_debt (store, id, add_contact, contact, error);
}

static gboolean
set_claim (MuDebt         *debt,
           gconstpointer   data,
           GError        **error G_GNUC_UNUSED)
{
  debt->claim = *(const MuDebtClaim *) data;
  return TRUE;
}

gboolean
mu_store_record_debt_claim (MuStore            *store,
                            const char         *id,
                            const MuDebtClaim  *claim,
                            GError            **error)
{
  g_return_val_if_fail (store != NULL && id != NULL && claim != NULL, FALSE);
  return change_debt (store, id, set_claim, claim, error);
}

static gboolean
set_arrangement (MuDebt         *debt,
                 gconstpointer   data,
                 GError        **error G_GNUC_UNUSED)
{
  debt->arrangement = *(const MuDebtArrangement *) data;
  return TRUE;
}

gboolean
mu_store_set_debt_arrangement (MuStore                  *store,
                               const char               *id,
                               const MuDebtArrangement  *arrangement,
                               GError                  **error)
{
  g_return_val_if_fail (store != NULL && id != NULL && arrangement != NULL, FALSE);
  return change_debt (store, id, set_arrangement, arrangement, error);
}

typedef struct
{
  MuWriteOffKind  kind;
  const GDate    *date;
} WriteOff;

static gboolean
set_write_off (MuDebt         *debt,
               gconstpointer   data,
               GError        **error G_GNUC_UNUSED)
{
  const WriteOff *w = data;

  debt->write_off = w->kind;
  g_date_clear (&debt->written_off, 1);
  if (w->kind != MU_WRITE_OFF_NONE && w->date != NULL)
    debt->written_off = *w->date;
  return TRUE;
}

gboolean
mu_store_write_off_debt (MuStore         *store,
                         const char      *id,
                         MuWriteOffKind   kind,
                         const GDate     *date,
                         GError         **error)
{
  WriteOff write_off = { kind, date };

  g_return_val_if_fail (store != NULL && id != NULL, FALSE);
  return change_debt (store, id, set_write_off, &write_off, error);
}

static gboolean
set_trashed (MuStore     *store,
             const char  *id,
             gboolean     trashed,
             GError     **error)
{
  sqlite3_stmt *statement = mu_store_statement (store, sql_trash_debt, error);
  g_autofree char *now = mu_store_now ();
  guint index;

  if (statement == NULL || !mu_store_begin (store, error))
    return FALSE;
  sqlite3_bind_text (statement, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_int (statement, 2, trashed ? 1 : 0);
  sqlite3_bind_text (statement, 3, now, -1, SQLITE_STATIC);
  sqlite3_bind_int (statement, 4, trashed ? 0 : 1);
  if (!mu_store_step_done (store, statement, error))
    goto fail;
  if (sqlite3_changes (store->db) == 0)
    {
      if (trashed)
        /* Translators: the debt's id, then the library's file. */
        g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_NOT_FOUND,
                     _("There is no debt “%s” in the library “%s”."), id, store->path);
      else
        /* Translators: the debt's id, then the library's file. */
        g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_NOT_FOUND,
                     _("There is no debt “%s” in the trash of the library “%s”."), id, store->path);
      goto fail;
    }
  if (!mu_store_commit (store, error))
    goto fail;

  /* Only what this connection deleted is purged when it closes. */
  if (g_ptr_array_find_with_equal_func (store->trashed_debts, id, g_str_equal, &index))
    g_ptr_array_remove_index (store->trashed_debts, index);
  if (trashed)
    g_ptr_array_add (store->trashed_debts, g_strdup (id));
  return TRUE;

fail:
  mu_store_rollback (store);
  return FALSE;
}

gboolean
mu_store_delete_debt (MuStore     *store,
                      const char  *id,
                      GError     **error)
{
  g_return_val_if_fail (store != NULL && id != NULL, FALSE);
  return set_trashed (store, id, TRUE, error);
}

gboolean
mu_store_undelete_debt (MuStore     *store,
                        const char  *id,
                        GError     **error)
{
  g_return_val_if_fail (store != NULL && id != NULL, FALSE);
  return set_trashed (store, id, FALSE, error);
}

/* What mu_store_undelete_debt() can bring back, the latest deleted first;
 * what another connection restored meanwhile is not there. */
GPtrArray *
mu_store_list_deleted_debts (MuStore  *store,
                             GError  **error)
{
  g_autoptr(GPtrArray) debts = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_debt_free);

  g_return_val_if_fail (store != NULL, NULL);

  if (!mu_store_exec (store, "BEGIN", error))
    return NULL;
  for (guint i = store->trashed_debts->len; i-- > 0;)
    {
      g_autoptr(GError) local_error = NULL;
      MuDebt *debt = mu_store_read_debt (store, g_ptr_array_index (store->trashed_debts, i), TRUE, NULL,
                                         &local_error);

      if (debt != NULL)
        g_ptr_array_add (debts, debt);
      else if (!g_error_matches (local_error, MU_STORE_ERROR, MU_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          mu_store_exec (store, "COMMIT", NULL);
          return NULL;
        }
    }
  mu_store_exec (store, "COMMIT", NULL);
  return g_steal_pointer (&debts);
}

/* When the library closes: in one transaction, what this connection deleted. */
void
mu_store_purge_trashed_debts (MuStore *store)
{
  if (!mu_store_begin (store, NULL))
    return;
  for (guint i = 0; i < store->trashed_debts->len; i++)
    {
      sqlite3_stmt *statement = mu_store_statement (store, sql_purge_debt, NULL);

      if (statement == NULL)
        break;
      sqlite3_bind_text (statement, 1, g_ptr_array_index (store->trashed_debts, i), -1, SQLITE_STATIC);
      if (!mu_store_step_done (store, statement, NULL))
        break;
    }
  if (!mu_store_commit (store, NULL))
    mu_store_rollback (store);
}

/* What a crash left in the trash goes a day later; only when there is
 * something to take is anything written. */
gboolean
mu_store_empty_old_debts (MuStore  *store,
                          GError  **error)
{
  sqlite3_stmt *statement = mu_store_statement (store, sql_any_old_debt, error);
  int rc;

  if (statement == NULL)
    return FALSE;
  rc = sqlite3_step (statement);
  sqlite3_reset (statement);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    return mu_store_set_sqlite_error (store, rc, error);
  if (!mu_store_begin (store, error))
    return FALSE;
  if (!mu_store_step_done (store, mu_store_statement (store, sql_delete_old_debts, error), error) ||
      !mu_store_commit (store, error))
    {
      mu_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}
