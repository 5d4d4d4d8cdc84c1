/* mu-profit-section.h — the expected profit, per period or as a series
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mu-section.h"

G_BEGIN_DECLS

#define MU_TYPE_PROFIT_SECTION (mu_profit_section_get_type ())

G_DECLARE_FINAL_TYPE (MuProfitSection, mu_profit_section, MU, PROFIT_SECTION, MuSection)

MuProfitSection *mu_profit_section_new (void);

G_END_DECLS
