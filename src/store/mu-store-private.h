/* mu-store-private.h — shared between the files of the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "mu-store.h"
#include "mu-store-debts.h"

G_BEGIN_DECLS

/* 'MUSH': marks the file as ours in its SQLite header. */
#define MU_STORE_APPLICATION_ID 0x4D555348
#define MU_STORE_SCHEMA_VERSION 4

struct _MuStore
{
  sqlite3    *db;
  char       *path;
  gboolean    read_only;
  GHashTable *statements;  /* const char *sql → sqlite3_stmt * */
  GPtrArray  *trashed;     /* uuids this connection moved to the trash */
  GPtrArray  *trashed_debts;  /* ids of the debts it moved there */
  gboolean    integrity_checked;
  char       *damage;      /* what the integrity check found, or NULL */
};

sqlite3_stmt *mu_store_statement        (MuStore      *store,
                                         const char   *sql,
                                         GError      **error);
gboolean      mu_store_step_done        (MuStore      *store,
                                         sqlite3_stmt *statement,
                                         GError      **error);
gboolean      mu_store_exec             (MuStore      *store,
                                         const char   *sql,
                                         GError      **error);
gboolean      mu_store_begin            (MuStore      *store,
                                         GError      **error);
gboolean      mu_store_commit           (MuStore      *store,
                                         GError      **error);
void          mu_store_rollback         (MuStore      *store);
gboolean      mu_store_set_sqlite_error (MuStore      *store,
                                         int           rc,
                                         GError      **error);
gboolean      mu_store_set_read_error   (MuStore      *store,
                                         GError      **error);
gboolean      mu_store_check_writable   (MuStore      *store,
                                         GError      **error);
char         *mu_store_name_key         (const char   *name);

/* mu-store-file.c */
gboolean      mu_store_check_path       (const char   *path,
                                         gboolean     *exists,
                                         GError      **error);
gboolean      mu_store_check_header     (const char   *path,
                                         GError      **error);
char         *mu_store_read_only_uri    (const char   *path);
int           mu_store_rename_no_replace (const char  *from,
                                          const char  *to);
char         *mu_store_now              (void);

gboolean      mu_store_migrate          (MuStore      *store,
                                         GError      **error);
gboolean      mu_store_migrate_to       (MuStore      *store,
                                         int           version,
                                         GError      **error);
MuStore      *mu_store_create_at_version (const char *path,
                                          int         version,
                                          GError    **error);
gboolean      mu_store_seed             (MuStore      *store,
                                         GError      **error);

gboolean      mu_store_write_scenario   (MuStore          *store,
                                         gint64            id,
                                         const MuScenario *scenario,
                                         GError          **error);
MuScenario   *mu_store_read_scenario    (MuStore          *store,
                                         gint64            id,
                                         GError          **error);

/* mu-store-debt-rows.c, mu-store-debt-read.c: a debt as rows of the library's tables. */
gboolean      mu_store_write_debt       (MuStore          *store,
                                         gint64           *row,
                                         gint64            debtor_row,
                                         const MuDebt     *debt,
                                         GError          **error);
MuDebt       *mu_store_read_debt        (MuStore          *store,
                                         const char       *id,
                                         gboolean          trashed,
                                         gint64           *row,
                                         GError          **error);
GPtrArray    *mu_store_read_debts       (MuStore          *store,
                                         GError          **error);

/* mu-store-debts.c */
gboolean      mu_store_set_debt_sqlite_error (MuStore     *store,
                                              const char  *id,
                                              int          rc,
                                              GError     **error);
gint64        mu_store_find_debt        (MuStore          *store,
                                         const char       *id,
                                         gboolean         *trashed,
                                         GError          **error);
gint64        mu_store_find_debtor      (MuStore          *store,
                                         const char       *id,
                                         const char       *debt,
                                         GError          **error);
gboolean      mu_store_validate_debt    (const MuDebt     *debt,
                                         GError          **error);
gboolean      mu_store_validate_debtor  (const MuDebtor   *debtor,
                                         GError          **error);
gint64        mu_store_find_same_debtor (MuStore          *store,
                                         const MuDebtor   *debtor,
                                         GError          **error);
gboolean      mu_store_write_debtor     (MuStore          *store,
                                         gboolean          update,
                                         const MuDebtor   *debtor,
                                         GError          **error);

/* mu-store-debt-edit.c: the trash of debts, emptied as that of scenarios. */
gboolean      mu_store_empty_old_debts  (MuStore          *store,
                                         GError          **error);
void          mu_store_purge_trashed_debts (MuStore       *store);

G_END_DECLS
