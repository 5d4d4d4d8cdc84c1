/* mu-exchange-private.h — shared by the files of the exchange reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mu-json-reader.h"

G_BEGIN_DECLS

gboolean mu_exchange_read_financing (MuReader   *r,
                                     JsonObject *object,
                                     MuScenario *scenario);

G_END_DECLS
