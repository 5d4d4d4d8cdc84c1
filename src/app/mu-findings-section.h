/* mu-findings-section.h — what the rules found in the scenario, each
 * finding a way to the field it names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mu-section.h"

G_BEGIN_DECLS

#define MU_TYPE_FINDINGS_SECTION (mu_findings_section_get_type ())

G_DECLARE_FINAL_TYPE (MuFindingsSection, mu_findings_section, MU, FINDINGS_SECTION, MuSection)

MuFindingsSection *mu_findings_section_new      (void);
GtkListBox        *mu_findings_section_get_list (MuFindingsSection *self);

G_END_DECLS
