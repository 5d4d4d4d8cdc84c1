/* mu-figures.h — the key figures of a deal: what each side pays and
 * receives, when the buyers own everything, the bank's return and a loan
 * to compare with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mu-engine.h"

G_BEGIN_DECLS

/* A conventional annuity loan of the bank's contribution, for information
 * only: interest is riba. */
typedef struct
{
  gint64  annual_rate;     /* percent a year, MU_PERCENT_100 = 100 % */
  guint   periods;         /* the buyout term: installments × every */
  MuMoney principal;       /* the bank's contribution */
  MuMoney payment;         /* each period's payment but the last */
  MuMoney last_payment;    /* what repays the principal exactly */
  MuMoney total_paid;
  MuMoney total_interest;
} MuLoanFigures;

typedef struct
{
  /* FALSE without financing: then none of the fields below is set. */
  gboolean       has_financing;
  int            bank;                 /* the bank's partner index, or −1 */
  char          *bank_id;
  GPtrArray     *buyer_ids;            /* of char*, in the financing's order */

  MuMoney        bank_capital;         /* the bank's contribution */
  MuMoney        bank_received;        /* profit, rent and buyout over all periods, less its costs */
  MuMoney        bank_profit;          /* its share of the profit, over all periods */
  MuMoney        bank_rent;            /* the rent the buyers pay it */
  MuMoney        bank_buyout;          /* the price of the units they buy */
  MuMoney        bank_costs;           /* its part of the ownership costs */
  MuMoney        bank_income;          /* bank_received less the units bought, at their book value */
  MuMoney        bank_held_end;        /* the bank's stake after the last period */
  MuMoney        bank_worth_end;       /* that stake less its losses not made good, at least 0 */
  MuMoney        buyers_paid;          /* buyout and rent over all periods */

  guint          n_installments;       /* the periods of the projection with a buyout */
  MuMoney        installment_first;    /* buyout + rent of the first installment */
  MuMoney        installment_usual;    /* buyout + rent: the amount paid most often */
  MuMoney        installment_last;
  MuMoney        installment_largest;
  guint          last_buyout;          /* the period of the last buyout, or 0 */
  GDate          owned_outright_from;  /* invalid when the projection ends first */

  gboolean       has_bank_return;      /* FALSE: the bank's cash flows have no rate */
  double         bank_return_percent;  /* effective, a year */

  gboolean       has_loan;             /* the financing gives a loan rate */
  MuLoanFigures  loan;
} MuFigures;

MuFigures *mu_figures_compute       (const MuScenario  *scenario,
                                     const MuResult    *result,
                                     GError           **error);
void       mu_figures_free          (MuFigures         *figures);
gboolean   mu_figures_loan          (MuMoney            principal,
                                     gint64             annual_rate,
                                     guint              periods_a_year,
                                     guint              periods,
                                     MuLoanFigures     *loan,
                                     GError           **error);
gboolean   mu_figures_internal_rate (const long double *flows,
                                     guint              n_flows,
                                     long double       *rate);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MuFigures, mu_figures_free)

G_END_DECLS
