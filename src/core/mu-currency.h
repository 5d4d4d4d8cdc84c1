/* mu-currency.h — ISO 4217 currencies and their minor units
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *code;     /* ISO 4217 alphabetic code, e.g. "RUB" */
  guint16     numeric;  /* ISO 4217 numeric code, e.g. 643 */
  guint8      exponent; /* minor unit digits: RUB 2, JPY 0, KWD 3, CLF 4 */
} MuCurrency;

const MuCurrency *mu_currency_lookup  (const char *code); /* NULL when unknown; exact, upper-case match only */
const MuCurrency *mu_currency_get_all (gsize      *n_currencies);

G_END_DECLS
