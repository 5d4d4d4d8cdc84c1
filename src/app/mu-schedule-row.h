/* mu-schedule-row.h — a row of the schedule table, and what its cells say
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mu-engine.h"

G_BEGIN_DECLS

typedef enum
{
  MU_SCHEDULE_ROW_PERIOD,
  MU_SCHEDULE_ROW_YEAR,    /* a calendar year's sums, opening onto its periods */
  MU_SCHEDULE_ROW_OWNED,   /* who owns what once the last buyout is paid */
  MU_SCHEDULE_ROW_TOTAL,   /* the schedule's sums */
} MuScheduleRowKind;

/* The bank's share comes next to the dates, as in the article's table:
 * the row after the last buyout says what it is beside its 0 %. */
typedef enum
{
  MU_SCHEDULE_COLUMN_PERIOD,
  MU_SCHEDULE_COLUMN_DATES,
  MU_SCHEDULE_COLUMN_BANK_SHARE,
  MU_SCHEDULE_COLUMN_PROFIT,
  MU_SCHEDULE_COLUMN_LOSS,
  MU_SCHEDULE_COLUMN_RESTORED,
  MU_SCHEDULE_COLUMN_UNRECOVERED,
  MU_SCHEDULE_COLUMN_BUYOUT,
  MU_SCHEDULE_COLUMN_RENT,
  MU_SCHEDULE_COLUMN_BUYERS_PAY,
  MU_SCHEDULE_COLUMN_COSTS,
  MU_SCHEDULE_COLUMN_BANK_RECEIVES,
  MU_SCHEDULE_N_COLUMNS
} MuScheduleColumn;

#define MU_TYPE_SCHEDULE_ROW (mu_schedule_row_get_type ())

G_DECLARE_FINAL_TYPE (MuScheduleRow, mu_schedule_row, MU, SCHEDULE_ROW, GObject)

/* Plain data, read and set by the table that shows it. */
struct _MuScheduleRow
{
  GObject           parent_instance;
  MuScheduleRowKind kind;
  guint             first;  /* the periods it stands for, 1-based */
  guint             last;
  guint             year;   /* a year's row: its year */
};

MuScheduleRow *mu_schedule_row_new         (MuScheduleRowKind    kind,
                                            guint                first,
                                            guint                last,
                                            guint                year);
char          *mu_schedule_row_text        (const MuScheduleRow  *row,
                                            MuScheduleColumn     column,
                                            const MuResult      *result,
                                            guint                exponent);
const char    *mu_schedule_column_title    (MuScheduleColumn     column);
gboolean       mu_schedule_column_is_shown (MuScheduleColumn     column,
                                            const MuResult      *result);
guint          mu_schedule_owned_period    (const MuResult      *result,
                                            gboolean            *complete);

G_END_DECLS
