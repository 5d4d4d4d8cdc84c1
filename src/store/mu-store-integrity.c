/* mu-store-integrity.c — the whole check of the library, once, before
 * its first write: at once, or in a thread after the window's first frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-store"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "mu-store-private.h"

/* The tables each version of the schema has, from the version that made
 * them: SQLite's check finds a damaged table, not one that is not there. */
static const struct
{
  int         since;
  const char *name;
} tables[] = {
  { 1, "scenarios" }, { 1, "partners" }, { 1, "contributions" }, { 1, "financing" }, { 1, "buyers" },
  { 1, "profit_series" }, { 3, "valuations" },
  { 4, "debtors" }, { 4, "debts" }, { 4, "debt_payments" }, { 4, "debt_contacts" }, { 4, "debt_claims" },
  { 4, "debt_arrangements" }, { 4, "debt_write_offs" },
};

/* SQLite's verdict on the whole file, then whether every table of its
 * version is there: "ok", or what is wrong; NULL when it could not be
 * asked, with @rc saying why. */
static char *
verdict_of (sqlite3 *db,
            int     *rc)
{
  sqlite3_stmt *statement = NULL;
  char *verdict = NULL;
  int version = 0;

  *rc = sqlite3_prepare_v2 (db, "PRAGMA integrity_check (1)", -1, &statement, NULL);
  if (*rc == SQLITE_OK && (*rc = sqlite3_step (statement)) == SQLITE_ROW)
    verdict = g_strdup ((const char *) sqlite3_column_text (statement, 0));
  sqlite3_finalize (statement);
  if (verdict == NULL || strcmp (verdict, "ok") != 0)
    return verdict;

  *rc = sqlite3_prepare_v2 (db, "SELECT user_version FROM pragma_user_version", -1, &statement, NULL);
  if (*rc == SQLITE_OK && (*rc = sqlite3_step (statement)) == SQLITE_ROW)
    version = sqlite3_column_int (statement, 0);
  sqlite3_finalize (statement);
  *rc = sqlite3_prepare_v2 (db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1", -1, &statement,
                            NULL);
  for (guint i = 0; *rc == SQLITE_OK && i < G_N_ELEMENTS (tables); i++)
    {
      if (tables[i].since > version)
        continue;
      sqlite3_bind_text (statement, 1, tables[i].name, -1, SQLITE_STATIC);
      if (sqlite3_step (statement) != SQLITE_ROW)
        {
          g_free (verdict);
          /* Translators: a table of the library's database, such as “debts”. */
          verdict = g_strdup_printf (_("its table “%s” is missing"), tables[i].name);
          break;
        }
      sqlite3_reset (statement);
    }
  sqlite3_finalize (statement);
  return verdict;
}

/* The quick check at open does not compare the indexes with their
 * tables, and a write through a damaged index spreads the damage: the
 * whole check runs once, before the first write. */
gboolean
mu_store_check_integrity (MuStore  *store,
                          GError  **error)
{
  g_autofree char *verdict = NULL;
  int rc;

  g_return_val_if_fail (store != NULL, FALSE);

  if (store->integrity_checked)
    return TRUE;
  if (store->damage != NULL)
    {
      g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_CORRUPT,
                   _("The library “%s” is damaged (%s). It was not changed."), store->path, store->damage);
      return FALSE;
    }
  verdict = verdict_of (store->db, &rc);
  if (verdict == NULL)
    return mu_store_set_sqlite_error (store, rc, error);
  if (strcmp (verdict, "ok") != 0)
    {
      store->damage = g_steal_pointer (&verdict);
      return mu_store_check_integrity (store, error);
    }
  store->integrity_checked = TRUE;
  return TRUE;
}

/* In a thread, on a connection of its own: the main one stays free. */
static void
check_integrity_thread (GTask        *task,
                        gpointer      source G_GNUC_UNUSED,
                        gpointer      data,
                        GCancellable *cancellable G_GNUC_UNUSED)
{
  char **uri_path = data;
  sqlite3 *db = NULL;
  char *verdict = NULL;
  int rc = sqlite3_open_v2 (uri_path[0], &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);

  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, 5000);
      verdict = verdict_of (db, &rc);
    }
  sqlite3_close (db);
  if (verdict != NULL)
    g_task_return_pointer (task, verdict, g_free);
  else
    g_task_return_new_error (task, MU_STORE_ERROR, MU_STORE_ERROR_IO,
                             _("Could not read the library “%s” (%s). It was not changed."),
                             uri_path[1], sqlite3_errstr (rc));
}

/* mu_store_check_integrity() without holding up the caller: the window
 * starts it after its first frame. A write before the answer runs the
 * check itself and waits for it. */
void
mu_store_check_integrity_async (MuStore             *store,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, data);
  char **uri_path;

  g_return_if_fail (store != NULL);

  uri_path = g_new0 (char *, 3);
  uri_path[0] = mu_store_read_only_uri (store->path);
  uri_path[1] = g_strdup (store->path);
  g_task_set_source_tag (task, mu_store_check_integrity_async);
  g_task_set_task_data (task, uri_path, (GDestroyNotify) g_strfreev);
  g_task_run_in_thread (task, check_integrity_thread);
}

gboolean
mu_store_check_integrity_finish (MuStore       *store,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_autofree char *verdict = NULL;

  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  if ((verdict = g_task_propagate_pointer (G_TASK (result), error)) == NULL)
    return FALSE;
  if (strcmp (verdict, "ok") == 0)
    store->integrity_checked = store->damage == NULL;
  else
    {
      /* Damage found by either check stands. */
      store->integrity_checked = FALSE;
      g_free (store->damage);
      store->damage = g_steal_pointer (&verdict);
    }
  return mu_store_check_integrity (store, error);
}
