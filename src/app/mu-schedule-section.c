/* mu-schedule-section.c — the schedule table, and the period chosen in it
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
 * Below the periods, a row of who owns what once the last buyout is
 * paid — the bank at 0 % — and the totals (mu-schedule-row.c says what
 * each cell of a row says). The columns of losses and of costs show only
 * when the scenario has some.
 *
 * The section keeps the period the user chose, selects it again in each
 * new schedule, and says when it changes ("notify::period"), for the
 * charts to show the same one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-compat.h"
#include "mu-resources.h"
#include "mu-schedule-row.h"
#include "mu-schedule-section.h"

/* Grouped by year above this many periods. */
#define MAX_FLAT_PERIODS 24

struct _MuScheduleSection
{
  MuSection      parent_instance;

  GtkColumnView       *view;
  GtkColumnViewColumn *columns[MU_SCHEDULE_N_COLUMNS];

  MuResult      *result;    /* the schedule shown, a reference; NULL when there is none */
  guint          exponent;  /* of its currency */
  GListStore    *periods;   /* the rows of periods, all of them */
  GListStore    *years;     /* its rows of years, when it is grouped by year */
  GListStore    *ends;      /* the rows below them: ownership after the last buyout, totals */
  char          *shape;     /* what the rows stand for */
  GPtrArray     *bound;     /* the GtkListItems showing a row, refreshed by a new schedule */
  guint          period;    /* the one chosen, 1-based */
};

G_DEFINE_FINAL_TYPE (MuScheduleSection, mu_schedule_section, MU_TYPE_SECTION)

enum {
  PROP_0,
  PROP_PERIOD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  data)
{
  MuScheduleColumn column = GPOINTER_TO_INT (data);
  GtkWidget *label = gtk_label_new (NULL);

  g_object_set_data (G_OBJECT (item), "column", data);
  gtk_label_set_xalign (GTK_LABEL (label), column <= MU_SCHEDULE_COLUMN_DATES ? 0.0 : 1.0);
  gtk_widget_add_css_class (label, "numeric");
  if (column == MU_SCHEDULE_COLUMN_PERIOD)
    {
      /* A year's row opens and closes on its first cell. */
      GtkWidget *expander = gtk_tree_expander_new ();

      gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), label);
      gtk_list_item_set_child (item, expander);
    }
  else
    gtk_list_item_set_child (item, label);
}

/* The totals in bold, but for their dates, the widest cell of all.
 * Cells are reused for other rows: their style is set each time, if it
 * changes. */
static void
style_cell (GtkLabel          *label,
            MuScheduleColumn   column,
            MuScheduleRowKind  kind)
{
  gboolean bold = kind == MU_SCHEDULE_ROW_TOTAL && column != MU_SCHEDULE_COLUMN_DATES;
  PangoAttrList *attributes;

  if (bold == GPOINTER_TO_INT (g_object_get_data (G_OBJECT (label), "bold")))
    return;
  attributes = bold ? pango_attr_list_new () : NULL;
  if (bold)
    pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  gtk_label_set_attributes (label, attributes);
  g_clear_pointer (&attributes, pango_attr_list_unref);
  g_object_set_data (G_OBJECT (label), "bold", GINT_TO_POINTER (bold));
}

static void
update_cell (MuScheduleSection *self,
             GtkListItem       *list_item)
{
  MuScheduleColumn column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (list_item), "column"));
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  g_autoptr(MuScheduleRow) item = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;
  GtkWidget *label = gtk_list_item_get_child (list_item);
  g_autofree char *text = NULL;

  if (item == NULL)
    return;
  if (column == MU_SCHEDULE_COLUMN_PERIOD)
    label = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (label));
  text = mu_schedule_row_text (item, column, self->result, self->exponent);
  gtk_label_set_text (GTK_LABEL (label), text);
  style_cell (GTK_LABEL (label), column, item->kind);
}

/* A bound cell follows the schedule: a new one of the same shape only
 * refreshes the cells on screen, instead of rebuilding the rows. */
static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  data)
{
  MuScheduleSection *self = g_object_get_data (G_OBJECT (factory), "section");

  if (GPOINTER_TO_INT (data) == MU_SCHEDULE_COLUMN_PERIOD)
    {
      GtkTreeExpander *expander = GTK_TREE_EXPANDER (gtk_list_item_get_child (item));

      gtk_tree_expander_set_list_row (expander, gtk_list_item_get_item (item));
      /* Periods alone leave no room for an arrow none of them has. */
      gtk_tree_expander_set_indent_for_icon (expander, g_list_model_get_n_items (G_LIST_MODEL (self->years)) > 0);
    }
  g_ptr_array_add (self->bound, item);
  update_cell (self, item);
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  data)
{
  MuScheduleSection *self = g_object_get_data (G_OBJECT (factory), "section");

  g_ptr_array_remove_fast (self->bound, item);
  if (GPOINTER_TO_INT (data) == MU_SCHEDULE_COLUMN_PERIOD)
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (gtk_list_item_get_child (item)), NULL);
}

/* A year's row opens onto its periods, a slice of the list of them all. */
static GListModel *
create_periods (gpointer item,
                gpointer data)
{
  MuScheduleSection *self = data;
  MuScheduleRow *year = item;

  if (year->kind != MU_SCHEDULE_ROW_YEAR)
    return NULL;
  return G_LIST_MODEL (gtk_slice_list_model_new (G_LIST_MODEL (g_object_ref (self->periods)), year->first - 1,
                                                 year->last - year->first + 1));
}

static void
set_period (MuScheduleSection *self,
            guint              period)
{
  if (self->period == period)
    return;
  self->period = period;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD]);
}

static void
on_selection_changed (GtkSelectionModel *model,
                      guint              position,
                      guint              n_items,
                      MuScheduleSection *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (model));
  g_autoptr(MuScheduleRow) item = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;

  /* A year's row, the totals or the ownership at the end are not a
   * period: the charts keep the one they show. */
  if (item == NULL || item->kind != MU_SCHEDULE_ROW_PERIOD)
    return;
  set_period (self, item->first);
}

/* The rows of years of @result's periods, if there are more than
 * MAX_FLAT_PERIODS of them; none otherwise. */
static GPtrArray *
group_years (const MuResult *result)
{
  GPtrArray *years = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = result != NULL ? result->n_periods : 0;

  if (n <= MAX_FLAT_PERIODS)
    return years;
  for (guint t = 1; t <= n; t++)
    {
      guint year = g_date_get_year (&result->periods[t - 1].start);

      if (years->len == 0 || ((MuScheduleRow *) g_ptr_array_index (years, years->len - 1))->year != year)
        g_ptr_array_add (years, mu_schedule_row_new (MU_SCHEDULE_ROW_YEAR, t, t, year));
      ((MuScheduleRow *) g_ptr_array_index (years, years->len - 1))->last = t;
    }
  return years;
}

/* The rows below the periods: who owns what once the last buyout is
 * paid, when there is a bank, and the totals. */
static GPtrArray *
end_rows (const MuResult *result)
{
  GPtrArray *ends = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = result != NULL ? result->n_periods : 0;

  if (n == 0)
    return ends;
  if (result->bank >= 0)
    g_ptr_array_add (ends, mu_schedule_row_new (MU_SCHEDULE_ROW_OWNED, n, n, 0));
  g_ptr_array_add (ends, mu_schedule_row_new (MU_SCHEDULE_ROW_TOTAL, 1, n, 0));
  return ends;
}

/* What the rows stand for, as a string: "4 owned total", or the years'. */
static char *
rows_shape (guint      n,
            GPtrArray *years,
            GPtrArray *ends)
{
  GString *shape = g_string_new (NULL);

  g_string_append_printf (shape, "%u", n);
  for (guint y = 0; y < years->len; y++)
    {
      MuScheduleRow *year = g_ptr_array_index (years, y);

      g_string_append_printf (shape, " %u:%u-%u", year->year, year->first, year->last);
    }
  for (guint e = 0; e < ends->len; e++)
    g_string_append (shape, ((MuScheduleRow *) g_ptr_array_index (ends, e))->kind == MU_SCHEDULE_ROW_OWNED ? " owned"
                                                                                                        : " total");
  return g_string_free (shape, FALSE);
}

static void
replace_rows (GListStore *store,
              GPtrArray  *rows)
{
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), rows->pdata, rows->len);
}

/* The rows for self->result: a row a period, or above MAX_FLAT_PERIODS a
 * row a year opening onto them; then the rows of its end. Returns TRUE
 * if the rows changed. */
static gboolean
shape_rows (MuScheduleSection *self)
{
  guint n = self->result != NULL ? self->result->n_periods : 0;
  g_autoptr(GPtrArray) periods = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) years = group_years (self->result);
  g_autoptr(GPtrArray) ends = end_rows (self->result);
  g_autofree char *shape = rows_shape (n, years, ends);
  GtkSelectionModel *model = gtk_column_view_get_model (self->view);
  GListStore *parts;
  g_autoptr(GtkTreeListModel) tree = NULL;

  if (g_strcmp0 (shape, self->shape) == 0)
    return FALSE;
  g_free (self->shape);
  self->shape = g_steal_pointer (&shape);

  /* Let go of the rows first, or the table builds them for the old shape. */
  gtk_single_selection_set_model (GTK_SINGLE_SELECTION (model), NULL);
  for (guint t = 1; t <= n; t++)
    g_ptr_array_add (periods, mu_schedule_row_new (MU_SCHEDULE_ROW_PERIOD, t, t, 0));
  replace_rows (self->periods, periods);
  replace_rows (self->years, years);
  replace_rows (self->ends, ends);
  parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (parts, years->len > 0 ? self->years : self->periods);
  g_list_store_append (parts, self->ends);
  tree = gtk_tree_list_model_new (G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (parts))), FALSE, FALSE,
                                  create_periods, self, NULL);
  gtk_single_selection_set_model (GTK_SINGLE_SELECTION (model), G_LIST_MODEL (tree));
  return TRUE;
}

/* Where @period's row is in the table, its year's row opened if the
 * schedule is grouped by year. */
static guint
open_period (MuScheduleSection *self,
             guint              period)
{
  GtkSelectionModel *model = gtk_column_view_get_model (self->view);
  GtkTreeListModel *tree = GTK_TREE_LIST_MODEL (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (model)));
  guint n_years = g_list_model_get_n_items (G_LIST_MODEL (self->years));

  for (guint y = 0; tree != NULL && y < n_years; y++)
    {
      g_autoptr(MuScheduleRow) year = g_list_model_get_item (G_LIST_MODEL (self->years), y);
      g_autoptr(GtkTreeListRow) row = NULL;

      if (period < year->first || period > year->last)
        continue;
      row = gtk_tree_list_model_get_child_row (tree, y);
      gtk_tree_list_row_set_expanded (row, TRUE);
      return gtk_tree_list_row_get_position (row) + 1 + (period - year->first);
    }
  return period - 1;
}

/* Brings the row at @position into view. */
static void
scroll_to (MuScheduleSection *self,
           guint              position)
{
#if GTK_CHECK_VERSION (4, 12, 0)
  MU_BEGIN_NEWER_API
  gtk_column_view_scroll_to (self->view, position, NULL, GTK_LIST_SCROLL_NONE, NULL);
  MU_END_NEWER_API
#else
  /* Before GTK 4.12 a column view scrolls only through the action of the
   * list view it shows its rows in. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
#endif
}

/* Selects @period's row, and if @scroll brings it into view. */
static void
select_period (MuScheduleSection *self,
               guint              period,
               gboolean           scroll)
{
  guint position;

  if (period == 0 || self->result == NULL || period > self->result->n_periods)
    return;
  position = open_period (self, period);
  gtk_selection_model_select_item (gtk_column_view_get_model (self->view), position, TRUE);
  if (scroll)
    scroll_to (self, position);
  set_period (self, period);
}

/* A new schedule: kept, shown in the rows of its shape, the chosen period
 * selected again, or the first if it has no longer as many. */
static void
on_result_changed (MuScheduleSection *self)
{
  MuScenarioDocument *document = mu_section_get_document (MU_SECTION (self));
  MuResult *result = mu_scenario_document_get_result (document);

  /* The document keeps its result until the next edit: a reference of
   * our own keeps the one the cells show. */
  g_clear_pointer (&self->result, mu_result_unref);
  self->result = result != NULL ? mu_result_ref (result) : NULL;
  self->exponent = mu_scenario_get_exponent (mu_scenario_document_get_scenario (document));

  shape_rows (self);
  for (MuScheduleColumn c = 0; c < MU_SCHEDULE_N_COLUMNS; c++)
    gtk_column_view_column_set_visible (self->columns[c], mu_schedule_column_is_shown (c, result));
  for (guint i = 0; i < self->bound->len; i++)
    update_cell (self, g_ptr_array_index (self->bound, i));
  if (result == NULL)
    return;
  if (self->period == 0 || self->period > result->n_periods)
    set_period (self, 1);
  /* Where the user left the table: an edit does not scroll it. */
  select_period (self, self->period, FALSE);
}

static void
mu_schedule_section_dispose (GObject *object)
{
  MuScheduleSection *self = MU_SCHEDULE_SECTION (object);

  g_clear_pointer (&self->result, mu_result_unref);
  G_OBJECT_CLASS (mu_schedule_section_parent_class)->dispose (object);
}

/* The table, disposed by MuSection after this section's own dispose,
 * unbinds its cells then: what they use goes only now. */
static void
mu_schedule_section_finalize (GObject *object)
{
  MuScheduleSection *self = MU_SCHEDULE_SECTION (object);

  g_clear_object (&self->periods);
  g_clear_object (&self->years);
  g_clear_object (&self->ends);
  g_clear_pointer (&self->shape, g_free);
  g_clear_pointer (&self->bound, g_ptr_array_unref);
  G_OBJECT_CLASS (mu_schedule_section_parent_class)->finalize (object);
}

static void
mu_schedule_section_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_PERIOD:
      g_value_set_uint (value, mu_schedule_section_get_period (MU_SCHEDULE_SECTION (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mu_schedule_section_load (MuSection *section)
{
  on_result_changed (MU_SCHEDULE_SECTION (section));
}

static void
mu_schedule_section_class_init (MuScheduleSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* From a static library the resources are linked in only if referred
   * to; their constructor registers them. */
  (void) mu_get_resource ();

  object_class->dispose = mu_schedule_section_dispose;
  object_class->finalize = mu_schedule_section_finalize;
  object_class->get_property = mu_schedule_section_get_property;
  MU_SECTION_CLASS (klass)->load = mu_schedule_section_load;

  /* The period chosen in the table, or with select_period(), 1-based. */
  properties[PROP_PERIOD] = g_param_spec_uint ("period", NULL, NULL, 0, G_MAXUINT, 1,
                                               G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/musharaka/Musharaka/mu-schedule-section.ui");
  gtk_widget_class_bind_template_child (widget_class, MuScheduleSection, view);
}

static void
add_columns (MuScheduleSection *self)
{
  for (MuScheduleColumn c = 0; c < MU_SCHEDULE_N_COLUMNS; c++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_object_set_data (G_OBJECT (factory), "section", self);
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GINT_TO_POINTER (c));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GINT_TO_POINTER (c));
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), GINT_TO_POINTER (c));
      column = gtk_column_view_column_new (mu_schedule_column_title (c), g_steal_pointer (&factory));
      gtk_column_view_column_set_expand (column, c == MU_SCHEDULE_COLUMN_DATES);
      gtk_column_view_column_set_visible (column, mu_schedule_column_is_shown (c, NULL));
      gtk_column_view_append_column (self->view, column);
      /* The table holds the column as long as the section. */
      self->columns[c] = column;
    }
}

static void
mu_schedule_section_init (MuScheduleSection *self)
{
  g_autoptr(GtkSingleSelection) selection = gtk_single_selection_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->periods = g_list_store_new (MU_TYPE_SCHEDULE_ROW);
  self->years = g_list_store_new (MU_TYPE_SCHEDULE_ROW);
  self->ends = g_list_store_new (MU_TYPE_SCHEDULE_ROW);
  self->bound = g_ptr_array_new ();
  self->period = 1;

  gtk_single_selection_set_autoselect (selection, FALSE);
  g_signal_connect_object (selection, "selection-changed", G_CALLBACK (on_selection_changed), self, 0);
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (selection));
  add_columns (self);
  shape_rows (self);
  mu_section_watch (MU_SECTION (self), MU_DOCUMENT_RESULT, G_CALLBACK (on_result_changed));
}

MuScheduleSection *
mu_schedule_section_new (void)
{
  return g_object_new (MU_TYPE_SCHEDULE_SECTION, NULL);
}

/* Chooses @period, 1-based: its row is selected, its year's opened if
 * the schedule is grouped by year, and brought into view. */
void
mu_schedule_section_select_period (MuScheduleSection *self,
                                   guint              period)
{
  g_return_if_fail (MU_IS_SCHEDULE_SECTION (self));
  select_period (self, period, TRUE);
}

guint
mu_schedule_section_get_period (MuScheduleSection *self)
{
  g_return_val_if_fail (MU_IS_SCHEDULE_SECTION (self), 0);
  return self->period;
}

/* The table, for the tests. */
GtkColumnView *
mu_schedule_section_get_view (MuScheduleSection *self)
{
  g_return_val_if_fail (MU_IS_SCHEDULE_SECTION (self), NULL);
  return self->view;
}

/* The rows of periods, all of them, grouped by year or not: for the
 * tests. */
GListModel *
mu_schedule_section_get_rows (MuScheduleSection *self)
{
  g_return_val_if_fail (MU_IS_SCHEDULE_SECTION (self), NULL);
  return G_LIST_MODEL (self->periods);
}

/* Its rows of years, none when it is a row a period: for the tests. */
GListModel *
mu_schedule_section_get_years (MuScheduleSection *self)
{
  g_return_val_if_fail (MU_IS_SCHEDULE_SECTION (self), NULL);
  return G_LIST_MODEL (self->years);
}

/* The rows below the periods — the ownership after the last buyout when
 * there is a bank, then the totals — for the tests. */
GListModel *
mu_schedule_section_get_end_rows (MuScheduleSection *self)
{
  g_return_val_if_fail (MU_IS_SCHEDULE_SECTION (self), NULL);
  return G_LIST_MODEL (self->ends);
}

/* What @row's cell of @column says, as the table shows it: for the
 * tests. */
char *
mu_schedule_section_dup_text (MuScheduleSection *self,
                              MuScheduleRow     *row,
                              MuScheduleColumn   column)
{
  g_return_val_if_fail (MU_IS_SCHEDULE_SECTION (self), NULL);
  g_return_val_if_fail (MU_IS_SCHEDULE_ROW (row), NULL);
  return mu_schedule_row_text (row, column, self->result, self->exponent);
}
