/* mu-financing-section.h — the bank financing, a diminishing musharakah
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mu-section.h"

G_BEGIN_DECLS

#define MU_TYPE_FINANCING_SECTION (mu_financing_section_get_type ())

G_DECLARE_FINAL_TYPE (MuFinancingSection, mu_financing_section, MU, FINANCING_SECTION, MuSection)

MuFinancingSection *mu_financing_section_new     (void);
GtkWidget          *mu_financing_section_get_row (MuFinancingSection *self);

G_END_DECLS
