/* mu-preferences-page.h — what new scenarios start with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mu-claim-letter.h"

G_BEGIN_DECLS

#define MU_TYPE_PREFERENCES_PAGE (mu_preferences_page_get_type ())

G_DECLARE_FINAL_TYPE (MuPreferencesPage, mu_preferences_page, MU, PREFERENCES_PAGE, AdwPreferencesPage)

MuPreferencesPage *mu_preferences_page_new     (void);
void               mu_preferences_get_creditor (MuCreditor *creditor);

G_END_DECLS
