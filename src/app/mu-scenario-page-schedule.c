/* mu-scenario-page-schedule.c — the schedule table
 *
 * A row a period. A schedule of more than two years of periods is shown
 * a row a calendar year — its sums, and the bank's share at its end —
 * that opens onto its periods: thirty years of months are thirty rows,
 * not three hundred and sixty, and on GTK 4.8, which builds up to two
 * hundred rows whatever is in view, that is most of what showing and
 * editing such a scenario costs.
 *
 * Rows stand for periods or years, not for their figures: a new schedule
 * of the same shape only refreshes the cells on screen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-input.h"
#include "mu-scenario-page-private.h"

/* Grouped by year above this many periods. */
#define MAX_FLAT_PERIODS 24

/* One row: periods first to last, 1-based; a year's row has its year. */
#define MU_TYPE_SCHEDULE_ITEM (mu_schedule_item_get_type ())
G_DECLARE_FINAL_TYPE (MuScheduleItem, mu_schedule_item, MU, SCHEDULE_ITEM, GObject)

struct _MuScheduleItem
{
  GObject parent_instance;
  guint   first;
  guint   last;
  guint   year;   /* 0 for a period's row */
};

G_DEFINE_FINAL_TYPE (MuScheduleItem, mu_schedule_item, G_TYPE_OBJECT)

static void
mu_schedule_item_class_init (MuScheduleItemClass *klass)
{
}

static void
mu_schedule_item_init (MuScheduleItem *self)
{
}

static MuScheduleItem *
schedule_item_new (guint first,
                   guint last,
                   guint year)
{
  MuScheduleItem *item = g_object_new (MU_TYPE_SCHEDULE_ITEM, NULL);

  item->first = first;
  item->last = last;
  item->year = year;
  return item;
}

typedef enum
{
  COLUMN_PERIOD,
  COLUMN_DATES,
  COLUMN_PROFIT,
  COLUMN_BUYOUT,
  COLUMN_RENT,
  COLUMN_BANK_SHARE,
  COLUMN_BANK_RECEIVES,
  N_COLUMNS
} Column;

static const char * const column_titles[] = {
  N_("Period"), N_("Dates"), N_("Profit"), N_("Buyout"), N_("Rent"), N_("Bank owns"), N_("Bank receives")
};

static char *
dates_text (const GDate *start,
            const GDate *end)
{
  char first[32], last[32];

  g_date_strftime (first, sizeof first, "%x", start);
  g_date_strftime (last, sizeof last, "%x", end);
  return g_strdup_printf ("%s – %s", first, last);
}

/* What @column says of @item: a period's figures, or a year's sums and
 * the bank's share at its end. */
static char *
cell_text (MuScenarioPage       *self,
           Column                column,
           const MuScheduleItem *item)
{
  const MuResult *r = self->result;
  MuMoney sum = 0;
  guint exponent;

  if (r == NULL || item->first == 0 || item->last > r->n_periods)
    return g_strdup ("");
  exponent = mu_scenario_get_exponent (self->scenario);

  switch (column)
    {
    case COLUMN_PERIOD:
      return g_strdup_printf ("%u", item->year != 0 ? item->year : item->first);
    case COLUMN_DATES:
      return dates_text (&r->periods[item->first - 1].start, &r->periods[item->last - 1].end);
    case COLUMN_BANK_SHARE:
      return r->bank < 0 ? g_strdup ("—")
                         : mu_chart_format_percent (mu_result_ownership_percent (r, item->last, r->bank));
    case COLUMN_BANK_RECEIVES:
      if (r->bank < 0)
        return g_strdup ("—");
      break;
    case COLUMN_PROFIT:
    case COLUMN_BUYOUT:
    case COLUMN_RENT:
    case N_COLUMNS:
    default:
      break;
    }

  /* A year's sums are parts of the schedule's totals: they fit. */
  for (guint t = item->first; t <= item->last; t++)
    {
      const MuPeriodResult *row = &r->periods[t - 1];

      sum += column == COLUMN_PROFIT ? row->profit
             : column == COLUMN_BUYOUT ? row->buyout
             : column == COLUMN_RENT ? row->rent
             : mu_result_get (r, t, r->bank)->paid;
    }
  return mu_input_format_amount (sum, exponent);
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  data)
{
  Column column = GPOINTER_TO_INT (data);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), column <= COLUMN_DATES ? 0.0 : 1.0);
  gtk_widget_add_css_class (label, "numeric");
  if (column == COLUMN_PERIOD)
    {
      /* A year's row opens and closes on its first cell. */
      GtkWidget *expander = gtk_tree_expander_new ();

      gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), label);
      gtk_list_item_set_child (item, expander);
    }
  else
    gtk_list_item_set_child (item, label);
}

static void
update_cell (GtkListItem *list_item)
{
  MuScenarioPage *self = g_object_get_data (G_OBJECT (list_item), "page");
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (list_item), "column"));
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  g_autoptr(MuScheduleItem) item = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;
  GtkWidget *label = gtk_list_item_get_child (list_item);
  g_autofree char *text = NULL;

  if (item == NULL)
    return;
  if (column == COLUMN_PERIOD)
    label = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (label));
  text = cell_text (self, column, item);
  gtk_label_set_text (GTK_LABEL (label), text);
}

/* A bound cell follows the schedule: a new one of the same shape only
 * refreshes the cells on screen, instead of rebuilding the rows. */
static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  data)
{
  MuScenarioPage *self = g_object_get_data (G_OBJECT (factory), "page");
  gulong handler;

  g_object_set_data (G_OBJECT (item), "page", self);
  g_object_set_data (G_OBJECT (item), "column", data);
  if (GPOINTER_TO_INT (data) == COLUMN_PERIOD)
    {
      GtkTreeExpander *expander = GTK_TREE_EXPANDER (gtk_list_item_get_child (item));

      gtk_tree_expander_set_list_row (expander, gtk_list_item_get_item (item));
      /* Periods alone leave no room for an arrow none of them has. */
      gtk_tree_expander_set_indent_for_icon (expander, g_list_model_get_n_items (G_LIST_MODEL (self->years)) > 0);
    }
  handler = g_signal_connect_swapped (self, "results-changed", G_CALLBACK (update_cell), item);
  g_object_set_data (G_OBJECT (item), "handler", GSIZE_TO_POINTER (handler));
  update_cell (item);
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  data)
{
  MuScenarioPage *self = g_object_get_data (G_OBJECT (factory), "page");
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (item), "handler"));

  if (handler != 0)
    g_signal_handler_disconnect (self, handler);
  g_object_set_data (G_OBJECT (item), "handler", NULL);
  if (GPOINTER_TO_INT (data) == COLUMN_PERIOD)
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (gtk_list_item_get_child (item)), NULL);
}

/* A year's row opens onto its periods, a slice of the list of them all. */
static GListModel *
create_periods (gpointer item,
                gpointer data)
{
  MuScenarioPage *self = data;
  MuScheduleItem *year = item;

  if (year->year == 0)
    return NULL;
  return G_LIST_MODEL (gtk_slice_list_model_new (G_LIST_MODEL (g_object_ref (self->periods)), year->first - 1,
                                                 year->last - year->first + 1));
}

static void
on_selection_changed (GtkSelectionModel *model,
                      guint              position,
                      guint              n_items,
                      MuScenarioPage    *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (model));
  g_autoptr(MuScheduleItem) item = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;

  /* A year's row is a sum: the charts keep the period they show. */
  if (item == NULL || item->year != 0)
    return;
  self->period = item->first;
  mu_chart_view_set_period (self->shares_chart, self->period);
  mu_chart_view_set_period (self->equity_chart, self->period);
  mu_chart_view_set_period (self->profit_chart, self->period);
}

void
mu_scenario_page_select_period (MuScenarioPage *self,
                                guint           period)
{
  GtkSelectionModel *model = gtk_column_view_get_model (self->schedule_view);
  GtkTreeListModel *tree = GTK_TREE_LIST_MODEL (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (model)));
  guint position = period - 1;

  g_return_if_fail (MU_IS_SCENARIO_PAGE (self));
  if (period == 0 || self->result == NULL || period > self->result->n_periods)
    return;

  /* Grouped, the period is in its year's row: opened to show it. */
  if (tree != NULL && self->years != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->years)) > 0)
    for (guint y = 0; y < g_list_model_get_n_items (G_LIST_MODEL (self->years)); y++)
      {
        g_autoptr(MuScheduleItem) year = g_list_model_get_item (G_LIST_MODEL (self->years), y);
        g_autoptr(GtkTreeListRow) row = NULL;

        if (period < year->first || period > year->last)
          continue;
        row = gtk_tree_list_model_get_child_row (tree, y);
        gtk_tree_list_row_set_expanded (row, TRUE);
        position = gtk_tree_list_row_get_position (row) + 1 + (period - year->first);
        break;
      }
  gtk_selection_model_select_item (model, position, TRUE);
}

/* The rows for self->result: a row a period, or above MAX_FLAT_PERIODS a
 * row a year opening onto them. Returns TRUE if the rows changed. */
static gboolean
shape_rows (MuScenarioPage *self)
{
  const MuResult *r = self->result;
  guint n = r != NULL ? r->n_periods : 0;
  g_autoptr(GPtrArray) periods = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) years = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) shape = g_string_new (NULL);
  GtkSelectionModel *model = gtk_column_view_get_model (self->schedule_view);
  GtkTreeListModel *tree;

  g_string_append_printf (shape, "%u", n);
  if (n > MAX_FLAT_PERIODS)
    for (guint t = 1; t <= n; t++)
      {
        guint year = g_date_get_year (&r->periods[t - 1].start);

        if (years->len == 0 || ((MuScheduleItem *) g_ptr_array_index (years, years->len - 1))->year != year)
          g_ptr_array_add (years, schedule_item_new (t, t, year));
        ((MuScheduleItem *) g_ptr_array_index (years, years->len - 1))->last = t;
      }
  for (guint y = 0; y < years->len; y++)
    {
      MuScheduleItem *year = g_ptr_array_index (years, y);

      g_string_append_printf (shape, " %u:%u-%u", year->year, year->first, year->last);
    }
  if (g_strcmp0 (shape->str, self->schedule_shape) == 0)
    return FALSE;
  g_free (self->schedule_shape);
  self->schedule_shape = g_string_free (g_steal_pointer (&shape), FALSE);

  /* Let go of the rows first, or the table builds them for the old shape. */
  gtk_single_selection_set_model (GTK_SINGLE_SELECTION (model), NULL);
  for (guint t = 1; t <= n; t++)
    g_ptr_array_add (periods, schedule_item_new (t, t, 0));
  g_list_store_splice (self->periods, 0, g_list_model_get_n_items (G_LIST_MODEL (self->periods)), periods->pdata,
                       periods->len);
  g_list_store_splice (self->years, 0, g_list_model_get_n_items (G_LIST_MODEL (self->years)), years->pdata,
                       years->len);
  tree = gtk_tree_list_model_new (G_LIST_MODEL (g_object_ref (years->len > 0 ? self->years : self->periods)), FALSE,
                                  FALSE, create_periods, self, NULL);
  gtk_single_selection_set_model (GTK_SINGLE_SELECTION (model), G_LIST_MODEL (tree));
  g_object_unref (tree);
  return TRUE;
}

void
mu_scenario_page_show_schedule (MuScenarioPage *self)
{
  guint n = self->result != NULL ? self->result->n_periods : 0;

  shape_rows (self);
  g_signal_emit_by_name (self, "results-changed");
  mu_scenario_page_select_period (self, MIN (MAX (self->period, 1), n));
}

void
mu_scenario_page_schedule_init (MuScenarioPage *self)
{
  GtkSingleSelection *selection;

  self->periods = g_list_store_new (MU_TYPE_SCHEDULE_ITEM);
  self->years = g_list_store_new (MU_TYPE_SCHEDULE_ITEM);
  selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (selection, FALSE);
  g_signal_connect (selection, "selection-changed", G_CALLBACK (on_selection_changed), self);
  gtk_column_view_set_model (self->schedule_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  for (Column c = 0; c < N_COLUMNS; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_object_set_data (G_OBJECT (factory), "page", self);
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GINT_TO_POINTER (c));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GINT_TO_POINTER (c));
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), GINT_TO_POINTER (c));
      column = gtk_column_view_column_new (_(column_titles[c]), factory);
      gtk_column_view_column_set_expand (column, c == COLUMN_DATES);
      gtk_column_view_append_column (self->schedule_view, column);
      g_object_unref (column);
    }
  shape_rows (self);
}
