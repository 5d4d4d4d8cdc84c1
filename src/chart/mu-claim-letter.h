/* mu-claim-letter.h — the written claim (претензия) a court requires
 * before a suit: the same pages for Print and for PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mu-chart.h"
#include "mu-debt.h"
#include "mu-report.h"

G_BEGIN_DECLS

/* The creditor's details, from the preferences; any may be NULL or "". */
typedef struct
{
  char *name;          /* the business */
  char *tax_number;    /* INN, OGRN */
  char *address;
  char *bank_details;  /* where to pay: bank, account, BIC */
  char *signatory;     /* who signs: position and name */
} MuCreditor;

typedef struct _MuClaimLetter MuClaimLetter;

void           mu_creditor_clear          (MuCreditor          *creditor);

MuClaimLetter *mu_claim_letter_new        (const MuDebt        *debt,
                                           const MuDebtor      *debtor,
                                           const MuCreditor    *creditor,
                                           const GDate         *date,
                                           const MuChartStyle  *style,
                                           double               page_width,
                                           double               page_height,
                                           GError             **error);
void           mu_claim_letter_free       (MuClaimLetter       *letter);
char          *mu_claim_letter_dup_text   (MuClaimLetter       *letter);
guint          mu_claim_letter_paginate   (MuClaimLetter       *letter,
                                           cairo_t             *cr);
void           mu_claim_letter_draw_page  (MuClaimLetter       *letter,
                                           cairo_t             *cr,
                                           guint                page);
gboolean       mu_claim_letter_write_pdf  (MuClaimLetter       *letter,
                                           const char          *path,
                                           guint               *n_pages,
                                           GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MuClaimLetter, mu_claim_letter_free)

G_END_DECLS
