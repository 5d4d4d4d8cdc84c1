/* mu-cli-figures.c — musharaka-cli figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-cli.h"
#include "mu-exchange.h"
#include "mu-figures.h"

typedef struct
{
  const MuScenario *scenario;
  const MuFigures  *figures;
  guint             exponent;
  GString          *out;
} Printer;

static char *
money (const Printer *p,
       MuMoney        amount)
{
  return mu_decimal_format (amount, p->exponent);
}

/* ISO 8601; the day after a buyout at the end of 9999 has five digits. */
static void
format_date (const GDate *date,
             char         text[16])
{
  g_snprintf (text, 16, "%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

/* ─── json ────────────────────────────────────────────────────────────── */

/* "key": "12.50", or "key": null when @known is FALSE. */
static void
json_money (Printer    *p,
            const char *key,
            gboolean    known,
            MuMoney     amount)
{
  g_autofree char *text = known ? money (p, amount) : NULL;

  if (known)
    g_string_append_printf (p->out, "\"%s\": \"%s\"", key, text);
  else
    g_string_append_printf (p->out, "\"%s\": null", key);
}

static void
json_parties (Printer *p)
{
  const MuFigures *f = p->figures;
  g_autofree char *bank = NULL;

  if (!f->has_financing)
    {
      g_string_append (p->out, "\"bank\": null, \"buyers\": null");
      return;
    }
  bank = mu_cli_json_string (f->bank_id);
  g_string_append_printf (p->out, "\"bank\": %s, \"buyers\": [", bank);
  for (guint b = 0; b < f->buyer_ids->len; b++)
    {
      g_autofree char *id = mu_cli_json_string (g_ptr_array_index (f->buyer_ids, b));

      g_string_append_printf (p->out, "%s%s", b > 0 ? ", " : "", id);
    }
  g_string_append_c (p->out, ']');
}

static void
json_loan (Printer *p)
{
  const MuLoanFigures *loan = &p->figures->loan;
  g_autofree char *rate = NULL;

  if (!p->figures->has_loan)
    {
      g_string_append (p->out, "\"loan\": null");
      return;
    }
  rate = mu_cli_json_number ((double) loan->annual_rate * 100.0 / (double) MU_PERCENT_100);
  g_string_append_printf (p->out, "\"loan\": {\"annual_rate_percent\": %s, ", rate);
  json_money (p, "payment", TRUE, loan->payment);
  g_string_append (p->out, ", ");
  json_money (p, "total_paid", TRUE, loan->total_paid);
  g_string_append (p->out, ", ");
  json_money (p, "total_interest", TRUE, loan->total_interest);
  g_string_append_c (p->out, '}');
}

static void
print_json (Printer *p)
{
  const MuFigures *f = p->figures;
  gboolean any = f->has_financing;
  gboolean installments = any && f->n_installments > 0;
  g_autofree char *name = mu_cli_json_string (p->scenario->name);
  g_autofree char *rate = f->has_bank_return ? mu_cli_json_number (f->bank_return_percent) : g_strdup ("null");
  char owned[16] = "";

  g_string_append_printf (p->out, "{\"name\": %s, \"currency\": \"%s\",\n ", name, p->scenario->currency);
  json_parties (p);
  g_string_append (p->out, ",\n ");
  json_money (p, "bank_received", any, f->bank_received);
  g_string_append (p->out, ", ");
  json_money (p, "buyers_paid", any, f->buyers_paid);
  g_string_append (p->out, ",\n ");
  json_money (p, "installment_usual", installments, f->installment_usual);
  g_string_append (p->out, ", ");
  json_money (p, "installment_largest", installments, f->installment_largest);
  if (g_date_valid (&f->owned_outright_from))
    {
      format_date (&f->owned_outright_from, owned);
      g_string_append_printf (p->out, ",\n \"owned_outright_from\": \"%s\"", owned);
    }
  else
    g_string_append (p->out, ",\n \"owned_outright_from\": null");
  g_string_append_printf (p->out, ",\n \"bank_return_percent\": %s,\n ", rate);
  json_loan (p);
  g_string_append (p->out, "}\n");
}

/* ─── text ────────────────────────────────────────────────────────────── */

static char *
buyer_names (const Printer *p)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint b = 0; b < p->figures->buyer_ids->len; b++)
    {
      int i = mu_scenario_find_partner (p->scenario, g_ptr_array_index (p->figures->buyer_ids, b));

      if (b > 0)
        /* Translators: between the names of two buyers. */
        g_string_append (names, _(", "));
      g_string_append (names, mu_scenario_get_partner (p->scenario, i)->name);
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
text_payments (Printer *p)
{
  const MuFigures *f = p->figures;
  g_autofree char *paid = money (p, f->buyers_paid);
  g_autofree char *received = money (p, f->bank_received);
  g_autofree char *usual = money (p, f->installment_usual);
  g_autofree char *largest = money (p, f->installment_largest);
  g_autofree char *held = money (p, f->bank_held_end);
  char owned[16] = "";

  /* Translators: the buyout and the rent over all periods. */
  g_string_append_printf (p->out, _("The buyers pay the bank in all: %s"), paid);
  g_string_append_c (p->out, '\n');
  /* Translators: its profit, the rent and the buyout over all periods. */
  g_string_append_printf (p->out, _("The bank receives in all: %s"), received);
  g_string_append_c (p->out, '\n');
  if (f->n_installments > 0)
    {
      /* Translators: what the buyers pay together for one installment
       * (buyout and rent): the amount paid most often, and the largest. */
      g_string_append_printf (p->out, _("An installment: usually %s, at most %s"), usual, largest);
      g_string_append_c (p->out, '\n');
    }
  if (g_date_valid (&f->owned_outright_from))
    {
      format_date (&f->owned_outright_from, owned);
      g_string_append_printf (p->out, _("The buyers own everything from %s"), owned);
    }
  else
    g_string_append_printf (p->out, _("The projection ends before the last buyout: the bank still holds %s"), held);
  g_string_append_c (p->out, '\n');
}

static void
text_loan (Printer *p)
{
  const MuLoanFigures *loan = &p->figures->loan;
  g_autofree char *rate = mu_percent_format (loan->annual_rate);
  g_autofree char *payment = money (p, loan->payment);
  g_autofree char *last = money (p, loan->last_payment);
  g_autofree char *total = money (p, loan->total_paid);
  g_autofree char *interest = money (p, loan->total_interest);

  /* Translators: a conventional loan of the bank's contribution, shown
   * only to compare; “%s %%” is its rate a year, %u the number of
   * payments, then the payment, the last one, the total and the interest
   * in it. */
  g_string_append_printf (p->out, ngettext ("For comparison only, since interest is riba: a loan at %s %% a year, "
                                            "%u payment of %s (the last %s), %s in all, of which %s interest",
                                            "For comparison only, since interest is riba: a loan at %s %% a year, "
                                            "%u payments of %s (the last %s), %s in all, of which %s interest",
                                            loan->periods),
                          rate, loan->periods, payment, last, total, interest);
  g_string_append_c (p->out, '\n');
}

static void
print_text (Printer *p)
{
  const MuFigures *f = p->figures;
  g_autofree char *buyers = NULL;

  g_string_append_printf (p->out, "%s (%s)\n", p->scenario->name, p->scenario->currency);
  if (!f->has_financing)
    {
      g_string_append (p->out, _("No bank financing: nothing is bought out, so there are no key figures."));
      g_string_append_c (p->out, '\n');
      return;
    }
  buyers = buyer_names (p);
  /* Translators: the bank's name, then the buyers' names. */
  g_string_append_printf (p->out, _("Bank: %s; buyers: %s"), mu_scenario_get_partner (p->scenario, f->bank)->name,
                          buyers);
  g_string_append_c (p->out, '\n');
  text_payments (p);
  if (f->has_bank_return)
    /* Translators: the internal rate of the bank's cash flows, a year. */
    g_string_append_printf (p->out, _("The bank’s effective annual return: %.2f %%"), f->bank_return_percent);
  else
    g_string_append (p->out, _("The bank’s effective annual return is not defined: no rate balances its cash flows"));
  g_string_append_c (p->out, '\n');
  if (f->has_loan)
    text_loan (p);
}

int
mu_cli_figures (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — print the key figures of a scenario"));
  g_autofree char *format_text = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, N_("Output format: text or json"), "FORMAT" },
    { NULL }
  };
  g_autoptr(MuScenario) scenario = NULL;
  g_autoptr(MuResult) result = NULL;
  g_autoptr(MuFigures) figures = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  MuCliFormat format;
  Printer printer;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!mu_cli_parse_options (context, &argc, &argv, 1) ||
      !mu_cli_parse_format (format_text, FALSE, &format))
    return MU_CLI_BAD_INPUT;

  if ((result = mu_cli_run (argv[1], &scenario)) == NULL)
    return MU_CLI_BAD_INPUT;
  if ((figures = mu_figures_compute (scenario, result, &error)) == NULL)
    {
      mu_cli_error ("%s: %s", argv[1], error->message);
      return MU_CLI_BAD_INPUT;
    }

  printer = (Printer) { scenario, figures, mu_scenario_get_exponent (scenario), out };
  if (format == MU_CLI_FORMAT_JSON)
    print_json (&printer);
  else
    print_text (&printer);

  fwrite (out->str, 1, out->len, stdout);
  return MU_CLI_OK;
}
