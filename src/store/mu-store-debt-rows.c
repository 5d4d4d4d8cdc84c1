/* mu-store-debt-rows.c — a debt as rows of the library's tables: the debt
 * with its claim, arrangement and write-off, its payments and contacts
 *
 * The whole register is read in three statements — the debts, then every
 * payment and every contact in the debts' order — however many debts
 * there are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "mu-debt-words.h"
#include "mu-store-private.h"

/* The columns of a debt, in the order read_row() reads them. */
#define DEBT_COLUMNS \
  "d.id, d.key, r.key, d.document, d.document_date, d.currency, d.amount, d.due, d.claim_days," \
  " d.charity_pledge, d.late_interest, d.notes, c.sent, c.method, c.delivered, a.kind, a.agreed," \
  " a.first_due, a.n, a.every, w.kind, w.date"
#define DEBT_FROM \
  " FROM debts d JOIN debtors r ON r.id = d.debtor_id" \
  " LEFT JOIN debt_claims c ON c.debt_id = d.id" \
  " LEFT JOIN debt_arrangements a ON a.debt_id = d.id" \
  " LEFT JOIN debt_write_offs w ON w.debt_id = d.id"

enum
{
  COL_ROW, COL_KEY, COL_DEBTOR, COL_DOCUMENT, COL_DOCUMENT_DATE, COL_CURRENCY, COL_AMOUNT, COL_DUE,
  COL_CLAIM_DAYS, COL_PLEDGE, COL_LATE_INTEREST, COL_NOTES, COL_CLAIM_SENT, COL_CLAIM_METHOD,
  COL_CLAIM_DELIVERED, COL_ARRANGEMENT, COL_AGREED, COL_FIRST_DUE, COL_N, COL_EVERY, COL_WRITE_OFF,
  COL_WRITTEN_OFF,
};

static const char sql_select_all[] = "SELECT " DEBT_COLUMNS DEBT_FROM " WHERE d.trashed = 0 ORDER BY d.due, d.id";
static const char sql_select_one[] = "SELECT " DEBT_COLUMNS DEBT_FROM " WHERE d.key = ?1 AND d.trashed = ?2";
static const char sql_all_payments[] =
  "SELECT debt_id, date, amount, kind, note FROM debt_payments ORDER BY debt_id, position";
static const char sql_payments[] =
  "SELECT debt_id, date, amount, kind, note FROM debt_payments WHERE debt_id = ?1 ORDER BY position";
static const char sql_all_contacts[] =
  "SELECT debt_id, date, kind, with_whom, note, next_step FROM debt_contacts ORDER BY debt_id, position";
static const char sql_contacts[] =
  "SELECT debt_id, date, kind, with_whom, note, next_step FROM debt_contacts WHERE debt_id = ?1 ORDER BY position";

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

static char *
column_dup (sqlite3_stmt *statement,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (statement, column));
}

static const char *
column_text (sqlite3_stmt *statement,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (statement, column);

  return text != NULL ? text : "";
}

/* "YYYY-MM-DD", or NULL for no date; FALSE for anything else. */
static gboolean
column_date (sqlite3_stmt *statement,
             int           column,
             GDate        *date)
{
  const char *t = (const char *) sqlite3_column_text (statement, column);
  guint year, month, day;

  g_date_clear (date, 1);
  if (t == NULL)
    return TRUE;
  if (strlen (t) != 10 || t[4] != '-' || t[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (t[i]))
      return FALSE;
  year = (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0');
  month = (t[5] - '0') * 10 + (t[6] - '0');
  day = (t[8] - '0') * 10 + (t[9] - '0');
  if (!g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static guint
column_count (sqlite3_stmt *statement,
              int           column,
              gboolean     *ok)
{
  gint64 value = sqlite3_column_int64 (statement, column);

  if (value < 0 || value > G_MAXUINT)
    *ok = FALSE;
  return (guint) CLAMP (value, 0, G_MAXUINT);
}

/* The claim, the arrangement and the write-off of a debt's row. */
static gboolean
read_steps (sqlite3_stmt *s,
            MuDebt       *debt)
{
  gboolean ok = column_date (s, COL_CLAIM_SENT, &debt->claim.sent) &&
                column_date (s, COL_CLAIM_DELIVERED, &debt->claim.delivered);

  if (sqlite3_column_type (s, COL_CLAIM_METHOD) != SQLITE_NULL)
    ok &= mu_claim_method_from_string (column_text (s, COL_CLAIM_METHOD), &debt->claim.method);
  if (sqlite3_column_type (s, COL_ARRANGEMENT) != SQLITE_NULL)
    {
      ok &= mu_arrangement_kind_from_string (column_text (s, COL_ARRANGEMENT), &debt->arrangement.kind) &&
            column_date (s, COL_AGREED, &debt->arrangement.agreed) &&
            column_date (s, COL_FIRST_DUE, &debt->arrangement.first_due);
      debt->arrangement.n = column_count (s, COL_N, &ok);
      debt->arrangement.every = column_count (s, COL_EVERY, &ok);
    }
  if (sqlite3_column_type (s, COL_WRITE_OFF) != SQLITE_NULL)
    ok &= mu_write_off_kind_from_string (column_text (s, COL_WRITE_OFF), &debt->write_off) &&
          column_date (s, COL_WRITTEN_OFF, &debt->written_off);
  return ok;
}

/* A debt's row; @ok is cleared when a column holds what no debt can. */
static MuDebt *
read_row (sqlite3_stmt *s,
          gboolean     *ok)
{
  MuDebt *debt = mu_debt_new (NULL, NULL, column_text (s, COL_CURRENCY), sqlite3_column_int64 (s, COL_AMOUNT), NULL);

  debt->id = column_dup (s, COL_KEY);
  debt->debtor_id = column_dup (s, COL_DEBTOR);
  debt->document = column_dup (s, COL_DOCUMENT);
  debt->notes = column_dup (s, COL_NOTES);
  debt->claim_days = column_count (s, COL_CLAIM_DAYS, ok);
  debt->charity_pledge = sqlite3_column_int64 (s, COL_PLEDGE);
  debt->late_interest = sqlite3_column_int (s, COL_LATE_INTEREST) != 0;
  if (!column_date (s, COL_DOCUMENT_DATE, &debt->document_date) || !column_date (s, COL_DUE, &debt->due) ||
      strlen (column_text (s, COL_CURRENCY)) != 3 || !read_steps (s, debt))
    *ok = FALSE;
  return debt;
}

typedef struct
{
  gint64    row;
  MuDebt   *debt;
  gboolean  ok;    /* every column could be read */
} RowDebt;

static int
compare_rows (const void *a,
              const void *b)
{
  gint64 ra = ((const RowDebt *) a)->row, rb = ((const RowDebt *) b)->row;

  return (ra > rb) - (ra < rb);
}

/* Whose, of @rows sorted by row, the history row of @row is; NULL when
 * not one of them (a debt in the trash). @next walks along, since the
 * history comes in the same order. */
static RowDebt *
owner (RowDebt *rows,
       guint    n_rows,
       guint   *next,
       gint64   row)
{
  while (*next < n_rows && rows[*next].row < row)
    (*next)++;
  return *next < n_rows && rows[*next].row == row ? &rows[*next] : NULL;
}

static int
read_payments (sqlite3_stmt *s,
               RowDebt      *rows,
               guint         n_rows)
{
  guint next = 0;
  int rc;

  while ((rc = sqlite3_step (s)) == SQLITE_ROW)
    {
      RowDebt *r = owner (rows, n_rows, &next, sqlite3_column_int64 (s, 0));
      MuDebtPayment p = { 0 };

      if (r == NULL)
        continue;
      r->ok &= column_date (s, 1, &p.date) && mu_payment_kind_from_string (column_text (s, 3), &p.kind);
      p.amount = sqlite3_column_int64 (s, 2);
      p.note = column_dup (s, 4);
      g_array_append_val (r->debt->payments, p);
    }
  sqlite3_reset (s);
  return rc;
}

static int
read_contacts (sqlite3_stmt *s,
               RowDebt      *rows,
               guint         n_rows)
{
  guint next = 0;
  int rc;

  while ((rc = sqlite3_step (s)) == SQLITE_ROW)
    {
      RowDebt *r = owner (rows, n_rows, &next, sqlite3_column_int64 (s, 0));
      MuDebtContact c = { 0 };

      if (r == NULL)
        continue;
      r->ok &= column_date (s, 1, &c.date) && mu_contact_kind_from_string (column_text (s, 2), &c.kind) &&
               column_date (s, 5, &c.next_step);
      c.with = column_dup (s, 3);
      c.note = column_dup (s, 4);
      g_array_append_val (r->debt->contacts, c);
    }
  sqlite3_reset (s);
  return rc;
}

/* The payments and contacts of @rows, sorted by row, from @payments and
 * @contacts, statements that give them in the same order. */
static gboolean
read_history (MuStore       *store,
              sqlite3_stmt  *payments,
              sqlite3_stmt  *contacts,
              RowDebt       *rows,
              guint          n_rows,
              GError       **error)
{
  int rc;

  if ((rc = read_payments (payments, rows, n_rows)) != SQLITE_DONE ||
      (rc = read_contacts (contacts, rows, n_rows)) != SQLITE_DONE)
    return mu_store_set_sqlite_error (store, rc, error);
  return TRUE;
}

/* The schema's constraints make a debt valid; if it is not, the file
 * was changed behind the library's back. */
static gboolean
check_read (MuStore       *store,
            const MuDebt  *debt,
            gboolean       ok,
            GError       **error)
{
  g_autofree char *where = NULL;
  g_autoptr(GError) invalid = NULL;

  if (!ok)
    {
      g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_CORRUPT,
                   _("The debt “%s” in the library “%s” is damaged: what is stored for it cannot be read. "
                     "The library was not changed."), debt->id != NULL ? debt->id : "", store->path);
      return FALSE;
    }
  if (mu_debt_validate (debt, &where, &invalid))
    return TRUE;
  /* Translators: the debt's id, the library's file, the field's path, then what is wrong with it. */
  g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_CORRUPT,
               _("The debt “%s” in the library “%s” is damaged (%s: %s). The library was not changed."),
               debt->id != NULL ? debt->id : "", store->path, where, invalid->message);
  return FALSE;
}

/* The debt @id, in the trash or not as @trashed says, and its row; the
 * caller holds a transaction. */
MuDebt *
mu_store_read_debt (MuStore     *store,
                    const char  *id,
                    gboolean     trashed,
                    gint64      *row,
                    GError     **error)
{
  sqlite3_stmt *statement = mu_store_statement (store, sql_select_one, error);
  sqlite3_stmt *payments, *contacts;
  g_autoptr(MuDebt) debt = NULL;
  RowDebt found = { 0, NULL, TRUE };
  int rc;

  if (statement == NULL)
    return NULL;
  sqlite3_bind_text (statement, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_int (statement, 2, trashed ? 1 : 0);
  if ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      found.row = sqlite3_column_int64 (statement, COL_ROW);
      found.debt = debt = read_row (statement, &found.ok);
    }
  sqlite3_reset (statement);
  if (rc == SQLITE_DONE)
    {
      /* Translators: the debt's id, then the library's file. */
      g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_NOT_FOUND,
                   _("There is no debt “%s” in the library “%s”."), id, store->path);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      mu_store_set_sqlite_error (store, rc, error);
      return NULL;
    }
  if ((payments = mu_store_statement (store, sql_payments, error)) == NULL ||
      (contacts = mu_store_statement (store, sql_contacts, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (payments, 1, found.row);
  sqlite3_bind_int64 (contacts, 1, found.row);
  if (!read_history (store, payments, contacts, &found, 1, error) ||
      !check_read (store, debt, found.ok, error))
    return NULL;
  if (row != NULL)
    *row = found.row;
  return g_steal_pointer (&debt);
}

/* Every debt not in the trash, by due date; the caller holds a transaction. */
GPtrArray *
mu_store_read_debts (MuStore  *store,
                     GError  **error)
{
  g_autoptr(GPtrArray) debts = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_debt_free);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (RowDebt));
  sqlite3_stmt *statement = mu_store_statement (store, sql_select_all, error);
  sqlite3_stmt *payments, *contacts;
  int rc;

  if (statement == NULL)
    return NULL;
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      RowDebt r = { sqlite3_column_int64 (statement, COL_ROW), NULL, TRUE };

      r.debt = read_row (statement, &r.ok);
      g_ptr_array_add (debts, r.debt);
      g_array_append_val (rows, r);
    }
  sqlite3_reset (statement);
  if (rc != SQLITE_DONE)
    {
      mu_store_set_sqlite_error (store, rc, error);
      return NULL;
    }
  qsort (rows->data, rows->len, sizeof (RowDebt), compare_rows);
  if ((payments = mu_store_statement (store, sql_all_payments, error)) == NULL ||
      (contacts = mu_store_statement (store, sql_all_contacts, error)) == NULL ||
      !read_history (store, payments, contacts, (RowDebt *) rows->data, rows->len, error))
    return NULL;
  for (guint i = 0; i < rows->len; i++)
    {
      const RowDebt *r = &g_array_index (rows, RowDebt, i);

      if (!check_read (store, r->debt, r->ok, error))
        return NULL;
    }
  return g_steal_pointer (&debts);
}
