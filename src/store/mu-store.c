/* mu-store.c — opening the library safely, and the statements it runs
 *
 * A file that is not a library, is damaged, or was written by a newer
 * version is never written to. Every write is one transaction: it happens
 * whole or not at all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mu-store-private.h"

G_DEFINE_QUARK (mu-store-error-quark, mu_store_error)

char *
mu_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "musharaka", "library.sqlite3", NULL);
}

/* What a shop owner can act on: the file, and what happened to it. */
gboolean
mu_store_set_sqlite_error (MuStore  *store,
                           int       rc,
                           GError  **error)
{
  /* The connection's message only when it is about this error: after a
   * call that succeeded it says “not an error”. */
  const char *detail = store->db != NULL && sqlite3_extended_errcode (store->db) == rc
                       ? sqlite3_errmsg (store->db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_IO,
                   _("There is no room left on the disk for the library “%s”. Nothing was saved; "
                     "free some space and try again."), store->path);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_IO,
                   _("The library “%s” is in use by another program. Nothing was saved; "
                     "try again in a moment."), store->path);
      break;
    case SQLITE_READONLY:
      g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_READ_ONLY,
                   _("The library “%s” is read-only. Nothing was saved."), store->path);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_CORRUPT,
                   _("The library “%s” is damaged (%s). It was not changed."), store->path, detail);
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_INVALID,
                   _("The scenario cannot be stored in “%s” as it is (%s). Nothing was saved."),
                   store->path, detail);
      break;
    default:
      g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_IO,
                   _("Could not read or write the library “%s” (%s). Nothing was saved."),
                   store->path, detail);
      break;
    }
  return FALSE;
}

/* A read that gave no answer: what the connection says went wrong, and
 * damage only when it says nothing else (a pragma that returned no row). */
gboolean
mu_store_set_read_error (MuStore  *store,
                         GError  **error)
{
  int rc = store->db != NULL ? sqlite3_extended_errcode (store->db) : SQLITE_CORRUPT;

  if (rc == SQLITE_OK || rc == SQLITE_ROW || rc == SQLITE_DONE)
    rc = SQLITE_CORRUPT;
  return mu_store_set_sqlite_error (store, rc, error);
}

gboolean
mu_store_check_writable (MuStore  *store,
                         GError  **error)
{
  if (!store->read_only)
    return TRUE;
  g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_READ_ONLY,
               _("The library “%s” is open read-only. Nothing was saved."), store->path);
  return FALSE;
}

/* Statements are prepared once per library and kept, keyed by their
 * text's address: callers pass string literals. */
sqlite3_stmt *
mu_store_statement (MuStore     *store,
                    const char  *sql,
                    GError     **error)
{
  sqlite3_stmt *statement = g_hash_table_lookup (store->statements, sql);
  int rc;

  if (statement != NULL)
    {
      sqlite3_reset (statement);
      sqlite3_clear_bindings (statement);
      return statement;
    }

  rc = sqlite3_prepare_v3 (store->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, NULL);
  if (rc != SQLITE_OK)
    {
      mu_store_set_sqlite_error (store, rc, error);
      return NULL;
    }
  g_hash_table_insert (store->statements, (gpointer) sql, statement);
  return statement;
}

gboolean
mu_store_step_done (MuStore       *store,
                    sqlite3_stmt  *statement,
                    GError       **error)
{
  int rc = sqlite3_step (statement);

  sqlite3_reset (statement);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return mu_store_set_sqlite_error (store, rc, error);
  return TRUE;
}

/* Runs each statement of @sql in turn, none with parameters. */
gboolean
mu_store_exec (MuStore     *store,
               const char  *sql,
               GError     **error)
{
  const char *tail = sql;

  while (tail != NULL && *tail != '\0')
    {
      sqlite3_stmt *statement = NULL;
      int rc = sqlite3_prepare_v2 (store->db, tail, -1, &statement, &tail);

      if (rc != SQLITE_OK)
        return mu_store_set_sqlite_error (store, rc, error);
      if (statement == NULL)  /* only white space was left */
        break;
      while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
        ;
      sqlite3_finalize (statement);
      if (rc != SQLITE_DONE)
        return mu_store_set_sqlite_error (store, rc, error);
    }
  return TRUE;
}

gboolean
mu_store_begin (MuStore  *store,
                GError  **error)
{
  return mu_store_check_writable (store, error) &&
         mu_store_check_integrity (store, error) &&
         mu_store_step_done (store, mu_store_statement (store, "BEGIN IMMEDIATE", error), error);
}

gboolean
mu_store_commit (MuStore  *store,
                 GError  **error)
{
  sqlite3_stmt *statement = mu_store_statement (store, "COMMIT", error);

  return statement != NULL && mu_store_step_done (store, statement, error);
}

void
mu_store_rollback (MuStore *store)
{
  if (!sqlite3_get_autocommit (store->db))
    mu_store_exec (store, "ROLLBACK", NULL);
}

/* NFKC then case-folded: “Ёлка”, “ёлка” and “ЁЛКА” search alike. */
char *
mu_store_name_key (const char *name)
{
  g_autofree char *normal = g_utf8_normalize (name, -1, G_NORMALIZE_NFKC);

  return g_utf8_casefold (normal != NULL ? normal : "", -1);
}

static void
sql_name_key (sqlite3_context  *context,
              int               argc,
              sqlite3_value   **argv)
{
  const char *name = (const char *) sqlite3_value_text (argv[0]);
  char *key;

  g_assert (argc == 1);
  key = mu_store_name_key (name != NULL ? name : "");
  sqlite3_result_text (context, key, -1, g_free);
}

char *
mu_store_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format_iso8601 (now);
}

/* Damage is what SQLite found to be damage; anything else that kept the
 * file from being read is said as it is. */
static void
set_read_error (const char  *path,
                int          rc,
                GError     **error)
{
  if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
    g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_CORRUPT,
                 _("The library “%s” is damaged (%s). It was not changed."), path, sqlite3_errstr (rc));
  else
    g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_IO,
                 _("Could not read the library “%s” (%s). It was not changed."), path, sqlite3_errstr (rc));
}

/* Whose file it is, which version wrote it and whether it is whole, asked
 * of SQLite on a read-only connection: the header on disk may lag behind
 * the WAL, and nothing may be written before the answers are known. */
static gboolean
check_owner (const char  *path,
             gboolean     as_is,
             GError     **error)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *statement = NULL;
  int application_id = -1, user_version = -1;
  g_autofree char *verdict = NULL;
  g_autofree char *uri = mu_store_read_only_uri (path);
  int rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);

  if (rc == SQLITE_OK &&
      (rc = sqlite3_prepare_v2 (db, "SELECT * FROM pragma_application_id, pragma_user_version",
                                -1, &statement, NULL)) == SQLITE_OK &&
      (rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      application_id = sqlite3_column_int (statement, 0);
      user_version = sqlite3_column_int (statement, 1);
    }
  sqlite3_finalize (statement);
  statement = NULL;

  /* Damage is found before anything may write: on this connection. */
  if (application_id != -1 &&
      (rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &statement, NULL)) == SQLITE_OK &&
      (rc = sqlite3_step (statement)) == SQLITE_ROW)
    verdict = g_strdup ((const char *) sqlite3_column_text (statement, 0));
  sqlite3_finalize (statement);
  sqlite3_close (db);

  if (application_id == -1)
    {
      set_read_error (path, rc, error);
      return FALSE;
    }
  if ((guint32) application_id != MU_STORE_APPLICATION_ID)
    {
      g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_NOT_A_LIBRARY,
                   _("“%s” is not a Musharaka library: it is a database of another program. "
                     "It was not changed."), path);
      return FALSE;
    }
  /* Asked to, a newer or damaged library may still be looked at: what
   * can be read is shown, what cannot says so. Nothing is written. */
  if (as_is)
    return TRUE;
  if (user_version > MU_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_NEWER,
                   _("The library “%s” was written by a newer version of Musharaka (library version %d; "
                     "this one knows up to %d). It was not changed; update Musharaka to open it."),
                   path, user_version, MU_STORE_SCHEMA_VERSION);
      return FALSE;
    }
  if (verdict == NULL)
    {
      set_read_error (path, rc, error);
      return FALSE;
    }
  if (strcmp (verdict, "ok") != 0)
    {
      g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_CORRUPT,
                   _("The library “%s” is damaged (%s). It was not changed."), path, verdict);
      return FALSE;
    }
  return TRUE;
}

/* A library the user cannot write, or marked read-only even for root. */
static gboolean
file_is_read_only (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return FALSE;
  return (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0 ||
         access (path, W_OK) != 0 || access (dir, W_OK) != 0;
}

static void
finalize_statement (gpointer statement)
{
  sqlite3_finalize (statement);
}

static MuStore *
store_new (const char *path)
{
  MuStore *store = g_new0 (MuStore, 1);

  store->path = g_strdup (path);
  store->trashed = g_ptr_array_new_with_free_func (g_free);
  store->trashed_debts = g_ptr_array_new_with_free_func (g_free);
  store->statements = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                             finalize_statement);
  return store;
}

static gboolean
store_connect (MuStore  *store,
               int       flags,
               GError  **error)
{
  g_autofree char *uri = (flags & SQLITE_OPEN_READONLY) != 0 ? mu_store_read_only_uri (store->path) : NULL;
  int rc = sqlite3_open_v2 (uri != NULL ? uri : store->path, &store->db,
                            flags | SQLITE_OPEN_NOMUTEX | (uri != NULL ? SQLITE_OPEN_URI : 0), NULL);

  if (rc != SQLITE_OK)
    {
      g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_IO,
                   _("Could not open the library “%s” (%s)."), store->path,
                   store->db != NULL ? sqlite3_errmsg (store->db) : sqlite3_errstr (rc));
      return FALSE;
    }
  sqlite3_extended_result_codes (store->db, TRUE);
  sqlite3_busy_timeout (store->db, 5000);
  sqlite3_create_function (store->db, "mu_name_key", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                           NULL, sql_name_key, NULL, NULL);
  return mu_store_exec (store, "PRAGMA foreign_keys = ON", error);
}

static gboolean
store_create (MuStore          *store,
              MuStoreOpenFlags  flags,
              int               version,
              GError          **error)
{
  g_autofree char *dir = g_path_get_dirname (store->path);
  g_autofree char *set_id = g_strdup_printf ("PRAGMA application_id = %d", MU_STORE_APPLICATION_ID);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_IO,
                   _("Could not create the folder “%s” for the library: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }
  if (!store_connect (store, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error) ||
      !mu_store_exec (store, set_id, error) ||
      !mu_store_exec (store, "PRAGMA journal_mode = WAL", error) ||
      !mu_store_migrate_to (store, version, error))
    return FALSE;
  return (flags & MU_STORE_OPEN_NO_SEED) != 0 || mu_store_seed (store, error);
}

/* Switching the journal writes the header: only when needed, and only to
 * a library found whole. */
static gboolean
ensure_wal (MuStore  *store,
            GError  **error)
{
  sqlite3_stmt *statement = mu_store_statement (store, "PRAGMA journal_mode", error);
  gboolean is_wal;
  int rc;

  if (statement == NULL)
    return FALSE;
  rc = sqlite3_step (statement);
  is_wal = rc == SQLITE_ROW && g_ascii_strcasecmp ((const char *) sqlite3_column_text (statement, 0), "wal") == 0;
  sqlite3_reset (statement);
  if (rc != SQLITE_ROW)
    return mu_store_set_sqlite_error (store, rc, error);
  return is_wal ||
         (mu_store_check_integrity (store, error) && mu_store_exec (store, "PRAGMA journal_mode = WAL", error));
}

/* Deleted scenarios can be restored until the program that deleted them
 * closes the library; what a crash left in the trash goes a day later,
 * so another program opening the library meanwhile takes nothing away.
 * Only when there is something to take is anything written. */
static gboolean
empty_old_trash (MuStore  *store,
                 GError  **error)
{
  static const char sql_any[] = "SELECT 1 FROM scenarios WHERE trashed = 1 AND "
                                "modified < strftime ('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 day') LIMIT 1";
  static const char sql_delete[] = "DELETE FROM scenarios WHERE trashed = 1 AND "
                                   "modified < strftime ('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 day')";
  sqlite3_stmt *statement = mu_store_statement (store, sql_any, error);
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
  if (!mu_store_step_done (store, mu_store_statement (store, sql_delete, error), error) ||
      !mu_store_commit (store, error))
    {
      mu_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

static gboolean
store_open_existing (MuStore          *store,
                     MuStoreOpenFlags  flags,
                     GError          **error)
{
  if (!mu_store_check_header (store->path, error) ||
      !check_owner (store->path, (flags & MU_STORE_OPEN_AS_IS) != 0, error))
    return FALSE;

  store->read_only = (flags & (MU_STORE_OPEN_READ_ONLY | MU_STORE_OPEN_AS_IS)) != 0 ||
                     file_is_read_only (store->path);
  if (!store_connect (store, store->read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE, error))
    return FALSE;

  if (mu_store_get_schema_version (store) < 0)
    return mu_store_set_read_error (store, error);
  if (mu_store_get_schema_version (store) < MU_STORE_SCHEMA_VERSION && file_is_read_only (store->path))
    {
      g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_READ_ONLY,
                   _("The library “%s” was written by an older version of Musharaka and must be "
                     "upgraded, but it is read-only. It was not changed."), store->path);
      return FALSE;
    }
  if (mu_store_get_schema_version (store) < MU_STORE_SCHEMA_VERSION && store->read_only)
    {
      /* Asked only to read (an export): upgrading is a write it may not do. */
      g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_READ_ONLY,
                   _("The library “%s” was written by an older version of Musharaka and must be upgraded "
                     "before it can be read. It was not changed; open it once in Musharaka, or list it with "
                     "“musharaka-cli list”, to upgrade it."), store->path);
      return FALSE;
    }
  if (store->read_only)
    return TRUE;

  return ensure_wal (store, error) &&
         mu_store_migrate (store, error) &&
         empty_old_trash (store, error) &&
         mu_store_empty_old_debts (store, error);
}

/* A library that could not be created whole is not left half-made. */
static void
remove_library_files (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

/* A new library is made whole under a temporary name and renamed into
 * place, so that a crash while it is made leaves no half library where
 * the real one belongs. */
static gboolean
create_in_place (const char        *path,
                 MuStoreOpenFlags   flags,
                 GError           **error)
{
  g_autofree char *partial = g_strconcat (path, ".partial", NULL);
  MuStore *store;
  gboolean ok;

  remove_library_files (partial);
  store = store_new (partial);
  ok = store_create (store, flags, MU_STORE_SCHEMA_VERSION, error);
  /* Closing checkpoints the WAL into the file. */
  store->read_only = TRUE;
  mu_store_close (store);

  if (ok && mu_store_rename_no_replace (partial, path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_IO,
                   _("Could not create the library “%s”: %s"), path, g_strerror (saved_errno));
      ok = FALSE;
    }
  if (!ok)
    remove_library_files (partial);
  /* The temporary name is ours: the owner knows the library by its own. */
  if (!ok && error != NULL && *error != NULL)
    {
      g_auto(GStrv) parts = g_strsplit ((*error)->message, partial, -1);

      g_free ((*error)->message);
      (*error)->message = g_strjoinv (path, parts);
    }
  return ok;
}

MuStore *
mu_store_open (const char        *path,
               MuStoreOpenFlags   flags,
               GError           **error)
{
  g_autoptr(MuStore) store = NULL;
  gboolean exists;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!mu_store_check_path (path, &exists, error))
    return NULL;
  if (!exists)
    {
      if ((flags & (MU_STORE_OPEN_READ_ONLY | MU_STORE_OPEN_EXISTING | MU_STORE_OPEN_AS_IS)) != 0)
        {
          g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_NOT_FOUND,
                       _("There is no library “%s”."), path);
          return NULL;
        }
      if (!create_in_place (path, flags, error))
        return NULL;
    }

  store = store_new (path);
  if (!store_open_existing (store, flags, error))
    {
      /* Closing must not write either: no trash to empty. */
      store->read_only = TRUE;
      return NULL;
    }
  return g_steal_pointer (&store);
}

/* A new, empty library at an older schema version: what an earlier
 * release wrote, for the tests of the migrations. */
MuStore *
mu_store_create_at_version (const char  *path,
                            int          version,
                            GError     **error)
{
  g_autoptr(MuStore) store = store_new (path);

  g_return_val_if_fail (!g_file_test (path, G_FILE_TEST_EXISTS), NULL);

  if (!store_create (store, MU_STORE_OPEN_NO_SEED, version, error))
    return NULL;
  return g_steal_pointer (&store);
}

/* Empties the trash of what this connection deleted, in one transaction. */
static void
mu_store_purge_trashed (MuStore *store)
{
  if (!mu_store_begin (store, NULL))
    return;
  for (guint i = 0; i < store->trashed->len; i++)
    {
      sqlite3_stmt *statement = mu_store_statement (store, "DELETE FROM scenarios WHERE uuid = ?1 AND trashed = 1", NULL);

      if (statement == NULL)
        break;
      sqlite3_bind_text (statement, 1, g_ptr_array_index (store->trashed, i), -1, SQLITE_STATIC);
      if (!mu_store_step_done (store, statement, NULL))
        break;
    }
  if (!mu_store_commit (store, NULL))
    mu_store_rollback (store);
}

void
mu_store_close (MuStore *store)
{
  if (store == NULL)
    return;
  if (store->db != NULL && !store->read_only && store->trashed != NULL && store->trashed->len > 0)
    mu_store_purge_trashed (store);
  if (store->db != NULL && !store->read_only && store->trashed_debts != NULL && store->trashed_debts->len > 0)
    mu_store_purge_trashed_debts (store);
  g_clear_pointer (&store->statements, g_hash_table_unref);
  g_clear_pointer (&store->trashed, g_ptr_array_unref);
  g_clear_pointer (&store->trashed_debts, g_ptr_array_unref);
  g_free (store->damage);
  if (store->db != NULL)
    sqlite3_close (store->db);
  g_free (store->path);
  g_free (store);
}

const char *
mu_store_get_path (MuStore *store)
{
  g_return_val_if_fail (store != NULL, NULL);
  return store->path;
}

gboolean
mu_store_is_read_only (MuStore *store)
{
  g_return_val_if_fail (store != NULL, TRUE);
  return store->read_only;
}
