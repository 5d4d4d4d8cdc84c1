/* mu-json-reader.c — strict reading of JSON values with their paths
 *
 * Every error names the JSON path of the value and the form expected.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "mu-core-error.h"
#include "mu-currency.h"
#include "mu-exchange.h"
#include "mu-json-reader.h"


gsize
mu_reader_push_key (MuReader     *r,
                 const char *key)
{
  gsize saved = r->path->len;

  if (r->path->len > 0)
    g_string_append_c (r->path, '.');
  g_string_append (r->path, key);
  return saved;
}

gsize
mu_reader_push_index (MuReader *r,
                   guint   index)
{
  gsize saved = r->path->len;

  g_string_append_printf (r->path, "[%u]", index);
  return saved;
}

void
mu_reader_pop (MuReader *r,
            gsize   saved)
{
  g_string_truncate (r->path, saved);
}

/* The value as it stands in the file, shortened, to show what was found. */
static char *
describe_node (JsonNode *node)
{
  g_autofree char *text = node != NULL ? json_to_string (node, FALSE) : g_strdup ("null");

  if (g_utf8_strlen (text, -1) > 40)
    {
      g_autofree char *head = g_utf8_substring (text, 0, 37);

      return g_strconcat (head, "…", NULL);
    }
  return g_steal_pointer (&text);
}

/* Sets “path: expected …, got …”. @expected is a translated phrase. */
gboolean
mu_reader_fail_expected (MuReader     *r,
               const char *expected,
               JsonNode   *got)
{
  g_autofree char *shown = describe_node (got);

  /* Translators: “partners[0].contributions[0].amount: expected a
   * non-negative decimal amount, got "-200"”. The first %s is a place in
   * the file, the second what belongs there, the third what was there. */
  g_set_error (r->error, MU_CORE_ERROR, MU_CORE_ERROR_INVALID, _("%s: expected %s, got %s"),
               r->path->len > 0 ? r->path->str : _("the file"), expected, shown);
  return FALSE;
}

G_GNUC_PRINTF (2, 3)
gboolean
mu_reader_fail (MuReader     *r,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (r->error, MU_CORE_ERROR, MU_CORE_ERROR_INVALID, _("%s: %s"),
               r->path->len > 0 ? r->path->str : _("the file"), message);
  return FALSE;
}

/* Refuses keys the format does not know, so a misspelt key is never
 * silently ignored. @allowed ends with NULL. */
gboolean
mu_reader_check_keys (MuReader             *r,
            JsonObject         *object,
            const char * const *allowed)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      if (!g_strv_contains (allowed, l->data))
        {
          g_autoptr(GString) list = g_string_new (NULL);
          gsize saved = mu_reader_push_key (r, l->data);

          for (guint i = 0; allowed[i] != NULL; i++)
            g_string_append_printf (list, "%s“%s”", i > 0 ? ", " : "", allowed[i]);
          mu_reader_fail (r, _("unknown key; the keys here are %s"), list->str);
          mu_reader_pop (r, saved);
          return FALSE;
        }
    }
  return TRUE;
}

/* The mu_reader_member @key of @object, with the path pointing at it; NULL and an
 * error when it is required and missing. */
JsonNode *
mu_reader_member (MuReader     *r,
        JsonObject *object,
        const char *key,
        gboolean    required,
        gsize      *saved)
{
  JsonNode *node = json_object_get_member (object, key);

  *saved = mu_reader_push_key (r, key);
  if (node == NULL && required)
    mu_reader_fail (r, _("this key is required"));
  return node;
}

static const char *
node_string (JsonNode *node)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

gboolean
mu_reader_string (MuReader      *r,
             JsonObject  *object,
             const char  *key,
             gboolean     required,
             char       **out)
{
  gsize saved;
  JsonNode *node = mu_reader_member (r, object, key, required, &saved);
  const char *text;

  if (node == NULL)
    {
      mu_reader_pop (r, saved);
      return !required;
    }
  text = node_string (node);
  if (text == NULL)
    return mu_reader_fail_expected (r, _("a string in quotes"), node);
  g_free (*out);
  *out = g_strdup (text);
  mu_reader_pop (r, saved);
  return TRUE;
}

gboolean
mu_reader_bool (MuReader     *r,
           JsonObject *object,
           const char *key,
           gboolean   *out)
{
  gsize saved;
  JsonNode *node = mu_reader_member (r, object, key, FALSE, &saved);

  if (node != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        return mu_reader_fail_expected (r, _("true or false"), node);
      *out = json_node_get_boolean (node);
    }
  mu_reader_pop (r, saved);
  return TRUE;
}

gboolean
mu_reader_count (MuReader     *r,
            JsonObject *object,
            const char *key,
            gboolean    required,
            guint       max,
            guint      *out)
{
  gsize saved;
  JsonNode *node = mu_reader_member (r, object, key, required, &saved);
  gint64 value;

  if (node == NULL)
    {
      mu_reader_pop (r, saved);
      return !required;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
      (value = json_node_get_int (node)) < 1 || value > max)
    {
      g_autofree char *expected = g_strdup_printf (_("a whole number from 1 to %u"), max);

      return mu_reader_fail_expected (r, expected, node);
    }
  *out = (guint) value;
  mu_reader_pop (r, saved);
  return TRUE;
}

gboolean
mu_reader_enum (MuReader     *r,
           JsonObject *object,
           const char *key,
           gboolean    required,
           MuEnumType  type,
           int        *out)
{
  gsize saved;
  JsonNode *node = mu_reader_member (r, object, key, required, &saved);
  const char *text;

  if (node == NULL)
    {
      mu_reader_pop (r, saved);
      return !required;
    }
  text = node_string (node);
  if (text == NULL || !mu_enum_from_string (type, text, out))
    {
      g_autofree char *words = mu_enum_list_words (type);
      g_autofree char *expected = g_strdup_printf (_("one of %s"), words);

      return mu_reader_fail_expected (r, expected, node);
    }
  mu_reader_pop (r, saved);
  return TRUE;
}

/* Parses a decimal string at the current path into @digits fraction digits. */
static gboolean
parse_decimal_node (MuReader     *r,
                    JsonNode   *node,
                    guint       digits,
                    const char *expected,
                    gint64     *out)
{
  const char *text = node_string (node);

  if (text == NULL)
    return mu_reader_fail_expected (r, expected, node);

  switch (mu_decimal_parse (text, digits, out))
    {
    case MU_DECIMAL_OK:
      return TRUE;
    case MU_DECIMAL_TOO_PRECISE:
      {
        g_autofree char *precise = g_strdup_printf (ngettext ("a number with at most %u decimal place",
                                                              "a number with at most %u decimal places",
                                                              digits),
                                                    digits);
        return mu_reader_fail_expected (r, precise, node);
      }
    case MU_DECIMAL_OUT_OF_RANGE:
      return mu_reader_fail (r, _("the number %s is too large"), text);
    case MU_DECIMAL_SYNTAX:
    default:
      return mu_reader_fail_expected (r, expected, node);
    }
}

gboolean
mu_reader_amount_node (MuReader     *r,
                  JsonNode   *node,
                  MuAmountSign  sign,
                  MuMoney    *out)
{
  const char *expected = sign == MU_AMOUNT_NON_NEGATIVE
                         ? _("a non-negative decimal amount")
                         : _("a decimal amount");

  if (!parse_decimal_node (r, node, r->exponent, expected, out))
    return FALSE;
  if (sign == MU_AMOUNT_NON_NEGATIVE && *out < 0)
    return mu_reader_fail_expected (r, expected, node);
  return TRUE;
}

gboolean
mu_reader_amount (MuReader     *r,
             JsonObject *object,
             const char *key,
             gboolean    required,
             MuAmountSign  sign,
             MuMoney    *out)
{
  gsize saved;
  JsonNode *node = mu_reader_member (r, object, key, required, &saved);

  if (node == NULL)
    {
      mu_reader_pop (r, saved);
      return !required;
    }
  if (!mu_reader_amount_node (r, node, sign, out))
    return FALSE;
  mu_reader_pop (r, saved);
  return TRUE;
}

/* A percent from @min to @max, both in MU_PERCENT_100 units. */
gboolean
mu_reader_percent (MuReader     *r,
              JsonObject *object,
              const char *key,
              gint64      min,
              gint64      max,
              gboolean   *present,
              gint64     *out)
{
  gsize saved;
  JsonNode *node = mu_reader_member (r, object, key, FALSE, &saved);
  g_autofree char *expected = NULL;
  g_autofree char *low = mu_percent_format (min);
  g_autofree char *high = mu_percent_format (max);

  if (present != NULL)
    *present = node != NULL;
  if (node == NULL)
    {
      mu_reader_pop (r, saved);
      return TRUE;
    }
  expected = g_strdup_printf (_("a percent from %s to %s as a decimal string"), low, high);
  if (!parse_decimal_node (r, node, MU_PERCENT_DIGITS, expected, out))
    return FALSE;
  if (*out < min || *out > max)
    return mu_reader_fail_expected (r, expected, node);
  mu_reader_pop (r, saved);
  return TRUE;
}

JsonObject *
mu_reader_object_node (MuReader   *r,
                  JsonNode *node)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      mu_reader_fail_expected (r, _("an object { … }"), node);
      return NULL;
    }
  return json_node_get_object (node);
}

JsonArray *
mu_reader_array (MuReader     *r,
            JsonObject *object,
            const char *key,
            gboolean    required,
            gsize      *saved)
{
  JsonNode *node = mu_reader_member (r, object, key, required, saved);

  if (node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      mu_reader_fail_expected (r, _("a list [ … ]"), node);
      return NULL;
    }
  return json_node_get_array (node);
}

/* The list @key of @object, of amounts, appended to @out (of MuMoney). */
gboolean
mu_reader_amount_list (MuReader     *r,
                       JsonObject   *object,
                       const char   *key,
                       MuAmountSign  sign,
                       GArray       *out)
{
  gsize saved;
  JsonArray *array = mu_reader_array (r, object, key, TRUE, &saved);

  if (array == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize item = mu_reader_push_index (r, i);
      MuMoney value;

      if (!mu_reader_amount_node (r, json_array_get_element (array, i), sign, &value))
        return FALSE;
      g_array_append_val (out, value);
      mu_reader_pop (r, item);
    }
  mu_reader_pop (r, saved);
  return TRUE;
}
