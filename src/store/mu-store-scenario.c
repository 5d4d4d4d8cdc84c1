/* mu-store-scenario.c — a scenario as rows of the library's tables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "mu-store-private.h"

static const char sql_delete_financing[] = "DELETE FROM financing WHERE scenario_id = ?1";
static const char sql_delete_partners[] = "DELETE FROM partners WHERE scenario_id = ?1";
static const char sql_delete_series[] = "DELETE FROM profit_series WHERE scenario_id = ?1";
static const char sql_insert_partner[] =
  "INSERT INTO partners (scenario_id, position, key, name, kind, manages, profit_share, loss_share,"
  " guarantee, guarantee_value) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
static const char sql_insert_contribution[] =
  "INSERT INTO contributions (partner_id, position, kind, asset_name, amount, fungible)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
static const char sql_insert_financing[] =
  "INSERT INTO financing (scenario_id, object, bank, installments, every, mode, unit_price,"
  " depreciation, rent, buyout_binding, late_interest, loan_rate, plan, step, rent_annual, costs, early_buyout)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)";
static const char sql_insert_buyer[] =
  "INSERT INTO buyers (scenario_id, position, partner, share) VALUES (?1, ?2, ?3, ?4)";
static const char sql_insert_valuation[] =
  "INSERT INTO valuations (scenario_id, position, value) VALUES (?1, ?2, ?3)";
static const char sql_select_valuations[] =
  "SELECT value FROM valuations WHERE scenario_id = ?1 ORDER BY position";
static const char sql_insert_series[] =
  "INSERT INTO profit_series (scenario_id, period, amount) VALUES (?1, ?2, ?3)";

static const char sql_select_scenario[] =
  "SELECT name, currency, school, start_date, period, periods, notes, profit_series, profit_per_period,"
  " profit_growth, has_balance, total_assets, cash, receivables, certificates"
  " FROM scenarios WHERE id = ?1";
static const char sql_select_partners[] =
  "SELECT id, key, name, kind, manages, profit_share, loss_share, guarantee, guarantee_value"
  " FROM partners WHERE scenario_id = ?1 ORDER BY position";
static const char sql_select_contributions[] =
  "SELECT kind, asset_name, amount, fungible FROM contributions WHERE partner_id = ?1 ORDER BY position";
static const char sql_select_financing[] =
  "SELECT object, bank, installments, every, mode, unit_price, depreciation, rent, buyout_binding,"
  " late_interest, loan_rate, plan, step, rent_annual, costs, early_buyout FROM financing WHERE scenario_id = ?1";
static const char sql_select_buyers[] =
  "SELECT partner, share FROM buyers WHERE scenario_id = ?1 ORDER BY position";
static const char sql_select_series[] =
  "SELECT amount FROM profit_series WHERE scenario_id = ?1 ORDER BY period";

static void
bind_optional (sqlite3_stmt *statement,
               int           index,
               gboolean      present,
               gint64        value)
{
  if (present)
    sqlite3_bind_int64 (statement, index, value);
  else
    sqlite3_bind_null (statement, index);
}

static gboolean
write_partner (MuStore          *store,
               gint64            scenario_id,
               guint             position,
               const MuPartner  *partner,
               GError          **error)
{
  sqlite3_stmt *statement = mu_store_statement (store, sql_insert_partner, error);
  gint64 partner_id;

  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, scenario_id);
  sqlite3_bind_int (statement, 2, position);
  sqlite3_bind_text (statement, 3, partner->id, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 4, partner->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 5, mu_enum_to_string (MU_ENUM_PARTNER_KIND, partner->kind), -1, SQLITE_STATIC);
  sqlite3_bind_int (statement, 6, partner->manages ? 1 : 0);
  bind_optional (statement, 7, partner->has_profit_share, partner->profit_share);
  bind_optional (statement, 8, partner->has_loss_share, partner->loss_share);
  if (partner->guarantee == MU_GUARANTEE_NONE)
    sqlite3_bind_null (statement, 9);
  else
    sqlite3_bind_text (statement, 9, partner->guarantee == MU_GUARANTEE_AMOUNT ? "amount" : "percent_of_capital",
                       -1, SQLITE_STATIC);
  bind_optional (statement, 10, partner->guarantee != MU_GUARANTEE_NONE, partner->guarantee_value);
  if (!mu_store_step_done (store, statement, error))
    return FALSE;
  partner_id = sqlite3_last_insert_rowid (store->db);

  for (guint j = 0; j < partner->contributions->len; j++)
    {
      const MuContribution *c = &g_array_index (partner->contributions, MuContribution, j);

      if ((statement = mu_store_statement (store, sql_insert_contribution, error)) == NULL)
        return FALSE;
      sqlite3_bind_int64 (statement, 1, partner_id);
      sqlite3_bind_int (statement, 2, j);
      sqlite3_bind_text (statement, 3, mu_enum_to_string (MU_ENUM_CONTRIBUTION_KIND, c->kind), -1, SQLITE_STATIC);
      if (c->kind == MU_CONTRIBUTION_ASSET)
        sqlite3_bind_text (statement, 4, c->name, -1, SQLITE_STATIC);
      else
        sqlite3_bind_null (statement, 4);
      sqlite3_bind_int64 (statement, 5, c->amount);
      sqlite3_bind_int (statement, 6, c->kind == MU_CONTRIBUTION_CASH || c->fungible ? 1 : 0);
      if (!mu_store_step_done (store, statement, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_financing (MuStore           *store,
                 gint64             scenario_id,
                 const MuFinancing *f,
                 GError           **error)
{
  sqlite3_stmt *statement = mu_store_statement (store, sql_insert_financing, error);

  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, scenario_id);
  sqlite3_bind_text (statement, 2, mu_enum_to_string (MU_ENUM_FINANCING_OBJECT, f->object), -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 3, f->bank_id, -1, SQLITE_STATIC);
  sqlite3_bind_int (statement, 4, f->installments);
  sqlite3_bind_int (statement, 5, f->every);
  sqlite3_bind_text (statement, 6, mu_enum_to_string (MU_ENUM_OWNERSHIP_MODE, f->mode), -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 7, mu_enum_to_string (MU_ENUM_UNIT_PRICE, f->unit_price), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (statement, 8, f->depreciation);
  sqlite3_bind_int64 (statement, 9, f->rent);
  sqlite3_bind_int (statement, 10, f->buyout_binding ? 1 : 0);
  sqlite3_bind_int (statement, 11, f->late_interest ? 1 : 0);
  bind_optional (statement, 12, f->has_loan_rate, f->loan_rate);
  sqlite3_bind_text (statement, 13, mu_enum_to_string (MU_ENUM_PAYMENT_PLAN, f->plan), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (statement, 14, f->step);
  sqlite3_bind_int (statement, 15, f->rent_annual ? 1 : 0);
  sqlite3_bind_int64 (statement, 16, f->costs);
  sqlite3_bind_int64 (statement, 17, f->early_buyout);
  if (!mu_store_step_done (store, statement, error))
    return FALSE;

  for (guint i = 0; i < f->buyer_ids->len; i++)
    {
      if ((statement = mu_store_statement (store, sql_insert_buyer, error)) == NULL)
        return FALSE;
      sqlite3_bind_int64 (statement, 1, scenario_id);
      sqlite3_bind_int (statement, 2, i);
      sqlite3_bind_text (statement, 3, g_ptr_array_index (f->buyer_ids, i), -1, SQLITE_STATIC);
      bind_optional (statement, 4, i < f->buyer_shares->len, i < f->buyer_shares->len
                                                              ? g_array_index (f->buyer_shares, gint64, i) : 0);
      if (!mu_store_step_done (store, statement, error))
        return FALSE;
    }
  for (guint k = 0; f->unit_price == MU_UNIT_PRICE_VALUATION && k < f->valuations->len; k++)
    {
      if ((statement = mu_store_statement (store, sql_insert_valuation, error)) == NULL)
        return FALSE;
      sqlite3_bind_int64 (statement, 1, scenario_id);
      sqlite3_bind_int (statement, 2, k);
      sqlite3_bind_int64 (statement, 3, g_array_index (f->valuations, MuMoney, k));
      if (!mu_store_step_done (store, statement, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
delete_children (MuStore  *store,
                 gint64    scenario_id,
                 GError  **error)
{
  const char *deletes[] = { sql_delete_financing, sql_delete_partners, sql_delete_series };

  for (guint i = 0; i < G_N_ELEMENTS (deletes); i++)
    {
      sqlite3_stmt *statement = mu_store_statement (store, deletes[i], error);

      if (statement == NULL)
        return FALSE;
      sqlite3_bind_int64 (statement, 1, scenario_id);
      if (!mu_store_step_done (store, statement, error))
        return FALSE;
    }
  return TRUE;
}

/* Replaces the partners, financing and profit series of the scenario row
 * @id; the caller holds the transaction and has written the row itself. */
gboolean
mu_store_write_scenario (MuStore          *store,
                         gint64            id,
                         const MuScenario *scenario,
                         GError          **error)
{
  if (!delete_children (store, id, error))
    return FALSE;

  for (guint i = 0; i < scenario->partners->len; i++)
    if (!write_partner (store, id, i, mu_scenario_get_partner (scenario, i), error))
      return FALSE;

  if (scenario->financing.enabled && !write_financing (store, id, &scenario->financing, error))
    return FALSE;

  for (guint t = 0; scenario->profit.is_series && t < scenario->profit.series->len; t++)
    {
      sqlite3_stmt *statement = mu_store_statement (store, sql_insert_series, error);

      if (statement == NULL)
        return FALSE;
      sqlite3_bind_int64 (statement, 1, id);
      sqlite3_bind_int (statement, 2, t + 1);
      sqlite3_bind_int64 (statement, 3, g_array_index (scenario->profit.series, MuMoney, t));
      if (!mu_store_step_done (store, statement, error))
        return FALSE;
    }
  return TRUE;
}

static const char *
column_text (sqlite3_stmt *statement,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (statement, column);

  return text != NULL ? text : "";
}

/* An enumeration's word from a column; the schema's CHECKs make a miss a
 * sign of damage. */
static gboolean
column_enum (sqlite3_stmt *statement,
             int           column,
             MuEnumType    type,
             int          *value)
{
  return mu_enum_from_string (type, column_text (statement, column), value);
}

static gboolean
read_partners (MuStore     *store,
               gint64       id,
               MuScenario  *scenario,
               GError     **error)
{
  sqlite3_stmt *partners = mu_store_statement (store, sql_select_partners, error);
  g_autoptr(GArray) partner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  if (partners == NULL)
    return FALSE;
  sqlite3_bind_int64 (partners, 1, id);
  while ((rc = sqlite3_step (partners)) == SQLITE_ROW)
    {
      MuPartner *partner = mu_partner_new (column_text (partners, 1), column_text (partners, 2), MU_PARTNER_OWNER);
      gint64 partner_id = sqlite3_column_int64 (partners, 0);
      int kind = MU_PARTNER_OWNER;

      g_ptr_array_add (scenario->partners, partner);
      g_array_append_val (partner_ids, partner_id);
      if (!column_enum (partners, 3, MU_ENUM_PARTNER_KIND, &kind))
        rc = SQLITE_CORRUPT;
      partner->kind = kind;
      partner->manages = sqlite3_column_int (partners, 4) != 0;
      partner->has_profit_share = sqlite3_column_type (partners, 5) != SQLITE_NULL;
      partner->profit_share = sqlite3_column_int64 (partners, 5);
      partner->has_loss_share = sqlite3_column_type (partners, 6) != SQLITE_NULL;
      partner->loss_share = sqlite3_column_int64 (partners, 6);
      if (sqlite3_column_type (partners, 7) != SQLITE_NULL)
        partner->guarantee = strcmp (column_text (partners, 7), "amount") == 0
                             ? MU_GUARANTEE_AMOUNT : MU_GUARANTEE_PERCENT_OF_CAPITAL;
      partner->guarantee_value = sqlite3_column_int64 (partners, 8);
      if (rc == SQLITE_CORRUPT)
        break;
    }
  sqlite3_reset (partners);
  if (rc != SQLITE_DONE)
    return mu_store_set_sqlite_error (store, rc, error);

  for (guint i = 0; i < partner_ids->len; i++)
    {
      sqlite3_stmt *contributions = mu_store_statement (store, sql_select_contributions, error);
      MuPartner *partner = mu_scenario_get_partner (scenario, i);

      if (contributions == NULL)
        return FALSE;
      sqlite3_bind_int64 (contributions, 1, g_array_index (partner_ids, gint64, i));
      while ((rc = sqlite3_step (contributions)) == SQLITE_ROW)
        {
          const char *kind = column_text (contributions, 0);

          if (strcmp (kind, "asset") == 0)
            mu_partner_add_asset (partner, column_text (contributions, 1), sqlite3_column_int64 (contributions, 2),
                                  sqlite3_column_int (contributions, 3) != 0);
          else if (strcmp (kind, "cash") == 0)
            mu_partner_add_cash (partner, sqlite3_column_int64 (contributions, 2));
          else
            {
              /* A kind this version does not know is not cash: the
               * scenario is damaged, the library may well not be. */
              g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_CORRUPT,
                           _("The scenario “%s” in the library “%s” is damaged: a contribution of “%s” is "
                             "of a kind Musharaka does not know (“%s”). The library was not changed."),
                           scenario->name, store->path, partner->name, kind);
              sqlite3_reset (contributions);
              return FALSE;
            }
        }
      sqlite3_reset (contributions);
      if (rc != SQLITE_DONE)
        return mu_store_set_sqlite_error (store, rc, error);
    }
  return TRUE;
}

/* The financing's buyers and valuations, in their order. */
static gboolean
read_financing_lists (MuStore      *store,
                      gint64        id,
                      MuFinancing  *f,
                      GError      **error)
{
  sqlite3_stmt *statement;
  int rc;

  if ((statement = mu_store_statement (store, sql_select_buyers, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, id);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      gint64 share = sqlite3_column_int64 (statement, 1);

      g_ptr_array_add (f->buyer_ids, g_strdup (column_text (statement, 0)));
      if (sqlite3_column_type (statement, 1) != SQLITE_NULL)
        g_array_append_val (f->buyer_shares, share);
    }
  sqlite3_reset (statement);
  if (rc != SQLITE_DONE)
    return mu_store_set_sqlite_error (store, rc, error);

  if ((statement = mu_store_statement (store, sql_select_valuations, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, id);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      MuMoney value = sqlite3_column_int64 (statement, 0);

      g_array_append_val (f->valuations, value);
    }
  sqlite3_reset (statement);
  return rc == SQLITE_DONE || mu_store_set_sqlite_error (store, rc, error);
}

static gboolean
read_financing (MuStore     *store,
                gint64       id,
                MuScenario  *scenario,
                GError     **error)
{
  MuFinancing *f = &scenario->financing;
  sqlite3_stmt *statement = mu_store_statement (store, sql_select_financing, error);
  int object = 0, mode = 0, price = 0, plan = 0;
  int rc;

  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    {
      f->enabled = TRUE;
      if (!column_enum (statement, 0, MU_ENUM_FINANCING_OBJECT, &object) ||
          !column_enum (statement, 4, MU_ENUM_OWNERSHIP_MODE, &mode) ||
          !column_enum (statement, 5, MU_ENUM_UNIT_PRICE, &price) ||
          !column_enum (statement, 11, MU_ENUM_PAYMENT_PLAN, &plan))
        rc = SQLITE_CORRUPT;
      f->object = object;
      f->bank_id = g_strdup (column_text (statement, 1));
      f->installments = sqlite3_column_int (statement, 2);
      f->every = sqlite3_column_int (statement, 3);
      f->mode = mode;
      f->unit_price = price;
      f->depreciation = sqlite3_column_int64 (statement, 6);
      f->rent = sqlite3_column_int64 (statement, 7);
      f->buyout_binding = sqlite3_column_int (statement, 8) != 0;
      f->late_interest = sqlite3_column_int (statement, 9) != 0;
      f->has_loan_rate = sqlite3_column_type (statement, 10) != SQLITE_NULL;
      f->loan_rate = f->has_loan_rate ? sqlite3_column_int64 (statement, 10) : 0;
      f->plan = plan;
      f->step = sqlite3_column_int64 (statement, 12);
      f->rent_annual = sqlite3_column_int (statement, 13) != 0;
      f->costs = sqlite3_column_int64 (statement, 14);
      f->early_buyout = (guint) CLAMP (sqlite3_column_int64 (statement, 15), 0, G_MAXUINT);
    }
  sqlite3_reset (statement);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    return mu_store_set_sqlite_error (store, rc, error);

  return read_financing_lists (store, id, f, error);
}

static gboolean
read_series (MuStore     *store,
             gint64       id,
             MuScenario  *scenario,
             GError     **error)
{
  sqlite3_stmt *statement = mu_store_statement (store, sql_select_series, error);
  int rc;

  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, id);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      MuMoney amount = sqlite3_column_int64 (statement, 0);

      g_array_append_val (scenario->profit.series, amount);
    }
  sqlite3_reset (statement);
  return rc == SQLITE_DONE || mu_store_set_sqlite_error (store, rc, error);
}

static gboolean
read_header (MuStore     *store,
             gint64       id,
             MuScenario  *scenario,
             GError     **error)
{
  sqlite3_stmt *statement = mu_store_statement (store, sql_select_scenario, error);
  int school = 0, period = 0;
  guint year = 0, month = 0, day = 0;
  int rc;

  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, id);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    {
      g_free (scenario->name);
      scenario->name = g_strdup (column_text (statement, 0));
      g_strlcpy (scenario->currency, column_text (statement, 1), sizeof scenario->currency);
      if (!column_enum (statement, 2, MU_ENUM_SCHOOL, &school) ||
          !column_enum (statement, 4, MU_ENUM_PERIOD_LENGTH, &period) ||
          sscanf (column_text (statement, 3), "%4u-%2u-%2u", &year, &month, &day) != 3 ||
          !g_date_valid_dmy (day, month, year))
        rc = SQLITE_CORRUPT;
      else
        g_date_set_dmy (&scenario->start, day, month, year);
      scenario->school = school;
      scenario->period = period;
      scenario->periods = sqlite3_column_int (statement, 5);
      if (sqlite3_column_type (statement, 6) != SQLITE_NULL)
        scenario->notes = g_strdup (column_text (statement, 6));
      scenario->profit.is_series = sqlite3_column_int (statement, 7) != 0;
      scenario->profit.per_period = sqlite3_column_int64 (statement, 8);
      scenario->profit.growth = sqlite3_column_int64 (statement, 9);
      scenario->balance.enabled = sqlite3_column_int (statement, 10) != 0;
      scenario->balance.total_assets = sqlite3_column_int64 (statement, 11);
      scenario->balance.cash = sqlite3_column_int64 (statement, 12);
      scenario->balance.receivables = sqlite3_column_int64 (statement, 13);
      scenario->balance.certificates = sqlite3_column_int (statement, 14) != 0;
    }
  sqlite3_reset (statement);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_NOT_FOUND,
                   _("The scenario is no longer in the library “%s”."), store->path);
      return FALSE;
    }
  return rc == SQLITE_ROW || mu_store_set_sqlite_error (store, rc, error);
}

MuScenario *
mu_store_read_scenario (MuStore  *store,
                        gint64    id,
                        GError  **error)
{
  g_autoptr(MuScenario) scenario = mu_scenario_new ();
  g_autoptr(GError) invalid = NULL;

  if (!read_header (store, id, scenario, error) ||
      !read_partners (store, id, scenario, error) ||
      !read_financing (store, id, scenario, error) ||
      !read_series (store, id, scenario, error))
    return NULL;

  /* The schema's constraints make this hold; if it does not, the file
   * was changed behind our back. */
  if (!mu_scenario_validate (scenario, &invalid))
    {
      g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_CORRUPT,
                   _("The scenario “%s” in the library “%s” is damaged (%s)."),
                   scenario->name, store->path, invalid->message);
      return NULL;
    }
  return g_steal_pointer (&scenario);
}
