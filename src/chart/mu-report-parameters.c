/* mu-report-parameters.c — the report's first lines: what the deal costs,
 * then the deal in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-chart"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mu-figures.h"
#include "mu-report-private.h"
#include "mu-summary.h"

static double
percent (gint64 value)
{
  return (double) value / 10000.0;
}

/* The summary the window shows above its charts, in the same words;
 * nothing when there is no financing to sum up. */
void
mu_report_collect_summary (MuReport *report)
{
  g_autoptr(MuFigures) figures = mu_figures_compute (report->scenario, report->result, NULL);
  g_autoptr(GPtrArray) lines = NULL;

  if (figures == NULL)
    return;
  lines = mu_summary_lines (report->scenario, figures);
  for (guint i = 0; i < lines->len; i++)
    {
      const MuSummaryLine *line = g_ptr_array_index (lines, i);

      mu_report_add_pair (report, line->title, g_strdup (line->text));
    }
}

static char *
periods_text (const MuScenario *s)
{
  switch (s->period)
    {
    case MU_PERIOD_QUARTER:
      return g_strdup_printf (ngettext ("%u quarter", "%u quarters", s->periods), s->periods);
    case MU_PERIOD_HALF_YEAR:
      return g_strdup_printf (ngettext ("%u half-year", "%u half-years", s->periods), s->periods);
    case MU_PERIOD_YEAR:
      return g_strdup_printf (ngettext ("%u year", "%u years", s->periods), s->periods);
    case MU_PERIOD_MONTH:
    default:
      return g_strdup_printf (ngettext ("%u month", "%u months", s->periods), s->periods);
    }
}

static void
add_profit (MuReport *report)
{
  const MuScenario *s = report->scenario;
  g_autofree char *amount = NULL;

  if (s->profit.is_series)
    {
      mu_report_add_pair (report, _("Expected profit"), g_strdup (_("a figure for each period")));
      return;
    }
  amount = mu_report_money (report, s->profit.per_period);
  /* Translators: the profit of a period and its growth per period. */
  mu_report_add_pair (report, _("Expected profit"),
                      g_strdup_printf (_("%s a period, growing %.2f %% a period"), amount, percent (s->profit.growth)));
}

static void
add_partners (MuReport *report)
{
  const MuScenario *s = report->scenario;

  for (guint i = 0; i < s->partners->len; i++)
    {
      const MuPartner *p = mu_scenario_get_partner (s, i);
      MuMoney capital = 0;
      g_autofree char *amount = NULL;
      g_autofree char *share = NULL;

      mu_partner_get_capital (p, &capital, NULL);
      amount = p->kind == MU_PARTNER_WORKER ? g_strdup (_("work, no capital")) : mu_report_money (report, capital);
      share = p->has_profit_share ? g_strdup_printf (_("%.2f %% of the profit"), (double) p->profit_share / 10000.0)
                                  : g_strdup (_("profit by capital"));
      /* Translators: a partner's line: capital, profit share, and whether it manages. */
      mu_report_add_pair (report, p->name, g_strdup_printf (_("%s; %s; %s"), amount, share,
                                                            p->manages ? _("manages") : _("does not manage")));
    }
}

static char *
buyers_text (const MuScenario *s)
{
  const MuFinancing *f = &s->financing;
  GString *buyers = g_string_new (NULL);

  for (guint i = 0; i < f->buyer_ids->len; i++)
    {
      int buyer = mu_scenario_find_partner (s, g_ptr_array_index (f->buyer_ids, i));

      if (i > 0)
        /* Translators: between the names of the buyers. */
        g_string_append (buyers, _(", "));
      g_string_append (buyers, buyer >= 0 ? mu_scenario_get_partner (s, buyer)->name : "");
      if (i < f->buyer_shares->len)
        /* Translators: after a buyer's name, the percent of the bank's units it buys. */
        g_string_append_printf (buyers, _(" (%.2f %%)"), percent (g_array_index (f->buyer_shares, gint64, i)));
    }
  return g_string_free (buyers, FALSE);
}

static char *
sale_text (const MuScenario *s)
{
  const MuFinancing *f = &s->financing;
  int bank = mu_scenario_find_partner (s, f->bank_id);
  g_autofree char *buyers = buyers_text (s);
  g_autofree char *sale = NULL;
  g_autofree char *every = NULL;

  /* Translators: the bank, the buyers and how many installments. */
  sale = g_strdup_printf (ngettext ("%s sells its units to %s in %u installment",
                                    "%s sells its units to %s in %u installments", f->installments),
                          bank >= 0 ? mu_scenario_get_partner (s, bank)->name : "", buyers, f->installments);
  if (f->every == 1)
    /* Translators: how often the installments come. */
    every = g_strdup (_("every period"));
  else
    /* Translators: how often the installments come. */
    every = g_strdup_printf (ngettext ("every %u period", "every %u periods", f->every), f->every);
  /* Translators: the sale of the units, then how often the installments come. */
  return g_strdup_printf (_("%s, %s"), sale, every);
}

static char *
unit_price_text (const MuReport *report)
{
  const MuFinancing *f = &report->scenario->financing;
  GString *values;

  switch (f->unit_price)
    {
    case MU_UNIT_PRICE_FAIR:
      /* Translators: the unit price by a depreciation agreed in advance. */
      return g_strdup_printf (_("at valuation, the asset losing %.2f %% a period"), percent (f->depreciation));
    case MU_UNIT_PRICE_VALUATION:
      values = g_string_new (NULL);
      for (guint i = 0; i < f->valuations->len; i++)
        {
          g_autofree char *value = mu_report_money (report, g_array_index (f->valuations, MuMoney, i));

          g_string_append_printf (values, "%s%s", i > 0 ? _(", ") : "", value);
        }
      {
        g_autofree char *list = g_string_free (values, FALSE);

        /* Translators: the unit price at the values entered for each buyout. */
        return g_strdup_printf (_("at the object’s value when each unit is bought: %s"), list);
      }
    case MU_UNIT_PRICE_NOMINAL:
    default:
      return g_strdup (_("nominal, fixed in advance"));
    }
}

static char *
plan_text (const MuFinancing *f)
{
  switch (f->plan)
    {
    case MU_PAYMENT_PLAN_LEVEL:
      return g_strdup (_("the same payment every installment, the units growing as the rent falls"));
    case MU_PAYMENT_PLAN_STEP_UP:
      /* Translators: a payment plan whose payment grows once a year. */
      return g_strdup_printf (_("the payment grows by %.2f %% once a year"), percent (f->step));
    case MU_PAYMENT_PLAN_EQUAL_UNITS:
    default:
      return g_strdup (_("equal units, the rent beside them"));
    }
}

static void
add_financing (MuReport *report)
{
  const MuFinancing *f = &report->scenario->financing;

  mu_report_add_pair (report, _("Diminishing musharakah"), sale_text (report->scenario));
  mu_report_add_pair (report, _("Ownership"),
                      g_strdup (f->mode == MU_OWNERSHIP_TRANSFER ? _("the buyers acquire the bank’s units")
                                                                 : _("the bank’s capital is returned (redemption)")));
  mu_report_add_pair (report, _("Unit price"), unit_price_text (report));
  mu_report_add_pair (report, _("Payment plan"), plan_text (f));
  if (f->rent > 0 && f->rent_annual)
    /* Translators: the rent, a percent of the bank's stake a year. */
    mu_report_add_pair (report, _("Rent"), g_strdup_printf (_("%.2f %% of the bank’s stake a year"), percent (f->rent)));
  else if (f->rent > 0)
    /* Translators: the rent, a percent of the bank's stake a period. */
    mu_report_add_pair (report, _("Rent"), g_strdup_printf (_("%.2f %% of the bank’s stake a period"), percent (f->rent)));
  if (f->costs > 0)
    {
      g_autofree char *costs = mu_report_money (report, f->costs);

      /* Translators: the ownership costs of a period, shared by the co-owners. */
      mu_report_add_pair (report, _("Ownership costs"), g_strdup_printf (_("%s a period, shared by ownership"), costs));
    }
  if (f->early_buyout > 0)
    mu_report_add_pair (report, _("Early buyout"),
                        /* Translators: the period at whose end the buyers buy all the bank's remaining units. */
                        g_strdup_printf (_("the buyers buy the rest of the bank’s units at the end of period %u"),
                                         f->early_buyout));
}

void
mu_report_collect_parameters (MuReport *report)
{
  const MuScenario *s = report->scenario;
  char start[64];

  g_date_strftime (start, sizeof start, "%x", &s->start);
  mu_report_add_pair (report, _("School of fiqh"), g_strdup (mu_school_get_label (s->school)));
  mu_report_add_pair (report, _("Currency"), g_strdup (s->currency));
  mu_report_add_pair (report, _("Start"), g_strdup (start));
  mu_report_add_pair (report, _("Periods"), periods_text (s));
  add_profit (report);
  add_partners (report);
  if (s->financing.enabled)
    add_financing (report);
}
