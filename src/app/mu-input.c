/* mu-input.c — numbers as people type them, in their locale
 *
 * “1 250,50”, “1,250.50” and “1250.5” are all the same amount; what is
 * not a number says why, in words a shop owner reads.
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

/* The locale's decimal sign, and whether a comma may stand for it. */
static gunichar
decimal_sign (void)
{
  /* Thread-safe, unlike localeconv(), which the chart threads may call. */
  const char *radix = nl_langinfo (RADIXCHAR);

  return radix != NULL && radix[0] == ',' ? ',' : '.';
}

/* Turns what was typed into the plain form mu_decimal_parse() reads:
 * no spaces or group separators, a dot for the decimal sign. */
static char *
normalize (const char *text)
{
  GString *plain = g_string_new (NULL);
  gunichar sign = decimal_sign ();

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00a0 || c == 0x202f || c == '\'')
        continue;
      if (c == 0x2212)  /* the minus sign */
        g_string_append_c (plain, '-');
      else if (c == ',' && sign == '.')
        continue;  /* a group separator */
      else if (c == ',' || c == 0x066b)  /* a comma, or the Arabic decimal sign */
        g_string_append_c (plain, '.');
      else if (g_unichar_isdigit (c))
        g_string_append_c (plain, '0' + g_unichar_digit_value (c));
      else
        g_string_append_unichar (plain, c);
    }
  return g_string_free (plain, FALSE);
}

gboolean
mu_input_parse_amount (const char  *text,
                       guint        exponent,
                       gboolean     allow_negative,
                       MuMoney     *value,
                       char       **message)
{
  g_autofree char *plain = normalize (text);

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

gboolean
mu_input_parse_percent (const char  *text,
                        gint64       min,
                        gint64       max,
                        gint64      *value,
                        char       **message)
{
  g_autofree char *plain = normalize (text);
  size_t length = strlen (plain);

  /* A trailing percent sign is welcome. */
  if (length > 0 && plain[length - 1] == '%')
    plain[length - 1] = '\0';

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
