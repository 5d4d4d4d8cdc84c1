/* mu-store-library.c — what the window and the command line do with the
 * library: list, load, save, duplicate, rename, delete, import, export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-store"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include <stdlib.h>
#include <string.h>

#include "mu-engine.h"
#include "mu-examples-resources.h"
#include "mu-money-private.h"
#include "mu-exchange.h"
#include "mu-store-private.h"

/* The columns of a list's row, in the order read_entry() reads them. */
#define ENTRY_COLUMNS \
  "uuid, name, created, modified, currency, school, periods, total_profit, bank_share, bank_received, n_errors"

static const char sql_list[] =
  "SELECT " ENTRY_COLUMNS " FROM scenarios"
  " WHERE trashed = 0 AND (?1 IS NULL OR instr (name_key, ?1) > 0)"
  " ORDER BY modified DESC, id DESC";
static const char sql_deleted[] = "SELECT " ENTRY_COLUMNS " FROM scenarios WHERE uuid = ?1 AND trashed = 1";
static const char sql_find_id[] = "SELECT id FROM scenarios WHERE uuid = ?1 AND trashed = 0";
static const char sql_find_name[] =
  "SELECT uuid FROM scenarios WHERE name = ?1 AND trashed = 0 ORDER BY modified DESC, id DESC LIMIT 1";
static const char sql_name_taken[] = "SELECT 1 FROM scenarios WHERE name = ?1 AND trashed = 0";
static const char sql_insert[] =
  "INSERT INTO scenarios (uuid, name, name_key, currency, school, start_date, period, periods, notes,"
  " profit_series, profit_per_period, profit_growth, has_balance, total_assets, cash, receivables,"
  " certificates, created, modified, total_profit, bank_share, bank_received, n_errors)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?18,"
  " ?19, ?20, ?21, ?22)";
static const char sql_update[] =
  "UPDATE scenarios SET name = ?2, name_key = ?3, currency = ?4, school = ?5, start_date = ?6,"
  " period = ?7, periods = ?8, notes = ?9, profit_series = ?10, profit_per_period = ?11,"
  " profit_growth = ?12, has_balance = ?13, total_assets = ?14, cash = ?15, receivables = ?16,"
  " certificates = ?17, modified = ?18, total_profit = ?19, bank_share = ?20, bank_received = ?21,"
  " n_errors = ?22 WHERE uuid = ?1 AND trashed = 0";
static const char sql_rename[] =
  "UPDATE scenarios SET name = ?2, name_key = ?3, modified = ?4 WHERE uuid = ?1 AND trashed = 0";
static const char sql_trash[] =
  "UPDATE scenarios SET trashed = ?2, modified = ?4 WHERE uuid = ?1 AND trashed = ?3";

void
mu_store_entry_free (MuStoreEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->uuid);
  g_free (entry->name);
  g_clear_pointer (&entry->created, g_date_time_unref);
  g_clear_pointer (&entry->modified, g_date_time_unref);
  g_free (entry);
}

static void
set_not_found (MuStore     *store,
               GError     **error)
{
  g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_NOT_FOUND,
               _("The scenario is no longer in the library “%s”."), store->path);
}

/* The row id of a scenario that is not in the trash, or 0. */
static gint64
find_id (MuStore     *store,
         const char  *uuid,
         GError     **error)
{
  sqlite3_stmt *statement = mu_store_statement (store, sql_find_id, error);
  gint64 id = 0;
  int rc;

  if (statement == NULL)
    return 0;
  sqlite3_bind_text (statement, 1, uuid, -1, SQLITE_STATIC);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (statement, 0);
  sqlite3_reset (statement);
  if (rc == SQLITE_DONE)
    set_not_found (store, error);
  else if (rc != SQLITE_ROW)
    mu_store_set_sqlite_error (store, rc, error);
  return id;
}

static GDateTime *
column_time (sqlite3_stmt *statement,
             int           column,
             gboolean     *bad)
{
  const char *text = (const char *) sqlite3_column_text (statement, column);
  GDateTime *time = text != NULL ? g_date_time_new_from_iso8601 (text, NULL) : NULL;

  if (time != NULL)
    return time;
  *bad = TRUE;
  return g_date_time_new_from_unix_utc (0);
}

static gint64
column_in_range (sqlite3_stmt *statement,
                 int           column,
                 gint64        min,
                 gint64        max,
                 gint64        fallback,
                 gboolean     *bad)
{
  gint64 value = sqlite3_column_int64 (statement, column);

  if (sqlite3_column_type (statement, column) == SQLITE_INTEGER && value >= min && value <= max)
    return value;
  *bad = TRUE;
  return fallback;
}

/* One row of the list, every column checked: the cached figures are what
 * another program may have changed. A bad row is a damaged scenario,
 * shown as such with harmless values, never as it was stored. */
static MuStoreEntry *
read_entry (sqlite3_stmt *statement)
{
  MuStoreEntry *entry = g_new0 (MuStoreEntry, 1);
  const char *uuid = (const char *) sqlite3_column_text (statement, 0);
  const char *name = (const char *) sqlite3_column_text (statement, 1);
  const char *currency = (const char *) sqlite3_column_text (statement, 4);
  const char *school_text = (const char *) sqlite3_column_text (statement, 5);
  gboolean bad = uuid == NULL || name == NULL;
  int school = 0;

  entry->uuid = g_strdup (uuid != NULL ? uuid : "");
  entry->name = g_strdup (name != NULL ? name : "");
  entry->created = column_time (statement, 2, &bad);
  entry->modified = column_time (statement, 3, &bad);
  if (currency != NULL && strlen (currency) == 3 &&
      g_ascii_isupper (currency[0]) && g_ascii_isupper (currency[1]) && g_ascii_isupper (currency[2]))
    g_strlcpy (entry->currency, currency, sizeof entry->currency);
  else
    bad = TRUE;
  if (school_text == NULL || !mu_enum_from_string (MU_ENUM_SCHOOL, school_text, &school))
    bad = TRUE;
  entry->school = school;
  entry->periods = column_in_range (statement, 6, 1, G_MAXINT, 0, &bad);
  entry->total_profit = column_in_range (statement, 7, G_MININT64, G_MAXINT64, 0, &bad);
  entry->bank_share = column_in_range (statement, 8, -1, MU_PERCENT_100, -1, &bad);
  entry->bank_received = column_in_range (statement, 9, G_MININT64, G_MAXINT64, 0, &bad);
  entry->n_errors = column_in_range (statement, 10, 0, G_MAXINT, 0, &bad);
  if (bad)
    {
      entry->damaged = TRUE;
      entry->bank_share = -1;
      entry->n_errors = 0;
    }
  return entry;
}

GPtrArray *
mu_store_list (MuStore     *store,
               const char  *search,
               GError     **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_store_entry_free);
  g_autofree char *key = search != NULL && search[0] != '\0' ? mu_store_name_key (search) : NULL;
  sqlite3_stmt *statement;
  int rc;

  g_return_val_if_fail (store != NULL, NULL);

  if ((statement = mu_store_statement (store, sql_list, error)) == NULL)
    return NULL;
  if (key != NULL)
    sqlite3_bind_text (statement, 1, key, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    g_ptr_array_add (entries, read_entry (statement));
  sqlite3_reset (statement);
  if (rc != SQLITE_DONE)
    {
      mu_store_set_sqlite_error (store, rc, error);
      return NULL;
    }
  return g_steal_pointer (&entries);
}

/* The scenarios this connection moved to the trash that are still there,
 * the most recently deleted first: what mu_store_undelete() can bring
 * back. An entry's modified is when it was deleted, since moving it to
 * the trash stamps it. What another connection deleted is that one's to
 * restore or to purge when it closes, and is not listed. */
GPtrArray *
mu_store_list_deleted (MuStore  *store,
                       GError  **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_store_entry_free);

  g_return_val_if_fail (store != NULL, NULL);

  for (guint i = store->trashed->len; i-- > 0;)
    {
      sqlite3_stmt *statement = mu_store_statement (store, sql_deleted, error);
      int rc;

      if (statement == NULL)
        return NULL;
      sqlite3_bind_text (statement, 1, g_ptr_array_index (store->trashed, i), -1, SQLITE_STATIC);
      rc = sqlite3_step (statement);
      /* No row: another connection restored it meanwhile. */
      if (rc == SQLITE_ROW)
        g_ptr_array_add (entries, read_entry (statement));
      sqlite3_reset (statement);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        {
          mu_store_set_sqlite_error (store, rc, error);
          return NULL;
        }
    }
  return g_steal_pointer (&entries);
}

MuScenario *
mu_store_load (MuStore     *store,
               const char  *uuid,
               GError     **error)
{
  gint64 id;

  g_return_val_if_fail (store != NULL, NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  /* One read transaction: a save from another process cannot slip in
   * between the scenario's rows. */
  if (!mu_store_exec (store, "BEGIN", error))
    return NULL;
  if ((id = find_id (store, uuid, error)) == 0)
    {
      mu_store_exec (store, "COMMIT", NULL);
      return NULL;
    }
  {
    MuScenario *scenario = mu_store_read_scenario (store, id, error);

    mu_store_exec (store, "COMMIT", NULL);
    return scenario;
  }
}

/* The figures the list shows, from one run of the engine. */
static gboolean
key_figures (const MuScenario *scenario,
             MuMoney          *total_profit,
             gint64           *bank_share,
             MuMoney          *bank_received,
             guint            *n_errors,
             GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(MuResult) result = mu_engine_run (scenario, &local_error);

  if (result == NULL)
    {
      g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_INVALID,
                   _("The scenario “%s” cannot be saved: %s"), scenario->name, local_error->message);
      return FALSE;
    }

  *total_profit = result->total_profit;
  *bank_share = -1;
  *bank_received = 0;
  if (result->bank >= 0)
    {
      const MuPartnerPeriod *first = mu_result_get (result, 1, result->bank);
      MuMoney pool = result->periods[0].pool;

      *bank_share = pool > 0 ? (gint64) mu_wide_div_round ((MuWide) first->stake * MU_PERCENT_100, pool) : 0;
      *bank_received = result->partner_paid[result->bank];
    }
  *n_errors = 0;
  for (guint i = 0; i < result->findings->len; i++)
    if (((MuFinding *) g_ptr_array_index (result->findings, i))->severity == MU_SEVERITY_ERROR)
      (*n_errors)++;
  return TRUE;
}

static gboolean
write_row (MuStore          *store,
           const char       *sql,
           const char       *uuid,
           const MuScenario *scenario,
           GError          **error)
{
  sqlite3_stmt *statement = mu_store_statement (store, sql, error);
  g_autofree char *key = mu_store_name_key (scenario->name);
  g_autofree char *now = mu_store_now ();
  char start[11];
  MuMoney total_profit, bank_received;
  gint64 bank_share;
  guint n_errors;

  if (statement == NULL ||
      !key_figures (scenario, &total_profit, &bank_share, &bank_received, &n_errors, error))
    return FALSE;

  mu_date_format_iso (&scenario->start, start);
  sqlite3_bind_text (statement, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 2, scenario->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 3, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 4, scenario->currency, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 5, mu_enum_to_string (MU_ENUM_SCHOOL, scenario->school), -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 6, start, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 7, mu_enum_to_string (MU_ENUM_PERIOD_LENGTH, scenario->period), -1, SQLITE_STATIC);
  sqlite3_bind_int (statement, 8, scenario->periods);
  if (scenario->notes != NULL)
    sqlite3_bind_text (statement, 9, scenario->notes, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (statement, 9);
  sqlite3_bind_int (statement, 10, scenario->profit.is_series ? 1 : 0);
  sqlite3_bind_int64 (statement, 11, scenario->profit.per_period);
  sqlite3_bind_int64 (statement, 12, scenario->profit.growth);
  sqlite3_bind_int (statement, 13, scenario->balance.enabled ? 1 : 0);
  sqlite3_bind_int64 (statement, 14, scenario->balance.total_assets);
  sqlite3_bind_int64 (statement, 15, scenario->balance.cash);
  sqlite3_bind_int64 (statement, 16, scenario->balance.receivables);
  sqlite3_bind_int (statement, 17, scenario->balance.certificates ? 1 : 0);
  sqlite3_bind_text (statement, 18, now, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (statement, 19, total_profit);
  sqlite3_bind_int64 (statement, 20, bank_share);
  sqlite3_bind_int64 (statement, 21, bank_received);
  sqlite3_bind_int (statement, 22, n_errors);
  return mu_store_step_done (store, statement, error);
}

/* Saves @scenario as a new scenario when @uuid is NULL, or over the one
 * with @uuid. Returns the scenario's uuid. One transaction: the library
 * holds the old version or the new one, never a mix. */
char *
mu_store_save (MuStore          *store,
               const char       *uuid,
               const MuScenario *scenario,
               GError          **error)
{
  g_autofree char *new_uuid = NULL;
  g_autoptr(GError) invalid = NULL;
  gint64 id;

  g_return_val_if_fail (store != NULL, NULL);
  g_return_val_if_fail (scenario != NULL, NULL);

  if (!mu_scenario_validate (scenario, &invalid))
    {
      g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_INVALID,
                   _("The scenario “%s” cannot be saved: %s"), scenario->name, invalid->message);
      return NULL;
    }
  if (!mu_store_begin (store, error))
    return NULL;

  if (uuid == NULL)
    {
      new_uuid = g_uuid_string_random ();
      if (!write_row (store, sql_insert, new_uuid, scenario, error))
        goto fail;
      id = sqlite3_last_insert_rowid (store->db);
    }
  else
    {
      new_uuid = g_strdup (uuid);
      if ((id = find_id (store, uuid, error)) == 0 ||
          !write_row (store, sql_update, uuid, scenario, error))
        goto fail;
    }

  if (!mu_store_write_scenario (store, id, scenario, error) ||
      !mu_store_commit (store, error))
    goto fail;
  return g_steal_pointer (&new_uuid);

fail:
  mu_store_rollback (store);
  return NULL;
}

static gboolean
name_taken (MuStore    *store,
            const char *name)
{
  sqlite3_stmt *statement = mu_store_statement (store, sql_name_taken, NULL);
  gboolean taken;

  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, name, -1, SQLITE_STATIC);
  taken = sqlite3_step (statement) == SQLITE_ROW;
  sqlite3_reset (statement);
  return taken;
}

/* @name, or “@name (2)”, “@name (3)”… whichever is free: an import or a
 * copy never takes the name of a scenario already there. */
static char *
free_name (MuStore    *store,
           const char *name)
{
  if (!name_taken (store, name))
    return g_strdup (name);
  for (guint n = 2;; n++)
    {
      /* Translators: a scenario's name with a number that tells copies
       * apart, as in “Harvester (2)”. */
      g_autofree char *numbered = g_strdup_printf (_("%s (%u)"), name, n);

      if (!name_taken (store, numbered))
        return g_steal_pointer (&numbered);
    }
}

/* Saves @scenario as a new one under a free name. */
static char *
save_as_new (MuStore    *store,
             MuScenario *scenario,
             GError    **error)
{
  char *name = free_name (store, scenario->name);

  g_free (scenario->name);
  scenario->name = name;
  return mu_store_save (store, NULL, scenario, error);
}

char *
mu_store_duplicate (MuStore     *store,
                    const char  *uuid,
                    GError     **error)
{
  g_autoptr(MuScenario) scenario = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (store != NULL, NULL);

  if (!mu_store_check_writable (store, error) ||
      (scenario = mu_store_load (store, uuid, error)) == NULL)
    return NULL;

  /* Translators: the name of a copy of a scenario. */
  name = g_strdup_printf (_("%s (copy)"), scenario->name);
  g_free (scenario->name);
  scenario->name = g_steal_pointer (&name);
  return save_as_new (store, scenario, error);
}

/* Runs @statement, a bound UPDATE of one scenario, as a transaction of
 * its own; no row changed means the scenario is gone. */
static gboolean
update_one (MuStore       *store,
            sqlite3_stmt  *statement,
            GError       **error)
{
  if (!mu_store_begin (store, error))
    return FALSE;
  if (!mu_store_step_done (store, statement, error))
    goto fail;
  if (sqlite3_changes (store->db) == 0)
    {
      set_not_found (store, error);
      goto fail;
    }
  if (mu_store_commit (store, error))
    return TRUE;

fail:
  mu_store_rollback (store);
  return FALSE;
}

gboolean
mu_store_rename (MuStore     *store,
                 const char  *uuid,
                 const char  *name,
                 GError     **error)
{
  g_autofree char *key = NULL;
  g_autofree char *now = NULL;
  sqlite3_stmt *statement;

  g_return_val_if_fail (store != NULL && uuid != NULL && name != NULL, FALSE);

  key = g_strstrip (g_strdup (name));
  if (key[0] == '\0')
    {
      g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_INVALID, _("A scenario needs a name."));
      return FALSE;
    }
  g_free (key);
  key = mu_store_name_key (name);
  now = mu_store_now ();
  if ((statement = mu_store_statement (store, sql_rename, error)) == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 2, name, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 3, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 4, now, -1, SQLITE_STATIC);
  return update_one (store, statement, error);
}

static gboolean
set_trashed (MuStore     *store,
             const char  *uuid,
             gboolean     trashed,
             GError     **error)
{
  sqlite3_stmt *statement = mu_store_statement (store, sql_trash, error);
  g_autofree char *now = mu_store_now ();
  guint index;

  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int (statement, 2, trashed ? 1 : 0);
  sqlite3_bind_int (statement, 3, trashed ? 0 : 1);
  sqlite3_bind_text (statement, 4, now, -1, SQLITE_STATIC);
  if (!update_one (store, statement, error))
    return FALSE;

  /* Only what this connection deleted is purged when it closes. Each
   * uuid is there once, where its last deletion puts it: another
   * connection may have restored it in between, to be deleted again here. */
  if (g_ptr_array_find_with_equal_func (store->trashed, uuid, g_str_equal, &index))
    g_ptr_array_remove_index (store->trashed, index);
  if (trashed)
    g_ptr_array_add (store->trashed, g_strdup (uuid));
  return TRUE;
}

/* Moves the scenario to the trash, from which mu_store_undelete() brings
 * it back until the library is closed. */
gboolean
mu_store_delete (MuStore     *store,
                 const char  *uuid,
                 GError     **error)
{
  g_return_val_if_fail (store != NULL && uuid != NULL, FALSE);
  return set_trashed (store, uuid, TRUE, error);
}

gboolean
mu_store_undelete (MuStore     *store,
                   const char  *uuid,
                   GError     **error)
{
  g_return_val_if_fail (store != NULL && uuid != NULL, FALSE);
  return set_trashed (store, uuid, FALSE, error);
}

/* The most recently changed scenario called exactly @name, or the one
 * whose uuid is @name. */
char *
mu_store_find_by_name (MuStore     *store,
                       const char  *name,
                       GError     **error)
{
  sqlite3_stmt *statement;
  char *uuid = NULL;
  int rc;

  g_return_val_if_fail (store != NULL && name != NULL, NULL);

  if (g_uuid_string_is_valid (name) && find_id (store, name, NULL) != 0)
    return g_strdup (name);

  if ((statement = mu_store_statement (store, sql_find_name, error)) == NULL)
    return NULL;
  sqlite3_bind_text (statement, 1, name, -1, SQLITE_STATIC);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    uuid = g_strdup ((const char *) sqlite3_column_text (statement, 0));
  sqlite3_reset (statement);
  if (rc == SQLITE_DONE)
    g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_NOT_FOUND,
                 _("There is no scenario called “%s” in the library “%s”."), name, store->path);
  else if (rc != SQLITE_ROW)
    mu_store_set_sqlite_error (store, rc, error);
  return uuid;
}

char *
mu_store_import_file (MuStore     *store,
                      const char  *path,
                      GError     **error)
{
  g_autoptr(MuScenario) scenario = NULL;

  g_return_val_if_fail (store != NULL && path != NULL, NULL);

  if (!mu_store_check_writable (store, error))
    return NULL;
  if ((scenario = mu_exchange_read_file (path, error)) == NULL)
    {
      g_prefix_error (error, "%s: ", path);
      return NULL;
    }
  /* A scenario whose schedule cannot be computed is refused under its
   * own name and the file's, before a free name is looked for: saving
   * would name the “(2)” it was never stored as. */
  {
    g_autoptr(GError) local_error = NULL;
    g_autoptr(MuResult) result = mu_engine_run (scenario, &local_error);

    if (result == NULL)
      {
        /* Translators: a file name, the scenario's name in it, then why. */
        g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_INVALID,
                     _("%s: the scenario “%s” was not imported: %s"), path, scenario->name,
                     local_error->message);
        return NULL;
      }
  }
  return save_as_new (store, scenario, error);
}

gboolean
mu_store_export_file (MuStore     *store,
                      const char  *uuid,
                      const char  *path,
                      GError     **error)
{
  g_autoptr(MuScenario) scenario = NULL;

  g_return_val_if_fail (store != NULL && uuid != NULL && path != NULL, FALSE);

  return (scenario = mu_store_load (store, uuid, error)) != NULL &&
         mu_exchange_write_file (scenario, path, error);
}

/* The examples' names, so that a new library greets the owner in their
 * language; the files themselves stay in English. */
static const char * const example_names[] = {
  N_("Bank joins the company"), N_("Harvester (redemption)"), N_("Harvester (transfer)"),
  N_("Harvester, sleeping bank at 70 %"), N_("Bank"), N_("Company"), N_("Founder 1"),
  N_("Founder 2"), N_("Founder 3"), N_("Islamic bank"),
};

static void
translate_names (MuScenario *scenario)
{
  g_autofree char *name = g_strdup (_(scenario->name));

  g_free (scenario->name);
  scenario->name = g_steal_pointer (&name);
  for (guint i = 0; i < scenario->partners->len; i++)
    {
      MuPartner *partner = mu_scenario_get_partner (scenario, i);
      g_autofree char *translated = g_strdup (_(partner->name));

      g_free (partner->name);
      partner->name = g_steal_pointer (&translated);
    }
}

static int
compare_names (const void *a,
               const void *b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* A new library starts with the article's examples, bundled as resources. */
gboolean
mu_store_seed (MuStore  *store,
               GError  **error)
{
  static const char dir[] = "/io/github/musharaka/Musharaka/examples";
  GResource *resource = mu_examples_get_resource ();
  g_auto(GStrv) names = g_resource_enumerate_children (resource, dir, G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  if (names == NULL)
    return FALSE;
  (void) example_names;
  qsort (names, g_strv_length (names), sizeof (char *), compare_names);

  /* In reverse, so that the list, newest first, shows case A first. */
  for (guint i = g_strv_length (names); i-- > 0;)
    {
      g_autofree char *path = g_build_path ("/", dir, names[i], NULL);
      g_autoptr(GBytes) bytes = g_resource_lookup_data (resource, path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      g_autoptr(MuScenario) scenario = NULL;
      g_autofree char *uuid = NULL;
      gsize length;
      const char *data;

      if (bytes == NULL)
        return FALSE;
      data = g_bytes_get_data (bytes, &length);
      if ((scenario = mu_exchange_read_data (data, length, error)) == NULL)
        return FALSE;
      translate_names (scenario);
      if ((uuid = mu_store_save (store, NULL, scenario, error)) == NULL)
        return FALSE;
    }
  return TRUE;
}
