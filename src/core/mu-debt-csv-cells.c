/* mu-debt-csv-cells.c — the header and the cells of the debts' CSV:
 * amounts as accountants write them, dates in both forms, currencies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mu-core-error.h"
#include "mu-currency.h"
#include "mu-debt-csv-private.h"
#include "mu-debt-private.h"

static const char * const column_ids[MU_CSV_N_COLUMNS] = {
  "debtor", "tax_number", "document", "document_date", "due", "amount", "currency"
};

const char *
mu_csv_column_id (MuCsvColumn column)
{
  g_return_val_if_fail (column < MU_CSV_N_COLUMNS, NULL);
  return column_ids[column];
}

/* Spaces between the thousands: a space, a no-break space (U+00A0), a
 * narrow no-break space (U+202F) or a thin space (U+2009). */
static gboolean
is_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == 0x00a0 || c == 0x202f || c == 0x2009;
}

char *
mu_csv_trim (const char *text)
{
  const char *start = text, *end = text + strlen (text);

  while (*start != '\0' && is_space (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *last = g_utf8_find_prev_char (start, end);

      if (last == NULL || !is_space (g_utf8_get_char (last)))
        break;
      end = last;
    }
  return g_strndup (start, end - start);
}

/* "Tax number", "TAX-NUMBER" and "tax_number" are one column. */
static char *
header_key (const char *name)
{
  char *key = g_ascii_strdown (name, -1);

  g_strdelimit (key, " -", '_');
  return key;
}

gboolean
mu_csv_map_header (GPtrArray *names,
                   int        index[MU_CSV_N_COLUMNS],
                   guint      line,
                   GError   **error)
{
  static const MuCsvColumn required[] = { MU_CSV_DEBTOR, MU_CSV_DUE, MU_CSV_AMOUNT };

  for (guint c = 0; c < MU_CSV_N_COLUMNS; c++)
    index[c] = -1;
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *key = header_key (g_ptr_array_index (names, i));

      for (guint c = 0; c < MU_CSV_N_COLUMNS; c++)
        {
          if (!g_str_equal (key, column_ids[c]))
            continue;
          if (index[c] >= 0)
            {
              /* Translators: the line of the header, the column's name, and its number counted from 1. */
              g_set_error (error, MU_CORE_ERROR, MU_CORE_ERROR_PARSE, _("Line %u: the header names “%s” twice, in "
                                                                        "columns %d and %u; keep one of them."),
                           line, column_ids[c], index[c] + 1, i + 1);
              return FALSE;
            }
          index[c] = (int) i;
        }
    }
  for (guint k = 0; k < G_N_ELEMENTS (required); k++)
    if (index[required[k]] < 0)
      {
        /* Translators: the line of the header and the missing column's name, e.g. “amount”. */
        g_set_error (error, MU_CORE_ERROR, MU_CORE_ERROR_PARSE, _("Line %u: the header has no column “%s”. It "
                                                                  "needs debtor, due and amount, and may have "
                                                                  "tax_number, document, document_date and "
                                                                  "currency, in any order."),
                     line, column_ids[required[k]]);
        return FALSE;
      }
  return TRUE;
}

/* "1 234,56" → "1234.56": digits in groups of three after the first,
 * one decimal comma or point. FALSE when the text is written otherwise. */
static gboolean
plain_amount (const char *text,
              GString    *out)
{
  guint run = 0, groups = 0;
  gboolean decimal = FALSE;

  if (*text == '-')
    g_string_append_c (out, *text++);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_ascii_isdigit (c))
        {
          g_string_append_c (out, (char) c);
          run++;
        }
      else if (is_space (c) && !decimal)
        {
          if (run == 0 || (groups == 0 ? run > 3 : run != 3))
            return FALSE;
          groups++;
          run = 0;
        }
      else if ((c == ',' || c == '.') && !decimal)
        {
          if (run == 0 || (groups > 0 && run != 3))
            return FALSE;
          g_string_append_c (out, '.');
          decimal = TRUE;
          run = 0;
        }
      else
        return FALSE;
    }
  return run > 0 && (decimal || groups == 0 || run == 3);
}

static char *
parse_amount (MuCsvRow *row,
              guint     exponent)
{
  const char *text = row->cells[MU_CSV_AMOUNT];
  g_autoptr(GString) plain = g_string_new (NULL);

  if (text[0] == '\0')
    return g_strdup (_("it is empty; every debt needs its amount"));
  if (!plain_amount (text, plain))
    /* Translators: %s is the cell as the file writes it. */
    return g_strdup_printf (_("“%s” is not an amount; write it as 1234.56, 1234,56 or 1 234,56"), text);
  switch (mu_decimal_parse (plain->str, exponent, &row->amount))
    {
    case MU_DECIMAL_OK:
      if (row->amount > 0)
        return NULL;
      /* Translators: %s is the cell as the file writes it. */
      return g_strdup_printf (_("“%s” is not more than nothing; a refund or a credit is not a debt"), text);
    case MU_DECIMAL_TOO_PRECISE:
      /* Translators: the cell, the currency’s code, and how many decimals it has. */
      return g_strdup_printf (_("“%s” has more decimals than %s has (%u)"), text, row->currency, exponent);
    case MU_DECIMAL_OUT_OF_RANGE:
      /* Translators: %s is the cell as the file writes it. */
      return g_strdup_printf (_("“%s” is too large an amount to be kept exactly"), text);
    case MU_DECIMAL_SYNTAX:
    default:
      /* Translators: %s is the cell as the file writes it. */
      return g_strdup_printf (_("“%s” is not an amount; write it as 1234.56, 1234,56 or 1 234,56"), text);
    }
}

/* @min to @max digits at *p. */
static gboolean
read_number (const char **p,
             guint        min,
             guint        max,
             guint       *value)
{
  guint n = 0;

  for (*value = 0; g_ascii_isdigit (**p) && n < max; (*p)++, n++)
    *value = *value * 10 + (guint) (**p - '0');
  return n >= min && !g_ascii_isdigit (**p);
}

/* "2025-05-10" or "10.05.2025", and a time of day after it that some
 * programs add ("10.05.2025 0:00:00") is let pass. */
static gboolean
read_date (const char *text,
           GDate      *date)
{
  const char *p = text;
  guint year, month, day, hours, minutes, seconds;

  if (read_number (&p, 4, 4, &year))
    {
      if (*p++ != '-' || !read_number (&p, 1, 2, &month) || *p++ != '-' || !read_number (&p, 1, 2, &day))
        return FALSE;
    }
  else
    {
      p = text;
      if (!read_number (&p, 1, 2, &day) || *p++ != '.' || !read_number (&p, 1, 2, &month) || *p++ != '.' ||
          !read_number (&p, 4, 4, &year))
        return FALSE;
    }
  if (*p == ' ')
    {
      p++;
      if (!read_number (&p, 1, 2, &hours) || *p++ != ':' || !read_number (&p, 2, 2, &minutes))
        return FALSE;
      if (*p == ':')
        {
          p++;
          if (!read_number (&p, 2, 2, &seconds))
            return FALSE;
        }
    }
  if (*p != '\0' || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return mu_debt_date_ok (date);
}

static char *
parse_date (const char *text,
            GDate      *date,
            gboolean    required)
{
  g_date_clear (date, 1);
  if (text[0] == '\0')
    return required ? g_strdup (_("it is empty; every debt needs its due date")) : NULL;
  if (read_date (text, date))
    return NULL;
  /* Translators: the cell as the file writes it, then the first and last years, 1900 and 9999. */
  return g_strdup_printf (_("“%s” is not a date from the year %u to %u; write it as YYYY-MM-DD or DD.MM.YYYY"),
                          text, MU_DEBT_YEAR_MIN, MU_DEBT_YEAR_MAX);
}

/* An ISO 4217 code, alphabetic or numeric; what Russian programs write
 * for the rouble; RUB when empty. */
static char *
parse_currency (MuCsvRow *row)
{
  static const char * const roubles[] = { "RUR", "РУБ", "РУБ.", "₽" };
  const char *text = row->cells[MU_CSV_CURRENCY];
  g_autofree char *upper = g_utf8_strup (text, -1);
  const char *code = text[0] == '\0' ? "RUB" : upper;
  const MuCurrency *currency = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (roubles); i++)
    if (g_str_equal (upper, roubles[i]))
      code = "RUB";
  if (strlen (code) == 3 && g_ascii_isdigit (code[0]) && g_ascii_isdigit (code[1]) && g_ascii_isdigit (code[2]))
    {
      guint64 numeric = g_ascii_strtoull (code, NULL, 10);
      gsize n;
      const MuCurrency *all = mu_currency_get_all (&n);

      for (gsize i = 0; i < n && currency == NULL; i++)
        if (all[i].numeric == numeric)
          currency = &all[i];
    }
  else
    currency = mu_currency_lookup (code);
  if (currency == NULL)
    /* Translators: %s is the cell as the file writes it. */
    return g_strdup_printf (_("“%s” is not an ISO 4217 currency code, such as RUB"), text);
  g_strlcpy (row->currency, currency->code, sizeof row->currency);
  return NULL;
}

int
mu_csv_parse_row (MuCsvRow *row,
                  char    **message)
{
  if ((*message = parse_currency (row)) != NULL)
    return MU_CSV_CURRENCY;
  if ((*message = parse_amount (row, mu_currency_lookup (row->currency)->exponent)) != NULL)
    return MU_CSV_AMOUNT;
  if ((*message = parse_date (row->cells[MU_CSV_DUE], &row->due, TRUE)) != NULL)
    return MU_CSV_DUE;
  if ((*message = parse_date (row->cells[MU_CSV_DOCUMENT_DATE], &row->document_date, FALSE)) != NULL)
    return MU_CSV_DOCUMENT_DATE;
  if (row->cells[MU_CSV_DEBTOR][0] == '\0')
    {
      *message = g_strdup (_("it is empty; every debt needs its debtor’s name"));
      return MU_CSV_DEBTOR;
    }
  return -1;
}

int
mu_csv_check_debt (const MuDebt *debt,
                   char        **message)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *where = NULL;

  if (mu_debt_validate (debt, &where, &error))
    return -1;
  *message = g_strdup (error->message);
  for (guint c = 0; c < MU_CSV_N_COLUMNS; c++)
    if (g_str_equal (where, column_ids[c]))
      return (int) c;
  return MU_CSV_DEBTOR;
}

void
mu_csv_row_clear (MuCsvRow *row)
{
  for (guint c = 0; c < MU_CSV_N_COLUMNS; c++)
    g_clear_pointer (&row->cells[c], g_free);
}
