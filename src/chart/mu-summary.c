/* mu-summary.c — what a deal costs, in words
 *
 * The key figures (mu_figures_compute()) as an owner asks for them of a
 * bank's offer: what the buyers pay an installment — first, usually, last
 * — and in all; the day they own everything; what the bank receives, apart
 * and in all, and its effective return a year; and, when the scenario
 * names a loan rate, the same money as a conventional loan, for
 * comparison only. The window and the report say the same words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-chart-private.h"
#include "mu-summary.h"

static char *
money (const MuScenario *scenario,
       MuMoney           amount)
{
  g_autofree char *figure = mu_chart_format_money (amount, mu_scenario_get_exponent (scenario));

  /* Translators: an amount and its currency code, “1 250.00 RUB”. */
  return g_strdup_printf (_("%s %s"), figure, scenario->currency);
}

/* A rate in the locale's digits, without trailing zeros: “18”, “4,5”. */
static char *
rate (gint64 value)
{
  guint digits = MU_PERCENT_DIGITS;

  while (digits > 0 && value % 10 == 0)
    {
      value /= 10;
      digits--;
    }
  return mu_chart_format_money (value, digits);
}

static void
add_line (GPtrArray  *lines,
          const char *title,
          char       *text)
{
  MuSummaryLine *line = g_new (MuSummaryLine, 1);

  line->title = g_strdup (title);
  line->text = text;
  g_ptr_array_add (lines, line);
}

static char *
payments_text (const MuScenario *s,
               const MuFigures  *f)
{
  g_autofree char *usual = money (s, f->installment_usual);
  g_autofree char *first = money (s, f->installment_first);
  g_autofree char *last = money (s, f->installment_last);
  g_autofree char *total = money (s, f->buyers_paid);

  if (f->installment_first == f->installment_usual && f->installment_last == f->installment_usual)
    /* Translators: what the buyers pay an installment, how many, and in all. */
    return g_strdup_printf (ngettext ("%s an installment, %u installment, %s in all",
                                      "%s an installment, %u installments, %s in all", f->n_installments),
                            usual, f->n_installments, total);
  if (f->installment_usual == f->installment_first || f->installment_usual == f->installment_last)
    /* Translators: the first and the last installment, how many there
     * are, and what the buyers pay in all. */
    return g_strdup_printf (ngettext ("first %s, last %s; %u installment, %s in all",
                                      "first %s, last %s; %u installments, %s in all", f->n_installments),
                            first, last, f->n_installments, total);
  /* Translators: the first, the usual and the last installment, how many
   * there are, and what the buyers pay in all. */
  return g_strdup_printf (ngettext ("first %s, usually %s, last %s; %u installment, %s in all",
                                    "first %s, usually %s, last %s; %u installments, %s in all",
                                    f->n_installments),
                          first, usual, last, f->n_installments, total);
}

static char *
ownership_text (const MuScenario *s,
                const MuFigures  *f)
{
  g_autofree char *held = NULL;
  char date[64];

  if (g_date_valid (&f->owned_outright_from) && g_date_get_year (&f->owned_outright_from) <= 9999)
    {
      g_date_strftime (date, sizeof date, "%x", &f->owned_outright_from);
      /* Translators: the day from which the buyers own the whole object. */
      return g_strdup_printf (_("from %s"), date);
    }
  held = money (s, f->bank_held_end);
  /* Translators: the projection ends while the bank holds this much. */
  return g_strdup_printf (_("not within the projection: the bank still holds %s at its end"), held);
}

/* What the bank receives apart: its share of the profit, the rent when
 * there is any, the price of its units, less its part of the costs. */
static char *
bank_parts (const MuScenario *s,
            const MuFigures  *f)
{
  g_autofree char *profit = money (s, f->bank_profit);
  g_autofree char *buyout = money (s, f->bank_buyout);
  GString *parts = g_string_new (NULL);

  /* Translators: the bank's share of the profit, in the summary. */
  g_string_append_printf (parts, _("profit %s"), profit);
  if (f->bank_rent != 0)
    {
      g_autofree char *rent = money (s, f->bank_rent);

      /* Translators: a separator of the parts of what the bank receives,
       * then the rent the buyers pay it. */
      g_string_append_printf (parts, _(", rent %s"), rent);
    }
  /* Translators: a separator, then the price of the bank's units. */
  g_string_append_printf (parts, _(", its units %s"), buyout);
  if (f->bank_costs != 0)
    {
      g_autofree char *costs = money (s, f->bank_costs);

      /* Translators: a separator, then the bank's part of the ownership
       * costs, taken from what it receives. */
      g_string_append_printf (parts, _(", less costs %s"), costs);
    }
  return g_string_free (parts, FALSE);
}

static char *
bank_text (const MuScenario *s,
           const MuFigures  *f)
{
  g_autofree char *received = money (s, f->bank_received);
  g_autofree char *parts = bank_parts (s, f);
  g_autofree char *percent = NULL;
  double hundredths = f->bank_return_percent * 100.0;

  if (!f->has_bank_return)
    /* Translators: what the bank receives in all and apart, when no rate
     * of return balances its cash flows. */
    return g_strdup_printf (_("%s in all (%s); its return a year is not defined"), received, parts);
  percent = mu_chart_format_money ((MuMoney) (hundredths < 0 ? hundredths - 0.5 : hundredths + 0.5), 2);
  /* Translators: what the bank receives in all and apart, and its
   * effective return a year, “70,59”. */
  return g_strdup_printf (_("%s in all (%s), an effective return of %s %% a year"), received, parts, percent);
}

static char *
loan_text (const MuScenario *s,
           const MuFigures  *f)
{
  g_autofree char *annual = rate (f->loan.annual_rate);
  g_autofree char *payment = money (s, f->loan.payment);
  g_autofree char *total = money (s, f->loan.total_paid);
  g_autofree char *interest = money (s, f->loan.total_interest);

  /* Translators: a conventional loan of the bank's contribution: its rate
   * a year, its payment, what it costs in all and the interest in it. */
  return g_strdup_printf (_("at %s %% a year: %s a payment, %s in all, of which %s interest — interest is riba"),
                          annual, payment, total, interest);
}

/* The summary's lines, none without financing. */
GPtrArray *
mu_summary_lines (const MuScenario *scenario,
                  const MuFigures  *figures)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_summary_line_free);

  g_return_val_if_fail (scenario != NULL && figures != NULL, lines);

  if (!figures->has_financing)
    return lines;
  add_line (lines, _("The buyers pay the bank"), payments_text (scenario, figures));
  add_line (lines, _("The buyers own it all"), ownership_text (scenario, figures));
  add_line (lines, _("The bank receives"), bank_text (scenario, figures));
  if (figures->has_loan)
    add_line (lines, _("A conventional loan, for comparison only"), loan_text (scenario, figures));
  return lines;
}

void
mu_summary_line_free (MuSummaryLine *line)
{
  if (line == NULL)
    return;
  g_free (line->title);
  g_free (line->text);
  g_free (line);
}
