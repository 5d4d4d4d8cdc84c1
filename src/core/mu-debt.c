/* mu-debt.c — debtors and debts: making, copying and freeing them, their
 * words and labels, what a debt must satisfy, and recording a payment
 *
 * What a debt is as of a date is in mu-debt-state.c, the findings about
 * it in mu-debt-rules.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mu-core-error.h"
#include "mu-currency.h"
#include "mu-debt-private.h"

gboolean
mu_debt_date_ok (const GDate *date)
{
  return date != NULL && g_date_valid (date) && g_date_get_year (date) >= MU_DEBT_YEAR_MIN &&
         g_date_get_year (date) <= MU_DEBT_YEAR_MAX;
}

char *
mu_debt_date_text (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("—");
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

char *
mu_debt_money_text (const MuDebt *debt,
                    MuMoney       amount)
{
  const MuCurrency *currency = mu_currency_lookup (debt->currency);
  g_autofree char *number = mu_decimal_format (amount, currency != NULL ? currency->exponent : 2);

  return g_strdup_printf ("%s %s", number, debt->currency);
}

/* Negative when @a comes first; an invalid date comes after every valid one. */
int
mu_debt_compare_dates (const GDate *a,
                       const GDate *b)
{
  gboolean va = g_date_valid (a), vb = g_date_valid (b);

  if (!va || !vb)
    return (int) vb - (int) va;
  return g_date_compare (a, b);
}

MuDebtor *
mu_debtor_new (const char   *id,
               const char   *name,
               MuDebtorKind  kind)
{
  MuDebtor *debtor = g_new0 (MuDebtor, 1);

  debtor->id = g_strdup (id);
  debtor->name = g_strdup (name);
  debtor->kind = kind;
  return debtor;
}

MuDebtor *
mu_debtor_copy (const MuDebtor *debtor)
{
  MuDebtor *copy;

  g_return_val_if_fail (debtor != NULL, NULL);

  copy = g_memdup2 (debtor, sizeof *debtor);
  copy->id = g_strdup (debtor->id);
  copy->name = g_strdup (debtor->name);
  copy->tax_number = g_strdup (debtor->tax_number);
  copy->address = g_strdup (debtor->address);
  copy->contacts = g_strdup (debtor->contacts);
  copy->notes = g_strdup (debtor->notes);
  return copy;
}

void
mu_debtor_free (MuDebtor *debtor)
{
  if (debtor == NULL)
    return;
  g_free (debtor->id);
  g_free (debtor->name);
  g_free (debtor->tax_number);
  g_free (debtor->address);
  g_free (debtor->contacts);
  g_free (debtor->notes);
  g_free (debtor);
}

static void
payment_clear (gpointer data)
{
  MuDebtPayment *payment = data;

  g_clear_pointer (&payment->note, g_free);
}

static void
contact_clear (gpointer data)
{
  MuDebtContact *contact = data;

  g_clear_pointer (&contact->with, g_free);
  g_clear_pointer (&contact->note, g_free);
}

static GArray *
payments_new (void)
{
  GArray *payments = g_array_new (FALSE, TRUE, sizeof (MuDebtPayment));

  g_array_set_clear_func (payments, payment_clear);
  return payments;
}

static GArray *
contacts_new (void)
{
  GArray *contacts = g_array_new (FALSE, TRUE, sizeof (MuDebtContact));

  g_array_set_clear_func (contacts, contact_clear);
  return contacts;
}

/* A debt of @amount due on @due (which may be NULL or invalid, for the
 * caller to set): no history, the default claim period. */
MuDebt *
mu_debt_new (const char  *id,
             const char  *debtor_id,
             const char  *currency,
             MuMoney      amount,
             const GDate *due)
{
  MuDebt *debt = g_new0 (MuDebt, 1);

  debt->id = g_strdup (id);
  debt->debtor_id = g_strdup (debtor_id);
  g_strlcpy (debt->currency, currency != NULL ? currency : "RUB", sizeof debt->currency);
  debt->amount = amount;
  g_date_clear (&debt->due, 1);
  if (due != NULL && g_date_valid (due))
    debt->due = *due;
  g_date_clear (&debt->document_date, 1);
  debt->claim_days = MU_DEBT_CLAIM_DAYS_DEFAULT;
  debt->payments = payments_new ();
  debt->contacts = contacts_new ();
  g_date_clear (&debt->claim.sent, 1);
  g_date_clear (&debt->claim.delivered, 1);
  g_date_clear (&debt->arrangement.agreed, 1);
  g_date_clear (&debt->arrangement.first_due, 1);
  g_date_clear (&debt->written_off, 1);
  return debt;
}

MuDebt *
mu_debt_copy (const MuDebt *debt)
{
  MuDebt *copy;

  g_return_val_if_fail (debt != NULL, NULL);

  copy = g_memdup2 (debt, sizeof *debt);
  copy->id = g_strdup (debt->id);
  copy->debtor_id = g_strdup (debt->debtor_id);
  copy->document = g_strdup (debt->document);
  copy->notes = g_strdup (debt->notes);
  copy->payments = payments_new ();
  for (guint i = 0; i < debt->payments->len; i++)
    {
      MuDebtPayment p = g_array_index (debt->payments, MuDebtPayment, i);

      p.note = g_strdup (p.note);
      g_array_append_val (copy->payments, p);
    }
  copy->contacts = contacts_new ();
  for (guint i = 0; i < debt->contacts->len; i++)
    {
      MuDebtContact c = g_array_index (debt->contacts, MuDebtContact, i);

      c.with = g_strdup (c.with);
      c.note = g_strdup (c.note);
      g_array_append_val (copy->contacts, c);
    }
  return copy;
}

void
mu_debt_free (MuDebt *debt)
{
  if (debt == NULL)
    return;
  g_free (debt->id);
  g_free (debt->debtor_id);
  g_free (debt->document);
  g_free (debt->notes);
  g_array_unref (debt->payments);
  g_array_unref (debt->contacts);
  g_free (debt);
}

const char *
mu_age_bucket_to_string (MuAgeBucket bucket)
{
  static const char * const words[] = { "not-due", "1-30", "31-90", "91-180", "over-180" };

  g_return_val_if_fail (bucket < G_N_ELEMENTS (words), NULL);
  return words[bucket];
}

const char *
mu_age_bucket_get_label (MuAgeBucket bucket)
{
  switch (bucket)
    {
    case MU_BUCKET_NOT_DUE:
      /* Translators: an ageing bucket of receivables. */
      return _("Not due");
    case MU_BUCKET_1_30:
      /* Translators: an ageing bucket: overdue by 1 to 30 days. */
      return _("1–30 days");
    case MU_BUCKET_31_90:
      /* Translators: an ageing bucket: overdue by 31 to 90 days. */
      return _("31–90 days");
    case MU_BUCKET_91_180:
      /* Translators: an ageing bucket: overdue by 91 to 180 days. */
      return _("91–180 days");
    case MU_BUCKET_OVER_180:
      /* Translators: an ageing bucket: overdue by more than 180 days. */
      return _("Over 180 days");
    case MU_N_BUCKETS:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
mu_debt_status_to_string (MuDebtStatus status)
{
  static const char * const words[] = {
    "open", "overdue", "claimed", "may-sue", "arranged", "behind", "settled", "written-off"
  };

  g_return_val_if_fail (status < G_N_ELEMENTS (words), NULL);
  return words[status];
}

const char *
mu_debt_status_get_label (MuDebtStatus status)
{
  switch (status)
    {
    case MU_DEBT_OPEN:
      /* Translators: the status of a debt that is not due yet. */
      return _("Open");
    case MU_DEBT_OVERDUE:
      return _("Overdue");
    case MU_DEBT_CLAIMED:
      /* Translators: the status of a debt: a written claim was sent, its period runs. */
      return _("Claim sent");
    case MU_DEBT_MAY_SUE:
      /* Translators: the status of a debt: the claim period has ended, a suit may be filed. */
      return _("May go to court");
    case MU_DEBT_ARRANGED:
      /* Translators: the status of a debt: a deferral or instalments were agreed. */
      return _("Arranged");
    case MU_DEBT_BEHIND:
      /* Translators: the status of a debt: an agreed instalment or new date has passed unpaid. */
      return _("Arrangement behind");
    case MU_DEBT_SETTLED:
      return _("Settled");
    case MU_DEBT_WRITTEN_OFF:
      return _("Written off");
    default:
      g_return_val_if_reached (NULL);
    }
}

static gboolean
word_lookup (const char * const *words,
             const char         *text,
             int                *value)
{
  for (int i = 0; words[i] != NULL; i++)
    if (strcmp (words[i], text) == 0)
      {
        *value = i;
        return TRUE;
      }
  return FALSE;
}

static const char * const payment_words[] = { "cash", "in-kind", "set-off", NULL };

const char *
mu_payment_kind_to_string (MuPaymentKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (payment_words) - 1, NULL);
  return payment_words[kind];
}

gboolean
mu_payment_kind_from_string (const char    *text,
                             MuPaymentKind *kind)
{
  int value;

  g_return_val_if_fail (text != NULL, FALSE);
  if (!word_lookup (payment_words, text, &value))
    return FALSE;
  *kind = (MuPaymentKind) value;
  return TRUE;
}

const char *
mu_next_step_to_string (MuNextStep step)
{
  static const char * const words[] = {
    "none", "wait", "remind", "follow-up", "send-claim", "await-claim", "negotiate", "check-arrangement"
  };

  g_return_val_if_fail (step < G_N_ELEMENTS (words), NULL);
  return words[step];
}

const char *
mu_next_step_get_label (MuNextStep step)
{
  switch (step)
    {
    case MU_NEXT_NONE:
      /* Translators: the next step for a debt settled or written off. */
      return _("Nothing to do");
    case MU_NEXT_WAIT:
      /* Translators: the next step for a debt not due yet. */
      return _("Wait for the due date");
    case MU_NEXT_REMIND:
      /* Translators: the next step for a debt just overdue: a soft reminder. */
      return _("Call or write a reminder");
    case MU_NEXT_FOLLOW_UP:
      /* Translators: the next step agreed with the debtor at the last contact. */
      return _("Follow up as agreed");
    case MU_NEXT_SEND_CLAIM:
      /* Translators: the next step: send the written claim (pretenziya) a court requires. */
      return _("Send the written claim");
    case MU_NEXT_AWAIT_CLAIM:
      /* Translators: the next step: the claim period runs. */
      return _("Wait for the claim period to end");
    case MU_NEXT_NEGOTIATE:
      /* Translators: the next step after the claim period: settle, arrange or go to court. */
      return _("Settle, arrange instalments, or go to court");
    case MU_NEXT_CHECK_ARRANGEMENT:
      /* Translators: the next step: check that the agreed instalment was paid. */
      return _("Check the agreed payment came");
    default:
      g_return_val_if_reached (NULL);
    }
}

static const char * const contact_words[] = { "call", "letter", "message", "meeting", NULL };
static const char * const method_words[] = { "post", "hand", "email", "courier", NULL };

const char *
mu_contact_kind_to_string (MuContactKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (contact_words) - 1, NULL);
  return contact_words[kind];
}

gboolean
mu_contact_kind_from_string (const char    *text,
                             MuContactKind *kind)
{
  int value;

  g_return_val_if_fail (text != NULL, FALSE);
  if (!word_lookup (contact_words, text, &value))
    return FALSE;
  *kind = (MuContactKind) value;
  return TRUE;
}

const char *
mu_claim_method_to_string (MuClaimMethod method)
{
  g_return_val_if_fail (method < G_N_ELEMENTS (method_words) - 1, NULL);
  return method_words[method];
}

gboolean
mu_claim_method_from_string (const char    *text,
                             MuClaimMethod *method)
{
  int value;

  g_return_val_if_fail (text != NULL, FALSE);
  if (!word_lookup (method_words, text, &value))
    return FALSE;
  *method = (MuClaimMethod) value;
  return TRUE;
}

G_GNUC_PRINTF (2, 3)
static gboolean
refuse (GError    **error,
        const char *format,
        ...)
{
  va_list args;

  va_start (args, format);
  if (error != NULL)
    *error = g_error_new_valist (MU_CORE_ERROR, MU_CORE_ERROR_INVALID, format, args);
  va_end (args);
  return FALSE;
}

/* What a user recording a payment expects to be told before the debt
 * changes: a payment beyond what is outstanding is refused, with what may
 * still be paid. */
static gboolean
payment_acceptable (const MuDebt *debt,
                    const GDate  *date,
                    MuMoney       amount,
                    GError      **error)
{
  g_autofree char *left_text = NULL, *amount_text = NULL;
  MuMoney paid;

  if (!mu_debt_date_ok (date))
    /* Translators: %u and %u are the first and last years, 1900 and 9999. */
    return refuse (error, _("A payment needs a valid date from the year %u to %u."), MU_DEBT_YEAR_MIN,
                   MU_DEBT_YEAR_MAX);
  if (amount <= 0)
    return refuse (error, _("A payment must be more than nothing."));
  if (debt->write_off != MU_WRITE_OFF_NONE && g_date_valid (&debt->written_off) &&
      g_date_compare (date, &debt->written_off) > 0)
    {
      g_autofree char *written_off = mu_debt_date_text (&debt->written_off);

      /* Translators: %s is the day of the write-off, e.g. 2025-05-10. */
      return refuse (error, _("The debt was written off on %s. Cancel the write-off to record a payment after it."),
                     written_off);
    }
  if (!mu_debt_paid_by (debt, NULL, &paid, error))
    return FALSE;
  if (paid >= debt->amount)
    return refuse (error, _("The debt is paid in full: nothing is left to pay."));
  if (amount > debt->amount - paid)
    {
      left_text = mu_debt_money_text (debt, debt->amount - paid);
      amount_text = mu_debt_money_text (debt, amount);
      /* Translators: the first %s is the payment, the second what is outstanding, e.g. “1200.00 RUB”. */
      return refuse (error, _("%s is more than the %s outstanding. Record at most %s; anything paid beyond the "
                              "debt is not a payment of it and should be returned."),
                     amount_text, left_text, left_text);
    }
  return TRUE;
}

/* Records a payment in date order (after those of the same day), or
 * leaves @debt as it was and says why not. */
gboolean
mu_debt_add_payment (MuDebt        *debt,
                     const GDate   *date,
                     MuMoney        amount,
                     MuPaymentKind  kind,
                     const char    *note,
                     GError       **error)
{
  MuDebtPayment payment = { 0 };
  g_autofree char *where = NULL;
  guint at = 0;

  g_return_val_if_fail (debt != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail ((guint) kind <= MU_PAYMENT_SET_OFF, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!payment_acceptable (debt, date, amount, error))
    return FALSE;
  while (at < debt->payments->len &&
         g_date_compare (&g_array_index (debt->payments, MuDebtPayment, at).date, date) <= 0)
    at++;
  payment.date = *date;
  payment.amount = amount;
  payment.kind = kind;
  payment.note = g_strdup (note);
  g_array_insert_val (debt->payments, at, payment);

  /* A payment before an arrangement changes what was arranged: the debt
   * as a whole must still hold together. */
  if (!mu_debt_validate (debt, &where, error))
    {
      g_array_remove_index (debt->payments, at);
      g_prefix_error (error, "%s: ", where);
      return FALSE;
    }
  return TRUE;
}
