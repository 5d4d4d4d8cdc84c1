/* mu-summary-section.h — what the deal costs, in words and figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mu-section.h"

G_BEGIN_DECLS

#define MU_TYPE_SUMMARY_SECTION (mu_summary_section_get_type ())

G_DECLARE_FINAL_TYPE (MuSummarySection, mu_summary_section, MU, SUMMARY_SECTION, MuSection)

MuSummarySection *mu_summary_section_new  (void);
char             *mu_summary_section_dup_text (MuSummarySection *self);

G_END_DECLS
