/* mu-cli-debts-json.c — debtors and debts read from a JSON file for
 * `musharaka-cli debts import FILE.json`
 *
 * {"debtors": [{"id", "name", "kind", "tax_number", "address", "contacts",
 *               "hardship", "notes"}],
 *  "debts": [{"id", "debtor", "document", "document_date", "currency",
 *             "amount", "due", "claim_days", "charity_pledge",
 *             "late_interest", "notes", "payments", "contacts", "claim",
 *             "arrangement", "write_off"}]}
 *
 * The keys and words are those `debts show --format json` prints, so that
 * what it prints of a debt can be imported again: a debt's "debtor" is the
 * debtor's id or its object, and what show derives as of a date ("paid",
 * "status", "findings"…) is passed over. Anything else is an error naming
 * its path; money is a decimal string in the debt's currency.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mu-cli-debts.h"
#include "mu-core-error.h"
#include "mu-currency.h"
#include "mu-debt-words.h"
#include "mu-json-reader.h"

#define MAX_DEPTH 16  /* the file needs five levels */

static gboolean
node_is_null (JsonNode *node)
{
  return node == NULL || JSON_NODE_HOLDS_NULL (node);
}

/* A string, or nothing when the key is missing or null. */
static gboolean
read_text (MuReader    *r,
           JsonObject  *object,
           const char  *key,
           char       **out)
{
  gsize saved;
  JsonNode *node = mu_reader_member (r, object, key, FALSE, &saved);

  if (!node_is_null (node) &&
      (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING))
    return mu_reader_fail_expected (r, _("a string in quotes, or null"), node);
  if (!node_is_null (node))
    {
      g_free (*out);
      *out = g_strdup (json_node_get_string (node));
    }
  mu_reader_pop (r, saved);
  return TRUE;
}

static gboolean
read_date (MuReader    *r,
           JsonObject  *object,
           const char  *key,
           gboolean     required,
           GDate       *out)
{
  gsize saved;
  JsonNode *node = mu_reader_member (r, object, key, required, &saved);
  guint year, month, day;
  char tail;

  g_date_clear (out, 1);
  if (node == NULL && required)
    return FALSE;
  if (node_is_null (node) && !required)
    {
      mu_reader_pop (r, saved);
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
      sscanf (json_node_get_string (node), "%4u-%2u-%2u%c", &year, &month, &day, &tail) != 3 ||
      strlen (json_node_get_string (node)) != 10 || !g_date_valid_dmy (day, month, year))
    return mu_reader_fail_expected (r, _("a date as \"YYYY-MM-DD\""), node);
  g_date_set_dmy (out, day, month, year);
  mu_reader_pop (r, saved);
  return TRUE;
}

/* One of @words (a NULL-ended list), or @fallback when the key is missing. */
static gboolean
read_word (MuReader           *r,
           JsonObject         *object,
           const char         *key,
           gboolean            required,
           const char * const *words,
           int                 fallback,
           int                *out)
{
  gsize saved;
  JsonNode *node = mu_reader_member (r, object, key, required, &saved);

  *out = fallback;
  if (node == NULL)
    {
      mu_reader_pop (r, saved);
      return !required;
    }
  for (int i = 0; words[i] != NULL; i++)
    if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
        strcmp (json_node_get_string (node), words[i]) == 0)
      {
        *out = i;
        mu_reader_pop (r, saved);
        return TRUE;
      }
  {
    g_autoptr(GString) list = g_string_new (NULL);
    g_autofree char *expected = NULL;

    for (guint i = 0; words[i] != NULL; i++)
      g_string_append_printf (list, "%s“%s”", i > 0 ? ", " : "", words[i]);
    /* Translators: the words a key may have, e.g. “cash”, “in-kind”, “set-off”. */
    expected = g_strdup_printf (_("one of %s"), list->str);
    return mu_reader_fail_expected (r, expected, node);
  }
}

static const char * const debtor_kinds[] = { "company", "person", NULL };
static const char * const payment_kinds[] = { "cash", "in-kind", "set-off", NULL };
static const char * const contact_kinds[] = { "call", "letter", "message", "meeting", NULL };
static const char * const claim_methods[] = { "post", "hand", "email", "courier", NULL };
static const char * const arrangement_kinds[] = { "none", "deferral", "instalments", NULL };
static const char * const write_off_kinds[] = { "none", "forgiven", "uncollectable", NULL };

static MuDebtor *
read_debtor (MuReader   *r,
             JsonObject *o)
{
  static const char * const keys[] = { "id", "name", "kind", "tax_number", "address", "contacts", "hardship",
                                       "notes", NULL };
  g_autoptr(MuDebtor) debtor = mu_debtor_new (NULL, NULL, MU_DEBTOR_COMPANY);
  int kind;

  if (!mu_reader_check_keys (r, o, keys) || !mu_reader_string (r, o, "id", TRUE, &debtor->id) ||
      !mu_reader_string (r, o, "name", TRUE, &debtor->name) ||
      !read_word (r, o, "kind", FALSE, debtor_kinds, MU_DEBTOR_COMPANY, &kind) ||
      !read_text (r, o, "tax_number", &debtor->tax_number) || !read_text (r, o, "address", &debtor->address) ||
      !read_text (r, o, "contacts", &debtor->contacts) || !mu_reader_bool (r, o, "hardship", &debtor->hardship) ||
      !read_text (r, o, "notes", &debtor->notes))
    return NULL;
  debtor->kind = kind;
  return g_steal_pointer (&debtor);
}

/* Each element of the array @key of @o, an object, to @read_one. */
typedef gboolean (*ReadElement) (MuReader   *r,
                                 JsonObject *element,
                                 gpointer    data);

static gboolean
read_each (MuReader    *r,
           JsonObject  *o,
           const char  *key,
           ReadElement  read_one,
           gpointer     data)
{
  gsize saved;
  JsonNode *node = mu_reader_member (r, o, key, FALSE, &saved);
  JsonArray *array;

  if (node_is_null (node))
    {
      mu_reader_pop (r, saved);
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return mu_reader_fail_expected (r, _("a list in [ ]"), node);
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize at = mu_reader_push_index (r, i);
      JsonObject *element = mu_reader_object_node (r, json_array_get_element (array, i));

      if (element == NULL || !read_one (r, element, data))
        return FALSE;
      mu_reader_pop (r, at);
    }
  mu_reader_pop (r, saved);
  return TRUE;
}

static gboolean
read_payment (MuReader   *r,
              JsonObject *o,
              gpointer    data)
{
  static const char * const keys[] = { "date", "amount", "kind", "note", NULL };
  MuDebt *debt = data;
  MuDebtPayment p = { 0 };
  int kind;

  if (!mu_reader_check_keys (r, o, keys) || !read_date (r, o, "date", TRUE, &p.date) ||
      !mu_reader_amount (r, o, "amount", TRUE, MU_AMOUNT_NON_NEGATIVE, &p.amount) ||
      !read_word (r, o, "kind", FALSE, payment_kinds, MU_PAYMENT_CASH, &kind) || !read_text (r, o, "note", &p.note))
    {
      g_free (p.note);
      return FALSE;
    }
  p.kind = kind;
  g_array_append_val (debt->payments, p);
  return TRUE;
}

static gboolean
read_contact (MuReader   *r,
              JsonObject *o,
              gpointer    data)
{
  static const char * const keys[] = { "date", "kind", "with", "note", "next_step", NULL };
  MuDebt *debt = data;
  MuDebtContact c = { 0 };
  int kind;

  if (!mu_reader_check_keys (r, o, keys) || !read_date (r, o, "date", TRUE, &c.date) ||
      !read_word (r, o, "kind", TRUE, contact_kinds, MU_CONTACT_CALL, &kind) || !read_text (r, o, "with", &c.with) ||
      !read_text (r, o, "note", &c.note) || !read_date (r, o, "next_step", FALSE, &c.next_step))
    {
      g_free (c.with);
      g_free (c.note);
      return FALSE;
    }
  c.kind = kind;
  g_array_append_val (debt->contacts, c);
  return TRUE;
}

/* The object at @key, given to @read_one; nothing when it is missing or null. */
static gboolean
read_optional (MuReader    *r,
               JsonObject  *o,
               const char  *key,
               ReadElement  read_one,
               gpointer     data)
{
  gsize saved;
  JsonNode *node = mu_reader_member (r, o, key, FALSE, &saved);
  JsonObject *object;

  if (!node_is_null (node) &&
      ((object = mu_reader_object_node (r, node)) == NULL || !read_one (r, object, data)))
    return FALSE;
  mu_reader_pop (r, saved);
  return TRUE;
}

static gboolean
read_claim (MuReader   *r,
            JsonObject *o,
            gpointer    data)
{
  static const char * const keys[] = { "sent", "method", "delivered", NULL };
  MuDebtClaim *claim = &((MuDebt *) data)->claim;
  int method;

  if (!mu_reader_check_keys (r, o, keys) || !read_date (r, o, "sent", TRUE, &claim->sent) ||
      !read_word (r, o, "method", FALSE, claim_methods, MU_CLAIM_BY_POST, &method) ||
      !read_date (r, o, "delivered", FALSE, &claim->delivered))
    return FALSE;
  claim->method = method;
  return TRUE;
}

/* "instalments", as `debts show` prints them, follow from the rest. */
static gboolean
read_arrangement (MuReader   *r,
                  JsonObject *o,
                  gpointer    data)
{
  static const char * const keys[] = { "kind", "agreed", "first_due", "n", "every", "instalments", NULL };
  MuDebtArrangement *a = &((MuDebt *) data)->arrangement;
  int kind;

  if (!mu_reader_check_keys (r, o, keys) ||
      !read_word (r, o, "kind", TRUE, arrangement_kinds, MU_ARRANGEMENT_NONE, &kind) ||
      !read_date (r, o, "agreed", TRUE, &a->agreed) || !read_date (r, o, "first_due", TRUE, &a->first_due))
    return FALSE;
  a->kind = kind;
  return a->kind != MU_ARRANGEMENT_INSTALMENTS ||
         (mu_reader_count (r, o, "n", TRUE, MU_DEBT_MAX_INSTALMENTS, &a->n) &&
          mu_reader_count (r, o, "every", TRUE, 12, &a->every));
}

static gboolean
read_write_off (MuReader   *r,
                JsonObject *o,
                gpointer    data)
{
  static const char * const keys[] = { "kind", "date", NULL };
  MuDebt *debt = data;
  int kind;

  if (!mu_reader_check_keys (r, o, keys) ||
      !read_word (r, o, "kind", TRUE, write_off_kinds, MU_WRITE_OFF_NONE, &kind) ||
      !read_date (r, o, "date", TRUE, &debt->written_off))
    return FALSE;
  debt->write_off = kind;
  return TRUE;
}

/* "debtor": the id of a debtor of the file or of the library, or the
 * debtor's object, as `debts show` prints it, added to @debtors. */
static gboolean
read_debt_debtor (MuReader   *r,
                  JsonObject *o,
                  MuDebt     *debt,
                  GPtrArray  *debtors)
{
  gsize saved;
  JsonNode *node = mu_reader_member (r, o, "debtor", TRUE, &saved);
  MuDebtor *debtor;

  if (node == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    debt->debtor_id = g_strdup (json_node_get_string (node));
  else if (!JSON_NODE_HOLDS_OBJECT (node))
    return mu_reader_fail_expected (r, _("a debtor’s id in quotes, or the debtor as an object"), node);
  else if ((debtor = read_debtor (r, json_node_get_object (node))) == NULL)
    return FALSE;
  else
    {
      debt->debtor_id = g_strdup (debtor->id);
      g_ptr_array_add (debtors, debtor);
    }
  mu_reader_pop (r, saved);
  return TRUE;
}

static const char * const debt_keys[] = {
  "id", "debtor", "document", "document_date", "currency", "amount", "due", "claim_days", "charity_pledge",
  "late_interest", "notes", "payments", "contacts", "claim", "arrangement", "write_off",
  /* What `debts show` derives as of a date: passed over. */
  "as_of", "paid", "outstanding", "days_overdue", "bucket", "status", "limitation_date", "court_from",
  "next_step", "next_date", "findings", NULL
};

static MuDebt *
read_debt (MuReader   *r,
           JsonObject *o,
           GPtrArray  *debtors)
{
  g_autoptr(MuDebt) debt = mu_debt_new (NULL, NULL, "RUB", 0, NULL);
  g_autofree char *currency = NULL;
  const MuCurrency *known;

  if (!mu_reader_check_keys (r, o, debt_keys) || !mu_reader_string (r, o, "id", TRUE, &debt->id) ||
      !read_debt_debtor (r, o, debt, debtors) || !read_text (r, o, "document", &debt->document) ||
      !read_date (r, o, "document_date", FALSE, &debt->document_date) ||
      !mu_reader_string (r, o, "currency", FALSE, &currency))
    return NULL;
  if (currency != NULL)
    {
      gsize saved = mu_reader_push_key (r, "currency");

      if ((known = mu_currency_lookup (currency)) == NULL)
        {
          mu_reader_fail (r, _("“%s” is not an ISO 4217 currency code, such as RUB"), currency);
          return NULL;
        }
      g_strlcpy (debt->currency, known->code, sizeof debt->currency);
      mu_reader_pop (r, saved);
    }
  r->exponent = mu_cli_debt_exponent (debt);
  if (!mu_reader_amount (r, o, "amount", TRUE, MU_AMOUNT_NON_NEGATIVE, &debt->amount) ||
      !read_date (r, o, "due", TRUE, &debt->due) ||
      !mu_reader_count (r, o, "claim_days", FALSE, MU_DEBT_CLAIM_DAYS_MAX, &debt->claim_days) ||
      (json_object_has_member (o, "charity_pledge") && !node_is_null (json_object_get_member (o, "charity_pledge")) &&
       !mu_reader_amount (r, o, "charity_pledge", FALSE, MU_AMOUNT_NON_NEGATIVE, &debt->charity_pledge)) ||
      !mu_reader_bool (r, o, "late_interest", &debt->late_interest) || !read_text (r, o, "notes", &debt->notes) ||
      !read_each (r, o, "payments", read_payment, debt) || !read_each (r, o, "contacts", read_contact, debt) ||
      !read_optional (r, o, "claim", read_claim, debt) ||
      !read_optional (r, o, "arrangement", read_arrangement, debt) ||
      !read_optional (r, o, "write_off", read_write_off, debt))
    return NULL;
  return g_steal_pointer (&debt);
}

static gboolean
read_debtor_element (MuReader   *r,
                     JsonObject *element,
                     gpointer    data)
{
  MuDebtor *debtor = read_debtor (r, element);

  if (debtor != NULL)
    g_ptr_array_add (data, debtor);
  return debtor != NULL;
}

typedef struct
{
  GPtrArray *debts;
  GPtrArray *debtors;
} Import;

static gboolean
read_debt_element (MuReader   *r,
                   JsonObject *element,
                   gpointer    data)
{
  Import *import = data;
  MuDebt *debt = read_debt (r, element, import->debtors);

  if (debt != NULL)
    g_ptr_array_add (import->debts, debt);
  return debt != NULL;
}

/* json-glib's parser recurses once a level: a file of "[[[[…" would
 * overflow the stack, so the depth is counted on the bytes first, as the
 * scenarios' reader counts it. */
static gboolean
check_depth (const char  *data,
             gsize        length,
             GError     **error)
{
  gboolean in_string = FALSE, escaped = FALSE, ended = FALSE;
  guint depth = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (ended && !g_ascii_isspace (c))
        {
          /* json-glib 1.6 loses a second value and 1.10 aborts on one. */
          g_set_error_literal (error, MU_CORE_ERROR, MU_CORE_ERROR_PARSE,
                               _("the file is not a register of debts: something follows its object, which must "
                                 "be the file’s only one"));
          return FALSE;
        }
      if (escaped)
        escaped = FALSE;
      else if (in_string)
        escaped = c == '\\', in_string = c != '"';
      else if (c == '"')
        in_string = TRUE;
      else if ((c == '[' || c == '{') && ++depth > MAX_DEPTH)
        {
          /* Translators: %u is the deepest nesting allowed. */
          g_set_error (error, MU_CORE_ERROR, MU_CORE_ERROR_PARSE,
                       _("the file is not a register of debts: its lists and objects are nested more than %u "
                         "levels deep"), MAX_DEPTH);
          return FALSE;
        }
      else if ((c == ']' || c == '}') && depth > 0)
        ended = --depth == 0;
    }
  return TRUE;
}

MuDebtImport *
mu_cli_debts_read_json (const char  *data,
                        gsize        length,
                        GError     **error)
{
  static const char * const keys[] = { "debtors", "debts", NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GString) path = g_string_new (NULL);
  g_autoptr(MuDebtImport) import = g_new0 (MuDebtImport, 1);
  MuReader r = { path, 2, error };
  Import both;
  JsonObject *root;

  import->debtors = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_debtor_free);
  import->debts = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_debt_free);
  both = (Import) { import->debts, import->debtors };
  if (!g_utf8_validate (data, length, NULL))
    {
      g_set_error_literal (error, MU_CORE_ERROR, MU_CORE_ERROR_PARSE, _("the file is not text in UTF-8"));
      return NULL;
    }
  if (!check_depth (data, length, error) || !json_parser_load_from_data (parser, data, length, error))
    return NULL;
  if ((root = mu_reader_object_node (&r, json_parser_get_root (parser))) == NULL ||
      !mu_reader_check_keys (&r, root, keys) ||
      !read_each (&r, root, "debtors", read_debtor_element, import->debtors) ||
      !read_each (&r, root, "debts", read_debt_element, &both))
    return NULL;
  return g_steal_pointer (&import);
}
