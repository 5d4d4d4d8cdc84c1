/* mu-debt-csv.h — debts imported from what accounting programs export
 *
 * DESIGN.md, "Receivables and pre-trial collection", Interfaces: a header
 * row naming debtor, due and amount (required) and tax_number, document,
 * document_date and currency (optional), in any order, other columns
 * ignored; `;` or `,` between fields, told apart by the header; UTF-8,
 * with or without a byte order mark, or Windows-1251; a decimal comma or
 * point, spaces or no-break spaces between thousands; dates as YYYY-MM-DD
 * or DD.MM.YYYY. A missing or empty currency is RUB.
 *
 * All or nothing: a file with one bad row gives an error naming its line
 * and column and no debts at all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mu-debt.h"

G_BEGIN_DECLS

#define MU_DEBT_CSV_MAX_BYTES  (64 * 1024 * 1024)
#define MU_DEBT_CSV_MAX_ROWS   1000000
#define MU_DEBT_CSV_MAX_FIELD  4096   /* bytes of one field, after conversion to UTF-8 */

typedef struct
{
  GPtrArray *debtors;  /* of MuDebtor: one for each distinct name and tax number, in the order first met */
  GPtrArray *debts;    /* of MuDebt: one a row, in the file's order, each valid (mu_debt_validate) */
} MuDebtImport;

/* Ids are "PREFIX-debtor-N" and "PREFIX-debt-N", counted from 1 in the
 * file's order, so that the same file with the same prefix gives the same
 * ids; the caller chooses a prefix no other import of the library used
 * ("import" when NULL). */
MuDebtImport *mu_debt_csv_read    (const char    *data,
                                   gsize          length,
                                   const char    *id_prefix,
                                   GError       **error);
void          mu_debt_import_free (MuDebtImport  *import);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MuDebtImport, mu_debt_import_free)

G_END_DECLS
