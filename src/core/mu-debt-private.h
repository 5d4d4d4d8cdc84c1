/* mu-debt-private.h — shared between the files of the register of
 * receivables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mu-debt.h"

G_BEGIN_DECLS

/* A valid date from MU_DEBT_YEAR_MIN to MU_DEBT_YEAR_MAX. */
gboolean  mu_debt_date_ok          (const GDate       *date);
/* "2025-05-10", as messages and files write dates. */
char     *mu_debt_date_text        (const GDate       *date);
/* "1234.50 RUB", exact, in the debt's currency. */
char     *mu_debt_money_text       (const MuDebt      *debt,
                                    MuMoney            amount);
int       mu_debt_compare_dates    (const GDate       *a,
                                    const GDate       *b);

/* What was paid on or before @date (all payments when @date is NULL);
 * FALSE on overflow. */
gboolean  mu_debt_paid_by          (const MuDebt      *debt,
                                    const GDate       *date,
                                    MuMoney           *paid,
                                    GError           **error);
/* The number of instalments: n, or 1 for a deferral. */
guint     mu_debt_n_instalments    (const MuDebtArrangement *arrangement);
/* The date of instalment @k, counted from 0. */
void      mu_debt_instalment_date  (const MuDebtArrangement *arrangement,
                                    guint              k,
                                    GDate             *date);
/* Instalment @k of @n splitting @arranged: equal, the rest on the last. */
MuMoney   mu_debt_instalment_amount (MuMoney           arranged,
                                     guint             n,
                                     guint             k);

G_END_DECLS
