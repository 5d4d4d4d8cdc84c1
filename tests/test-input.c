/* test-input.c — amounts, percents and dates as the scenario form reads them
 *
 * Each case sets the locale it is about; where that locale is not
 * installed (`locale -a`), the case is skipped rather than failed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <locale.h>
#include <string.h>

#include "mu-input.h"

/* The locales whose conventions the cases below are about. */
static const char *const locales[] = { "C.UTF-8", "en_US.UTF-8", "ru_RU.UTF-8", "ar_EG.UTF-8", "de_DE.UTF-8" };

/* Switches to @name, or skips the case when it is not installed. */
static gboolean
use_locale (const char *name)
{
  if (setlocale (LC_ALL, name) == NULL)
    {
      g_autofree char *why = g_strdup_printf ("the %s locale is not installed", name);

      g_test_skip (why);
      return FALSE;
    }
  return TRUE;
}

static void
assert_amount (const char *text,
               guint       exponent,
               MuMoney     expected)
{
  g_autofree char *message = NULL;
  MuMoney value = 0;
  gboolean ok = mu_input_parse_amount (text, exponent, TRUE, &value, &message);

  g_assert_cmpstr (message, ==, NULL);
  g_assert_true (ok);
  g_assert_cmpint (value, ==, expected);
}

/* The message @text is refused with. */
static char *
refused_amount (const char *text,
                guint       exponent)
{
  char *message = NULL;
  MuMoney value = 0;

  g_assert_false (mu_input_parse_amount (text, exponent, TRUE, &value, &message));
  g_assert_nonnull (message);
  return message;
}

static void
assert_date (const char *text,
             guint       year,
             guint       month,
             guint       day)
{
  g_autofree char *message = NULL;
  GDate date;
  gboolean ok;

  g_date_clear (&date, 1);
  ok = mu_input_parse_date (text, &date, &message);
  g_assert_cmpstr (message, ==, NULL);
  g_assert_true (ok);
  g_assert_cmpuint (g_date_get_year (&date), ==, year);
  g_assert_cmpuint (g_date_get_month (&date), ==, month);
  g_assert_cmpuint (g_date_get_day (&date), ==, day);
}

static char *
refused_date (const char *text)
{
  char *message = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_assert_false (mu_input_parse_date (text, &date, &message));
  g_assert_nonnull (message);
  return message;
}

static void
test_amount_en_grouped (void)
{
  if (!use_locale ("en_US.UTF-8"))
    return;
  assert_amount ("1,250.50", 2, 125050);
  assert_amount ("1,250,000.50", 2, 125000050);
  assert_amount ("1250.5", 2, 125050);
  assert_amount ("-1,250", 2, -125000);
  assert_amount ("1,234", 0, 1234);
}

static void
test_amount_en_ambiguous_comma (void)
{
  g_autofree char *message = NULL;

  if (!use_locale ("en_US.UTF-8"))
    return;
  message = refused_amount ("1,5", 2);
  g_assert_cmpstr (message, ==, "“1,5” could be 1.5 or 15: type 1.5, or 15 without the comma.");
  g_assert_nonnull (strstr (message, "1.5"));
  g_assert_nonnull (strstr (message, "15"));
  g_free (refused_amount ("1,25", 2));
  g_free (refused_amount ("1,2345", 4));
  /* A group of thousands does not start with a lone zero, nor with four digits. */
  g_free (refused_amount ("0,500", 3));
  g_free (refused_amount ("1250,500", 3));
}

/* C, whose decimal sign is a point too, reads a comma the same way. */
static void
test_amount_c_ambiguous_comma (void)
{
  g_autofree char *message = NULL;

  if (!use_locale ("C.UTF-8"))
    return;
  assert_amount ("1,250.50", 2, 125050);
  message = refused_amount ("1,5", 2);
  g_assert_cmpstr (message, ==, "“1,5” could be 1.5 or 15: type 1.5, or 15 without the comma.");
}

static void
test_amount_ru_grouped (void)
{
  if (!use_locale ("ru_RU.UTF-8"))
    return;
  assert_amount ("1 250,50", 2, 125050);
  assert_amount ("1\u00a0250,50", 2, 125050);
  assert_amount ("1\u202f250,50", 2, 125050);
  assert_amount ("1'250,50", 2, 125050);
  assert_amount ("1.250.000,50", 2, 125000050);
  assert_amount ("\u22121 250", 2, -125000);
}

static void
test_amount_ru_ambiguous_point (void)
{
  g_autofree char *message = NULL;

  if (!use_locale ("ru_RU.UTF-8"))
    return;
  message = refused_amount ("1.5", 2);
  g_assert_cmpstr (message, ==, "“1.5” could be 1,5 or 15: type 1,5, or 15 without the point.");
  g_assert_nonnull (strstr (message, "1,5"));
  g_assert_nonnull (strstr (message, "15"));
}

static void
test_amount_ar_digits (void)
{
  if (!use_locale ("ar_EG.UTF-8"))
    return;
  /* Arabic-Indic digits, the Arabic thousands separator and decimal sign. */
  assert_amount ("\u0661\u066c\u0662\u0665\u0660\u066b\u0665\u0660", 2, 125050);
  assert_amount ("\u0661\u0662\u0665\u0660.\u0665", 2, 125050);
}

static void
test_amount_not_a_number (void)
{
  g_autofree char *exponent = NULL;
  g_autofree char *twice = NULL;
  g_autofree char *fraction = NULL;

  if (!use_locale ("C.UTF-8"))
    return;
  /* C groups no digits: the example has the narrow space the charts use. */
  exponent = refused_amount ("1e5", 2);
  g_assert_cmpstr (exponent, ==, "Enter a number, such as 1\u202f250.50.");
  /* A comma out of place twice, or beside a decimal point, has one reading: none. */
  twice = refused_amount ("1,5,2", 2);
  g_assert_cmpstr (twice, ==, "Enter a number, such as 1\u202f250.50.");
  fraction = refused_amount ("1,5.25", 2);
  g_assert_cmpstr (fraction, ==, "Enter a number, such as 1\u202f250.50.");
}

static void
test_amount_too_precise (void)
{
  g_autofree char *message = NULL;

  if (!use_locale ("C.UTF-8"))
    return;
  message = refused_amount ("200000.555", 2);
  g_assert_cmpstr (message, ==, "Use at most 2 digits after the decimal sign.");
  assert_amount ("200000.550", 2, 20000055);
}

static void
test_amount_too_large (void)
{
  g_autofree char *message = NULL;

  if (!use_locale ("C.UTF-8"))
    return;
  message = refused_amount ("99999999999999999999", 2);
  g_assert_cmpstr (message, ==, "This amount is too large.");
}

/* What the form writes into a field, it reads back, in every locale. */
static void
test_amount_round_trip (void)
{
  guint tried = 0;

  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      if (setlocale (LC_ALL, locales[i]) == NULL)
        continue;
      for (guint exponent = 0; exponent <= 3; exponent++)
        {
          g_autofree char *text = mu_input_format_amount (-123456789, exponent);

          assert_amount (text, exponent, -123456789);
        }
      tried++;
    }
  g_assert_cmpuint (tried, >, 0);
}

static void
test_percent_locales (void)
{
  g_autofree char *message = NULL;
  gint64 value = 0;

  if (!use_locale ("ru_RU.UTF-8"))
    return;
  g_assert_true (mu_input_parse_percent ("12,5 %", 0, 1000000, &value, &message));
  g_assert_cmpint (value, ==, 125000);
  g_assert_true (mu_input_parse_percent ("12,5\u066a", 0, 1000000, &value, &message));
  g_assert_cmpint (value, ==, 125000);
  g_assert_false (mu_input_parse_percent ("12.5", 0, 1000000, &value, &message));
  g_assert_cmpstr (message, ==, "“12.5” could be 12,5 or 125: type 12,5, or 125 without the point.");
}

static void
test_date_iso_any_locale (void)
{
  guint tried = 0;

  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      if (setlocale (LC_ALL, locales[i]) == NULL)
        continue;
      assert_date ("2026-12-01", 2026, 12, 1);
      assert_date ("2026-2-3", 2026, 2, 3);
      tried++;
    }
  g_assert_cmpuint (tried, >, 0);
}

static void
test_date_ru_day_first (void)
{
  g_autofree char *text = NULL;
  GDate date;

  if (!use_locale ("ru_RU.UTF-8"))
    return;
  assert_date ("01.12.2026", 2026, 12, 1);
  assert_date ("1.12.2026", 2026, 12, 1);
  assert_date ("1/12/2026", 2026, 12, 1);
  assert_date (" 1 12 2026 ", 2026, 12, 1);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_DECEMBER, 2026);
  text = mu_input_format_date (&date);
  g_assert_cmpstr (text, ==, "01.12.2026");
}

static void
test_date_en_month_first (void)
{
  g_autofree char *text = NULL;
  GDate date;

  if (!use_locale ("en_US.UTF-8"))
    return;
  assert_date ("12/01/2026", 2026, 12, 1);
  assert_date ("12/1/2026", 2026, 12, 1);
  assert_date ("12-01-2026", 2026, 12, 1);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_DECEMBER, 2026);
  text = mu_input_format_date (&date);
  g_assert_cmpstr (text, ==, "12/01/2026");
}

static void
test_date_c_iso (void)
{
  g_autofree char *text = NULL;
  g_autofree char *message = NULL;
  GDate date;

  if (!use_locale ("C.UTF-8"))
    return;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_DECEMBER, 2026);
  text = mu_input_format_date (&date);
  g_assert_cmpstr (text, ==, "2026-12-01");
  /* No day-first or month-first order to read “12/01/2026” by. */
  message = refused_date ("12/01/2026");
  g_assert_cmpstr (message, ==, "Enter the date as YYYY-MM-DD, such as 2026-12-31.");
}

static void
test_date_ar_digits (void)
{
  g_autofree char *text = NULL;
  GDate date;

  if (!use_locale ("ar_EG.UTF-8"))
    return;
  assert_date ("\u0660\u0661/\u0661\u0662/\u0662\u0660\u0662\u0666", 2026, 12, 1);
  assert_date ("\u0662\u0660\u0662\u0666-\u0661\u0662-\u0660\u0661", 2026, 12, 1);
  /* “%d %b, %Y” has no “.”, “/” or “-”: the day first, with a slash. */
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_DECEMBER, 2026);
  text = mu_input_format_date (&date);
  g_assert_cmpstr (text, ==, "01/12/2026");
}

static void
test_date_no_such_day (void)
{
  g_autofree char *message = NULL;

  if (!use_locale ("C.UTF-8"))
    return;
  message = refused_date ("2026-02-30");
  g_assert_cmpstr (message, ==, "There is no day 30 in February 2026.");
}

/* The month's name in the message stands alone: “Февраль” (glibc's
 * alt_mon, capitalised), not the “февраля” of a date. */
static void
test_date_no_such_day_ru (void)
{
  g_autofree char *message = NULL;

  if (!use_locale ("ru_RU.UTF-8"))
    return;
  message = refused_date ("30.02.2026");
  g_assert_cmpstr (message, ==, "There is no day 30 in Февраль 2026.");
}

static void
test_date_leap_day (void)
{
  g_autofree char *message = NULL;

  if (!use_locale ("C.UTF-8"))
    return;
  assert_date ("2024-02-29", 2024, 2, 29);
  assert_date ("2000-02-29", 2000, 2, 29);
  message = refused_date ("2023-02-29");
  g_assert_cmpstr (message, ==, "There is no day 29 in February 2023.");
}

static void
test_date_no_such_month (void)
{
  g_autofree char *thirteen = NULL;
  g_autofree char *zero = NULL;

  if (!use_locale ("C.UTF-8"))
    return;
  thirteen = refused_date ("2026-13-01");
  g_assert_cmpstr (thirteen, ==, "There is no month 13.");
  zero = refused_date ("2026-00-01");
  g_assert_cmpstr (zero, ==, "There is no month 0.");
}

static void
test_date_year_range (void)
{
  g_autofree char *early = NULL;

  if (!use_locale ("C.UTF-8"))
    return;
  assert_date ("1900-01-01", 1900, 1, 1);
  assert_date ("9999-12-31", 9999, 12, 31);
  early = refused_date ("1899-12-31");
  g_assert_cmpstr (early, ==, "Enter a year from 1900 to 9999.");
}

static void
test_date_shape (void)
{
  static const char *const wrong[] = {
    "", "tomorrow", "2026-12", "01.12.26", "01..12.2026", "01.12.2026.", "010.12.2026", "12026-12-01",
    "2026-12-01-01", ".01.12.2026", "1e5",
  };

  if (!use_locale ("ru_RU.UTF-8"))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
    {
      g_autofree char *message = refused_date (wrong[i]);

      g_assert_cmpstr (message, ==, "Enter the date as DD.MM.YYYY, such as 31.12.2026.");
    }
}

static void
test_date_shape_en (void)
{
  g_autofree char *message = NULL;

  if (!use_locale ("en_US.UTF-8"))
    return;
  message = refused_date ("12/2026");
  g_assert_cmpstr (message, ==, "Enter the date as MM/DD/YYYY, such as 12/31/2026.");
}

/* What the form writes into the date field, it reads back, in every locale. */
static void
test_date_round_trip (void)
{
  guint tried = 0;

  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      g_autofree char *text = NULL;
      GDate date;

      if (setlocale (LC_ALL, locales[i]) == NULL)
        continue;
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 7, G_DATE_MARCH, 2031);
      text = mu_input_format_date (&date);
      assert_date (text, 2031, 3, 7);
      tried++;
    }
  g_assert_cmpuint (tried, >, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/input/amount/en/grouped", test_amount_en_grouped);
  g_test_add_func ("/input/amount/en/ambiguous-comma", test_amount_en_ambiguous_comma);
  g_test_add_func ("/input/amount/c/ambiguous-comma", test_amount_c_ambiguous_comma);
  g_test_add_func ("/input/amount/ru/grouped", test_amount_ru_grouped);
  g_test_add_func ("/input/amount/ru/ambiguous-point", test_amount_ru_ambiguous_point);
  g_test_add_func ("/input/amount/ar/arabic-digits", test_amount_ar_digits);
  g_test_add_func ("/input/amount/not-a-number", test_amount_not_a_number);
  g_test_add_func ("/input/amount/too-precise", test_amount_too_precise);
  g_test_add_func ("/input/amount/too-large", test_amount_too_large);
  g_test_add_func ("/input/amount/round-trip", test_amount_round_trip);
  g_test_add_func ("/input/percent/ru/sign-and-ambiguity", test_percent_locales);
  g_test_add_func ("/input/date/iso/any-locale", test_date_iso_any_locale);
  g_test_add_func ("/input/date/ru/day-first", test_date_ru_day_first);
  g_test_add_func ("/input/date/en/month-first", test_date_en_month_first);
  g_test_add_func ("/input/date/c/iso", test_date_c_iso);
  g_test_add_func ("/input/date/ar/arabic-digits", test_date_ar_digits);
  g_test_add_func ("/input/date/no-such-day", test_date_no_such_day);
  g_test_add_func ("/input/date/ru/no-such-day-nominative", test_date_no_such_day_ru);
  g_test_add_func ("/input/date/leap-day", test_date_leap_day);
  g_test_add_func ("/input/date/no-such-month", test_date_no_such_month);
  g_test_add_func ("/input/date/year-range", test_date_year_range);
  g_test_add_func ("/input/date/ru/shape", test_date_shape);
  g_test_add_func ("/input/date/en/shape", test_date_shape_en);
  g_test_add_func ("/input/date/round-trip", test_date_round_trip);

  return g_test_run ();
}
