/* mu-partners-section.h — the partners, a row each, keyed by id
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mu-section.h"

G_BEGIN_DECLS

#define MU_TYPE_PARTNERS_SECTION (mu_partners_section_get_type ())

G_DECLARE_FINAL_TYPE (MuPartnersSection, mu_partners_section, MU, PARTNERS_SECTION, MuSection)

MuPartnersSection *mu_partners_section_new (void);
GtkListBox *mu_partners_section_get_list (MuPartnersSection *self);

G_END_DECLS
