/* mu-debt-csv.c — debts imported from what accounting programs export
 *
 * The text is made UTF-8 first (Windows-1251 when it is not valid UTF-8),
 * then read a record at a time as RFC 4180 has it — quoted fields may
 * hold separators, line breaks and "" for a quote — with the separator
 * the header uses. The cells' numbers and dates are in mu-debt-csv-cells.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mu-core-error.h"
#include "mu-debt-csv-private.h"

typedef struct
{
  const char *p;
  const char *end;
  char        sep;
  guint       line;     /* the physical line p is on, from 1 */
  GPtrArray  *header;   /* the names as the file writes them; NULL while the header is read */
} Reader;

typedef struct
{
  Reader        reader;
  int           index[MU_CSV_N_COLUMNS];  /* of the column in a row; -1 when the file has none */
  const char   *prefix;
  GHashTable   *debtors;                  /* name, U+001F, tax number → the debtor */
  MuDebtImport *import;
} Import;

void
mu_debt_import_free (MuDebtImport *import)
{
  if (import == NULL)
    return;
  g_ptr_array_unref (import->debtors);
  g_ptr_array_unref (import->debts);
  g_free (import);
}

static gboolean
fail (GError    **error,
      const char *message)
{
  g_set_error_literal (error, MU_CORE_ERROR, MU_CORE_ERROR_PARSE, message);
  return FALSE;
}

static guint
line_of (const char *data,
         const char *at)
{
  guint line = 1;

  for (const char *p = data; p < at; p++)
    line += *p == '\n';
  return line;
}

/* The text as UTF-8, without a byte order mark. */
static char *
to_utf8 (const char *data,
         gsize       length,
         GError    **error)
{
  const char *nul;
  char *text;

  if (length >= 2 && ((guchar) data[0] == 0xff || (guchar) data[0] == 0xfe) &&
      ((guchar) data[1] == 0xfe || (guchar) data[1] == 0xff))
    {
      fail (error, _("The file is in UTF-16. Save it from the accounting program as CSV in UTF-8 or "
                     "Windows-1251."));
      return NULL;
    }
  if ((nul = memchr (data, '\0', length)) != NULL)
    {
      /* Translators: %u is a line of the file. */
      g_set_error (error, MU_CORE_ERROR, MU_CORE_ERROR_PARSE, _("Line %u holds a NUL byte: this is not a text "
                                                                "file. Export the debts as CSV again."),
                   line_of (data, nul));
      return NULL;
    }
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
      if (!g_utf8_validate (data, length, NULL))
        {
          fail (error, _("The file says it is UTF-8 but is not. Export the debts as CSV again."));
          return NULL;
        }
    }
  if (g_utf8_validate (data, length, NULL))
    return g_strndup (data, length);
  text = g_convert (data, length, "UTF-8", "CP1251", NULL, NULL, NULL);
  if (text == NULL)
    fail (error, _("The file is neither UTF-8 nor Windows-1251 text. Save it from the accounting program as CSV "
                   "in one of these."));
  return text;
}

/* The name of column @index for messages: as the header writes it. */
static char *
column_name (const Reader *reader,
             guint         index)
{
  if (reader->header != NULL && index < reader->header->len)
    return g_strdup (g_ptr_array_index (reader->header, index));
  /* A column without a name: its number, counted from 1. */
  return g_strdup_printf ("%u", index + 1);
}

static gboolean
row_error (GError    **error,
           guint       line,
           const char *column,
           const char *why)
{
  /* Translators: the line of the file, the column's name, and what is wrong with the cell. */
  g_set_error (error, MU_CORE_ERROR, MU_CORE_ERROR_PARSE, _("Line %u, column “%s”: %s."), line, column, why);
  return FALSE;
}

G_GNUC_PRINTF (5, 6)
static gboolean
cell_error (GError       **error,
            const Reader  *reader,
            guint          line,
            guint          column,
            const char    *format,
            ...)
{
  g_autofree char *name = column_name (reader, column);
  g_autofree char *why = NULL;
  va_list args;

  va_start (args, format);
  why = g_strdup_vprintf (format, args);
  va_end (args);
  return row_error (error, line, name, why);
}

static gboolean
at_record_end (const Reader *r)
{
  return r->p >= r->end || *r->p == '\n' || *r->p == '\r';
}

static gboolean
read_quoted (Reader  *r,
             GString *field,
             guint    index,
             guint    line,
             GError **error)
{
  for (r->p++;; r->p++)
    {
      if (r->p >= r->end)
        {
          /* Translators: %u is the line where the quoted field starts. */
          g_set_error (error, MU_CORE_ERROR, MU_CORE_ERROR_PARSE, _("Line %u: a quoted field is never closed; "
                                                                    "the file ends inside it."), line);
          return FALSE;
        }
      if (*r->p == '"' && r->p + 1 < r->end && r->p[1] == '"')
        r->p++;
      else if (*r->p == '"')
        break;
      else if (*r->p == '\n')
        r->line++;
      g_string_append_c (field, *r->p);
      if (field->len > MU_DEBT_CSV_MAX_FIELD)
        /* Translators: %u is the longest a field may be, 4096. */
        return cell_error (error, r, line, index, _("the field is longer than %u bytes"), MU_DEBT_CSV_MAX_FIELD);
    }
  for (r->p++; r->p < r->end && (*r->p == ' ' || *r->p == '\t'); r->p++)
    ;
  if (!at_record_end (r) && *r->p != r->sep)
    return cell_error (error, r, line, index, _("a quoted field must end with its quote, just before the next "
                                                "separator"));
  return TRUE;
}

/* One field, from r->p up to its separator or the end of the record. */
static gboolean
read_field (Reader  *r,
            GString *field,
            guint    index,
            guint    line,
            GError **error)
{
  const char *start = r->p, *q = r->p;

  g_string_truncate (field, 0);
  while (q < r->end && (*q == ' ' || *q == '\t'))
    q++;
  if (q < r->end && *q == '"')
    {
      r->p = q;
      return read_quoted (r, field, index, line, error);
    }
  while (!at_record_end (r) && *r->p != r->sep)
    r->p++;
  if ((gsize) (r->p - start) > MU_DEBT_CSV_MAX_FIELD)
    /* Translators: %u is the longest a field may be, 4096. */
    return cell_error (error, r, line, index, _("the field is longer than %u bytes"), MU_DEBT_CSV_MAX_FIELD);
  g_string_append_len (field, start, r->p - start);
  return TRUE;
}

/* One record's fields into @fields; FALSE with no error at the end of
 * the text. @line is where the record starts. */
static gboolean
read_record (Reader     *r,
             GPtrArray  *fields,
             guint      *line,
             GError    **error)
{
  g_autoptr(GString) field = g_string_new (NULL);

  g_ptr_array_set_size (fields, 0);
  if (r->p >= r->end)
    return FALSE;
  *line = r->line;
  for (;;)
    {
      if (fields->len >= MU_CSV_MAX_COLUMNS)
        {
          /* Translators: the line of the file, and the most fields a line may have, 1000. */
          g_set_error (error, MU_CORE_ERROR, MU_CORE_ERROR_PARSE, _("Line %u has more than %u fields: this does "
                                                                    "not look like a list of debts."),
                       *line, MU_CSV_MAX_COLUMNS);
          return FALSE;
        }
      if (!read_field (r, field, fields->len, *line, error))
        return FALSE;
      g_ptr_array_add (fields, g_strdup (field->str));
      if (r->p < r->end && *r->p == r->sep)
        {
          r->p++;
          continue;
        }
      break;
    }
  if (r->p < r->end && *r->p == '\r')
    r->p++;
  if (r->p < r->end && *r->p == '\n')
    r->p++;
  r->line++;
  return TRUE;
}

/* The separator the header uses: the more frequent of `;` and `,`
 * outside quotes on its first line, or what an "sep=;" line before it
 * names, as spreadsheets write. */
static char
detect_separator (Reader *r)
{
  guint semicolons = 0, commas = 0;
  gboolean quoted = FALSE;

  if (r->end - r->p >= 5 && g_ascii_strncasecmp (r->p, "sep=", 4) == 0 && (r->p[4] == ';' || r->p[4] == ','))
    {
      char sep = r->p[4];

      r->p += 5;
      while (r->p < r->end && (*r->p == '\r' || *r->p == '\n'))
        r->line += *r->p++ == '\n';
      return sep;
    }
  for (const char *q = r->p; q < r->end && (quoted || (*q != '\n' && *q != '\r')); q++)
    {
      if (*q == '"')
        quoted = !quoted;
      else if (!quoted)
        {
          semicolons += *q == ';';
          commas += *q == ',';
        }
    }
  return commas > semicolons ? ',' : ';';
}

static gboolean
record_is_blank (GPtrArray *fields)
{
  for (guint i = 0; i < fields->len; i++)
    {
      g_autofree char *trimmed = mu_csv_trim (g_ptr_array_index (fields, i));

      if (trimmed[0] != '\0')
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_header (Import  *import,
             GError **error)
{
  Reader *r = &import->reader;
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  guint line;

  do
    if (!read_record (r, fields, &line, error))
      return error != NULL && *error != NULL ? FALSE : fail (error, _("The file is empty: it has no header row "
                                                                       "and no debts."));
  while (record_is_blank (fields));

  r->header = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < fields->len; i++)
    g_ptr_array_add (r->header, mu_csv_trim (g_ptr_array_index (fields, i)));
  return mu_csv_map_header (r->header, import->index, line, error);
}

static const char *
debtor_for (Import     *import,
            const char *name,
            const char *tax_number)
{
  g_autofree char *key = g_strdup_printf ("%s\x1f%s", name, tax_number != NULL ? tax_number : "");
  MuDebtor *debtor = g_hash_table_lookup (import->debtors, key);

  if (debtor == NULL)
    {
      g_autofree char *id = g_strdup_printf ("%s-debtor-%u", import->prefix, import->import->debtors->len + 1);

      debtor = mu_debtor_new (id, name, MU_DEBTOR_COMPANY);
      debtor->tax_number = g_strdup (tax_number);
      g_ptr_array_add (import->import->debtors, debtor);
      g_hash_table_insert (import->debtors, g_steal_pointer (&key), debtor);
    }
  return debtor->id;
}

/* The cell of @column in @fields, trimmed; "" when the row is shorter or
 * the file has no such column. */
static char *
cell (const Import *import,
      GPtrArray    *fields,
      MuCsvColumn   column)
{
  int index = import->index[column];

  if (index < 0 || (guint) index >= fields->len)
    return g_strdup ("");
  return mu_csv_trim (g_ptr_array_index (fields, index));
}

static gboolean
read_row (Import    *import,
          GPtrArray *fields,
          guint      line,
          GError   **error)
{
  MuCsvRow row = { 0 };
  g_autofree char *message = NULL;
  g_autofree char *id = NULL;
  MuDebt *debt;
  int column;

  for (guint c = 0; c < MU_CSV_N_COLUMNS; c++)
    row.cells[c] = cell (import, fields, c);
  column = mu_csv_parse_row (&row, &message);
  if (column < 0)
    {
      id = g_strdup_printf ("%s-debt-%u", import->prefix, import->import->debts->len + 1);
      debt = mu_debt_new (id, NULL, row.currency, row.amount, &row.due);
      g_free (debt->debtor_id);
      debt->debtor_id = g_strdup (debtor_for (import, row.cells[MU_CSV_DEBTOR],
                                              row.cells[MU_CSV_TAX_NUMBER][0] != '\0' ? row.cells[MU_CSV_TAX_NUMBER]
                                                                                      : NULL));
      debt->document = row.cells[MU_CSV_DOCUMENT][0] != '\0' ? g_strdup (row.cells[MU_CSV_DOCUMENT]) : NULL;
      debt->document_date = row.document_date;
      g_ptr_array_add (import->import->debts, debt);
      column = mu_csv_check_debt (debt, &message);
    }
  mu_csv_row_clear (&row);
  if (column < 0)
    return TRUE;
  if (import->index[column] >= 0)
    return cell_error (error, &import->reader, line, (guint) import->index[column], "%s", message);
  return row_error (error, line, mu_csv_column_id (column), message);
}

static gboolean
read_rows (Import  *import,
           GError **error)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  guint line;

  while (read_record (&import->reader, fields, &line, error))
    {
      if (record_is_blank (fields))
        continue;
      if (import->import->debts->len >= MU_DEBT_CSV_MAX_ROWS)
        {
          /* Translators: %u is the most debts one file may hold, 1000000. */
          g_set_error (error, MU_CORE_ERROR, MU_CORE_ERROR_PARSE, _("The file holds more than %u debts; split "
                                                                    "it and import the parts one by one."),
                       MU_DEBT_CSV_MAX_ROWS);
          return FALSE;
        }
      if (!read_row (import, fields, line, error))
        return FALSE;
    }
  if (error != NULL && *error != NULL)
    return FALSE;
  if (import->import->debts->len == 0)
    return fail (error, _("The file has a header row but no debts under it."));
  return TRUE;
}

MuDebtImport *
mu_debt_csv_read (const char  *data,
                  gsize        length,
                  const char  *id_prefix,
                  GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(MuDebtImport) result = NULL;
  Import import = { 0 };
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > MU_DEBT_CSV_MAX_BYTES)
    {
      /* Translators: %u is the most megabytes one file may hold, 64. */
      g_set_error (error, MU_CORE_ERROR, MU_CORE_ERROR_PARSE, _("The file is larger than %u MB; split it and "
                                                                "import the parts one by one."),
                   MU_DEBT_CSV_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  if ((text = to_utf8 (data != NULL ? data : "", length, error)) == NULL)
    return NULL;

  result = g_new0 (MuDebtImport, 1);
  result->debtors = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_debtor_free);
  result->debts = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_debt_free);
  import.reader = (Reader) { text, text + strlen (text), ';', 1, NULL };
  import.reader.sep = detect_separator (&import.reader);
  import.prefix = id_prefix != NULL ? id_prefix : "import";
  import.debtors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  import.import = result;

  ok = read_header (&import, &local_error) && read_rows (&import, &local_error);
  g_clear_pointer (&import.reader.header, g_ptr_array_unref);
  g_hash_table_unref (import.debtors);
  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&result);
}
