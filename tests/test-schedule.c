/* test-schedule.c — the schedule as the window shows it: what the buyers
 * pay, the losses, the totals and who owns what after the last buyout;
 * its CSV export; the key figures side by side in Compare
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "gui-test-util.h"
#include "mu-compare-window.h"
#include "mu-schedule-section.h"

typedef struct
{
  OwnLibrary         library;
  MuWindow          *window;
  MuScheduleSection *schedule;
} Fixture;

/* @scenario in a library of the test's own, in a window. */
static void
fixture_open (Fixture          *fixture,
              const MuScenario *scenario)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_set_string (settings, "last-scenario", "");
  own_library_init (&fixture->library, scenario);
  fixture->window = open_window (fixture->library.store);
  g_assert_true (mu_window_select (fixture->window, fixture->library.uuid));
  fixture->schedule = MU_SCHEDULE_SECTION (mu_scenario_page_get_section (mu_window_get_page (fixture->window),
                                                                         "schedule"));
}

static void
fixture_close (Fixture *fixture)
{
  close_window (fixture->window, fixture->library.store);
  own_library_clear (&fixture->library);
}

/* What the cell of @column says in the @index-th row of @rows. */
static char *
cell (Fixture          *fixture,
      GListModel       *rows,
      guint             index,
      MuScheduleColumn  column)
{
  g_autoptr(MuScheduleRow) row = g_list_model_get_item (rows, index);

  g_assert_nonnull (row);
  return mu_schedule_section_dup_text (fixture->schedule, row, column);
}

static void
assert_cell (Fixture          *fixture,
             GListModel       *rows,
             guint             index,
             MuScheduleColumn  column,
             const char       *expected)
{
  g_autofree char *text = cell (fixture, rows, index, column);

  g_assert_cmpstr (text, ==, expected);
}

static GListModel *
periods (Fixture *fixture)
{
  return mu_schedule_section_get_rows (fixture->schedule);
}

static GListModel *
ends (Fixture *fixture)
{
  return mu_schedule_section_get_end_rows (fixture->schedule);
}

/* The table's column titled @title, or NULL. */
static GtkColumnViewColumn *
column_titled (Fixture    *fixture,
               const char *title)
{
  GListModel *columns = gtk_column_view_get_columns (mu_schedule_section_get_view (fixture->schedule));

  for (guint c = 0; c < g_list_model_get_n_items (columns); c++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, c);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return column;
    }
  return NULL;
}

static gboolean
column_shown (Fixture    *fixture,
              const char *title)
{
  GtkColumnViewColumn *column = column_titled (fixture, title);

  g_assert_nonnull (column);
  return gtk_column_view_column_get_visible (column);
}

/* A label under @widget that is on the screen and says @text. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

typedef struct
{
  GtkWidget  *widget;
  const char *text;
} Shown;

static gboolean
label_shown (gpointer data)
{
  Shown *shown = data;

  return find_label (shown->widget, shown->text) != NULL;
}

/* Brings the schedule's last rows into view, in the page and in the
 * table, as a user scrolling down would. */
static void
scroll_to_end (Fixture *fixture)
{
  GtkWidget *view = GTK_WIDGET (mu_schedule_section_get_view (fixture->schedule));
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (fixture->schedule), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *table = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  GtkWidget *viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (page));
  graphene_point_t top;

  wait_for_frame (view);
  /* Where the section is in the page's content, not in the part of it
   * in view. */
  if (gtk_widget_compute_point (GTK_WIDGET (fixture->schedule), gtk_viewport_get_child (GTK_VIEWPORT (viewport)),
                                &GRAPHENE_POINT_INIT (0, 0), &top))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (page)), top.y);
  gtk_adjustment_set_value (table, gtk_adjustment_get_upper (table));
  wait_for_frame (view);
}

/* Case C's schedule on the screen, scrolled to as a user would: the
 * rows of its end as the owner sees them; wide, narrow and right to
 * left in the screenshots. Closes @fixture. */
static void
look_at_case_c (Fixture          *fixture,
                const MuScenario *scenario)
{
  GtkWidget *view = GTK_WIDGET (mu_schedule_section_get_view (fixture->schedule));
  Shown total = { view, "Total" }, owned = { view, "0.00 %" }, received = { view, "678.57" };

  scroll_to_end (fixture);
  wait_until (label_shown, &total, "the totals row on the screen");
  wait_until (label_shown, &owned, "the bank at 0 % on the screen");
  wait_until (label_shown, &received, "what the bank receives in all on the screen");
  g_assert_nonnull (gtk_label_get_attributes (GTK_LABEL (find_label (view, "Total"))));
  screenshot (GTK_WIDGET (fixture->window), "schedule-wide.png");
  if (g_getenv ("MUSHARAKA_SCREENSHOTS") != NULL)
    {
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
      screenshot (GTK_WIDGET (fixture->window), "schedule-wide-dark.png");
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
    }
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 400, 800);
  wait_for_size (GTK_WINDOW (fixture->window), 400, 800);
  mu_window_show_content (fixture->window);
  scroll_to_end (fixture);
  screenshot (GTK_WIDGET (fixture->window), "schedule-narrow.png");
  fixture_close (fixture);
  if (g_getenv ("MUSHARAKA_SCREENSHOTS") != NULL)
    {
      /* Right to left, as in Arabic: the table read from the right. */
      gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
      fixture_open (fixture, scenario);
      scroll_to_end (fixture);
      screenshot (GTK_WIDGET (fixture->window), "schedule-rtl.png");
      fixture_close (fixture);
      gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
    }
}

/* Case C: the buyers pay 125.00 a quarter, the bank owns 71.43 % …
 * 17.86 % during the quarters and 0 % once the last unit is bought, and
 * the totals are the article's: 400.00 of profit, 500.00 bought back,
 * 678.57 to the bank. */
static void
test_case_c_totals (void)
{
  g_autoptr(MuScenario) scenario = load_example ("case-c-diminishing-transfer.musharaka");
  static const char * const bank_share[] = { "71.43 %", "53.57 %", "35.71 %", "17.86 %" };
  static const char * const bank_receives[] = { "196.43", "178.57", "160.71", "142.86" };
  Fixture fixture;

  fixture_open (&fixture, scenario);
  g_assert_cmpuint (g_list_model_get_n_items (periods (&fixture)), ==, 4);
  for (guint t = 0; t < 4; t++)
    {
      assert_cell (&fixture, periods (&fixture), t, MU_SCHEDULE_COLUMN_BUYERS_PAY, "125.00");
      assert_cell (&fixture, periods (&fixture), t, MU_SCHEDULE_COLUMN_BANK_SHARE, bank_share[t]);
      assert_cell (&fixture, periods (&fixture), t, MU_SCHEDULE_COLUMN_BANK_RECEIVES, bank_receives[t]);
    }

  /* After the periods: who owns what, then the totals. */
  g_assert_cmpuint (g_list_model_get_n_items (ends (&fixture)), ==, 2);
  {
    g_autofree char *from = shown_date (2027, 1, 1);
    g_autofree char *after = g_strdup_printf ("After the last buyout,\nfrom %s", from);

    assert_cell (&fixture, ends (&fixture), 0, MU_SCHEDULE_COLUMN_DATES, after);
  }
  assert_cell (&fixture, ends (&fixture), 0, MU_SCHEDULE_COLUMN_BANK_SHARE, "0.00 %");
  assert_cell (&fixture, ends (&fixture), 0, MU_SCHEDULE_COLUMN_BUYERS_PAY, "");
  assert_cell (&fixture, ends (&fixture), 1, MU_SCHEDULE_COLUMN_PERIOD, "Total");
  {
    g_autofree char *first = shown_date (2026, 1, 1);
    g_autofree char *last = shown_date (2026, 12, 31);
    g_autofree char *dates = g_strdup_printf ("%s – %s", first, last);

    assert_cell (&fixture, ends (&fixture), 1, MU_SCHEDULE_COLUMN_DATES, dates);
  }
  assert_cell (&fixture, ends (&fixture), 1, MU_SCHEDULE_COLUMN_PROFIT, "400.00");
  assert_cell (&fixture, ends (&fixture), 1, MU_SCHEDULE_COLUMN_BUYOUT, "500.00");
  assert_cell (&fixture, ends (&fixture), 1, MU_SCHEDULE_COLUMN_RENT, "0.00");
  assert_cell (&fixture, ends (&fixture), 1, MU_SCHEDULE_COLUMN_BUYERS_PAY, "500.00");
  assert_cell (&fixture, ends (&fixture), 1, MU_SCHEDULE_COLUMN_BANK_RECEIVES, "678.57");
  /* Shares are not summed. */
  assert_cell (&fixture, ends (&fixture), 1, MU_SCHEDULE_COLUMN_BANK_SHARE, "");

  /* Without losses or costs their columns stay away. */
  g_assert_true (column_shown (&fixture, "Buyers pay"));
  g_assert_false (column_shown (&fixture, "Loss"));
  g_assert_false (column_shown (&fixture, "Made good"));
  g_assert_false (column_shown (&fixture, "Not yet made good"));
  g_assert_false (column_shown (&fixture, "Costs"));
  g_assert_false (column_shown (&fixture, "Rent"));

  look_at_case_c (&fixture, scenario);
}

/* Rent of 1 % of the bank's stake a quarter: the buyers pay the buyout
 * and the rent, 130.00 falling to 126.25, 512.50 in all. */
static void
test_buyers_pay_rent (void)
{
  g_autoptr(MuScenario) scenario = load_example ("case-c-diminishing-transfer.musharaka");
  static const char * const pays[] = { "130.00", "128.75", "127.50", "126.25" };
  Fixture fixture;

  scenario->financing.rent = 10000;  /* 1 %, MU_PERCENT_100 = 1 000 000 */
  fixture_open (&fixture, scenario);
  g_assert_true (column_shown (&fixture, "Rent"));
  for (guint t = 0; t < 4; t++)
    assert_cell (&fixture, periods (&fixture), t, MU_SCHEDULE_COLUMN_BUYERS_PAY, pays[t]);
  assert_cell (&fixture, ends (&fixture), 1, MU_SCHEDULE_COLUMN_RENT, "12.50");
  assert_cell (&fixture, ends (&fixture), 1, MU_SCHEDULE_COLUMN_BUYERS_PAY, "512.50");
  scroll_to_end (&fixture);
  screenshot (GTK_WIDGET (fixture.window), "schedule-rent.png");
  fixture_close (&fixture);
}

/* A loss of 100.00 in the first quarter, made good from the next two:
 * the columns of losses show, a balance of what is not yet made good
 * that the totals do not sum. */
static void
test_losses_shown (void)
{
  g_autoptr(MuScenario) scenario = load_example ("case-c-diminishing-transfer.musharaka");
  const MuMoney series[] = { -10000, 5000, 10000, 10000 };
  static const char * const loss[] = { "100.00", "0.00", "0.00", "0.00" };
  static const char * const restored[] = { "0.00", "50.00", "50.00", "0.00" };
  static const char * const unrecovered[] = { "100.00", "50.00", "0.00", "0.00" };
  Fixture fixture;

  scenario->profit.is_series = TRUE;
  scenario->profit.series = g_array_new (FALSE, FALSE, sizeof (MuMoney));
  g_array_append_vals (scenario->profit.series, series, G_N_ELEMENTS (series));
  fixture_open (&fixture, scenario);
  g_assert_true (column_shown (&fixture, "Loss"));
  g_assert_true (column_shown (&fixture, "Made good"));
  g_assert_true (column_shown (&fixture, "Not yet made good"));
  for (guint t = 0; t < 4; t++)
    {
      assert_cell (&fixture, periods (&fixture), t, MU_SCHEDULE_COLUMN_LOSS, loss[t]);
      assert_cell (&fixture, periods (&fixture), t, MU_SCHEDULE_COLUMN_RESTORED, restored[t]);
      assert_cell (&fixture, periods (&fixture), t, MU_SCHEDULE_COLUMN_UNRECOVERED, unrecovered[t]);
    }
  assert_cell (&fixture, periods (&fixture), 0, MU_SCHEDULE_COLUMN_PROFIT, "−100.00");
  assert_cell (&fixture, ends (&fixture), 1, MU_SCHEDULE_COLUMN_PROFIT, "150.00");
  assert_cell (&fixture, ends (&fixture), 1, MU_SCHEDULE_COLUMN_LOSS, "100.00");
  assert_cell (&fixture, ends (&fixture), 1, MU_SCHEDULE_COLUMN_RESTORED, "100.00");
  assert_cell (&fixture, ends (&fixture), 1, MU_SCHEDULE_COLUMN_UNRECOVERED, "0.00");
  scroll_to_end (&fixture);
  screenshot (GTK_WIDGET (fixture.window), "schedule-losses.png");

  /* Profit again from the first quarter: the columns go. */
  {
    MuScenarioDocument *document = mu_scenario_page_get_document (mu_window_get_page (fixture.window));
    MuScenario *copy = mu_scenario_document_dup_scenario (document);

    g_array_index (copy->profit.series, MuMoney, 0) = 10000;
    g_assert_true (mu_scenario_document_apply (document, "profit.series", copy, NULL));
  }
  g_assert_false (column_shown (&fixture, "Loss"));
  g_assert_false (column_shown (&fixture, "Not yet made good"));
  fixture_close (&fixture);
}

/* Three quarters of four installments: the last row says the buyout is
 * not complete and shows the share the bank keeps. */
static void
test_buyout_incomplete (void)
{
  g_autoptr(MuScenario) scenario = load_example ("case-c-diminishing-transfer.musharaka");
  Fixture fixture;

  scenario->periods = 3;
  fixture_open (&fixture, scenario);
  {
    g_autofree char *on = shown_date (2026, 9, 30);
    g_autofree char *text = g_strdup_printf ("Not all bought out\non %s", on);

    assert_cell (&fixture, ends (&fixture), 0, MU_SCHEDULE_COLUMN_DATES, text);
  }
  /* 125.00 of 700.00 after the third buyout. */
  assert_cell (&fixture, ends (&fixture), 0, MU_SCHEDULE_COLUMN_BANK_SHARE, "17.86 %");
  assert_cell (&fixture, ends (&fixture), 1, MU_SCHEDULE_COLUMN_BUYOUT, "375.00");
  fixture_close (&fixture);
}

/* Case A has no bank financing: no row of ownership after a buyout, and
 * the totals say nothing of a bank. */
static void
test_without_financing (void)
{
  g_autoptr(MuScenario) scenario = load_example ("case-a-bank-joins-company.musharaka");
  Fixture fixture;

  fixture_open (&fixture, scenario);
  g_assert_cmpuint (g_list_model_get_n_items (ends (&fixture)), ==, 1);
  assert_cell (&fixture, ends (&fixture), 0, MU_SCHEDULE_COLUMN_PERIOD, "Total");
  assert_cell (&fixture, ends (&fixture), 0, MU_SCHEDULE_COLUMN_BUYERS_PAY, "—");
  assert_cell (&fixture, ends (&fixture), 0, MU_SCHEDULE_COLUMN_BANK_RECEIVES, "—");
  fixture_close (&fixture);
}

/* The window's CSV names its columns for the partners, in the user's
 * language, and quotes a name that holds a separator or a quote; its
 * figures are the command line's. */
static void
test_csv_names (void)
{
  g_autoptr(MuScenario) scenario = load_example ("case-c-diminishing-transfer.musharaka");
  g_autofree char *dir = g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = g_build_filename (dir, "schedule.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  Fixture fixture;
  MuPartner *company = mu_scenario_get_partner (scenario, 0);

  g_free (company->name);
  company->name = g_strdup ("Ali; \"Sons\", Ltd");
  fixture_open (&fixture, scenario);
  mu_window_export_csv (fixture.window, file);
  g_assert_true (g_file_get_contents (path, &csv, NULL, NULL));
  lines = g_strsplit (csv, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 6);
  g_assert_cmpstr (lines[0], ==,
                   "Period,Start,End,Profit,Buyout,Unit price,Rent,Costs,Loss beyond capital,"
                   "\"Ali; \"\"Sons\"\", Ltd: owns, %\",\"Ali; \"\"Sons\"\", Ltd: profit share, %\","
                   "\"Ali; \"\"Sons\"\", Ltd: profit\",\"Ali; \"\"Sons\"\", Ltd: loss\","
                   "\"Ali; \"\"Sons\"\", Ltd: loss made good\",\"Ali; \"\"Sons\"\", Ltd: loss not yet made good\","
                   "\"Ali; \"\"Sons\"\", Ltd: stake after the buyout\",\"Ali; \"\"Sons\"\", Ltd: pays\","
                   "\"Bank: owns, %\",\"Bank: profit share, %\",Bank: profit,Bank: loss,Bank: loss made good,"
                   "Bank: loss not yet made good,Bank: stake after the buyout,Bank: receives");
  g_assert_cmpstr (lines[1], ==,
                   "1,2026-01-01,2026-03-31,100.00,125.00,125.00,0.00,0.00,0.00,"
                   "28.5714,28.5714,28.57,0.00,0.00,0.00,325.00,125.00,"
                   "71.4286,71.4286,71.43,0.00,0.00,0.00,375.00,196.43");
  g_assert_cmpstr (lines[5], ==, "");
  fixture_close (&fixture);
  g_unlink (path);
  g_rmdir (dir);
}

/* The text of the Compare grid's cell for @title's row, scenario
 * @column (1-based). */
static const char *
compare_cell (GtkGrid    *grid,
              const char *title,
              guint       column)
{
  for (int row = 1;; row++)
    {
      GtkWidget *heading = gtk_grid_get_child_at (grid, 0, row);

      if (heading == NULL)
        return NULL;
      if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (heading)), title) == 0)
        {
          GtkWidget *value = gtk_grid_get_child_at (grid, column, row);

          return value != NULL ? gtk_label_get_text (GTK_LABEL (value)) : NULL;
        }
    }
}

static char *
save (MuStore          *store,
      const MuScenario *scenario)
{
  g_autoptr(GError) error = NULL;
  char *uuid = mu_store_save (store, NULL, scenario, &error);

  g_assert_no_error (error);
  return uuid;
}

/* Case C's key figures in @column of the Compare grid, as the CLI
 * gives them. */
static void
assert_case_c_figures (GtkGrid *grid,
                       guint    column)
{
  g_assert_cmpstr (compare_cell (grid, "Installments", column), ==, "4");
  g_assert_cmpstr (compare_cell (grid, "First installment", column), ==, "125.00 RUB");
  g_assert_cmpstr (compare_cell (grid, "Usual installment", column), ==, "125.00 RUB");
  g_assert_cmpstr (compare_cell (grid, "Last installment", column), ==, "125.00 RUB");
  g_assert_cmpstr (compare_cell (grid, "The buyers pay in all", column), ==, "500.00 RUB");
  {
    g_autofree char *from = shown_date (2027, 1, 1);
    g_autofree char *text = g_strdup_printf ("from %s", from);

    g_assert_cmpstr (compare_cell (grid, "The buyers own it all", column), ==, text);
  }
  g_assert_cmpstr (compare_cell (grid, "The bank receives in all", column), ==, "678.57 RUB");
  g_assert_cmpstr (compare_cell (grid, "its share of the profit", column), ==, "178.57 RUB");
  g_assert_cmpstr (compare_cell (grid, "the price of its units", column), ==, "500.00 RUB");
  g_assert_cmpstr (compare_cell (grid, "The bank’s effective return a year", column), ==, "70.59 %");
  g_assert_cmpstr (compare_cell (grid, "Errors", column), ==, "None");
}

/* The Compare window of @uuids in the screenshots: wide, scrolled down
 * to the loan, narrow, and right to left. Destroys @compare. */
static void
look_at_compare (MuCompareWindow  *compare,
                 MuStore          *store,
                 const char      **uuids)
{
  GtkGrid *grid = GTK_GRID (gtk_widget_get_template_child (GTK_WIDGET (compare), MU_TYPE_COMPARE_WINDOW, "figures"));

  screenshot (GTK_WIDGET (compare), "compare-key-figures.png");
  if (g_getenv ("MUSHARAKA_SCREENSHOTS") != NULL)
    {
      /* Down to the loan and the errors. */
      GtkWidget *sideways = gtk_widget_get_ancestor (GTK_WIDGET (grid), GTK_TYPE_SCROLLED_WINDOW);
      GtkWidget *page = gtk_widget_get_ancestor (gtk_widget_get_parent (sideways), GTK_TYPE_SCROLLED_WINDOW);
      GtkAdjustment *down = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (page));

      gtk_adjustment_set_value (down, gtk_adjustment_get_upper (down));
      screenshot (GTK_WIDGET (compare), "compare-key-figures-loan.png");
      gtk_adjustment_set_value (down, 0);
    }
  gtk_window_set_default_size (GTK_WINDOW (compare), 720, 720);
  wait_for_size (GTK_WINDOW (compare), 720, 720);
  screenshot (GTK_WIDGET (compare), "compare-key-figures-narrow.png");
  gtk_window_destroy (GTK_WINDOW (compare));
  if (g_getenv ("MUSHARAKA_SCREENSHOTS") != NULL)
    {
      gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
      compare = mu_compare_window_new (NULL, store, uuids[0]);
      mu_compare_window_choose (compare, uuids[1], TRUE);
      mu_compare_window_choose (compare, uuids[2], TRUE);
      gtk_window_present (GTK_WINDOW (compare));
      screenshot (GTK_WIDGET (compare), "compare-key-figures-rtl.png");
      gtk_window_destroy (GTK_WINDOW (compare));
      gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
    }
}

/* Case C, the same with a loan rate of 18 % to compare with, and case A
 * without financing, side by side: the key figures the CLI gives. */
static void
test_compare_key_figures (void)
{
  g_autoptr(MuScenario) loan = load_example ("case-c-diminishing-transfer.musharaka");
  g_autoptr(MuScenario) joins = load_example ("case-a-bank-joins-company.musharaka");
  g_autoptr(MuScenario) c = load_example ("case-c-diminishing-transfer.musharaka");
  g_autofree char *loan_uuid = NULL;
  g_autofree char *joins_uuid = NULL;
  MuCompareWindow *compare;
  OwnLibrary library;
  GtkGrid *grid;

  own_library_init (&library, c);
  g_free (loan->name);
  loan->name = g_strdup ("Harvester, with a loan beside it for comparison");
  loan->financing.has_loan_rate = TRUE;
  loan->financing.loan_rate = 180000;  /* 18 % */
  loan_uuid = save (library.store, loan);
  joins_uuid = save (library.store, joins);

  compare = mu_compare_window_new (NULL, library.store, library.uuid);
  mu_compare_window_choose (compare, loan_uuid, TRUE);
  mu_compare_window_choose (compare, joins_uuid, TRUE);
  gtk_window_present (GTK_WINDOW (compare));
  grid = GTK_GRID (gtk_widget_get_template_child (GTK_WIDGET (compare), MU_TYPE_COMPARE_WINDOW, "figures"));

  /* A column a scenario, in the order chosen. */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (grid, 1, 0))), ==, "Harvester (transfer)");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (grid, 3, 0))), ==,
                   "Bank joins the company");
  for (guint column = 1; column <= 2; column++)
    assert_case_c_figures (grid, column);
  /* The loan only where a rate is given: 500.00 at 18 % over four quarters. */
  g_assert_cmpstr (compare_cell (grid, "payment", 1), ==, "—");
  g_assert_cmpstr (compare_cell (grid, "rate a year", 2), ==, "18.00 %");
  g_assert_cmpstr (compare_cell (grid, "payment", 2), ==, "139.37 RUB");
  g_assert_cmpstr (compare_cell (grid, "paid in all", 2), ==, "557.49 RUB");
  g_assert_cmpstr (compare_cell (grid, "of which interest — riba", 2), ==, "57.49 RUB");
  /* No costs in any of them: no row for them. */
  g_assert_null (compare_cell (grid, "less its part of the costs", 1));
  /* Without financing, no figures but its errors. */
  g_assert_cmpstr (compare_cell (grid, "The buyers pay in all", 3), ==, "—");
  g_assert_cmpstr (compare_cell (grid, "The bank’s effective return a year", 3), ==, "—");
  g_assert_cmpstr (compare_cell (grid, "Errors", 3), ==, "None");

  look_at_compare (compare, library.store, (const char *[]) { library.uuid, loan_uuid, joins_uuid });
  mu_store_close (library.store);
  own_library_clear (&library);
}

int
main (int    argc,
      char **argv)
{
  gui_test_init (&argc, &argv);

  g_test_add_func ("/schedule/case-c/totals-and-the-bank-at-0-after-the-last-buyout", test_case_c_totals);
  g_test_add_func ("/schedule/buyers-pay/buyout-and-rent", test_buyers_pay_rent);
  g_test_add_func ("/schedule/losses/shown-when-there-are-some", test_losses_shown);
  g_test_add_func ("/schedule/last-row/buyout-incomplete", test_buyout_incomplete);
  g_test_add_func ("/schedule/last-row/none-without-financing", test_without_financing);
  g_test_add_func ("/schedule/csv/partner-names-quoted", test_csv_names);
  g_test_add_func ("/compare/key-figures-side-by-side", test_compare_key_figures);
  return g_test_run ();
}
