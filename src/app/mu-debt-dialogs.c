/* mu-debt-dialogs.c — the small dialogs of a debt's actions: a payment,
 * a contact, an arrangement, a write-off
 *
 * Each is a MuDebtForm (mu-debt-form.c): amounts typed as the locale
 * writes them (mu-input.c), dates in the locale's order, a choice, all
 * checked as the library checks them while they are typed. The change
 * itself is one step of the register document, undone with Ctrl+Z.
 * Nothing here adds to a debt: no interest, no penalty.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-alert-dialog.h"
#include "mu-debt-claim.h"
#include "mu-debt-dialogs.h"
#include "mu-debt-form.h"
#include "mu-debt-text.h"
#include "mu-debt-words.h"
#include "mu-field.h"
#include "mu-input.h"

static char *
today_text (MuDebtPage *page)
{
  return mu_debt_format_date (mu_register_document_get_today (mu_debt_page_get_document (page)));
}

static gboolean
read_amount (MuDebtForm    *form,
             GtkWidget     *row,
             const MuDebt  *debt,
             MuMoney       *amount,
             char         **message)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (text[0] == '\0')
    {
      *message = g_strdup (_("Enter the amount."));
      return FALSE;
    }
  return mu_input_parse_amount (text, mu_debt_exponent (debt), FALSE, amount, message);
}

static char *
note_of (GtkWidget *row)
{
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return note[0] != '\0' ? g_steal_pointer (&note) : NULL;
}

/* A payment: amount, date, how, a note. */
static gboolean
read_payment (MuDebtForm  *form,
              MuDebt      *debt,
              GtkWidget  **row,
              char       **message)
{
  g_autofree char *note = note_of (form->rows[3]);
  g_autoptr(GError) error = NULL;

  form->choice = mu_debt_form_get_choice (form->rows[2]);
  if (!read_amount (form, form->rows[0], debt, &form->amount, message))
    return (*row = form->rows[0], FALSE);
  if (!mu_debt_form_read_date (form->rows[1], FALSE, &form->date, message))
    return (*row = form->rows[1], FALSE);
  if (!mu_debt_add_payment (debt, &form->date, form->amount, form->choice, note, &error))
    {
      *message = mu_field_sentence (error->message);
      return (*row = form->rows[0], FALSE);
    }
  {
    MuDebtState state;
    g_autofree char *left = NULL;
    g_autofree char *text = NULL;

    if (mu_debt_state (debt, mu_register_document_get_today (mu_debt_page_get_document (form->page)), &state, NULL))
      {
        left = mu_debt_format_money (debt, state.outstanding);
        /* Translators: in the payment dialog: what the debt comes to once the payment is recorded. */
        text = g_strdup_printf (_("Outstanding after it: %s"), left);
      }
    gtk_label_set_text (GTK_LABEL (form->preview), text != NULL ? text : "");
    gtk_widget_set_visible (form->preview, text != NULL);
  }
  return TRUE;
}

static gboolean
apply_payment (MuDebtForm  *form,
               const char  *response,
               GError     **error)
{
  g_autofree char *note = note_of (form->rows[3]);

  return mu_register_document_add_payment (mu_debt_page_get_document (form->page), form->id, &form->date,
                                           form->amount, form->choice, note, error);
}

void
mu_debt_dialog_pay (MuDebtPage *page)
{
  static const char * const kinds[] = { N_("In cash"), N_("In kind: goods or work, valued"),
                                        N_("By set-off against a debt the other way"), NULL };
  const char *labels[G_N_ELEMENTS (kinds)] = { NULL };
  MuRegisterDocument *document = mu_debt_page_get_document (page);
  int position = mu_debt_page_get_position (page);
  g_autofree char *today = today_text (page);
  g_autofree char *owed = NULL;
  MuDebtForm *form;

  if (position < 0)
    return;
  owed = mu_input_format_amount (mu_register_document_get_state (document, position)->outstanding,
                                 mu_debt_exponent (mu_register_document_get_debt (document, position)));
  for (guint i = 0; kinds[i] != NULL; i++)
    labels[i] = _(kinds[i]);
  form = mu_debt_form_new (page, _("Record a Payment"), NULL);
  mu_debt_form_add_entry (form, "payments.amount", _("Amount"), owed);
  mu_debt_form_add_entry (form, "payments.date", _("Paid on"), today);
  mu_debt_form_add_choice (form, "payments.kind", _("How"), labels, 0);
  mu_debt_form_add_entry (form, "payments.note", _("Note"), NULL);
  form->read = read_payment;
  form->apply = apply_payment;
  mu_debt_form_add_response (form, "record", _("_Record"), TRUE);
  mu_debt_form_present (form);
}

/* A contact: when, how, with whom if not the debtor, a note, the next
 * step agreed. */
static gboolean
read_contact (MuDebtForm  *form,
              MuDebt      *debt,
              GtkWidget  **row,
              char       **message)
{
  MuDebtContact contact = { { 0 } };
  guint at = 0;

  if (!mu_debt_form_read_date (form->rows[0], FALSE, &form->date, message))
    return (*row = form->rows[0], FALSE);
  if (!mu_debt_form_read_date (form->rows[4], TRUE, &form->second, message))
    return (*row = form->rows[4], FALSE);
  form->choice = mu_debt_form_get_choice (form->rows[1]);
  contact.date = form->date;
  contact.kind = form->choice;
  contact.with = note_of (form->rows[2]);
  contact.note = note_of (form->rows[3]);
  contact.next_step = form->second;
  while (at < debt->contacts->len && g_date_compare (&g_array_index (debt->contacts, MuDebtContact, at).date,
                                                    &contact.date) <= 0)
    at++;
  g_array_insert_val (debt->contacts, at, contact);
  return TRUE;
}

static gboolean
apply_contact (MuDebtForm  *form,
               const char  *response,
               GError     **error)
{
  g_autofree char *with = note_of (form->rows[2]);
  g_autofree char *note = note_of (form->rows[3]);
  MuDebtContact contact = { form->date, form->choice, with, note, form->second };

  return mu_register_document_add_contact (mu_debt_page_get_document (form->page), form->id, &contact, error);
}

void
mu_debt_dialog_contact (MuDebtPage *page)
{
  const char *kinds[] = { _("Call"), _("Letter"), _("Message"), _("Meeting"), NULL };
  g_autofree char *today = today_text (page);
  MuDebtForm *form;
  GtkWidget *with;

  if (mu_debt_page_get_position (page) < 0)
    return;
  form = mu_debt_form_new (page, _("Record a Contact"),
                           _("A call, a letter, a message or a meeting with the debtor, and the next step agreed."));
  mu_debt_form_add_entry (form, "contacts.date", _("On"), today);
  mu_debt_form_add_choice (form, "contacts.kind", _("How"), kinds, 0);
  with = mu_debt_form_add_entry (form, "contacts.with", _("With, when not the debtor"), NULL);
  gtk_widget_set_tooltip_text (with, _("Speak about a person’s debt only with the debtor, or with others it has "
                                       "agreed to: never press relatives or neighbours."));
  mu_debt_form_add_entry (form, "contacts.note", _("What was said"), NULL);
  mu_debt_form_add_entry (form, "contacts.next_step", _("Next step on (may be empty)"), NULL);
  form->read = read_contact;
  form->apply = apply_contact;
  mu_debt_form_add_response (form, "record", _("_Record"), TRUE);
  mu_debt_form_present (form);
}

/* A count typed in any digits: “3”, “٣”. */
static gboolean
read_count (GtkWidget  *row,
            guint      *count,
            char      **message)
{
  MuMoney value;

  if (!mu_input_parse_amount (gtk_editable_get_text (GTK_EDITABLE (row)), 0, FALSE, &value, message))
    return FALSE;
  if (value < 1 || value > G_MAXUINT)
    {
      *message = g_strdup (_("Enter a whole number, 1 or more."));
      return FALSE;
    }
  *count = (guint) value;
  return TRUE;
}

/* What the plan makes of the debt, under the rows. */
static void
preview_arrangement (MuDebtForm   *form,
                     const MuDebt *debt)
{
  g_autoptr(GArray) instalments = mu_debt_instalments (debt, NULL);
  g_autofree char *text = NULL;

  if (instalments != NULL && instalments->len > 0)
    {
      const MuDebtInstalment *first = &g_array_index (instalments, MuDebtInstalment, 0);
      const MuDebtInstalment *last = &g_array_index (instalments, MuDebtInstalment, instalments->len - 1);
      g_autofree char *amount = mu_debt_format_money (debt, first->amount);
      g_autofree char *last_amount = mu_debt_format_money (debt, last->amount);
      g_autofree char *last_date = mu_debt_format_date (&last->date);

      /* Translators: an instalment plan: how many, the first's amount, the last's amount and date. */
      text = g_strdup_printf (ngettext ("%u payment of %s; the last, %s, on %s. No interest: the debt never grows.",
                                        "%u payments of %s; the last, %s, on %s. No interest: the debt never grows.",
                                        instalments->len),
                              instalments->len, amount, last_amount, last_date);
    }
  gtk_label_set_text (GTK_LABEL (form->preview), text != NULL ? text : "");
  gtk_widget_set_visible (form->preview, text != NULL);
}

/* An arrangement: a deferral to a new date, or interest-free instalments. */
static gboolean
read_arrangement (MuDebtForm  *form,
                  MuDebt      *debt,
                  GtkWidget  **row,
                  char       **message)
{
  gboolean instalments = mu_debt_form_get_choice (form->rows[0]) == 1;

  gtk_widget_set_visible (form->rows[3], instalments);
  gtk_widget_set_visible (form->rows[4], instalments);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->rows[2]),
                                 instalments ? _("First instalment on") : _("New due date"));
  form->n = form->every = 1;
  if (!mu_debt_form_read_date (form->rows[1], FALSE, &form->date, message))
    return (*row = form->rows[1], FALSE);
  if (!mu_debt_form_read_date (form->rows[2], FALSE, &form->second, message))
    return (*row = form->rows[2], FALSE);
  if (instalments && !read_count (form->rows[3], &form->n, message))
    return (*row = form->rows[3], FALSE);
  if (instalments && !read_count (form->rows[4], &form->every, message))
    return (*row = form->rows[4], FALSE);
  form->choice = instalments ? MU_ARRANGEMENT_INSTALMENTS : MU_ARRANGEMENT_DEFERRAL;
  debt->arrangement = (MuDebtArrangement) { form->choice, form->date, form->second, form->n, form->every };
  preview_arrangement (form, debt);
  return TRUE;
}

static gboolean
apply_arrangement (MuDebtForm  *form,
                   const char  *response,
                   GError     **error)
{
  MuDebtArrangement arrangement = { form->choice, form->date, form->second, form->n, form->every };

  return mu_register_document_arrange (mu_debt_page_get_document (form->page), form->id, &arrangement, error);
}

void
mu_debt_dialog_arrange (MuDebtPage        *page,
                        MuArrangementKind  kind)
{
  const char *kinds[] = { _("A deferral to a new date"), _("Interest-free instalments"), NULL };
  MuRegisterDocument *document = mu_debt_page_get_document (page);
  int position = mu_debt_page_get_position (page);
  const GDate *today = mu_register_document_get_today (document);
  g_autofree char *agreed = NULL;
  g_autofree char *first = NULL;
  GDate next;
  MuDebtForm *form;

  if (position < 0)
    return;
  if (kind == MU_ARRANGEMENT_NONE)
    kind = mu_register_document_get_debt (document, position)->arrangement.kind;
  agreed = mu_debt_format_date (today);
  next = *today;
  g_date_add_months (&next, 1);
  first = mu_debt_format_date (&next);
  form = mu_debt_form_new (page, _("Arrange"),
                           _("For a debtor who wants to pay and cannot: more time, or the debt in parts. Nothing is "
                             "added for the delay."));
  mu_debt_form_add_choice (form, "arrangement.kind", _("Arrangement"), kinds,
                           kind == MU_ARRANGEMENT_INSTALMENTS ? 1 : 0);
  mu_debt_form_add_entry (form, "arrangement.agreed", _("Agreed on"), agreed);
  mu_debt_form_add_entry (form, "arrangement.first_due", _("New due date"), first);
  mu_debt_form_add_entry (form, "arrangement.n", _("Number of instalments"), "3");
  mu_debt_form_add_entry (form, "arrangement.every", _("Months between them"), "1");
  form->read = read_arrangement;
  form->apply = apply_arrangement;
  mu_debt_form_add_response (form, "arrange", _("_Arrange"), TRUE);
  mu_debt_form_present (form);
}

static gboolean
read_write_off (MuDebtForm  *form,
                MuDebt      *debt,
                GtkWidget  **row,
                char       **message)
{
  form->choice = mu_debt_form_get_choice (form->rows[0]) == 0 ? MU_WRITE_OFF_FORGIVEN : MU_WRITE_OFF_UNCOLLECTABLE;
  if (!mu_debt_form_read_date (form->rows[1], FALSE, &form->date, message))
    return (*row = form->rows[1], FALSE);
  debt->write_off = form->choice;
  debt->written_off = form->date;
  return TRUE;
}

static gboolean
apply_write_off (MuDebtForm  *form,
                 const char  *response,
                 GError     **error)
{
  return mu_register_document_write_off (mu_debt_page_get_document (form->page), form->id, form->choice, &form->date,
                                         error);
}

void
mu_debt_dialog_write_off (MuDebtPage     *page,
                          MuWriteOffKind  kind)
{
  const char *kinds[] = { _("Forgiven as charity (sadaqah)"), _("Uncollectable"), NULL };
  g_autofree char *today = today_text (page);
  MuDebtForm *form;

  if (mu_debt_page_get_position (page) < 0)
    return;
  form = mu_debt_form_new (page, _("Write Off"),
                           _("What is outstanding stops being owed. To forgive a debtor who cannot pay is "
                             "charity (Quran 2:280); a debt written off is a loss the partners bear by capital."));
  mu_debt_form_add_choice (form, "write_off", _("Reason"), kinds, kind == MU_WRITE_OFF_UNCOLLECTABLE ? 1 : 0);
  mu_debt_form_add_entry (form, "written_off", _("On"), today);
  form->read = read_write_off;
  form->apply = apply_write_off;
  mu_debt_form_add_response (form, "write-off", _("_Write Off"), TRUE);
  mu_alert_dialog_set_response_appearance (form->dialog, "write-off", ADW_RESPONSE_DESTRUCTIVE);
  mu_debt_form_present (form);
}
static void
pay_activated (GtkWidget  *widget,
               const char *action,
               GVariant   *parameter)
{
  mu_debt_dialog_pay (MU_DEBT_PAGE (widget));
}

static void
contact_activated (GtkWidget  *widget,
                   const char *action,
                   GVariant   *parameter)
{
  mu_debt_dialog_contact (MU_DEBT_PAGE (widget));
}

static void
claim_activated (GtkWidget  *widget,
                 const char *action,
                 GVariant   *parameter)
{
  mu_debt_claim_dialog (MU_DEBT_PAGE (widget));
}

/* "deferral", "instalments", or "" for the one the debt has. */
static void
arrange_activated (GtkWidget  *widget,
                   const char *action,
                   GVariant   *parameter)
{
  MuArrangementKind kind = MU_ARRANGEMENT_NONE;

  mu_arrangement_kind_from_string (g_variant_get_string (parameter, NULL), &kind);
  mu_debt_dialog_arrange (MU_DEBT_PAGE (widget), kind);
}

/* "forgiven", "uncollectable", or "" to choose. */
static void
write_off_activated (GtkWidget  *widget,
                     const char *action,
                     GVariant   *parameter)
{
  MuWriteOffKind kind = MU_WRITE_OFF_NONE;

  mu_write_off_kind_from_string (g_variant_get_string (parameter, NULL), &kind);
  mu_debt_dialog_write_off (MU_DEBT_PAGE (widget), kind);
}

static void
waive_activated (GtkWidget  *widget,
                 const char *action,
                 GVariant   *parameter)
{
  MuDebtPage *page = MU_DEBT_PAGE (widget);
  const char *id = mu_debt_page_get_debt (page);
  g_autoptr(GError) error = NULL;

  if (id != NULL && !mu_register_document_waive_interest (mu_debt_page_get_document (page), id, &error))
    mu_debt_page_say (page, error->message);
}

/* The actions of MuDebtPage that open these dialogs. */
void
mu_debt_dialogs_install (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "debt.pay", NULL, pay_activated);
  gtk_widget_class_install_action (widget_class, "debt.contact", NULL, contact_activated);
  gtk_widget_class_install_action (widget_class, "debt.claim", NULL, claim_activated);
  gtk_widget_class_install_action (widget_class, "debt.arrange", "s", arrange_activated);
  gtk_widget_class_install_action (widget_class, "debt.write-off", "s", write_off_activated);
  gtk_widget_class_install_action (widget_class, "debt.waive-interest", NULL, waive_activated);
}
