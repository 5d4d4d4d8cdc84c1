/* mu-debt-text.c — a debt's figures and history as the window writes
 * them
 *
 * Amounts are the locale's (mu-input.c) with the currency's code after
 * them, dates in the locale's order, as the fields that take them read
 * them back. The history is what the debt holds — payments, contacts, the
 * claim, the arrangement, the write-off — in date order, and for each
 * the path of its field, so that a finding can point at it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-currency.h"
#include "mu-debt-text.h"
#include "mu-input.h"

guint
mu_debt_exponent (const MuDebt *debt)
{
  const MuCurrency *currency = mu_currency_lookup (debt->currency);

  return currency != NULL ? currency->exponent : 2;
}

char *
mu_debt_format_money (const MuDebt *debt,
                      MuMoney       amount)
{
  g_autofree char *figure = mu_input_format_amount (amount, mu_debt_exponent (debt));

  /* Translators: an amount and its currency code, “1 250,00 RUB”. */
  return g_strdup_printf (_("%s %s"), figure, debt->currency);
}

/* In the locale's order, as a date field reads it; “—” for none. */
char *
mu_debt_format_date (const GDate *date)
{
  return g_date_valid (date) ? mu_input_format_date (date) : g_strdup ("—");
}

/* “71 days overdue”, or “Due 30.06.2025” before the due date, or
 * nothing once settled or written off. */
char *
mu_debt_format_lateness (const MuDebt      *debt,
                         const MuDebtState *state)
{
  g_autofree char *due = mu_debt_format_date (&debt->due);

  if (state->status == MU_DEBT_SETTLED || state->status == MU_DEBT_WRITTEN_OFF)
    return g_strdup ("");
  if (state->days_overdue == 0)
    /* Translators: a debt not yet late: the day it falls due. */
    return g_strdup_printf (_("Due %s"), due);
  /* Translators: how many calendar days a debt is late. */
  return g_strdup_printf (ngettext ("%u day overdue", "%u days overdue", state->days_overdue), state->days_overdue);
}

/* “Invoice 17 of 01.03.2025”, or the document alone. */
char *
mu_debt_format_basis (const MuDebt *debt)
{
  const char *document = debt->document != NULL && debt->document[0] != '\0' ? debt->document : _("No document");
  g_autofree char *date = NULL;

  if (!g_date_valid (&debt->document_date))
    return g_strdup (document);
  date = mu_debt_format_date (&debt->document_date);
  /* Translators: a debt's basis: the contract or invoice, then its date. */
  return g_strdup_printf (_("%s of %s"), document, date);
}

static void
event_clear (gpointer data)
{
  MuDebtEvent *event = data;

  g_free (event->text);
  g_free (event->field);
}

static void
add_event (GArray      *events,
           const GDate *date,
           char        *field,
           char        *text)
{
  MuDebtEvent event = { *date, text, field };

  g_array_append_val (events, event);
}

static const char *
payment_kind_label (MuPaymentKind kind)
{
  switch (kind)
    {
    case MU_PAYMENT_IN_KIND:
      return _("in kind");
    case MU_PAYMENT_SET_OFF:
      return _("by set-off");
    case MU_PAYMENT_CASH:
    default:
      return _("in cash");
    }
}

static const char *
contact_kind_label (MuContactKind kind)
{
  switch (kind)
    {
    case MU_CONTACT_LETTER:
      return _("Letter");
    case MU_CONTACT_MESSAGE:
      return _("Message");
    case MU_CONTACT_MEETING:
      return _("Meeting");
    case MU_CONTACT_CALL:
    default:
      return _("Call");
    }
}

static const char *
claim_method_label (MuClaimMethod method)
{
  switch (method)
    {
    case MU_CLAIM_BY_HAND:
      return _("by hand, against signature");
    case MU_CLAIM_BY_EMAIL:
      return _("by e-mail");
    case MU_CLAIM_BY_COURIER:
      return _("by courier");
    case MU_CLAIM_BY_POST:
    default:
      return _("by registered post");
    }
}

static void
add_payments (GArray       *events,
              const MuDebt *debt)
{
  for (guint i = 0; i < debt->payments->len; i++)
    {
      const MuDebtPayment *payment = &g_array_index (debt->payments, MuDebtPayment, i);
      g_autofree char *amount = mu_debt_format_money (debt, payment->amount);
      char *text;

      if (payment->note != NULL && payment->note[0] != '\0')
        /* Translators: a payment: the amount, how it was paid (“in cash”), a note. */
        text = g_strdup_printf (_("Paid %s %s: %s"), amount, payment_kind_label (payment->kind), payment->note);
      else
        /* Translators: a payment: the amount and how it was paid (“in cash”). */
        text = g_strdup_printf (_("Paid %s %s"), amount, payment_kind_label (payment->kind));
      add_event (events, &payment->date, g_strdup_printf ("payments[%u].amount", i), text);
    }
}

static void
add_contacts (GArray       *events,
              const MuDebt *debt)
{
  for (guint i = 0; i < debt->contacts->len; i++)
    {
      const MuDebtContact *contact = &g_array_index (debt->contacts, MuDebtContact, i);
      GString *text = g_string_new (contact_kind_label (contact->kind));

      if (contact->with != NULL && contact->with[0] != '\0')
        /* Translators: who was spoken to about the debt, when not the debtor. */
        g_string_append_printf (text, _(", with %s"), contact->with);
      if (contact->note != NULL && contact->note[0] != '\0')
        g_string_append_printf (text, ": %s", contact->note);
      if (g_date_valid (&contact->next_step))
        {
          g_autofree char *next = mu_debt_format_date (&contact->next_step);

          /* Translators: after a contact: the date of the next step agreed. */
          g_string_append_printf (text, _("; next step on %s"), next);
        }
      add_event (events, &contact->date, g_strdup_printf ("contacts[%u].with", i), g_string_free (text, FALSE));
    }
}

static void
add_steps (GArray       *events,
           const MuDebt *debt)
{
  if (g_date_valid (&debt->claim.sent))
    add_event (events, &debt->claim.sent, g_strdup ("claim.sent"),
               /* Translators: the written claim, then how it was sent (“by registered post”). */
               g_strdup_printf (_("Written claim sent %s"), claim_method_label (debt->claim.method)));
  if (g_date_valid (&debt->claim.delivered))
    add_event (events, &debt->claim.delivered, g_strdup ("claim.delivered"), g_strdup (_("Written claim delivered")));
  if (debt->arrangement.kind == MU_ARRANGEMENT_DEFERRAL)
    {
      g_autofree char *due = mu_debt_format_date (&debt->arrangement.first_due);

      add_event (events, &debt->arrangement.agreed, g_strdup ("arrangement"),
                 /* Translators: a deferral agreed: the new due date. */
                 g_strdup_printf (_("Deferral agreed: due on %s"), due));
    }
  else if (debt->arrangement.kind == MU_ARRANGEMENT_INSTALMENTS)
    {
      g_autofree char *first = mu_debt_format_date (&debt->arrangement.first_due);
      guint months = debt->arrangement.every;
      /* Translators: how often the instalments of a plan fall, when not every month: “every 3 months”. */
      g_autofree char *every = months == 1 ? g_strdup (_("every month"))
                                           : g_strdup_printf (ngettext ("every %u month", "every %u months", months),
                                                              months);

      add_event (events, &debt->arrangement.agreed, g_strdup ("arrangement"),
                 /* Translators: an instalment plan agreed: how many, how often
                  * (“every 2 months”), from a date. */
                 g_strdup_printf (ngettext ("Interest-free plan agreed: %u instalment %s from %s",
                                            "Interest-free plan agreed: %u instalments %s from %s",
                                            debt->arrangement.n),
                                  debt->arrangement.n, every, first));
    }
  if (debt->write_off == MU_WRITE_OFF_FORGIVEN)
    add_event (events, &debt->written_off, g_strdup ("write_off"), g_strdup (_("Forgiven as charity (sadaqah)")));
  else if (debt->write_off == MU_WRITE_OFF_UNCOLLECTABLE)
    add_event (events, &debt->written_off, g_strdup ("write_off"), g_strdup (_("Written off as uncollectable")));
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  return g_date_compare (&((const MuDebtEvent *) a)->date, &((const MuDebtEvent *) b)->date);
}

/* Of MuDebtEvent, by date; what happened on one day in the order above. */
GArray *
mu_debt_history (const MuDebt *debt)
{
  GArray *events = g_array_new (FALSE, TRUE, sizeof (MuDebtEvent));

  g_array_set_clear_func (events, event_clear);
  add_payments (events, debt);
  add_contacts (events, debt);
  add_steps (events, debt);
  /* A stable sort (g_qsort_with_data): a day's events keep the order above. */
  g_array_sort (events, compare_events);
  return events;
}
