/* mu-store.h — the scenario library: one SQLite file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mu-scenario.h"

G_BEGIN_DECLS

#define MU_STORE_ERROR (mu_store_error_quark ())

typedef enum
{
  MU_STORE_ERROR_NOT_A_LIBRARY,  /* the file is something else */
  MU_STORE_ERROR_CORRUPT,        /* the file is a damaged library */
  MU_STORE_ERROR_NEWER,          /* written by a newer Musharaka */
  MU_STORE_ERROR_READ_ONLY,      /* a write to a library opened read-only */
  MU_STORE_ERROR_NOT_FOUND,      /* no scenario with that id or name */
  MU_STORE_ERROR_INVALID,        /* the scenario cannot be stored as it is */
  MU_STORE_ERROR_IO,             /* disk full, I/O error, locked: nothing was written */
  MU_STORE_ERROR_NOT_A_FILE,     /* a folder, a pipe, a device or a link in a circle in the library's place */
  MU_STORE_ERROR_UNREACHABLE,    /* a link to a file that is not there: a disk not connected */
} MuStoreError;

/* What the owner can do about a library that could not be opened. */
typedef enum
{
  MU_STORE_RECOVERY_NONE = 0,
  MU_STORE_RECOVERY_READ_ONLY = 1 << 0,   /* open it as it is, to read */
  MU_STORE_RECOVERY_MOVE_ASIDE = 1 << 1,  /* move the file aside and start a new library */
  MU_STORE_RECOVERY_RETRY = 1 << 2,       /* try again, once the disk is connected */
} MuStoreRecovery;

typedef enum
{
  MU_STORE_OPEN_DEFAULT = 0,
  MU_STORE_OPEN_READ_ONLY = 1 << 0,  /* never write, even when the file allows it */
  MU_STORE_OPEN_NO_SEED = 1 << 1,    /* a new library starts empty, without the examples */
  MU_STORE_OPEN_EXISTING = 1 << 2,   /* never create one: a library that is not there is an error */
  MU_STORE_OPEN_AS_IS = 1 << 3,      /* read-only, and a damaged or newer library is opened all the same */
} MuStoreOpenFlags;

typedef struct _MuStore MuStore;

/* One row of the library's list: what the sidebar and `list` show. */
typedef struct
{
  char      *uuid;
  char      *name;
  GDateTime *created;
  GDateTime *modified;
  char       currency[4];
  MuSchool   school;
  guint      periods;
  MuMoney    total_profit;   /* over all periods */
  gint64     bank_share;     /* the bank's first-period ownership, MU_PERCENT_100 = 100 %; -1 without financing */
  MuMoney    bank_received;  /* profit, rent and buyout over all periods; 0 without financing */
  guint      n_errors;       /* compliance findings that are errors */
  gboolean   damaged;        /* the row could not be read as stored: the figures above are not its own */
} MuStoreEntry;

GQuark        mu_store_error_quark      (void);
MuStoreRecovery mu_store_error_recovery (const GError      *error);

char         *mu_store_default_path     (void);
MuStore      *mu_store_open             (const char        *path,
                                         MuStoreOpenFlags   flags,
                                         GError           **error);
void          mu_store_close            (MuStore           *store);
const char   *mu_store_get_path         (MuStore           *store);
gboolean      mu_store_is_read_only     (MuStore           *store);
int           mu_store_get_schema_version (MuStore         *store);
gboolean      mu_store_check_integrity  (MuStore           *store,
                                         GError           **error);
void          mu_store_check_integrity_async (MuStore             *store,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             data);
gboolean      mu_store_check_integrity_finish (MuStore       *store,
                                               GAsyncResult  *result,
                                               GError       **error);

GPtrArray    *mu_store_list             (MuStore           *store,
                                         const char        *search,
                                         GError           **error);
GPtrArray    *mu_store_list_deleted     (MuStore           *store,
                                         GError           **error);
MuScenario   *mu_store_load             (MuStore           *store,
                                         const char        *uuid,
                                         GError           **error);
char         *mu_store_save             (MuStore           *store,
                                         const char        *uuid,
                                         const MuScenario  *scenario,
                                         GError           **error);
char         *mu_store_duplicate        (MuStore           *store,
                                         const char        *uuid,
                                         GError           **error);
gboolean      mu_store_rename           (MuStore           *store,
                                         const char        *uuid,
                                         const char        *name,
                                         GError           **error);
gboolean      mu_store_delete           (MuStore           *store,
                                         const char        *uuid,
                                         GError           **error);
gboolean      mu_store_undelete         (MuStore           *store,
                                         const char        *uuid,
                                         GError           **error);
char         *mu_store_find_by_name     (MuStore           *store,
                                         const char        *name,
                                         GError           **error);
char         *mu_store_import_file      (MuStore           *store,
                                         const char        *path,
                                         GError           **error);
gboolean      mu_store_export_file      (MuStore           *store,
                                         const char        *uuid,
                                         const char        *path,
                                         GError           **error);

void          mu_store_entry_free       (MuStoreEntry      *entry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MuStore, mu_store_close)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MuStoreEntry, mu_store_entry_free)

G_END_DECLS
