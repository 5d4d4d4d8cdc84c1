/* mu-money-private.h — 128-bit helpers shared inside the core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mu-money.h"

G_BEGIN_DECLS

typedef __int128 MuWide;

gboolean mu_wide_mul              (MuWide         a,
                                   MuWide         b,
                                   MuWide        *result);
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

G_END_DECLS
