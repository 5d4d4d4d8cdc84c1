/* mu-cli-debts-show.c — musharaka-cli debts show: one debt, its debtor
 * and its history, and what it is as of a date
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-cli-debts.h"
#include "mu-debt-words.h"

static char *
json_text_or_null (const char *text)
{
  return text != NULL ? mu_cli_json_string (text) : g_strdup ("null");
}

static void
append_debtor_json (GString        *out,
                    const MuDebt   *debt,
                    const MuDebtor *debtor)
{
  g_autofree char *id = mu_cli_json_string (debt->debtor_id);
  g_autofree char *name = NULL, *tax = NULL, *address = NULL, *contacts = NULL, *notes = NULL;

  if (debtor == NULL)
    {
      g_string_append_printf (out, "{\"id\": %s}", id);
      return;
    }
  name = mu_cli_json_string (debtor->name);
  tax = json_text_or_null (debtor->tax_number);
  address = json_text_or_null (debtor->address);
  contacts = json_text_or_null (debtor->contacts);
  notes = json_text_or_null (debtor->notes);
  g_string_append_printf (out, "{\"id\": %s, \"name\": %s, \"kind\": \"%s\", \"tax_number\": %s, \"address\": %s, "
                          "\"contacts\": %s, \"hardship\": %s, \"notes\": %s}",
                          id, name, mu_debtor_kind_to_string (debtor->kind), tax, address, contacts,
                          debtor->hardship ? "true" : "false", notes);
}

static void
append_payments_json (GString      *out,
                      const MuDebt *debt)
{
  g_string_append (out, "[");
  for (guint i = 0; i < debt->payments->len; i++)
    {
      const MuDebtPayment *p = &g_array_index (debt->payments, MuDebtPayment, i);
      g_autofree char *date = mu_cli_date_json (&p->date);
      g_autofree char *amount = mu_cli_debt_money (debt, p->amount);
      g_autofree char *note = json_text_or_null (p->note);

      g_string_append_printf (out, "%s{\"date\": %s, \"amount\": \"%s\", \"kind\": \"%s\", \"note\": %s}",
                              i > 0 ? ", " : "", date, amount, mu_payment_kind_to_string (p->kind), note);
    }
  g_string_append (out, "]");
}

static void
append_contacts_json (GString      *out,
                      const MuDebt *debt)
{
  g_string_append (out, "[");
  for (guint i = 0; i < debt->contacts->len; i++)
    {
      const MuDebtContact *c = &g_array_index (debt->contacts, MuDebtContact, i);
      g_autofree char *date = mu_cli_date_json (&c->date);
      g_autofree char *with = json_text_or_null (c->with);
      g_autofree char *note = json_text_or_null (c->note);
      g_autofree char *next = mu_cli_date_json (&c->next_step);

      g_string_append_printf (out, "%s{\"date\": %s, \"kind\": \"%s\", \"with\": %s, \"note\": %s, \"next_step\": %s}",
                              i > 0 ? ", " : "", date, mu_contact_kind_to_string (c->kind), with, note, next);
    }
  g_string_append (out, "]");
}

/* The claim, the arrangement with its instalments, the write-off: null when none. */
static void
append_steps_json (GString      *out,
                   const MuDebt *debt)
{
  if (g_date_valid (&debt->claim.sent))
    {
      g_autofree char *sent = mu_cli_date_json (&debt->claim.sent);
      g_autofree char *delivered = mu_cli_date_json (&debt->claim.delivered);

      g_string_append_printf (out, ",\n \"claim\": {\"sent\": %s, \"method\": \"%s\", \"delivered\": %s}", sent,
                              mu_claim_method_to_string (debt->claim.method), delivered);
    }
  else
    g_string_append (out, ",\n \"claim\": null");
  if (debt->arrangement.kind != MU_ARRANGEMENT_NONE)
    {
      const MuDebtArrangement *a = &debt->arrangement;
      g_autofree char *agreed = mu_cli_date_json (&a->agreed);
      g_autofree char *first = mu_cli_date_json (&a->first_due);
      g_autoptr(GArray) instalments = mu_debt_instalments (debt, NULL);

      g_string_append_printf (out, ",\n \"arrangement\": {\"kind\": \"%s\", \"agreed\": %s, \"first_due\": %s, "
                              "\"n\": %u, \"every\": %u, \"instalments\": [",
                              mu_arrangement_kind_to_string (a->kind), agreed, first,
                              a->kind == MU_ARRANGEMENT_INSTALMENTS ? a->n : 1,
                              a->kind == MU_ARRANGEMENT_INSTALMENTS ? a->every : 0);
      for (guint i = 0; instalments != NULL && i < instalments->len; i++)
        {
          const MuDebtInstalment *k = &g_array_index (instalments, MuDebtInstalment, i);
          g_autofree char *date = mu_cli_date_json (&k->date);
          g_autofree char *amount = mu_cli_debt_money (debt, k->amount);

          g_string_append_printf (out, "%s{\"date\": %s, \"amount\": \"%s\"}", i > 0 ? ", " : "", date, amount);
        }
      g_string_append (out, "]}");
    }
  else
    g_string_append (out, ",\n \"arrangement\": null");
  if (debt->write_off != MU_WRITE_OFF_NONE)
    {
      g_autofree char *date = mu_cli_date_json (&debt->written_off);

      g_string_append_printf (out, ",\n \"write_off\": {\"kind\": \"%s\", \"date\": %s}",
                              mu_write_off_kind_to_string (debt->write_off), date);
    }
  else
    g_string_append (out, ",\n \"write_off\": null");
}

static void
print_show_json (GString         *out,
                 const GDate     *as_of,
                 const MuCliDebt *row)
{
  const MuDebt *d = row->debt;
  g_autofree char *as_of_text = mu_cli_date_json (as_of);
  g_autofree char *id = mu_cli_json_string (d->id);
  g_autofree char *document = json_text_or_null (d->document);
  g_autofree char *document_date = mu_cli_date_json (&d->document_date);
  g_autofree char *amount = mu_cli_debt_money (d, d->amount);
  g_autofree char *paid = mu_cli_debt_money (d, row->state.paid);
  g_autofree char *outstanding = mu_cli_debt_money (d, row->state.outstanding);
  g_autofree char *due = mu_cli_date_json (&d->due);
  g_autofree char *pledge_amount = mu_cli_debt_money (d, d->charity_pledge);
  g_autofree char *pledge = d->charity_pledge > 0 ? g_strdup_printf ("\"%s\"", pledge_amount) : g_strdup ("null");
  g_autofree char *limitation = mu_cli_date_json (&row->state.limitation);
  g_autofree char *court_from = mu_cli_date_json (&row->state.court_from);
  g_autofree char *next_date = mu_cli_date_json (&row->state.next_date);
  g_autofree char *notes = json_text_or_null (d->notes);

  g_string_append_printf (out, "{\"as_of\": %s, \"id\": %s,\n \"debtor\": ", as_of_text, id);
  append_debtor_json (out, d, row->debtor);
  g_string_append_printf (out, ",\n \"document\": %s, \"document_date\": %s, \"currency\": \"%s\", \"amount\": \"%s\", "
                          "\"due\": %s, \"claim_days\": %u, \"charity_pledge\": %s, \"late_interest\": %s, "
                          "\"notes\": %s,\n \"paid\": \"%s\", \"outstanding\": \"%s\", \"days_overdue\": %u, "
                          "\"bucket\": \"%s\", \"status\": \"%s\", \"limitation_date\": %s, \"court_from\": %s, "
                          "\"next_step\": \"%s\", \"next_date\": %s,\n \"payments\": ",
                          document, document_date, d->currency, amount, due, d->claim_days, pledge,
                          d->late_interest ? "true" : "false", notes, paid, outstanding, row->state.days_overdue,
                          mu_age_bucket_to_string (row->state.bucket), mu_debt_status_to_string (row->state.status),
                          limitation, court_from, mu_next_step_to_string (row->state.next_step), next_date);
  append_payments_json (out, d);
  g_string_append (out, ",\n \"contacts\": ");
  append_contacts_json (out, d);
  append_steps_json (out, d);
  g_string_append (out, ",\n \"findings\": ");
  mu_cli_findings_json (out, row->findings);
  g_string_append (out, "}\n");
}

static const char *
payment_label (MuPaymentKind kind)
{
  switch (kind)
    {
    case MU_PAYMENT_IN_KIND:
      /* Translators: a payment of a debt in goods or work. */
      return _("in kind");
    case MU_PAYMENT_SET_OFF:
      /* Translators: a payment of a debt set off against a debt the other way. */
      return _("set-off");
    case MU_PAYMENT_CASH:
    default:
      /* Translators: a payment of a debt in money. */
      return _("cash");
    }
}

static const char *
contact_label (MuContactKind kind)
{
  switch (kind)
    {
    case MU_CONTACT_LETTER:
      return _("letter");
    case MU_CONTACT_MESSAGE:
      return _("message");
    case MU_CONTACT_MEETING:
      return _("meeting");
    case MU_CONTACT_CALL:
    default:
      return _("call");
    }
}

static const char *
method_label (MuClaimMethod method)
{
  switch (method)
    {
    case MU_CLAIM_BY_HAND:
      /* Translators: how a claim was sent: handed over against signature. */
      return _("by hand");
    case MU_CLAIM_BY_EMAIL:
      return _("by e-mail");
    case MU_CLAIM_BY_COURIER:
      return _("by courier");
    case MU_CLAIM_BY_POST:
    default:
      /* Translators: how a claim was sent: a registered letter. */
      return _("by post");
    }
}

static void
append_history_text (GString      *out,
                     const MuDebt *d)
{
  if (d->payments->len > 0)
    g_string_append_printf (out, "\n%s\n", _("Payments"));
  for (guint i = 0; i < d->payments->len; i++)
    {
      const MuDebtPayment *p = &g_array_index (d->payments, MuDebtPayment, i);
      g_autofree char *date = mu_cli_date_text (&p->date);
      g_autofree char *amount = mu_cli_debt_money (d, p->amount);

      g_string_append_printf (out, "  %s  %s %s  %s%s%s\n", date, amount, d->currency, payment_label (p->kind),
                              p->note != NULL ? " — " : "", p->note != NULL ? p->note : "");
    }
  if (d->contacts->len > 0)
    g_string_append_printf (out, "\n%s\n", _("Contacts"));
  for (guint i = 0; i < d->contacts->len; i++)
    {
      const MuDebtContact *c = &g_array_index (d->contacts, MuDebtContact, i);
      g_autofree char *date = mu_cli_date_text (&c->date);

      g_string_append_printf (out, "  %s  %s", date, contact_label (c->kind));
      if (c->with != NULL)
        /* Translators: whom a contact about a debt was with, when not the debtor. */
        g_string_append_printf (out, _(", with %s"), c->with);
      if (c->note != NULL)
        g_string_append_printf (out, " — %s", c->note);
      if (g_date_valid (&c->next_step))
        {
          g_autofree char *next = mu_cli_date_text (&c->next_step);

          /* Translators: the date of the next step agreed at a contact. */
          g_string_append_printf (out, _("; next step %s"), next);
        }
      g_string_append_c (out, '\n');
    }
}

static void
append_steps_text (GString      *out,
                   const MuDebt *d)
{
  if (g_date_valid (&d->claim.sent))
    {
      g_autofree char *sent = mu_cli_date_text (&d->claim.sent);

      /* Translators: the day the claim was sent, then how, e.g. “by post”. */
      g_string_append_printf (out, _("\nClaim sent %s %s"), sent, method_label (d->claim.method));
      if (g_date_valid (&d->claim.delivered))
        {
          g_autofree char *delivered = mu_cli_date_text (&d->claim.delivered);

          /* Translators: the day the claim was delivered. */
          g_string_append_printf (out, _(", delivered %s"), delivered);
        }
      g_string_append_c (out, '\n');
    }
  if (d->arrangement.kind != MU_ARRANGEMENT_NONE)
    {
      g_autofree char *agreed = mu_cli_date_text (&d->arrangement.agreed);
      g_autoptr(GArray) instalments = mu_debt_instalments (d, NULL);

      if (d->arrangement.kind == MU_ARRANGEMENT_DEFERRAL)
        /* Translators: the day a deferral was agreed. */
        g_string_append_printf (out, _("\nDeferral agreed %s, interest-free\n"), agreed);
      else
        /* Translators: the day an instalment plan was agreed. */
        g_string_append_printf (out, _("\nInstalments agreed %s, interest-free\n"), agreed);
      for (guint i = 0; instalments != NULL && i < instalments->len; i++)
        {
          const MuDebtInstalment *k = &g_array_index (instalments, MuDebtInstalment, i);
          g_autofree char *date = mu_cli_date_text (&k->date);
          g_autofree char *amount = mu_cli_debt_money (d, k->amount);

          g_string_append_printf (out, "  %s  %s %s\n", date, amount, d->currency);
        }
    }
  if (d->write_off != MU_WRITE_OFF_NONE)
    {
      g_autofree char *date = mu_cli_date_text (&d->written_off);

      if (d->write_off == MU_WRITE_OFF_FORGIVEN)
        /* Translators: the day a debt was forgiven as charity. */
        g_string_append_printf (out, _("\nForgiven as charity (sadaqah) on %s\n"), date);
      else
        /* Translators: the day a debt was written off as uncollectable. */
        g_string_append_printf (out, _("\nWritten off as uncollectable on %s\n"), date);
    }
}

/* What the debt is as of the date, after the lines about its terms. */
static void
append_figures_text (GString         *out,
                     const MuCliDebt *row)
{
  const MuDebt *d = row->debt;
  g_autofree char *paid = mu_cli_debt_money (d, row->state.paid);
  g_autofree char *limitation = mu_cli_date_text (&row->state.limitation);

  /* Translators: what was paid, then its currency. */
  g_string_append_printf (out, _("Paid: %s %s"), paid, d->currency);
  g_string_append (out, "\n  ");
  mu_cli_state_text (out, row);
  /* Translators: the date the limitation period ends. */
  g_string_append_printf (out, _("Limitation period ends: %s\n"), limitation);
  if (g_date_valid (&row->state.court_from))
    {
      g_autofree char *court = mu_cli_date_text (&row->state.court_from);

      /* Translators: the first day a suit may be filed. */
      g_string_append_printf (out, _("A suit may be filed from: %s\n"), court);
    }
  g_string_append_printf (out, "%s: %s", _("Next step"), mu_next_step_get_label (row->state.next_step));
  if (g_date_valid (&row->state.next_date))
    {
      g_autofree char *next = mu_cli_date_text (&row->state.next_date);

      g_string_append_printf (out, ", %s", next);
    }
  g_string_append_c (out, '\n');
}

void
mu_cli_debt_text (GString         *out,
                  const GDate     *as_of,
                  const MuCliDebt *row)
{
  const MuDebt *d = row->debt;
  g_autofree char *as_of_text = mu_cli_date_text (as_of);

  /* Translators: the debt's id, then the date it is seen as of. */
  g_string_append_printf (out, _("Debt %s, as of %s\n"), d->id, as_of_text);
  /* Translators: the debtor's name. */
  g_string_append_printf (out, _("Debtor: %s"), row->debtor != NULL ? row->debtor->name : d->debtor_id);
  if (row->debtor != NULL && row->debtor->tax_number != NULL)
    /* Translators: the debtor's INN or OGRN. */
    g_string_append_printf (out, _(", tax number %s"), row->debtor->tax_number);
  g_string_append_c (out, '\n');
  if (d->document != NULL)
    {
      g_autofree char *date = mu_cli_date_text (&d->document_date);

      /* Translators: the contract's or invoice's number, then its date. */
      g_string_append_printf (out, _("Document: %s of %s\n"), d->document, date);
    }
  /* Translators: the claim period in calendar days. */
  g_string_append_printf (out, ngettext ("Claim period: %u day\n", "Claim period: %u days\n", d->claim_days),
                          d->claim_days);
  if (d->charity_pledge > 0)
    {
      g_autofree char *pledge = mu_cli_debt_money (d, d->charity_pledge);

      /* Translators: the sum the debtor promised to give to charity if late, then its currency. */
      g_string_append_printf (out, _("Charity pledge if late: %s %s, given to charity, never the creditor’s income\n"),
                              pledge, d->currency);
    }
  append_figures_text (out, row);
  append_history_text (out, d);
  append_steps_text (out, d);
  if (row->findings->len > 0)
    g_string_append_printf (out, "\n%s\n", _("Findings"));
  mu_cli_findings_text (out, row->findings, TRUE);
}

int
mu_cli_debts_show (int    argc,
                   char **argv)
{
  g_autoptr(MuStore) store = NULL;
  g_autoptr(MuCliRegister) reg = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  MuCliFormat format;

  if ((reg = mu_cli_debts_load (&argc, &argv, 1, _("ID — show a debt, its history and what it is as of a date"),
                                NULL, MU_CLI_DEBTS_TEXT_JSON, &format, &store)) == NULL)
    return MU_CLI_BAD_INPUT;
  if (format == MU_CLI_FORMAT_JSON)
    print_show_json (out, &reg->as_of, &g_array_index (reg->rows, MuCliDebt, 0));
  else
    mu_cli_debt_text (out, &reg->as_of, &g_array_index (reg->rows, MuCliDebt, 0));
  fwrite (out->str, 1, out->len, stdout);
  return MU_CLI_OK;
}
