/* mu-schedule-csv.c — the schedule as CSV, for spreadsheets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mu-schedule-csv.h"

#define N_PERIOD_COLUMNS  9
#define N_PARTNER_COLUMNS 8

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

/* One CSV field, quoted when it must be (RFC 4180) — and when it holds
 * a semicolon, which a spreadsheet set to a decimal comma splits on. */
static void
csv_field (GString    *out,
           const char *text,
           gboolean    last)
{
  if (strpbrk (text, ",;\"\r\n") != NULL)
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

/* The header of stable ids, for scripts: "period", "bank_paid". */
static void
header_ids (GString          *out,
            const MuScenario *scenario,
            guint             n_partners)
{
  static const char * const period_columns[N_PERIOD_COLUMNS] = {
    "period", "start", "end", "profit", "buyout", "unit_price", "rent", "costs", "uncovered_loss"
  };
  static const char * const partner_columns[N_PARTNER_COLUMNS] = {
    "ownership_percent", "profit_percent", "profit", "loss", "restored", "unrecovered", "stake_end", "paid"
  };

  for (guint c = 0; c < N_PERIOD_COLUMNS; c++)
    csv_field (out, period_columns[c], n_partners == 0 && c + 1 == N_PERIOD_COLUMNS);
  for (guint i = 0; i < n_partners; i++)
    for (guint c = 0; c < N_PARTNER_COLUMNS; c++)
      {
        g_autofree char *name = g_strdup_printf ("%s_%s", mu_scenario_get_partner (scenario, i)->id,
                                                 partner_columns[c]);

        csv_field (out, name, i + 1 == n_partners && c + 1 == N_PARTNER_COLUMNS);
      }
}

/* The partner's columns named for a reader: "Bank: receives". */
static char *
partner_column_name (const char *name,
                     guint       column,
                     gboolean    bank)
{
  switch (column)
    {
    case 0:
      /* Translators: a CSV column; %s is a partner's name, %% the percent sign. */
      return g_strdup_printf (_("%s: owns, %%"), name);
    case 1:
      /* Translators: a CSV column; %s is a partner's name, %% the percent sign. */
      return g_strdup_printf (_("%s: profit share, %%"), name);
    case 2:
      /* Translators: a CSV column; %s is a partner's name. */
      return g_strdup_printf (_("%s: profit"), name);
    case 3:
      /* Translators: a CSV column; %s is a partner's name. */
      return g_strdup_printf (_("%s: loss"), name);
    case 4:
      /* Translators: a CSV column: the partner's earlier losses made good from this period's profit. */
      return g_strdup_printf (_("%s: loss made good"), name);
    case 5:
      /* Translators: a CSV column: the partner's losses not made good at the period's end. */
      return g_strdup_printf (_("%s: loss not yet made good"), name);
    case 6:
      /* Translators: a CSV column: what the partner holds after the period's buyout. */
      return g_strdup_printf (_("%s: stake after the buyout"), name);
    default:
      if (bank)
        /* Translators: a CSV column: what the bank receives in the period. */
        return g_strdup_printf (_("%s: receives"), name);
      /* Translators: a CSV column: what the partner pays in the period. */
      return g_strdup_printf (_("%s: pays"), name);
    }
}

/* The header in the user's language, the partners by name. */
static void
header_names (GString          *out,
              const MuScenario *scenario,
              const MuResult   *result)
{
  const char *period_columns[N_PERIOD_COLUMNS] = {
    /* Translators: CSV columns of the schedule. */
    _("Period"), _("Start"), _("End"), _("Profit"), _("Buyout"), _("Unit price"), _("Rent"),
    /* Translators: CSV column: the ownership costs of the period. */
    _("Costs"),
    /* Translators: CSV column: the part of a loss beyond the partners' capital. */
    _("Loss beyond capital")
  };

  for (guint c = 0; c < N_PERIOD_COLUMNS; c++)
    csv_field (out, period_columns[c], result->n_partners == 0 && c + 1 == N_PERIOD_COLUMNS);
  for (guint i = 0; i < result->n_partners; i++)
    for (guint c = 0; c < N_PARTNER_COLUMNS; c++)
      {
        g_autofree char *name = partner_column_name (mu_scenario_get_partner (scenario, i)->name, c,
                                                     (int) i == result->bank);

        csv_field (out, name, i + 1 == result->n_partners && c + 1 == N_PARTNER_COLUMNS);
      }
}

/* The rows, a period each; the same under either header. */
static void
csv_rows (GString          *out,
          const MuScenario *scenario,
          const MuResult   *r)
{
  guint exponent = mu_scenario_get_exponent (scenario);

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
}

/* The schedule as CSV with @header: ids that stay the same in every
 * language (the command line's), or names a reader understands (the
 * window's export). */
char *
mu_schedule_csv_write (const MuScenario    *scenario,
                       const MuResult      *result,
                       MuScheduleCsvHeader  header)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (scenario != NULL && result != NULL, NULL);

  if (header == MU_SCHEDULE_CSV_NAMES)
    header_names (out, scenario, result);
  else
    header_ids (out, scenario, result->n_partners);
  csv_rows (out, scenario, result);
  return g_string_free (out, FALSE);
}

char *
mu_schedule_to_csv (const MuScenario *scenario,
                    const MuResult   *result)
{
  return mu_schedule_csv_write (scenario, result, MU_SCHEDULE_CSV_IDS);
}
