/* mu-cli-debts.h — shared by the files of musharaka-cli debts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mu-cli.h"
#include "mu-debt-csv.h"
#include "mu-debt.h"
#include "mu-store-debts.h"

G_BEGIN_DECLS

typedef enum
{
  MU_CLI_DEBTS_NO_FORMAT,
  MU_CLI_DEBTS_TEXT_JSON,
  MU_CLI_DEBTS_TEXT_JSON_CSV,
} MuCliDebtsFormats;

/* The register as of a date: each debt with its state and findings. */
typedef struct
{
  const MuDebt   *debt;
  const MuDebtor *debtor;   /* NULL if the library lost it */
  MuDebtState     state;
  GPtrArray      *findings; /* of MuFinding */
} MuCliDebt;

typedef struct
{
  MuMoney outstanding;
  MuMoney by_bucket[MU_N_BUCKETS];
} MuCliTotals;

typedef struct
{
  GDate       as_of;
  GPtrArray  *debts;     /* of MuDebt, by due date */
  GHashTable *debtors;   /* id → MuDebtor */
  GArray     *rows;      /* of MuCliDebt, as debts */
  GPtrArray  *currencies; /* the codes, sorted */
  GHashTable *totals;    /* code → MuCliTotals */
} MuCliRegister;

gboolean       mu_cli_parse_date       (const char     *option,
                                        const char     *text,
                                        GDate          *date);
gboolean       mu_cli_parse_as_of      (const char     *text,
                                        GDate          *as_of);
char          *mu_cli_date_text        (const GDate    *date);
char          *mu_cli_date_json        (const GDate    *date);
guint          mu_cli_debt_exponent    (const MuDebt   *debt);
char          *mu_cli_money            (const char     *currency,
                                        MuMoney         amount);
char          *mu_cli_debt_money       (const MuDebt   *debt,
                                        MuMoney         amount);
MuCliRegister *mu_cli_register_load    (MuStore        *store,
                                        const char     *id,
                                        const GDate    *as_of);
void           mu_cli_register_free    (MuCliRegister  *reg);
MuCliRegister *mu_cli_debts_load       (int            *argc,
                                        char         ***argv,
                                        int             n_args,
                                        const char     *parameter,
                                        const GOptionEntry *extra,
                                        MuCliDebtsFormats formats,
                                        MuCliFormat    *format,
                                        MuStore       **store);
void           mu_cli_findings_json    (GString        *out,
                                        GPtrArray      *findings);
void           mu_cli_findings_text    (GString        *out,
                                        GPtrArray      *findings,
                                        gboolean        sources);
void           mu_cli_state_text       (GString        *out,
                                        const MuCliDebt *row);
void           mu_cli_debt_text        (GString        *out,
                                        const GDate    *as_of,
                                        const MuCliDebt *row);

MuDebtImport  *mu_cli_debts_read_json  (const char     *data,
                                        gsize           length,
                                        GError        **error);

int            mu_cli_debts_list       (int             argc,
                                        char          **argv);
int            mu_cli_debts_show       (int             argc,
                                        char          **argv);
int            mu_cli_debts_claim      (int             argc,
                                        char          **argv);
int            mu_cli_debts_ageing     (int             argc,
                                        char          **argv);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MuCliRegister, mu_cli_register_free)

G_END_DECLS
