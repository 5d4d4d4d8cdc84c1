/* mu-rules.h — compliance findings under the four schools
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mu-scenario.h"

G_BEGIN_DECLS

typedef struct _MuResult MuResult;

typedef enum
{
  MU_SEVERITY_INFO,
  MU_SEVERITY_WARNING,
  MU_SEVERITY_ERROR,
} MuSeverity;

typedef struct
{
  const char *rule;      /* a stable id, such as "sleeping-partner-cap" */
  MuSeverity  severity;
  int         partner;   /* index into the scenario's partners, or -1 */
  guint       period;    /* 1-based, or 0 when not about one period */
  char       *field;     /* the path of the field to fix, e.g. "partners[1].profit_share" */
  char       *message;   /* what is wrong and how to fix it, translated */
  char       *source;    /* the school and the text behind the rule, translated */
} MuFinding;

void         mu_finding_free          (MuFinding        *finding);
GPtrArray   *mu_rules_check           (const MuScenario *scenario,
                                       const MuResult   *result);
const char  *mu_severity_to_string    (MuSeverity        severity);
const char  *mu_rule_get_title        (const char       *rule);
gboolean     mu_findings_have_errors  (GPtrArray        *findings);

G_END_DECLS
