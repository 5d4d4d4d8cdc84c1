/* mu-schedule-csv.h — the schedule as CSV, for spreadsheets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mu-engine.h"

G_BEGIN_DECLS

typedef enum
{
  MU_SCHEDULE_CSV_IDS,    /* "bank_paid": the same in every language */
  MU_SCHEDULE_CSV_NAMES,  /* "Bank: receives": the partners' names, in the user's language */
} MuScheduleCsvHeader;

char *mu_schedule_csv_write (const MuScenario    *scenario,
                             const MuResult      *result,
                             MuScheduleCsvHeader  header);
char *mu_schedule_to_csv    (const MuScenario    *scenario,
                             const MuResult      *result);
char *mu_percent_number     (double               value);

G_END_DECLS
