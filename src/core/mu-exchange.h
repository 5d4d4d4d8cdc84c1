/* mu-exchange.h — .musharaka exchange files (JSON)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mu-scenario.h"

G_BEGIN_DECLS

#define MU_EXCHANGE_FORMAT 1
#define MU_EXCHANGE_SUFFIX ".musharaka"
#define MU_EXCHANGE_MAX_DEPTH 64  /* a scenario needs four levels */
#define MU_EXCHANGE_MAX_MB 64     /* the largest file read, in MiB */

MuScenario *mu_exchange_read_data   (const char        *data,
                                     gssize             length,
                                     GError           **error);
MuScenario *mu_exchange_read_file   (const char        *path,
                                     GError           **error);
char       *mu_exchange_write_data  (const MuScenario  *scenario);
gboolean    mu_exchange_write_file  (const MuScenario  *scenario,
                                     const char        *path,
                                     GError           **error);
char       *mu_percent_format       (gint64             percent);

G_END_DECLS
