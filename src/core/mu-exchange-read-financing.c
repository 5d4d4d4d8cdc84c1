/* mu-exchange-read-financing.c — reading a .musharaka file's financing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mu-exchange-private.h"

static const char * const financing_keys[] = {
  "object", "bank", "buyers", "installments", "every", "mode", "unit_price",
  "depreciation", "rent", "rent_annual", "plan", "step", "costs", "early_buyout",
  "buyout_binding", "late_interest", "loan_rate", "valuations", NULL
};
static const char * const costs_keys[] = { "per_period", NULL };
static const char * const early_buyout_keys[] = { "period", NULL };
static const char * const buyer_keys[] = { "id", "share", NULL };

/* A buyer: a partner's id, or {"id", "share"} with its percent of the
 * units. */
static gboolean
read_buyer (MuReader    *r,
            JsonNode    *node,
            MuFinancing *f,
            gboolean    *has_share)
{
  JsonObject *object;
  char *id = NULL;
  gint64 share = 0;

  *has_share = FALSE;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      g_ptr_array_add (f->buyer_ids, g_strdup (json_node_get_string (node)));
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return mu_reader_fail_expected (r, _("a partner’s id in quotes, or {\"id\", \"share\"}"), node);
  object = mu_reader_object_node (r, node);
  if (object == NULL || !mu_reader_check_keys (r, object, buyer_keys) ||
      !mu_reader_string (r, object, "id", TRUE, &id) ||
      !mu_reader_percent (r, object, "share", 0, MU_PERCENT_100, has_share, &share))
    {
      g_free (id);
      return FALSE;
    }
  g_ptr_array_add (f->buyer_ids, id);
  g_array_append_val (f->buyer_shares, share);
  return TRUE;
}

static gboolean
read_buyers (MuReader    *r,
             JsonObject  *object,
             MuFinancing *f)
{
  gsize saved;
  JsonArray *array = mu_reader_array (r, object, "buyers", TRUE, &saved);
  guint shared = 0;

  if (array == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize item = mu_reader_push_index (r, i);
      gboolean has_share;

      if (!read_buyer (r, json_array_get_element (array, i), f, &has_share))
        return FALSE;
      shared += has_share;
      mu_reader_pop (r, item);
    }
  /* Shares agreed for some buyers and not for others leave the others'
   * part unknown. */
  if (shared > 0 && shared < f->buyer_ids->len)
    return mu_reader_fail (r, _("give every buyer a share of the units, or none"));
  if (shared == 0)
    g_array_set_size (f->buyer_shares, 0);
  mu_reader_pop (r, saved);
  return TRUE;
}

/* The optional object @key of @object, with only the keys @allowed;
 * *@member is NULL when there is none. The path is left at @key. */
static gboolean
read_member_object (MuReader           *r,
                    JsonObject         *object,
                    const char         *key,
                    const char * const *allowed,
                    gsize              *saved,
                    JsonObject        **member)
{
  JsonNode *node = mu_reader_member (r, object, key, FALSE, saved);

  *member = NULL;
  if (node == NULL)
    return TRUE;
  return (*member = mu_reader_object_node (r, node)) != NULL &&
         mu_reader_check_keys (r, *member, allowed);
}

/* "costs": {"per_period": "12.50"} and "early_buyout": {"period": 8}. */
static gboolean
read_costs_and_early_buyout (MuReader    *r,
                             JsonObject  *object,
                             MuFinancing *f)
{
  JsonObject *member;
  gsize saved;

  if (!read_member_object (r, object, "costs", costs_keys, &saved, &member) ||
      (member != NULL &&
       !mu_reader_amount (r, member, "per_period", TRUE, MU_AMOUNT_NON_NEGATIVE, &f->costs)))
    return FALSE;
  mu_reader_pop (r, saved);

  if (!read_member_object (r, object, "early_buyout", early_buyout_keys, &saved, &member) ||
      (member != NULL && !mu_reader_count (r, member, "period", TRUE, MU_MAX_PERIODS, &f->early_buyout)))
    return FALSE;
  mu_reader_pop (r, saved);
  return TRUE;
}

/* The rent, a period's or a year's, and how the units are paid for. */
static gboolean
read_payments (MuReader    *r,
               JsonObject  *object,
               MuFinancing *f)
{
  int plan = MU_PAYMENT_PLAN_EQUAL_UNITS;

  if (json_object_has_member (object, "rent") && json_object_has_member (object, "rent_annual"))
    return mu_reader_fail (r, _("give either “rent”, a percent a period, or “rent_annual”, a percent a year, "
                                "not both"));
  if (!mu_reader_percent (r, object, "rent", 0, MU_PERCENT_100, NULL, &f->rent) ||
      !mu_reader_percent (r, object, "rent_annual", 0, MU_MAX_RENT_ANNUAL, &f->rent_annual, &f->rent) ||
      !mu_reader_enum (r, object, "plan", FALSE, MU_ENUM_PAYMENT_PLAN, &plan) ||
      !mu_reader_percent (r, object, "step", 0, MU_PERCENT_100, NULL, &f->step) ||
      !read_costs_and_early_buyout (r, object, f))
    return FALSE;
  f->plan = plan;
  return TRUE;
}

gboolean
mu_exchange_read_financing (MuReader   *r,
                            JsonObject *object,
                            MuScenario *scenario)
{
  MuFinancing *f = &scenario->financing;
  int object_kind = MU_OBJECT_ASSET, mode = MU_OWNERSHIP_TRANSFER, price = MU_UNIT_PRICE_NOMINAL;

  if (!mu_reader_check_keys (r, object, financing_keys) ||
      !mu_reader_enum (r, object, "object", FALSE, MU_ENUM_FINANCING_OBJECT, &object_kind) ||
      !mu_reader_string (r, object, "bank", TRUE, &f->bank_id) ||
      !read_buyers (r, object, f) ||
      !mu_reader_count (r, object, "installments", TRUE, MU_MAX_PERIODS, &f->installments) ||
      !mu_reader_count (r, object, "every", FALSE, MU_MAX_PERIODS, &f->every) ||
      !mu_reader_enum (r, object, "mode", FALSE, MU_ENUM_OWNERSHIP_MODE, &mode) ||
      !mu_reader_enum (r, object, "unit_price", FALSE, MU_ENUM_UNIT_PRICE, &price) ||
      !mu_reader_percent (r, object, "depreciation", -MU_PERCENT_100 + 1, MU_PERCENT_100 - 1,
                          NULL, &f->depreciation) ||
      !read_payments (r, object, f) ||
      (json_object_has_member (object, "valuations") &&
       !mu_reader_amount_list (r, object, "valuations", MU_AMOUNT_NON_NEGATIVE, f->valuations)) ||
      !mu_reader_percent (r, object, "loan_rate", 0, MU_MAX_LOAN_RATE, &f->has_loan_rate, &f->loan_rate) ||
      !mu_reader_bool (r, object, "buyout_binding", &f->buyout_binding) ||
      !mu_reader_bool (r, object, "late_interest", &f->late_interest))
    return FALSE;

  f->enabled = TRUE;
  f->object = object_kind;
  f->mode = mode;
  f->unit_price = price;
  return TRUE;
}
