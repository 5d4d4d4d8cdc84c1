/* mu-balance-section.h — the balance sheet of the business
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mu-section.h"

G_BEGIN_DECLS

#define MU_TYPE_BALANCE_SECTION (mu_balance_section_get_type ())

G_DECLARE_FINAL_TYPE (MuBalanceSection, mu_balance_section, MU, BALANCE_SECTION, MuSection)

MuBalanceSection *mu_balance_section_new     (void);
GtkWidget        *mu_balance_section_get_row (MuBalanceSection *self);

G_END_DECLS
