/* mu-input.c — numbers as people type them, in their locale
 *
 * “1 250,50”, “1,250.50” and “1250.5” are all the same amount; what is
 * not a number says why, in words a shop owner reads.
 *
 * A number's decimal sign is the locale's (a comma or a point), or the
 * Arabic decimal sign U+066B anywhere. Spaces, no-break spaces (U+00A0,
 * U+202F), apostrophes (' and U+2019) and the Arabic thousands separator
 * U+066C are group separators wherever they stand. The other one of
 * comma and point — the comma where the decimal sign is a point, the
 * point where it is a comma — is a group separator only where it groups:
 * the number starts with one to three digits, not a lone zero, and every
 * group after it has exactly three, as in “1,250,000.50” or
 * “1.250.000,50”. Typed once elsewhere, as in “1,5” under a point or
 * “1.5” under a comma, it could be either sign, and the number is refused
 * with both readings; typed more than once out of place, it is not a
 * number. Digits of any script count, Arabic-Indic ones included, and
 * invisible format characters (the direction marks that come with text
 * pasted from right-to-left writing) are skipped, in dates too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>
#include <langinfo.h>
#include <string.h>

#include "mu-chart.h"
#include "mu-input.h"

/* What normalize() writes for the other one of comma and point until it
 * knows whether the number is grouped; nothing typed becomes this byte. */
#define OTHER_SIGN '\001'


/* The locale's decimal sign, and whether a comma may stand for it. */
static gunichar
decimal_sign (void)
{
  /* Thread-safe, unlike localeconv(), which the chart threads may call. */
  const char *radix = nl_langinfo (RADIXCHAR);

  return radix != NULL && radix[0] == ',' ? ',' : '.';
}

static gboolean
is_group_separator (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00a0 || c == 0x202f || c == '\'' || c == 0x2019 || c == 0x066c;
}

/* What was typed, in ASCII: digits, “-”, “.” for the decimal sign and
 * OTHER_SIGN; group separators dropped, anything else a “?”. */
static char *
to_plain (const char *text)
{
  GString *plain = g_string_new (NULL);
  gunichar sign = decimal_sign ();
  gunichar other = sign == ',' ? '.' : ',';

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_group_separator (c) || g_unichar_type (c) == G_UNICODE_FORMAT)
        continue;
      if (c == '-' || c == 0x2212)  /* a hyphen, or the minus sign */
        g_string_append_c (plain, '-');
      else if (c == sign || c == 0x066b)  /* the Arabic decimal sign */
        g_string_append_c (plain, '.');
      else if (c == other)
        g_string_append_c (plain, OTHER_SIGN);
      else if (g_unichar_isdigit (c))
        g_string_append_c (plain, '0' + g_unichar_digit_value (c));
      else
        g_string_append_c (plain, '?');
    }
  return g_string_free (plain, FALSE);
}

/* Whether every OTHER_SIGN in @plain separates groups of thousands in
 * the whole part of the number. */
static gboolean
groups_of_three (const char *plain)
{
  const char *first = strchr (plain, OTHER_SIGN);
  const char *start = first;
  const char *p;

  while (start > plain && g_ascii_isdigit (start[-1]))
    start--;
  if (start != plain && !(start == plain + 1 && plain[0] == '-'))
    return FALSE;
  if (first - start < 1 || first - start > 3 || (first - start == 1 && *start == '0'))
    return FALSE;
  for (p = first; *p == OTHER_SIGN; p += 4)
    {
      if (!g_ascii_isdigit (p[1]) || !g_ascii_isdigit (p[2]) || !g_ascii_isdigit (p[3]) || g_ascii_isdigit (p[4]))
        return FALSE;
    }
  return strchr (p, OTHER_SIGN) == NULL;
}

/* Whether @plain, with its one OTHER_SIGN, reads as a number both with
 * it as the decimal sign and without it. */
static gboolean
is_ambiguous (const char *plain)
{
  const char *p = plain[0] == '-' ? plain + 1 : plain;
  const char *sign = strchr (p, OTHER_SIGN);

  if (sign == NULL || sign == p || sign[1] == '\0' || strchr (sign + 1, OTHER_SIGN) != NULL)
    return FALSE;
  for (; *p != '\0'; p++)
    {
      if (p != sign && !g_ascii_isdigit (*p))
        return FALSE;
    }
  return TRUE;
}

/* “1,5” could be 1.5 or 15: the message that says so. */
static char *
ambiguity_message (const char *text,
                   const char *plain)
{
  g_autofree char *typed = g_strstrip (g_strdup (text));
  g_autofree char *as_sign = g_strdup (plain);
  g_auto(GStrv) halves = g_strsplit (plain, (const char[]) { OTHER_SIGN, '\0' }, 2);
  g_autofree char *without = g_strconcat (halves[0], halves[1], NULL);

  *strchr (as_sign, OTHER_SIGN) = decimal_sign ();
  if (decimal_sign () == '.')
    /* Translators: “1,5” typed where the decimal sign is a point. The %s
     * are what was typed; the number read with the comma as its decimal
     * sign, written with a point (1.5); the number read without the
     * comma (15); then those two again. */
    return g_strdup_printf (_("“%s” could be %s or %s: type %s, or %s without the comma."),
                            typed, as_sign, without, as_sign, without);
  /* Translators: “1.5” typed where the decimal sign is a comma. The %s
   * are what was typed; the number read with the point as its decimal
   * sign, written with a comma (1,5); the number read without the point
   * (15); then those two again. */
  return g_strdup_printf (_("“%s” could be %s or %s: type %s, or %s without the point."),
                          typed, as_sign, without, as_sign, without);
}

/* Turns what was typed into the plain form mu_decimal_parse() reads:
 * no group separators, a point for the decimal sign. Returns NULL with
 * @message set when the number could be read two ways. */
static char *
normalize (const char  *text,
           char       **message)
{
  g_autofree char *plain = to_plain (text);
  char *out = plain;

  if (strchr (plain, OTHER_SIGN) == NULL)
    return g_steal_pointer (&plain);
  if (groups_of_three (plain))
    {
      for (const char *p = plain; *p != '\0'; p++)
        {
          if (*p != OTHER_SIGN)
            *out++ = *p;
        }
      *out = '\0';
      return g_steal_pointer (&plain);
    }
  if (is_ambiguous (plain))
    {
      *message = ambiguity_message (text, plain);
      return NULL;
    }
  /* Out of place more than once: not a number, which the parser says. */
  g_strdelimit (plain, (const char[]) { OTHER_SIGN, '\0' }, '?');
  return g_steal_pointer (&plain);
}

gboolean
mu_input_parse_amount (const char  *text,
                       guint        exponent,
                       gboolean     allow_negative,
                       MuMoney     *value,
                       char       **message)
{
  g_autofree char *plain = NULL;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);
  g_return_val_if_fail (message != NULL, FALSE);

  plain = normalize (text, message);
  if (plain == NULL)
    return FALSE;
  switch (mu_decimal_parse (plain, exponent, value))
    {
    case MU_DECIMAL_OK:
      if (*value < 0 && !allow_negative)
        {
          *message = g_strdup (_("An amount here cannot be negative."));
          return FALSE;
        }
      return TRUE;
    case MU_DECIMAL_TOO_PRECISE:
      *message = g_strdup_printf (ngettext ("Use at most %u digit after the decimal sign.",
                                            "Use at most %u digits after the decimal sign.", exponent),
                                  exponent);
      return FALSE;
    case MU_DECIMAL_OUT_OF_RANGE:
      *message = g_strdup (_("This amount is too large."));
      return FALSE;
    case MU_DECIMAL_SYNTAX:
    default:
      {
        g_autofree char *example = mu_input_format_amount (125050, 2);

        /* Translators: %s is an example amount in the user's format, as “1 250,50”. */
        *message = g_strdup_printf (_("Enter a number, such as %s."), example);
        return FALSE;
      }
    }
}

/* @text without the spaces and the percent sign (“%” or the Arabic
 * U+066A) that may end it. */
static char *
strip_percent_sign (const char *text)
{
  char *copy = g_strchomp (g_strdup (text));
  size_t length = strlen (copy);

  if (length > 0 && copy[length - 1] == '%')
    copy[length - 1] = '\0';
  else if (g_str_has_suffix (copy, "\u066a"))
    copy[length - strlen ("\u066a")] = '\0';
  return copy;
}

gboolean
mu_input_parse_percent (const char  *text,
                        gint64       min,
                        gint64       max,
                        gint64      *value,
                        char       **message)
{
  g_autofree char *number = NULL;
  g_autofree char *plain = NULL;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);
  g_return_val_if_fail (message != NULL, FALSE);

  number = strip_percent_sign (text);
  plain = normalize (number, message);
  if (plain == NULL)
    return FALSE;
  if (mu_decimal_parse (plain, MU_PERCENT_DIGITS, value) != MU_DECIMAL_OK)
    {
      *message = g_strdup (_("Enter a percent, such as 12.5, with at most four decimals."));
      return FALSE;
    }
  if (*value < min || *value > max)
    {
      /* Translators: the allowed range of a percent field. */
      *message = g_strdup_printf (_("Enter a percent from %.4g to %.4g."),
                                  (double) min / 10000.0, (double) max / 10000.0);
      return FALSE;
    }
  return TRUE;
}

char *
mu_input_format_amount (MuMoney value,
                        guint   exponent)
{
  return mu_chart_format_money (value, exponent);
}

char *
mu_input_format_percent (gint64 value)
{
  g_autofree char *plain = mu_decimal_format (value, MU_PERCENT_DIGITS);
  char *end = plain + strlen (plain) - 1;

  while (*end == '0')
    *end-- = '\0';
  if (*end == '.')
    *end = '\0';
  else if (decimal_sign () == ',' && strchr (plain, '.') != NULL)
    *strchr (plain, '.') = ',';
  return g_steal_pointer (&plain);
}
