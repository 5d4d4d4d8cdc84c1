/* mu-rules-private.h — shared between the files of the rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mu-engine.h"
#include "mu-rules.h"

G_BEGIN_DECLS

typedef struct
{
  const MuScenario *scenario;
  const MuResult   *result;
  GPtrArray        *findings;

  /* Set by mu_rules_check_shares() while it runs. */
  gint64            workers_share;     /* the workers' agreed shares together */
  const double     *capital_percents;  /* what the others take, one a period; NULL: 100 % */
} MuRulesCheck;

void        mu_rules_add_finding    (MuRulesCheck       *check,
                                     const char         *rule,
                                     MuSeverity          severity,
                                     int                 partner,
                                     guint               period,
                                     char               *field,
                                     const char         *format,
                                     ...) G_GNUC_PRINTF (7, 8);
void        mu_rules_set_source     (MuRulesCheck       *check,
                                     const char         *source);
const char *mu_rules_partner_name   (const MuRulesCheck *check,
                                     guint               index);
double      mu_rules_percent_of     (gint64              percent);
char       *mu_rules_percent_text   (double              value,
                                     double              beside);
char       *mu_rules_format_money   (const MuRulesCheck *check,
                                     MuMoney             amount);

static inline gboolean
mu_rules_is_worker (const MuPartner *partner)
{
  return partner->kind == MU_PARTNER_WORKER;
}

/* “partners[2].profit_share” */
static inline char *
mu_rules_partner_field (guint       index,
                        const char *member)
{
  return g_strdup_printf ("partners[%u].%s", index, member);
}

/* The rules about the profit and loss shares (mu-rules-shares.c), and
 * about workers and partners without capital (mu-rules-workers.c). */
void        mu_rules_check_shares   (MuRulesCheck       *check);
void        mu_rules_check_workers  (MuRulesCheck       *check);
/* The rules about the financing and the capital at risk (mu-rules-financing.c). */
void        mu_rules_check_financing (MuRulesCheck      *check);

G_END_DECLS
