/* mu-report-parameters.c — the report's first lines: the deal in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-chart"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mu-report-private.h"

static char *
money (const MuReport *report,
       MuMoney         amount)
{
  g_autofree char *number = mu_chart_format_money (amount, mu_scenario_get_exponent (report->scenario));

  return g_strdup_printf ("%s %s", number, report->scenario->currency);
}

static void
add_parameter (MuReport   *report,
               const char *label,
               char       *value)
{
  g_ptr_array_add (report->parameters, g_strdup_printf ("%s\t%s", label, value));
  g_free (value);
}

void
mu_report_collect_parameters (MuReport *report)
{
  const MuScenario *s = report->scenario;
  const MuFinancing *f = &s->financing;
  char start[64];
  static const char *period_names[] = { N_("month"), N_("quarter"), N_("half-year"), N_("year") };

  g_date_strftime (start, sizeof start, "%x", &s->start);
  add_parameter (report, _("School of fiqh"), g_strdup (mu_school_get_label (s->school)));
  add_parameter (report, _("Currency"), g_strdup (s->currency));
  add_parameter (report, _("Start"), g_strdup (start));
  /* Translators: how many periods, and how long each is, as “4 × quarter”. */
  add_parameter (report, _("Periods"), g_strdup_printf (_("%u × %s"), s->periods, _(period_names[s->period])));
  if (s->profit.is_series)
    add_parameter (report, _("Expected profit"), g_strdup (_("a figure for each period")));
  else
    {
      g_autofree char *amount = money (report, s->profit.per_period);

      /* Translators: the profit of a period and its growth per period. */
      add_parameter (report, _("Expected profit"),
                     g_strdup_printf (_("%s a period, growing %.2f %% a period"), amount,
                                      (double) s->profit.growth / 10000.0));
    }

  for (guint i = 0; i < s->partners->len; i++)
    {
      const MuPartner *p = mu_scenario_get_partner (s, i);
      MuMoney capital = 0;
      g_autofree char *amount = NULL;
      g_autofree char *share = NULL;

      mu_partner_get_capital (p, &capital, NULL);
      amount = money (report, capital);
      share = p->has_profit_share ? g_strdup_printf (_("%.2f %% of the profit"), (double) p->profit_share / 10000.0)
                                  : g_strdup (_("profit by capital"));
      /* Translators: a partner's line: capital, profit share, and whether it manages. */
      add_parameter (report, p->name, g_strdup_printf (_("%s; %s; %s"), amount, share,
                                                       p->manages ? _("manages") : _("does not manage")));
    }

  if (f->enabled)
    {
      int bank = mu_scenario_find_partner (s, f->bank_id);
      GString *buyers = g_string_new (NULL);

      for (guint i = 0; i < f->buyer_ids->len; i++)
        g_string_append_printf (buyers, "%s%s", i > 0 ? ", " : "",
                                mu_scenario_get_partner (s, mu_scenario_find_partner (s, g_ptr_array_index (f->buyer_ids, i)))->name);
      add_parameter (report, _("Diminishing musharakah"),
                     /* Translators: the bank, the buyers, the installments and their spacing. */
                     g_strdup_printf (ngettext ("%s sells its units to %s in %u installment, every %u period(s)",
                                                "%s sells its units to %s in %u installments, every %u period(s)",
                                                f->installments),
                                      mu_scenario_get_partner (s, bank)->name, buyers->str, f->installments, f->every));
      g_string_free (buyers, TRUE);
      add_parameter (report, _("Ownership"),
                     g_strdup (f->mode == MU_OWNERSHIP_TRANSFER ? _("the buyers acquire the bank’s units")
                                                                : _("the bank’s capital is returned (redemption)")));
      add_parameter (report, _("Unit price"),
                     f->unit_price == MU_UNIT_PRICE_FAIR
                     ? g_strdup_printf (_("at valuation, the asset losing %.2f %% a period"), (double) f->depreciation / 10000.0)
                     : g_strdup (_("nominal, fixed in advance")));
      if (f->rent > 0)
        add_parameter (report, _("Rent"), g_strdup_printf (_("%.2f %% of the bank’s stake a period"),
                                                           (double) f->rent / 10000.0));
    }
}

