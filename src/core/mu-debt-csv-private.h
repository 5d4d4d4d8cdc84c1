/* mu-debt-csv-private.h — shared between the reader of the debts' CSV and
 * its cells
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mu-debt-csv.h"

G_BEGIN_DECLS

#define MU_CSV_MAX_COLUMNS 1000

typedef enum
{
  MU_CSV_DEBTOR,
  MU_CSV_TAX_NUMBER,
  MU_CSV_DOCUMENT,
  MU_CSV_DOCUMENT_DATE,
  MU_CSV_DUE,
  MU_CSV_AMOUNT,
  MU_CSV_CURRENCY,
  MU_CSV_N_COLUMNS,
} MuCsvColumn;

/* A row's cells, trimmed, and what they say. */
typedef struct
{
  char    *cells[MU_CSV_N_COLUMNS];
  char     currency[4];
  MuMoney  amount;
  GDate    due;
  GDate    document_date;
} MuCsvRow;

const char *mu_csv_column_id   (MuCsvColumn   column);
/* Without spaces, tabs and no-break spaces at either end. */
char       *mu_csv_trim        (const char   *text);
/* Where each column is in a row (-1: not in the file), from the header's
 * names; an error when a required column is missing or one is named twice. */
gboolean    mu_csv_map_header  (GPtrArray    *names,
                                int           index[MU_CSV_N_COLUMNS],
                                guint         line,
                                GError      **error);
/* -1 when the cells say a debt; else the column at fault, and @message
 * says what is wrong with it. */
int         mu_csv_parse_row   (MuCsvRow     *row,
                                char        **message);
/* -1 when @debt is valid; else the column at fault, with @message. */
int         mu_csv_check_debt  (const MuDebt *debt,
                                char        **message);
void        mu_csv_row_clear   (MuCsvRow     *row);

G_END_DECLS
