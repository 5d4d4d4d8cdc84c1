/* mu-money.c — exact amounts in minor units, decimals and allocation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include "mu-core-error.h"
#include "mu-money-private.h"

void
mu_set_overflow_error (GError **error)
{
  g_set_error_literal (error, MU_CORE_ERROR, MU_CORE_ERROR_OVERFLOW,
                       _("The amounts are too large to be computed exactly. "
                         "Use smaller amounts or fewer periods."));
}

/* Parses "-1234.5" into 1234.5 × 10^digits. Fraction digits beyond
 * @digits are accepted only when they are zeros, so "200.000" is a valid
 * amount in roubles but "200.005" is not. */
MuDecimalStatus
mu_decimal_parse (const char *text,
                  guint       digits,
                  gint64     *value)
{
  const char *p = text;
  gboolean negative = FALSE;
  MuWide acc = 0;
  guint fraction = 0;
  gboolean any_digit = FALSE;

  g_return_val_if_fail (text != NULL, MU_DECIMAL_SYNTAX);
  g_return_val_if_fail (value != NULL, MU_DECIMAL_SYNTAX);

  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }

  for (; g_ascii_isdigit (*p); p++)
    {
      any_digit = TRUE;
      acc = acc * 10 + (*p - '0');
      if (acc > (MuWide) G_MAXINT64 + 1)
        return MU_DECIMAL_OUT_OF_RANGE;
    }

  if (*p == '.')
    {
      gboolean any_fraction = FALSE;

      for (p++; g_ascii_isdigit (*p); p++)
        {
          any_fraction = TRUE;
          if (fraction < digits)
            {
              acc = acc * 10 + (*p - '0');
              fraction++;
              if (acc > (MuWide) G_MAXINT64 + 1)
                return MU_DECIMAL_OUT_OF_RANGE;
            }
          else if (*p != '0')
            return MU_DECIMAL_TOO_PRECISE;
        }
      if (!any_fraction)
        return MU_DECIMAL_SYNTAX;
    }

  if (!any_digit || *p != '\0')
    return MU_DECIMAL_SYNTAX;

  for (; fraction < digits; fraction++)
    {
      acc *= 10;
      if (acc > (MuWide) G_MAXINT64 + 1)
        return MU_DECIMAL_OUT_OF_RANGE;
    }

  if (negative)
    acc = -acc;
  if (acc > G_MAXINT64 || acc < G_MININT64)
    return MU_DECIMAL_OUT_OF_RANGE;

  *value = (gint64) acc;
  return MU_DECIMAL_OK;
}

/* The machine form: "-1234.50", always @digits fraction digits. */
char *
mu_decimal_format (gint64 value,
                   guint  digits)
{
  guint64 magnitude = value < 0 ? -(guint64) value : (guint64) value;
  guint64 unit = 1;
  g_autofree char *fraction = NULL;

  g_return_val_if_fail (digits <= 18, NULL);

  for (guint i = 0; i < digits; i++)
    unit *= 10;

  if (digits == 0)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT, value < 0 ? "-" : "",
                            magnitude);

  fraction = g_strdup_printf ("%0*" G_GUINT64_FORMAT, (int) digits,
                              magnitude % unit);
  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%s", value < 0 ? "-" : "",
                          magnitude / unit, fraction);
}

/* For display only: exact ratios stay as pairs of amounts. */
double
mu_ratio_percent (gint64 numerator,
                  gint64 denominator)
{
  if (denominator == 0)
    return 0.0;
  return 100.0 * (double) numerator / (double) denominator;
}

gboolean
mu_money_add (MuMoney   a,
              MuMoney   b,
              MuMoney  *result,
              GError  **error)
{
  if (__builtin_add_overflow (a, b, result))
    {
      mu_set_overflow_error (error);
      return FALSE;
    }
  return TRUE;
}

gboolean
mu_money_sub (MuMoney   a,
              MuMoney   b,
              MuMoney  *result,
              GError  **error)
{
  if (__builtin_sub_overflow (a, b, result))
    {
      mu_set_overflow_error (error);
      return FALSE;
    }
  return TRUE;
}

/* Rounds half away from zero, the rule accountants expect. */
MuWide
mu_wide_div_round (MuWide numerator,
                   MuWide denominator)
{
  MuWide q, r;

  g_assert (denominator > 0);

  q = numerator / denominator;
  r = numerator % denominator;
  if (r < 0)
    r = -r;
  if (r >= denominator - r)
    q += numerator < 0 ? -1 : 1;
  return q;
}

gboolean
mu_money_from_wide (MuWide    value,
                    MuMoney  *result,
                    GError  **error)
{
  if (value > G_MAXINT64 || value < G_MININT64)
    {
      mu_set_overflow_error (error);
      return FALSE;
    }
  *result = (MuMoney) value;
  return TRUE;
}

/* amount × numerator / denominator, rounded half away from zero. */
gboolean
mu_money_scale (MuMoney   amount,
                gint64    numerator,
                gint64    denominator,
                MuMoney  *result,
                GError  **error)
{
  MuWide product;

  g_return_val_if_fail (denominator > 0, FALSE);

  /* Two 64-bit factors always fit in 128 bits. */
  product = (MuWide) amount * numerator;
  return mu_money_from_wide (mu_wide_div_round (product, denominator),
                             result, error);
}

/* Most products fit in 64 bits, where division is several times faster. */
static inline void
wide_divmod (MuWide   numerator,
             MuWide   denominator,
             MuWide  *remainder,
             MuMoney *quotient)
{
  if (numerator <= G_MAXUINT64 && denominator <= G_MAXUINT64)
    {
      guint64 n = (guint64) numerator, d = (guint64) denominator;

      *quotient = (MuMoney) (n / d);
      *remainder = n % d;
    }
  else
    {
      *quotient = (MuMoney) (numerator / denominator);
      *remainder = numerator % denominator;
    }
}

/* Does part @a come before part @b: a larger remainder, or an equal one
 * and an earlier place. Remainders are below the sum of the weights, so
 * they fit in 64 bits whenever that sum does — nearly always. */
static inline gboolean
comes_before (const guint64 *narrow,
              const MuWide  *wide,
              guint32        a,
              guint32        b)
{
  if (narrow != NULL)
    return narrow[a] > narrow[b] || (narrow[a] == narrow[b] && a < b);
  return wide[a] > wide[b] || (wide[a] == wide[b] && a < b);
}

static inline void
swap (guint32 *order,
      gsize    i,
      gsize    j)
{
  guint32 item = order[i];

  order[i] = order[j];
  order[j] = item;
}

/* Puts in order[0 … k−1] the @k parts that get a leftover unit, in no
 * particular order: a quickselect, linear on average, over the
 * remainders in @narrow if they fit in 64 bits, else in @wide. The order
 * of comes_before() is total, so the set chosen does not depend on
 * pivots. */
static void
select_first (const guint64 *narrow,
              const MuWide  *wide,
              guint32       *order,
              gsize          n,
              gsize          k)
{
  gsize lo = 0, hi = n - 1;

  for (gsize i = 0; i < n; i++)
    order[i] = i;

  while (lo < hi)
    {
      gsize store = lo;
      guint32 pivot;

      swap (order, lo + (hi - lo) / 2, hi);
      pivot = order[hi];
      for (gsize i = lo; i < hi; i++)
        if (comes_before (narrow, wide, order[i], pivot))
          swap (order, i, store++);
      swap (order, store, hi);

      if (store == k)
        return;
      if (store < k)
        lo = store + 1;
      else
        hi = store - 1;
    }
}

/* Largest remainder (Hamilton): each part gets the floor of its exact
 * share of |total|; the units left over go one each to the parts with
 * the largest remainders, and between equal remainders to the part that
 * comes first. A negative total is allocated as its magnitude and the
 * parts negated, so a loss splits exactly as a profit of the same size. */
gboolean
mu_money_allocate_wide (MuMoney        total,
                        const MuWide  *weights,
                        gsize          n_parts,
                        MuMoney       *parts,
                        GError       **error)
{
  MuWide stack_remainders[32];
  guint64 stack_narrow[32];
  guint32 stack_order[32];
  g_autofree MuWide *heap_remainders = NULL;
  g_autofree guint64 *heap_narrow = NULL;
  g_autofree guint32 *heap_order = NULL;
  MuWide *remainders = stack_remainders;
  guint64 *narrow = stack_narrow;
  guint32 *order = stack_order;
  MuWide weight_sum = 0;
  MuWide magnitude;
  MuWide left;
  gboolean all_equal = TRUE;

  g_return_val_if_fail (n_parts == 0 || weights != NULL, FALSE);
  g_return_val_if_fail (n_parts == 0 || parts != NULL, FALSE);

  /* Its magnitude has no int64 of its own. */
  if (total == G_MININT64)
    {
      mu_set_overflow_error (error);
      return FALSE;
    }

  for (gsize i = 0; i < n_parts; i++)
    {
      g_return_val_if_fail (weights[i] >= 0, FALSE);
      if (__builtin_add_overflow (weight_sum, weights[i], &weight_sum))
        {
          mu_set_overflow_error (error);
          return FALSE;
        }
    }

  if (weight_sum == 0)
    {
      if (total != 0)
        {
          g_set_error_literal (error, MU_CORE_ERROR, MU_CORE_ERROR_INVALID,
                               _("There is nobody to share the amount between: "
                                 "no partner holds capital or a share."));
          return FALSE;
        }
      for (gsize i = 0; i < n_parts; i++)
        parts[i] = 0;
      return TRUE;
    }

  if (n_parts > G_N_ELEMENTS (stack_remainders))
    {
      remainders = heap_remainders = g_new (MuWide, n_parts);
      narrow = heap_narrow = g_new (guint64, n_parts);
      order = heap_order = g_new (guint32, n_parts);
    }
  if (weight_sum > G_MAXUINT64)
    narrow = NULL;

  magnitude = total < 0 ? -(MuWide) total : (MuWide) total;
  left = magnitude;

  for (gsize i = 0; i < n_parts; i++)
    {
      MuWide product;

      if (!mu_wide_mul (magnitude, weights[i], &product))
        {
          mu_set_overflow_error (error);
          return FALSE;
        }
      wide_divmod (product, weight_sum, &remainders[i], &parts[i]);
      left -= parts[i];
      all_equal &= remainders[i] == remainders[0];
      if (narrow != NULL)
        narrow[i] = (guint64) remainders[i];
    }

  /* Fewer units are left than there are parts. With all remainders equal,
   * as for equal installments, the order of the parts already decides. */
  if (left > 0)
    {
      if (all_equal)
        for (gsize i = 0; left > 0; i++, left--)
          parts[i]++;
      else
        {
          select_first (narrow, remainders, order, n_parts, (gsize) left);
          for (gsize i = 0; i < (gsize) left; i++)
            parts[order[i]]++;
        }
    }

  if (total < 0)
    for (gsize i = 0; i < n_parts; i++)
      parts[i] = -parts[i];

  return TRUE;
}

gboolean
mu_money_allocate (MuMoney        total,
                   const gint64  *weights,
                   gsize          n_parts,
                   MuMoney       *parts,
                   GError       **error)
{
  g_autofree MuWide *wide = g_new (MuWide, MAX (n_parts, 1));

  for (gsize i = 0; i < n_parts; i++)
    {
      g_return_val_if_fail (weights[i] >= 0, FALSE);
      wide[i] = weights[i];
    }
  return mu_money_allocate_wide (total, wide, n_parts, parts, error);
}
