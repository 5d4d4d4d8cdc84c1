/* mu-money.h — exact amounts in minor units, decimals and allocation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* An amount in the minor units of its currency (kopecks, fils, yen). */
typedef gint64 MuMoney;

/* Percents are decimals with four fraction digits: 100 % is 1 000 000. */
#define MU_PERCENT_DIGITS 4
#define MU_PERCENT_100    G_GINT64_CONSTANT (1000000)

typedef enum
{
  MU_DECIMAL_OK,
  MU_DECIMAL_SYNTAX,        /* not a plain decimal number */
  MU_DECIMAL_TOO_PRECISE,   /* more significant fraction digits than allowed */
  MU_DECIMAL_OUT_OF_RANGE,  /* does not fit in 64 bits */
} MuDecimalStatus;

MuDecimalStatus mu_decimal_parse   (const char *text,
                                    guint       digits,
                                    gint64     *value);
char           *mu_decimal_format  (gint64      value,
                                    guint       digits);
double          mu_ratio_percent   (gint64      numerator,
                                    gint64      denominator);

gboolean        mu_money_add       (MuMoney     a,
                                    MuMoney     b,
                                    MuMoney    *result,
                                    GError    **error);
gboolean        mu_money_sub       (MuMoney     a,
                                    MuMoney     b,
                                    MuMoney    *result,
                                    GError    **error);
gboolean        mu_money_scale     (MuMoney     amount,
                                    gint64      numerator,
                                    gint64      denominator,
                                    MuMoney    *result,
                                    GError    **error);
gboolean        mu_money_allocate  (MuMoney        total,
                                    const gint64  *weights,
                                    gsize          n_parts,
                                    MuMoney       *parts,
                                    GError       **error);

G_END_DECLS
