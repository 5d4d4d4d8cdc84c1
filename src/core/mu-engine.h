/* mu-engine.h — the schedule: stakes, profit, buyout and rent per period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mu-rules.h"
#include "mu-scenario.h"

G_BEGIN_DECLS

typedef struct
{
  MuMoney stake;           /* held during the period */
  MuMoney stake_end;       /* held after the period's buyout */
  double  profit_percent;  /* for display: its part of the period's profit or loss */
  MuMoney profit;          /* what is distributed to it, after losses are made good; never < 0 */
  MuMoney loss;            /* its part of the period's loss */
  MuMoney restored;        /* its earlier losses made good from the period's profit */
  MuMoney unrecovered;     /* its losses not yet made good, after the period */
  MuMoney costs;           /* its part of the ownership costs */
  MuMoney paid;            /* the bank: what it receives; a buyer: what it pays; never < 0 */
} MuPartnerPeriod;

typedef struct
{
  guint            period;  /* 1-based */
  GDate            start;
  GDate            end;
  MuMoney          pool;    /* all stakes during the period */
  MuMoney          profit;
  MuMoney          units;   /* the bank's stake bought at the end of the period */
  MuMoney          buyout;  /* the price paid for those units */
  MuMoney          rent;
  MuMoney          uncovered_loss;  /* the part of a loss beyond what the partners had at risk */
  MuMoney          costs;           /* the ownership costs of the period */
  MuPartnerPeriod *partners;
} MuPeriodResult;

struct _MuResult
{
  guint            n_periods;
  guint            n_partners;
  int              bank;            /* the financing bank's index, or -1 */
  guint            last_buyout;     /* the period of the last installment, or 0 */
  MuPeriodResult  *periods;
  MuMoney          total_profit;
  MuMoney          total_buyout;
  MuMoney          total_rent;
  MuMoney         *partner_profit;  /* per partner, over all periods */
  MuMoney         *partner_paid;    /* per partner, over all periods */
  GPtrArray       *findings;        /* of MuFinding* */
  gatomicrefcount  ref_count;
};

MuResult *mu_engine_run                (const MuScenario *scenario,
                                        GError          **error);
MuResult *mu_result_ref                (MuResult         *result);
void      mu_result_unref              (MuResult         *result);
void      mu_result_free               (MuResult         *result);
const MuPartnerPeriod *
          mu_result_get                (const MuResult   *result,
                                        guint             period,
                                        guint             partner);
double    mu_result_ownership_percent  (const MuResult   *result,
                                        guint             period,
                                        guint             partner);
MuMoney   mu_partner_period_result     (const MuPartnerPeriod *cell);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MuResult, mu_result_unref)

G_END_DECLS
