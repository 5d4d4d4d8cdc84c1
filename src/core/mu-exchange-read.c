/* mu-exchange-read.c — reading .musharaka files
 *
 * A file is read whole or not at all: the caller never gets half a
 * scenario, and the error names the JSON path and the form expected.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "mu-core-error.h"
#include "mu-currency.h"
#include "mu-exchange.h"
#include "mu-exchange-private.h"
#include "mu-json-reader.h"

static const char * const scenario_keys[] = {
  "musharaka", "name", "currency", "school", "start", "period", "periods", "notes",
  "partners", "financing", "profit", "balance", NULL
};
static const char * const partner_keys[] = {
  "id", "name", "kind", "manages", "contributions", "profit_share", "loss_share",
  "guaranteed_return", NULL
};
static const char * const cash_keys[] = { "kind", "amount", NULL };
static const char * const asset_keys[] = { "kind", "name", "value", "fungible", NULL };
static const char * const guarantee_keys[] = { "amount", "percent_of_capital", NULL };
static const char * const profit_keys[] = { "per_period", "growth", "series", NULL };
static const char * const balance_keys[] = {
  "total_assets", "cash", "receivables", "certificates", NULL
};

static gboolean
read_contribution (MuReader  *r,
                   JsonNode  *node,
                   MuPartner *partner)
{
  JsonObject *object = mu_reader_object_node (r, node);
  int kind = MU_CONTRIBUTION_CASH;
  MuContribution c = { 0 };

  if (object == NULL ||
      !mu_reader_enum (r, object, "kind", TRUE, MU_ENUM_CONTRIBUTION_KIND, &kind))
    return FALSE;

  c.kind = kind;
  if (kind == MU_CONTRIBUTION_CASH)
    {
      c.fungible = TRUE;
      if (!mu_reader_check_keys (r, object, cash_keys) ||
          !mu_reader_amount (r, object, "amount", TRUE, MU_AMOUNT_NON_NEGATIVE, &c.amount))
        return FALSE;
    }
  else if (!mu_reader_check_keys (r, object, asset_keys) ||
           !mu_reader_string (r, object, "name", TRUE, &c.name) ||
           !mu_reader_amount (r, object, "value", TRUE, MU_AMOUNT_NON_NEGATIVE, &c.amount) ||
           !mu_reader_bool (r, object, "fungible", &c.fungible))
    {
      g_free (c.name);
      return FALSE;
    }

  g_array_append_val (partner->contributions, c);
  return TRUE;
}

static gboolean
read_guarantee (MuReader   *r,
                JsonObject *object,
                MuPartner  *partner)
{
  gsize saved;
  JsonNode *node = mu_reader_member (r, object, "guaranteed_return", FALSE, &saved);
  JsonObject *guarantee;
  gboolean has_percent = FALSE;

  if (node == NULL)
    {
      mu_reader_pop (r, saved);
      return TRUE;
    }
  if ((guarantee = mu_reader_object_node (r, node)) == NULL ||
      !mu_reader_check_keys (r, guarantee, guarantee_keys))
    return FALSE;

  if (json_object_has_member (guarantee, "amount") == json_object_has_member (guarantee, "percent_of_capital"))
    return mu_reader_fail (r, _("give either “amount” or “percent_of_capital”"));

  if (json_object_has_member (guarantee, "amount"))
    {
      partner->guarantee = MU_GUARANTEE_AMOUNT;
      if (!mu_reader_amount (r, guarantee, "amount", TRUE, MU_AMOUNT_NON_NEGATIVE, &partner->guarantee_value))
        return FALSE;
    }
  else
    {
      partner->guarantee = MU_GUARANTEE_PERCENT_OF_CAPITAL;
      if (!mu_reader_percent (r, guarantee, "percent_of_capital", 0, 100 * MU_PERCENT_100,
                              &has_percent, &partner->guarantee_value))
        return FALSE;
    }
  mu_reader_pop (r, saved);
  return TRUE;
}

static MuPartner *
read_partner (MuReader *r,
              JsonNode *node)
{
  JsonObject *object = mu_reader_object_node (r, node);
  g_autoptr(MuPartner) partner = NULL;
  JsonArray *contributions;
  int kind = MU_PARTNER_OWNER;
  gsize saved;

  if (object == NULL || !mu_reader_check_keys (r, object, partner_keys))
    return NULL;

  partner = mu_partner_new (NULL, NULL, MU_PARTNER_OWNER);
  if (!mu_reader_string (r, object, "id", TRUE, &partner->id) ||
      !mu_reader_string (r, object, "name", TRUE, &partner->name) ||
      !mu_reader_enum (r, object, "kind", FALSE, MU_ENUM_PARTNER_KIND, &kind))
    return NULL;
  partner->kind = kind;
  partner->manages = kind != MU_PARTNER_BANK;
  if (!mu_reader_bool (r, object, "manages", &partner->manages))
    return NULL;

  contributions = mu_reader_array (r, object, "contributions", FALSE, &saved);
  if (contributions == NULL && json_object_has_member (object, "contributions"))
    return NULL;
  for (guint i = 0; contributions != NULL && i < json_array_get_length (contributions); i++)
    {
      gsize item = mu_reader_push_index (r, i);

      if (!read_contribution (r, json_array_get_element (contributions, i), partner))
        return NULL;
      mu_reader_pop (r, item);
    }
  mu_reader_pop (r, saved);

  if (!mu_reader_percent (r, object, "profit_share", 0, MU_PERCENT_100,
                          &partner->has_profit_share, &partner->profit_share) ||
      !mu_reader_percent (r, object, "loss_share", 0, MU_PERCENT_100,
                          &partner->has_loss_share, &partner->loss_share) ||
      !read_guarantee (r, object, partner))
    return NULL;

  return g_steal_pointer (&partner);
}

static gboolean
read_profit (MuReader   *r,
             JsonObject *object,
             MuScenario *scenario)
{
  MuProfit *p = &scenario->profit;

  if (!mu_reader_check_keys (r, object, profit_keys))
    return FALSE;

  if (!json_object_has_member (object, "series"))
    return mu_reader_amount (r, object, "per_period", FALSE, MU_AMOUNT_SIGNED, &p->per_period) &&
           mu_reader_percent (r, object, "growth", -MU_PERCENT_100 + 1, 100 * MU_PERCENT_100,
                              NULL, &p->growth);

  if (json_object_has_member (object, "per_period") || json_object_has_member (object, "growth"))
    return mu_reader_fail (r, _("give either “series” or “per_period” with “growth”, not both"));

  p->is_series = TRUE;
  return mu_reader_amount_list (r, object, "series", MU_AMOUNT_SIGNED, p->series);
}

static gboolean
read_balance (MuReader   *r,
              JsonObject *object,
              MuScenario *scenario)
{
  MuBalance *b = &scenario->balance;

  b->enabled = TRUE;
  return mu_reader_check_keys (r, object, balance_keys) &&
         mu_reader_amount (r, object, "total_assets", TRUE, MU_AMOUNT_NON_NEGATIVE, &b->total_assets) &&
         mu_reader_amount (r, object, "cash", TRUE, MU_AMOUNT_NON_NEGATIVE, &b->cash) &&
         mu_reader_amount (r, object, "receivables", TRUE, MU_AMOUNT_NON_NEGATIVE, &b->receivables) &&
         mu_reader_bool (r, object, "certificates", &b->certificates);
}

/* Reads the optional object @key with @read_body. */
static gboolean
read_section (MuReader   *r,
              JsonObject *object,
              const char *key,
              gboolean  (*read_body) (MuReader *, JsonObject *, MuScenario *),
              MuScenario *scenario)
{
  gsize saved;
  JsonNode *node = mu_reader_member (r, object, key, FALSE, &saved);
  JsonObject *section;

  if (node != NULL)
    {
      if ((section = mu_reader_object_node (r, node)) == NULL ||
          !read_body (r, section, scenario))
        return FALSE;
    }
  mu_reader_pop (r, saved);
  return TRUE;
}

static gboolean
read_version (MuReader   *r,
              JsonObject *object)
{
  gsize saved;
  JsonNode *node = mu_reader_member (r, object, "musharaka", TRUE, &saved);
  gint64 version;

  if (node == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
      (version = json_node_get_int (node)) < 1)
    return mu_reader_fail_expected (r, _("the format number 1"), node);
  if (version > MU_EXCHANGE_FORMAT)
    {
      g_set_error (r->error, MU_CORE_ERROR, MU_CORE_ERROR_VERSION,
                   _("musharaka: the file is in format %lld, written by a newer version "
                     "of Musharaka; this version reads format %d. Update Musharaka to open it."),
                   (long long) version, MU_EXCHANGE_FORMAT);
      return FALSE;
    }
  mu_reader_pop (r, saved);
  return TRUE;
}

/* Exactly YYYY-MM-DD; GLib's own parser guesses by locale. */
static gboolean
parse_iso_date (const char *text,
                GDate      *date)
{
  guint year, month, day;

  for (guint i = 0; i < 10; i++)
    if (text[i] == '\0' || ((i == 4 || i == 7) ? text[i] != '-' : !g_ascii_isdigit (text[i])))
      return FALSE;
  if (text[10] != '\0')
    return FALSE;

  year = g_ascii_strtoull (text, NULL, 10);
  month = g_ascii_strtoull (text + 5, NULL, 10);
  day = g_ascii_strtoull (text + 8, NULL, 10);
  if (year < 1 || !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static gboolean
read_header (MuReader   *r,
             JsonObject *object,
             MuScenario *scenario)
{
  g_autofree char *currency = NULL;
  g_autofree char *start = NULL;
  const MuCurrency *info;
  int school = MU_SCHOOL_HANAFI, period = MU_PERIOD_QUARTER;
  gsize saved;

  if (!read_version (r, object) ||
      !mu_reader_check_keys (r, object, scenario_keys) ||
      !mu_reader_string (r, object, "name", TRUE, &scenario->name) ||
      !mu_reader_string (r, object, "currency", TRUE, &currency))
    return FALSE;

  saved = mu_reader_push_key (r, "currency");
  if ((info = mu_currency_lookup (currency)) == NULL)
    return mu_reader_fail (r, _("“%s” is not an ISO 4217 currency code, such as “RUB”, “USD” or “SAR”"),
                           currency);
  mu_reader_pop (r, saved);
  g_strlcpy (scenario->currency, info->code, sizeof scenario->currency);
  r->exponent = info->exponent;

  if (!mu_reader_enum (r, object, "school", FALSE, MU_ENUM_SCHOOL, &school) ||
      !mu_reader_string (r, object, "start", TRUE, &start))
    return FALSE;
  scenario->school = school;

  saved = mu_reader_push_key (r, "start");
  if (!parse_iso_date (start, &scenario->start))
    {
      g_autoptr(JsonNode) shown = json_node_init_string (json_node_alloc (), start);

      return mu_reader_fail_expected (r, _("a date written as YYYY-MM-DD"), shown);
    }
  mu_reader_pop (r, saved);

  if (!mu_reader_enum (r, object, "period", FALSE, MU_ENUM_PERIOD_LENGTH, &period) ||
      !mu_reader_count (r, object, "periods", TRUE, mu_period_length_max_periods (period), &scenario->periods) ||
      !mu_reader_string (r, object, "notes", FALSE, &scenario->notes))
    return FALSE;
  scenario->period = period;
  return TRUE;
}

static MuScenario *
read_scenario (MuReader *r,
               JsonNode *root)
{
  g_autoptr(MuScenario) scenario = mu_scenario_new ();
  JsonObject *object;
  JsonArray *partners;
  gsize saved;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      mu_reader_fail_expected (r, _("a Musharaka scenario, a JSON object { … }"), root);
      return NULL;
    }
  object = json_node_get_object (root);

  if (!read_header (r, object, scenario))
    return NULL;

  partners = mu_reader_array (r, object, "partners", TRUE, &saved);
  if (partners == NULL)
    return NULL;
  if (json_array_get_length (partners) > MU_MAX_PARTNERS)
    {
      mu_reader_fail (r, ngettext ("a scenario may have at most %u partner; this one has %u",
                                   "a scenario may have at most %u partners; this one has %u",
                                   MU_MAX_PARTNERS),
                      MU_MAX_PARTNERS, json_array_get_length (partners));
      return NULL;
    }
  for (guint i = 0; i < json_array_get_length (partners); i++)
    {
      gsize item = mu_reader_push_index (r, i);
      MuPartner *partner = read_partner (r, json_array_get_element (partners, i));

      if (partner == NULL)
        return NULL;
      g_ptr_array_add (scenario->partners, partner);
      mu_reader_pop (r, item);
    }
  mu_reader_pop (r, saved);

  if (!read_section (r, object, "financing", mu_exchange_read_financing, scenario) ||
      !read_section (r, object, "profit", read_profit, scenario) ||
      !read_section (r, object, "balance", read_balance, scenario))
    return NULL;

  /* What each value cannot say alone: ids that match, counts that agree. */
  if (!mu_scenario_validate (scenario, r->error))
    return NULL;

  return g_steal_pointer (&scenario);
}

/* The column, counted in characters from 1, of the byte at @i of a line
 * that starts at @line_start. */
static guint
column_of (const char *data,
           gsize       line_start,
           gsize       i)
{
  return (guint) g_utf8_strlen (data + line_start, i - line_start) + 1;
}

/* json-glib's parser recurses once per level and overflows the stack on
 * a file of nothing but “[[[[…”, so the depth is counted on the bytes
 * before the parser sees them. Brackets inside strings do not count.
 * Nothing may follow the scenario's object either: json-glib 1.6 loses a
 * second value ("{} {}") and 1.10 aborts on it. */
static gboolean
check_nesting (const char  *data,
               gsize        length,
               GError     **error)
{
  gboolean in_string = FALSE, escaped = FALSE, ended = FALSE;
  guint depth = 0, line = 1;
  gsize line_start = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (ended && !g_ascii_isspace (c))
        {
          g_set_error (error, MU_CORE_ERROR, MU_CORE_ERROR_PARSE,
                       _("The file is not a Musharaka scenario: at line %u, column %u, something follows "
                         "the scenario, which must be the file’s only object."),
                       line, column_of (data, line_start, i));
          return FALSE;
        }
      if (escaped)
        escaped = FALSE;
      else if (in_string)
        {
          if (c == '\\')
            escaped = TRUE;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if ((c == '[' || c == '{') && ++depth > MU_EXCHANGE_MAX_DEPTH)
        {
          /* Translators: a list is “[ … ]”, an object “{ … }” in the file. */
          g_set_error (error, MU_CORE_ERROR, MU_CORE_ERROR_PARSE,
                       _("The file is not a Musharaka scenario: at line %u, column %u, its lists and objects "
                         "are nested more than %u levels deep."),
                       line, column_of (data, line_start, i), MU_EXCHANGE_MAX_DEPTH);
          return FALSE;
        }
      else if ((c == ']' || c == '}') && depth > 0)
        ended = --depth == 0;

      if (c == '\n')
        line++, line_start = i + 1;
    }
  return TRUE;
}

static void
set_too_large_error (GError **error)
{
  /* Translators: %u is a number of megabytes (MiB). */
  g_set_error (error, MU_CORE_ERROR, MU_CORE_ERROR_PARSE,
               _("The file is too large to be a Musharaka scenario: a scenario file may be at most %u MB."),
               MU_EXCHANGE_MAX_MB);
}

MuScenario *
mu_exchange_read_data (const char  *data,
                       gssize       length,
                       GError     **error)
{
  /* Not an immutable parser: json-glib 1.10 asserts (and aborts) when
   * one meets more than one value. */
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GString) path = g_string_new (NULL);
  g_autoptr(GError) local_error = NULL;
  MuReader reader = { path, 2, error };
  const char *end;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (data);
  if (length == 0)
    {
      g_set_error_literal (error, MU_CORE_ERROR, MU_CORE_ERROR_PARSE, _("The file is empty."));
      return NULL;
    }
  if ((gsize) length > MU_EXCHANGE_MAX_MB * 1024 * 1024)
    {
      set_too_large_error (error);
      return NULL;
    }
  if (!g_utf8_validate (data, length, &end))
    {
      /* Translators: %llu counts bytes from the start of the file, the first being 0. */
      g_set_error (error, MU_CORE_ERROR, MU_CORE_ERROR_PARSE,
                   _("The file is not a Musharaka scenario: it is not text in UTF-8 "
                     "(the byte at offset %llu is not UTF-8)."),
                   (unsigned long long) (end - data));
      return NULL;
    }
  if (!check_nesting (data, length, error))
    return NULL;
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      /* json-glib says where: “<data>:3:14: Parse error: …”. */
      g_set_error (error, MU_CORE_ERROR, MU_CORE_ERROR_PARSE,
                   _("The file is not a complete Musharaka scenario (%s)."), local_error->message);
      return NULL;
    }

  return read_scenario (&reader, json_parser_get_root (parser));
}

MuScenario *
mu_exchange_read_file (const char  *path,
                       GError     **error)
{
  g_autofree char *data = NULL;
  GStatBuf info;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);

  /* Not read at all when it is too large to be one; a file that cannot be
   * looked at is left to g_file_get_contents() to explain. */
  if (g_stat (path, &info) == 0 && info.st_size > MU_EXCHANGE_MAX_MB * 1024 * 1024)
    {
      set_too_large_error (error);
      return NULL;
    }
  if (!g_file_get_contents (path, &data, &length, error))
    return NULL;
  return mu_exchange_read_data (data, length, error);
}
