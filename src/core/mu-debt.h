/* mu-debt.h — the register of receivables: debtors, their debts and the
 * history of collecting them, and what is derived as of a date
 *
 * DESIGN.md, "Receivables and pre-trial collection". Amounts are exact
 * minor units of the debt's currency; a debt never grows: no interest and
 * no penalty for delay is ever part of what is owed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mu-money.h"
#include "mu-rules.h"

G_BEGIN_DECLS

#define MU_DEBT_CLAIM_DAYS_DEFAULT 30   /* APC RF art. 4 part 5 */
#define MU_DEBT_CLAIM_DAYS_MAX     365
#define MU_DEBT_MAX_INSTALMENTS    600
#define MU_DEBT_LIMITATION_YEARS   3    /* Civil Code art. 196 */
#define MU_DEBT_LIMITATION_NEAR    90   /* days before it: the limitation-near rule */
#define MU_DEBT_CLAIM_AFTER        30   /* days overdue: the no-written-claim rule */
#define MU_DEBT_YEAR_MIN           1900 /* the dates a debt may hold */
#define MU_DEBT_YEAR_MAX           9999

typedef enum
{
  MU_DEBTOR_COMPANY,
  MU_DEBTOR_PERSON,
} MuDebtorKind;

typedef struct
{
  char         *id;          /* stable, unique in the library */
  char         *name;
  MuDebtorKind  kind;
  char         *tax_number;  /* INN or OGRN; NULL when none */
  char         *address;     /* NULL when not known */
  char         *contacts;    /* phones, e-mail: free text; NULL when none */
  gboolean      hardship;    /* wants to pay and cannot */
  char         *notes;
} MuDebtor;

typedef enum
{
  MU_PAYMENT_CASH,
  MU_PAYMENT_IN_KIND,   /* goods or work, valued */
  MU_PAYMENT_SET_OFF,   /* against a debt the other way */
} MuPaymentKind;

typedef struct
{
  GDate          date;
  MuMoney        amount;  /* > 0 */
  MuPaymentKind  kind;
  char          *note;    /* NULL when none */
} MuDebtPayment;

typedef enum
{
  MU_CONTACT_CALL,
  MU_CONTACT_LETTER,
  MU_CONTACT_MESSAGE,
  MU_CONTACT_MEETING,
} MuContactKind;

typedef struct
{
  GDate          date;
  MuContactKind  kind;
  char          *with;       /* who was spoken to when not the debtor itself; NULL: the debtor */
  char          *note;       /* NULL when none */
  GDate          next_step;  /* the date of the next step agreed; invalid when none */
} MuDebtContact;

typedef enum
{
  MU_CLAIM_BY_POST,      /* a registered letter with a list of contents */
  MU_CLAIM_BY_HAND,      /* against signature */
  MU_CLAIM_BY_EMAIL,     /* where the contract allows it */
  MU_CLAIM_BY_COURIER,
} MuClaimMethod;

typedef struct
{
  GDate          sent;       /* valid: the claim was sent */
  MuClaimMethod  method;
  GDate          delivered;  /* invalid while not known */
} MuDebtClaim;

typedef enum
{
  MU_ARRANGEMENT_NONE,
  MU_ARRANGEMENT_DEFERRAL,     /* the whole outstanding due at a new date */
  MU_ARRANGEMENT_INSTALMENTS,  /* interest-free: n equal payments every k months */
} MuArrangementKind;

typedef struct
{
  MuArrangementKind kind;
  GDate             agreed;      /* the day it was agreed */
  GDate             first_due;   /* deferral: the new due date; instalments: the first one's */
  guint             n;           /* instalments: how many, 1 … MU_DEBT_MAX_INSTALMENTS */
  guint             every;       /* instalments: months between them, 1 … 12 */
} MuDebtArrangement;

typedef enum
{
  MU_WRITE_OFF_NONE,
  MU_WRITE_OFF_FORGIVEN,        /* remitted as charity, sadaqah (Quran 2:280) */
  MU_WRITE_OFF_UNCOLLECTABLE,
} MuWriteOffKind;

typedef struct
{
  char              *id;             /* stable, unique in the library */
  char              *debtor_id;
  char              *document;       /* the contract or invoice: its number */
  GDate              document_date;  /* invalid when not known */
  char               currency[4];    /* ISO 4217, as a scenario's */
  MuMoney            amount;         /* what was owed at first, > 0 */
  GDate              due;
  guint              claim_days;     /* the claim period, calendar days, 1 … MU_DEBT_CLAIM_DAYS_MAX */
  MuMoney            charity_pledge; /* promised to charity if late, never the creditor's income; 0: none */
  gboolean           late_interest;  /* the contract asks interest or a penalty for delay payable to the creditor */
  GArray            *payments;       /* of MuDebtPayment, by date */
  GArray            *contacts;       /* of MuDebtContact, by date */
  MuDebtClaim        claim;
  MuDebtArrangement  arrangement;
  MuWriteOffKind     write_off;
  GDate              written_off;    /* valid when write_off is not NONE */
  char              *notes;
} MuDebt;

typedef enum
{
  MU_BUCKET_NOT_DUE,
  MU_BUCKET_1_30,
  MU_BUCKET_31_90,
  MU_BUCKET_91_180,
  MU_BUCKET_OVER_180,
  MU_N_BUCKETS,
} MuAgeBucket;

typedef enum
{
  MU_DEBT_OPEN,         /* not due yet */
  MU_DEBT_OVERDUE,
  MU_DEBT_CLAIMED,      /* a claim was sent; its period runs */
  MU_DEBT_MAY_SUE,      /* the claim period has ended */
  MU_DEBT_ARRANGED,
  MU_DEBT_BEHIND,       /* an instalment or the deferred date has passed unpaid */
  MU_DEBT_SETTLED,
  MU_DEBT_WRITTEN_OFF,
} MuDebtStatus;

typedef enum
{
  MU_NEXT_NONE,         /* settled or written off */
  MU_NEXT_WAIT,         /* not due: nothing to do before next_date */
  MU_NEXT_REMIND,       /* call or write: a soft reminder */
  MU_NEXT_FOLLOW_UP,    /* the next step agreed at a contact, on next_date */
  MU_NEXT_SEND_CLAIM,   /* the written claim a court requires */
  MU_NEXT_AWAIT_CLAIM,  /* the claim period runs until next_date */
  MU_NEXT_NEGOTIATE,    /* the claim period ended: settle, arrange, or go to court */
  MU_NEXT_CHECK_ARRANGEMENT,
} MuNextStep;

/* One payment of an arrangement: a deferral has one, the whole of what
 * was outstanding when it was agreed, on the new due date. */
typedef struct
{
  GDate   date;
  MuMoney amount;
} MuDebtInstalment;

/* What a debt is, as of a date. */
typedef struct
{
  MuMoney       paid;          /* payments up to the date */
  MuMoney       outstanding;   /* amount − paid, at least 0; 0 when written off */
  guint         days_overdue;  /* calendar days after the due date in force (an arrangement's first unpaid) */
  MuAgeBucket   bucket;
  MuDebtStatus  status;
  GDate         limitation;    /* due + 3 years + the claim period (Civil Code art. 196, 202 part 3) */
  GDate         court_from;    /* the day after the claim period ends; invalid before a claim */
  MuNextStep    next_step;
  GDate         next_date;     /* when the next step is due; invalid when none */
} MuDebtState;

MuDebtor    *mu_debtor_new              (const char        *id,
                                         const char        *name,
                                         MuDebtorKind       kind);
MuDebtor    *mu_debtor_copy             (const MuDebtor    *debtor);
void         mu_debtor_free             (MuDebtor          *debtor);

MuDebt      *mu_debt_new                (const char        *id,
                                         const char        *debtor_id,
                                         const char        *currency,
                                         MuMoney            amount,
                                         const GDate       *due);
MuDebt      *mu_debt_copy               (const MuDebt      *debt);
void         mu_debt_free               (MuDebt            *debt);

/* Field paths of a debt, as findings and the store name them:
 * "amount", "due", "claim.sent", "payments[2].amount", "arrangement.n". */
gboolean     mu_debt_validate           (const MuDebt      *debt,
                                         char             **where,
                                         GError           **error);
gboolean     mu_debt_add_payment        (MuDebt            *debt,
                                         const GDate       *date,
                                         MuMoney            amount,
                                         MuPaymentKind      kind,
                                         const char        *note,
                                         GError           **error);

/* What @debt is as of @as_of (mu-debt-state.c says how each figure is
 * derived). FALSE, with mu_debt_validate()'s path and reason ("payments[2].amount:
 * …"), for a debt whose figures do not hold together: no due date, an
 * amount not above nothing, payments beyond the amount, instalments that
 * do not fit what was arranged. Other faults validation finds (a claim
 * dated before the due date, say) do not stop the figures. */
gboolean     mu_debt_state              (const MuDebt      *debt,
                                         const GDate       *as_of,
                                         MuDebtState       *state,
                                         GError           **error);
/* The instalments of an arrangement (of MuDebtInstalment, by date): n
 * amounts summing to what was outstanding when it was agreed, the odd
 * minor units on the last; every k months from the first, a day the month
 * lacks becoming its last (31 January, 28 or 29 February, 31 March). */
GArray      *mu_debt_instalments        (const MuDebt      *debt,
                                         GError           **error);

/* Findings (MuFinding, partner −1, period 0, field a path of the debt)
 * of the rules of DESIGN.md's table, as of a date. */
GPtrArray   *mu_debt_check              (const MuDebt      *debt,
                                         const MuDebtor    *debtor,
                                         const GDate       *as_of);

const char  *mu_age_bucket_to_string    (MuAgeBucket        bucket);  /* "not-due", "1-30", … */
const char  *mu_age_bucket_get_label    (MuAgeBucket        bucket);  /* translated */
const char  *mu_debt_status_to_string   (MuDebtStatus       status);  /* "open", "may-sue", … */
const char  *mu_debt_status_get_label   (MuDebtStatus       status);  /* translated */
const char  *mu_payment_kind_to_string  (MuPaymentKind      kind);    /* "cash", "in-kind", "set-off" */
gboolean     mu_payment_kind_from_string (const char       *text,
                                          MuPaymentKind    *kind);
const char  *mu_next_step_to_string     (MuNextStep         step);    /* "none", "wait", "send-claim", … */
const char  *mu_next_step_get_label     (MuNextStep         step);    /* translated */
const char  *mu_contact_kind_to_string  (MuContactKind      kind);    /* "call", "letter", "message", "meeting" */
gboolean     mu_contact_kind_from_string (const char       *text,
                                          MuContactKind    *kind);
const char  *mu_claim_method_to_string  (MuClaimMethod      method);  /* "post", "hand", "email", "courier" */
gboolean     mu_claim_method_from_string (const char       *text,
                                          MuClaimMethod    *method);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MuDebtor, mu_debtor_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MuDebt, mu_debt_free)

G_END_DECLS
