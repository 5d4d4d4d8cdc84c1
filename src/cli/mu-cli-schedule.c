/* mu-cli-schedule.c — musharaka-cli schedule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mu-cli.h"
#include "mu-schedule-csv.h"

typedef struct
{
  const MuScenario *scenario;
  const MuResult   *result;
  guint             exponent;
  GString          *out;
} Printer;

static char *
money (const Printer *p,
       MuMoney        amount)
{
  return mu_decimal_format (amount, p->exponent);
}

static void
print_date (GString     *out,
            const GDate *date)
{
  char text[11] = "";

  mu_date_format_iso (date, text);
  g_string_append (out, text);
}

static void
json_money (Printer    *p,
            const char *key,
            MuMoney     amount,
            gboolean    last)
{
  g_autofree char *text = money (p, amount);

  g_string_append_printf (p->out, "\"%s\": \"%s\"%s", key, text, last ? "" : ", ");
}

static void
print_json (Printer *p)
{
  const MuResult *r = p->result;
  g_autofree char *name = mu_cli_json_string (p->scenario->name);

  g_string_append_printf (p->out, "{\"name\": %s, \"currency\": \"%s\",\n \"periods\": [\n",
                          name, p->scenario->currency);
  for (guint t = 1; t <= r->n_periods; t++)
    {
      const MuPeriodResult *row = &r->periods[t - 1];

      g_string_append_printf (p->out, "  {\"period\": %u, \"start\": \"", t);
      print_date (p->out, &row->start);
      g_string_append (p->out, "\", \"end\": \"");
      print_date (p->out, &row->end);
      g_string_append (p->out, "\",\n   ");
      json_money (p, "profit", row->profit, FALSE);
      json_money (p, "buyout", row->buyout, FALSE);
      /* One installment's units are bought at once, at this price. */
      if (row->units > 0)
        json_money (p, "unit_price", row->buyout, FALSE);
      else
        g_string_append (p->out, "\"unit_price\": null, ");
      json_money (p, "rent", row->rent, FALSE);
      json_money (p, "costs", row->costs, FALSE);
      json_money (p, "uncovered_loss", row->uncovered_loss, TRUE);
      g_string_append (p->out, ",\n   \"partners\": {");
      for (guint i = 0; i < r->n_partners; i++)
        {
          const MuPartnerPeriod *cell = &row->partners[i];
          g_autofree char *id = mu_cli_json_string (mu_scenario_get_partner (p->scenario, i)->id);
          g_autofree char *ownership = mu_cli_json_number (mu_result_ownership_percent (r, t, i));
          g_autofree char *share = mu_cli_json_number (cell->profit_percent);

          g_string_append_printf (p->out, "%s\n    %s: {\"ownership_percent\": %s, \"profit_percent\": %s, ",
                                  i > 0 ? "," : "", id, ownership, share);
          json_money (p, "profit", cell->profit, FALSE);
          json_money (p, "loss", cell->loss, FALSE);
          json_money (p, "restored", cell->restored, FALSE);
          json_money (p, "unrecovered", cell->unrecovered, FALSE);
          json_money (p, "stake_end", cell->stake_end, FALSE);
          json_money (p, "paid", cell->paid, TRUE);
          g_string_append_c (p->out, '}');
        }
      g_string_append_printf (p->out, "}}%s\n", t < r->n_periods ? "," : "");
    }

  g_string_append (p->out, " ],\n \"totals\": {");
  json_money (p, "profit", r->total_profit, FALSE);
  json_money (p, "buyout", r->total_buyout, FALSE);
  json_money (p, "rent", r->total_rent, FALSE);
  g_string_append (p->out, "\n   \"partners\": {");
  for (guint i = 0; i < r->n_partners; i++)
    {
      g_autofree char *id = mu_cli_json_string (mu_scenario_get_partner (p->scenario, i)->id);

      g_string_append_printf (p->out, "%s\n    %s: {", i > 0 ? "," : "", id);
      json_money (p, "profit", r->partner_profit[i], FALSE);
      json_money (p, (int) i == r->bank ? "received" : "paid", r->partner_paid[i], TRUE);
      g_string_append_c (p->out, '}');
    }
  g_string_append (p->out, "}}}\n");
}

/* The width a terminal gives @text, for names in any script. */
static int
display_width (const char *text)
{
  int width = 0;

  for (const char *c = text; *c != '\0'; c = g_utf8_next_char (c))
    {
      gunichar ch = g_utf8_get_char (c);

      if (!g_unichar_iszerowidth (ch))
        width += g_unichar_iswide (ch) ? 2 : 1;
    }
  return width;
}

static void
print_text (Printer *p)
{
  const MuResult *r = p->result;
  int name_width = 0;

  for (guint i = 0; i < r->n_partners; i++)
    name_width = MAX (name_width, display_width (mu_scenario_get_partner (p->scenario, i)->name));

  g_string_append_printf (p->out, "%s (%s)\n", p->scenario->name, p->scenario->currency);
  for (guint t = 1; t <= r->n_periods; t++)
    {
      const MuPeriodResult *row = &r->periods[t - 1];
      g_autofree char *profit = money (p, row->profit);
      g_autofree char *buyout = money (p, row->buyout);
      g_autofree char *rent = money (p, row->rent);

      g_string_append_c (p->out, '\n');
      /* Translators: a period's heading in the schedule: the number, the
       * first and last day, and the amounts of the whole period. */
      g_string_append_printf (p->out, _("Period %u"), t);
      g_string_append (p->out, "  ");
      print_date (p->out, &row->start);
      g_string_append (p->out, " – ");
      print_date (p->out, &row->end);
      g_string_append_printf (p->out, "  ");
      g_string_append_printf (p->out, _("profit %s, buyout %s, rent %s"), profit, buyout, rent);
      g_string_append_c (p->out, '\n');

      for (guint i = 0; i < r->n_partners; i++)
        {
          const MuPartnerPeriod *cell = &row->partners[i];
          const char *partner = mu_scenario_get_partner (p->scenario, i)->name;
          g_autofree char *part = money (p, cell->profit);
          g_autofree char *stake = money (p, cell->stake_end);
          g_autofree char *paid = money (p, cell->paid);

          g_string_append_printf (p->out, "  %s%*s  ", partner, name_width - display_width (partner), "");
          g_string_append_printf (p->out, _("owns %6.2f %%  profit %s (%.2f %%)  stake after %s  pays or receives %s"),
                                  mu_result_ownership_percent (r, t, i), part, cell->profit_percent, stake, paid);
          g_string_append_c (p->out, '\n');
        }
    }

  {
    g_autofree char *profit = money (p, r->total_profit);
    g_autofree char *buyout = money (p, r->total_buyout);
    g_autofree char *rent = money (p, r->total_rent);

    g_string_append_c (p->out, '\n');
    g_string_append_printf (p->out, _("Total: profit %s, buyout %s, rent %s"), profit, buyout, rent);
    g_string_append_c (p->out, '\n');
  }
}

int
mu_cli_schedule (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — print the schedule of a scenario"));
  g_autofree char *format_text = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, N_("Output format: text, csv or json"), "FORMAT" },
    { NULL }
  };
  g_autoptr(MuScenario) scenario = NULL;
  g_autoptr(MuResult) result = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  MuCliFormat format;
  Printer printer;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!mu_cli_parse_options (context, &argc, &argv, 1) ||
      !mu_cli_parse_format (format_text, TRUE, &format))
    return MU_CLI_BAD_INPUT;

  if ((result = mu_cli_run (argv[1], &scenario)) == NULL)
    return MU_CLI_BAD_INPUT;

  printer = (Printer) { scenario, result, mu_scenario_get_exponent (scenario), out };
  if (format == MU_CLI_FORMAT_CSV)
    {
      g_autofree char *csv = mu_schedule_to_csv (scenario, result);

      g_string_append (out, csv);
    }
  else if (format == MU_CLI_FORMAT_JSON)
    print_json (&printer);
  else
    print_text (&printer);

  fwrite (out->str, 1, out->len, stdout);
  return MU_CLI_OK;
}
