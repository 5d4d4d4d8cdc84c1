/* mu-rules-financing.c — the rules about the bank's financing and the
 * capital at risk: how the units are priced, who buys them, rent beside
 * a share of the profit, a projection that ends before the last buyout,
 * a loss beyond what the partners have at risk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mu-rules-private.h"

/* A unit priced in advance guarantees the bank its money back over a
 * business; over a depreciating asset it ignores the depreciation. */
static void
check_unit_price (MuRulesCheck *check)
{
  const MuFinancing *f = &check->scenario->financing;
  int bank = check->result->bank;

  if (f->object == MU_OBJECT_BUSINESS && f->unit_price == MU_UNIT_PRICE_NOMINAL)
    {
      mu_rules_add_finding (check, "nominal-unit-price", MU_SEVERITY_ERROR, bank, 0, g_strdup ("financing.unit_price"),
                            _("The bank holds a share of the business itself, and its units are priced in advance "
                              "at their nominal value. That guarantees the bank its capital back, which a partnership "
                              "forbids. The contract must price each unit at a valuation of the business when it is "
                              "bought: choose the unit price “at valuation when bought” and enter the values expected."));
      mu_rules_set_source (check, _("Usmani, “An Introduction to Islamic Finance”; AAOIFI Shari‘ah Standard 12. "
                                    "The article does not discuss this case."));
    }
  else if (f->object == MU_OBJECT_BUSINESS && f->unit_price == MU_UNIT_PRICE_FAIR)
    {
      mu_rules_add_finding (check, "nominal-unit-price", MU_SEVERITY_WARNING, bank, 0, g_strdup ("financing.unit_price"),
                            _("The bank holds a share of the business itself, and its units are priced by a formula "
                              "of depreciation agreed in advance. Agreed at signing, a formula fixes the price in "
                              "advance too: use it only as an estimate for this projection, and let the contract "
                              "value the business when each unit is bought (the unit price “at valuation when "
                              "bought”)."));
      mu_rules_set_source (check, _("Usmani, “An Introduction to Islamic Finance”: the units of a business are sold "
                                    "at its valuation on the day of each sale; AAOIFI Shari‘ah Standard 12."));
    }
  else if (f->unit_price == MU_UNIT_PRICE_NOMINAL && f->depreciation > 0)
    {
      mu_rules_add_finding (check, "nominal-unit-price", MU_SEVERITY_WARNING, bank, 0, g_strdup ("financing.unit_price"),
                            _("The asset loses %.2f %% of its value each period, but the bank’s units are sold at "
                              "their nominal value. Depreciation should be taken into account when the units are "
                              "valued: choose the unit price “by depreciation agreed in advance”."),
                            mu_rules_percent_of (f->depreciation));
      mu_rules_set_source (check, _("Shovkhalov 2014, the harvester example: the machinery depreciates, and this "
                                    "must be reflected in the value of the bank’s units."));
    }
}

/* Buyouts beyond the values entered are priced at the last of them: an
 * estimate, which the owner should know is one. */
static void
check_valuations (MuRulesCheck *check)
{
  const MuFinancing *f = &check->scenario->financing;
  const MuResult *r = check->result;
  guint buyouts = 0;
  g_autofree char *last = NULL;

  if (f->unit_price != MU_UNIT_PRICE_VALUATION)
    return;
  for (guint t = 1; t <= r->n_periods; t++)
    buyouts += r->periods[t - 1].units > 0;
  if (f->valuations->len >= buyouts)
    return;
  last = mu_rules_format_money (check, g_array_index (f->valuations, MuMoney, f->valuations->len - 1));
  mu_rules_add_finding (check, "valuations-estimated", MU_SEVERITY_INFO, r->bank, 0, g_strdup ("financing.valuations"),
                        ngettext ("A value is entered for %u buyout of %u: the later ones are priced at the last "
                                  "value entered, %s, an estimate. Enter each value when it is known.",
                                  "Values are entered for %u buyouts of %u: the later ones are priced at the last "
                                  "value entered, %s, an estimate. Enter each value when it is known.",
                                  f->valuations->len),
                        f->valuations->len, buyouts, last);
  mu_rules_set_source (check, _("Usmani, “An Introduction to Islamic Finance”: each unit is sold at the valuation of "
                                "the day it is bought."));
}

/* The units are shared between the buyers in proportion to what they put
 * in: a buyer who puts in nothing beside others who do buys none. */
static void
check_buyers (MuRulesCheck *check)
{
  const MuScenario *s = check->scenario;
  const GPtrArray *buyers = s->financing.buyer_ids;
  const GArray *shares = s->financing.buyer_shares;
  gboolean any_stake = FALSE;

  for (guint j = 0; j < shares->len; j++)
    if (g_array_index (shares, gint64, j) == 0)
      {
        int index = mu_scenario_find_partner (s, buyers->pdata[j]);

        mu_rules_add_finding (check, "buyer-takes-nothing", MU_SEVERITY_WARNING, index, 0,
                              g_strdup_printf ("financing.buyers[%u].share", j),
                              _("%s is named as a buyer of the bank’s units with a share of 0 %%: it buys none. "
                                "Remove it from the buyers, or agree a share for it."),
                              mu_rules_partner_name (check, index));
        mu_rules_set_source (check, _("How this projection shares the bank’s units between several buyers."));
      }
  if (shares->len > 0)
    return;
  for (guint j = 0; j < buyers->len; j++)
    any_stake |= mu_result_get (check->result, 1, mu_scenario_find_partner (s, buyers->pdata[j]))->stake > 0;
  for (guint j = 0; any_stake && j < buyers->len; j++)
    {
      int index = mu_scenario_find_partner (s, buyers->pdata[j]);

      if (mu_result_get (check->result, 1, index)->stake > 0)
        continue;
      mu_rules_add_finding (check, "buyer-takes-nothing", MU_SEVERITY_WARNING, index, 0,
                            g_strdup_printf ("financing.buyers[%u]", j),
                            _("%s is named as a buyer of the bank’s units but puts in nothing, while the other "
                              "buyers do. The units are shared between the buyers in proportion to what each put "
                              "in, so it buys none. Remove it from the buyers, or enter what it puts in."),
                            mu_rules_partner_name (check, index));
      mu_rules_set_source (check, _("How this projection shares the bank’s units between several buyers."));
    }
}

/* Rent is paid by the co-owner who uses the bank's share; a bank that
 * also takes part of the profit from that use is paid twice. */
static void
check_rent_and_profit (MuRulesCheck *check)
{
  const MuFinancing *f = &check->scenario->financing;
  int bank = check->result->bank;
  g_autofree char *profit = NULL;

  if (f->rent <= 0 || check->result->partner_profit[bank] <= 0)
    return;
  profit = mu_rules_format_money (check, check->result->partner_profit[bank]);
  mu_rules_add_finding (check, "rent-and-profit-share", MU_SEVERITY_WARNING, bank, 0, g_strdup ("financing.rent"),
                        _("The bank is paid rent for the use of its share and also takes %s of the profit: it is "
                          "paid twice for the same use. Either charge rent to the partner who uses the bank’s "
                          "share and give the bank an agreed profit share of 0 %%, or charge no rent."),
                        profit);
  mu_rules_set_source (check, _("Usmani, “An Introduction to Islamic Finance”, diminishing musharakah in house "
                                "financing: the client pays rent for the bank’s share it uses."));
}

/* The projection ends with the bank still holding a share: what the deal
 * costs in all is not shown. */
static void
check_buyout_complete (MuRulesCheck *check)
{
  const MuResult *r = check->result;
  const MuPartnerPeriod *last = mu_result_get (r, r->n_periods, r->bank);
  g_autofree char *held = NULL;

  if (last->stake_end <= 0)
    return;
  held = mu_rules_format_money (check, last->stake_end);
  mu_rules_add_finding (check, "buyout-incomplete", MU_SEVERITY_WARNING, r->bank, r->n_periods, g_strdup ("periods"),
                        _("The projection ends after period %u with the bank still holding %s of its share: the "
                          "last units are bought later. Add periods to see the whole deal and what it costs."),
                        r->n_periods, held);
  mu_rules_set_source (check, _("Shovkhalov 2014: the bank’s share is bought until the client owns the whole "
                                "asset."));
}

/* A partner bears no more loss than it has at risk: a loss beyond it is
 * borne by no one, and the deal as planned cannot stand. */
static void
check_uncovered_loss (MuRulesCheck *check)
{
  const MuResult *r = check->result;

  for (guint t = 1; t <= r->n_periods; t++)
    {
      g_autofree char *uncovered = NULL;

      if (r->periods[t - 1].uncovered_loss <= 0)
        continue;
      uncovered = mu_rules_format_money (check, r->periods[t - 1].uncovered_loss);
      mu_rules_add_finding (check, "loss-exceeds-capital", MU_SEVERITY_ERROR, -1, t,
                            check->scenario->profit.is_series ? g_strdup_printf ("profit.series[%u]", t - 1)
                                                              : g_strdup ("profit.per_period"),
                            _("In period %u the loss, with the losses not yet made good, is more than the partners "
                              "have at risk: %s of it is borne by no one. A partner bears losses only up to its "
                              "capital. Plan for a smaller loss, or for more capital."),
                            t, uncovered);
      mu_rules_set_source (check, _("All four schools: loss follows capital and is limited to it (Shovkhalov 2014: "
                                    "the investor bears losses within what it financed; AAOIFI Shari‘ah "
                                    "Standard 12)."));
      return;
    }
}

void
mu_rules_check_financing (MuRulesCheck *check)
{
  check_uncovered_loss (check);
  if (!check->scenario->financing.enabled || check->result->bank < 0)
    return;
  check_unit_price (check);
  check_valuations (check);
  check_buyers (check);
  check_rent_and_profit (check);
  check_buyout_complete (check);
}
