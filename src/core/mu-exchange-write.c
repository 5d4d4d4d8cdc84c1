/* mu-exchange-write.c — writing .musharaka files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-core"

#include "config.h"

#include <json-glib/json-glib.h>

#include "mu-exchange.h"

/* "70", "33.3333", "2.5": a percent without trailing zeros. */
char *
mu_percent_format (gint64 percent)
{
  char *text = mu_decimal_format (percent, MU_PERCENT_DIGITS);
  char *end = text + strlen (text) - 1;

  while (*end == '0')
    *end-- = '\0';
  if (*end == '.')
    *end = '\0';
  return text;
}

static void
add_money (JsonBuilder *builder,
           const char  *key,
           MuMoney      amount,
           guint        exponent)
{
  g_autofree char *text = mu_decimal_format (amount, exponent);

  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, text);
}

static void
add_percent (JsonBuilder *builder,
             const char  *key,
             gint64       percent)
{
  g_autofree char *text = mu_percent_format (percent);

  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, text);
}

static void
add_string (JsonBuilder *builder,
            const char  *key,
            const char  *value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, value);
}

static void
add_bool (JsonBuilder *builder,
          const char  *key,
          gboolean     value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_boolean_value (builder, value);
}

static void
add_int (JsonBuilder *builder,
         const char  *key,
         gint64       value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_int_value (builder, value);
}

static void
write_partner (JsonBuilder     *builder,
               const MuPartner *partner,
               guint            exponent)
{
  json_builder_begin_object (builder);
  add_string (builder, "id", partner->id);
  add_string (builder, "name", partner->name);
  add_string (builder, "kind", mu_enum_to_string (MU_ENUM_PARTNER_KIND, partner->kind));
  add_bool (builder, "manages", partner->manages);

  json_builder_set_member_name (builder, "contributions");
  json_builder_begin_array (builder);
  for (guint j = 0; j < partner->contributions->len; j++)
    {
      const MuContribution *c = &g_array_index (partner->contributions, MuContribution, j);

      json_builder_begin_object (builder);
      add_string (builder, "kind", mu_enum_to_string (MU_ENUM_CONTRIBUTION_KIND, c->kind));
      if (c->kind == MU_CONTRIBUTION_CASH)
        add_money (builder, "amount", c->amount, exponent);
      else
        {
          add_string (builder, "name", c->name);
          add_money (builder, "value", c->amount, exponent);
          add_bool (builder, "fungible", c->fungible);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  if (partner->has_profit_share)
    add_percent (builder, "profit_share", partner->profit_share);
  if (partner->has_loss_share)
    add_percent (builder, "loss_share", partner->loss_share);
  if (partner->guarantee != MU_GUARANTEE_NONE)
    {
      json_builder_set_member_name (builder, "guaranteed_return");
      json_builder_begin_object (builder);
      if (partner->guarantee == MU_GUARANTEE_AMOUNT)
        add_money (builder, "amount", partner->guarantee_value, exponent);
      else
        add_percent (builder, "percent_of_capital", partner->guarantee_value);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
}

/* Each only when it is not the first revision's default. */
static void
write_payments (JsonBuilder       *builder,
                const MuFinancing *f,
                guint              exponent)
{
  add_percent (builder, f->rent_annual ? "rent_annual" : "rent", f->rent);
  if (f->plan != MU_PAYMENT_PLAN_EQUAL_UNITS)
    add_string (builder, "plan", mu_enum_to_string (MU_ENUM_PAYMENT_PLAN, f->plan));
  if (f->plan == MU_PAYMENT_PLAN_STEP_UP)
    add_percent (builder, "step", f->step);
  if (f->costs > 0)
    {
      json_builder_set_member_name (builder, "costs");
      json_builder_begin_object (builder);
      add_money (builder, "per_period", f->costs, exponent);
      json_builder_end_object (builder);
    }
  if (f->early_buyout > 0)
    {
      json_builder_set_member_name (builder, "early_buyout");
      json_builder_begin_object (builder);
      add_int (builder, "period", f->early_buyout);
      json_builder_end_object (builder);
    }
}

static void
write_financing (JsonBuilder       *builder,
                 const MuFinancing *f,
                 guint              exponent)
{
  json_builder_set_member_name (builder, "financing");
  json_builder_begin_object (builder);
  add_string (builder, "object", mu_enum_to_string (MU_ENUM_FINANCING_OBJECT, f->object));
  add_string (builder, "bank", f->bank_id);
  json_builder_set_member_name (builder, "buyers");
  json_builder_begin_array (builder);
  for (guint i = 0; i < f->buyer_ids->len; i++)
    if (f->buyer_shares->len == f->buyer_ids->len)
      {
        json_builder_begin_object (builder);
        add_string (builder, "id", g_ptr_array_index (f->buyer_ids, i));
        add_percent (builder, "share", g_array_index (f->buyer_shares, gint64, i));
        json_builder_end_object (builder);
      }
    else
      json_builder_add_string_value (builder, g_ptr_array_index (f->buyer_ids, i));
  json_builder_end_array (builder);
  add_int (builder, "installments", f->installments);
  add_int (builder, "every", f->every);
  add_string (builder, "mode", mu_enum_to_string (MU_ENUM_OWNERSHIP_MODE, f->mode));
  add_string (builder, "unit_price", mu_enum_to_string (MU_ENUM_UNIT_PRICE, f->unit_price));
  add_percent (builder, "depreciation", f->depreciation);
  if (f->unit_price == MU_UNIT_PRICE_VALUATION)
    {
      json_builder_set_member_name (builder, "valuations");
      json_builder_begin_array (builder);
      for (guint k = 0; k < f->valuations->len; k++)
        {
          g_autofree char *text = mu_decimal_format (g_array_index (f->valuations, MuMoney, k), exponent);

          json_builder_add_string_value (builder, text);
        }
      json_builder_end_array (builder);
    }
  write_payments (builder, f, exponent);
  add_bool (builder, "buyout_binding", f->buyout_binding);
  add_bool (builder, "late_interest", f->late_interest);
  if (f->has_loan_rate)
    add_percent (builder, "loan_rate", f->loan_rate);
  json_builder_end_object (builder);
}

static void
write_profit (JsonBuilder    *builder,
              const MuProfit *p,
              guint           exponent)
{
  json_builder_set_member_name (builder, "profit");
  json_builder_begin_object (builder);
  if (p->is_series)
    {
      json_builder_set_member_name (builder, "series");
      json_builder_begin_array (builder);
      for (guint i = 0; i < p->series->len; i++)
        {
          g_autofree char *text = mu_decimal_format (g_array_index (p->series, MuMoney, i), exponent);

          json_builder_add_string_value (builder, text);
        }
      json_builder_end_array (builder);
    }
  else
    {
      add_money (builder, "per_period", p->per_period, exponent);
      add_percent (builder, "growth", p->growth);
    }
  json_builder_end_object (builder);
}

static void
write_balance (JsonBuilder     *builder,
               const MuBalance *b,
               guint            exponent)
{
  json_builder_set_member_name (builder, "balance");
  json_builder_begin_object (builder);
  add_money (builder, "total_assets", b->total_assets, exponent);
  add_money (builder, "cash", b->cash, exponent);
  add_money (builder, "receivables", b->receivables, exponent);
  add_bool (builder, "certificates", b->certificates);
  json_builder_end_object (builder);
}

char *
mu_exchange_write_data (const MuScenario *scenario)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  guint exponent = mu_scenario_get_exponent (scenario);
  char start[11];

  g_return_val_if_fail (scenario != NULL, NULL);

  mu_date_format_iso (&scenario->start, start);

  json_builder_begin_object (builder);
  add_int (builder, "musharaka", MU_EXCHANGE_FORMAT);
  add_string (builder, "name", scenario->name);
  add_string (builder, "currency", scenario->currency);
  add_string (builder, "school", mu_enum_to_string (MU_ENUM_SCHOOL, scenario->school));
  add_string (builder, "start", start);
  add_string (builder, "period", mu_enum_to_string (MU_ENUM_PERIOD_LENGTH, scenario->period));
  add_int (builder, "periods", scenario->periods);
  if (scenario->notes != NULL)
    add_string (builder, "notes", scenario->notes);

  json_builder_set_member_name (builder, "partners");
  json_builder_begin_array (builder);
  for (guint i = 0; i < scenario->partners->len; i++)
    write_partner (builder, mu_scenario_get_partner (scenario, i), exponent);
  json_builder_end_array (builder);

  if (scenario->financing.enabled)
    write_financing (builder, &scenario->financing, exponent);
  write_profit (builder, &scenario->profit, exponent);
  if (scenario->balance.enabled)
    write_balance (builder, &scenario->balance, exponent);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  return json_generator_to_data (generator, NULL);
}

/* Written to a temporary file and renamed over the old one, so a crash
 * leaves either the old file or the new one, never half of either. */
gboolean
mu_exchange_write_file (const MuScenario  *scenario,
                        const char        *path,
                        GError           **error)
{
  g_autofree char *data = NULL;

  g_return_val_if_fail (scenario != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  data = mu_exchange_write_data (scenario);
  return g_file_set_contents_full (path, data, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
}
