/* test-terms.c — how the bank's units are paid for, edited in the window:
 * the payment plan, the rent a year, the ownership costs, an early
 * buyout, a loan to compare with, the buyers' shares and the values at
 * the buyouts, each stored, undone and reached from its finding
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "gui-test-util.h"
#include "mu-findings-section.h"
#include "mu-scenario-page.h"

/* The article's case C — the company buying the bank's 500 in four
 * quarterly installments of 125 — in a library of the test's own. */
typedef PageFixture Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  page_fixture_open (fixture, "case-c-diminishing-transfer.musharaka");
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

static const MuFinancing *
financing (Fixture *fixture)
{
  return &stored (fixture)->financing;
}

static const MuPeriodResult *
period (Fixture *fixture,
        guint    t)
{
  const MuResult *result = mu_scenario_page_get_result (fixture->page);

  g_assert_nonnull (result);
  g_assert_cmpuint (t, >=, 1);
  g_assert_cmpuint (t, <=, result->n_periods);
  return &result->periods[t - 1];
}

static GtkWidget *
field (Fixture    *fixture,
       const char *path)
{
  return page_fixture_field (fixture, path);
}

static void
choose (Fixture    *fixture,
        const char *path,
        guint       choice)
{
  AdwComboRow *row = ADW_COMBO_ROW (field (fixture, path));

  adw_combo_row_set_selected (row, choice);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, choice);
}

static void
activate (GtkWidget  *widget,
          const char *action,
          GVariant   *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (widget, action, parameter));
}

static void
undo (Fixture *fixture)
{
  activate (GTK_WIDGET (fixture->window), "win.undo", NULL);
}

static void
apply (Fixture    *fixture,
       const char *path,
       MuScenario *edited)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (mu_scenario_document_apply (mu_scenario_page_get_document (fixture->page), path, edited, &error));
  g_assert_no_error (error);
  mu_scenario_document_seal (mu_scenario_page_get_document (fixture->page));
}

/* Leaves the field typed in, as a tab away would: the next typing is a
 * step of its own, and text refused there takes back nothing before. */
static void
seal (Fixture *fixture)
{
  mu_scenario_document_seal (mu_scenario_page_get_document (fixture->page));
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

/* Whether @widget is on the screen: in the window, the editors scrolled
 * to it. */
static gboolean
in_view (GtkWidget *widget)
{
  GtkWidget *scroll = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, scroll, &bounds));
  return bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scroll);
}

/* Rent of 12 % a year on a quarterly deal: 3 % a quarter. */
static void
set_rent_a_year (Fixture *fixture)
{
  choose (fixture, "financing.rent_annual", 0);
  type_into (field (fixture, "financing.rent"), "12");
  g_assert_true (financing (fixture)->rent_annual);
  g_assert_cmpint (financing (fixture)->rent, ==, 120000);
}

/* The level plan chosen: the buyers pay the same, units and rent
 * together, every installment but the last, which takes the kopecks
 * left — 134.52 three times, then 134.49; the units sum to the bank's
 * 500 and grow as the rent falls. The annuity of 500 at 3 % over four
 * quarters is 134.513…: the smallest payment in kopecks that buys it. */
static void
test_level_plan (Fixture       *fixture,
                 gconstpointer  data)
{
  MuMoney units = 0;

  set_rent_a_year (fixture);
  /* Equal units: the payment falls with the rent, 140.00 then 136.25. */
  g_assert_cmpint (period (fixture, 1)->buyout + period (fixture, 1)->rent, ==, 14000);
  g_assert_cmpint (period (fixture, 2)->buyout + period (fixture, 2)->rent, ==, 13625);

  choose (fixture, "financing.plan", MU_PAYMENT_PLAN_LEVEL);
  g_assert_cmpint (financing (fixture)->plan, ==, MU_PAYMENT_PLAN_LEVEL);
  for (guint t = 1; t <= 3; t++)
    g_assert_cmpint (period (fixture, t)->buyout + period (fixture, t)->rent, ==, 13452);
  g_assert_cmpint (period (fixture, 4)->buyout + period (fixture, 4)->rent, ==, 13449);
  g_assert_cmpint (period (fixture, 1)->buyout, ==, 11952);
  g_assert_cmpint (period (fixture, 4)->buyout, ==, 13057);
  for (guint t = 1; t <= 4; t++)
    units += period (fixture, t)->units;
  g_assert_cmpint (units, ==, 50000);
  /* What the company pays is the level payment. */
  g_assert_cmpint (mu_result_get (mu_scenario_page_get_result (fixture->page), 2, 0)->paid, ==, 13452);
  /* The step is only a step-up plan's: its path leads to the plan. */
  g_assert_true (ADW_IS_COMBO_ROW (field (fixture, "financing.step")));

  undo (fixture);
  g_assert_cmpint (financing (fixture)->plan, ==, MU_PAYMENT_PLAN_EQUAL_UNITS);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (field (fixture, "financing.plan"))), ==,
                    MU_PAYMENT_PLAN_EQUAL_UNITS);
  g_assert_cmpint (period (fixture, 1)->buyout, ==, 12500);
}

/* A step-up plan shows its step; the step typed grows the payment once a
 * year; another plan takes the step back to 0, as the validation asks. */
static void
test_step_up_plan (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(MuScenario) edited = mu_scenario_document_dup_scenario (mu_scenario_page_get_document (fixture->page));
  GtkWidget *step;

  /* Eight quarters, two years: the second year pays 10 % more. */
  edited->financing.installments = 8;
  mu_scenario_set_periods (edited, 8);
  apply (fixture, "financing.installments", g_steal_pointer (&edited));
  set_rent_a_year (fixture);
  choose (fixture, "financing.plan", MU_PAYMENT_PLAN_STEP_UP);
  step = field (fixture, "financing.step");
  g_assert_true (ADW_IS_ENTRY_ROW (step));
  g_assert_true (gtk_widget_get_visible (step));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (step)), ==, "0");
  type_into (step, "10");
  seal (fixture);
  g_assert_cmpint (financing (fixture)->step, ==, 100000);
  for (guint t = 2; t <= 4; t++)
    g_assert_cmpint (period (fixture, t)->buyout + period (fixture, t)->rent, ==,
                     period (fixture, 1)->buyout + period (fixture, 1)->rent);
  /* 10 % more in the second year, to the kopeck as the engine rounds it. */
  g_assert_cmpint (period (fixture, 5)->buyout + period (fixture, 5)->rent, >,
                   period (fixture, 1)->buyout + period (fixture, 1)->rent);
  g_assert_cmpint (llabs ((period (fixture, 5)->buyout + period (fixture, 5)->rent) * 10 -
                          (period (fixture, 1)->buyout + period (fixture, 1)->rent) * 11), <=, 10);
  /* A step over 100 % a year is refused at its field. */
  type_into (step, "150");
  g_assert_true (gtk_widget_has_css_class (step, "error"));
  g_assert_cmpint (financing (fixture)->step, ==, 100000);
  type_into (step, "10");

  choose (fixture, "financing.plan", MU_PAYMENT_PLAN_LEVEL);
  g_assert_cmpint (financing (fixture)->step, ==, 0);
  g_assert_false (gtk_widget_get_visible (step));
  undo (fixture);
  g_assert_cmpint (financing (fixture)->plan, ==, MU_PAYMENT_PLAN_STEP_UP);
  g_assert_cmpint (financing (fixture)->step, ==, 100000);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (step)), ==, "10");
  g_assert_true (gtk_widget_get_visible (step));
  undo (fixture);
  g_assert_cmpint (financing (fixture)->step, ==, 0);
}

/* A rent typed is read as the bank quotes it: 12 per period is 60.00 a
 * quarter on the bank's 500, the same 12 a year is 15.00; the text stays
 * as typed, and each edit is undone on its own. */
static void
test_rent_a_year (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *rent = field (fixture, "financing.rent");

  g_assert_false (financing (fixture)->rent_annual);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (rent)), ==,
                   "Rent per period, percent of the bank’s share");
  type_into (rent, "12");
  seal (fixture);
  g_assert_cmpint (financing (fixture)->rent, ==, 120000);
  g_assert_cmpint (period (fixture, 1)->rent, ==, 6000);

  choose (fixture, "financing.rent_annual", 0);
  g_assert_true (financing (fixture)->rent_annual);
  g_assert_cmpint (financing (fixture)->rent, ==, 120000);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (rent)), ==,
                   "Rent a year, percent of the bank’s share");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rent)), ==, "12");
  /* 3 % a quarter of the bank's stake during it: 500, 375, 250, 125. */
  g_assert_cmpint (period (fixture, 1)->rent, ==, 1500);
  g_assert_cmpint (period (fixture, 2)->rent, ==, 1125);
  g_assert_cmpint (period (fixture, 4)->rent, ==, 375);
  /* A year's rate may pass 100 %, up to 1200 %. */
  type_into (rent, "150");
  g_assert_false (gtk_widget_has_css_class (rent, "error"));
  g_assert_cmpint (financing (fixture)->rent, ==, 1500000);
  /* Beyond it the field is marked, and what its typing stored is taken
   * back. */
  type_into (rent, "1300");
  g_assert_true (gtk_widget_has_css_class (rent, "error"));
  g_assert_cmpint (financing (fixture)->rent, ==, 120000);
  type_into (rent, "12");
  seal (fixture);

  undo (fixture);
  g_assert_false (financing (fixture)->rent_annual);
  g_assert_cmpint (period (fixture, 1)->rent, ==, 6000);
  undo (fixture);
  g_assert_cmpint (financing (fixture)->rent, ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rent)), ==, "0");
  g_assert_cmpint (period (fixture, 1)->rent, ==, 0);
}

/* Ownership costs are shared by ownership: in the first quarter the bank
 * owns 71.43 % of 10.00, the company the rest. */
static void
test_costs (Fixture       *fixture,
            gconstpointer  data)
{
  GtkWidget *costs = field (fixture, "financing.costs");
  const MuResult *result;

  g_assert_true (field (fixture, "financing.costs.per_period") == costs);
  type_into (costs, "10");
  seal (fixture);
  g_assert_cmpint (financing (fixture)->costs, ==, 1000);
  result = mu_scenario_page_get_result (fixture->page);
  g_assert_cmpint (result->periods[0].costs, ==, 1000);
  g_assert_cmpint (mu_result_get (result, 1, 1)->costs, ==, 714);
  g_assert_cmpint (mu_result_get (result, 1, 0)->costs, ==, 286);
  /* The company pays the buyout and its part of the costs. */
  g_assert_cmpint (mu_result_get (result, 1, 0)->paid, ==, 12500 + 286);
  type_into (costs, "-5");
  g_assert_true (gtk_widget_has_css_class (costs, "error"));
  g_assert_cmpint (financing (fixture)->costs, ==, 1000);
  type_into (costs, "10");
  seal (fixture);
  undo (fixture);
  g_assert_cmpint (financing (fixture)->costs, ==, 0);
  g_assert_cmpint (period (fixture, 1)->costs, ==, 0);
}

/* The early buyout's switch: on, the buyers buy what the bank still holds
 * with the middle installment; its period is a field of its own. */
static void
test_early_buyout (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *row = field (fixture, "financing.early_buyout");
  GtkWidget *spin;

  g_assert_true (ADW_IS_EXPANDER_ROW (row));
  g_assert_false (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (row)));
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), TRUE);
  g_assert_cmpuint (financing (fixture)->early_buyout, ==, 2);
  /* The bank's 375 left after the first quarter, bought at the second's end. */
  g_assert_cmpint (period (fixture, 2)->units, ==, 37500);
  g_assert_cmpint (period (fixture, 3)->units, ==, 0);
  g_assert_cmpuint (mu_scenario_page_get_result (fixture->page)->last_buyout, ==, 2);
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), "end of period 2"));

  spin = field (fixture, "financing.early_buyout");
  g_assert_true (GTK_IS_SPIN_BUTTON (spin));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin)), ==, 2);
  type_into (spin, "3");
  seal (fixture);
  g_assert_cmpuint (financing (fixture)->early_buyout, ==, 3);
  g_assert_cmpint (period (fixture, 3)->units, ==, 25000);
  /* After the last installment it cannot come; 0 is the switch's. */
  type_into (spin, "5");
  g_assert_true (gtk_widget_has_css_class (spin, "error"));
  g_assert_cmpuint (financing (fixture)->early_buyout, ==, 3);
  type_into (spin, "0");
  g_assert_true (gtk_widget_has_css_class (spin, "error"));
  g_assert_cmpuint (financing (fixture)->early_buyout, ==, 3);
  type_into (spin, "3");
  seal (fixture);

  undo (fixture);
  g_assert_cmpuint (financing (fixture)->early_buyout, ==, 2);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin)), ==, 2);
  undo (fixture);
  g_assert_cmpuint (financing (fixture)->early_buyout, ==, 0);
  g_assert_false (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (row)));
  g_assert_cmpint (period (fixture, 2)->units, ==, 12500);
}

/* A loan to compare with: its switch, then its rate a year. */
static void
test_loan_rate (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *row = field (fixture, "financing.loan_rate");
  GtkWidget *rate;

  g_assert_true (ADW_IS_EXPANDER_ROW (row));
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), TRUE);
  g_assert_true (financing (fixture)->has_loan_rate);
  rate = field (fixture, "financing.loan_rate");
  g_assert_true (ADW_IS_ENTRY_ROW (rate));
  type_into (rate, "18");
  seal (fixture);
  g_assert_cmpint (financing (fixture)->loan_rate, ==, 180000);
  type_into (rate, "1001");
  g_assert_true (gtk_widget_has_css_class (rate, "error"));
  g_assert_cmpint (financing (fixture)->loan_rate, ==, 180000);
  type_into (rate, "18");
  seal (fixture);

  undo (fixture);
  g_assert_true (financing (fixture)->has_loan_rate);
  g_assert_cmpint (financing (fixture)->loan_rate, ==, 0);
  undo (fixture);
  g_assert_false (financing (fixture)->has_loan_rate);
  g_assert_false (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (row)));
}

/* The price "At valuation when bought" is taken, with the object's value
 * at the start as its first value; the prices follow the values entered,
 * the last repeated for the buyouts after it: 125 × 650 / 700 = 116.07,
 * 125 × 600 / 700 = 107.14. */
static void
test_valuations (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *first, *second;

  /* At a nominal price there are no values to go to. */
  g_assert_false (ADW_IS_ENTRY_ROW (field (fixture, "financing.valuations[0]")));
  choose (fixture, "financing.unit_price", MU_UNIT_PRICE_VALUATION);
  g_assert_cmpint (financing (fixture)->unit_price, ==, MU_UNIT_PRICE_VALUATION);
  g_assert_cmpuint (financing (fixture)->valuations->len, ==, 1);
  g_assert_cmpint (g_array_index (financing (fixture)->valuations, MuMoney, 0), ==, 70000);
  g_assert_cmpint (period (fixture, 1)->buyout, ==, 12500);

  first = field (fixture, "financing.valuations[0]");
  g_assert_true (ADW_IS_ENTRY_ROW (first));
  {
    g_autofree char *on = shown_date (2026, 3, 31);
    g_autofree char *title = g_strdup_printf ("Value at buyout 1, %s", on);

    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), ==, title);
  }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (first)), ==, "700.00");
  type_into (first, "650");
  seal (fixture);
  for (guint t = 1; t <= 4; t++)
    g_assert_cmpint (period (fixture, t)->buyout, ==, 11607);

  /* A value added is the last again, the keyboard in it. */
  activate (first, "valuations.add", NULL);
  g_assert_cmpuint (financing (fixture)->valuations->len, ==, 2);
  second = field (fixture, "financing.valuations[1]");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (second)), ==, "650.00");
  wait_until (has_focus_in, second, "the new value focused");
  type_into (second, "600");
  seal (fixture);
  g_assert_cmpint (period (fixture, 1)->buyout, ==, 11607);
  for (guint t = 2; t <= 4; t++)
    g_assert_cmpint (period (fixture, t)->buyout, ==, 10714);
  type_into (second, "0");
  g_assert_true (gtk_widget_has_css_class (second, "error"));
  g_assert_cmpint (period (fixture, 2)->buyout, ==, 10714);
  type_into (second, "600");
  seal (fixture);

  /* The first removed: the second is the first now. */
  activate (first, "valuations.remove", g_variant_new_uint32 (0));
  g_assert_cmpuint (financing (fixture)->valuations->len, ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (first)), ==, "600.00");
  g_assert_false (gtk_widget_get_visible (second));
  g_assert_cmpint (period (fixture, 1)->buyout, ==, 10714);

  undo (fixture);
  g_assert_cmpuint (financing (fixture)->valuations->len, ==, 2);
  g_assert_true (gtk_widget_get_visible (second));
  g_assert_cmpint (period (fixture, 1)->buyout, ==, 11607);
  undo (fixture);
  undo (fixture);
  g_assert_cmpuint (financing (fixture)->valuations->len, ==, 1);
  undo (fixture);
  g_assert_cmpint (g_array_index (financing (fixture)->valuations, MuMoney, 0), ==, 70000);
  undo (fixture);
  g_assert_cmpint (financing (fixture)->unit_price, ==, MU_UNIT_PRICE_NOMINAL);
  g_assert_cmpuint (financing (fixture)->valuations->len, ==, 0);
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_ancestor (first, ADW_TYPE_PREFERENCES_GROUP)));
}

/* A second buyer, Wife, putting in 100 beside the company's 200. */
static void
add_second_buyer (Fixture *fixture)
{
  MuScenario *edited = mu_scenario_document_dup_scenario (mu_scenario_page_get_document (fixture->page));
  MuPartner *wife = mu_scenario_add_partner (edited, "Wife", MU_PARTNER_OWNER);

  mu_partner_set_cash (wife, 10000);
  mu_financing_add_buyer (&edited->financing, wife->id);
  apply (fixture, "financing.buyers", edited);
}

/* Two buyers divide the units by what each puts in until they agree
 * shares; agreed, the last takes what the others leave. */
static void
test_buyer_shares (Fixture       *fixture,
                   gconstpointer  data)
{
  const MuResult *result;
  GtkWidget *share;
  GtkWidget *group;

  /* One buyer has no shares to divide: the path is the buyers' button's. */
  g_assert_true (GTK_IS_MENU_BUTTON (field (fixture, "financing.buyers[0].share")));
  add_second_buyer (fixture);
  /* By contributions: 2 : 1 of the first 125. */
  result = mu_scenario_page_get_result (fixture->page);
  g_assert_cmpint (mu_result_get (result, 1, 0)->paid + mu_result_get (result, 1, 2)->paid, ==, 12500);
  g_assert_cmpint (llabs (mu_result_get (result, 1, 0)->paid - 8333), <=, 1);
  g_assert_true (ADW_IS_COMBO_ROW (field (fixture, "financing.buyers[0].share")));
  group = gtk_widget_get_ancestor (field (fixture, "financing.buyers[0].share"), ADW_TYPE_PREFERENCES_GROUP);
  g_assert_true (gtk_widget_get_visible (group));

  /* Agreed, they begin where the contributions put them. */
  choose (fixture, "financing.buyers[0].share", 1);
  g_assert_cmpuint (financing (fixture)->buyer_shares->len, ==, 2);
  g_assert_cmpint (g_array_index (financing (fixture)->buyer_shares, gint64, 0), ==, 666667);
  g_assert_cmpint (g_array_index (financing (fixture)->buyer_shares, gint64, 1), ==, 333333);
  share = field (fixture, "financing.buyers[0].share");
  g_assert_true (ADW_IS_ENTRY_ROW (share));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (share)), ==, "Share of Company, %");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (share)), ==, "66.6667");
  g_assert_true (ADW_IS_ACTION_ROW (field (fixture, "financing.buyers[1].share")));

  type_into (share, "40");
  seal (fixture);
  g_assert_cmpint (g_array_index (financing (fixture)->buyer_shares, gint64, 0), ==, 400000);
  g_assert_cmpint (g_array_index (financing (fixture)->buyer_shares, gint64, 1), ==, 600000);
  result = mu_scenario_page_get_result (fixture->page);
  g_assert_cmpint (mu_result_get (result, 1, 0)->paid, ==, 5000);
  g_assert_cmpint (mu_result_get (result, 1, 2)->paid, ==, 7500);
  type_into (share, "101");
  g_assert_true (gtk_widget_has_css_class (share, "error"));
  g_assert_cmpint (g_array_index (financing (fixture)->buyer_shares, gint64, 0), ==, 400000);
  type_into (share, "40");
  seal (fixture);

  undo (fixture);
  g_assert_cmpint (g_array_index (financing (fixture)->buyer_shares, gint64, 0), ==, 666667);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (share)), ==, "66.6667");
  undo (fixture);
  g_assert_cmpuint (financing (fixture)->buyer_shares->len, ==, 0);
  g_assert_false (gtk_widget_get_visible (share));
  undo (fixture);
  g_assert_cmpuint (financing (fixture)->buyer_ids->len, ==, 1);
  g_assert_false (gtk_widget_get_visible (group));
}

/* The finding's row, by the field it names. */
static GtkListBoxRow *
finding_row (Fixture    *fixture,
             const char *path)
{
  MuSection *findings = mu_scenario_page_get_section (fixture->page, "findings");
  GtkListBox *list = mu_findings_section_get_list (MU_FINDINGS_SECTION (findings));

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "field"), path) == 0)
      return GTK_LIST_BOX_ROW (row);
  g_assert_not_reached ();
}

/* Activates the finding on @path, as a click does, and waits for the
 * editor @widget to have the keyboard, in view. */
static void
go_to_finding (Fixture    *fixture,
               const char *path,
               GtkWidget  *widget)
{
  GtkListBox *list = mu_findings_section_get_list (MU_FINDINGS_SECTION (mu_scenario_page_get_section (fixture->page,
                                                                                                      "findings")));

  g_signal_emit_by_name (list, "row-activated", finding_row (fixture, path));
  wait_until (has_focus_in, widget, path);
  wait_until (is_not_following, fixture->page, "the editor in view");
  if (!in_view (widget))
    g_error ("the editor of %s is not in view", path);
}

/* Each finding about the new inputs takes the user to its editor: the
 * rent charged beside a profit share to the rent, a value for fewer
 * buyouts than there are to the button that adds one, a buyer agreed a
 * share of nothing to that share. */
static void
test_findings_go_to_editors (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkWidget *rent = field (fixture, "financing.rent");

  type_into (rent, "1");
  go_to_finding (fixture, "financing.rent", rent);
  screenshot (GTK_WIDGET (fixture->window), "terms-finding-rent.png");
  type_into (rent, "0");

  choose (fixture, "financing.unit_price", MU_UNIT_PRICE_VALUATION);
  go_to_finding (fixture, "financing.valuations", field (fixture, "financing.valuations"));
  g_assert_true (GTK_IS_BUTTON (field (fixture, "financing.valuations")));

  add_second_buyer (fixture);
  choose (fixture, "financing.buyers[0].share", 1);
  type_into (field (fixture, "financing.buyers[0].share"), "100");
  go_to_finding (fixture, "financing.buyers[1].share", field (fixture, "financing.buyers[1].share"));

  /* And the paths the validation gives, each to its editor. */
  g_assert_true (mu_scenario_page_focus_field (fixture->page, "financing.costs"));
  wait_until (has_focus_in, field (fixture, "financing.costs"), "the costs focused");
  g_assert_true (mu_scenario_page_focus_field (fixture->page, "financing.plan"));
  wait_until (has_focus_in, field (fixture, "financing.plan"), "the plan focused");
}

/* What does not apply is not shown: the step but for a step-up plan, the
 * values but for a price at valuation, the shares but for two buyers or
 * more, and none of it without financing. */
static void
test_hidden_until_they_apply (Fixture       *fixture,
                              gconstpointer  data)
{
  MuSection *terms = mu_scenario_page_get_section (fixture->page, "terms");
  MuScenario *edited;

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (terms)));
  g_assert_true (ADW_IS_COMBO_ROW (field (fixture, "financing.step")));
  choose (fixture, "financing.plan", MU_PAYMENT_PLAN_STEP_UP);
  g_assert_true (ADW_IS_ENTRY_ROW (field (fixture, "financing.step")));
  choose (fixture, "financing.plan", MU_PAYMENT_PLAN_EQUAL_UNITS);

  edited = mu_scenario_document_dup_scenario (mu_scenario_page_get_document (fixture->page));
  edited->financing.enabled = FALSE;
  apply (fixture, "financing", edited);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (terms)));
  /* The paths lead to the financing's switch. */
  g_assert_true (ADW_IS_EXPANDER_ROW (field (fixture, "financing.plan")));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (field (fixture, "financing.plan"))), ==,
                   "Diminishing musharakah");
  undo (fixture);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (terms)));
}

/* Scrolls the editors to @path and takes the window as @name shows. */
static void
shoot (Fixture    *fixture,
       const char *path,
       const char *name)
{
  mu_scenario_page_focus_field (fixture->page, path);
  wait_until (is_not_following, fixture->page, path);
  screenshot (GTK_WIDGET (fixture->window), name);
}

/* Every input there is: eight installments in ten quarters, stepping up
 * 5 % a year, rent 12 % a year, costs 12.50 a quarter, the rest bought
 * after the sixth, a loan at 18 %, and two buyers by agreed shares. */
static void
fill_every_input (Fixture *fixture)
{
  MuScenario *edited = mu_scenario_document_dup_scenario (mu_scenario_page_get_document (fixture->page));
  MuFinancing *f = &edited->financing;

  f->installments = 8;
  mu_scenario_set_periods (edited, 10);
  f->plan = MU_PAYMENT_PLAN_STEP_UP;
  f->step = 50000;
  f->rent_annual = TRUE;
  f->rent = 120000;
  f->costs = 1250;
  f->early_buyout = 6;
  f->has_loan_rate = TRUE;
  f->loan_rate = 180000;
  apply (fixture, "financing", edited);
  add_second_buyer (fixture);
  choose (fixture, "financing.buyers[0].share", 1);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (gtk_widget_get_ancestor (field (fixture, "financing.early_buyout"),
                                                                            ADW_TYPE_EXPANDER_ROW)), TRUE);
}

/* The price at valuation instead, with three values. */
static void
price_at_valuation (Fixture *fixture)
{
  MuScenario *edited = mu_scenario_document_dup_scenario (mu_scenario_page_get_document (fixture->page));

  edited->financing.plan = MU_PAYMENT_PLAN_EQUAL_UNITS;
  edited->financing.step = 0;
  edited->financing.unit_price = MU_UNIT_PRICE_VALUATION;
  for (guint k = 0; k < 3; k++)
    {
      MuMoney value = 70000 - 2500 * k;

      g_array_append_val (edited->financing.valuations, value);
    }
  apply (fixture, "financing", edited);
}

/* Every new editor, wide and narrow, light and dark, for the eye. */
static void
test_screenshots (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *terms = GTK_WIDGET (mu_scenario_page_get_section (fixture->page, "terms"));

  if (g_getenv ("MUSHARAKA_SCREENSHOTS") == NULL)
    {
      g_test_skip ("MUSHARAKA_SCREENSHOTS is not set");
      return;
    }
  fill_every_input (fixture);
  shoot (fixture, "financing.loan_rate", "terms-wide.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  screenshot (GTK_WIDGET (fixture->window), "terms-wide-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 400, 800);
  wait_for_size (GTK_WINDOW (fixture->window), 400, 800);
  mu_window_show_content (fixture->window);
  shoot (fixture, "financing.plan", "terms-narrow.png");
  shoot (fixture, "financing.buyers[1].share", "terms-narrow-shares.png");
  /* The whole section, as wide as a phone leaves it. */
  screenshot (terms, "terms-section-narrow.png");

  price_at_valuation (fixture);
  shoot (fixture, "financing.valuations[2]", "terms-narrow-valuations.png");
  screenshot (terms, "terms-section-narrow-valuations.png");
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1400, 900);
  wait_for_size (GTK_WINDOW (fixture->window), 1400, 900);
  shoot (fixture, "financing.valuations[2]", "terms-wide-valuations.png");
}

#define ADD(path, test) \
  g_test_add ("/terms/" path, Fixture, NULL, fixture_set_up, test, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  gui_test_init (&argc, &argv);

  ADD ("plan/level-gives-equal-installments", test_level_plan);
  ADD ("plan/step-up-shows-its-step", test_step_up_plan);
  ADD ("rent/a-year-stored-and-charged", test_rent_a_year);
  ADD ("costs/shared-by-ownership", test_costs);
  ADD ("early-buyout/switch-and-period", test_early_buyout);
  ADD ("loan/switch-and-rate", test_loan_rate);
  ADD ("valuations/prices-follow-the-values", test_valuations);
  ADD ("buyers/agreed-shares", test_buyer_shares);
  ADD ("findings/go-to-their-editors", test_findings_go_to_editors);
  ADD ("hidden-until-they-apply", test_hidden_until_they_apply);
  ADD ("screenshots", test_screenshots);
  return g_test_run ();
}
