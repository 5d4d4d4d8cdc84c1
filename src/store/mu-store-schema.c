/* mu-store-schema.c — the library's schema and its migrations
 *
 * Each migration takes the library from one PRAGMA user_version to the
 * next in one transaction. Migrations are never edited once released: a
 * change to the schema is a new migration at the end of the list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mu-store-private.h"

/* Version 1: the normalised scenario with its key figures for the list.
 * Money is INTEGER minor units; percents INTEGER with 1 000 000 = 100 %. */
static const char schema_1[] =
  "CREATE TABLE scenarios ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  name TEXT NOT NULL CHECK (name <> ''),"
  "  currency TEXT NOT NULL CHECK (length (currency) = 3 AND currency = upper (currency)),"
  "  school TEXT NOT NULL CHECK (school IN ('hanafi', 'shafii', 'maliki', 'hanbali')),"
  "  start_date TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
  "  period TEXT NOT NULL CHECK (period IN ('month', 'quarter', 'half-year', 'year')),"
  "  periods INTEGER NOT NULL CHECK (periods BETWEEN 1 AND 1200),"
  "  notes TEXT,"
  "  profit_series INTEGER NOT NULL CHECK (profit_series IN (0, 1)),"
  "  profit_per_period INTEGER NOT NULL,"
  "  profit_growth INTEGER NOT NULL CHECK (profit_growth > -1000000),"
  "  has_balance INTEGER NOT NULL CHECK (has_balance IN (0, 1)),"
  "  total_assets INTEGER NOT NULL CHECK (total_assets >= 0),"
  "  cash INTEGER NOT NULL CHECK (cash >= 0),"
  "  receivables INTEGER NOT NULL CHECK (receivables >= 0),"
  "  certificates INTEGER NOT NULL CHECK (certificates IN (0, 1)),"
  "  created TEXT NOT NULL,"
  "  modified TEXT NOT NULL,"
  "  trashed INTEGER NOT NULL DEFAULT 0 CHECK (trashed IN (0, 1)),"
  "  total_profit INTEGER NOT NULL,"
  "  bank_share INTEGER NOT NULL CHECK (bank_share BETWEEN -1 AND 1000000),"
  "  bank_received INTEGER NOT NULL,"
  "  n_errors INTEGER NOT NULL CHECK (n_errors >= 0)"
  ");"
  "CREATE TABLE partners ("
  "  id INTEGER PRIMARY KEY,"
  "  scenario_id INTEGER NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL CHECK (position >= 0),"
  "  key TEXT NOT NULL CHECK (key <> ''),"
  "  name TEXT NOT NULL CHECK (name <> ''),"
  "  kind TEXT NOT NULL CHECK (kind IN ('owner', 'bank', 'investor')),"
  "  manages INTEGER NOT NULL CHECK (manages IN (0, 1)),"
  "  profit_share INTEGER CHECK (profit_share BETWEEN 0 AND 1000000),"
  "  loss_share INTEGER CHECK (loss_share BETWEEN 0 AND 1000000),"
  "  guarantee TEXT CHECK (guarantee IN ('amount', 'percent_of_capital')),"
  "  guarantee_value INTEGER CHECK (guarantee_value >= 0),"
  "  UNIQUE (scenario_id, position),"
  "  UNIQUE (scenario_id, key),"
  "  CHECK ((guarantee IS NULL) = (guarantee_value IS NULL))"
  ");"
  "CREATE TABLE contributions ("
  "  partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL CHECK (position >= 0),"
  "  kind TEXT NOT NULL CHECK (kind IN ('cash', 'asset')),"
  "  asset_name TEXT,"
  "  amount INTEGER NOT NULL CHECK (amount >= 0),"
  "  fungible INTEGER NOT NULL CHECK (fungible IN (0, 1)),"
  "  PRIMARY KEY (partner_id, position),"
  "  CHECK ((kind = 'cash') = (asset_name IS NULL))"
  ") WITHOUT ROWID;"
  "CREATE TABLE financing ("
  "  scenario_id INTEGER PRIMARY KEY REFERENCES scenarios (id) ON DELETE CASCADE,"
  "  object TEXT NOT NULL CHECK (object IN ('asset', 'business')),"
  "  bank TEXT NOT NULL,"
  "  installments INTEGER NOT NULL CHECK (installments BETWEEN 1 AND 1200),"
  "  every INTEGER NOT NULL CHECK (every BETWEEN 1 AND 1200),"
  "  mode TEXT NOT NULL CHECK (mode IN ('transfer', 'redemption')),"
  "  unit_price TEXT NOT NULL CHECK (unit_price IN ('nominal', 'fair')),"
  "  depreciation INTEGER NOT NULL CHECK (depreciation > -1000000 AND depreciation < 1000000),"
  "  rent INTEGER NOT NULL CHECK (rent BETWEEN 0 AND 1000000),"
  "  buyout_binding INTEGER NOT NULL CHECK (buyout_binding IN (0, 1)),"
  "  late_interest INTEGER NOT NULL CHECK (late_interest IN (0, 1)),"
  "  FOREIGN KEY (scenario_id, bank) REFERENCES partners (scenario_id, key) DEFERRABLE INITIALLY DEFERRED"
  ");"
  "CREATE TABLE buyers ("
  "  scenario_id INTEGER NOT NULL REFERENCES financing (scenario_id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL CHECK (position >= 0),"
  "  partner TEXT NOT NULL,"
  "  PRIMARY KEY (scenario_id, position),"
  "  FOREIGN KEY (scenario_id, partner) REFERENCES partners (scenario_id, key) DEFERRABLE INITIALLY DEFERRED"
  ") WITHOUT ROWID;"
  "CREATE TABLE profit_series ("
  "  scenario_id INTEGER NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,"
  "  period INTEGER NOT NULL CHECK (period >= 1),"
  "  amount INTEGER NOT NULL,"
  "  PRIMARY KEY (scenario_id, period)"
  ") WITHOUT ROWID;"
  "CREATE INDEX partners_by_scenario ON partners (scenario_id, position);";

/* Version 2: a case-folded name to search by. SQLite's own case rules
 * know only ASCII; Russian and Arabic names need GLib's. */
static const char schema_2[] =
  "ALTER TABLE scenarios ADD COLUMN name_key TEXT NOT NULL DEFAULT '';"
  "UPDATE scenarios SET name_key = mu_name_key (name);";

/* Version 3: the engine's second revision. A partner may be a worker
 * (mudarib); a financing may name a loan rate to compare with, a payment
 * plan and its yearly step, the rent as a percent a year (up to 1200 %),
 * ownership costs a period, an early buyout period, and the object's
 * valuations at the buyouts for a price at valuation; a buyer may have an
 * agreed share of the units.
 * SQLite changes a CHECK only by making the table anew: the partners and
 * the financing are each copied into a new table that takes the old one's
 * name, with foreign keys off for the migration so that dropping the old
 * table takes no contribution or buyer with it (see migrate_one()). */
static const char schema_3[] =
  "CREATE TABLE partners_3 ("
  "  id INTEGER PRIMARY KEY,"
  "  scenario_id INTEGER NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL CHECK (position >= 0),"
  "  key TEXT NOT NULL CHECK (key <> ''),"
  "  name TEXT NOT NULL CHECK (name <> ''),"
  "  kind TEXT NOT NULL CHECK (kind IN ('owner', 'bank', 'investor', 'worker')),"
  "  manages INTEGER NOT NULL CHECK (manages IN (0, 1)),"
  "  profit_share INTEGER CHECK (profit_share BETWEEN 0 AND 1000000),"
  "  loss_share INTEGER CHECK (loss_share BETWEEN 0 AND 1000000),"
  "  guarantee TEXT CHECK (guarantee IN ('amount', 'percent_of_capital')),"
  "  guarantee_value INTEGER CHECK (guarantee_value >= 0),"
  "  UNIQUE (scenario_id, position),"
  "  UNIQUE (scenario_id, key),"
  "  CHECK ((guarantee IS NULL) = (guarantee_value IS NULL))"
  ");"
  "INSERT INTO partners_3 (id, scenario_id, position, key, name, kind, manages, profit_share, loss_share,"
  "  guarantee, guarantee_value)"
  "  SELECT id, scenario_id, position, key, name, kind, manages, profit_share, loss_share, guarantee,"
  "  guarantee_value FROM partners;"
  "DROP TABLE partners;"
  "ALTER TABLE partners_3 RENAME TO partners;"
  "CREATE INDEX partners_by_scenario ON partners (scenario_id, position);"
  "CREATE TABLE financing_3 ("
  "  scenario_id INTEGER PRIMARY KEY REFERENCES scenarios (id) ON DELETE CASCADE,"
  "  object TEXT NOT NULL CHECK (object IN ('asset', 'business')),"
  "  bank TEXT NOT NULL,"
  "  installments INTEGER NOT NULL CHECK (installments BETWEEN 1 AND 1200),"
  "  every INTEGER NOT NULL CHECK (every BETWEEN 1 AND 1200),"
  "  mode TEXT NOT NULL CHECK (mode IN ('transfer', 'redemption')),"
  "  unit_price TEXT NOT NULL CHECK (unit_price IN ('nominal', 'fair', 'valuation')),"
  "  depreciation INTEGER NOT NULL CHECK (depreciation > -1000000 AND depreciation < 1000000),"
  "  rent INTEGER NOT NULL CHECK (rent BETWEEN 0 AND 12000000),"
  "  buyout_binding INTEGER NOT NULL CHECK (buyout_binding IN (0, 1)),"
  "  late_interest INTEGER NOT NULL CHECK (late_interest IN (0, 1)),"
  "  loan_rate INTEGER CHECK (loan_rate BETWEEN 0 AND 10000000),"
  "  plan TEXT NOT NULL DEFAULT 'equal-units' CHECK (plan IN ('equal-units', 'level', 'step-up')),"
  "  step INTEGER NOT NULL DEFAULT 0 CHECK (step BETWEEN 0 AND 1000000),"
  "  rent_annual INTEGER NOT NULL DEFAULT 0 CHECK (rent_annual IN (0, 1)),"
  "  costs INTEGER NOT NULL DEFAULT 0 CHECK (costs >= 0),"
  "  early_buyout INTEGER NOT NULL DEFAULT 0 CHECK (early_buyout >= 0),"
  "  CHECK (rent_annual = 1 OR rent <= 1000000),"
  "  FOREIGN KEY (scenario_id, bank) REFERENCES partners (scenario_id, key) DEFERRABLE INITIALLY DEFERRED"
  ");"
  "INSERT INTO financing_3 (scenario_id, object, bank, installments, every, mode, unit_price, depreciation,"
  "  rent, buyout_binding, late_interest)"
  "  SELECT scenario_id, object, bank, installments, every, mode, unit_price, depreciation, rent,"
  "  buyout_binding, late_interest FROM financing;"
  "DROP TABLE financing;"
  "ALTER TABLE financing_3 RENAME TO financing;"
  "CREATE TABLE valuations ("
  "  scenario_id INTEGER NOT NULL REFERENCES financing (scenario_id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL CHECK (position >= 0),"
  "  value INTEGER NOT NULL CHECK (value > 0),"
  "  PRIMARY KEY (scenario_id, position)"
  ") WITHOUT ROWID;"
  "ALTER TABLE buyers ADD COLUMN share INTEGER CHECK (share BETWEEN 0 AND 1000000);";

/* A calendar date as ISO text from the year 1900 (MU_DEBT_YEAR_MIN): the
 * form, and a day the calendar has (SQLite moves 2023-02-29 on to
 * 2023-03-01 when asked to add nothing). NULL passes, as CHECK lets it: a
 * column that needs a date is NOT NULL. */
#define ISO_DATE(column) \
  "(" column " GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND " column " >= '1900-01-01' AND " \
  "date (" column ", '+0 days') IS " column ")"
#define MINOR_UNITS(column) "typeof (" column ") = 'integer'"

/* Version 4: the register of receivables (DESIGN.md, "Receivables and
 * pre-trial collection"). A debtor and its debts; each debt's history —
 * payments and contacts in their order, the written claim, an
 * arrangement, a write-off — goes with the debt when it is deleted. The
 * CHECKs are mu_debt_validate()'s limits; kinds are words, as the
 * scenarios' are, dates ISO text. A deleted debt waits in the trash, as
 * a scenario does. */
static const char schema_4[] =
  "CREATE TABLE debtors ("
  "  id INTEGER PRIMARY KEY,"
  "  key TEXT NOT NULL UNIQUE CHECK (key <> ''),"
  "  name TEXT NOT NULL CHECK (name <> ''),"
  "  name_key TEXT NOT NULL,"
  "  kind TEXT NOT NULL CHECK (kind IN ('company', 'person')),"
  "  tax_number TEXT CHECK (tax_number <> ''),"
  "  address TEXT,"
  "  contacts TEXT,"
  "  hardship INTEGER NOT NULL CHECK (hardship IN (0, 1)),"
  "  notes TEXT"
  ");"
  "CREATE TABLE debts ("
  "  id INTEGER PRIMARY KEY,"
  "  key TEXT NOT NULL UNIQUE CHECK (key <> ''),"
  "  debtor_id INTEGER NOT NULL REFERENCES debtors (id),"
  "  document TEXT,"
  "  document_date TEXT CHECK " ISO_DATE ("document_date") ","
  "  currency TEXT NOT NULL CHECK (length (currency) = 3 AND currency GLOB '[A-Z][A-Z][A-Z]'),"
  "  amount INTEGER NOT NULL CHECK (" MINOR_UNITS ("amount") " AND amount > 0),"
  "  due TEXT NOT NULL CHECK " ISO_DATE ("due") ","
  "  claim_days INTEGER NOT NULL CHECK (claim_days BETWEEN 1 AND 365),"
  "  charity_pledge INTEGER NOT NULL CHECK (" MINOR_UNITS ("charity_pledge") " AND charity_pledge >= 0),"
  "  late_interest INTEGER NOT NULL CHECK (late_interest IN (0, 1)),"
  "  notes TEXT,"
  "  created TEXT NOT NULL,"
  "  modified TEXT NOT NULL,"
  "  trashed INTEGER NOT NULL DEFAULT 0 CHECK (trashed IN (0, 1)),"
  "  CHECK (due >= document_date)"
  ");"
  "CREATE INDEX debts_by_debtor ON debts (debtor_id, due);"
  "CREATE INDEX debts_by_due ON debts (trashed, due);"
  "CREATE TABLE debt_payments ("
  "  debt_id INTEGER NOT NULL REFERENCES debts (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL CHECK (position >= 0),"
  "  date TEXT NOT NULL CHECK " ISO_DATE ("date") ","
  "  amount INTEGER NOT NULL CHECK (" MINOR_UNITS ("amount") " AND amount > 0),"
  "  kind TEXT NOT NULL CHECK (kind IN ('cash', 'in-kind', 'set-off')),"
  "  note TEXT,"
  "  PRIMARY KEY (debt_id, position)"
  ") WITHOUT ROWID;"
  "CREATE TABLE debt_contacts ("
  "  debt_id INTEGER NOT NULL REFERENCES debts (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL CHECK (position >= 0),"
  "  date TEXT NOT NULL CHECK " ISO_DATE ("date") ","
  "  kind TEXT NOT NULL CHECK (kind IN ('call', 'letter', 'message', 'meeting')),"
  "  with_whom TEXT CHECK (with_whom <> ''),"
  "  note TEXT,"
  "  next_step TEXT CHECK (" ISO_DATE ("next_step") " AND next_step >= date),"
  "  PRIMARY KEY (debt_id, position)"
  ") WITHOUT ROWID;"
  "CREATE TABLE debt_claims ("
  "  debt_id INTEGER PRIMARY KEY REFERENCES debts (id) ON DELETE CASCADE,"
  "  sent TEXT NOT NULL CHECK " ISO_DATE ("sent") ","
  "  method TEXT NOT NULL CHECK (method IN ('post', 'hand', 'email', 'courier')),"
  "  delivered TEXT CHECK (" ISO_DATE ("delivered") " AND delivered >= sent)"
  ");"
  "CREATE TABLE debt_arrangements ("
  "  debt_id INTEGER PRIMARY KEY REFERENCES debts (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL CHECK (kind IN ('deferral', 'instalments')),"
  "  agreed TEXT NOT NULL CHECK " ISO_DATE ("agreed") ","
  "  first_due TEXT NOT NULL CHECK " ISO_DATE ("first_due") ","
  "  n INTEGER NOT NULL CHECK (n >= 0),"
  "  every INTEGER NOT NULL CHECK (every >= 0),"
  "  CHECK (kind = 'deferral' OR (n BETWEEN 1 AND 600 AND every BETWEEN 1 AND 12)),"
  "  CHECK (first_due >= agreed)"
  ");"
  "CREATE TABLE debt_write_offs ("
  "  debt_id INTEGER PRIMARY KEY REFERENCES debts (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL CHECK (kind IN ('forgiven', 'uncollectable')),"
  "  date TEXT NOT NULL CHECK " ISO_DATE ("date")
  ");";

typedef struct
{
  const char *sql;
  gboolean    remakes_tables;  /* foreign keys off while it runs */
} Migration;

static const Migration migrations[] = {
  { schema_1, FALSE },
  { schema_2, FALSE },
  { schema_3, TRUE },
  { schema_4, FALSE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == MU_STORE_SCHEMA_VERSION);

/* Whether every reference holds, after a migration made a table anew. */
static gboolean
check_foreign_keys (MuStore  *store,
                    GError  **error)
{
  sqlite3_stmt *statement = mu_store_statement (store, "PRAGMA foreign_key_check", error);
  int rc;

  if (statement == NULL)
    return FALSE;
  rc = sqlite3_step (statement);
  sqlite3_reset (statement);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc == SQLITE_ROW)
    return mu_store_set_sqlite_error (store, SQLITE_CONSTRAINT, error);
  return mu_store_set_sqlite_error (store, rc, error);
}

static int
read_user_version (MuStore *store)
{
  sqlite3_stmt *statement = mu_store_statement (store, "PRAGMA user_version", NULL);
  int version = -1;

  if (statement != NULL && sqlite3_step (statement) == SQLITE_ROW)
    version = sqlite3_column_int (statement, 0);
  if (statement != NULL)
    sqlite3_reset (statement);
  return version;
}

int
mu_store_get_schema_version (MuStore *store)
{
  g_return_val_if_fail (store != NULL, -1);
  return read_user_version (store);
}

/* Runs the migrations from the library's version up to @version in one
 * transaction, so that a crash or a failure leaves the library as it was,
 * never between two versions. When one of them makes a table anew,
 * foreign keys are off while they run — the pragma has no effect inside
 * a transaction, so it is set around it — and are checked before the
 * commit, as SQLite's procedure for schema changes says. */
gboolean
mu_store_migrate_to (MuStore  *store,
                     int       version,
                     GError  **error)
{
  int current = read_user_version (store);
  g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", version);
  gboolean remakes = FALSE;
  gboolean ok;

  g_return_val_if_fail (version <= MU_STORE_SCHEMA_VERSION, FALSE);

  if (current < 0)
    return mu_store_set_read_error (store, error);
  if (current >= version)
    return TRUE;
  for (int v = current; v < version; v++)
    remakes |= migrations[v].remakes_tables;

  if (remakes && !mu_store_exec (store, "PRAGMA foreign_keys = OFF", error))
    return FALSE;
  ok = mu_store_begin (store, error);
  for (int v = current; ok && v < version; v++)
    ok = mu_store_exec (store, migrations[v].sql, error);
  ok = ok && (!remakes || check_foreign_keys (store, error)) &&
       mu_store_exec (store, bump, error) && mu_store_commit (store, error);
  if (!ok)
    mu_store_rollback (store);
  if (remakes)
    ok &= mu_store_exec (store, "PRAGMA foreign_keys = ON", ok ? error : NULL);
  if (!ok)
    /* Translators: the library's file, then the version it was to be upgraded to. */
    g_prefix_error (error, _("Could not upgrade the library “%s” to version %d: "), store->path, version);
  return ok;
}

gboolean
mu_store_migrate (MuStore  *store,
                  GError  **error)
{
  return mu_store_migrate_to (store, MU_STORE_SCHEMA_VERSION, error);
}
