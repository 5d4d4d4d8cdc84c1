/* mu-partner-editors.h — the editors of one partner, in its row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mu-partner-row.h"
#include "mu-section.h"

G_BEGIN_DECLS

char *mu_partner_editors_path   (const char      *id,
                                 const char      *member);
void  mu_partner_editors_ensure (MuSection       *section,
                                 MuPartnerRow    *row,
                                 const MuPartner *partner);
void  mu_partner_editors_load   (MuSection       *section,
                                 MuPartnerRow    *row,
                                 const MuPartner *partner);

G_END_DECLS
