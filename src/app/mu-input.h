/* mu-input.h — numbers and dates as people type them, in their locale
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mu-money.h"

G_BEGIN_DECLS

gboolean  mu_input_parse_amount   (const char  *text,
                                   guint        exponent,
                                   gboolean     allow_negative,
                                   MuMoney     *value,
                                   char       **message);
gboolean  mu_input_parse_percent  (const char  *text,
                                   gint64       min,
                                   gint64       max,
                                   gint64      *value,
                                   char       **message);
gboolean  mu_input_parse_date     (const char  *text,
                                   GDate       *date,
                                   char       **message);
char     *mu_input_format_amount  (MuMoney      value,
                                   guint        exponent);
char     *mu_input_format_percent (gint64       value);
char     *mu_input_format_date    (const GDate *date);

G_END_DECLS
