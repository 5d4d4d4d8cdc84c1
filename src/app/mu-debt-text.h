/* mu-debt-text.h — a debt's figures and history as the window writes
 * them: amounts with their currency, dates in the locale's order, days
 * late, and one line for each thing done
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mu-debt.h"

G_BEGIN_DECLS

/* One line of a debt's history. */
typedef struct
{
  GDate  date;
  char  *text;   /* what was done */
  char  *field;  /* its path, as the findings name it: "payments[0].amount", "claim.sent" */
} MuDebtEvent;

guint      mu_debt_exponent        (const MuDebt      *debt);
char      *mu_debt_format_money    (const MuDebt      *debt,
                                    MuMoney            amount);
char      *mu_debt_format_date     (const GDate       *date);
char      *mu_debt_format_lateness (const MuDebt      *debt,
                                    const MuDebtState *state);
char      *mu_debt_format_basis    (const MuDebt      *debt);
GArray    *mu_debt_history         (const MuDebt      *debt);

G_END_DECLS
