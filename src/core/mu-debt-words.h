/* mu-debt-words.h — the words the library and the command line write for
 * a debtor's kind, an arrangement and a write-off: "company", "deferral",
 * "forgiven"
 *
 * mu-debt.h has those of the buckets, statuses, next steps, payments,
 * contacts and claim methods.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mu-debt.h"

G_BEGIN_DECLS

const char *mu_debtor_kind_to_string        (MuDebtorKind       kind);      /* "company", "person" */
gboolean    mu_debtor_kind_from_string      (const char        *text,
                                             MuDebtorKind      *kind);
const char *mu_arrangement_kind_to_string   (MuArrangementKind  kind);      /* "none", "deferral", "instalments" */
gboolean    mu_arrangement_kind_from_string (const char        *text,
                                             MuArrangementKind *kind);
const char *mu_write_off_kind_to_string     (MuWriteOffKind     kind);      /* "none", "forgiven", "uncollectable" */
gboolean    mu_write_off_kind_from_string   (const char        *text,
                                             MuWriteOffKind    *kind);

G_END_DECLS
