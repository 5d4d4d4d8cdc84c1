/* mu-store-debts.c — the register of receivables in the library: the
 * debtors, listing and getting debts, and finding their rows
 *
 * Changing a debt is in mu-store-debt-edit.c, its rows in
 * mu-store-debt-rows.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mu-debt-words.h"
#include "mu-store-private.h"

static const char sql_find_debt[] = "SELECT id, trashed FROM debts WHERE key = ?1";
static const char sql_find_debtor[] = "SELECT id FROM debtors WHERE key = ?1";
static const char sql_count_debts[] = "SELECT count(*) FROM debts WHERE trashed = 0";
static const char sql_same_tax_number[] = "SELECT id FROM debtors WHERE tax_number = ?1 ORDER BY id LIMIT 1";
static const char sql_same_name[] =
  "SELECT id FROM debtors WHERE tax_number IS NULL AND name = ?1 ORDER BY id LIMIT 1";
static const char sql_prefixes[] =
  "SELECT key FROM debts WHERE key GLOB 'i[1-9]*-*' UNION ALL SELECT key FROM debtors WHERE key GLOB 'i[1-9]*-*'";
#define DEBTOR_COLUMNS "key, name, kind, tax_number, address, contacts, hardship, notes"
static const char sql_list_debtors[] = "SELECT " DEBTOR_COLUMNS " FROM debtors ORDER BY name_key, id";
static const char sql_get_debtor[] = "SELECT " DEBTOR_COLUMNS " FROM debtors WHERE key = ?1";
static const char sql_insert_debtor[] =
  "INSERT INTO debtors (key, name, name_key, kind, tax_number, address, contacts, hardship, notes)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
static const char sql_update_debtor[] =
  "UPDATE debtors SET name = ?2, name_key = ?3, kind = ?4, tax_number = ?5, address = ?6, contacts = ?7,"
  " hardship = ?8, notes = ?9 WHERE key = ?1";
/* A constraint the debt breaks is the debt's, not the library's. */
gboolean
mu_store_set_debt_sqlite_error (MuStore     *store,
                                const char  *id,
                                int          rc,
                                GError     **error)
{
  if ((rc & 0xff) != SQLITE_CONSTRAINT)
    return mu_store_set_sqlite_error (store, rc, error);
  /* Translators: the debt's id, the library's file, then SQLite's words for the constraint. */
  g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_INVALID,
               _("The debt “%s” cannot be stored in “%s” as it is (%s). Nothing was saved."),
               id, store->path, sqlite3_errmsg (store->db));
  return FALSE;
}

/* The row of the debt @id, in the trash or not (@trashed, may be NULL);
 * 0 when there is none, which is no error; −1 on an error. */
gint64
mu_store_find_debt (MuStore     *store,
                    const char  *id,
                    gboolean    *trashed,
                    GError     **error)
{
  sqlite3_stmt *statement = mu_store_statement (store, sql_find_debt, error);
  gint64 row = 0;
  int rc;

  if (statement == NULL)
    return -1;
  sqlite3_bind_text (statement, 1, id, -1, SQLITE_STATIC);
  if ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      row = sqlite3_column_int64 (statement, 0);
      if (trashed != NULL)
        *trashed = sqlite3_column_int (statement, 1) != 0;
    }
  sqlite3_reset (statement);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      mu_store_set_sqlite_error (store, rc, error);
      return -1;
    }
  return row;
}

/* The row of the debtor @id; 0 when there is none — an error naming
 * @debt, unless @debt is NULL; −1 on an error. */
gint64
mu_store_find_debtor (MuStore     *store,
                      const char  *id,
                      const char  *debt,
                      GError     **error)
{
  sqlite3_stmt *statement = mu_store_statement (store, sql_find_debtor, error);
  gint64 row = 0;
  int rc;

  if (statement == NULL)
    return -1;
  sqlite3_bind_text (statement, 1, id, -1, SQLITE_STATIC);
  if ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    row = sqlite3_column_int64 (statement, 0);
  sqlite3_reset (statement);
  if (rc == SQLITE_DONE && debt != NULL)
    /* Translators: the debt's id, its debtor's id, then the library's file. */
    g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_INVALID,
                 _("The debt “%s” cannot be saved (debtor): there is no debtor “%s” in the library “%s”; "
                   "add the debtor first. Nothing was saved."), debt, id, store->path);
  else if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      mu_store_set_sqlite_error (store, rc, error);
      return -1;
    }
  return row;
}

/* mu_debt_validate(), said as the store says a refusal: the debt, the
 * field and what to do. */
gboolean
mu_store_validate_debt (const MuDebt  *debt,
                        GError       **error)
{
  g_autofree char *where = NULL;
  g_autoptr(GError) invalid = NULL;

  if (mu_debt_validate (debt, &where, &invalid))
    return TRUE;
  /* Translators: the debt's id, the path of the field at fault, then what is wrong with it. */
  g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_INVALID, _("The debt “%s” cannot be saved (%s): %s."),
               debt->id != NULL ? debt->id : "", where, invalid->message);
  return FALSE;
}

static gboolean
blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

gboolean
mu_store_validate_debtor (const MuDebtor  *debtor,
                          GError         **error)
{
  const char *field = NULL;
  const char *message = NULL;

  if (blank (debtor->id))
    field = "id", message = _("every debtor needs an id");
  else if (blank (debtor->name))
    field = "name", message = _("enter the debtor’s name");
  else if ((guint) debtor->kind > MU_DEBTOR_PERSON)
    field = "kind", message = _("a debtor is a company or a person");
  if (field == NULL)
    return TRUE;
  /* Translators: the debtor's id, the field at fault, then what is wrong with it. */
  g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_INVALID, _("The debtor “%s” cannot be saved (%s): %s."),
               debtor->id != NULL ? debtor->id : "", field, message);
  return FALSE;
}

/* An empty text is none. */
static void
bind_text (sqlite3_stmt *statement,
           int           index,
           const char   *text)
{
  if (text != NULL && text[0] != '\0')
    sqlite3_bind_text (statement, index, text, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (statement, index);
}

/* As a new row, or over the row of the debtor with its id (@update). */
gboolean
mu_store_write_debtor (MuStore         *store,
                       gboolean         update,
                       const MuDebtor  *debtor,
                       GError         **error)
{
  const char *sql = update ? sql_update_debtor : sql_insert_debtor;
  sqlite3_stmt *statement = mu_store_statement (store, sql, error);
  g_autofree char *key = NULL;
  int rc;

  if (statement == NULL)
    return FALSE;
  key = mu_store_name_key (debtor->name);
  sqlite3_bind_text (statement, 1, debtor->id, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 2, debtor->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 3, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 4, mu_debtor_kind_to_string (debtor->kind), -1, SQLITE_STATIC);
  bind_text (statement, 5, debtor->tax_number);
  bind_text (statement, 6, debtor->address);
  bind_text (statement, 7, debtor->contacts);
  sqlite3_bind_int (statement, 8, debtor->hardship ? 1 : 0);
  bind_text (statement, 9, debtor->notes);
  rc = sqlite3_step (statement);
  sqlite3_reset (statement);
  if (rc == SQLITE_DONE)
    return TRUE;
  return mu_store_set_sqlite_error (store, rc, error);
}

static char *
column_dup (sqlite3_stmt *statement,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (statement, column));
}

static MuDebtor *
read_debtor (sqlite3_stmt *statement)
{
  const char *kind_text = (const char *) sqlite3_column_text (statement, 2);
  MuDebtorKind kind = MU_DEBTOR_COMPANY;
  MuDebtor *debtor;

  if (kind_text != NULL)
    mu_debtor_kind_from_string (kind_text, &kind);
  debtor = mu_debtor_new ((const char *) sqlite3_column_text (statement, 0),
                          (const char *) sqlite3_column_text (statement, 1), kind);
  debtor->tax_number = column_dup (statement, 3);
  debtor->address = column_dup (statement, 4);
  debtor->contacts = column_dup (statement, 5);
  debtor->hardship = sqlite3_column_int (statement, 6) != 0;
  debtor->notes = column_dup (statement, 7);
  return debtor;
}

GPtrArray *
mu_store_list_debtors (MuStore  *store,
                       GError  **error)
{
  g_autoptr(GPtrArray) debtors = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_debtor_free);
  sqlite3_stmt *statement;
  int rc;

  g_return_val_if_fail (store != NULL, NULL);

  if ((statement = mu_store_statement (store, sql_list_debtors, error)) == NULL)
    return NULL;
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    g_ptr_array_add (debtors, read_debtor (statement));
  sqlite3_reset (statement);
  if (rc != SQLITE_DONE)
    {
      mu_store_set_sqlite_error (store, rc, error);
      return NULL;
    }
  return g_steal_pointer (&debtors);
}

MuDebtor *
mu_store_get_debtor (MuStore     *store,
                     const char  *id,
                     GError     **error)
{
  sqlite3_stmt *statement;
  MuDebtor *debtor = NULL;
  int rc;

  g_return_val_if_fail (store != NULL && id != NULL, NULL);

  if ((statement = mu_store_statement (store, sql_get_debtor, error)) == NULL)
    return NULL;
  sqlite3_bind_text (statement, 1, id, -1, SQLITE_STATIC);
  if ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    debtor = read_debtor (statement);
  sqlite3_reset (statement);
  if (rc == SQLITE_DONE)
    /* Translators: the debtor's id, then the library's file. */
    g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_NOT_FOUND,
                 _("There is no debtor “%s” in the library “%s”."), id, store->path);
  else if (rc != SQLITE_ROW)
    mu_store_set_sqlite_error (store, rc, error);
  return debtor;
}

/* A new debtor, or the one with @debtor's id with new details. */
gboolean
mu_store_save_debtor (MuStore         *store,
                      const MuDebtor  *debtor,
                      GError         **error)
{
  gint64 row;

  g_return_val_if_fail (store != NULL && debtor != NULL, FALSE);

  if (!mu_store_validate_debtor (debtor, error) || !mu_store_begin (store, error))
    return FALSE;
  if ((row = mu_store_find_debtor (store, debtor->id, NULL, error)) >= 0 &&
      mu_store_write_debtor (store, row > 0, debtor, error) && mu_store_commit (store, error))
    return TRUE;
  mu_store_rollback (store);
  return FALSE;
}

GPtrArray *
mu_store_list_debts (MuStore  *store,
                     GError  **error)
{
  GPtrArray *debts;

  g_return_val_if_fail (store != NULL, NULL);

  /* One read transaction: a save from another program cannot slip in
   * between a debt and its history. */
  if (!mu_store_exec (store, "BEGIN", error))
    return NULL;
  debts = mu_store_read_debts (store, error);
  mu_store_exec (store, "COMMIT", NULL);
  return debts;
}

MuDebt *
mu_store_get_debt (MuStore     *store,
                   const char  *id,
                   GError     **error)
{
  MuDebt *debt;

  g_return_val_if_fail (store != NULL && id != NULL, NULL);

  if (!mu_store_exec (store, "BEGIN", error))
    return NULL;
  debt = mu_store_read_debt (store, id, FALSE, NULL, error);
  mu_store_exec (store, "COMMIT", NULL);
  return debt;
}

guint
mu_store_count_debts (MuStore  *store,
                      GError  **error)
{
  sqlite3_stmt *statement;
  guint n = 0;
  int rc;

  g_return_val_if_fail (store != NULL, 0);

  if ((statement = mu_store_statement (store, sql_count_debts, error)) == NULL)
    return 0;
  if ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    n = (guint) sqlite3_column_int64 (statement, 0);
  sqlite3_reset (statement);
  if (rc != SQLITE_ROW)
    mu_store_set_sqlite_error (store, rc, error);
  return n;
}

/* The debtor already in the library that @debtor, not there by its id,
 * is: the one with its tax number, or with its name when neither has a
 * tax number — as mu_debt_csv_read() tells debtors apart. 0 for none,
 * −1 on an error. */
gint64
mu_store_find_same_debtor (MuStore         *store,
                           const MuDebtor  *debtor,
                           GError         **error)
{
  gboolean by_tax = debtor->tax_number != NULL && debtor->tax_number[0] != '\0';
  sqlite3_stmt *statement = mu_store_statement (store, by_tax ? sql_same_tax_number : sql_same_name, error);
  gint64 row = 0;
  int rc;

  if (statement == NULL)
    return -1;
  sqlite3_bind_text (statement, 1, by_tax ? debtor->tax_number : debtor->name, -1, SQLITE_STATIC);
  if ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    row = sqlite3_column_int64 (statement, 0);
  sqlite3_reset (statement);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      mu_store_set_sqlite_error (store, rc, error);
      return -1;
    }
  return row;
}

/* "i1", "i2", …: a prefix for mu_debt_csv_read() that no id in the
 * library (the trash included) starts with. */
char *
mu_store_new_import_prefix (MuStore  *store,
                            GError  **error)
{
  sqlite3_stmt *statement;
  guint64 last = 0;
  int rc;

  g_return_val_if_fail (store != NULL, NULL);

  if ((statement = mu_store_statement (store, sql_prefixes, error)) == NULL)
    return NULL;
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (statement, 0);
      char *end = NULL;
      guint64 n = g_ascii_strtoull (key + 1, &end, 10);

      if (end != NULL && *end == '-' && n < G_MAXUINT32)
        last = MAX (last, n);
    }
  sqlite3_reset (statement);
  if (rc != SQLITE_DONE)
    {
      mu_store_set_sqlite_error (store, rc, error);
      return NULL;
    }
  return g_strdup_printf ("i%" G_GUINT64_FORMAT, last + 1);
}
