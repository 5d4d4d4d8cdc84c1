/* mu-core-error.c — errors of the core layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-core"

#include "config.h"

#include "mu-core-error.h"

G_DEFINE_QUARK (mu-core-error-quark, mu_core_error)
