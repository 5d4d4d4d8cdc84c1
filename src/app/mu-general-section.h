/* mu-general-section.h — the scenario's name, school, currency and dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mu-section.h"

G_BEGIN_DECLS

#define MU_TYPE_GENERAL_SECTION (mu_general_section_get_type ())

G_DECLARE_FINAL_TYPE (MuGeneralSection, mu_general_section, MU, GENERAL_SECTION, MuSection)

MuGeneralSection *mu_general_section_new (void);

G_END_DECLS
