/* mu-scenario-page-results.c — the schedule table and the findings list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "mu-input.h"
#include "mu-scenario-page-private.h"

/* One row of the schedule: the period it stands for. */
#define MU_TYPE_PERIOD_ITEM (mu_period_item_get_type ())
G_DECLARE_FINAL_TYPE (MuPeriodItem, mu_period_item, MU, PERIOD_ITEM, GObject)

struct _MuPeriodItem
{
  GObject parent_instance;
  guint   period;
};

G_DEFINE_FINAL_TYPE (MuPeriodItem, mu_period_item, G_TYPE_OBJECT)

static void
mu_period_item_class_init (MuPeriodItemClass *klass)
{
}

static void
mu_period_item_init (MuPeriodItem *self)
{
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
cell_text (MuScenarioPage *self,
           Column          column,
           guint           t)
{
  const MuResult *r = self->result;
  const MuPeriodResult *row;
  guint exponent;

  if (r == NULL || t == 0 || t > r->n_periods)
    return g_strdup ("");
  row = &r->periods[t - 1];
  exponent = mu_scenario_get_exponent (self->scenario);

  switch (column)
    {
    case COLUMN_PERIOD:
      return g_strdup_printf ("%u", t);
    case COLUMN_DATES:
      {
        char start[32], end[32];

        g_date_strftime (start, sizeof start, "%x", &row->start);
        g_date_strftime (end, sizeof end, "%x", &row->end);
        return g_strdup_printf ("%s – %s", start, end);
      }
    case COLUMN_PROFIT:
      return mu_input_format_amount (row->profit, exponent);
    case COLUMN_BUYOUT:
      return mu_input_format_amount (row->buyout, exponent);
    case COLUMN_RENT:
      return mu_input_format_amount (row->rent, exponent);
    case COLUMN_BANK_SHARE:
      return r->bank < 0 ? g_strdup ("—") : mu_chart_format_percent (mu_result_ownership_percent (r, t, r->bank));
    case COLUMN_BANK_RECEIVES:
    case N_COLUMNS:
    default:
      return r->bank < 0 ? g_strdup ("—") : mu_input_format_amount (mu_result_get (r, t, r->bank)->paid, exponent);
    }
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
  gtk_list_item_set_child (item, label);
}

static void
update_cell (GtkListItem *item)
{
  MuScenarioPage *self = g_object_get_data (G_OBJECT (item), "page");
  MuPeriodItem *period = gtk_list_item_get_item (item);
  g_autofree char *text = NULL;

  if (period == NULL)
    return;
  text = cell_text (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (item), "column")), period->period);
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

/* A bound cell follows the schedule: a new schedule of the same length
 * only refreshes the cells on screen, instead of rebuilding the rows. */
static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  data)
{
  MuScenarioPage *self = g_object_get_data (G_OBJECT (factory), "page");
  gulong handler;

  g_object_set_data (G_OBJECT (item), "page", self);
  g_object_set_data (G_OBJECT (item), "column", data);
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
}

static void
on_selection_changed (GtkSelectionModel *model,
                      guint              position,
                      guint              n_items,
                      MuScenarioPage    *self)
{
  guint selected = gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (model));

  if (selected == GTK_INVALID_LIST_POSITION)
    return;
  self->period = selected + 1;
  mu_chart_view_set_period (self->shares_chart, self->period);
  mu_chart_view_set_period (self->equity_chart, self->period);
  mu_chart_view_set_period (self->profit_chart, self->period);
}

void
mu_scenario_page_select_period (MuScenarioPage *self,
                                guint           period)
{
  GtkSelectionModel *model = gtk_column_view_get_model (self->schedule_view);

  g_return_if_fail (MU_IS_SCENARIO_PAGE (self));
  if (period == 0 || self->result == NULL || period > self->result->n_periods)
    return;
  gtk_selection_model_select_item (model, period - 1, TRUE);
}

static void
on_period_activated (MuChartView    *chart,
                     guint           period,
                     MuScenarioPage *self)
{
  mu_scenario_page_select_period (self, period);
}

static const char *
severity_icon (MuSeverity severity)
{
  switch (severity)
    {
    case MU_SEVERITY_ERROR:
      return "dialog-error-symbolic";
    case MU_SEVERITY_WARNING:
      return "dialog-warning-symbolic";
    case MU_SEVERITY_INFO:
    default:
      return "dialog-information-symbolic";
    }
}

static void
on_finding_activated (GtkListBox     *list,
                      GtkListBoxRow  *row,
                      MuScenarioPage *self)
{
  const char *field = g_object_get_data (G_OBJECT (row), "field");

  if (field != NULL)
    mu_scenario_page_focus_field (self, field);
}

/* What the findings list shows, to tell whether an edit changed it. */
static char *
findings_key (MuScenarioPage *self)
{
  GString *key = g_string_new (NULL);

  if (self->result == NULL)
    return g_string_free (key, FALSE);
  g_string_append_printf (key, "%d\x1f", self->scenario->school);
  for (guint i = 0; i < self->result->findings->len; i++)
    {
      const MuFinding *f = g_ptr_array_index (self->result->findings, i);

      g_string_append_printf (key, "%s\x1f%d\x1f%s\x1f%s\x1f%s\x1e", f->rule, f->severity, f->field, f->message,
                              f->source);
    }
  return g_string_free (key, FALSE);
}

static void
show_findings (MuScenarioPage *self)
{
  g_autofree char *key = findings_key (self);
  GtkWidget *child;

  /* Typing usually leaves the findings as they were: keep their rows. */
  if (g_strcmp0 (key, self->findings_key) == 0)
    return;
  g_free (self->findings_key);
  self->findings_key = g_steal_pointer (&key);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->findings_list))) != NULL)
    gtk_list_box_remove (self->findings_list, child);

  if (self->result == NULL)
    return;

  if (self->result->findings->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_strdup_printf (_("No findings under the %s school"),
                                                mu_school_get_label (self->scenario->school));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("emblem-ok-symbolic"));
      gtk_list_box_append (self->findings_list, row);
      return;
    }

  for (guint i = 0; i < self->result->findings->len; i++)
    {
      const MuFinding *finding = g_ptr_array_index (self->result->findings, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name (severity_icon (finding->severity));
      g_autofree char *message = g_markup_escape_text (finding->message, -1);
      g_autofree char *source = g_markup_escape_text (finding->source, -1);
      g_autofree char *subtitle = g_strdup_printf ("%s\n<small>%s</small>", message, source);

      gtk_widget_add_css_class (icon, finding->severity == MU_SEVERITY_ERROR ? "error"
                                      : finding->severity == MU_SEVERITY_WARNING ? "warning" : "accent");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), mu_rule_get_title (finding->rule));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_tooltip_text (row, _("Go to the field to fix"));
      g_object_set_data_full (G_OBJECT (row), "field", g_strdup (finding->field), g_free);
      gtk_list_box_append (self->findings_list, row);
    }
}

void
mu_scenario_page_show_results (MuScenarioPage *self)
{
  guint n = self->result != NULL ? self->result->n_periods : 0;
  guint old = g_list_model_get_n_items (G_LIST_MODEL (self->periods));

  /* Rows stand for periods: only a change in their number adds or
   * removes rows; the cells on screen read the new schedule. */
  if (n < old)
    g_list_store_splice (self->periods, n, old - n, NULL, 0);
  else if (n > old)
    {
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint t = old + 1; t <= n; t++)
        {
          MuPeriodItem *item = g_object_new (MU_TYPE_PERIOD_ITEM, NULL);

          item->period = t;
          g_ptr_array_add (items, item);
        }
      g_list_store_splice (self->periods, old, 0, items->pdata, items->len);
    }
  g_signal_emit_by_name (self, "results-changed");
  mu_scenario_page_select_period (self, MIN (MAX (self->period, 1), n));
  show_findings (self);
}

void
mu_scenario_page_results_init (MuScenarioPage *self)
{
  GtkSingleSelection *selection;

  self->periods = g_list_store_new (MU_TYPE_PERIOD_ITEM);
  selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->periods)));
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

  g_signal_connect (self->findings_list, "row-activated", G_CALLBACK (on_finding_activated), self);
  g_signal_connect (self->equity_chart, "period-activated", G_CALLBACK (on_period_activated), self);
  g_signal_connect (self->profit_chart, "period-activated", G_CALLBACK (on_period_activated), self);
}

static void
focus_row (GtkWidget *row)
{
  GtkWidget *parent;

  /* Open the expanders it sits in, then give it the keyboard. */
  for (parent = gtk_widget_get_parent (row); parent != NULL; parent = gtk_widget_get_parent (parent))
    if (ADW_IS_EXPANDER_ROW (parent))
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (parent), TRUE);
  gtk_widget_set_visible (row, TRUE);
  gtk_widget_grab_focus (row);
}

/* Takes the user to the editor of @field, a path as the findings and the
 * exchange files name it: "partners[1].profit_share", "financing.rent". */
gboolean
mu_scenario_page_focus_field (MuScenarioPage *self,
                              const char     *field)
{
  guint index = 0;
  const char *rest;

  g_return_val_if_fail (MU_IS_SCENARIO_PAGE (self), FALSE);
  g_return_val_if_fail (field != NULL, FALSE);

  if (g_str_has_prefix (field, "partners"))
    {
      PartnerWidgets *w;

      if (sscanf (field, "partners[%u]", &index) != 1)
        index = 0;
      if (index >= self->partners->len)
        return FALSE;
      w = mu_scenario_page_get_partner_widgets (self, index);
      adw_expander_row_set_expanded (w->row, TRUE);
      rest = strchr (field, '.');
      if (rest != NULL && g_str_has_prefix (rest, ".profit_share"))
        focus_row (adw_combo_row_get_selected (w->share_mode) == 1 ? GTK_WIDGET (w->share) : GTK_WIDGET (w->share_mode));
      else if (rest != NULL && g_str_has_prefix (rest, ".contributions"))
        focus_row (GTK_WIDGET (strstr (rest, "[0]") != NULL ? w->cash : w->asset_value));
      else
        focus_row (GTK_WIDGET (w->name));
      return TRUE;
    }

  if (g_str_has_prefix (field, "financing"))
    {
      GtkWidget *target;

      mu_scenario_page_ensure_financing (self);
      target = GTK_WIDGET (self->financing_row);

      if (g_str_has_suffix (field, "unit_price"))
        target = GTK_WIDGET (self->price_row);
      else if (g_str_has_suffix (field, "buyout_binding"))
        target = GTK_WIDGET (self->binding_switch);
      else if (g_str_has_suffix (field, "late_interest"))
        target = GTK_WIDGET (self->late_switch);
      else if (g_str_has_suffix (field, "rent"))
        target = GTK_WIDGET (self->rent_row);
      else if (g_str_has_suffix (field, "depreciation"))
        target = GTK_WIDGET (self->depreciation_row);
      adw_expander_row_set_expanded (self->financing_row, TRUE);
      focus_row (target);
      return TRUE;
    }

  if (g_str_has_prefix (field, "balance"))
    {
      mu_scenario_page_ensure_balance (self);
      focus_row (GTK_WIDGET (self->total_assets_row));
    }
  else if (g_str_has_prefix (field, "profit"))
    focus_row (GTK_WIDGET (self->profit_row));
  else if (g_str_equal (field, "currency"))
    focus_row (GTK_WIDGET (self->currency_row));
  else if (g_str_equal (field, "start"))
    focus_row (GTK_WIDGET (self->start_row));
  else if (g_str_equal (field, "periods"))
    focus_row (GTK_WIDGET (self->periods_spin));
  else
    focus_row (GTK_WIDGET (self->name_row));
  return TRUE;
}
