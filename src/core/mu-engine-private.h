/* mu-engine-private.h — shared by the files of the engine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mu-engine.h"
#include "mu-money-private.h"

G_BEGIN_DECLS

/* Compounded factors — (1 − d)^t for the asset's value, (1 + g)^t for the
 * profit's growth — are kept in fixed point with 18 decimal digits and
 * rounded half away from zero after each period, so every run on every
 * machine gives the same kopecks. */
#define FIXED_ONE ((MuWide) 1000000000000000000LL)
#define PERCENT_TO_FIXED ((MuWide) 1000000000000LL)  /* FIXED_ONE / MU_PERCENT_100 */

typedef struct
{
  const MuScenario *scenario;
  MuResult         *result;
  MuMoney          *stakes;          /* current stake of each partner */
  MuMoney          *unrecovered;     /* each partner's losses not yet made good */
  MuWide           *weights;         /* scratch, one per partner */
  MuMoney          *parts;           /* scratch, one per partner */
  MuMoney          *installments;    /* the bank's units, one per installment */
  guint            *buyers;          /* partner index of each buyer */
  guint             n_buyers;
  MuWide           *buyer_weights;   /* one per buyer */
  MuMoney          *buyer_parts;     /* one per buyer, the last split */
  MuWide           *rotated_weights; /* scratch for a split, one per buyer */
  MuMoney          *rotated_parts;
  MuWide            depreciation_factor;
  MuWide            asset_factor;    /* (1 − d)^t */
  MuMoney           pool_start;      /* V_0 of a price at valuation: all the stakes at the start */
  guint             buyouts;         /* the buyouts so far */
  MuWide            growth_factor;
  MuWide            profit_factor;   /* (1 + g)^(t − 1) */
  const char       *blame;           /* the file's key behind the step under way */
  guint             period;          /* the period under way */
} Engine;

gboolean mu_engine_fixed_step       (MuWide          *accumulated,
                                     MuWide           factor,
                                     GError         **error);
gboolean mu_engine_fixed_apply      (MuMoney          amount,
                                     MuWide           factor,
                                     MuMoney         *result,
                                     GError         **error);

/* mu-engine-financing.c */
gboolean mu_engine_setup_financing  (Engine          *engine,
                                     GError         **error);
gboolean mu_engine_financing_step   (Engine          *engine,
                                     MuPeriodResult  *row,
                                     GError         **error);
gboolean mu_engine_share_costs      (Engine          *engine,
                                     MuPeriodResult  *row,
                                     GError         **error);

G_END_DECLS
