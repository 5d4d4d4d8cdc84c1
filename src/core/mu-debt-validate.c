/* mu-debt-validate.c — what a debt must satisfy before it is stored or
 * derived from
 *
 * Every message names the field by its path, as findings and the store
 * name it ("payments[2].amount"), and says what would be right.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mu-core-error.h"
#include "mu-currency.h"
#include "mu-debt-private.h"

G_GNUC_PRINTF (4, 5)
static gboolean
invalid (char      **where,
         GError    **error,
         const char *path,
         const char *format,
         ...)
{
  va_list args;

  va_start (args, format);
  if (error != NULL)
    {
      g_assert (*error == NULL);
      *error = g_error_new_valist (MU_CORE_ERROR, MU_CORE_ERROR_INVALID, format, args);
    }
  va_end (args);
  *where = g_strdup (path);
  return FALSE;
}

static gboolean
date_invalid (char      **where,
              GError    **error,
              const char *path)
{
  /* Translators: %u and %u are the first and last years, 1900 and 9999. */
  return invalid (where, error, path, _("enter a valid date from the year %u to %u"), MU_DEBT_YEAR_MIN,
                  MU_DEBT_YEAR_MAX);
}

static gboolean
validate_basics (const MuDebt *debt,
                 char        **where,
                 GError      **error)
{
  if (debt->id == NULL || debt->id[0] == '\0')
    return invalid (where, error, "id", _("every debt needs an id"));
  if (debt->debtor_id == NULL || debt->debtor_id[0] == '\0')
    return invalid (where, error, "debtor", _("every debt needs its debtor"));
  if (mu_currency_lookup (debt->currency) == NULL)
    /* Translators: %s is what was given as the currency, e.g. “RUR”. */
    return invalid (where, error, "currency", _("“%s” is not an ISO 4217 currency code, such as RUB"),
                    debt->currency);
  if (debt->amount <= 0)
    return invalid (where, error, "amount", _("the amount owed must be more than nothing"));
  if (!mu_debt_date_ok (&debt->due))
    return date_invalid (where, error, "due");
  if (g_date_valid (&debt->document_date))
    {
      g_autofree char *date = mu_debt_date_text (&debt->document_date);

      if (!mu_debt_date_ok (&debt->document_date))
        return date_invalid (where, error, "document_date");
      if (g_date_compare (&debt->due, &debt->document_date) < 0)
        /* Translators: %s is the document’s date, e.g. 2025-05-10. */
        return invalid (where, error, "due", _("the due date comes before the document’s date, %s"), date);
    }
  if (debt->claim_days < 1 || debt->claim_days > MU_DEBT_CLAIM_DAYS_MAX)
    /* Translators: %u is the longest claim period, 365. */
    return invalid (where, error, "claim_days", _("the claim period must be from 1 to %u days"),
                    MU_DEBT_CLAIM_DAYS_MAX);
  if (debt->charity_pledge < 0)
    return invalid (where, error, "charity_pledge", _("a charity pledge cannot be negative"));
  return TRUE;
}

static gboolean
is_written_off (const MuDebt *debt)
{
  return debt->write_off != MU_WRITE_OFF_NONE;
}

/* Each dated, in order, more than nothing, together no more than the
 * amount, none after the write-off. */
static gboolean
validate_payments (const MuDebt *debt,
                   char        **where,
                   GError      **error)
{
  MuMoney total = 0;

  for (guint i = 0; i < debt->payments->len; i++)
    {
      const MuDebtPayment *p = &g_array_index (debt->payments, MuDebtPayment, i);
      g_autofree char *date_path = g_strdup_printf ("payments[%u].date", i);
      g_autofree char *amount_path = g_strdup_printf ("payments[%u].amount", i);

      if (!mu_debt_date_ok (&p->date))
        return date_invalid (where, error, date_path);
      if (i > 0 && g_date_compare (&p->date, &g_array_index (debt->payments, MuDebtPayment, i - 1).date) < 0)
        /* Translators: %u is the index of the payment before, counted from 0. */
        return invalid (where, error, date_path, _("the payments must be in date order: this one is dated "
                                                   "before payments[%u]"), i - 1);
      if (p->amount <= 0)
        return invalid (where, error, amount_path, _("a payment must be more than nothing"));
      if ((guint) p->kind > MU_PAYMENT_SET_OFF)
        {
          g_autofree char *kind_path = g_strdup_printf ("payments[%u].kind", i);

          return invalid (where, error, kind_path, _("a payment is in cash, in kind, or a set-off"));
        }
      if (is_written_off (debt) && g_date_valid (&debt->written_off) &&
          g_date_compare (&p->date, &debt->written_off) > 0)
        return invalid (where, error, date_path, _("the debt was written off before this payment; cancel the "
                                                   "write-off to record a payment after it"));
      if (p->amount > debt->amount - total)
        {
          g_autofree char *owed = mu_debt_money_text (debt, debt->amount);

          /* Translators: %s is the amount owed, e.g. “1200.00 RUB”. */
          return invalid (where, error, amount_path, _("the payments come to more than the %s owed; a debt is "
                                                       "paid at most in full"), owed);
        }
      total += p->amount;
    }
  return TRUE;
}

static gboolean
validate_contacts (const MuDebt *debt,
                   char        **where,
                   GError      **error)
{
  for (guint i = 0; i < debt->contacts->len; i++)
    {
      const MuDebtContact *c = &g_array_index (debt->contacts, MuDebtContact, i);
      g_autofree char *date_path = g_strdup_printf ("contacts[%u].date", i);
      g_autofree char *next_path = g_strdup_printf ("contacts[%u].next_step", i);

      if (!mu_debt_date_ok (&c->date))
        return date_invalid (where, error, date_path);
      if (i > 0 && g_date_compare (&c->date, &g_array_index (debt->contacts, MuDebtContact, i - 1).date) < 0)
        /* Translators: %u is the index of the contact before, counted from 0. */
        return invalid (where, error, date_path, _("the contacts must be in date order: this one is dated "
                                                   "before contacts[%u]"), i - 1);
      if ((guint) c->kind > MU_CONTACT_MEETING)
        {
          g_autofree char *kind_path = g_strdup_printf ("contacts[%u].kind", i);

          return invalid (where, error, kind_path, _("a contact is a call, a letter, a message or a meeting"));
        }
      if (g_date_valid (&c->next_step) && !mu_debt_date_ok (&c->next_step))
        return date_invalid (where, error, next_path);
      if (g_date_valid (&c->next_step) && g_date_compare (&c->next_step, &c->date) < 0)
        return invalid (where, error, next_path, _("the next step cannot come before the contact it was agreed at"));
    }
  return TRUE;
}

/* Sent after the due date (before it nothing is owed), delivered after
 * it was sent. */
static gboolean
validate_claim (const MuDebt *debt,
                char        **where,
                GError      **error)
{
  const MuDebtClaim *c = &debt->claim;

  if (!g_date_valid (&c->sent))
    {
      if (g_date_valid (&c->delivered))
        return invalid (where, error, "claim.delivered", _("a claim cannot be delivered before it is sent; enter "
                                                           "the day it was sent"));
      return TRUE;
    }
  if (!mu_debt_date_ok (&c->sent))
    return date_invalid (where, error, "claim.sent");
  if (g_date_compare (&c->sent, &debt->due) <= 0)
    {
      g_autofree char *due = mu_debt_date_text (&debt->due);

      /* Translators: %s is the due date, e.g. 2025-05-10. */
      return invalid (where, error, "claim.sent", _("a claim can be sent only after the due date, %s: until then "
                                                    "nothing is late"), due);
    }
  if ((guint) c->method > MU_CLAIM_BY_COURIER)
    return invalid (where, error, "claim.method", _("a claim is sent by post, by hand, by e-mail or by courier"));
  if (g_date_valid (&c->delivered) && !mu_debt_date_ok (&c->delivered))
    return date_invalid (where, error, "claim.delivered");
  if (g_date_valid (&c->delivered) && g_date_compare (&c->delivered, &c->sent) < 0)
    return invalid (where, error, "claim.delivered", _("a claim cannot be delivered before it was sent"));
  return TRUE;
}

static gboolean
validate_instalments (const MuDebt *debt,
                      MuMoney       arranged,
                      char        **where,
                      GError      **error)
{
  const MuDebtArrangement *a = &debt->arrangement;
  GDate last;

  if (a->n < 1 || a->n > MU_DEBT_MAX_INSTALMENTS)
    /* Translators: %u is the most instalments, 600. */
    return invalid (where, error, "arrangement.n", _("agree from 1 to %u instalments"), MU_DEBT_MAX_INSTALMENTS);
  if (a->every < 1 || a->every > 12)
    return invalid (where, error, "arrangement.every", _("the instalments come every 1 to 12 months"));
  if (arranged < (MuMoney) a->n)
    {
      g_autofree char *amount = mu_debt_money_text (debt, arranged);

      /* Translators: %s is what was outstanding, e.g. “0.05 RUB”; %u the instalments agreed. */
      return invalid (where, error, "arrangement.n", _("%s cannot be split into %u instalments of at least one "
                                                       "minor unit each; agree fewer"), amount, a->n);
    }
  mu_debt_instalment_date (a, a->n - 1, &last);
  if (!mu_debt_date_ok (&last))
    /* Translators: %u is the last year a date may have, 9999. */
    return invalid (where, error, "arrangement.n", _("the last instalment would fall after the year %u; agree "
                                                     "fewer instalments"), MU_DEBT_YEAR_MAX);
  return TRUE;
}

/* Agreed on a day something was outstanding, not after the write-off; a
 * deferral to a later date than the contract's. */
static gboolean
validate_arrangement (const MuDebt *debt,
                      char        **where,
                      GError      **error)
{
  const MuDebtArrangement *a = &debt->arrangement;
  g_autofree char *agreed = NULL;
  MuMoney paid;

  if ((guint) a->kind > MU_ARRANGEMENT_INSTALMENTS)
    return invalid (where, error, "arrangement.kind", _("an arrangement is a deferral or instalments"));
  if (a->kind == MU_ARRANGEMENT_NONE)
    return TRUE;
  if (!mu_debt_date_ok (&a->agreed))
    return date_invalid (where, error, "arrangement.agreed");
  if (!mu_debt_date_ok (&a->first_due))
    return date_invalid (where, error, "arrangement.first_due");
  if (g_date_compare (&a->first_due, &a->agreed) < 0)
    return invalid (where, error, "arrangement.first_due", _("the first payment cannot fall before the day the "
                                                             "arrangement was agreed"));
  if (a->kind == MU_ARRANGEMENT_DEFERRAL && g_date_compare (&a->first_due, &debt->due) <= 0)
    return invalid (where, error, "arrangement.first_due", _("a deferral moves the due date later; enter a date "
                                                             "after the contract’s"));
  if (is_written_off (debt) && g_date_valid (&debt->written_off) &&
      g_date_compare (&a->agreed, &debt->written_off) > 0)
    return invalid (where, error, "arrangement.agreed", _("the debt was written off before this arrangement; "
                                                          "cancel the write-off first"));
  if (!mu_debt_paid_by (debt, &a->agreed, &paid, NULL) || paid >= debt->amount)
    {
      agreed = mu_debt_date_text (&a->agreed);
      /* Translators: %s is the day the arrangement was agreed, e.g. 2025-05-10. */
      return invalid (where, error, "arrangement.agreed", _("the debt was paid in full by %s: there is nothing "
                                                            "to arrange"), agreed);
    }
  if (a->kind == MU_ARRANGEMENT_INSTALMENTS)
    return validate_instalments (debt, debt->amount - paid, where, error);
  return TRUE;
}

static gboolean
validate_write_off (const MuDebt *debt,
                    char        **where,
                    GError      **error)
{
  g_autofree char *date = NULL;
  MuMoney paid;

  if ((guint) debt->write_off > MU_WRITE_OFF_UNCOLLECTABLE)
    return invalid (where, error, "write_off", _("a debt is written off as forgiven or as uncollectable"));
  if (debt->write_off == MU_WRITE_OFF_NONE)
    return TRUE;
  if (!mu_debt_date_ok (&debt->written_off))
    return date_invalid (where, error, "written_off");
  if (!mu_debt_paid_by (debt, &debt->written_off, &paid, NULL) || paid >= debt->amount)
    {
      date = mu_debt_date_text (&debt->written_off);
      /* Translators: %s is the day of the write-off, e.g. 2025-05-10. */
      return invalid (where, error, "written_off", _("the debt was paid in full by %s: there is nothing to write "
                                                     "off"), date);
    }
  return TRUE;
}

/* Whether @debt may be stored and derived from; if not, @where is the
 * path of the field at fault and @error says what is wrong with it. */
gboolean
mu_debt_validate (const MuDebt *debt,
                  char        **where,
                  GError      **error)
{
  g_return_val_if_fail (debt != NULL, FALSE);
  g_return_val_if_fail (where != NULL && *where == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return validate_basics (debt, where, error) && validate_payments (debt, where, error) &&
         validate_contacts (debt, where, error) && validate_claim (debt, where, error) &&
         validate_arrangement (debt, where, error) && validate_write_off (debt, where, error);
}
