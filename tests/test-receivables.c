/* test-receivables.c — the register of receivables in the window: a CSV
 * imported by the chooser's path and by a drop, a payment, the claim sent
 * to a PDF, instalments arranged, each undone; a bad file refused; the
 * balance sheet taking its receivables from the register
 *
 * The dialogs are driven as a user would: text typed in their rows, one
 * of their answers chosen. Those of libadwaita 1.2 are windows of their
 * own (AdwMessageDialog); from 1.5 they sit in the window (AdwAlertDialog)
 * and are found there, answered by their buttons.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "gui-test-util.h"
#include "mu-chart.h"
#include "mu-compat.h"
#include "mu-debt-claim.h"
#include "mu-debt-list.h"
#include "mu-input.h"
#include "mu-receivables-view.h"
#include "mu-scenario-page.h"
#include "mu-store-debts.h"
#include "mu-window-receivables.h"

static const char register_csv[] =
  "debtor;tax_number;document;document_date;due;amount;currency\n"
  "Harvester LLC;7701234567;Invoice 17;01.03.2025;31.03.2025;1 000,00;RUB\n"
  "Harvester LLC;7701234567;Invoice 18;15.04.2025;30.04.2025;250,50;RUB\n"
  "Ivanov I. I.;;Contract 3;2025-05-01;2025-06-30;12 000,00;RUB\n";

typedef struct
{
  OwnLibrary          library;
  MuWindow           *window;
  MuRegisterDocument *document;
  char               *csv;   /* the file above, in the library's folder */
} Fixture;

static GDate
ymd (guint year,
     guint month,
     guint day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return date;
}

static char *
write_file (Fixture    *fixture,
            const char *name,
            const char *text)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->library.dir, name, NULL);

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return path;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(MuScenario) scenario = load_example ("case-b-diminishing-redemption.musharaka");
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GDate today = ymd (2025, 6, 10);

  g_settings_set_string (settings, "last-scenario", "");
  own_library_init (&fixture->library, scenario);
  fixture->window = open_window (fixture->library.store);
  fixture->document = mu_window_get_register (fixture->window);
  mu_register_document_set_today (fixture->document, &today);
  fixture->csv = write_file (fixture, "debts.csv", register_csv);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_unlink (fixture->csv);
  g_free (fixture->csv);
  close_window (fixture->window, fixture->library.store);
  own_library_clear (&fixture->library);
}

static void
import (Fixture *fixture)
{
  g_autoptr(GFile) file = g_file_new_for_path (fixture->csv);
  g_autoptr(GError) error = NULL;

  g_assert_true (mu_window_import_receivables (fixture->window, file, &error));
  g_assert_no_error (error);
}

/* The document number of the debt at @index of the sidebar's list. */
static const char *
listed (Fixture *fixture,
        guint    index)
{
  MuDebtList *list = mu_window_get_debt_list (fixture->window);
  int position = mu_register_document_find (fixture->document, mu_debt_list_get_id (list, index));

  return mu_register_document_get_debt (fixture->document, position)->document;
}

static int
position_of (Fixture    *fixture,
             const char *document)
{
  for (guint i = 0; i < mu_register_document_get_n_debts (fixture->document); i++)
    if (g_strcmp0 (mu_register_document_get_debt (fixture->document, i)->document, document) == 0)
      return (int) i;
  return -1;
}

static const MuDebtState *
state_of (Fixture    *fixture,
          const char *document)
{
  int position = position_of (fixture, document);

  g_assert_cmpint (position, >=, 0);
  return mu_register_document_get_state (fixture->document, position);
}

static const char *
id_of (Fixture    *fixture,
       const char *document)
{
  return mu_register_document_get_debt (fixture->document, position_of (fixture, document))->id;
}

static MuDebtPage *
show_debt (Fixture    *fixture,
           const char *document)
{
  MuDebtPage *page = mu_receivables_view_get_page (mu_window_get_receivables_view (fixture->window));

  g_assert_true (mu_window_select_debt (fixture->window, id_of (fixture, document)));
  g_assert_cmpstr (mu_debt_page_get_debt (page), ==, id_of (fixture, document));
  return page;
}

static void
activate (GtkWidget  *widget,
          const char *action,
          GVariant   *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (widget, action, parameter));
}

static gboolean
has_rule (MuDebtPage *page,
          const char *rule)
{
  g_autoptr(GPtrArray) rules = mu_debt_page_dup_findings (page);

  for (guint i = 0; i < rules->len; i++)
    if (g_str_equal (g_ptr_array_index (rules, i), rule))
      return TRUE;
  return FALSE;
}

static char *
date_text (guint year,
           guint month,
           guint day)
{
  GDate date = ymd (year, month, day);

  return mu_input_format_date (&date);
}

/* The first widget under @widget of @type whose row title, label or
 * text is @title (any, for NULL). */
static GtkWidget *
find_widget (GtkWidget  *widget,
             GType       type,
             const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          (title == NULL || (ADW_IS_PREFERENCES_ROW (child) &&
                             g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0) ||
           (GTK_IS_LABEL (child) && strstr (gtk_label_get_text (GTK_LABEL (child)), title) != NULL)))
        return child;
      if ((found = find_widget (child, type, title)) != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
row (GtkWidget  *dialog,
     const char *title)
{
  GtkWidget *found = find_widget (dialog, ADW_TYPE_PREFERENCES_ROW, title);

  g_assert_nonnull (found);
  return found;
}

/* The dialogs of libadwaita 1.5 and later: AdwAlertDialogs, shown in
 * the window they ask about, answered by a click on their button. */

#if ADW_CHECK_VERSION (1, 5, 0)
MU_BEGIN_NEWER_API

static gboolean
dialog_shown (gpointer data)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    {
      AdwDialog *dialog = NULL;

      if (ADW_IS_APPLICATION_WINDOW (l->data))
        dialog = adw_application_window_get_visible_dialog (l->data);
      else if (ADW_IS_WINDOW (l->data))
        dialog = adw_window_get_visible_dialog (l->data);
      if (ADW_IS_ALERT_DIALOG (dialog) && gtk_widget_get_mapped (GTK_WIDGET (dialog)))
        {
          *(GtkWidget **) data = GTK_WIDGET (dialog);
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
enabled (GtkWidget  *dialog,
         const char *response)
{
  return adw_alert_dialog_get_response_enabled (ADW_ALERT_DIALOG (dialog), response);
}

/* The button under @widget labelled @label, as its response is. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button (child, label)) != NULL)
        return found;
    }
  return NULL;
}

static void
answer (GtkWidget  *dialog,
        const char *response)
{
  GtkWidget *button = find_button (dialog, adw_alert_dialog_get_response_label (ADW_ALERT_DIALOG (dialog), response));
  GtkWidget *gone = dialog;

  g_assert_true (enabled (dialog, response));
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &gone);
  /* Its button closes the dialog and gives the answer. */
  g_signal_emit_by_name (button, "clicked");
  wait_until (is_null, &gone, "the dialog closed");
}

MU_END_NEWER_API
#else

/* Those of libadwaita 1.2: AdwMessageDialogs, windows of their own. */

G_GNUC_BEGIN_IGNORE_DEPRECATIONS

static gboolean
dialog_shown (gpointer data)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      {
        *(GtkWidget **) data = l->data;
        return TRUE;
      }
  return FALSE;
}

static gboolean
enabled (GtkWidget  *dialog,
         const char *response)
{
  return adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), response);
}

static void
answer (GtkWidget  *dialog,
        const char *response)
{
  GtkWidget *gone = dialog;

  g_assert_true (enabled (dialog, response));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &gone);
  /* As its button does: the answer, then the dialog closed. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  if (gone != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
  wait_until (is_null, &gone, "the dialog closed");
}

G_GNUC_END_IGNORE_DEPRECATIONS
#endif

static GtkWidget *
find_dialog (void)
{
  GtkWidget *dialog = NULL;

  wait_until (dialog_shown, &dialog, "a dialog shown");
  return dialog;
}

/* Imported by path, as the file chooser does: the most overdue first. */
static void
test_import (Fixture       *fixture,
             gconstpointer  data)
{
  MuDebtList *list = mu_window_get_debt_list (fixture->window);
  g_autofree char *summary = NULL;
  g_autofree char *late = NULL;
  g_autofree char *owed = mu_input_format_amount (125050, 2);

  import (fixture);
  g_assert_true (mu_window_get_receivables_shown (fixture->window));
  g_assert_cmpuint (mu_store_count_debts (fixture->library.store, NULL), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  g_assert_cmpstr (listed (fixture, 0), ==, "Invoice 17");
  g_assert_cmpstr (listed (fixture, 1), ==, "Invoice 18");
  g_assert_cmpstr (listed (fixture, 2), ==, "Contract 3");
  g_assert_cmpuint (state_of (fixture, "Invoice 17")->days_overdue, ==, 71);
  g_assert_cmpint (state_of (fixture, "Invoice 17")->status, ==, MU_DEBT_OVERDUE);

  /* The chart's description: 1 000.00 + 250.50 RUB are 31–90 days late. */
  summary = mu_receivables_view_dup_summary (mu_window_get_receivables_view (fixture->window));
  late = g_strdup_printf ("%s: %s RUB", mu_age_bucket_get_label (MU_BUCKET_31_90), owed);
  g_assert_nonnull (strstr (summary, late));

  /* Searched: by the debtor's name, whatever the case, and the document. */
  mu_debt_list_set_search (list, "ivanov");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_cmpstr (listed (fixture, 0), ==, "Contract 3");
  mu_debt_list_set_search (list, "invoice 18");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  mu_debt_list_set_search (list, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);

  /* The import is undone as a whole. */
  activate (GTK_WIDGET (fixture->window), "win.undo", NULL);
  g_assert_cmpuint (mu_store_count_debts (fixture->library.store, NULL), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  activate (GTK_WIDGET (fixture->window), "win.redo", NULL);
  g_assert_cmpuint (mu_store_count_debts (fixture->library.store, NULL), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
}

/* A file dropped on the window; a bad one stores nothing and says where. */
static void
test_drop_and_refuse (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *bad = write_file (fixture, "bad.csv", "debtor;due;amount\nA;2025-01-31;100\nB;31.02.2025;200\n");
  g_autoptr(GFile) file = g_file_new_for_path (fixture->csv);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->window));
  GtkDropTarget *target = NULL;
  GtkWidget *dialog;
  g_autoptr(GError) error = NULL;
  GValue value = G_VALUE_INIT;
  GSList *files = g_slist_prepend (NULL, file);
  gboolean dropped = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (files));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &dropped);
  g_value_unset (&value);
  g_slist_free (files);
  g_assert_true (dropped);
  g_assert_cmpuint (mu_store_count_debts (fixture->library.store, NULL), ==, 3);
  g_assert_true (mu_window_get_receivables_shown (fixture->window));

  g_assert_false (mu_window_import_receivables (fixture->window, bad_file, &error));
  g_assert_nonnull (strstr (error->message, "Line 3, column “due”"));
  g_assert_cmpuint (mu_store_count_debts (fixture->library.store, NULL), ==, 3);
  g_assert_cmpuint (mu_register_document_get_n_debts (fixture->document), ==, 3);
  /* The dialog says so, and is closed. */
  dialog = find_dialog ();
  g_assert_nonnull (find_widget (dialog, GTK_TYPE_LABEL, "“bad.csv” Was Not Imported"));
  g_assert_nonnull (find_widget (dialog, GTK_TYPE_LABEL, "Line 3, column “due”"));
  answer (dialog, "close");
  g_unlink (bad);
}

static void
test_payment (Fixture       *fixture,
              gconstpointer  data)
{
  MuDebtPage *page;
  GtkWidget *dialog;
  g_autofree char *history = NULL;
  g_autofree char *paid = NULL;

  import (fixture);
  page = show_debt (fixture, "Invoice 17");
  activate (GTK_WIDGET (page), "debt.pay", NULL);
  dialog = find_dialog ();
  /* Half-typed, too much: refused at the row, nothing to record. */
  type_into (row (dialog, "Amount"), "1e5");
  g_assert_false (enabled (dialog, "record"));
  g_assert_nonnull (find_widget (dialog, GTK_TYPE_LABEL, "Enter a number"));
  type_into (row (dialog, "Amount"), "1000.01");
  g_assert_false (enabled (dialog, "record"));
  g_assert_true (gtk_widget_has_css_class (row (dialog, "Amount"), "error"));
  type_into (row (dialog, "Amount"), "300");
  type_into (row (dialog, "Note"), "at the office");
  g_assert_nonnull (find_widget (dialog, GTK_TYPE_LABEL, "Outstanding after it"));
  answer (dialog, "record");

  g_assert_cmpint (state_of (fixture, "Invoice 17")->outstanding, ==, 70000);
  {
    g_autoptr(MuDebt) stored = mu_store_get_debt (fixture->library.store, id_of (fixture, "Invoice 17"), NULL);

    g_assert_cmpuint (stored->payments->len, ==, 1);
    g_assert_cmpint (g_array_index (stored->payments, MuDebtPayment, 0).amount, ==, 30000);
  }
  history = mu_debt_page_dup_history (page);
  paid = mu_input_format_amount (30000, 2);
  {
    g_autofree char *line = g_strdup_printf ("Paid %s RUB in cash: at the office", paid);

    g_assert_nonnull (strstr (history, line));
  }
  /* Still shown, once recorded. */
  g_assert_cmpstr (mu_debt_page_get_debt (page), ==, id_of (fixture, "Invoice 17"));

  activate (GTK_WIDGET (fixture->window), "win.undo", NULL);
  g_assert_cmpint (state_of (fixture, "Invoice 17")->outstanding, ==, 100000);
  g_clear_pointer (&history, g_free);
  history = mu_debt_page_dup_history (page);
  g_assert_cmpstr (history, ==, "");
  g_assert_cmpstr (mu_debt_page_get_debt (page), ==, id_of (fixture, "Invoice 17"));
}

static void
test_claim (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (fixture->library.dir, "claim.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (pdf);
  MuDebtClaim claim = { ymd (2025, 5, 10), MU_CLAIM_BY_POST, { 0 } };
  g_autoptr(GError) error = NULL;
  g_autofree char *history = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  MuDebtPage *page;
  GtkWidget *dialog;

  import (fixture);
  page = show_debt (fixture, "Invoice 17");
  g_assert_true (has_rule (page, "no-written-claim"));

  /* The dialog says the business's details are not given yet. */
  activate (GTK_WIDGET (page), "debt.claim", NULL);
  dialog = find_dialog ();
  g_assert_nonnull (find_widget (dialog, GTK_TYPE_LABEL, "Preferences do not give the business’s name"));
  g_assert_true (enabled (dialog, "pdf"));
  type_into (row (dialog, "Sent on"), "2025-02-30");
  g_assert_false (enabled (dialog, "pdf"));
  answer (dialog, "cancel");
  g_assert_cmpint (state_of (fixture, "Invoice 17")->status, ==, MU_DEBT_OVERDUE);

  g_date_clear (&claim.delivered, 1);
  g_assert_true (mu_debt_claim_write_pdf (fixture->document, id_of (fixture, "Invoice 17"), &claim, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  /* Sent on 10 May with 30 days: a suit from 10 June, today. */
  g_assert_cmpint (state_of (fixture, "Invoice 17")->status, ==, MU_DEBT_MAY_SUE);
  g_assert_false (has_rule (page, "no-written-claim"));
  history = mu_debt_page_dup_history (page);
  g_assert_nonnull (strstr (history, "Written claim sent by registered post"));
  screenshot (GTK_WIDGET (fixture->window), "receivables-debt-claimed.png");

  activate (GTK_WIDGET (fixture->window), "win.undo", NULL);
  g_assert_cmpint (state_of (fixture, "Invoice 17")->status, ==, MU_DEBT_OVERDUE);
  g_assert_true (has_rule (page, "no-written-claim"));
  {
    g_autoptr(MuDebt) stored = mu_store_get_debt (fixture->library.store, id_of (fixture, "Invoice 17"), NULL);

    g_assert_false (g_date_valid (&stored->claim.sent));
  }
  g_unlink (pdf);
}

static void
test_instalments (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *agreed = date_text (2025, 6, 1);
  g_autofree char *first = date_text (2025, 6, 30);
  g_autofree char *last = date_text (2025, 8, 30);
  g_autofree char *preview = NULL;
  MuDebtPage *page;
  GtkWidget *dialog;

  import (fixture);
  page = show_debt (fixture, "Invoice 17");
  activate (GTK_WIDGET (page), "debt.arrange", g_variant_new_string ("instalments"));
  dialog = find_dialog ();
  type_into (row (dialog, "Agreed on"), agreed);
  type_into (row (dialog, "First instalment on"), first);
  type_into (row (dialog, "Number of instalments"), "0");
  g_assert_false (enabled (dialog, "arrange"));
  type_into (row (dialog, "Number of instalments"), "3");
  type_into (row (dialog, "Months between them"), "1");
  preview = g_strdup_printf ("the last, %s RUB, on %s", "333.34", last);
  g_assert_nonnull (find_widget (dialog, GTK_TYPE_LABEL, preview));
  answer (dialog, "arrange");

  g_assert_cmpint (state_of (fixture, "Invoice 17")->status, ==, MU_DEBT_ARRANGED);
  g_assert_cmpint (state_of (fixture, "Invoice 17")->outstanding, ==, 100000);
  g_assert_nonnull (mu_debt_page_find (page, "arrangement"));
  {
    g_autoptr(MuDebt) stored = mu_store_get_debt (fixture->library.store, id_of (fixture, "Invoice 17"), NULL);

    g_assert_cmpint (stored->arrangement.kind, ==, MU_ARRANGEMENT_INSTALMENTS);
    g_assert_cmpuint (stored->arrangement.n, ==, 3);
  }
  activate (GTK_WIDGET (fixture->window), "win.undo", NULL);
  g_assert_cmpint (state_of (fixture, "Invoice 17")->status, ==, MU_DEBT_OVERDUE);
  g_assert_null (mu_debt_page_find (page, "arrangement"));
  activate (GTK_WIDGET (fixture->window), "win.redo", NULL);
  g_assert_cmpint (state_of (fixture, "Invoice 17")->status, ==, MU_DEBT_ARRANGED);
}

/* A debtor in hardship is offered time and forgiveness, and forgiven. */
static void
test_hardship_forgiven (Fixture       *fixture,
                        gconstpointer  data)
{
  MuDebtPage *page;
  GtkWidget *dialog;

  import (fixture);
  page = show_debt (fixture, "Invoice 18");
  g_assert_true (mu_register_document_set_hardship (fixture->document,
                                                    mu_register_document_get_debt (fixture->document,
                                                                                   position_of (fixture,
                                                                                                "Invoice 18"))
                                                      ->debtor_id, TRUE, NULL));
  g_assert_true (has_rule (page, "hardship-grace"));
  activate (GTK_WIDGET (page), "debt.write-off", g_variant_new_string ("forgiven"));
  dialog = find_dialog ();
  answer (dialog, "write-off");
  g_assert_cmpint (state_of (fixture, "Invoice 18")->status, ==, MU_DEBT_WRITTEN_OFF);
  g_assert_cmpint (state_of (fixture, "Invoice 18")->outstanding, ==, 0);
  activate (GTK_WIDGET (fixture->window), "win.undo", NULL);
  g_assert_cmpint (state_of (fixture, "Invoice 18")->outstanding, ==, 25050);
}

static GtkWidget *
button_in (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = GTK_IS_BUTTON (child) ? child : button_in (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The balance sheet takes the register's total on the scenario's start. */
static void
test_take_receivables (Fixture       *fixture,
                       gconstpointer  data)
{
  MuScenarioPage *page = mu_window_get_page (fixture->window);
  MuScenarioDocument *document;
  MuScenario *edited;
  GtkWidget *receivables, *take;
  MuMoney before;

  import (fixture);
  g_assert_true (mu_window_select (fixture->window, fixture->library.uuid));
  g_assert_false (mu_window_get_receivables_shown (fixture->window));
  document = mu_scenario_page_get_document (page);
  edited = mu_scenario_document_dup_scenario (document);
  edited->start = ymd (2025, 7, 1);
  edited->balance.enabled = TRUE;
  edited->balance.total_assets = 10000000;
  g_assert_true (mu_scenario_document_apply (document, "balance", edited, NULL));
  mu_scenario_document_seal (document);
  before = mu_scenario_page_get_scenario (page)->balance.receivables;

  receivables = mu_scenario_page_find_field (page, "balance.receivables");
  g_assert_nonnull (receivables);
  take = gtk_widget_get_next_sibling (receivables);
  g_assert_true (ADW_IS_ACTION_ROW (take));
  g_signal_emit_by_name (button_in (take), "clicked");
  /* 1 000.00 + 250.50 + 12 000.00, none paid by 1 July. */
  g_assert_cmpint (mu_scenario_page_get_scenario (page)->balance.receivables, ==, 1325050);
  {
    g_autofree char *start = date_text (2025, 7, 1);
    g_autofree char *said = g_strdup_printf ("3 debts in RUB outstanding on %s", start);

    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (take)), ==, said);
  }
  activate (GTK_WIDGET (fixture->window), "win.undo", NULL);
  g_assert_cmpint (mu_scenario_page_get_scenario (page)->balance.receivables, ==, before);
}

/* The register and a debt, wide and narrow, light and dark. */
static void
test_screenshots (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  g_autoptr(GFile) file = g_file_new_for_path (fixture->csv);

  if (g_getenv ("MUSHARAKA_SCREENSHOTS") == NULL)
    {
      g_test_skip ("MUSHARAKA_SCREENSHOTS is not set");
      return;
    }
  mu_window_show_receivables (fixture->window);
  screenshot (window, "receivables-empty.png");
  import (fixture);
  screenshot (window, "receivables-register.png");
  show_debt (fixture, "Invoice 17");
  screenshot (window, "receivables-debt.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  screenshot (window, "receivables-debt-dark.png");
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 800);
  wait_for_size (GTK_WINDOW (window), 400, 800);
  screenshot (window, "receivables-narrow-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  mu_window_show_content (fixture->window);
  screenshot (window, "receivables-narrow-debt.png");
}

#define ADD(path, test) \
  g_test_add ("/receivables/" path, Fixture, NULL, fixture_set_up, test, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  gtk_test_init (&argc, &argv, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  /* For screenshots in other languages: the catalogues built here. */
  if (g_getenv ("MUSHARAKA_LOCALEDIR") != NULL)
    {
      setlocale (LC_ALL, "");
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MUSHARAKA_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
      gtk_widget_set_default_direction (mu_chart_locale_is_rtl () ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
    }
  adw_init ();
  if (g_getenv ("MUSHARAKA_SCREENSHOTS") != NULL)
    {
      g_autoptr(GtkCssProvider) style = gtk_css_provider_new ();

      gtk_css_provider_load_from_resource (style, "/io/github/musharaka/Musharaka/style.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (style),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }

  ADD ("import/by-path-and-undone", test_import);
  ADD ("import/dropped-and-refused", test_drop_and_refuse);
  ADD ("payment/recorded-and-undone", test_payment);
  ADD ("claim/to-pdf-and-undone", test_claim);
  ADD ("arrangement/instalments-and-undone", test_instalments);
  ADD ("hardship/forgiven-and-undone", test_hardship_forgiven);
  ADD ("balance/takes-the-register", test_take_receivables);
  ADD ("screenshots", test_screenshots);
  return g_test_run ();
}
