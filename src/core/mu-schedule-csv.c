/* mu-schedule-csv.c — the schedule as CSV, for spreadsheets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-core"

#include "config.h"

#include <string.h>

#include "mu-schedule-csv.h"

static void
print_date (GString     *out,
            const GDate *date)
{
  char text[11] = "";

  mu_date_format_iso (date, text);
  g_string_append (out, text);
}

/* At most four decimals and at least one: 71.4286, 70.0. */
char *
mu_percent_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *end;

  g_ascii_formatd (buffer, sizeof buffer, "%.4f", value);
  end = buffer + strlen (buffer) - 1;
  while (*end == '0' && end[-1] != '.')
    *end-- = '\0';
  if (strcmp (buffer, "-0.0") == 0)
    return g_strdup ("0.0");
  return g_strdup (buffer);
}

/* One CSV field, quoted when it must be (RFC 4180). */
static void
csv_field (GString    *out,
           const char *text,
           gboolean    last)
{
  if (strpbrk (text, ",\"\r\n") != NULL)
    {
      g_string_append_c (out, '"');
      for (const char *c = text; *c != '\0'; c++)
        {
          if (*c == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *c);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, text);
  g_string_append (out, last ? "\r\n" : ",");
}

char *
mu_schedule_to_csv (const MuScenario *scenario,
                    const MuResult   *result)
{
  GString *out = g_string_new (NULL);
  guint exponent = mu_scenario_get_exponent (scenario);
  static const char * const partner_columns[] = {
    "ownership_percent", "profit_percent", "profit", "loss", "restored", "unrecovered", "stake_end", "paid"
  };
  static const char * const period_columns[] = {
    "period", "start", "end", "profit", "buyout", "unit_price", "rent", "costs", "uncovered_loss"
  };
  const MuResult *r = result;

  for (guint c = 0; c < G_N_ELEMENTS (period_columns); c++)
    csv_field (out, period_columns[c], r->n_partners == 0 && c + 1 == G_N_ELEMENTS (period_columns));
  for (guint i = 0; i < r->n_partners; i++)
    for (guint c = 0; c < G_N_ELEMENTS (partner_columns); c++)
      {
        g_autofree char *name = g_strdup_printf ("%s_%s", mu_scenario_get_partner (scenario, i)->id,
                                                 partner_columns[c]);

        csv_field (out, name, i + 1 == r->n_partners && c + 1 == G_N_ELEMENTS (partner_columns));
      }

  for (guint t = 1; t <= r->n_periods; t++)
    {
      const MuPeriodResult *row = &r->periods[t - 1];
      g_autofree char *profit = mu_decimal_format (row->profit, exponent);
      g_autofree char *buyout = mu_decimal_format (row->buyout, exponent);
      g_autofree char *rent = mu_decimal_format (row->rent, exponent);
      /* Empty where no units are bought. */
      g_autofree char *unit_price = row->units > 0 ? mu_decimal_format (row->buyout, exponent) : g_strdup ("");
      g_autofree char *costs = mu_decimal_format (row->costs, exponent);
      g_autofree char *uncovered = mu_decimal_format (row->uncovered_loss, exponent);

      g_string_append_printf (out, "%u,", t);
      print_date (out, &row->start);
      g_string_append_c (out, ',');
      print_date (out, &row->end);
      g_string_append_printf (out, ",%s,%s,%s,%s,%s,%s", profit, buyout, unit_price, rent, costs, uncovered);
      for (guint i = 0; i < r->n_partners; i++)
        {
          const MuPartnerPeriod *cell = &row->partners[i];
          g_autofree char *ownership = mu_percent_number (mu_result_ownership_percent (r, t, i));
          g_autofree char *share = mu_percent_number (cell->profit_percent);
          g_autofree char *part = mu_decimal_format (cell->profit, exponent);
          g_autofree char *loss = mu_decimal_format (cell->loss, exponent);
          g_autofree char *restored = mu_decimal_format (cell->restored, exponent);
          g_autofree char *unrecovered = mu_decimal_format (cell->unrecovered, exponent);
          g_autofree char *stake = mu_decimal_format (cell->stake_end, exponent);
          g_autofree char *paid = mu_decimal_format (cell->paid, exponent);

          g_string_append_printf (out, ",%s,%s,%s,%s,%s,%s,%s,%s", ownership, share, part, loss, restored,
                                  unrecovered, stake, paid);
        }
      g_string_append (out, "\r\n");
    }
  return g_string_free (out, FALSE);
}
