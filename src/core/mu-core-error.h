/* mu-core-error.h — errors of the core layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define MU_CORE_ERROR (mu_core_error_quark ())

typedef enum
{
  MU_CORE_ERROR_INVALID,   /* the scenario or file says something impossible */
  MU_CORE_ERROR_PARSE,     /* the file is not readable JSON */
  MU_CORE_ERROR_VERSION,   /* the file was written by a newer version */
  MU_CORE_ERROR_OVERFLOW,  /* an exact amount does not fit in 64 bits */
} MuCoreError;

GQuark mu_core_error_quark (void);

G_END_DECLS
