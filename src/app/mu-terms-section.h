/* mu-terms-section.h — how the bank's units are paid for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mu-section.h"

G_BEGIN_DECLS

#define MU_TYPE_TERMS_SECTION (mu_terms_section_get_type ())

G_DECLARE_FINAL_TYPE (MuTermsSection, mu_terms_section, MU, TERMS_SECTION, MuSection)

MuTermsSection *mu_terms_section_new (void);

G_END_DECLS
