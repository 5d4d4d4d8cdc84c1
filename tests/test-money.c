/* test-money.c — exact amounts, currencies and allocation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include "mu-core-error.h"
#include "mu-currency.h"
#include "mu-money.h"

static void
test_currency_exponents (void)
{
  static const struct { const char *code; guint16 numeric; guint8 exponent; } cases[] = {
    { "RUB", 643, 2 }, { "USD", 840, 2 }, { "EUR", 978, 2 }, { "GBP", 826, 2 },
    { "AED", 784, 2 }, { "SAR", 682, 2 }, { "QAR", 634, 2 }, { "KWD", 414, 3 },
    { "BHD", 48, 3 }, { "OMR", 512, 3 }, { "JOD", 400, 3 }, { "TND", 788, 3 },
    { "MYR", 458, 2 }, { "IDR", 360, 2 }, { "PKR", 586, 2 }, { "BDT", 50, 2 },
    { "TRY", 949, 2 }, { "KZT", 398, 2 }, { "UZS", 860, 2 }, { "AZN", 944, 2 },
    { "EGP", 818, 2 }, { "JPY", 392, 0 }, { "KRW", 410, 0 }, { "IQD", 368, 3 },
    { "LYD", 434, 3 }, { "CLF", 990, 4 }, { "VND", 704, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const MuCurrency *currency = mu_currency_lookup (cases[i].code);

      g_assert_nonnull (currency);
      g_assert_cmpstr (currency->code, ==, cases[i].code);
      g_assert_cmpuint (currency->numeric, ==, cases[i].numeric);
      g_assert_cmpuint (currency->exponent, ==, cases[i].exponent);
    }
}

static void
test_currency_unknown (void)
{
  g_assert_null (mu_currency_lookup ("XYZ"));
  g_assert_null (mu_currency_lookup ("rub"));
  g_assert_null (mu_currency_lookup (""));
  g_assert_null (mu_currency_lookup ("RUBL"));
  g_assert_null (mu_currency_lookup ("XAU"));  /* gold has no minor unit */
}

static void
test_currency_table_sorted (void)
{
  gsize n;
  const MuCurrency *all = mu_currency_get_all (&n);

  g_assert_cmpuint (n, >=, 150);
  for (gsize i = 0; i < n; i++)
    {
      g_assert_cmpuint (strlen (all[i].code), ==, 3);
      g_assert_cmpuint (all[i].exponent, <=, 4);
      if (i > 0)
        g_assert_cmpint (strcmp (all[i - 1].code, all[i].code), <, 0);
      g_assert_true (mu_currency_lookup (all[i].code) == &all[i]);
    }
}

static void
test_decimal_parse (void)
{
  static const struct { const char *text; guint digits; gint64 value; } good[] = {
    { "0", 2, 0 }, { "200", 2, 20000 }, { "200.5", 2, 20050 }, { "200.50", 2, 20050 },
    { "200.500", 2, 20050 }, { "-20", 2, -2000 }, { "0.01", 2, 1 }, { "1.005", 3, 1005 },
    { "7", 0, 7 }, { "7.000", 0, 7 }, { "33.3333", 4, 333333 }, { "100", 4, 1000000 },
    { "92233720368547758.07", 2, G_MAXINT64 }, { "-92233720368547758.08", 2, G_MININT64 },
  };
  static const struct { const char *text; guint digits; MuDecimalStatus status; } bad[] = {
    { "", 2, MU_DECIMAL_SYNTAX }, { "-", 2, MU_DECIMAL_SYNTAX }, { "12a", 2, MU_DECIMAL_SYNTAX },
    { "1,5", 2, MU_DECIMAL_SYNTAX }, { " 1", 2, MU_DECIMAL_SYNTAX }, { "1 ", 2, MU_DECIMAL_SYNTAX },
    { "1.", 2, MU_DECIMAL_SYNTAX }, { ".5", 2, MU_DECIMAL_SYNTAX }, { "+1", 2, MU_DECIMAL_SYNTAX },
    { "1e3", 2, MU_DECIMAL_SYNTAX }, { "--1", 2, MU_DECIMAL_SYNTAX }, { "1.2.3", 2, MU_DECIMAL_SYNTAX },
    { "1.005", 2, MU_DECIMAL_TOO_PRECISE }, { "1.5", 0, MU_DECIMAL_TOO_PRECISE },
    { "1.0005", 3, MU_DECIMAL_TOO_PRECISE },
    { "92233720368547758.08", 2, MU_DECIMAL_OUT_OF_RANGE },
    { "99999999999999999999999", 0, MU_DECIMAL_OUT_OF_RANGE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      gint64 value = -1;

      g_assert_cmpint (mu_decimal_parse (good[i].text, good[i].digits, &value), ==, MU_DECIMAL_OK);
      g_assert_cmpint (value, ==, good[i].value);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      gint64 value = 0;

      g_assert_cmpint (mu_decimal_parse (bad[i].text, bad[i].digits, &value), ==, bad[i].status);
    }
}

static void
test_decimal_format (void)
{
  static const struct { gint64 value; guint digits; const char *text; } cases[] = {
    { 0, 2, "0.00" }, { 1, 2, "0.01" }, { -1, 2, "-0.01" }, { 20050, 2, "200.50" },
    { 1005, 3, "1.005" }, { 7, 0, "7" }, { -7, 0, "-7" }, { 12345, 4, "1.2345" },
    { G_MAXINT64, 2, "92233720368547758.07" }, { G_MININT64, 2, "-92233720368547758.08" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = mu_decimal_format (cases[i].value, cases[i].digits);
      gint64 back;

      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_cmpint (mu_decimal_parse (text, cases[i].digits, &back), ==, MU_DECIMAL_OK);
      g_assert_cmpint (back, ==, cases[i].value);
    }
}

static void
test_checked_arithmetic (void)
{
  g_autoptr(GError) error = NULL;
  MuMoney result = 0;

  g_assert_true (mu_money_add (20000, 50000, &result, &error));
  g_assert_cmpint (result, ==, 70000);
  g_assert_true (mu_money_sub (50000, 12500, &result, &error));
  g_assert_cmpint (result, ==, 37500);

  g_assert_false (mu_money_add (G_MAXINT64, 1, &result, &error));
  g_assert_error (error, MU_CORE_ERROR, MU_CORE_ERROR_OVERFLOW);
  g_clear_error (&error);
  g_assert_false (mu_money_sub (G_MININT64, 1, &result, &error));
  g_assert_error (error, MU_CORE_ERROR, MU_CORE_ERROR_OVERFLOW);
  g_clear_error (&error);

  /* 500.00 × 2/3 = 333.333… → 333.33; halves round away from zero. */
  g_assert_true (mu_money_scale (50000, 2, 3, &result, &error));
  g_assert_cmpint (result, ==, 33333);
  g_assert_true (mu_money_scale (5, 1, 2, &result, &error));
  g_assert_cmpint (result, ==, 3);
  g_assert_true (mu_money_scale (-5, 1, 2, &result, &error));
  g_assert_cmpint (result, ==, -3);
  g_assert_false (mu_money_scale (G_MAXINT64, 3, 2, &result, &error));
  g_assert_error (error, MU_CORE_ERROR, MU_CORE_ERROR_OVERFLOW);
}

static void
test_allocate_exact (void)
{
  g_autoptr(GError) error = NULL;
  const gint64 thirds[] = { 1, 1, 1 };
  const gint64 stakes[] = { 50000, 20000 };
  MuMoney parts[3];

  /* 100.00 in thirds: the first part takes the kopeck left over. */
  g_assert_true (mu_money_allocate (10000, thirds, 3, parts, &error));
  g_assert_cmpint (parts[0], ==, 3334);
  g_assert_cmpint (parts[1], ==, 3333);
  g_assert_cmpint (parts[2], ==, 3333);

  /* 100.00 by 500 : 200 (case B, first quarter). */
  g_assert_true (mu_money_allocate (10000, stakes, 2, parts, &error));
  g_assert_cmpint (parts[0], ==, 7143);
  g_assert_cmpint (parts[1], ==, 2857);

  /* A loss splits as the profit of the same size, below zero. */
  g_assert_true (mu_money_allocate (-10000, thirds, 3, parts, &error));
  g_assert_cmpint (parts[0], ==, -3334);
  g_assert_cmpint (parts[1], ==, -3333);
  g_assert_cmpint (parts[2], ==, -3333);
}

static void
test_allocate_tie_rule (void)
{
  g_autoptr(GError) error = NULL;
  /* 10 units by 1 : 3 : 3 : 1 are exactly 1.25, 3.75, 3.75 and 1.25. */
  const gint64 weights[] = { 1, 3, 3, 1 };
  MuMoney parts[4];

  g_assert_true (mu_money_allocate (10, weights, 4, parts, &error));
  /* Floors 1,3,3,1 leave 2 units; the largest remainders (0.75, 0.75) win. */
  g_assert_cmpint (parts[0], ==, 1);
  g_assert_cmpint (parts[1], ==, 4);
  g_assert_cmpint (parts[2], ==, 4);
  g_assert_cmpint (parts[3], ==, 1);

  /* Equal remainders: the earlier part wins. 2 units over 4 equal parts
   * of 0.5 each: parts 0 and 1 get them. */
  {
    const gint64 equal[] = { 1, 1, 1, 1 };

    g_assert_true (mu_money_allocate (2, equal, 4, parts, &error));
    g_assert_cmpint (parts[0], ==, 1);
    g_assert_cmpint (parts[1], ==, 1);
    g_assert_cmpint (parts[2], ==, 0);
    g_assert_cmpint (parts[3], ==, 0);
  }
}

static void
test_allocate_errors (void)
{
  g_autoptr(GError) error = NULL;
  const gint64 zero[] = { 0, 0 };
  const gint64 one[] = { 1, 1 };
  const gint64 huge[] = { G_MAXINT64, G_MAXINT64 };
  MuMoney parts[2];

  g_assert_true (mu_money_allocate (0, zero, 2, parts, &error));
  g_assert_cmpint (parts[0], ==, 0);
  g_assert_cmpint (parts[1], ==, 0);

  g_assert_false (mu_money_allocate (100, zero, 2, parts, &error));
  g_assert_error (error, MU_CORE_ERROR, MU_CORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (mu_money_allocate (G_MININT64, one, 2, parts, &error));
  g_assert_error (error, MU_CORE_ERROR, MU_CORE_ERROR_OVERFLOW);
  g_clear_error (&error);

  /* Big weights and a big total still split exactly within 128 bits. */
  g_assert_true (mu_money_allocate (G_MAXINT64, huge, 2, parts, &error));
  g_assert_cmpint (parts[0], ==, G_MAXINT64 / 2 + 1);
  g_assert_cmpint (parts[1], ==, G_MAXINT64 / 2);
}

/* The rule as written: floors, then one unit each to the largest
 * remainders, earlier parts first among equals — the slow, obvious way. */
static void
reference_allocate (MuMoney       total,
                    const gint64 *weights,
                    guint         n,
                    MuMoney      *parts)
{
  __int128 sum = 0, magnitude = total < 0 ? -(__int128) total : total, left = magnitude;
  __int128 remainders[64];
  gboolean taken[64] = { FALSE };

  for (guint i = 0; i < n; i++)
    sum += weights[i];
  for (guint i = 0; i < n; i++)
    {
      parts[i] = (MuMoney) (magnitude * weights[i] / sum);
      remainders[i] = magnitude * weights[i] % sum;
      left -= parts[i];
    }
  for (; left > 0; left--)
    {
      int best = -1;

      for (guint i = 0; i < n; i++)
        if (!taken[i] && (best < 0 || remainders[i] > remainders[best]))
          best = i;
      taken[best] = TRUE;
      parts[best]++;
    }
  if (total < 0)
    for (guint i = 0; i < n; i++)
      parts[i] = -parts[i];
}

/* Random totals and weights: the parts always add up to the whole, each
 * is within one unit of its exact share, and the order of equal weights
 * never takes a unit from an earlier part. */
static void
test_allocate_property (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20140202);

  for (guint round = 0; round < 20000; round++)
    {
      /* Few parts, like partners, and many, like installments. */
      guint n = g_rand_boolean (rand) ? g_rand_int_range (rand, 1, 8) : g_rand_int_range (rand, 8, 41);
      gint64 weights[40];
      MuMoney parts[40];
      MuMoney expected[40];
      MuMoney total = (MuMoney) g_rand_int_range (rand, -10000000, 10000000) * g_rand_int_range (rand, 1, 1000);
      __int128 weight_sum = 0;
      __int128 sum = 0;
      g_autoptr(GError) error = NULL;

      /* One round in eight, weights so large that their sum needs more
       * than 64 bits, and so do the remainders. */
      gboolean huge = round % 8 == 0;

      for (guint i = 0; i < n; i++)
        {
          if (huge)
            weights[i] = G_MAXINT64 - g_rand_int (rand);
          else
            weights[i] = g_rand_boolean (rand) ? g_rand_int_range (rand, 0, 3)
                                               : (gint64) g_rand_int (rand) * g_rand_int_range (rand, 1, 100000);
          weight_sum += weights[i];
        }
      if (weight_sum == 0)
        weights[0] = 1, weight_sum = 1;

      g_assert_true (mu_money_allocate (total, weights, n, parts, &error));
      g_assert_no_error (error);
      reference_allocate (total, weights, n, expected);
      for (guint i = 0; i < n; i++)
        g_assert_cmpint (parts[i], ==, expected[i]);
      for (guint i = 0; i < n; i++)
        {
          __int128 exact_floor = (__int128) total * weights[i] / weight_sum;
          __int128 diff = parts[i] - exact_floor;

          sum += parts[i];
          g_assert_true (diff >= -1 && diff <= 1);
          if (weights[i] == 0)
            g_assert_cmpint (parts[i], ==, 0);
        }
      g_assert_true (sum == total);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/money/currency/exponents", test_currency_exponents);
  g_test_add_func ("/money/currency/unknown", test_currency_unknown);
  g_test_add_func ("/money/currency/table-sorted", test_currency_table_sorted);
  g_test_add_func ("/money/decimal/parse", test_decimal_parse);
  g_test_add_func ("/money/decimal/format-round-trip", test_decimal_format);
  g_test_add_func ("/money/arithmetic/checked", test_checked_arithmetic);
  g_test_add_func ("/money/allocate/exact", test_allocate_exact);
  g_test_add_func ("/money/allocate/tie-rule", test_allocate_tie_rule);
  g_test_add_func ("/money/allocate/errors", test_allocate_errors);
  g_test_add_func ("/money/allocate/property", test_allocate_property);

  return g_test_run ();
}
