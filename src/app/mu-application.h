/* mu-application.h — the application: one library, one window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mu-store.h"

G_BEGIN_DECLS

#define MU_TYPE_APPLICATION (mu_application_get_type ())

G_DECLARE_FINAL_TYPE (MuApplication, mu_application, MU, APPLICATION, AdwApplication)

MuApplication *mu_application_new       (void);
MuStore       *mu_application_get_store (MuApplication *self);

G_END_DECLS
