/* mu-debt-form.c — a small dialog about a debt: a few rows, read and
 * checked on every keystroke
 *
 * The rows are read into a copy of the debt as the change would leave it
 * (the dialog's MuDebtFormRead) and that copy is checked as the library
 * checks it (mu_debt_validate()): the row at fault is marked, the reason
 * is said under the rows, and the answers that make the change wait
 * until it is valid.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mu-alert-dialog.h"
#include "mu-debt-form.h"
#include "mu-field.h"
#include "mu-input.h"

static void
form_free (gpointer data)
{
  MuDebtForm *form = data;

  g_object_unref (form->page);
  g_free (form->id);
  g_hash_table_unref (form->paths);
  g_free (form);
}

static const MuDebt *
form_debt (MuDebtForm *form)
{
  MuRegisterDocument *document = mu_debt_page_get_document (form->page);
  int position = mu_register_document_find (document, form->id);

  return position >= 0 ? mu_register_document_get_debt (document, position) : NULL;
}

/* The row that edits what @where names: its own path, or the longest
 * start of it that a row has ("arrangement" for "arrangement.n"). */
static GtkWidget *
row_for (MuDebtForm *form,
         const char *where)
{
  g_autofree char *path = g_strdup (where);
  char *out = path;

  /* "payments[2].amount" is the row of "payments.amount". */
  for (const char *p = where; p != NULL && *p != '\0'; p++)
    {
      if (*p == '[')
        while (*p != '\0' && *p != ']')
          p++;
      else
        *out++ = *p;
      if (*p == '\0')
        break;
    }
  if (out != NULL)
    *out = '\0';
  while (path != NULL && path[0] != '\0')
    {
      GtkWidget *row = g_hash_table_lookup (form->paths, path);
      char *end = strrchr (path, '.');

      if (row != NULL)
        return row;
      if (end == NULL)
        break;
      *end = '\0';
    }
  return NULL;
}

static void
set_valid (MuDebtForm *form,
           GtkWidget  *bad,
           const char *message)
{
  GHashTableIter iter;
  gpointer row;

  g_hash_table_iter_init (&iter, form->paths);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    if (row == bad)
      gtk_widget_add_css_class (row, "error");
    else
      gtk_widget_remove_css_class (row, "error");
  gtk_label_set_text (GTK_LABEL (form->message), message != NULL ? message : "");
  gtk_widget_set_visible (form->message, message != NULL);
  form->valid = message == NULL;
  for (guint i = 0; form->oks[i] != NULL; i++)
    mu_alert_dialog_set_response_enabled (form->dialog, form->oks[i], form->valid);
}

/* Reads the rows, checks the debt they would make, and says so. */
void
mu_debt_form_validate (MuDebtForm *form)
{
  const MuDebt *debt = form_debt (form);
  g_autoptr(MuDebt) changed = NULL;
  g_autofree char *message = NULL;
  g_autofree char *where = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *bad = NULL;

  if (debt == NULL)
    {
      set_valid (form, NULL, _("The debt is no longer in the register."));
      return;
    }
  changed = mu_debt_copy (debt);
  if (!form->read (form, changed, &bad, &message))
    {
      set_valid (form, bad, message);
      return;
    }
  if (!mu_debt_validate (changed, &where, &error))
    {
      g_autofree char *sentence = mu_field_sentence (error->message);

      set_valid (form, row_for (form, where), sentence);
      return;
    }
  set_valid (form, NULL, NULL);
}

static void
on_response (GtkWidget  *dialog,
             const char *response,
             MuDebtForm *form)
{
  g_autoptr(GError) error = NULL;
  gboolean applies = FALSE;

  for (guint i = 0; form->oks[i] != NULL; i++)
    applies |= g_str_equal (response, form->oks[i]);
  if (!applies)
    return;
  mu_debt_form_validate (form);
  if (form->valid && !form->apply (form, response, &error))
    {
      g_autofree char *sentence = mu_field_sentence (error->message);

      mu_debt_page_say (form->page, sentence);
    }
}

/* A dialog about the debt @page shows, freed with it. */
MuDebtForm *
mu_debt_form_new (MuDebtPage *page,
                  const char *heading,
                  const char *body)
{
  MuDebtForm *form = g_new0 (MuDebtForm, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  form->page = g_object_ref (page);
  form->id = g_strdup (mu_debt_page_get_debt (page));
  form->paths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  form->dialog = mu_alert_dialog_new (heading, body);
  form->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (form->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (form->list, "boxed-list");
  form->message = gtk_label_new (NULL);
  form->preview = gtk_label_new (NULL);
  for (GtkWidget *label = form->message; label != NULL; label = label == form->message ? form->preview : NULL)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_visible (label, FALSE);
    }
  gtk_widget_add_css_class (form->message, "error");
  gtk_widget_add_css_class (form->preview, "dim-label");
  gtk_box_append (GTK_BOX (box), form->list);
  gtk_box_append (GTK_BOX (box), form->message);
  gtk_box_append (GTK_BOX (box), form->preview);
  mu_alert_dialog_set_extra_child (form->dialog, box);
  mu_alert_dialog_add_response (form->dialog, "cancel", _("_Cancel"));
  mu_alert_dialog_set_close_response (form->dialog, "cancel");
  g_object_set_data_full (G_OBJECT (form->dialog), "form", form, form_free);
  g_signal_connect (form->dialog, "response", G_CALLBACK (on_response), form);
  return form;
}

static void
remember (MuDebtForm *form,
          const char *path,
          GtkWidget  *row)
{
  if (path != NULL)
    g_hash_table_insert (form->paths, g_strdup (path), row);
  for (guint i = 0; i < G_N_ELEMENTS (form->rows); i++)
    if (form->rows[i] == NULL)
      {
        form->rows[i] = row;
        break;
      }
  gtk_list_box_append (GTK_LIST_BOX (form->list), row);
}

GtkWidget *
mu_debt_form_add_entry (MuDebtForm *form,
                        const char *path,
                        const char *title,
                        const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  g_signal_connect_swapped (row, "changed", G_CALLBACK (mu_debt_form_validate), form);
  remember (form, path, row);
  return row;
}

GtkWidget *
mu_debt_form_add_choice (MuDebtForm         *form,
                         const char         *path,
                         const char         *title,
                         const char * const *labels,
                         guint               selected)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) list = gtk_string_list_new (labels);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (list));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (mu_debt_form_validate), form);
  remember (form, path, row);
  return row;
}

void
mu_debt_form_add_response (MuDebtForm *form,
                           const char *id,
                           const char *label,
                           gboolean    suggested)
{
  for (guint i = 0; i < G_N_ELEMENTS (form->oks) - 1; i++)
    if (form->oks[i] == NULL)
      {
        form->oks[i] = g_intern_string (id);
        break;
      }
  mu_alert_dialog_add_response (form->dialog, id, label);
  if (suggested)
    {
      mu_alert_dialog_set_response_appearance (form->dialog, id, ADW_RESPONSE_SUGGESTED);
      mu_alert_dialog_set_default_response (form->dialog, id);
    }
}

void
mu_debt_form_present (MuDebtForm *form)
{
  mu_debt_form_validate (form);
  mu_alert_dialog_present (form->dialog, GTK_WIDGET (form->page));
  if (form->rows[0] != NULL)
    gtk_widget_grab_focus (form->rows[0]);
}

/* A date typed in @row; an empty row is no date when @optional. */
gboolean
mu_debt_form_read_date (GtkWidget  *row,
                        gboolean    optional,
                        GDate      *date,
                        char      **message)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  g_date_clear (date, 1);
  if (optional && text[0] == '\0')
    return TRUE;
  return mu_input_parse_date (text, date, message);
}

guint
mu_debt_form_get_choice (GtkWidget *row)
{
  return adw_combo_row_get_selected (ADW_COMBO_ROW (row));
}
