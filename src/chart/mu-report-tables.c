/* mu-report-tables.c — the schedule's tables in the report: their
 * columns, cells and totals
 *
 * A table's columns are as wide as their numbers; a title longer than its
 * column wraps over as many lines as it needs, and the columns of one
 * partner stand under its name, which spans them. Nothing is shortened.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-chart"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mu-report-private.h"

static void
column_free (MuReportColumn *column)
{
  g_free (column->group);
  g_free (column->title);
  g_free (column);
}

static void
add_column (MuReportTable *table,
            const char    *group,
            const char    *title,
            gboolean       number)
{
  MuReportColumn *column = g_new0 (MuReportColumn, 1);

  column->group = g_strdup (group);
  column->title = g_strdup (title);
  column->number = number;
  g_ptr_array_add (table->columns, column);
}

guint
mu_report_n_tables (const MuReport *report)
{
  return 1 + (report->result->n_partners + PARTNERS_PER_TABLE - 1) / PARTNERS_PER_TABLE;
}

/* The partners of table @table, 1-based, from @first to before @end: as
 * many in each table as the others, give or take one — four partners are
 * two tables of two, not three and one alone across the page. */
static void
partners_of (const MuReport *report,
             guint           table,
             guint          *first,
             guint          *end)
{
  guint n = report->result->n_partners;
  guint tables = mu_report_n_tables (report) - 1;
  guint each = n / tables, more = n % tables, g = table - 1;

  *first = g * each + MIN (g, more);
  *end = *first + each + (g < more ? 1 : 0);
}

/* The columns of table @table: the schedule (0), or a group of partners. */
MuReportTable *
mu_report_table_new (MuReport *report,
                     guint     table)
{
  const MuResult *result = report->result;
  MuReportTable *t = g_new0 (MuReportTable, 1);
  guint first, end;

  t->columns = g_ptr_array_new_with_free_func ((GDestroyNotify) column_free);
  /* The schedule says, as the window's, who owns what once the last unit
   * is bought: there the bank's share is 0 %. */
  t->owned_row = table == 0 && result->bank >= 0 ? result->n_periods : G_MAXUINT;
  t->n_rows = result->n_periods + (t->owned_row != G_MAXUINT ? 2 : 1);
  add_column (t, NULL, _("Period"), TRUE);
  if (table == 0)
    {
      add_column (t, NULL, _("Dates"), FALSE);
      add_column (t, NULL, _("Profit"), TRUE);
      if (result->bank >= 0)
        {
          const char *bank = mu_scenario_get_partner (report->scenario, result->bank)->name;

          add_column (t, NULL, _("Buyout"), TRUE);
          add_column (t, NULL, _("Rent"), TRUE);
          /* Translators: a column of the schedule: the units' price and the rent together. */
          add_column (t, NULL, _("Buyers pay"), TRUE);
          /* Translators: a column under the bank's name: its share of the capital. */
          add_column (t, bank, _("owns"), TRUE);
          /* Translators: a column under the bank's name: what it receives in the period. */
          add_column (t, bank, _("receives"), TRUE);
        }
      return t;
    }
  partners_of (report, table, &first, &end);
  for (guint i = first; i < end; i++)
    {
      const char *name = mu_scenario_get_partner (report->scenario, i)->name;

      /* Translators: a column under a partner's name: its share of the capital. */
      add_column (t, name, _("share"), TRUE);
      /* Translators: a column under a partner's name: the profit or loss of the period. */
      add_column (t, name, _("profit"), TRUE);
    }
  return t;
}

void
mu_report_table_free (MuReportTable *table)
{
  if (table == NULL)
    return;
  g_ptr_array_unref (table->columns);
  g_free (table);
}

/* An amount of period t for partner i, FALSE beyond what the money holds. */
typedef gboolean (*PeriodAmount) (const MuReport *report,
                                  guint           t,
                                  guint           i,
                                  MuMoney        *amount);

static gboolean
period_profit (const MuReport *report, guint t, G_GNUC_UNUSED guint i, MuMoney *amount)
{
  *amount = report->result->periods[t - 1].profit;
  return TRUE;
}

static gboolean
period_buyout (const MuReport *report, guint t, G_GNUC_UNUSED guint i, MuMoney *amount)
{
  *amount = report->result->periods[t - 1].buyout;
  return TRUE;
}

static gboolean
period_rent (const MuReport *report, guint t, G_GNUC_UNUSED guint i, MuMoney *amount)
{
  *amount = report->result->periods[t - 1].rent;
  return TRUE;
}

/* What the buyers pay the bank: the units' price and the rent. */
static gboolean
period_buyers_pay (const MuReport *report, guint t, G_GNUC_UNUSED guint i, MuMoney *amount)
{
  const MuPeriodResult *row = &report->result->periods[t - 1];

  return mu_money_add (row->buyout, row->rent, amount, NULL);
}

static gboolean
period_paid (const MuReport *report, guint t, guint i, MuMoney *amount)
{
  *amount = mu_result_get (report->result, t, i)->paid;
  return TRUE;
}

/* What the period brought a partner: a loss borne shows as negative. */
static gboolean
period_result (const MuReport *report, guint t, guint i, MuMoney *amount)
{
  *amount = mu_partner_period_result (mu_result_get (report->result, t, i));
  return TRUE;
}

static char *
money_cell (const MuReport *report,
            gboolean        known,
            MuMoney         amount)
{
  return known ? mu_chart_format_money (amount, mu_scenario_get_exponent (report->scenario)) : g_strdup ("");
}

/* A period's amount, or after the last period their sum. */
static char *
amount_cell (const MuReport *report,
             PeriodAmount    amount,
             guint           t,
             guint           i)
{
  MuMoney total = 0, value = 0;

  if (t <= report->result->n_periods)
    {
      gboolean known = amount (report, t, i, &value);

      return money_cell (report, known, value);
    }
  for (guint p = 1; p <= report->result->n_periods; p++)
    if (!amount (report, p, i, &value) || !mu_money_add (total, value, &total, NULL))
      return money_cell (report, FALSE, 0);
  return money_cell (report, TRUE, total);
}

static void
schedule_cells (MuReport  *report,
                guint      t,
                gboolean   totals,
                GPtrArray *cells)
{
  const MuResult *result = report->result;
  char start[32], end[32];

  if (totals)
    g_ptr_array_add (cells, g_strdup (""));
  else
    {
      g_date_strftime (start, sizeof start, "%x", &result->periods[t - 1].start);
      g_date_strftime (end, sizeof end, "%x", &result->periods[t - 1].end);
      g_ptr_array_add (cells, g_strdup_printf ("%s – %s", start, end));
    }
  g_ptr_array_add (cells, amount_cell (report, period_profit, t, 0));
  if (result->bank < 0)
    return;
  g_ptr_array_add (cells, amount_cell (report, period_buyout, t, 0));
  g_ptr_array_add (cells, amount_cell (report, period_rent, t, 0));
  g_ptr_array_add (cells, amount_cell (report, period_buyers_pay, t, 0));
  /* A share of the capital is not summed. */
  g_ptr_array_add (cells, totals ? g_strdup ("")
                                 : mu_chart_format_percent (mu_result_ownership_percent (result, t, result->bank)));
  g_ptr_array_add (cells, amount_cell (report, period_paid, t, result->bank));
}

/* The last buyout's period, or the projection's last if it ends first
 * and the bank still owns a share; @complete says which. */
static guint
owned_period (const MuResult *result,
              gboolean       *complete)
{
  guint period = result->last_buyout > 0 ? result->last_buyout : result->n_periods;

  *complete = mu_result_get (result, period, result->bank)->stake_end == 0;
  return *complete ? period : result->n_periods;
}

/* Who owns what after the last buyout: the dates say from when, the
 * bank's share what is left of it — 0 % unless the projection ends first. */
static void
owned_cells (MuReport  *report,
             GPtrArray *cells)
{
  const MuResult *result = report->result;
  gboolean complete;
  guint period = owned_period (result, &complete);
  GDate from = result->periods[period - 1].end;
  MuMoney pool = 0;
  char date[64] = "";
  char *text;

  if (complete)
    g_date_add_days (&from, 1);
  g_date_strftime (date, sizeof date, "%x", &from);
  /* The window's words, on one line here. */
  if (complete)
    /* Translators: the last row of the schedule, who owns what once the
     * bank's last unit is bought, on two lines no wider than the dates
     * above; %s is the first day of it. */
    text = g_strdup_printf (_("After the last buyout,\nfrom %s"), date);
  else
    /* Translators: the last row of the schedule when the projection
     * ends before the last buyout, on two lines no wider than the dates
     * above; %s is the projection's last day. */
    text = g_strdup_printf (_("Not all bought out\non %s"), date);
  g_ptr_array_add (cells, g_strdup (""));
  g_ptr_array_add (cells, g_strdelimit (text, "\n", ' '));
  for (guint c = 0; c < 4; c++)
    g_ptr_array_add (cells, g_strdup (""));
  /* The stakes after a buyout are parts of the pool before it: they fit. */
  for (guint i = 0; i < result->n_partners; i++)
    pool += mu_result_get (result, period, i)->stake_end;
  g_ptr_array_add (cells, mu_chart_format_percent (mu_ratio_percent (mu_result_get (result, period, result->bank)->stake_end,
                                                                     pool)));
  g_ptr_array_add (cells, g_strdup (""));
}

/* The cells of @row: a period's, the ownership after them, or the totals. */
void
mu_report_table_cells (MuReport  *report,
                       guint      table,
                       guint      row,
                       GPtrArray *cells)
{
  const MuResult *result = report->result;
  const MuReportTable *t_of = g_ptr_array_index (report->tables, table);
  gboolean totals = row + 1 == t_of->n_rows;
  guint t = totals ? result->n_periods + 1 : row + 1;
  guint first, end;

  if (row == t_of->owned_row)
    {
      owned_cells (report, cells);
      return;
    }

  /* Translators: the first cell of a table's last row, the sum of each column. */
  g_ptr_array_add (cells, totals ? g_strdup (_("Total")) : g_strdup_printf ("%u", t));
  if (table == 0)
    {
      schedule_cells (report, t, totals, cells);
      return;
    }
  partners_of (report, table, &first, &end);
  for (guint i = first; i < end; i++)
    {
      g_ptr_array_add (cells, totals ? g_strdup ("") : mu_chart_format_percent (mu_result_ownership_percent (result, t, i)));
      g_ptr_array_add (cells, amount_cell (report, period_result, t, i));
    }
}
