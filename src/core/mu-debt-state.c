/* mu-debt-state.c — what a debt is as of a date: outstanding, how late,
 * its bucket and status, the limitation date, the first day to sue, and
 * the next step
 *
 * Dates, as the Civil Code of the RF counts them:
 *
 * - A period runs from the day after the event that starts it (art. 191).
 *   A claim sent on 10 May with a period of 30 days runs from 11 May to
 *   9 June; a suit may be filed from 10 June: sent + claim_days + 1.
 * - A period in years or months ends on the corresponding day of its last
 *   month; a month without that day ends the period on its last day
 *   (art. 192 parts 3 and 4): 29 February 2024 + 3 years is 28 February
 *   2027, 31 January + 1 month is 28 or 29 February. GLib's
 *   g_date_add_years() and g_date_add_months() count the same way.
 * - The limitation period is three years (art. 196) and its last day is
 *   due + 3 years, the due date the contract set. A written claim sent
 *   while it runs suspends it for the claim period (art. 202 part 3), so
 *   the claim_days are added. An arrangement the debtor signs may
 *   interrupt it and start it anew (art. 203), but whether it does is for
 *   a court to say: the register keeps the earlier date, so that the
 *   owner is never told too late.
 * - The register has no calendar of public holidays: a period ending on a
 *   day off is not moved to the next working day (art. 193).
 *
 * Days overdue are the calendar days after the due date in force: the
 * contract's, a deferral's new date, or the date of the first instalment
 * not yet covered. Payments made on or before the day an arrangement was
 * agreed reduce what is arranged; payments after it cover the instalments
 * in order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mu-core-error.h"
#include "mu-debt-private.h"
#include "mu-money-private.h"

gboolean
mu_debt_paid_by (const MuDebt *debt,
                 const GDate  *date,
                 MuMoney      *paid,
                 GError      **error)
{
  MuMoney sum = 0;

  for (guint i = 0; i < debt->payments->len; i++)
    {
      const MuDebtPayment *p = &g_array_index (debt->payments, MuDebtPayment, i);

      if (date != NULL && g_date_compare (&p->date, date) > 0)
        continue;
      if (!mu_money_add (sum, p->amount, &sum, error))
        return FALSE;
    }
  *paid = sum;
  return TRUE;
}

guint
mu_debt_n_instalments (const MuDebtArrangement *arrangement)
{
  return arrangement->kind == MU_ARRANGEMENT_INSTALMENTS ? arrangement->n : 1;
}

/* Counted from the first each time, so that 31 January every month gives
 * 28 February and then 31 March, not 28 March. */
void
mu_debt_instalment_date (const MuDebtArrangement *arrangement,
                         guint                    k,
                         GDate                   *date)
{
  *date = arrangement->first_due;
  if (k > 0 && arrangement->kind == MU_ARRANGEMENT_INSTALMENTS)
    g_date_add_months (date, k * arrangement->every);
}

MuMoney
mu_debt_instalment_amount (MuMoney arranged,
                           guint   n,
                           guint   k)
{
  MuMoney each = arranged / n;

  return k + 1 < n ? each : arranged - each * (n - 1);
}

static gboolean
arranged_amount (const MuDebt *debt,
                 MuMoney      *arranged,
                 GError      **error)
{
  MuMoney paid;

  if (!mu_debt_paid_by (debt, &debt->arrangement.agreed, &paid, error))
    return FALSE;
  *arranged = debt->amount - paid;
  return TRUE;
}

GArray *
mu_debt_instalments (const MuDebt *debt,
                     GError      **error)
{
  g_autofree char *where = NULL;
  GArray *instalments;
  MuMoney arranged;
  guint n;

  g_return_val_if_fail (debt != NULL, NULL);

  if (debt->arrangement.kind == MU_ARRANGEMENT_NONE)
    return g_array_new (FALSE, FALSE, sizeof (MuDebtInstalment));
  if (!mu_debt_validate (debt, &where, error))
    {
      g_prefix_error (error, "%s: ", where);
      return NULL;
    }
  if (!arranged_amount (debt, &arranged, error))
    return NULL;
  n = mu_debt_n_instalments (&debt->arrangement);
  instalments = g_array_sized_new (FALSE, FALSE, sizeof (MuDebtInstalment), n);
  for (guint k = 0; k < n; k++)
    {
      MuDebtInstalment instalment;

      mu_debt_instalment_date (&debt->arrangement, k, &instalment.date);
      instalment.amount = mu_debt_instalment_amount (arranged, n, k);
      g_array_append_val (instalments, instalment);
    }
  return instalments;
}

static gboolean
on_or_before (const GDate *date,
              const GDate *as_of)
{
  return g_date_valid (date) && g_date_compare (date, as_of) <= 0;
}

/* The due date in force as of @as_of, given what was paid by then, and
 * whether an arrangement sets it. */
static gboolean
due_in_force (const MuDebt *debt,
              const GDate  *as_of,
              MuMoney       paid,
              GDate        *due,
              gboolean     *arranged_now,
              GError      **error)
{
  const MuDebtArrangement *a = &debt->arrangement;
  MuMoney arranged, each;
  guint n, k;

  *due = debt->due;
  *arranged_now = a->kind != MU_ARRANGEMENT_NONE && on_or_before (&a->agreed, as_of);
  if (!*arranged_now)
    return TRUE;
  if (!arranged_amount (debt, &arranged, error))
    return FALSE;
  n = mu_debt_n_instalments (a);
  if (n == 0 || arranged < (MuMoney) n)
    {
      g_set_error (error, MU_CORE_ERROR, MU_CORE_ERROR_INVALID, "arrangement.n: %s",
                   _("the instalments do not fit what was outstanding when they were agreed"));
      return FALSE;
    }
  /* Paid since the arrangement, in whole instalments: the first not
   * covered is the one in force. */
  each = arranged / n;
  k = (guint) MIN ((paid - (debt->amount - arranged)) / each, (MuMoney) n - 1);
  mu_debt_instalment_date (a, k, due);
  return TRUE;
}

static MuAgeBucket
bucket_of (guint days)
{
  if (days == 0)
    return MU_BUCKET_NOT_DUE;
  if (days <= 30)
    return MU_BUCKET_1_30;
  if (days <= 90)
    return MU_BUCKET_31_90;
  if (days <= 180)
    return MU_BUCKET_91_180;
  return MU_BUCKET_OVER_180;
}

static void
add_days (GDate       *date,
          const GDate *from,
          guint        days)
{
  *date = *from;
  g_date_add_days (date, days);
}

/* Three years from the due date, and the claim period when a claim was
 * sent before they ran out (art. 196, 202 part 3). */
static void
limitation_date (const MuDebt *debt,
                 const GDate  *as_of,
                 GDate        *limitation)
{
  *limitation = debt->due;
  g_date_add_years (limitation, MU_DEBT_LIMITATION_YEARS);
  if (on_or_before (&debt->claim.sent, as_of) && g_date_compare (&debt->claim.sent, limitation) <= 0)
    g_date_add_days (limitation, debt->claim_days);
}

/* The status of a debt with something outstanding: what happened last —
 * the claim or the arrangement — decides. */
static MuDebtStatus
status_of (const MuDebt      *debt,
           const GDate       *as_of,
           const MuDebtState *state,
           gboolean           arranged_now)
{
  gboolean claimed = g_date_valid (&state->court_from);

  if (claimed && (!arranged_now || g_date_compare (&debt->claim.sent, &debt->arrangement.agreed) > 0))
    return g_date_compare (as_of, &state->court_from) < 0 ? MU_DEBT_CLAIMED : MU_DEBT_MAY_SUE;
  if (arranged_now)
    return state->days_overdue > 0 ? MU_DEBT_BEHIND : MU_DEBT_ARRANGED;
  return state->days_overdue > 0 ? MU_DEBT_OVERDUE : MU_DEBT_OPEN;
}

/* The next step agreed at the last contact, while it is still ahead. */
static const GDate *
agreed_step (const MuDebt *debt,
             const GDate  *as_of)
{
  const MuDebtContact *last = NULL;

  for (guint i = 0; i < debt->contacts->len; i++)
    {
      const MuDebtContact *c = &g_array_index (debt->contacts, MuDebtContact, i);

      if (g_date_compare (&c->date, as_of) <= 0)
        last = c;
    }
  if (last == NULL || !g_date_valid (&last->next_step) || g_date_compare (&last->next_step, as_of) < 0)
    return NULL;
  return &last->next_step;
}

static void
next_step (const MuDebt *debt,
           const GDate  *as_of,
           const GDate  *due,
           MuDebtState  *state)
{
  const GDate *agreed = agreed_step (debt, as_of);

  switch (state->status)
    {
    case MU_DEBT_OPEN:
      state->next_step = MU_NEXT_WAIT;
      add_days (&state->next_date, due, 1);
      break;
    case MU_DEBT_ARRANGED:
      state->next_step = MU_NEXT_CHECK_ARRANGEMENT;
      add_days (&state->next_date, due, 1);
      break;
    case MU_DEBT_CLAIMED:
      state->next_step = MU_NEXT_AWAIT_CLAIM;
      state->next_date = state->court_from;
      break;
    case MU_DEBT_MAY_SUE:
      state->next_step = MU_NEXT_NEGOTIATE;
      state->next_date = state->court_from;
      break;
    case MU_DEBT_OVERDUE:
    case MU_DEBT_BEHIND:
    default:
      {
        gboolean claim_due = state->status == MU_DEBT_OVERDUE && state->days_overdue > MU_DEBT_CLAIM_AFTER;

        state->next_step = claim_due ? MU_NEXT_SEND_CLAIM : MU_NEXT_REMIND;
        add_days (&state->next_date, due, claim_due ? MU_DEBT_CLAIM_AFTER + 1 : 1);
      }
      break;
    }
  /* The owner agreed a step with the debtor: it comes first when it is
   * sooner, or when something is late now. */
  if (agreed != NULL && (g_date_compare (agreed, &state->next_date) < 0 ||
                         g_date_compare (&state->next_date, as_of) <= 0))
    {
      state->next_step = MU_NEXT_FOLLOW_UP;
      state->next_date = *agreed;
    }
}

/* What the figures rest on, checked on every call — cheaply; the whole of
 * mu_debt_validate() runs only to say why when something does not hold. */
static gboolean
derivable (const MuDebt *debt,
           GError      **error)
{
  g_autofree char *where = NULL;
  MuMoney paid;

  if (debt->amount > 0 && g_date_valid (&debt->due) && mu_debt_paid_by (debt, NULL, &paid, NULL) &&
      paid <= debt->amount)
    return TRUE;
  if (!mu_debt_validate (debt, &where, error))
    {
      g_prefix_error (error, "%s: ", where);
      return FALSE;
    }
  g_set_error (error, MU_CORE_ERROR, MU_CORE_ERROR_INVALID, "payments: %s",
               _("the payments come to more than the amount owed"));
  return FALSE;
}

gboolean
mu_debt_state (const MuDebt *debt,
               const GDate  *as_of,
               MuDebtState  *state,
               GError      **error)
{
  gboolean arranged_now;
  GDate due;

  g_return_val_if_fail (debt != NULL, FALSE);
  g_return_val_if_fail (as_of != NULL && g_date_valid (as_of), FALSE);
  g_return_val_if_fail (state != NULL, FALSE);

  memset (state, 0, sizeof *state);
  g_date_clear (&state->court_from, 1);
  g_date_clear (&state->next_date, 1);
  if (!derivable (debt, error) || !mu_debt_paid_by (debt, as_of, &state->paid, error))
    return FALSE;
  state->outstanding = debt->amount - state->paid;
  limitation_date (debt, as_of, &state->limitation);
  if (on_or_before (&debt->claim.sent, as_of))
    add_days (&state->court_from, &debt->claim.sent, debt->claim_days + 1);

  if (debt->write_off != MU_WRITE_OFF_NONE && on_or_before (&debt->written_off, as_of))
    {
      state->outstanding = 0;
      state->status = MU_DEBT_WRITTEN_OFF;
      return TRUE;
    }
  if (state->outstanding == 0)
    {
      state->status = MU_DEBT_SETTLED;
      return TRUE;
    }
  if (!due_in_force (debt, as_of, state->paid, &due, &arranged_now, error))
    return FALSE;
  if (g_date_compare (as_of, &due) > 0)
    state->days_overdue = (guint) g_date_days_between (&due, as_of);
  state->bucket = bucket_of (state->days_overdue);
  state->status = status_of (debt, as_of, state, arranged_now);
  next_step (debt, as_of, &due, state);
  return TRUE;
}
