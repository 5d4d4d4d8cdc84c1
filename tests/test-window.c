/* test-window.c — the window driven as a user would: a new scenario, the
 * article's diminishing case entered field by field, the schedule and the
 * findings, undo and redo, a refused amount, and everything still there
 * after the window is closed and opened again on the same library.
 *
 * Run under Xvfb with GSK_RENDERER=cairo and a private D-Bus session.
 * With MUSHARAKA_SCREENSHOTS=DIR it also writes screenshots there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <glib/gstdio.h>
#include <string.h>

#include "mu-balance-section.h"
#include "mu-compare-window.h"
#include "mu-exchange.h"
#include "mu-financing-section.h"
#include "mu-findings-section.h"
#include "mu-input.h"
#include "mu-library-item.h"
#include "mu-partner-row.h"
#include "mu-partners-section.h"
#include "mu-print-operation.h"
#include "mu-schedule-section.h"
#include "mu-window-private.h"
#include "gui-test-util.h"
#include "test-pdf.h"

static char *library_path;

static gboolean
follow_done (gpointer page)
{
  return !mu_scenario_page_is_following (page);
}

/* Waits for the editors to stop following the row a finding led to. */
static void
wait_for_follow (MuScenarioPage *page)
{
  wait_until (follow_done, page, "the editors to bring the focused row into view");
}

/* Partner @index of the scenario the page shows now. */
static const MuPartner *
shown_partner (MuScenarioPage *page,
               guint           index)
{
  return mu_scenario_get_partner (mu_scenario_page_get_scenario (page), index);
}

/* The widget that edits the value at the path @format names, as the
 * findings name it ("partners[1].profit_share"): reached as the user
 * reaches it, its rows opened and their editors built. */
static GtkWidget *field (MuScenarioPage *page,
                         const char     *format,
                         ...) G_GNUC_PRINTF (2, 3);

static GtkWidget *
field (MuScenarioPage *page,
       const char     *format,
       ...)
{
  g_autofree char *path = NULL;
  GtkWidget *widget;
  va_list args;

  va_start (args, format);
  path = g_strdup_vprintf (format, args);
  va_end (args);
  widget = mu_scenario_page_find_field (page, path);
  if (widget == NULL)
    {
      g_autofree char *message = g_strdup_printf ("no editor for “%s”", path);

      g_assertion_message (NULL, __FILE__, __LINE__, G_STRFUNC, message);
    }
  return widget;
}

/* Partner @index's cash editor: the path of its first cash contribution,
 * or of one past its last when it brings none. */
static GtkWidget *
cash_field (MuScenarioPage *page,
            guint           index)
{
  const MuPartner *partner = shown_partner (page, index);
  guint j = 0;

  while (j < partner->contributions->len &&
         g_array_index (partner->contributions, MuContribution, j).kind != MU_CONTRIBUTION_CASH)
    j++;
  return field (page, "partners[%u].contributions[%u]", index, j);
}

/* The switch of an action row that is a title and a switch, as the path
 * "partners[1].manages" leads to. */
static GtkSwitch *
switch_of (GtkWidget *row)
{
  GtkWidget *widget = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));

  g_assert_true (GTK_IS_SWITCH (widget));
  return GTK_SWITCH (widget);
}

static MuSection *
section (MuScenarioPage *page,
         const char     *name)
{
  MuSection *found = mu_scenario_page_get_section (page, name);

  g_assert_nonnull (found);
  return found;
}

static GtkListBox *
partners_list (MuScenarioPage *page)
{
  return mu_partners_section_get_list (MU_PARTNERS_SECTION (section (page, "partners")));
}

static guint
n_partner_rows (MuScenarioPage *page)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (partners_list (page), n) != NULL)
    n++;
  return n;
}

/* Partner @index's row, as it is, open or closed. */
static MuPartnerRow *
partner_row (MuScenarioPage *page,
             guint           index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (partners_list (page), index);

  g_assert_true (MU_IS_PARTNER_ROW (row));
  return MU_PARTNER_ROW (row);
}

static void
add_partner (MuScenarioPage *page)
{
  gtk_widget_activate_action (GTK_WIDGET (section (page, "partners")), "partners.add", NULL);
}

static AdwExpanderRow *
financing_row (MuScenarioPage *page)
{
  return ADW_EXPANDER_ROW (mu_financing_section_get_row (MU_FINANCING_SECTION (section (page, "financing"))));
}

static AdwExpanderRow *
balance_row (MuScenarioPage *page)
{
  return ADW_EXPANDER_ROW (mu_balance_section_get_row (MU_BALANCE_SECTION (section (page, "balance"))));
}

static GtkWidget *
first_revealer (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = GTK_IS_REVEALER (child) ? child : first_revealer (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* How many rows @expander holds: an AdwExpanderRow shows them in a list
 * under a GtkRevealer. None is built until the section is opened. */
static guint
expander_n_rows (AdwExpanderRow *expander)
{
  GtkWidget *revealer = first_revealer (GTK_WIDGET (expander));
  guint n = 0;

  g_assert_nonnull (revealer);
  for (GtkWidget *child = gtk_widget_get_first_child (gtk_revealer_get_child (GTK_REVEALER (revealer)));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

/* The buyers' button: its label names them, its popover has a check
 * button a partner, in their order. */
static GtkMenuButton *
buyers_button (MuScenarioPage *page)
{
  GtkWidget *button = field (page, "financing.buyers");

  g_assert_true (GTK_IS_MENU_BUTTON (button));
  return GTK_MENU_BUTTON (button);
}

static const char *
buyers_label (MuScenarioPage *page)
{
  return gtk_label_get_text (GTK_LABEL (gtk_menu_button_get_child (buyers_button (page))));
}

static GtkWidget *
buyers_box (MuScenarioPage *page)
{
  return gtk_popover_get_child (gtk_menu_button_get_popover (buyers_button (page)));
}

static guint
n_buyer_checks (MuScenarioPage *page)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (buyers_box (page)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

static GtkCheckButton *
buyer_check (MuScenarioPage *page,
             guint           index)
{
  GtkWidget *child = gtk_widget_get_first_child (buyers_box (page));

  for (guint i = 0; i < index && child != NULL; i++)
    child = gtk_widget_get_next_sibling (child);
  g_assert_true (GTK_IS_CHECK_BUTTON (child));
  return GTK_CHECK_BUTTON (child);
}

static GtkListBox *
findings_list (MuScenarioPage *page)
{
  return mu_findings_section_get_list (MU_FINDINGS_SECTION (section (page, "findings")));
}

static GtkSingleSelection *
schedule_selection (MuScenarioPage *page)
{
  GtkColumnView *view = mu_schedule_section_get_view (MU_SCHEDULE_SECTION (section (page, "schedule")));

  return GTK_SINGLE_SELECTION (gtk_column_view_get_model (view));
}

/* The schedule's rows of periods, all of them. */
static guint
schedule_n_periods (MuScenarioPage *page)
{
  return g_list_model_get_n_items (mu_schedule_section_get_rows (MU_SCHEDULE_SECTION (section (page, "schedule"))));
}

/* Its rows of years, none when it is a row a period: the table's top
 * rows are then the periods themselves. */
static guint
schedule_n_years (MuScenarioPage *page)
{
  return g_list_model_get_n_items (mu_schedule_section_get_years (MU_SCHEDULE_SECTION (section (page, "schedule"))));
}

static guint
shown_period (MuScenarioPage *page,
              MuChartKind     kind)
{
  return mu_chart_view_get_period (mu_scenario_page_get_chart (page, kind));
}

/* The editors' scrolled window. */
static GtkWidget *
editors_scroll (MuScenarioPage *page)
{
  GtkWidget *scroll = gtk_widget_get_ancestor (GTK_WIDGET (section (page, "partners")), GTK_TYPE_SCROLLED_WINDOW);

  g_assert_nonnull (scroll);
  return scroll;
}

static void
test_article_case (void)
{
  g_autoptr(GError) error = NULL;
  MuStore *store;
  MuWindow *window;
  MuScenarioPage *page;
  const MuResult *result;
  const double bank_percent[] = { 71.43, 65.22, 55.56, 38.46 };
  g_autofree char *uuid = NULL;
  g_autoptr(MuScenario) before_invalid = NULL;
  g_autoptr(MuScenario) stored = NULL;


  store = mu_store_open (library_path, MU_STORE_OPEN_NO_SEED, &error);
  g_assert_no_error (error);
  window = open_window (store);
  page = mu_window_get_page (window);

  /* An empty library: the window invites a new scenario. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "empty");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "scenario");
  uuid = g_strdup (mu_window_get_uuid (window));
  g_assert_nonnull (uuid);

  /* The article's harvester, field by field. */
  type_into (field (page, "name"), "Harvester");
  type_into (field (page, "currency"), "RUB");
  type_into (field (page, "start"), "2026-01-01");
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (page, "period")), MU_PERIOD_QUARTER);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (field (page, "periods")), 4);
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (page, "school")), MU_SCHOOL_HANAFI);
  type_into (field (page, "partners[0].name"), "Company");
  type_into (cash_field (page, 0), "200");
  add_partner (page);
  g_assert_cmpuint (n_partner_rows (page), ==, 2);
  type_into (field (page, "partners[1].name"), "Bank");
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (page, "partners[1].kind")), MU_PARTNER_BANK);
  gtk_switch_set_active (switch_of (field (page, "partners[1].manages")), FALSE);
  type_into (cash_field (page, 1), "500");
  adw_expander_row_set_enable_expansion (financing_row (page), TRUE);
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (page, "financing.bank")), 1);
  gtk_check_button_set_active (buyer_check (page, 0), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (field (page, "financing.installments")), 4);
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (page, "financing.mode")), MU_OWNERSHIP_REDEMPTION);
  type_into (field (page, "profit.per_period"), "100");

  /* The schedule: the article's percentages, quarter by quarter. */
  result = mu_scenario_page_get_result (page);
  g_assert_nonnull (result);
  g_assert_cmpuint (result->n_periods, ==, 4);
  g_assert_cmpuint (schedule_n_periods (page), ==, 4);
  for (guint t = 1; t <= 4; t++)
    {
      g_assert_cmpfloat_with_epsilon (mu_result_ownership_percent (result, t, 1), bank_percent[t - 1], 0.005);
      g_assert_cmpint (result->periods[t - 1].buyout, ==, 12500);
    }
  g_assert_cmpuint (result->findings->len, ==, 0);
  /* The bank is chosen by the name it was given after it was added. */
  {
    AdwComboRow *bank = ADW_COMBO_ROW (field (page, "financing.bank"));

    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (bank)), 1), ==, "Bank");
    g_assert_cmpuint (adw_combo_row_get_selected (bank), ==, 1);
  }
  /* Closed again, the rows say what each partner puts in. */
  for (guint i = 0; i < n_partner_rows (page); i++)
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (partner_row (page, i)), FALSE);
  {
    /* In the language the test runs in: the amount as the locale writes it. */
    g_autofree char *amount = mu_input_format_amount (50000, 2);

    g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (partner_row (page, 1))), amount));
  }
  screenshot (GTK_WIDGET (window), "window-wide-light.png");

  /* Case D: the sleeping bank asks 70 %: an error from quarter 2. Until
   * it has an agreed share, the share's path leads to the choice of one. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (page, "partners[1].profit_share")), 1);
  type_into (field (page, "partners[1].profit_share"), "70");
  result = mu_scenario_page_get_result (page);
  g_assert_cmpuint (result->findings->len, ==, 1);
  g_assert_cmpstr (((MuFinding *) g_ptr_array_index (result->findings, 0))->rule, ==, "sleeping-partner-cap");
  g_assert_cmpuint (((MuFinding *) g_ptr_array_index (result->findings, 0))->period, ==, 2);
  {
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (findings_list (page), 0);

    g_assert_nonnull (row);
    g_assert_null (gtk_list_box_get_row_at_index (findings_list (page), 1));
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "A sleeping partner’s share is capped");
    /* Activating it takes the user to the bank's profit share: its row
     * opens, closed as it was. */
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (partner_row (page, 1)), FALSE);
    g_signal_emit_by_name (findings_list (page), "row-activated", row);
    g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (partner_row (page, 1))));
  }

  /* Undo brings back the scenario without the agreed share; redo again. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_false (mu_scenario_page_get_scenario (page)->partners->len < 2);
  g_assert_false (shown_partner (page, 1)->has_profit_share &&
                  shown_partner (page, 1)->profit_share == 700000);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_true (shown_partner (page, 1)->has_profit_share);
  g_assert_cmpint (shown_partner (page, 1)->profit_share, ==, 700000);

  /* A letter in an amount is refused at the field and never stored; the
   * banner says which field it is. */
  mu_window_flush (window);
  before_invalid = mu_scenario_copy (mu_scenario_page_get_scenario (page));
  {
    GtkWidget *cash = cash_field (page, 0);
    const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (cash));

    type_into (cash, "2OO");
    g_assert_true (gtk_widget_has_css_class (cash, "error"));
    g_assert_nonnull (mu_scenario_page_get_banner (page));
    g_assert_nonnull (strstr (mu_scenario_page_get_banner (page), title));
    g_assert_true (mu_scenario_page_has_errors (page));
    g_assert_true (mu_scenario_equal (mu_scenario_page_get_scenario (page), before_invalid));
    mu_window_flush (window);
    stored = mu_store_load (store, uuid, &error);
    g_assert_no_error (error);
    g_assert_true (mu_scenario_equal (stored, before_invalid));
    type_into (cash, "200");
    g_assert_false (gtk_widget_has_css_class (cash, "error"));
    g_assert_null (mu_scenario_page_get_banner (page));
  }

  /* Showing the scenario already shown (as Rename does) keeps it, and a
   * later edit is saved to it. */
  mu_window_select (window, mu_window_get_uuid (window));
  g_assert_cmpstr (mu_window_get_uuid (window), ==, uuid);
  type_into (field (page, "profit.per_period"), "150");
  g_assert_true (mu_window_flush (window));
  {
    g_autoptr(MuScenario) saved = mu_store_load (store, uuid, &error);

    g_assert_no_error (error);
    g_assert_cmpint (saved->profit.per_period, ==, 15000);
  }
  type_into (field (page, "profit.per_period"), "100");
  g_assert_true (mu_window_flush (window));

  /* The charts follow the period chosen in the schedule. */
  mu_scenario_page_select_period (page, 3);
  g_assert_cmpuint (shown_period (page, MU_CHART_SHARES), ==, 3);

  if (g_getenv ("MUSHARAKA_SCREENSHOTS") != NULL)
    {
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
      screenshot (GTK_WIDGET (window), "window-wide-dark.png");
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
      gtk_window_set_default_size (GTK_WINDOW (window), 400, 800);
      wait_for_size (GTK_WINDOW (window), 400, 800);
      screenshot (GTK_WIDGET (window), "window-narrow-sidebar.png");
      gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
      mu_window_show_content (window);
      screenshot (GTK_WIDGET (window), "window-narrow-page.png");
    }

  close_window (window, store);

  /* Start again on the same library: it is all there. */
  store = mu_store_open (library_path, MU_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  window = open_window (store);
  page = mu_window_get_page (window);
  g_assert_cmpstr (mu_window_get_uuid (window), ==, uuid);
  g_assert_cmpstr (mu_scenario_page_get_scenario (page)->name, ==, "Harvester");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (page, "name"))), ==, "Harvester");
  g_assert_cmpint (shown_partner (page, 1)->profit_share, ==, 700000);
  g_assert_cmpfloat_with_epsilon (mu_result_ownership_percent (mu_scenario_page_get_result (page), 2, 1), 65.22, 0.005);
  close_window (window, store);
}

/* A scenario opens with its partners and sections closed, a line under
 * each saying what it holds; the editors come when a row is opened, and
 * what was never opened is kept as it was. */
static void
test_closed_editors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MuScenario) scenario = load_example ("case-b-diminishing-redemption.musharaka");
  OwnLibrary library;
  const MuScenario *shown;
  MuPartnerRow *bank;
  MuWindow *window;
  MuScenarioPage *page;

  own_library_init (&library, scenario);
  window = open_window (library.store);
  page = mu_window_get_page (window);

  /* Closed, and said in a line; nothing built under them. */
  g_assert_cmpuint (n_partner_rows (page), ==, 2);
  bank = partner_row (page, 1);
  g_assert_false (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (bank)));
  g_assert_null (mu_partner_row_get_editor (bank, "name_row"));
  g_assert_cmpuint (expander_n_rows (ADW_EXPANDER_ROW (bank)), ==, 0);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (bank)), ==,
                   "Bank · puts in 500.00 RUB · profit by capital");
  g_assert_true (adw_expander_row_get_enable_expansion (financing_row (page)));
  g_assert_false (adw_expander_row_get_expanded (financing_row (page)));
  g_assert_cmpuint (expander_n_rows (financing_row (page)), ==, 0);
  g_assert_cmpstr (adw_expander_row_get_subtitle (financing_row (page)), ==,
                   "Bank is bought out by Company in 4 installments");
  g_assert_false (adw_expander_row_get_enable_expansion (balance_row (page)));
  g_assert_cmpuint (expander_n_rows (balance_row (page)), ==, 0);

  /* An edit elsewhere keeps all that was never opened. */
  type_into (field (page, "profit.per_period"), "150");
  shown = mu_scenario_page_get_scenario (page);
  g_assert_cmpint (shown->profit.per_period, ==, 15000);
  scenario->profit.per_period = 15000;
  g_assert_true (mu_scenario_equal (shown, scenario));
  g_assert_cmpfloat_with_epsilon (mu_result_ownership_percent (mu_scenario_page_get_result (page), 1, 1), 71.43, 0.005);

  /* Another currency reads the amounts again, closed rows too: 500 roubles
   * become 500 dinars, not 50. */
  type_into (field (page, "currency"), "KWD");
  shown = mu_scenario_page_get_scenario (page);
  g_assert_cmpstr (shown->currency, ==, "KWD");
  g_assert_cmpint (g_array_index (mu_scenario_get_partner (shown, 1)->contributions, MuContribution, 0).amount, ==,
                   500000);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (bank)), ==,
                   "Bank · puts in 500.000 KWD · profit by capital");
  g_assert_null (mu_partner_row_get_editor (bank, "name_row"));
  g_assert_cmpuint (expander_n_rows (financing_row (page)), ==, 0);

  /* Opened, the sections show the scenario. */
  adw_expander_row_set_expanded (financing_row (page), TRUE);
  g_assert_cmpuint (expander_n_rows (financing_row (page)), >, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (field (page, "financing.bank"))), ==, 1);
  g_assert_cmpuint (n_buyer_checks (page), ==, 2);
  g_assert_true (gtk_check_button_get_active (buyer_check (page, 0)));
  g_assert_false (gtk_check_button_get_active (buyer_check (page, 1)));
  g_assert_cmpstr (buyers_label (page), ==, "Company");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (field (page, "financing.installments"))), ==, 4);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (field (page, "financing.mode"))), ==,
                    MU_OWNERSHIP_REDEMPTION);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (field (page, "financing.installments")), 5);
  g_assert_cmpuint (mu_scenario_page_get_scenario (page)->financing.installments, ==, 5);
  g_assert_cmpstr (adw_expander_row_get_subtitle (financing_row (page)), ==,
                   "Bank is bought out by Company in 5 installments");
  /* Undo keeps an open section open. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (field (page, "financing.installments"))), ==, 4);
  g_assert_true (adw_expander_row_get_expanded (financing_row (page)));

  /* Several buyers: a third partner joins the company in buying. */
  add_partner (page);
  type_into (cash_field (page, 2), "100");
  g_assert_cmpuint (n_buyer_checks (page), ==, 3);
  gtk_check_button_set_active (buyer_check (page, 2), TRUE);
  shown = mu_scenario_page_get_scenario (page);
  g_assert_cmpuint (shown->financing.buyer_ids->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (shown->financing.buyer_ids, 0), ==, "company");
  g_assert_cmpstr (g_ptr_array_index (shown->financing.buyer_ids, 1), ==, mu_scenario_get_partner (shown, 2)->id);
  g_assert_cmpstr (buyers_label (page), ==, "Company, Partner 3");
  g_assert_cmpstr (adw_expander_row_get_subtitle (financing_row (page)), ==,
                   "Bank is bought out by Company, Partner 3 in 4 installments");
  g_assert_nonnull (mu_scenario_page_get_result (page));
  /* A finding about the buyers leads to their button. */
  g_assert_true (mu_scenario_page_focus_field (page, "financing.buyers[1]"));
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
    GtkWidget *button = GTK_WIDGET (buyers_button (page));

    g_assert_nonnull (focus);
    g_assert_true (focus == button || gtk_widget_is_ancestor (focus, button));
  }

  /* The bank's 500 dinars are paid by the two buyers as 200 to 100,
   * to the fils: 4 × 83.333 and 4 × 41.667. */
  {
    const MuResult *result = mu_scenario_page_get_result (page);

    g_assert_cmpint (result->partner_paid[0], ==, 4 * 83333);
    g_assert_cmpint (result->partner_paid[2], ==, 4 * 41667);
  }

  /* The balance sheet, turned on, opens with its editors. */
  adw_expander_row_set_enable_expansion (balance_row (page), TRUE);
  g_assert_true (adw_expander_row_get_expanded (balance_row (page)));
  g_assert_cmpuint (expander_n_rows (balance_row (page)), >, 0);
  type_into (field (page, "balance.total_assets"), "1000");
  g_assert_true (mu_scenario_page_get_scenario (page)->balance.enabled);
  g_assert_cmpint (mu_scenario_page_get_scenario (page)->balance.total_assets, ==, 1000000);

  /* The sidebar lists the library, the scenario shown chosen; choosing
   * another shows it, and a name changed shows there once saved. */
  {
    g_autoptr(MuScenario) transfer = load_example ("case-c-diminishing-transfer.musharaka");
    g_autofree char *transfer_uuid = NULL;
    MuLibraryItem *item;
    int position;

    g_assert_no_error (error);
    transfer_uuid = mu_store_save (library.store, NULL, transfer, &error);
    g_assert_no_error (error);
    mu_window_reload_list (window);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (window->library)), ==, 2);
    item = gtk_single_selection_get_selected_item (window->selection);
    g_assert_cmpstr (mu_library_item_get_uuid (item), ==, library.uuid);
    position = mu_library_item_find (G_LIST_MODEL (window->library), transfer_uuid);
    g_assert_cmpint (position, >=, 0);
    gtk_single_selection_set_selected (window->selection, position);
    g_assert_cmpstr (mu_window_get_uuid (window), ==, transfer_uuid);
    g_assert_cmpstr (mu_scenario_page_get_scenario (page)->name, ==, "Harvester (transfer)");
    type_into (field (page, "name"), "Harvester, units bought");
    g_assert_true (mu_window_flush (window));
    item = gtk_single_selection_get_selected_item (window->selection);
    g_assert_cmpstr (mu_library_item_get_title (item), ==, "Harvester, units bought");
  }

  /* The menus are made when first opened. */
  g_assert_null (gtk_menu_button_get_menu_model (window->primary_menu_button));
  gtk_menu_button_popup (window->primary_menu_button);
  g_assert_true (gtk_menu_button_get_menu_model (window->primary_menu_button) == window->primary_menu);
  g_assert_nonnull (gtk_menu_button_get_popover (window->primary_menu_button));
  gtk_menu_button_popdown (window->primary_menu_button);

  close_window (window, library.store);
  own_library_clear (&library);
}

/* Case C: the company also brings a machine worth 100 roubles, then a
 * second asset it takes back; the capital and the summary follow. Its
 * cash is contribution 0, the assets come after. */
static void
test_assets_added_and_removed (void)
{
  g_autoptr(MuScenario) scenario = load_example ("case-c-diminishing-transfer.musharaka");
  g_autofree char *company_id = NULL;
  const MuPartner *shown_company;
  MuPartnerRow *company;
  GtkWidget *partners;
  OwnLibrary library;
  MuScenarioPage *page;
  MuWindow *window;


  own_library_init (&library, scenario);
  window = open_window (library.store);
  page = mu_window_get_page (window);
  partners = GTK_WIDGET (section (page, "partners"));
  company_id = g_strdup (shown_partner (page, 0)->id);

  field (page, "partners[0].name");
  company = partner_row (page, 0);
  g_assert_cmpuint (mu_partner_row_get_n_assets (company), ==, 0);
  gtk_widget_activate_action (partners, "partners.add-asset", "s", company_id);
  g_assert_cmpuint (mu_partner_row_get_n_assets (company), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (page, "partners[0].contributions[1].name"))), ==,
                   "Asset 1");
  type_into (field (page, "partners[0].contributions[1].name"), "Harvester");
  type_into (field (page, "partners[0].contributions[1]"), "100");
  gtk_switch_set_active (GTK_SWITCH (mu_partner_row_get_asset_editor (company, 0, "fungible_switch")), TRUE);
  gtk_widget_activate_action (partners, "partners.add-asset", "s", company_id);
  g_assert_cmpuint (mu_partner_row_get_n_assets (company), ==, 2);
  gtk_widget_activate_action (partners, "partners.remove-asset", "(su)", company_id, 1);
  g_assert_cmpuint (mu_partner_row_get_n_assets (company), ==, 1);
  shown_company = shown_partner (page, 0);
  g_assert_cmpuint (shown_company->contributions->len, ==, 2);
  g_assert_cmpint (g_array_index (shown_company->contributions, MuContribution, 1).kind, ==, MU_CONTRIBUTION_ASSET);
  g_assert_cmpstr (g_array_index (shown_company->contributions, MuContribution, 1).name, ==, "Harvester");
  g_assert_cmpint (g_array_index (shown_company->contributions, MuContribution, 1).amount, ==, 10000);
  g_assert_true (g_array_index (shown_company->contributions, MuContribution, 1).fungible);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (company)), ==,
                   "Owner · puts in 300.00 RUB · profit by capital");
  /* An asset without a name is refused at its field. */
  type_into (field (page, "partners[0].contributions[1].name"), "  ");
  g_assert_true (mu_scenario_page_has_errors (page));
  type_into (field (page, "partners[0].contributions[1].name"), "Harvester");
  g_assert_false (mu_scenario_page_has_errors (page));

  close_window (window, library.store);
  own_library_clear (&library);
}

/* A read-only library, where nothing can be opened: all is shown open,
 * the partners' editors built and filled, the financing too. */
static void
test_read_only_shown_open (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MuScenario) scenario = load_example ("case-b-diminishing-redemption.musharaka");
  OwnLibrary library;
  MuScenarioPage *page;
  MuWindow *window;

  own_library_init (&library, scenario);
  mu_store_close (library.store);
  library.store = mu_store_open (library.path, MU_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  window = open_window (library.store);
  page = mu_window_get_page (window);
  g_assert_cmpstr (mu_window_get_uuid (window), ==, library.uuid);
  g_assert_cmpuint (n_partner_rows (page), ==, 2);
  for (guint i = 0; i < n_partner_rows (page); i++)
    {
      MuPartnerRow *row = partner_row (page, i);
      GtkWidget *name = mu_partner_row_get_editor (row, "name_row");

      g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
      g_assert_nonnull (name);
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, shown_partner (page, i)->name);
    }
  g_assert_true (adw_expander_row_get_expanded (financing_row (page)));
  close_window (window, library.store);
  own_library_clear (&library);
}

/* Ten years of months: the schedule is a row a year, opening onto its
 * periods; choosing a period opens its year. */
static void
test_schedule_by_year (void)
{
  g_autoptr(MuScenario) scenario = load_example ("case-b-diminishing-redemption.musharaka");
  OwnLibrary library;
  GtkSingleSelection *selection;
  MuWindow *window;
  MuScenarioPage *page;

  scenario->period = MU_PERIOD_MONTH;
  scenario->periods = 120;
  own_library_init (&library, scenario);
  window = open_window (library.store);
  page = mu_window_get_page (window);
  selection = schedule_selection (page);

  /* 2026 to 2035, the first open on period 1: 10 + 12 rows, and below
   * them who owns what after the last buyout and the totals. */
  g_assert_cmpuint (schedule_n_periods (page), ==, 120);
  g_assert_cmpuint (schedule_n_years (page), ==, 10);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 22 + 2);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 1);

  /* Period 30 is June 2028: its year, the third, opens, and the charts
   * show it. */
  mu_scenario_page_select_period (page, 30);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 34 + 2);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 12 + 2 + 1 + 5);
  g_assert_cmpuint (shown_period (page, MU_CHART_SHARES), ==, 30);

  /* An edit keeps the rows as they are; a shorter schedule goes flat. */
  type_into (field (page, "profit.per_period"), "150");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 34 + 2);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (field (page, "periods")), 12);
  g_assert_cmpuint (schedule_n_years (page), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 12 + 2);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 0);

  close_window (window, library.store);
  own_library_clear (&library);
}

/* Case C with what only a file can bring: the bank takes 30 % of a loss
 * and is guaranteed 50.00 RUB a period. */
static MuScenario *
forbidden_terms_scenario (void)
{
  MuScenario *scenario = load_example ("case-c-diminishing-transfer.musharaka");
  MuPartner *bank;

  g_assert_cmpuint (scenario->partners->len, ==, 2);
  bank = mu_scenario_get_partner (scenario, 1);
  g_assert_cmpint (bank->kind, ==, MU_PARTNER_BANK);
  bank->has_loss_share = TRUE;
  bank->loss_share = 30 * (MU_PERCENT_100 / 100);
  bank->guarantee = MU_GUARANTEE_AMOUNT;
  bank->guarantee_value = 5000;
  return scenario;
}

/* Whole within the editors as they are scrolled. */
static void
assert_in_view (MuScenarioPage *page,
                GtkWidget      *row)
{
  GtkWidget *scroll = editors_scroll (page);
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (row, scroll, &bounds));
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (scroll));
}

/* The row of a term a partnership must not have: the findings lead to
 * the button that removes it, at @path. */
static GtkWidget *
term_row (MuScenarioPage *page,
          const char     *path)
{
  GtkWidget *row = gtk_widget_get_ancestor (field (page, "%s", path), ADW_TYPE_ACTION_ROW);

  g_assert_nonnull (row);
  return row;
}

/* A loss share and a guarantee come only from a file: the findings take
 * the user to them, a button removes each, undo brings it back, and the
 * library keeps what is left. */
static void
test_forbidden_terms (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MuScenario) scenario = forbidden_terms_scenario ();
  OwnLibrary library;
  g_autoptr(MuScenario) saved = NULL;
  const MuResult *result;
  MuScenarioPage *page;
  GtkWidget *loss, *guarantee;
  MuWindow *window;
  MuPartner *bank = mu_scenario_get_partner (scenario, 1);
  guint rules = 0;

  own_library_init (&library, scenario);
  window = open_window (library.store);
  page = mu_window_get_page (window);

  /* Both terms are errors, each naming the bank's field. */
  result = mu_scenario_page_get_result (page);
  for (guint i = 0; i < result->findings->len; i++)
    {
      const MuFinding *finding = g_ptr_array_index (result->findings, i);

      if (g_str_equal (finding->rule, "loss-follows-capital"))
        {
          g_assert_cmpstr (finding->field, ==, "partners[1].loss_share");
          rules |= 1;
        }
      else if (g_str_equal (finding->rule, "guaranteed-return"))
        {
          g_assert_cmpstr (finding->field, ==, "partners[1].guaranteed_return");
          rules |= 2;
        }
    }
  g_assert_cmpuint (rules, ==, 3);

  /* The finding opens the bank's row on the guarantee's button. */
  g_assert_false (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (partner_row (page, 1))));
  g_assert_true (mu_scenario_page_focus_field (page, "partners[1].guaranteed_return"));
  wait_for_follow (page);
  guarantee = term_row (page, "partners[1].guaranteed_return");
  loss = term_row (page, "partners[1].loss_share");
  /* Scrolled to, once the bank's row has opened. */
  assert_in_view (page, guarantee);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (partner_row (page, 1))));
  g_assert_true (gtk_widget_get_visible (loss));
  g_assert_true (gtk_widget_get_visible (guarantee));
  g_assert_true (gtk_widget_is_focus (field (page, "partners[1].guaranteed_return")));
  screenshot (GTK_WIDGET (window), "window-forbidden-terms.png");
  /* The other partner has neither. */
  g_assert_false (gtk_widget_get_visible (term_row (page, "partners[0].loss_share")));
  g_assert_false (gtk_widget_get_visible (term_row (page, "partners[0].guaranteed_return")));

  /* Each button removes its term, an undo step each. */
  g_signal_emit_by_name (field (page, "partners[1].guaranteed_return"), "clicked");
  g_assert_cmpint (shown_partner (page, 1)->guarantee, ==, MU_GUARANTEE_NONE);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (partner_row (page, 1))));
  g_assert_false (gtk_widget_get_visible (term_row (page, "partners[1].guaranteed_return")));
  g_assert_true (gtk_widget_get_visible (term_row (page, "partners[1].loss_share")));
  g_signal_emit_by_name (field (page, "partners[1].loss_share"), "clicked");
  g_assert_false (shown_partner (page, 1)->has_loss_share);
  result = mu_scenario_page_get_result (page);
  for (guint i = 0; i < result->findings->len; i++)
    {
      const MuFinding *finding = g_ptr_array_index (result->findings, i);

      g_assert_cmpstr (finding->rule, !=, "loss-follows-capital");
      g_assert_cmpstr (finding->rule, !=, "guaranteed-return");
    }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_true (shown_partner (page, 1)->has_loss_share);
  g_assert_cmpint (shown_partner (page, 1)->guarantee, ==, MU_GUARANTEE_NONE);

  /* What the library has after the window closes: the loss share back,
   * the guarantee gone, the rest untouched. */
  close_window (window, library.store);
  library.store = mu_store_open (library.path, MU_STORE_OPEN_NO_SEED, &error);
  g_assert_no_error (error);
  saved = mu_store_load (library.store, library.uuid, &error);
  g_assert_no_error (error);
  g_assert_true (mu_scenario_get_partner (saved, 1)->has_loss_share);
  g_assert_cmpint (mu_scenario_get_partner (saved, 1)->loss_share, ==, 30 * (MU_PERCENT_100 / 100));
  g_assert_cmpint (mu_scenario_get_partner (saved, 1)->guarantee, ==, MU_GUARANTEE_NONE);
  {
    MuMoney before = 0, after = 0;

    g_assert_true (mu_partner_get_capital (bank, &before, NULL));
    g_assert_true (mu_partner_get_capital (mu_scenario_get_partner (saved, 1), &after, NULL));
    g_assert_cmpint (after, ==, before);
  }
  mu_store_close (library.store);
  own_library_clear (&library);
}

/* The rows of the terms say what they are: the amount guaranteed each
 * period, the share of a loss. */
static void
test_forbidden_terms_said (void)
{
  g_autoptr(MuScenario) scenario = forbidden_terms_scenario ();
  g_autofree char *amount = mu_input_format_amount (5000, 2);
  g_autofree char *expected = g_strdup_printf ("%s RUB each period", amount);
  OwnLibrary library;
  MuScenarioPage *page;
  MuWindow *window;


  own_library_init (&library, scenario);
  window = open_window (library.store);
  page = mu_window_get_page (window);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (term_row (page, "partners[1].guaranteed_return"))), ==,
                   expected);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (term_row (page, "partners[1].loss_share"))), ==,
                   "30 %");

  close_window (window, library.store);
  own_library_clear (&library);
}

/* With animations, as users have them, the editors follow the bank's
 * row while its expander opens, and stop once it is open and in view. */
static void
test_follow_while_opening (void)
{
  g_autoptr(MuScenario) scenario = forbidden_terms_scenario ();
  GtkSettings *settings = gtk_settings_get_default ();
  GtkAdjustment *scrolled;
  GtkRevealer *revealer;
  GtkWidget *guarantee;
  OwnLibrary library;
  MuScenarioPage *page;
  MuWindow *window;

  own_library_init (&library, scenario);
  window = open_window (library.store);
  page = mu_window_get_page (window);
  scrolled = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (editors_scroll (page)));
  g_assert_cmpfloat (gtk_adjustment_get_value (scrolled), ==, 0);

  g_object_set (settings, "gtk-enable-animations", TRUE, NULL);
  g_assert_true (mu_scenario_page_focus_field (page, "partners[1].guaranteed_return"));
  guarantee = term_row (page, "partners[1].guaranteed_return");
  /* The expander row shows its editors through a revealer: opening. */
  revealer = GTK_REVEALER (gtk_widget_get_ancestor (guarantee, GTK_TYPE_REVEALER));
  g_assert_nonnull (revealer);
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  g_assert_false (gtk_revealer_get_child_revealed (revealer));
  wait_for_follow (page);
  g_assert_true (gtk_revealer_get_child_revealed (revealer));
  g_assert_cmpfloat (gtk_adjustment_get_value (scrolled), >, 0);
  assert_in_view (page, guarantee);
  g_object_set (settings, "gtk-enable-animations", FALSE, NULL);

  close_window (window, library.store);
  own_library_clear (&library);
}

/* The icons to check, each with where it was found. */
static void
add_icon (GHashTable *icons,
          const char *name,
          const char *where)
{
  if (name[0] != '\0' && !g_hash_table_contains (icons, name))
    g_hash_table_insert (icons, g_strdup (name), g_strdup (where));
}

/* Reads the <property name="icon-name"> elements of a UI file. */
typedef struct
{
  GHashTable *icons;
  const char *file;
  gboolean    in_icon_name;
} UiIcons;

static void
ui_start_element (GMarkupParseContext *context,
                  const char          *element,
                  const char         **attribute_names,
                  const char         **attribute_values,
                  gpointer             data,
                  GError             **error)
{
  UiIcons *ui = data;

  ui->in_icon_name = FALSE;
  if (!g_str_equal (element, "property"))
    return;
  /* GtkBuilder takes either spelling. */
  for (guint i = 0; attribute_names[i] != NULL; i++)
    if (g_str_equal (attribute_names[i], "name") &&
        (g_str_equal (attribute_values[i], "icon-name") || g_str_equal (attribute_values[i], "icon_name")))
      ui->in_icon_name = TRUE;
}

static void
ui_end_element (GMarkupParseContext *context,
                const char          *element,
                gpointer             data,
                GError             **error)
{
  ((UiIcons *) data)->in_icon_name = FALSE;
}

static void
ui_text (GMarkupParseContext *context,
         const char          *text,
         gsize                length,
         gpointer             data,
         GError             **error)
{
  UiIcons *ui = data;
  g_autofree char *name = NULL;

  if (!ui->in_icon_name)
    return;
  name = g_strstrip (g_strndup (text, length));
  add_icon (ui->icons, name, ui->file);
}

#define RESOURCES "/io/github/musharaka/Musharaka/"

/* The icons of every UI file in the resources under @path, in its
 * folders too; @files gets the names of the files read. */
static void
collect_ui_icons (const char *path,
                  GHashTable *icons,
                  GPtrArray  *files)
{
  static const GMarkupParser parser = { ui_start_element, ui_end_element, ui_text, NULL, NULL };
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) children = g_resources_enumerate_children (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);

  g_assert_no_error (error);
  for (guint i = 0; children[i] != NULL; i++)
    {
      g_autofree char *child = g_strconcat (path, children[i], NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GMarkupParseContext) context = NULL;
      const char *file = child + strlen (RESOURCES);
      UiIcons ui = { icons, file, FALSE };
      const char *text;
      gsize length;

      if (g_str_has_suffix (child, "/"))
        {
          collect_ui_icons (child, icons, files);
          continue;
        }
      if (!g_str_has_suffix (child, ".ui"))
        continue;
      bytes = g_resources_lookup_data (child, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      g_assert_no_error (error);
      text = g_bytes_get_data (bytes, &length);
      context = g_markup_parse_context_new (&parser, 0, &ui, NULL);
      g_markup_parse_context_parse (context, text, length, &error);
      g_assert_no_error (error);
      g_markup_parse_context_end_parse (context, &error);
      g_assert_no_error (error);
      g_ptr_array_add (files, g_strdup (file));
    }
}

/* @widget for a reader: its type, and the widget of Musharaka's own it
 * is in. */
static char *
describe_widget (GtkWidget *widget)
{
  for (GtkWidget *parent = gtk_widget_get_parent (widget); parent != NULL; parent = gtk_widget_get_parent (parent))
    if (g_str_has_prefix (G_OBJECT_TYPE_NAME (parent), "Mu"))
      return g_strdup_printf ("%s in %s", G_OBJECT_TYPE_NAME (widget), G_OBJECT_TYPE_NAME (parent));
  return g_strdup (G_OBJECT_TYPE_NAME (widget));
}

/* The icons of @widget and of all it holds, shown or not: those of
 * GtkImage, GtkButton, GtkMenuButton, AdwStatusPage, AdwButtonContent,
 * and any other with an icon-name. */
static void
collect_widget_icons (GtkWidget  *widget,
                      GHashTable *icons)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (widget), "icon-name");

  if (pspec != NULL && pspec->value_type == G_TYPE_STRING)
    {
      g_autofree char *name = NULL;

      g_object_get (widget, "icon-name", &name, NULL);
      if (name != NULL)
        {
          g_autofree char *where = describe_widget (widget);

          add_icon (icons, name, where);
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widget_icons (child, icons);
}

static gboolean
has_string (GPtrArray  *strings,
            const char *string)
{
  return g_ptr_array_find_with_equal_func (strings, string, g_str_equal, NULL);
}

/* @paintable drawn at 16 × 16 by @widget's renderer, as RGBA bytes. */
static GBytes *
render_16 (GtkWidget    *widget,
           GdkPaintable *paintable)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  guchar *data = g_malloc0 (16 * 16 * 4);

  gdk_paintable_snapshot (paintable, snapshot, 16, 16);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node != NULL)
    {
      texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                             &GRAPHENE_RECT_INIT (0, 0, 16, 16));
      gdk_texture_download (texture, data, 16 * 4);
    }
  return g_bytes_new_take (data, 16 * 16 * 4);
}

/* Every icon the window names is in the icon theme, and is drawn: none
 * is the "missing image" GTK draws in place of an icon it cannot load
 * (an SVG without the loader that reads it). */
static void
test_icons_all_found (void)
{
  g_autoptr(MuScenario) scenario = forbidden_terms_scenario ();
  g_autoptr(GHashTable) icons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GList) names = NULL;
  g_autoptr(GString) missing = g_string_new (NULL);
  g_autoptr(GString) unreadable = g_string_new (NULL);
  g_autoptr(GdkTexture) missing_texture = NULL;
  g_autoptr(GBytes) image_missing = NULL;
  OwnLibrary library;
  GtkIconTheme *theme;
  MuScenarioPage *page;
  MuWindow *window;

  own_library_init (&library, scenario);
  window = open_window (library.store);
  page = mu_window_get_page (window);
  theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (window)));

  /* Those the UI files name, built yet or not. */
  collect_ui_icons (RESOURCES, icons, files);
  g_assert_true (has_string (files, "mu-window.ui"));
  g_assert_true (has_string (files, "gtk/help-overlay.ui"));
  g_assert_cmpstr (g_hash_table_lookup (icons, "printer-symbolic"), ==, "mu-window.ui");

  /* Those the window shows with every section open, the findings' too. */
  for (guint i = 0; i < n_partner_rows (page); i++)
    field (page, "partners[%u].name", i);
  adw_expander_row_set_expanded (financing_row (page), TRUE);
  adw_expander_row_set_enable_expansion (balance_row (page), TRUE);
  g_assert_true (adw_expander_row_get_expanded (balance_row (page)));
  collect_widget_icons (GTK_WIDGET (window), icons);
  g_assert_cmpstr (g_hash_table_lookup (icons, "dialog-error-symbolic"), ==, "GtkImage in MuFindingsSection");

  /* And a scenario with nothing to find, whose findings say so with a
   * mark of their own (the combo rows' popovers mark their choice with
   * the same icon: the findings are looked at alone first). */
  {
    g_autoptr(MuScenario) sound = load_example ("case-c-diminishing-transfer.musharaka");
    g_autoptr(GHashTable) findings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
    g_autoptr(GError) error = NULL;
    g_autofree char *uuid = mu_store_save (library.store, NULL, sound, &error);

    g_assert_no_error (error);
    mu_window_reload_list (window);
    g_assert_true (mu_window_select (window, uuid));
    collect_widget_icons (GTK_WIDGET (section (page, "findings")), findings);
    g_assert_cmpstr (g_hash_table_lookup (findings, "object-select-symbolic"), ==, "GtkImage in MuFindingsSection");
    collect_widget_icons (GTK_WIDGET (window), icons);
  }

  /* What GTK draws instead of an icon whose file it cannot read. */
  missing_texture = gdk_texture_new_from_resource ("/org/gtk/libgtk/icons/16x16/status/image-missing.png");
  image_missing = render_16 (GTK_WIDGET (window), GDK_PAINTABLE (missing_texture));

  names = g_list_sort (g_hash_table_get_keys (icons), (GCompareFunc) g_strcmp0);
  for (GList *l = names; l != NULL; l = l->next)
    {
      const char *name = l->data;

      g_autoptr(GtkIconPaintable) icon = NULL;
      g_autoptr(GBytes) drawn = NULL;

      if (!gtk_icon_theme_has_icon (theme, name))
        {
          g_string_append_printf (missing, "%s%s (%s)", missing->len > 0 ? ", " : "", name,
                                  (const char *) g_hash_table_lookup (icons, name));
          continue;
        }
      icon = gtk_icon_theme_lookup_icon (theme, name, NULL, 16, 1, GTK_TEXT_DIR_NONE, 0);
      drawn = render_16 (GTK_WIDGET (window), GDK_PAINTABLE (icon));
      /* A widget not given an icon yet names "image-missing" itself. */
      if (g_bytes_equal (drawn, image_missing) && !g_str_equal (name, "image-missing"))
        g_string_append_printf (unreadable, "%s%s", unreadable->len > 0 ? ", " : "", name);
    }
  g_assert_cmpstr (missing->str, ==, "");
  g_assert_cmpstr (unreadable->str, ==, "");

  close_window (window, library.store);
  own_library_clear (&library);
}

/* A partner's contributions as a file gave them: several cash amounts
 * stay several, in their places, until their sum is changed, and a
 * partner who brings only an asset is given no cash of zero. */
static void
test_contributions_kept (void)
{
  g_autoptr(MuScenario) scenario = load_example ("case-c-diminishing-transfer.musharaka");
  OwnLibrary library;
  g_autofree char *sum = mu_input_format_amount (30000, 2);
  const MuPartner *company;
  const MuPartner *cement;
  MuPartner *built;
  MuScenarioPage *page;
  MuWindow *window;

  built = mu_scenario_get_partner (scenario, 0);
  g_array_set_size (built->contributions, 0);
  mu_partner_add_asset (built, "Workshop", 5000, FALSE);
  mu_partner_add_cash (built, 10000);
  mu_partner_add_cash (built, 20000);
  built = mu_partner_new ("cement", "Cement Works", MU_PARTNER_OWNER);
  mu_partner_add_asset (built, "Cement", 7000, TRUE);
  g_ptr_array_add (scenario->partners, built);
  own_library_init (&library, scenario);
  window = open_window (library.store);
  page = mu_window_get_page (window);

  /* The cash editor shows the sum; a change of the name leaves the rest. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cash_field (page, 0))), ==, sum);
  type_into (field (page, "partners[0].name"), "Company and Sons");
  type_into (field (page, "partners[2].name"), "Cement Works Ltd");
  company = shown_partner (page, 0);
  g_assert_cmpstr (company->name, ==, "Company and Sons");
  g_assert_cmpuint (company->contributions->len, ==, 3);
  g_assert_cmpint (g_array_index (company->contributions, MuContribution, 0).kind, ==, MU_CONTRIBUTION_ASSET);
  g_assert_cmpstr (g_array_index (company->contributions, MuContribution, 0).name, ==, "Workshop");
  g_assert_cmpint (g_array_index (company->contributions, MuContribution, 1).amount, ==, 10000);
  g_assert_cmpint (g_array_index (company->contributions, MuContribution, 2).amount, ==, 20000);
  cement = shown_partner (page, 2);
  g_assert_cmpstr (cement->name, ==, "Cement Works Ltd");
  g_assert_cmpuint (cement->contributions->len, ==, 1);
  g_assert_cmpint (g_array_index (cement->contributions, MuContribution, 0).kind, ==, MU_CONTRIBUTION_ASSET);

  /* A new sum is one amount, where the first was. */
  type_into (cash_field (page, 0), "400");
  company = shown_partner (page, 0);
  g_assert_cmpuint (company->contributions->len, ==, 2);
  g_assert_cmpint (g_array_index (company->contributions, MuContribution, 0).kind, ==, MU_CONTRIBUTION_ASSET);
  g_assert_cmpint (g_array_index (company->contributions, MuContribution, 1).kind, ==, MU_CONTRIBUTION_CASH);
  g_assert_cmpint (g_array_index (company->contributions, MuContribution, 1).amount, ==, 40000);

  /* Cash for the partner who had none comes before its asset. */
  type_into (cash_field (page, 2), "25");
  cement = shown_partner (page, 2);
  g_assert_cmpuint (cement->contributions->len, ==, 2);
  g_assert_cmpint (g_array_index (cement->contributions, MuContribution, 0).kind, ==, MU_CONTRIBUTION_CASH);
  g_assert_cmpint (g_array_index (cement->contributions, MuContribution, 0).amount, ==, 2500);

  close_window (window, library.store);
  own_library_clear (&library);
}

static void
test_delete_and_undo (void)
{
  g_autoptr(GError) error = NULL;
  MuStore *store = mu_store_open (library_path, MU_STORE_OPEN_DEFAULT, &error);
  MuWindow *window = open_window (store);
  g_autofree char *uuid = g_strdup (mu_window_get_uuid (window));
  g_autoptr(GPtrArray) before = mu_store_list (store, NULL, &error);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) restored = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete", NULL);
  after = mu_store_list (store, NULL, &error);
  g_assert_cmpuint (after->len, ==, before->len - 1);
  g_assert_true (mu_store_undelete (store, uuid, &error));
  restored = mu_store_list (store, NULL, &error);
  g_assert_cmpuint (restored->len, ==, before->len);

  close_window (window, store);
}

/* Two scenarios on one chart, with their figures side by side. */
static void
test_compare (void)
{
  g_autoptr(GError) error = NULL;
  MuStore *store = mu_store_open (library_path, MU_STORE_OPEN_DEFAULT, &error);
  g_autoptr(GPtrArray) entries = mu_store_list (store, NULL, &error);
  g_autofree char *copy = NULL;
  MuCompareWindow *compare;
  GtkWidget *figures;

  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, >=, 1);
  copy = mu_store_duplicate (store, ((MuStoreEntry *) entries->pdata[0])->uuid, &error);
  g_assert_no_error (error);
  {
    /* The same deal with the company buying the units: case C beside B. */
    g_autoptr(MuScenario) transfer = mu_store_load (store, copy, &error);
    g_autofree char *saved = NULL;

    transfer->financing.mode = MU_OWNERSHIP_TRANSFER;
    g_free (transfer->name);
    transfer->name = g_strdup ("Harvester, units bought");
    saved = mu_store_save (store, copy, transfer, &error);
    g_assert_no_error (error);
  }

  compare = mu_compare_window_new (NULL, store, ((MuStoreEntry *) entries->pdata[0])->uuid);
  gtk_window_present (GTK_WINDOW (compare));
  g_assert_cmpuint (mu_compare_window_get_n_chosen (compare), ==, 1);
  mu_compare_window_choose (compare, copy, TRUE);
  g_assert_cmpuint (mu_compare_window_get_n_chosen (compare), ==, 2);
  /* A column of the figures' titles and one a scenario, its name above
   * its figures (tests/test-schedule.c reads them). */
  figures = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (compare), MU_TYPE_COMPARE_WINDOW, "figures"));
  g_assert_nonnull (gtk_grid_get_child_at (GTK_GRID (figures), 2, 0));
  g_assert_nonnull (gtk_grid_get_child_at (GTK_GRID (figures), 2, 1));
  g_assert_null (gtk_grid_get_child_at (GTK_GRID (figures), 3, 0));
  screenshot (GTK_WIDGET (compare), "compare.png");
  gtk_window_destroy (GTK_WINDOW (compare));
  mu_store_close (store);
}

/* Printing draws the report's pages: exported through the print
 * operation itself, the PDF has as many pages as the report. */
static void
test_print_export (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MuScenario) scenario = load_example ("case-d-sleeping-bank-cap.musharaka");
  g_autofree char *dir = g_dir_make_tmp (NULL, NULL);
  g_autofree char *pdf = g_build_filename (dir, "printed.pdf", NULL);
  g_autoptr(MuPrintOperation) operation = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_assert_no_error (error);
  operation = mu_print_operation_new (scenario);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), pdf);
  g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                            NULL, &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &data, &length, NULL));
  g_assert_cmpint (memcmp (data, "%PDF", 4), ==, 0);
  /* Parameters and equity, donuts and profit, tables, the finding. */
  g_assert_cmpuint (test_pdf_count_pages (pdf), ==, 3);
  g_unlink (pdf);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = NULL;
  int status;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  gtk_test_init (&argc, &argv, NULL);
  /* What the window does over several frames it does at once: the tests
   * wait for where things end up, not for how long they take to get
   * there. The one test of an animation turns them on for itself;
   * libadwaita's follow this setting. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  /* For screenshots in other languages: the catalogues built here. */
  if (g_getenv ("MUSHARAKA_LOCALEDIR") != NULL)
    {
      /* gtk_test_init() chose the C locale; the screenshots want the user's. */
      setlocale (LC_ALL, "");
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MUSHARAKA_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
      gtk_widget_set_default_direction (mu_chart_locale_is_rtl () ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
    }
  adw_init ();
  /* Screenshots show the window as the application styles it. */
  if (g_getenv ("MUSHARAKA_SCREENSHOTS") != NULL)
    {
      g_autoptr(GtkCssProvider) style = gtk_css_provider_new ();

      gtk_css_provider_load_from_resource (style, "/io/github/musharaka/Musharaka/style.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (style),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }

  dir = g_dir_make_tmp (NULL, NULL);
  library_path = g_build_filename (dir, "library.sqlite3", NULL);

  g_test_add_func ("/window/article-case/enter-check-undo-reopen", test_article_case);
  g_test_add_func ("/window/closed-editors/built-when-opened", test_closed_editors);
  g_test_add_func ("/window/partner/assets-added-and-removed", test_assets_added_and_removed);
  g_test_add_func ("/window/read-only/shown-open", test_read_only_shown_open);
  g_test_add_func ("/window/schedule/by-year", test_schedule_by_year);
  g_test_add_func ("/window/forbidden-terms/found-and-removed", test_forbidden_terms);
  g_test_add_func ("/window/forbidden-terms/said-in-their-rows", test_forbidden_terms_said);
  g_test_add_func ("/window/findings/followed-while-opening", test_follow_while_opening);
  g_test_add_func ("/window/icons/all-found", test_icons_all_found);
  g_test_add_func ("/window/partner/contributions-kept", test_contributions_kept);
  g_test_add_func ("/window/delete/undo", test_delete_and_undo);
  g_test_add_func ("/window/compare/two-scenarios", test_compare);
  g_test_add_func ("/window/print/exports-the-report-pages", test_print_export);
  status = g_test_run ();

  remove_library (library_path, dir);
  g_free (library_path);
  return status;
}
