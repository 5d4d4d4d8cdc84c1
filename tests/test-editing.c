/* test-editing.c — what is typed is what is stored: the window over the
 * scenario document, tried as a new user tried it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "gui-test-util.h"
#include "mu-financing-section.h"
#include "mu-input.h"
#include "mu-partner-row.h"
#include "mu-partners-section.h"
#include "mu-scenario-page.h"
#include "mu-summary-section.h"
#include "mu-trash-view.h"

/* The article's case B in a library of the test's own, in a window. */
typedef PageFixture Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  page_fixture_open (fixture, "case-b-diminishing-redemption.musharaka");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  page_fixture_close (fixture);
}

static const MuScenario *
stored (Fixture *fixture)
{
  return mu_scenario_page_get_scenario (fixture->page);
}

static GtkWidget *
field (Fixture    *fixture,
       const char *path)
{
  return page_fixture_field (fixture, path);
}

/* Types @text into @editable a character at a time, as a keyboard does. */
static void
type_keys (GtkWidget  *editable,
           const char *text)
{
  g_autoptr(GString) typed = g_string_new (NULL);

  gtk_editable_set_text (GTK_EDITABLE (editable), "");
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      g_string_append_unichar (typed, g_utf8_get_char (p));
      gtk_editable_set_text (GTK_EDITABLE (editable), typed->str);
    }
}

static gboolean
has_focus_in (gpointer widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget)) &&
         gtk_window_is_active (GTK_WINDOW (root));
}

static gboolean
is_not_following (gpointer page)
{
  return !mu_scenario_page_is_following (page);
}

static void
activate (GtkWidget  *widget,
          const char *action,
          GVariant   *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (widget, action, parameter));
}

/* "12x" in Profit, then a partner added: the text and its mark stay, and
 * nothing of it is stored. */
static void
test_typing_survives_add_partner (Fixture       *fixture,
                                  gconstpointer  data)
{
  GtkWidget *profit = field (fixture, "profit.per_period");

  type_keys (profit, "12x");
  g_assert_cmpint (stored (fixture)->profit.per_period, ==, 10000);
  /* The banner follows the message as the text changes. */
  g_assert_nonnull (strstr (mu_scenario_page_get_banner (fixture->page), "Enter a number"));
  type_keys (profit, "1,5");
  g_assert_nonnull (strstr (mu_scenario_page_get_banner (fixture->page), "could be 1.5 or 15"));
  type_keys (profit, "12x");
  g_assert_true (gtk_widget_has_css_class (profit, "error"));
  activate (GTK_WIDGET (mu_scenario_page_get_section (fixture->page, "partners")), "partners.add", NULL);
  g_assert_cmpuint (stored (fixture)->partners->len, ==, 3);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (profit)), ==, "12x");
  g_assert_true (gtk_widget_has_css_class (profit, "error"));
  g_assert_cmpint (stored (fixture)->profit.per_period, ==, 10000);
  g_assert_true (mu_scenario_page_has_errors (fixture->page));
}

/* Half-typed amounts are never stored: "1e5", a number too large, one
 * digit too many. */
static void
test_half_typed_not_stored (Fixture       *fixture,
                            gconstpointer  data)
{
  static const char * const typed[] = { "1e5", "99999999999999999999", "200000.555" };
  GtkWidget *cash = field (fixture, "partners[1].contributions[0]");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      g_autoptr(MuScenario) in_library = NULL;

      type_keys (cash, typed[i]);
      /* The bank's 500.00, as before the typing began. */
      g_assert_cmpint (mu_partner_get_cash (mu_scenario_get_partner (stored (fixture), 1)), ==, 50000);
      g_assert_cmpint (mu_scenario_page_get_result (fixture->page)->periods[0].buyout, ==, 12500);
      g_assert_true (gtk_widget_has_css_class (cash, "error"));
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cash)), ==, typed[i]);
      g_assert_true (mu_window_flush (fixture->window));
      in_library = mu_store_load (fixture->library.store, fixture->library.uuid, &error);
      g_assert_no_error (error);
      g_assert_cmpint (mu_partner_get_cash (mu_scenario_get_partner (in_library, 1)), ==, 50000);
    }
  /* Corrected, it is stored. */
  type_keys (cash, "600");
  g_assert_false (gtk_widget_has_css_class (cash, "error"));
  g_assert_cmpint (mu_partner_get_cash (mu_scenario_get_partner (stored (fixture), 1)), ==, 60000);
}

/* With the name empty, another field is still applied, and the banner
 * names the name field and goes there. */
static void
test_invalid_field_does_not_freeze (Fixture       *fixture,
                                    gconstpointer  data)
{
  GtkWidget *name = field (fixture, "name");
  GtkRoot *root = gtk_widget_get_root (name);

  type_keys (name, "");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (field (fixture, "periods")), 12);
  g_assert_cmpuint (stored (fixture)->periods, ==, 12);
  g_assert_cmpuint (mu_scenario_page_get_result (fixture->page)->n_periods, ==, 12);
  g_assert_cmpstr (stored (fixture)->name, ==, "Harvester (redemption)");

  g_assert_nonnull (mu_scenario_page_get_banner (fixture->page));
  g_assert_nonnull (strstr (mu_scenario_page_get_banner (fixture->page), "“Name”"));
  g_assert_nonnull (strstr (mu_scenario_page_get_banner (fixture->page), "A scenario needs a name."));
  screenshot (GTK_WIDGET (fixture->window), "editing-invalid-name.png");
  activate (GTK_WIDGET (fixture->page), "page.go-to-invalid", NULL);
  g_assert_true (gtk_root_get_focus (root) == name || gtk_widget_is_ancestor (gtk_root_get_focus (root), name));

  type_keys (name, "Harvester");
  g_assert_null (mu_scenario_page_get_banner (fixture->page));
  g_assert_cmpstr (stored (fixture)->name, ==, "Harvester");
}

/* Ctrl+Z in a field after its text was committed undoes the commit:
 * the text's own history is off, the document's is the one. */
static void
test_undo_in_field (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *profit = field (fixture, "profit.per_period");

  g_assert_false (gtk_editable_get_enable_undo (GTK_EDITABLE (profit)));
  gtk_widget_grab_focus (profit);
  type_keys (profit, "30 000");
  g_signal_emit_by_name (profit, "entry-activated");
  g_assert_cmpint (stored (fixture)->profit.per_period, ==, 3000000);
  activate (GTK_WIDGET (fixture->window), "win.undo", NULL);
  g_assert_cmpint (stored (fixture)->profit.per_period, ==, 10000);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (profit)), ==, "100.00");

  /* Text that is not stored goes first, and the document is untouched. */
  activate (GTK_WIDGET (fixture->window), "win.redo", NULL);
  type_keys (profit, "30 000x");
  g_assert_cmpint (stored (fixture)->profit.per_period, ==, 3000000);
  activate (GTK_WIDGET (fixture->window), "win.undo", NULL);
  {
    /* As the locale groups thousands: "30,000.00", or with a narrow space. */
    g_autofree char *shown = mu_input_format_amount (3000000, 2);

    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (profit)), ==, shown);
  }
  g_assert_false (gtk_widget_has_css_class (profit, "error"));
  g_assert_cmpint (stored (fixture)->profit.per_period, ==, 3000000);
}

static gboolean
profit_is (gpointer data)
{
  Fixture *fixture = data;

  return stored (fixture)->profit.per_period == 10000;
}

/* The key itself, pressed in the field as a user presses it: the text's
 * own Ctrl+Z must not take it. The X server is told the key by xdotool,
 * as a keyboard would. */
static void
test_ctrl_z_key_in_field (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWidget *profit = field (fixture, "profit.per_period");
  const char * const argv[] = { "xdotool", "key", "--clearmodifiers", "ctrl+z", NULL };
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  g_autoptr(GError) error = NULL;
  int status;

  if (xdotool == NULL)
    {
      g_test_skip ("xdotool is not installed");
      return;
    }
  gtk_widget_grab_focus (profit);
  wait_until (has_focus_in, profit, "the profit field focused");
  type_keys (profit, "30 000");
  g_signal_emit_by_name (profit, "entry-activated");
  g_assert_cmpint (stored (fixture)->profit.per_period, ==, 3000000);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  wait_until (profit_is, fixture, "Ctrl+Z pressed in the field to undo its commit");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (profit)), ==, "100.00");
}

/* Each scenario keeps its history while the window is open. */
static void
test_history_survives_switching (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(MuScenario) other = load_example ("case-c-diminishing-transfer.musharaka");
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = mu_store_save (fixture->library.store, NULL, other, &error);

  g_assert_no_error (error);
  type_keys (field (fixture, "profit.per_period"), "250");
  g_assert_true (mu_window_select (fixture->window, uuid));
  g_assert_false (mu_scenario_document_can_undo (mu_scenario_page_get_document (fixture->page)));
  g_assert_true (mu_window_select (fixture->window, fixture->library.uuid));
  g_assert_cmpint (stored (fixture)->profit.per_period, ==, 25000);
  g_assert_true (mu_scenario_document_can_undo (mu_scenario_page_get_document (fixture->page)));
  activate (GTK_WIDGET (fixture->window), "win.undo", NULL);
  g_assert_cmpint (stored (fixture)->profit.per_period, ==, 10000);
}

/* A deleted scenario is in "Recently Deleted" once its toast is gone, and
 * comes back from there. */
static void
test_deleted_restored (Fixture       *fixture,
                       gconstpointer  data)
{
  MuTrashView *trash = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;

  activate (GTK_WIDGET (fixture->window), "win.delete", NULL);
  g_assert_null (mu_window_get_uuid (fixture->window));
  trash = mu_window_get_trash_view (fixture->window);
  g_assert_cmpuint (mu_trash_view_get_n_items (trash), ==, 1);
  activate (GTK_WIDGET (trash), "trash.restore", g_variant_new_string (fixture->library.uuid));
  g_assert_cmpstr (mu_window_get_uuid (fixture->window), ==, fixture->library.uuid);
  g_assert_cmpstr (stored (fixture)->name, ==, "Harvester (redemption)");
  g_assert_cmpuint (mu_trash_view_get_n_items (trash), ==, 0);
  listed = mu_store_list (fixture->library.store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 1);
}

/* After "+" the keyboard is in the new partner's name. */
static void
test_add_partner_focuses_name (Fixture       *fixture,
                               gconstpointer  data)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (fixture->page));
  GtkWidget *name;

  activate (GTK_WIDGET (mu_scenario_page_get_section (fixture->page, "partners")), "partners.add", NULL);
  name = field (fixture, "partners[2].name");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Partner 3");
  g_assert_true (gtk_root_get_focus (root) == name || gtk_widget_is_ancestor (gtk_root_get_focus (root), name));
}

/* The bank is the partner of kind Bank, never its own buyer; without a
 * bank the section offers to add one. */
static void
test_financing_bank (Fixture       *fixture,
                     gconstpointer  data)
{
  MuSection *section = mu_scenario_page_get_section (fixture->page, "financing");
  GtkWidget *expander = mu_financing_section_get_row (MU_FINANCING_SECTION (section));
  AdwComboRow *bank = ADW_COMBO_ROW (field (fixture, "financing.bank"));
  GtkWidget *button = field (fixture, "financing.buyers");
  GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  guint checks = 0, shown = 0;

  /* Case B: the company buys from the bank, partner 2 of kind Bank. */
  g_assert_cmpuint (adw_combo_row_get_selected (bank), ==, 1);
  for (GtkWidget *w = gtk_widget_get_first_child (gtk_popover_get_child (popover)); w != NULL;
       w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_CHECK_BUTTON (w))
      {
        checks++;
        shown += gtk_widget_get_visible (w);
        if (gtk_widget_get_visible (w))
          g_assert_cmpstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (w)), ==, "Company");
      }
  g_assert_cmpuint (checks, ==, 2);
  g_assert_cmpuint (shown, ==, 1);

  /* The bank removed: financing is off, and "Add the Bank" is offered. */
  activate (GTK_WIDGET (mu_scenario_page_get_section (fixture->page, "partners")), "partners.remove",
            g_variant_new_string ("bank"));
  g_assert_false (stored (fixture)->financing.enabled);
  g_assert_false (gtk_widget_get_visible (expander));
  screenshot (GTK_WIDGET (fixture->window), "editing-no-bank.png");
  activate (GTK_WIDGET (section), "financing.add-bank", NULL);
  g_assert_cmpuint (stored (fixture)->partners->len, ==, 2);
  g_assert_cmpint (mu_scenario_get_partner (stored (fixture), 1)->kind, ==, MU_PARTNER_BANK);
  g_assert_true (gtk_widget_get_visible (expander));
  screenshot (GTK_WIDGET (fixture->window), "editing-bank-added.png");
  /* It contributes nothing yet: switching on is refused, and says why. */
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (expander), TRUE);
  g_assert_false (stored (fixture)->financing.enabled);
  g_assert_false (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (expander)));
}

/* Installments 0 is refused at its field, never taken as 1. */
static void
test_installments_zero (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *installments = field (fixture, "financing.installments");

  gtk_editable_set_text (GTK_EDITABLE (installments), "0");
  g_assert_cmpuint (stored (fixture)->financing.installments, ==, 4);
  g_assert_true (gtk_widget_has_css_class (installments, "error"));
  mu_scenario_page_focus_field (fixture->page, "financing.installments");
  wait_until (is_not_following, fixture->page, "the installments in view");
  screenshot (GTK_WIDGET (fixture->window), "editing-installments-zero.png");
  g_assert_nonnull (mu_scenario_page_get_banner (fixture->page));
  gtk_editable_set_text (GTK_EDITABLE (installments), "5");
  g_assert_cmpuint (stored (fixture)->financing.installments, ==, 5);
  g_assert_null (mu_scenario_page_get_banner (fixture->page));
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n++;
  return n;
}

/* Many partners are shown fifty at a time; a path turns to its page. */
static void
test_partners_paged (Fixture       *fixture,
                     gconstpointer  data)
{
  MuSection *section = mu_scenario_page_get_section (fixture->page, "partners");
  GtkListBox *list = mu_partners_section_get_list (MU_PARTNERS_SECTION (section));
  MuScenario *edited = mu_scenario_document_dup_scenario (mu_scenario_page_get_document (fixture->page));
  g_autoptr(GError) error = NULL;
  GtkWidget *name;

  for (guint i = 0; i < 118; i++)
    mu_partner_set_cash (mu_scenario_add_partner (edited, "Heir", MU_PARTNER_OWNER), 100 + i);
  g_assert_true (mu_scenario_document_apply (mu_scenario_page_get_document (fixture->page), "partners", edited,
                                             &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (list), ==, 50);
  name = field (fixture, "partners[101].name");
  g_assert_cmpuint (count_rows (list), ==, 20);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Heir");
  g_assert_true (gtk_widget_get_ancestor (name, GTK_TYPE_LIST_BOX) == GTK_WIDGET (list) ||
                 gtk_widget_is_ancestor (name, GTK_WIDGET (list)));
  activate (GTK_WIDGET (section), "partners.previous-page", NULL);
  g_assert_cmpuint (count_rows (list), ==, 50);
  /* A new partner is on the last page, its name in the keyboard's hands. */
  activate (GTK_WIDGET (section), "partners.add", NULL);
  g_assert_cmpuint (count_rows (list), ==, 21);
}

static gboolean
has_summary (gpointer summary)
{
  g_autofree char *text = mu_summary_section_dup_text (summary);

  return text[0] != '\0';
}

/* The summary says what the deal costs, once the first frame is drawn, and
 * follows an edit: case B, the company buying the bank's 500 in four
 * installments of 125. */
static void
test_summary (Fixture       *fixture,
              gconstpointer  data)
{
  MuSummarySection *summary = MU_SUMMARY_SECTION (mu_scenario_page_get_section (fixture->page, "summary"));
  g_autofree char *text = NULL;
  g_autofree char *edited = NULL;
  MuScenario *scenario;

  wait_until (has_summary, summary, "the summary after the first frame");
  text = mu_summary_section_dup_text (summary);

  g_assert_nonnull (strstr (text, "125.00 RUB an installment, 4 installments, 500.00 RUB in all"));
  g_assert_nonnull (strstr (text, "730.67 RUB in all (profit 230.67 RUB, its units 500.00 RUB), "
                              "an effective return of 91.99 % a year"));
  g_assert_null (strstr (text, "comparison"));
  screenshot (GTK_WIDGET (fixture->window), "editing-summary.png");

  /* A loan rate to compare with, 18 % a year. */
  scenario = mu_scenario_document_dup_scenario (mu_scenario_page_get_document (fixture->page));
  scenario->financing.has_loan_rate = TRUE;
  scenario->financing.loan_rate = 180000;
  g_assert_true (mu_scenario_document_apply (mu_scenario_page_get_document (fixture->page), "financing.loan_rate",
                                             scenario, NULL));
  edited = mu_summary_section_dup_text (summary);
  g_assert_nonnull (strstr (edited, "for comparison only: at 18 % a year: 139.37 RUB a payment"));

  /* Without the bank there is no deal to sum up. */
  activate (GTK_WIDGET (mu_scenario_page_get_section (fixture->page, "partners")), "partners.remove",
            g_variant_new_string ("bank"));
  g_clear_pointer (&edited, g_free);
  edited = mu_summary_section_dup_text (summary);
  g_assert_cmpstr (edited, ==, "");
}

/* A chart's tooltip gives the figures in the locale's format, with the
 * currency: case B's first quarter, the bank owning 71.43 %. */
static void
test_chart_tooltip (Fixture       *fixture,
                    gconstpointer  data)
{
  MuChartView *chart = mu_scenario_page_get_chart (fixture->page, MU_CHART_PROFIT);
  g_autofree char *text = mu_chart_view_describe_period (chart, 1);

  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, "Bank: owns 71.43 %, profit 71.43 RUB"));
  g_assert_nonnull (strstr (text, "Company: owns 28.57 %, profit 28.57 RUB"));
  g_assert_null (mu_chart_view_describe_period (chart, 5));
}

#define ADD(path, test) \
  g_test_add ("/editing/" path, Fixture, NULL, fixture_set_up, test, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  gui_test_init (&argc, &argv);

  ADD ("typing/survives-adding-a-partner", test_typing_survives_add_partner);
  ADD ("typing/half-typed-amounts-not-stored", test_half_typed_not_stored);
  ADD ("typing/invalid-field-does-not-freeze", test_invalid_field_does_not_freeze);
  ADD ("undo/in-a-field", test_undo_in_field);
  ADD ("undo/ctrl-z-key-in-a-field", test_ctrl_z_key_in_field);
  ADD ("undo/survives-switching", test_history_survives_switching);
  ADD ("library/deleted-restored", test_deleted_restored);
  ADD ("partners/add-focuses-name", test_add_partner_focuses_name);
  ADD ("partners/paged", test_partners_paged);
  ADD ("financing/bank-and-buyers", test_financing_bank);
  ADD ("financing/installments-zero-refused", test_installments_zero);
  ADD ("summary/what-the-deal-costs", test_summary);
  ADD ("charts/tooltip-in-the-locale-s-format", test_chart_tooltip);
  return g_test_run ();
}
