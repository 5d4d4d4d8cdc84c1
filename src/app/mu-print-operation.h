/* mu-print-operation.h — printing the report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mu-engine.h"

G_BEGIN_DECLS

#define MU_TYPE_PRINT_OPERATION (mu_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (MuPrintOperation, mu_print_operation, MU, PRINT_OPERATION, GtkPrintOperation)

MuPrintOperation *mu_print_operation_new (const MuScenario *scenario);

G_END_DECLS
