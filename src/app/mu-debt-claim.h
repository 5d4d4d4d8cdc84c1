/* mu-debt-claim.h — sending the written claim: the letter printed or
 * saved as PDF, and recorded as sent
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mu-debt-page.h"

G_BEGIN_DECLS

void     mu_debt_claim_dialog    (MuDebtPage         *page);
gboolean mu_debt_claim_write_pdf (MuRegisterDocument *document,
                                  const char         *id,
                                  const MuDebtClaim  *claim,
                                  GFile              *file,
                                  GError            **error);

G_END_DECLS
