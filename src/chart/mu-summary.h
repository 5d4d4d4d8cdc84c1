/* mu-summary.h — what a deal costs, in words: the lines the window shows
 * above its charts and the report prints on its first page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mu-figures.h"

G_BEGIN_DECLS

typedef struct
{
  char *title;  /* “The buyers pay the bank” */
  char *text;   /* “30 000.00 RUB an installment, …” */
} MuSummaryLine;

GPtrArray *mu_summary_lines      (const MuScenario *scenario,
                                  const MuFigures  *figures);
void       mu_summary_line_free  (MuSummaryLine    *line);

G_END_DECLS
