/* mu-json-reader.h — strict reading of JSON values with their paths
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "mu-scenario.h"

G_BEGIN_DECLS

typedef struct
{
  GString *path;      /* where the reader is, e.g. "partners[0].name" */
  guint    exponent;  /* minor digits of the file's currency */
  GError **error;
} MuReader;

typedef enum
{
  MU_AMOUNT_NON_NEGATIVE,
  MU_AMOUNT_SIGNED,
} MuAmountSign;

gsize       mu_reader_push_key        (MuReader           *r,
                                       const char         *key);
gsize       mu_reader_push_index      (MuReader           *r,
                                       guint               index);
void        mu_reader_pop             (MuReader           *r,
                                       gsize               saved);
gboolean    mu_reader_fail_expected   (MuReader           *r,
                                       const char         *expected,
                                       JsonNode           *got);
gboolean    mu_reader_fail            (MuReader           *r,
                                       const char         *format,
                                       ...) G_GNUC_PRINTF (2, 3);
gboolean    mu_reader_check_keys      (MuReader           *r,
                                       JsonObject         *object,
                                       const char * const *allowed);
JsonNode   *mu_reader_member          (MuReader           *r,
                                       JsonObject         *object,
                                       const char         *key,
                                       gboolean            required,
                                       gsize              *saved);
gboolean    mu_reader_string          (MuReader           *r,
                                       JsonObject         *object,
                                       const char         *key,
                                       gboolean            required,
                                       char              **out);
gboolean    mu_reader_bool            (MuReader           *r,
                                       JsonObject         *object,
                                       const char         *key,
                                       gboolean           *out);
gboolean    mu_reader_count           (MuReader           *r,
                                       JsonObject         *object,
                                       const char         *key,
                                       gboolean            required,
                                       guint               max,
                                       guint              *out);
gboolean    mu_reader_enum            (MuReader           *r,
                                       JsonObject         *object,
                                       const char         *key,
                                       gboolean            required,
                                       MuEnumType          type,
                                       int                *out);
gboolean    mu_reader_amount_node     (MuReader           *r,
                                       JsonNode           *node,
                                       MuAmountSign        sign,
                                       MuMoney            *out);
gboolean    mu_reader_amount          (MuReader           *r,
                                       JsonObject         *object,
                                       const char         *key,
                                       gboolean            required,
                                       MuAmountSign        sign,
                                       MuMoney            *out);
gboolean    mu_reader_amount_list     (MuReader           *r,
                                       JsonObject         *object,
                                       const char         *key,
                                       MuAmountSign        sign,
                                       GArray             *out);
gboolean    mu_reader_percent         (MuReader           *r,
                                       JsonObject         *object,
                                       const char         *key,
                                       gint64              min,
                                       gint64              max,
                                       gboolean           *present,
                                       gint64             *out);
JsonObject *mu_reader_object_node     (MuReader           *r,
                                       JsonNode           *node);
JsonArray  *mu_reader_array           (MuReader           *r,
                                       JsonObject         *object,
                                       const char         *key,
                                       gboolean            required,
                                       gsize              *saved);

G_END_DECLS
