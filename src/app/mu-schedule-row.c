/* mu-schedule-row.c — a row of the schedule table, and what its cells say
 *
 * A row stands for a period, a calendar year of them, the ownership once
 * the last buyout is paid, or the schedule's totals. Its cells are read
 * from the result each time they are shown: a new schedule of the same
 * shape keeps its rows.
 *
 * Money is summed in minor units, exactly; percentages are never summed.
 * The bank's share in a period's row is what it owns during the period —
 * the article's count — so the row of ownership after the last buyout is
 * the one that shows it at 0 %.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-chart.h"
#include "mu-input.h"
#include "mu-schedule-row.h"

G_DEFINE_FINAL_TYPE (MuScheduleRow, mu_schedule_row, G_TYPE_OBJECT)

static const char * const column_titles[MU_SCHEDULE_N_COLUMNS] = {
  N_("Period"),
  N_("Dates"),
  N_("Bank owns"),
  N_("Profit"),
  /* Translators: a column of the schedule: the loss the partners bear in a period. */
  N_("Loss"),
  /* Translators: a column of the schedule: earlier losses made good from a period's profit. */
  N_("Made good"),
  /* Translators: a column of the schedule: the losses not yet made good at a period's end. */
  N_("Not yet made good"),
  N_("Buyout"),
  N_("Rent"),
  /* Translators: a column of the schedule: buyout and rent, what the buyers pay the bank. */
  N_("Buyers pay"),
  /* Translators: a column of the schedule: the ownership costs (takaful, maintenance, fees). */
  N_("Costs"),
  N_("Bank receives"),
};

static void
mu_schedule_row_class_init (MuScheduleRowClass *klass)
{
}

static void
mu_schedule_row_init (MuScheduleRow *self)
{
}

MuScheduleRow *
mu_schedule_row_new (MuScheduleRowKind kind,
                     guint             first,
                     guint             last,
                     guint             year)
{
  MuScheduleRow *row = g_object_new (MU_TYPE_SCHEDULE_ROW, NULL);

  row->kind = kind;
  row->first = first;
  row->last = last;
  row->year = year;
  return row;
}

const char *
mu_schedule_column_title (MuScheduleColumn column)
{
  g_return_val_if_fail (column < MU_SCHEDULE_N_COLUMNS, NULL);
  return _(column_titles[column]);
}

/* The period whose buyout the row of ownership follows: the last
 * buyout's, or the projection's last period when it ends first
 * (@complete is then FALSE). 0 without financing. */
guint
mu_schedule_owned_period (const MuResult *result,
                          gboolean       *complete)
{
  guint period;

  g_return_val_if_fail (result != NULL, 0);

  if (result->bank < 0 || result->n_periods == 0)
    return 0;
  period = result->last_buyout > 0 ? result->last_buyout : result->n_periods;
  *complete = mu_result_get (result, period, result->bank)->stake_end == 0;
  if (!*complete)
    period = result->n_periods;
  return period;
}

/* The sum of the partners' @column in @period: their loss, what was
 * made good of it, or what is not yet. Parts of one period's loss, or of
 * the losses borne so far: they fit. */
static MuMoney
partners_sum (const MuResult   *result,
              guint             period,
              MuScheduleColumn  column)
{
  MuMoney sum = 0;

  for (guint i = 0; i < result->n_partners; i++)
    {
      const MuPartnerPeriod *cell = mu_result_get (result, period, i);

      sum += column == MU_SCHEDULE_COLUMN_LOSS ? cell->loss
             : column == MU_SCHEDULE_COLUMN_RESTORED ? cell->restored
             : cell->unrecovered;
    }
  return sum;
}

/* Whether @period has something to show in an optional column. */
static gboolean
period_has (const MuResult   *result,
            guint             period,
            MuScheduleColumn  column)
{
  switch (column)
    {
    case MU_SCHEDULE_COLUMN_RENT:
      return result->periods[period - 1].rent != 0;
    case MU_SCHEDULE_COLUMN_COSTS:
      return result->periods[period - 1].costs != 0;
    default:
      return partners_sum (result, period, MU_SCHEDULE_COLUMN_LOSS) != 0 ||
             partners_sum (result, period, MU_SCHEDULE_COLUMN_UNRECOVERED) != 0;
    }
}

/* Whether an optional column has anything to show: the losses when
 * there are any, the rent and the costs when there are some. Without
 * rent the buyers pay the buyout, and the table is narrower by a column
 * of zeros. */
gboolean
mu_schedule_column_is_shown (MuScheduleColumn  column,
                             const MuResult   *result)
{
  g_return_val_if_fail (column < MU_SCHEDULE_N_COLUMNS, FALSE);

  if (column != MU_SCHEDULE_COLUMN_LOSS && column != MU_SCHEDULE_COLUMN_RESTORED &&
      column != MU_SCHEDULE_COLUMN_UNRECOVERED && column != MU_SCHEDULE_COLUMN_RENT &&
      column != MU_SCHEDULE_COLUMN_COSTS)
    return TRUE;
  for (guint t = 1; result != NULL && t <= result->n_periods; t++)
    if (period_has (result, t, column))
      return TRUE;
  return FALSE;
}

/* @column's money in @period. */
static gboolean
period_amount (const MuResult    *result,
               guint              period,
               MuScheduleColumn   column,
               MuMoney           *amount)
{
  const MuPeriodResult *row = &result->periods[period - 1];

  switch (column)
    {
    case MU_SCHEDULE_COLUMN_PROFIT:
      *amount = row->profit;
      return TRUE;
    case MU_SCHEDULE_COLUMN_BUYOUT:
      *amount = row->buyout;
      return TRUE;
    case MU_SCHEDULE_COLUMN_RENT:
      *amount = row->rent;
      return TRUE;
    case MU_SCHEDULE_COLUMN_BUYERS_PAY:
      /* As the key figures count it: their part of the costs apart. */
      return mu_money_add (row->buyout, row->rent, amount, NULL);
    case MU_SCHEDULE_COLUMN_COSTS:
      *amount = row->costs;
      return TRUE;
    case MU_SCHEDULE_COLUMN_BANK_RECEIVES:
      *amount = mu_result_get (result, period, result->bank)->paid;
      return TRUE;
    case MU_SCHEDULE_COLUMN_LOSS:
    case MU_SCHEDULE_COLUMN_RESTORED:
    case MU_SCHEDULE_COLUMN_UNRECOVERED:
      *amount = partners_sum (result, period, column);
      return TRUE;
    case MU_SCHEDULE_COLUMN_PERIOD:
    case MU_SCHEDULE_COLUMN_DATES:
    case MU_SCHEDULE_COLUMN_BANK_SHARE:
    case MU_SCHEDULE_N_COLUMNS:
    default:
      g_return_val_if_reached (FALSE);
    }
}

/* @column's money over periods @first to @last, summed exactly; what is
 * not yet made good is a balance, not a flow: the last period's. */
static char *
amount_text (const MuResult   *result,
             guint             first,
             guint             last,
             MuScheduleColumn  column,
             guint             exponent)
{
  MuMoney sum = 0;

  if (result->bank < 0 && (column == MU_SCHEDULE_COLUMN_BANK_RECEIVES || column == MU_SCHEDULE_COLUMN_BUYERS_PAY))
    return g_strdup ("—");
  if (column == MU_SCHEDULE_COLUMN_UNRECOVERED)
    first = last;
  for (guint t = first; t <= last; t++)
    {
      MuMoney amount;

      if (!period_amount (result, t, column, &amount) || !mu_money_add (sum, amount, &sum, NULL))
        return g_strdup ("—");
    }
  return mu_input_format_amount (sum, exponent);
}

/* Dates as the form's fields write them, in the locale's order. */
static char *
date_text (const GDate *date)
{
  return mu_input_format_date (date);
}

static char *
dates_text (const GDate *start,
            const GDate *end)
{
  g_autofree char *first = date_text (start);
  g_autofree char *last = date_text (end);

  return g_strdup_printf ("%s – %s", first, last);
}

/* What the row of ownership says of itself, in its cell of dates. */
static char *
owned_text (const MuResult *result)
{
  gboolean complete = FALSE;
  guint period = mu_schedule_owned_period (result, &complete);
  GDate from;
  g_autofree char *date = NULL;

  if (period == 0)
    return g_strdup ("");
  from = result->periods[period - 1].end;
  if (!complete)
    {
      date = date_text (&from);
      /* Translators: the last row of the schedule when the projection
       * ends before the last buyout, on two lines no wider than the
       * dates above; %s is the projection's last day. */
      return g_strdup_printf (_("Not all bought out\non %s"), date);
    }
  g_date_add_days (&from, 1);
  date = date_text (&from);
  /* Translators: the last row of the schedule, who owns what once the
   * bank's last unit is bought, on two lines no wider than the dates
   * above; %s is the first day of it. */
  return g_strdup_printf (_("After the last buyout,\nfrom %s"), date);
}

/* The bank's share of ownership once @period's buyout is paid. */
static double
owned_percent (const MuResult *result,
               guint           period)
{
  MuMoney pool = 0;

  /* The stakes after a buyout are parts of the pool before it: they fit. */
  for (guint i = 0; i < result->n_partners; i++)
    pool += mu_result_get (result, period, i)->stake_end;
  return mu_ratio_percent (mu_result_get (result, period, result->bank)->stake_end, pool);
}

static char *
bank_share_text (const MuScheduleRow *row,
                 const MuResult      *result)
{
  gboolean complete;

  if (result->bank < 0)
    return g_strdup ("—");
  if (row->kind == MU_SCHEDULE_ROW_TOTAL)
    return g_strdup ("");
  if (row->kind == MU_SCHEDULE_ROW_OWNED)
    {
      guint period = mu_schedule_owned_period (result, &complete);

      return period > 0 ? mu_chart_format_percent (owned_percent (result, period)) : g_strdup ("");
    }
  return mu_chart_format_percent (mu_result_ownership_percent (result, row->last, result->bank));
}

/* What @column says of @row: a period's figures, a year's sums and the
 * bank's share in its last period, the ownership after the last buyout,
 * or the totals. */
char *
mu_schedule_row_text (const MuScheduleRow *row,
                      MuScheduleColumn     column,
                      const MuResult      *result,
                      guint                exponent)
{
  g_return_val_if_fail (MU_IS_SCHEDULE_ROW ((gpointer) row), NULL);

  if (result == NULL || row->first == 0 || row->last > result->n_periods)
    return g_strdup ("");

  switch (column)
    {
    case MU_SCHEDULE_COLUMN_PERIOD:
      if (row->kind == MU_SCHEDULE_ROW_TOTAL)
        /* Translators: the schedule's row of totals. */
        return g_strdup (_("Total"));
      if (row->kind == MU_SCHEDULE_ROW_OWNED)
        return g_strdup ("");
      return g_strdup_printf ("%u", row->kind == MU_SCHEDULE_ROW_YEAR ? row->year : row->first);
    case MU_SCHEDULE_COLUMN_DATES:
      if (row->kind == MU_SCHEDULE_ROW_OWNED)
        return owned_text (result);
      return dates_text (&result->periods[row->first - 1].start, &result->periods[row->last - 1].end);
    case MU_SCHEDULE_COLUMN_BANK_SHARE:
      return bank_share_text (row, result);
    case MU_SCHEDULE_N_COLUMNS:
      g_return_val_if_reached (NULL);
    default:
      if (row->kind == MU_SCHEDULE_ROW_OWNED)
        return g_strdup ("");
      return amount_text (result, row->first, row->last, column, exponent);
    }
}
