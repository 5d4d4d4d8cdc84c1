/* mu-register-document-private.h — shared by the register document's
 * files: its history's steps and its state
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mu-register-document.h"

G_BEGIN_DECLS

/* Steps kept; the oldest go first. */
#define HISTORY_MAX 200

typedef enum
{
  STEP_DEBT,
  STEP_DEBTOR,
  STEP_IMPORT,
} StepKind;

typedef struct
{
  StepKind   kind;
  MuDebt    *before;    /* STEP_DEBT: the debt as it was, and as the step left it */
  MuDebt    *after;
  MuDebtor  *debtor_before;  /* STEP_DEBTOR */
  MuDebtor  *debtor_after;
  GPtrArray *ids;       /* STEP_IMPORT: of char*, the debts imported */
} Step;

struct _MuRegisterDocument
{
  GObject     parent_instance;

  MuStore    *store;    /* not owned: the window's, which outlives it */
  GDate       today;    /* invalid: the real one */
  GDate       as_of;    /* the date the states are of */
  GPtrArray  *debts;    /* of MuDebt* */
  GArray     *states;   /* of MuDebtState, one a debt */
  GHashTable *debtors;  /* id → MuDebtor* */
  GHashTable *index;    /* debt id → position + 1 */
  GPtrArray  *undo;     /* of Step*, oldest first */
  GPtrArray  *redo;
  char       *currency; /* the one most is owed in, once asked */
  char       *last;     /* the debt the last undo or redo changed */
};

void     mu_register_step_free            (gpointer             data);
void     mu_register_document_push_step   (MuRegisterDocument  *self,
                                           Step                *step);
gboolean mu_register_document_changed_debt (MuRegisterDocument *self,
                                            const MuDebt       *before,
                                            GError            **error);
gboolean mu_register_document_put_debtor  (MuRegisterDocument  *self,
                                           const MuDebtor      *debtor,
                                           GError             **error);

G_END_DECLS
