/* mu-store-debt-read.c — debts read back from the library's rows
 *
 * The whole register is read table by table, each in the order of the
 * debts' rows — the debts, their debtors' ids, claims, arrangements,
 * write-offs, payments and contacts — and put together by walking along
 * them: seven scans however many debts there are, no lookup a debt.
 * One debt is read by the same code, each statement narrowed to it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mu-debt-words.h"
#include "mu-store-private.h"

/* A debt's row, and where it stands while its history is read. */
typedef struct
{
  gint64    row;
  gint64    debtor_row;
  gboolean  ok;      /* every column could be read */
  MuDebt   *debt;
} RowDebt;

typedef struct
{
  const char *order;
  const char *debts;
  const char *debtors;
  const char *claims;
  const char *arrangements;
  const char *write_offs;
  const char *payments;
  const char *contacts;
} Queries;

#define DEBT_COLUMNS \
  "d.id, d.key, d.debtor_id, d.document, d.document_date, d.currency, d.amount, d.due, d.claim_days," \
  " d.charity_pledge, d.late_interest, d.notes"
#define ONE " JOIN debts d ON d.id = t.debt_id WHERE d.key = ?1 AND d.trashed = ?2"

/* Every debt not in the trash: the history of those in it is skipped.
 * The table is read in its own order, not through the index by due date
 * (the + keeps SQLite from it: a lookup a row and a sort were five times
 * the scan); the index gives the order by due date, on its own. */
static const Queries all = {
  "SELECT id FROM debts WHERE trashed = 0 ORDER BY due, id",
  "SELECT " DEBT_COLUMNS " FROM debts d WHERE +d.trashed = 0 ORDER BY d.id",
  "SELECT id, key FROM debtors ORDER BY id",
  "SELECT debt_id, sent, method, delivered FROM debt_claims ORDER BY debt_id",
  "SELECT debt_id, kind, agreed, first_due, n, every FROM debt_arrangements ORDER BY debt_id",
  "SELECT debt_id, kind, date FROM debt_write_offs ORDER BY debt_id",
  "SELECT debt_id, date, amount, kind, note FROM debt_payments ORDER BY debt_id, position",
  "SELECT debt_id, date, kind, with_whom, note, next_step FROM debt_contacts ORDER BY debt_id, position",
};

/* The debt ?1, in the trash or not as ?2 says. */
static const Queries one = {
  NULL,
  "SELECT " DEBT_COLUMNS " FROM debts d WHERE d.key = ?1 AND d.trashed = ?2",
  "SELECT r.id, r.key FROM debtors r JOIN debts d ON d.debtor_id = r.id WHERE d.key = ?1 AND d.trashed = ?2",
  "SELECT t.debt_id, t.sent, t.method, t.delivered FROM debt_claims t" ONE,
  "SELECT t.debt_id, t.kind, t.agreed, t.first_due, t.n, t.every FROM debt_arrangements t" ONE,
  "SELECT t.debt_id, t.kind, t.date FROM debt_write_offs t" ONE,
  "SELECT t.debt_id, t.date, t.amount, t.kind, t.note FROM debt_payments t" ONE " ORDER BY t.position",
  "SELECT t.debt_id, t.date, t.kind, t.with_whom, t.note, t.next_step FROM debt_contacts t" ONE
  " ORDER BY t.position",
};

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

static guint
days_in_month (guint month,
               guint year)
{
  static const guint8 days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  if (month == 2 && (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)))
    return 29;
  return days[month - 1];
}

/* "YYYY-MM-DD", or NULL for no date; FALSE for anything else. Checked
 * here, not by g_date_valid_dmy(), which g_date_set_dmy() calls again:
 * the register has some 400 000 dates. */
static gboolean
column_date (sqlite3_stmt *statement,
             int           column,
             GDate        *date)
{
  const char *t = (const char *) sqlite3_column_text (statement, column);
  guint year, month, day;

  memset (date, 0, sizeof *date);  /* g_date_clear() */
  if (t == NULL)
    return TRUE;
  for (guint i = 0; i < 10; i++)
    if (i == 4 || i == 7 ? t[i] != '-' : !g_ascii_isdigit (t[i]))
      return FALSE;
  if (t[10] != '\0')
    return FALSE;
  year = (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0');
  month = (t[5] - '0') * 10 + (t[6] - '0');
  day = (t[8] - '0') * 10 + (t[9] - '0');
  if (year == 0 || month < 1 || month > 12 || day < 1 || day > days_in_month (month, year))
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

static void
read_debt (sqlite3_stmt *s,
           RowDebt      *r)
{
  const char *currency = column_text (s, 5);
  gboolean currency_ok = strlen (currency) == 3;
  MuDebt *debt = mu_debt_new (NULL, NULL, currency, sqlite3_column_int64 (s, 6), NULL);

  r->row = sqlite3_column_int64 (s, 0);
  r->debtor_row = sqlite3_column_int64 (s, 2);
  r->ok = TRUE;
  r->debt = debt;
  debt->id = column_dup (s, 1);
  debt->document = column_dup (s, 3);
  debt->notes = column_dup (s, 11);
  debt->claim_days = column_count (s, 8, &r->ok);
  debt->charity_pledge = sqlite3_column_int64 (s, 9);
  debt->late_interest = sqlite3_column_int (s, 10) != 0;
  if (!currency_ok || !column_date (s, 4, &debt->document_date) || !column_date (s, 7, &debt->due))
    r->ok = FALSE;
}

static void
read_claim (sqlite3_stmt *s,
            RowDebt      *r)
{
  MuDebtClaim *claim = &r->debt->claim;

  r->ok &= column_date (s, 1, &claim->sent) &&
           mu_claim_method_from_string (column_text (s, 2), &claim->method) &&
           column_date (s, 3, &claim->delivered);
}

static void
read_arrangement (sqlite3_stmt *s,
                  RowDebt      *r)
{
  MuDebtArrangement *a = &r->debt->arrangement;

  r->ok &= mu_arrangement_kind_from_string (column_text (s, 1), &a->kind) &&
           column_date (s, 2, &a->agreed) && column_date (s, 3, &a->first_due);
  a->n = column_count (s, 4, &r->ok);
  a->every = column_count (s, 5, &r->ok);
}

static void
read_write_off (sqlite3_stmt *s,
                RowDebt      *r)
{
  r->ok &= mu_write_off_kind_from_string (column_text (s, 1), &r->debt->write_off) &&
           column_date (s, 2, &r->debt->written_off);
}

static void
read_payment (sqlite3_stmt *s,
              RowDebt      *r)
{
  MuDebtPayment p = { 0 };

  r->ok &= column_date (s, 1, &p.date) && mu_payment_kind_from_string (column_text (s, 3), &p.kind);
  p.amount = sqlite3_column_int64 (s, 2);
  p.note = column_dup (s, 4);
  g_array_append_val (r->debt->payments, p);
}

static void
read_contact (sqlite3_stmt *s,
              RowDebt      *r)
{
  MuDebtContact c = { 0 };

  r->ok &= column_date (s, 1, &c.date) && mu_contact_kind_from_string (column_text (s, 2), &c.kind) &&
           column_date (s, 5, &c.next_step);
  c.with = column_dup (s, 3);
  c.note = column_dup (s, 4);
  g_array_append_val (r->debt->contacts, c);
}

typedef void (*ReadRow) (sqlite3_stmt *s,
                         RowDebt      *r);

/* Runs @sql, whose first column is a debt's row, in the order of @rows,
 * giving each row to its debt; a row of a debt not in @rows (one in the
 * trash) is skipped. */
static gboolean
read_each (MuStore      *store,
           const char   *sql,
           const char   *id,
           gboolean      trashed,
           RowDebt      *rows,
           guint         n_rows,
           ReadRow       read,
           GError      **error)
{
  sqlite3_stmt *s = mu_store_statement (store, sql, error);
  guint next = 0;
  int rc;

  if (s == NULL)
    return FALSE;
  if (id != NULL)
    {
      sqlite3_bind_text (s, 1, id, -1, SQLITE_STATIC);
      sqlite3_bind_int (s, 2, trashed ? 1 : 0);
    }
  while ((rc = sqlite3_step (s)) == SQLITE_ROW)
    {
      gint64 row = sqlite3_column_int64 (s, 0);

      while (next < n_rows && rows[next].row < row)
        next++;
      if (next < n_rows && rows[next].row == row)
        read (s, &rows[next]);
    }
  sqlite3_reset (s);
  return rc == SQLITE_DONE || mu_store_set_sqlite_error (store, rc, error);
}

/* Each debt's debtor's id, from the debtors' rows in order. */
static gboolean
read_debtors (MuStore      *store,
              const char   *sql,
              const char   *id,
              gboolean      trashed,
              RowDebt      *rows,
              guint         n_rows,
              GError      **error)
{
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  sqlite3_stmt *s = mu_store_statement (store, sql, error);
  int rc;

  if (s == NULL)
    return FALSE;
  if (id != NULL)
    {
      sqlite3_bind_text (s, 1, id, -1, SQLITE_STATIC);
      sqlite3_bind_int (s, 2, trashed ? 1 : 0);
    }
  while ((rc = sqlite3_step (s)) == SQLITE_ROW)
    {
      gint64 row = sqlite3_column_int64 (s, 0);

      g_hash_table_insert (keys, g_memdup2 (&row, sizeof row), column_dup (s, 1));
    }
  sqlite3_reset (s);
  if (rc != SQLITE_DONE)
    return mu_store_set_sqlite_error (store, rc, error);
  for (guint i = 0; i < n_rows; i++)
    {
      const char *key = g_hash_table_lookup (keys, &rows[i].debtor_row);

      rows[i].debt->debtor_id = g_strdup (key);
      rows[i].ok &= key != NULL;
    }
  return TRUE;
}

/* The debts of @queries (the one @id, or all), sorted by row, each with
 * its debtor and history. */
static GArray *
read_rows (MuStore        *store,
           const Queries  *queries,
           const char     *id,
           gboolean        trashed,
           GError        **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (RowDebt));
  sqlite3_stmt *s = mu_store_statement (store, queries->debts, error);
  RowDebt *r;
  guint n;
  int rc;

  if (s == NULL)
    return NULL;
  if (id != NULL)
    {
      sqlite3_bind_text (s, 1, id, -1, SQLITE_STATIC);
      sqlite3_bind_int (s, 2, trashed ? 1 : 0);
    }
  while ((rc = sqlite3_step (s)) == SQLITE_ROW)
    {
      g_array_set_size (rows, rows->len + 1);
      read_debt (s, &g_array_index (rows, RowDebt, rows->len - 1));
    }
  sqlite3_reset (s);
  if (rc != SQLITE_DONE)
    {
      mu_store_set_sqlite_error (store, rc, error);
      goto fail;
    }
  r = (RowDebt *) rows->data;
  n = rows->len;
  if (!read_debtors (store, queries->debtors, id, trashed, r, n, error) ||
      !read_each (store, queries->claims, id, trashed, r, n, read_claim, error) ||
      !read_each (store, queries->arrangements, id, trashed, r, n, read_arrangement, error) ||
      !read_each (store, queries->write_offs, id, trashed, r, n, read_write_off, error) ||
      !read_each (store, queries->payments, id, trashed, r, n, read_payment, error) ||
      !read_each (store, queries->contacts, id, trashed, r, n, read_contact, error))
    goto fail;
  return g_steal_pointer (&rows);

fail:
  for (guint i = 0; i < rows->len; i++)
    mu_debt_free (g_array_index (rows, RowDebt, i).debt);
  return NULL;
}

static void
set_damaged (MuStore      *store,
             const MuDebt *debt,
             GError      **error)
{
  /* Translators: the debt's id, then the library's file. */
  g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_CORRUPT,
               _("The debt “%s” in the library “%s” is damaged: what is stored for it cannot be read. "
                 "The library was not changed."), debt->id != NULL ? debt->id : "", store->path);
}

/* The debt @id, in the trash or not as @trashed says, and its row; the
 * caller holds a transaction. The schema's constraints make it valid; if
 * it is not, the file was changed behind the library's back. */
MuDebt *
mu_store_read_debt (MuStore     *store,
                    const char  *id,
                    gboolean     trashed,
                    gint64      *row,
                    GError     **error)
{
  g_autoptr(GArray) rows = read_rows (store, &one, id, trashed, error);
  g_autoptr(MuDebt) debt = NULL;
  g_autofree char *where = NULL;
  g_autoptr(GError) invalid = NULL;

  if (rows == NULL)
    return NULL;
  if (rows->len == 0)
    {
      /* Translators: the debt's id, then the library's file. */
      g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_NOT_FOUND,
                   _("There is no debt “%s” in the library “%s”."), id, store->path);
      return NULL;
    }
  debt = g_array_index (rows, RowDebt, 0).debt;
  if (!g_array_index (rows, RowDebt, 0).ok)
    {
      set_damaged (store, debt, error);
      return NULL;
    }
  if (!mu_debt_validate (debt, &where, &invalid))
    {
      /* Translators: the debt's id, the library's file, the field's path, then what is wrong with it. */
      g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_CORRUPT,
                   _("The debt “%s” in the library “%s” is damaged (%s: %s). The library was not changed."),
                   id, store->path, where, invalid->message);
      return NULL;
    }
  if (row != NULL)
    *row = g_array_index (rows, RowDebt, 0).row;
  return g_steal_pointer (&debt);
}

/* Where the debt of @row is in @rows, sorted by row; −1 when not there. */
static gssize
find_row (GArray *rows,
          gint64  row)
{
  gsize low = 0, high = rows->len;

  while (low < high)
    {
      gsize middle = low + (high - low) / 2;
      gint64 here = g_array_index (rows, RowDebt, middle).row;

      if (here == row)
        return middle;
      if (here < row)
        low = middle + 1;
      else
        high = middle;
    }
  return -1;
}

/* The debts of @rows by due date, as the index has them: a walk along
 * it, no sort. */
static GPtrArray *
by_due (MuStore  *store,
        GArray   *rows,
        GError  **error)
{
  g_autoptr(GPtrArray) debts = g_ptr_array_new_full (rows->len, (GDestroyNotify) mu_debt_free);
  sqlite3_stmt *s = mu_store_statement (store, all.order, error);
  int rc;

  if (s == NULL)
    return NULL;
  while ((rc = sqlite3_step (s)) == SQLITE_ROW)
    {
      gssize at = find_row (rows, sqlite3_column_int64 (s, 0));

      if (at >= 0)
        g_ptr_array_add (debts, g_array_index (rows, RowDebt, at).debt);
    }
  sqlite3_reset (s);
  if (rc != SQLITE_DONE || debts->len != rows->len)
    {
      /* The caller frees what the list does not hold. */
      g_ptr_array_set_free_func (debts, NULL);
      mu_store_set_read_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&debts);
}

/* Every debt not in the trash, by due date; the caller holds a
 * transaction. Each is as the schema's constraints hold it; what only
 * mu_debt_validate() checks across rows, mu_debt_state() checks again. */
GPtrArray *
mu_store_read_debts (MuStore  *store,
                     GError  **error)
{
  g_autoptr(GArray) rows = read_rows (store, &all, NULL, FALSE, error);
  gboolean damaged = FALSE;
  GPtrArray *debts;

  if (rows == NULL)
    return NULL;
  for (guint i = 0; i < rows->len && !damaged; i++)
    if (!g_array_index (rows, RowDebt, i).ok)
      {
        set_damaged (store, g_array_index (rows, RowDebt, i).debt, error);
        damaged = TRUE;
      }
  if (!damaged && (debts = by_due (store, rows, error)) != NULL)
    return debts;
  for (guint i = 0; i < rows->len; i++)
    mu_debt_free (g_array_index (rows, RowDebt, i).debt);
  return NULL;
}
