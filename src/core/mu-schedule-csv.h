/* mu-schedule-csv.h — the schedule as CSV, for spreadsheets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mu-engine.h"

G_BEGIN_DECLS

char *mu_schedule_to_csv (const MuScenario *scenario,
                          const MuResult   *result);
char *mu_percent_number  (double            value);

G_END_DECLS
