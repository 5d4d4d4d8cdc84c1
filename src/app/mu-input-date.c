/* mu-input-date.c — dates as people type them, in their locale
 *
 * A date is written as the locale writes it (nl_langinfo (D_FMT)): its
 * order of day, month and year, two-digit day and month, a four-digit
 * year, and the first of “.”, “/” and “-” the locale puts between them
 * (“/” if none, “-” where the year comes first). The C and POSIX
 * locales, and a format with fewer than three fields, write ISO 8601
 * (2026-12-01). A typed date may have a one-digit day or month, any of
 * “.”, “/”, “-” and spaces between its fields, and digits of any script;
 * one that starts with a four-digit year is read as year, month, day in
 * every locale, so the ISO form always works. Years run from 1900 to 9999.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>
#include <langinfo.h>
#include <locale.h>
#include <string.h>

#include "mu-input.h"

#define MIN_YEAR 1900
#define MAX_YEAR 9999

typedef struct
{
  char order[3];  /* 'd', 'm' and 'y', in the locale's order */
  char separator;
} DateLayout;

static const DateLayout iso_layout = { { 'y', 'm', 'd' }, '-' };

typedef struct
{
  guint value;
  guint digits;
} DateField;

/* Whether LC_TIME is C or POSIX, which write a date the American way
 * with a two-digit year: those get ISO 8601 instead. */
static gboolean
is_c_locale (void)
{
#ifdef _NL_LOCALE_NAME
  const char *name = nl_langinfo (_NL_LOCALE_NAME (LC_TIME));
#else
  const char *name = setlocale (LC_TIME, NULL);
#endif

  return name == NULL || strcmp (name, "C") == 0 || strcmp (name, "POSIX") == 0 || g_str_has_prefix (name, "C.");
}

/* Which field of a date a strftime() conversion writes, if any. */
static char
conversion_field (char conversion)
{
  switch (conversion)
    {
    case 'd': case 'e':
      return 'd';
    case 'm': case 'b': case 'B': case 'h':
      return 'm';
    case 'y': case 'Y': case 'C': case 'G': case 'g':
      return 'y';
    default:
      return '\0';
    }
}

/* The first of “.”, “/” and “-” between @start and @end, or @fallback. */
static char
separator_between (const char *start,
                   const char *end,
                   char        fallback)
{
  for (const char *p = start; p < end; p++)
    {
      if (*p == '.' || *p == '/' || *p == '-')
        return *p;
    }
  return fallback;
}

/* The order and separator of the locale's dates, from its D_FMT. */
static void
date_layout (DateLayout *layout)
{
  const char *format = nl_langinfo (D_FMT);
  const char *gap = NULL;
  const char *gap_end = NULL;
  guint n = 0;

  *layout = iso_layout;
  if (is_c_locale () || format == NULL)
    return;
  for (const char *p = format; *p != '\0' && n < 3; p++)
    {
      const char *percent = p;
      char field;

      if (*p != '%')
        continue;
      /* Skip the flags, the width and the E or O modifier. */
      for (p++; *p != '\0' && strchr ("-_0^#123456789EO", *p) != NULL; p++)
        ;
      field = conversion_field (*p);
      if (field == '\0' || memchr (layout->order, field, n) != NULL)
        {
          if (*p == '\0')
            break;
          continue;
        }
      if (n == 0)
        gap = p + 1;
      else if (n == 1)
        gap_end = percent;
      layout->order[n++] = field;
    }
  if (n < 3)
    *layout = iso_layout;
  else
    layout->separator = separator_between (gap, gap_end, layout->order[0] == 'y' ? '-' : '/');
}

char *
mu_input_format_date (const GDate *date)
{
  DateLayout layout;
  GString *text;

  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (g_date_valid (date), NULL);

  date_layout (&layout);
  text = g_string_new (NULL);
  for (guint i = 0; i < 3; i++)
    {
      if (i > 0)
        g_string_append_c (text, layout.separator);
      if (layout.order[i] == 'd')
        g_string_append_printf (text, "%02u", (guint) g_date_get_day (date));
      else if (layout.order[i] == 'm')
        g_string_append_printf (text, "%02u", (guint) g_date_get_month (date));
      else
        g_string_append_printf (text, "%04u", (guint) g_date_get_year (date));
    }
  return g_string_free (text, FALSE);
}

/* “Enter the date as DD.MM.YYYY, such as 31.12.2026.” */
static char *
shape_message (void)
{
  g_autoptr(GString) pattern = g_string_new (NULL);
  g_autofree char *example = NULL;
  DateLayout layout;
  GDate date;

  date_layout (&layout);
  for (guint i = 0; i < 3; i++)
    {
      if (i > 0)
        g_string_append_c (pattern, layout.separator);
      if (layout.order[i] == 'd')
        /* Translators: the day's two digits in a date pattern, as DD in DD.MM.YYYY. */
        g_string_append (pattern, C_("date pattern", "DD"));
      else if (layout.order[i] == 'm')
        /* Translators: the month's two digits in a date pattern, as MM in DD.MM.YYYY. */
        g_string_append (pattern, C_("date pattern", "MM"));
      else
        /* Translators: the year's four digits in a date pattern, as YYYY in DD.MM.YYYY. */
        g_string_append (pattern, C_("date pattern", "YYYY"));
    }
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 31, G_DATE_DECEMBER, 2026);
  example = mu_input_format_date (&date);
  /* Translators: the first %s is a date pattern, as “DD.MM.YYYY”; the
   * second a date written that way, as “31.12.2026”. */
  return g_strdup_printf (_("Enter the date as %s, such as %s."), pattern->str, example);
}

/* “There is no day 30 in February 2026.” */
static char *
no_such_day (guint      day,
             GDateMonth month,
             GDateYear  year)
{
  GDate first;
  char name[128];

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, month, year);
  /* Translators: strftime() format of a month and its year, as “February
   * 2026” in “There is no day 30 in February 2026.”; %OB is the month's
   * name as it stands alone (the nominative), %B the one used in a date. */
  if (g_date_strftime (name, sizeof name, _("%OB %Y"), &first) == 0)
    g_snprintf (name, sizeof name, "%04u-%02u", (guint) year, (guint) month);
  /* Translators: %u is the day as typed; %s a month and its year, as
   * “February 2026”. Where the month's name standing alone is
   * capitalised, as Russian “Февраль”, it may start the sentence:
   * “%2$s: …%1$u…”. */
  return g_strdup_printf (_("There is no day %u in %s."), day, name);
}

/* Splits @text into three runs of digits, with spaces and at most one of
 * “.”, “/” and “-” between two of them. */
static gboolean
split_date (const char *text,
            DateField   fields[3])
{
  gboolean in_field = FALSE;
  guint marks = 0;
  guint n = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isdigit (c))
        {
          if (!in_field && n == 3)
            return FALSE;
          if (!in_field)
            fields[n++] = (DateField) { 0, 0 };
          in_field = TRUE;
          marks = 0;
          if (++fields[n - 1].digits > 4)
            return FALSE;
          fields[n - 1].value = fields[n - 1].value * 10 + g_unichar_digit_value (c);
        }
      else if (c == '.' || c == '/' || c == '-')
        {
          if (n == 0 || n == 3 || ++marks > 1)
            return FALSE;
          in_field = FALSE;
        }
      else if (g_unichar_type (c) == G_UNICODE_FORMAT)
        continue;
      else if (g_unichar_isspace (c) || c == 0x00a0 || c == 0x202f)
        in_field = FALSE;
      else
        return FALSE;
    }
  return n == 3;
}

/* Sets @date to a day that exists, or says why it does not. */
static gboolean
set_date (guint    day,
          guint    month,
          guint    year,
          GDate   *date,
          char   **message)
{
  if (month < 1 || month > 12)
    {
      /* Translators: %u is the month's number as typed, as 13. */
      *message = g_strdup_printf (_("There is no month %u."), month);
      return FALSE;
    }
  if (year < MIN_YEAR || year > MAX_YEAR)
    {
      *message = g_strdup_printf (_("Enter a year from %u to %u."), MIN_YEAR, MAX_YEAR);
      return FALSE;
    }
  if (day < 1 || day > g_date_get_days_in_month (month, year))
    {
      *message = no_such_day (day, month, year);
      return FALSE;
    }
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

gboolean
mu_input_parse_date (const char  *text,
                     GDate       *date,
                     char       **message)
{
  DateField fields[3];
  DateLayout layout;
  guint day = 0;
  guint month = 0;
  guint year = 0;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (message != NULL, FALSE);

  date_layout (&layout);
  if (!split_date (text, fields))
    {
      *message = shape_message ();
      return FALSE;
    }
  /* A four-digit year first is ISO 8601, whatever the locale's order. */
  if (fields[0].digits == 4)
    memcpy (layout.order, "ymd", 3);
  for (guint i = 0; i < 3; i++)
    {
      if (layout.order[i] == 'y' ? fields[i].digits != 4 : fields[i].digits > 2)
        {
          *message = shape_message ();
          return FALSE;
        }
      if (layout.order[i] == 'd')
        day = fields[i].value;
      else if (layout.order[i] == 'm')
        month = fields[i].value;
      else
        year = fields[i].value;
    }
  return set_date (day, month, year, date, message);
}
