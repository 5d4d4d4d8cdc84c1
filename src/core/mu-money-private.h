/* mu-money-private.h — 128-bit helpers shared inside the core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mu-money.h"

G_BEGIN_DECLS

typedef __int128 MuWide;

MuWide   mu_wide_div_round        (MuWide         numerator,
                                   MuWide         denominator);
gboolean mu_money_from_wide       (MuWide         value,
                                   MuMoney       *result,
                                   GError       **error);
gboolean mu_money_allocate_wide   (MuMoney        total,
                                   const MuWide  *weights,
                                   gsize          n_parts,
                                   MuMoney       *parts,
                                   GError       **error);
void     mu_set_overflow_error    (GError       **error);

/* a × b; FALSE when the product does not fit in 128 bits. */
static inline gboolean
mu_wide_mul (MuWide  a,
             MuWide  b,
             MuWide *result)
{
  return !__builtin_mul_overflow (a, b, result);
}

G_END_DECLS
