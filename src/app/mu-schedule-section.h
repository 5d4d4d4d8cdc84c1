/* mu-schedule-section.h — the schedule table, and the period chosen in it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mu-schedule-row.h"
#include "mu-section.h"

G_BEGIN_DECLS

#define MU_TYPE_SCHEDULE_SECTION (mu_schedule_section_get_type ())

G_DECLARE_FINAL_TYPE (MuScheduleSection, mu_schedule_section, MU, SCHEDULE_SECTION, MuSection)

MuScheduleSection *mu_schedule_section_new           (void);
void               mu_schedule_section_select_period (MuScheduleSection *self,
                                                      guint              period);
guint              mu_schedule_section_get_period    (MuScheduleSection *self);
GtkColumnView     *mu_schedule_section_get_view      (MuScheduleSection *self);
GListModel        *mu_schedule_section_get_rows      (MuScheduleSection *self);
GListModel        *mu_schedule_section_get_years     (MuScheduleSection *self);
GListModel        *mu_schedule_section_get_end_rows  (MuScheduleSection *self);
char              *mu_schedule_section_dup_text      (MuScheduleSection *self,
                                                      MuScheduleRow     *row,
                                                      MuScheduleColumn   column);

G_END_DECLS
