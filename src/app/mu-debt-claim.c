/* mu-debt-claim.c — sending the written claim: the letter printed or
 * saved as PDF, and recorded as sent
 *
 * The letter (mu-claim-letter.c) names the creditor from the preferences;
 * with the business's details empty it would not say who claims, and the
 * dialog says so before it is sent. The claim is recorded as sent — one
 * step of the register, undone with Ctrl+Z — only once the letter is
 * saved or handed to the printer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-alert-dialog.h"
#include "mu-claim-letter.h"
#include "mu-debt-claim.h"
#include "mu-debt-form.h"
#include "mu-debt-text.h"
#include "mu-file-dialog.h"
#include "mu-preferences-page.h"

/* What is sent, while the file is chosen or the printer asked. */
typedef struct
{
  MuRegisterDocument *document;
  char               *id;
  MuDebtClaim         claim;
  MuClaimLetter      *letter;  /* while printing */
} Claim;

static void
claim_free (gpointer data)
{
  Claim *claim = data;

  g_object_unref (claim->document);
  g_free (claim->id);
  g_clear_pointer (&claim->letter, mu_claim_letter_free);
  g_free (claim);
}

static MuClaimLetter *
new_letter (MuRegisterDocument  *document,
            const char          *id,
            const MuDebtClaim   *claim,
            double               width,
            double               height,
            GError             **error)
{
  int position = mu_register_document_find (document, id);
  MuCreditor creditor = { NULL };
  MuChartStyle style;
  MuClaimLetter *letter;

  if (position < 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("The debt is no longer in the register."));
      return NULL;
    }
  mu_preferences_get_creditor (&creditor);
  mu_chart_style_init (&style, MU_CHART_THEME_LIGHT);
  style.rtl = gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL;
  letter = mu_claim_letter_new (mu_register_document_get_debt (document, position),
                                mu_register_document_get_debtor (document, position), &creditor, &claim->sent, &style,
                                width, height, error);
  mu_creditor_clear (&creditor);
  return letter;
}

/* Writes the claim letter of the debt @id to @file, on the locale's
 * paper, and records the claim as sent. */
gboolean
mu_debt_claim_write_pdf (MuRegisterDocument  *document,
                         const char          *id,
                         const MuDebtClaim   *claim,
                         GFile               *file,
                         GError             **error)
{
  g_autoptr(MuClaimLetter) letter = NULL;
  g_autofree char *path = g_file_get_path (file);
  double width, height;

  g_return_val_if_fail (MU_IS_REGISTER_DOCUMENT (document), FALSE);

  mu_paper_size (mu_paper_for_locale (), &width, &height);
  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("The letter can be saved only to a "
                                                                          "local file."));
      return FALSE;
    }
  return (letter = new_letter (document, id, claim, width, height, error)) != NULL &&
         mu_claim_letter_write_pdf (letter, path, NULL, error) &&
         mu_register_document_record_claim (document, id, claim, error);
}

static void
say_sent (MuDebtPage  *page,
          const Claim *claim)
{
  g_autofree char *date = mu_debt_format_date (&claim->claim.sent);
  /* Translators: a toast once the claim letter is saved or printed: the date it is recorded as sent. */
  g_autofree char *message = g_strdup_printf (_("The claim is recorded as sent on %s"), date);

  mu_debt_page_say (page, message);
}

static void
on_file_chosen (GFile    *file,
                gpointer  data)
{
  MuDebtPage *page = MU_DEBT_PAGE (data);
  Claim *claim = g_object_get_data (G_OBJECT (page), "claim");
  g_autoptr(GError) error = NULL;

  if (claim == NULL)
    return;
  if (!mu_debt_claim_write_pdf (claim->document, claim->id, &claim->claim, file, &error))
    mu_debt_page_say (page, error->message);
  else
    say_sent (page, claim);
  g_object_set_data (G_OBJECT (page), "claim", NULL);
}

static void
begin_print (GtkPrintOperation *operation,
             GtkPrintContext   *context,
             Claim             *claim)
{
  g_autoptr(GError) error = NULL;

  claim->letter = new_letter (claim->document, claim->id, &claim->claim, gtk_print_context_get_width (context),
                              gtk_print_context_get_height (context), &error);
  if (claim->letter == NULL)
    {
      gtk_print_operation_cancel (operation);
      return;
    }
  gtk_print_operation_set_n_pages (operation,
                                   mu_claim_letter_paginate (claim->letter, gtk_print_context_get_cairo_context (context)));
}

static void
draw_page (GtkPrintOperation *operation,
           GtkPrintContext   *context,
           int                page,
           Claim             *claim)
{
  mu_claim_letter_draw_page (claim->letter, gtk_print_context_get_cairo_context (context), page);
}

/* Prints the letter on the whole sheet, as the PDF has it, and records
 * the claim once the printer has it. */
static void
print_claim (MuDebtPage *page,
             Claim      *claim)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_job_name (operation, _("Written claim"));
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print), claim);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page), claim);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (page))), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    mu_debt_page_say (page, error->message);
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      if (!mu_register_document_record_claim (claim->document, claim->id, &claim->claim, &error))
        mu_debt_page_say (page, error->message);
      else
        say_sent (page, claim);
    }
}

static gboolean
read_claim (MuDebtForm  *form,
            MuDebt      *debt,
            GtkWidget  **row,
            char       **message)
{
  if (!mu_debt_form_read_date (form->rows[0], FALSE, &form->date, message))
    return (*row = form->rows[0], FALSE);
  form->choice = mu_debt_form_get_choice (form->rows[1]);
  debt->claim.sent = form->date;
  debt->claim.method = form->choice;
  g_date_clear (&debt->claim.delivered, 1);
  return TRUE;
}

static gboolean
apply_claim (MuDebtForm  *form,
             const char  *response,
             GError     **error)
{
  Claim *claim = g_new0 (Claim, 1);
  const MuDebt *debt;

  claim->document = g_object_ref (mu_debt_page_get_document (form->page));
  claim->id = g_strdup (form->id);
  claim->claim = (MuDebtClaim) { form->date, form->choice, { 0 } };
  g_date_clear (&claim->claim.delivered, 1);
  g_object_set_data_full (G_OBJECT (form->page), "claim", claim, claim_free);
  if (g_str_equal (response, "print"))
    {
      print_claim (form->page, claim);
      return TRUE;
    }
  debt = mu_register_document_get_debt (claim->document, mu_register_document_find (claim->document, form->id));
  {
    /* Translators: the file name offered for a claim letter: the debt's document. */
    g_autofree char *name = g_strdup_printf (_("Claim %s.pdf"), debt->document != NULL ? debt->document : debt->id);

    g_strdelimit (name, "/\\", '-');
    mu_file_dialog_save (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (form->page))), _("Save the Claim Letter"), name,
                         on_file_chosen, form->page);
  }
  return TRUE;
}

static gboolean
blank (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));

  return copy[0] == '\0';
}

/* What of the business's details the letter would lack, in words; NULL
 * when nothing. */
static char *
missing_details (void)
{
  MuCreditor creditor = { NULL };
  const char *names[5];
  const char *missing[6] = { NULL };
  guint n = 0;
  char *text = NULL;

  mu_preferences_get_creditor (&creditor);
  names[0] = blank (creditor.name) ? _("the business’s name") : NULL;
  names[1] = blank (creditor.tax_number) ? _("its tax number") : NULL;
  names[2] = blank (creditor.address) ? _("its address") : NULL;
  names[3] = blank (creditor.bank_details) ? _("the bank details to pay to") : NULL;
  names[4] = blank (creditor.signatory) ? _("who signs") : NULL;
  mu_creditor_clear (&creditor);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (names[i] != NULL)
      missing[n++] = names[i];
  if (n > 0)
    {
      /* Translators: what separates the creditor's details missing from
       * Preferences, in a list. */
      g_autofree char *list = g_strjoinv (_(", "), (char **) missing);

      /* Translators: in the claim dialog: the creditor's details that Preferences do not have yet. */
      text = g_strdup_printf (_("Preferences do not give %s: the letter will lack them. Fill them in under "
                                "Preferences, Your Business, before sending it."), list);
    }
  return text;
}

static void
on_preferences (GtkWidget  *dialog,
                const char *response,
                MuDebtPage *page)
{
  if (g_str_equal (response, "preferences"))
    gtk_widget_activate_action (GTK_WIDGET (page), "app.preferences", NULL);
}

/* The date the claim is sent and how; then the letter printed or saved. */
void
mu_debt_claim_dialog (MuDebtPage *page)
{
  const char *methods[] = { _("By registered post, with a list of contents"), _("By hand, against signature"),
                            _("By e-mail, where the contract allows it"), _("By courier"), NULL };
  MuRegisterDocument *document = mu_debt_page_get_document (page);
  int position = mu_debt_page_get_position (page);
  g_autofree char *today = NULL;
  g_autofree char *missing = missing_details ();
  g_autofree char *owed = NULL;
  g_autofree char *body = NULL;
  const MuDebt *debt;
  MuDebtForm *form;

  if (position < 0)
    return;
  debt = mu_register_document_get_debt (document, position);
  today = mu_debt_format_date (mu_register_document_get_today (document));
  owed = mu_debt_format_money (debt, mu_register_document_get_state (document, position)->outstanding);
  /* Translators: the claim dialog: what is outstanding, and the claim period in days. */
  body = g_strdup_printf (ngettext ("The written claim a court asks for before a suit: it demands the %s outstanding "
                                    "within %u day of receiving it, with no interest. It is recorded as sent once "
                                    "printed or saved.",
                                    "The written claim a court asks for before a suit: it demands the %s outstanding "
                                    "within %u days of receiving it, with no interest. It is recorded as sent once "
                                    "printed or saved.", debt->claim_days),
                          owed, debt->claim_days);
  form = mu_debt_form_new (page, _("Send the Claim"), body);
  mu_debt_form_add_entry (form, "claim.sent", _("Sent on"), today);
  mu_debt_form_add_choice (form, "claim.method", _("How"), methods, 0);
  form->read = read_claim;
  form->apply = apply_claim;
  if (missing != NULL)
    {
      gtk_label_set_text (GTK_LABEL (form->preview), missing);
      gtk_widget_remove_css_class (form->preview, "dim-label");
      gtk_widget_add_css_class (form->preview, "warning");
      gtk_widget_set_visible (form->preview, TRUE);
      mu_alert_dialog_add_response (form->dialog, "preferences", _("_Preferences"));
      g_signal_connect (form->dialog, "response", G_CALLBACK (on_preferences), page);
    }
  mu_debt_form_add_response (form, "print", _("_Print…"), FALSE);
  mu_debt_form_add_response (form, "pdf", _("Save as P_DF…"), TRUE);
  mu_debt_form_present (form);
}
