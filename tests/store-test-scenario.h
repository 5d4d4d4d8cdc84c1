/* store-test-scenario.h — a scenario that uses every table of the
 * library, different for every @n, for the store's tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mu-scenario.h"

static inline MuScenario *
store_test_scenario (guint n)
{
  MuScenario *scenario = mu_scenario_new ();
  MuPartner *company = mu_partner_new ("company", "Компания «Ёлка»", MU_PARTNER_OWNER);
  MuPartner *bank = mu_partner_new ("bank", "مصرف الأمل", MU_PARTNER_BANK);
  MuPartner *son = mu_partner_new ("son", "Son", MU_PARTNER_INVESTOR);

  g_free (scenario->name);
  scenario->name = g_strdup_printf ("Scenario %u", n);
  scenario->notes = g_strdup ("Notes — заметки — ملاحظات");
  scenario->school = n % 4;
  scenario->period = MU_PERIOD_MONTH;
  scenario->periods = 12 + n % 5;
  g_date_set_dmy (&scenario->start, 1 + n % 28, 1 + n % 12, 2026);

  mu_partner_add_cash (company, 20000 + n);
  mu_partner_add_asset (company, "Цемент", 5000, TRUE);
  mu_partner_add_asset (son, "Truck", 30000, FALSE);
  mu_partner_add_cash (bank, 50000 + 7 * n);
  bank->has_profit_share = TRUE;
  bank->profit_share = 300000 + n;
  son->has_loss_share = TRUE;
  son->loss_share = 100000;
  son->guarantee = MU_GUARANTEE_PERCENT_OF_CAPITAL;
  son->guarantee_value = 50000;
  g_ptr_array_add (scenario->partners, company);
  g_ptr_array_add (scenario->partners, bank);
  g_ptr_array_add (scenario->partners, son);

  scenario->financing.enabled = TRUE;
  scenario->financing.object = MU_OBJECT_BUSINESS;
  scenario->financing.bank_id = g_strdup ("bank");
  g_ptr_array_add (scenario->financing.buyer_ids, g_strdup ("company"));
  g_ptr_array_add (scenario->financing.buyer_ids, g_strdup ("son"));
  scenario->financing.installments = 6;
  scenario->financing.every = 2;
  scenario->financing.mode = MU_OWNERSHIP_REDEMPTION;
  scenario->financing.unit_price = MU_UNIT_PRICE_FAIR;
  scenario->financing.depreciation = 12500;
  scenario->financing.rent = 5000;
  scenario->financing.buyout_binding = n % 2 == 0;
  scenario->financing.late_interest = n % 2 == 1;

  scenario->profit.is_series = TRUE;
  for (guint t = 0; t < scenario->periods; t++)
    {
      MuMoney amount = (MuMoney) (t * 1000 + n) * (t % 4 == 3 ? -1 : 1);

      g_array_append_val (scenario->profit.series, amount);
    }

  scenario->balance.enabled = TRUE;
  scenario->balance.total_assets = 100000;
  scenario->balance.cash = 30000;
  scenario->balance.receivables = 25000 + n % 100;
  scenario->balance.certificates = TRUE;
  return scenario;
}
