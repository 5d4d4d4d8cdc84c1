/* mu-store-debt-rows.c — a debt written as rows of the library's tables:
 * the debt, its payments and contacts, its claim, arrangement and
 * write-off
 *
 * Reading them back is in mu-store-debt-read.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-store"

#include "config.h"

#include "mu-debt-words.h"
#include "mu-store-private.h"

static const char sql_insert_debt[] =
  "INSERT INTO debts (key, debtor_id, document, document_date, currency, amount, due, claim_days,"
  " charity_pledge, late_interest, notes, created, modified)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)";
static const char sql_update_debt[] =
  "UPDATE debts SET key = ?1, debtor_id = ?2, document = ?3, document_date = ?4, currency = ?5, amount = ?6,"
  " due = ?7, claim_days = ?8, charity_pledge = ?9, late_interest = ?10, notes = ?11, modified = ?12"
  " WHERE id = ?13";
static const char sql_delete_payments[] = "DELETE FROM debt_payments WHERE debt_id = ?1";
static const char sql_delete_contacts[] = "DELETE FROM debt_contacts WHERE debt_id = ?1";
static const char sql_delete_claim[] = "DELETE FROM debt_claims WHERE debt_id = ?1";
static const char sql_delete_arrangement[] = "DELETE FROM debt_arrangements WHERE debt_id = ?1";
static const char sql_delete_write_off[] = "DELETE FROM debt_write_offs WHERE debt_id = ?1";
static const char sql_insert_payment[] =
  "INSERT INTO debt_payments (debt_id, position, date, amount, kind, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
static const char sql_insert_contact[] =
  "INSERT INTO debt_contacts (debt_id, position, date, kind, with_whom, note, next_step)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
static const char sql_insert_claim[] =
  "INSERT INTO debt_claims (debt_id, sent, method, delivered) VALUES (?1, ?2, ?3, ?4)";
static const char sql_insert_arrangement[] =
  "INSERT INTO debt_arrangements (debt_id, kind, agreed, first_due, n, every) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
static const char sql_insert_write_off[] =
  "INSERT INTO debt_write_offs (debt_id, kind, date) VALUES (?1, ?2, ?3)";

static gboolean
step_done (MuStore       *store,
           sqlite3_stmt  *statement,
           const MuDebt  *debt,
           GError       **error)
{
  int rc = sqlite3_step (statement);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    {
      sqlite3_reset (statement);
      return TRUE;
    }
  mu_store_set_debt_sqlite_error (store, debt->id, rc, error);
  sqlite3_reset (statement);
  return FALSE;
}

static void
bind_text (sqlite3_stmt *statement,
           int           index,
           const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (statement, index, text, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (statement, index);
}

/* An invalid date is no date: NULL. */
static void
bind_date (sqlite3_stmt *statement,
           int           index,
           const GDate  *date)
{
  char text[11];

  if (!g_date_valid (date))
    {
      sqlite3_bind_null (statement, index);
      return;
    }
  mu_date_format_iso (date, text);
  sqlite3_bind_text (statement, index, text, -1, SQLITE_TRANSIENT);
}

static gboolean
write_payments (MuStore       *store,
                gint64         row,
                const MuDebt  *debt,
                GError       **error)
{
  for (guint i = 0; i < debt->payments->len; i++)
    {
      const MuDebtPayment *p = &g_array_index (debt->payments, MuDebtPayment, i);
      sqlite3_stmt *statement = mu_store_statement (store, sql_insert_payment, error);

      if (statement == NULL)
        return FALSE;
      sqlite3_bind_int64 (statement, 1, row);
      sqlite3_bind_int (statement, 2, i);
      bind_date (statement, 3, &p->date);
      sqlite3_bind_int64 (statement, 4, p->amount);
      sqlite3_bind_text (statement, 5, mu_payment_kind_to_string (p->kind), -1, SQLITE_STATIC);
      bind_text (statement, 6, p->note);
      if (!step_done (store, statement, debt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_contacts (MuStore       *store,
                gint64         row,
                const MuDebt  *debt,
                GError       **error)
{
  for (guint i = 0; i < debt->contacts->len; i++)
    {
      const MuDebtContact *c = &g_array_index (debt->contacts, MuDebtContact, i);
      sqlite3_stmt *statement = mu_store_statement (store, sql_insert_contact, error);

      if (statement == NULL)
        return FALSE;
      sqlite3_bind_int64 (statement, 1, row);
      sqlite3_bind_int (statement, 2, i);
      bind_date (statement, 3, &c->date);
      sqlite3_bind_text (statement, 4, mu_contact_kind_to_string (c->kind), -1, SQLITE_STATIC);
      bind_text (statement, 5, c->with);
      bind_text (statement, 6, c->note);
      bind_date (statement, 7, &c->next_step);
      if (!step_done (store, statement, debt, error))
        return FALSE;
    }
  return TRUE;
}

/* The claim, the arrangement and the write-off: a row each when there is one. */
static gboolean
write_steps (MuStore       *store,
             gint64         row,
             const MuDebt  *debt,
             GError       **error)
{
  sqlite3_stmt *statement;

  if (g_date_valid (&debt->claim.sent))
    {
      if ((statement = mu_store_statement (store, sql_insert_claim, error)) == NULL)
        return FALSE;
      sqlite3_bind_int64 (statement, 1, row);
      bind_date (statement, 2, &debt->claim.sent);
      sqlite3_bind_text (statement, 3, mu_claim_method_to_string (debt->claim.method), -1, SQLITE_STATIC);
      bind_date (statement, 4, &debt->claim.delivered);
      if (!step_done (store, statement, debt, error))
        return FALSE;
    }
  if (debt->arrangement.kind != MU_ARRANGEMENT_NONE)
    {
      const MuDebtArrangement *a = &debt->arrangement;

      if ((statement = mu_store_statement (store, sql_insert_arrangement, error)) == NULL)
        return FALSE;
      sqlite3_bind_int64 (statement, 1, row);
      sqlite3_bind_text (statement, 2, mu_arrangement_kind_to_string (a->kind), -1, SQLITE_STATIC);
      bind_date (statement, 3, &a->agreed);
      bind_date (statement, 4, &a->first_due);
      sqlite3_bind_int64 (statement, 5, a->n);
      sqlite3_bind_int64 (statement, 6, a->every);
      if (!step_done (store, statement, debt, error))
        return FALSE;
    }
  if (debt->write_off != MU_WRITE_OFF_NONE)
    {
      if ((statement = mu_store_statement (store, sql_insert_write_off, error)) == NULL)
        return FALSE;
      sqlite3_bind_int64 (statement, 1, row);
      sqlite3_bind_text (statement, 2, mu_write_off_kind_to_string (debt->write_off), -1, SQLITE_STATIC);
      bind_date (statement, 3, &debt->written_off);
      if (!step_done (store, statement, debt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
delete_history (MuStore       *store,
                gint64         row,
                const MuDebt  *debt,
                GError       **error)
{
  const char *deletes[] = {
    sql_delete_payments, sql_delete_contacts, sql_delete_claim, sql_delete_arrangement, sql_delete_write_off
  };

  for (guint i = 0; i < G_N_ELEMENTS (deletes); i++)
    {
      sqlite3_stmt *statement = mu_store_statement (store, deletes[i], error);

      if (statement == NULL)
        return FALSE;
      sqlite3_bind_int64 (statement, 1, row);
      if (!step_done (store, statement, debt, error))
        return FALSE;
    }
  return TRUE;
}

/* Writes @debt, of the debtor in row @debtor_row, as a new row when *@row
 * is 0 (setting it) or over row *@row, history and all; the caller holds
 * the transaction and has validated the debt. */
gboolean
mu_store_write_debt (MuStore       *store,
                     gint64        *row,
                     gint64         debtor_row,
                     const MuDebt  *debt,
                     GError       **error)
{
  sqlite3_stmt *statement = mu_store_statement (store, *row == 0 ? sql_insert_debt : sql_update_debt, error);
  g_autofree char *now = mu_store_now ();

  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, debt->id, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (statement, 2, debtor_row);
  bind_text (statement, 3, debt->document);
  bind_date (statement, 4, &debt->document_date);
  sqlite3_bind_text (statement, 5, debt->currency, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (statement, 6, debt->amount);
  bind_date (statement, 7, &debt->due);
  sqlite3_bind_int64 (statement, 8, debt->claim_days);
  sqlite3_bind_int64 (statement, 9, debt->charity_pledge);
  sqlite3_bind_int (statement, 10, debt->late_interest ? 1 : 0);
  bind_text (statement, 11, debt->notes);
  sqlite3_bind_text (statement, 12, now, -1, SQLITE_STATIC);
  if (*row != 0)
    sqlite3_bind_int64 (statement, 13, *row);
  if (!step_done (store, statement, debt, error))
    return FALSE;

  if (*row == 0)
    *row = sqlite3_last_insert_rowid (store->db);
  else if (!delete_history (store, *row, debt, error))
    return FALSE;
  return write_payments (store, *row, debt, error) && write_contacts (store, *row, debt, error) &&
         write_steps (store, *row, debt, error);
}
