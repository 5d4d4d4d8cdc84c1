/* mu-rules-workers.c — the findings about who brings only work
 *
 * A worker (mudarib) brings work and no capital and takes an agreed share
 * of the profit: the partnership with it is a mudarabah. A partner who is
 * to take a share without capital is a worker not called one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mu-rules-private.h"

/* Whether the partner holds a stake in any period of the projection. */
static gboolean
ever_holds_capital (const MuRulesCheck *check,
                    guint               index)
{
  for (guint t = 1; t <= check->result->n_periods; t++)
    if (mu_result_get (check->result, t, index)->stake > 0)
      return TRUE;
  return FALSE;
}

/* A partner with an agreed share and nothing at stake is a worker the
 * scenario does not call one: the schedule would give it nothing. */
static void
check_no_capital (MuRulesCheck *check,
                  guint         index)
{
  const MuPartner *partner = mu_scenario_get_partner (check->scenario, index);
  g_autofree char *share = NULL;
  double percent;

  if (mu_rules_is_worker (partner) || !partner->has_profit_share || partner->profit_share == 0 ||
      ever_holds_capital (check, index))
    return;

  percent = mu_rules_percent_of (partner->profit_share);
  share = mu_rules_percent_text (percent, percent);
  mu_rules_add_finding (check, "no-capital", MU_SEVERITY_ERROR, index, 0, mu_rules_partner_field (index, "kind"),
                        _("%s puts in no capital, yet is to receive %s %% of the profit. In a musharakah a "
                          "partner’s share of the profit rests on its capital, so the schedule gives it nothing. "
                          "A partner who brings only work is a worker, and the partnership with it a mudarabah: "
                          "set its kind to Worker so that it takes its agreed share, or enter what it puts in."),
                        mu_rules_partner_name (check, index), share);
  mu_rules_set_source (check, _("All four schools: in a mudarabah one side brings the capital and the worker "
                                "(mudarib) only work, and the profit is shared as agreed (AAOIFI Shari‘ah "
                                "Standard 13, Mudarabah; Usmani, “An Introduction to Islamic Finance”)."));
}

/* A worker takes an agreed share, and only that. */
static void
check_worker_share (MuRulesCheck *check,
                    guint         index)
{
  const MuPartner *partner = mu_scenario_get_partner (check->scenario, index);

  if (!mu_rules_is_worker (partner) || partner->has_profit_share)
    return;

  mu_rules_add_finding (check, "worker-share", MU_SEVERITY_ERROR, index, 0,
                        mu_rules_partner_field (index, "profit_share"),
                        _("%s is a worker but has no agreed share of the profit. A worker brings no capital, so "
                          "a share by capital gives it nothing: in a mudarabah the worker’s share is agreed as a "
                          "percent of the profit when the contract is made. Agree its share of the profit."),
                        mu_rules_partner_name (check, index));
  mu_rules_set_source (check, _("All four schools: the worker’s share in a mudarabah is a known proportion of "
                                "the profit, agreed in the contract (AAOIFI Shari‘ah Standard 13, Mudarabah)."));
}

/* A worker named as a buyer would buy capital. (The bank is never a
 * worker: the scenario's validation refuses it, as a bank without
 * capital.) */
static void
check_workers_buying (MuRulesCheck *check)
{
  const MuFinancing *f = &check->scenario->financing;
  g_autoptr(GHashTable) workers = NULL;

  if (!f->enabled)
    return;

  workers = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < check->scenario->partners->len; i++)
    if (mu_rules_is_worker (mu_scenario_get_partner (check->scenario, i)))
      g_hash_table_insert (workers, mu_scenario_get_partner (check->scenario, i)->id, GUINT_TO_POINTER (i + 1));

  for (guint b = 0; b < f->buyer_ids->len; b++)
    {
      gpointer found = g_hash_table_lookup (workers, g_ptr_array_index (f->buyer_ids, b));
      guint index = GPOINTER_TO_UINT (found) - 1;

      if (found == NULL)
        continue;
      mu_rules_add_finding (check, "worker-share", MU_SEVERITY_ERROR, index, 0,
                            g_strdup_printf ("financing.buyers[%u]", b),
                            _("%s is a worker, yet it is named as a buyer of the bank’s units. A worker brings "
                              "only work: buying units, it would put in capital and be a partner of the "
                              "musharakah. Make it an owner or an investor, or take it off the buyers."),
                            mu_rules_partner_name (check, index));
      mu_rules_set_source (check, _("All four schools: a worker (mudarib) brings work and no capital (AAOIFI "
                                    "Shari‘ah Standard 13, Mudarabah); a partner who buys a share of the capital "
                                    "is a partner of the musharakah (AAOIFI Shari‘ah Standard 12)."));
    }
}

/* Every rule about workers and partners without capital. */
void
mu_rules_check_workers (MuRulesCheck *check)
{
  for (guint i = 0; i < check->scenario->partners->len; i++)
    {
      check_no_capital (check, i);
      check_worker_share (check, i);
    }
  check_workers_buying (check);
}
