/* mu-compare-window.c — several scenarios side by side: their bank-equity
 * curves on one chart and the figures an owner weighs them by
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-resources.h"

#include "mu-chart.h"
#include "mu-compare-window.h"
#include "mu-figures.h"
#include "mu-input.h"
#include "mu-toolbar-view.h"

struct _MuCompareWindow
{
  AdwWindow       parent_instance;

  GtkWidget      *header_bar;
  GtkWidget      *body;
  GtkListBox     *scenario_list;
  GtkDrawingArea *chart;
  GtkGrid        *figures;

  MuStore        *store;
  GPtrArray      *uuids;      /* chosen, in the order chosen */
  GPtrArray      *scenarios;  /* of MuScenario*, as uuids */
  GPtrArray      *results;    /* of MuResult*, as uuids */
};

G_DEFINE_FINAL_TYPE (MuCompareWindow, mu_compare_window, ADW_TYPE_WINDOW)

static void
draw_chart (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        data)
{
  MuCompareWindow *self = MU_COMPARE_WINDOW (data);
  AdwStyleManager *manager = adw_style_manager_get_default ();
  MuChartStyle style;

  mu_chart_style_init (&style, adw_style_manager_get_high_contrast (manager) ? MU_CHART_THEME_HIGH_CONTRAST
                               : adw_style_manager_get_dark (manager) ? MU_CHART_THEME_DARK : MU_CHART_THEME_LIGHT);
  style.rtl = gtk_widget_get_direction (GTK_WIDGET (area)) == GTK_TEXT_DIR_RTL;
  style.font_family = "Cantarell";
  style.font_size = 12;
  mu_chart_draw_compare (cr, width, height, (const MuScenario **) self->scenarios->pdata,
                         (const MuResult **) self->results->pdata, self->scenarios->len, &style);
}

static GtkWidget *
figure_label (const char *text,
              gboolean    heading,
              gboolean    number)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), number ? 1.0 : 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  if (number)
    gtk_widget_add_css_class (label, "numeric");
  return label;
}

/* An amount as the form writes it, with the currency's code. */
static char *
money_text (MuMoney           amount,
            const MuScenario *scenario)
{
  g_autofree char *text = mu_input_format_amount (amount, mu_scenario_get_exponent (scenario));

  return g_strdup_printf ("%s %s", text, scenario->currency);
}

/* One scenario's row: the key figures of its deal as the page, the
 * report and the CLI give them, and how many errors it has. A scenario
 * without financing (or with figures too large to compute) has none. */
static void
attach_figures_row (MuCompareWindow  *self,
                    guint             row,
                    const MuScenario *scenario,
                    const MuResult   *result)
{
  g_autoptr(MuFigures) figures = mu_figures_compute (scenario, result, NULL);
  gboolean financed = figures != NULL && figures->has_financing;
  g_autofree char *income = financed ? money_text (figures->bank_income, scenario) : g_strdup ("—");
  g_autofree char *outlay = financed ? money_text (figures->buyers_paid, scenario) : g_strdup ("—");
  g_autofree char *errors_text = NULL;
  char last[64] = "—";
  guint errors = 0;

  if (financed && figures->last_buyout > 0)
    g_date_strftime (last, sizeof last, "%x", &result->periods[figures->last_buyout - 1].end);
  for (guint f = 0; f < result->findings->len; f++)
    errors += ((MuFinding *) g_ptr_array_index (result->findings, f))->severity == MU_SEVERITY_ERROR;
  errors_text = errors == 0 ? g_strdup (_("None")) : g_strdup_printf ("%u", errors);

  gtk_grid_attach (self->figures, figure_label (scenario->name, FALSE, FALSE), 0, row, 1, 1);
  gtk_grid_attach (self->figures, figure_label (income, FALSE, TRUE), 1, row, 1, 1);
  gtk_grid_attach (self->figures, figure_label (outlay, FALSE, TRUE), 2, row, 1, 1);
  gtk_grid_attach (self->figures, figure_label (last, FALSE, TRUE), 3, row, 1, 1);
  gtk_grid_attach (self->figures, figure_label (errors_text, FALSE, TRUE), 4, row, 1, 1);
}

/* The bank's income beyond its capital returned, what the buyers pay in
 * all, when the last unit is bought, and how many errors the deal has. */
static void
show_figures (MuCompareWindow *self)
{
  static const char *headings[] = { N_("Scenario"), N_("Bank’s income"), N_("Buyers pay in all"),
                                    N_("Last buyout"), N_("Errors") };
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->figures))) != NULL)
    gtk_grid_remove (self->figures, child);
  if (self->scenarios->len == 0)
    return;

  for (guint c = 0; c < G_N_ELEMENTS (headings); c++)
    gtk_grid_attach (self->figures, figure_label (_(headings[c]), TRUE, c > 0), c, 0, 1, 1);

  for (guint i = 0; i < self->scenarios->len; i++)
    if (g_ptr_array_index (self->results, i) != NULL)
      attach_figures_row (self, i + 1, g_ptr_array_index (self->scenarios, i), g_ptr_array_index (self->results, i));
}

static void
refresh (MuCompareWindow *self)
{
  g_ptr_array_set_size (self->scenarios, 0);
  g_ptr_array_set_size (self->results, 0);
  for (guint i = 0; i < self->uuids->len; i++)
    {
      g_autoptr(GError) error = NULL;
      MuScenario *scenario = mu_store_load (self->store, g_ptr_array_index (self->uuids, i), &error);

      if (scenario == NULL)
        continue;
      g_ptr_array_add (self->scenarios, scenario);
      g_ptr_array_add (self->results, mu_engine_run (scenario, NULL));
    }
  show_figures (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->chart));
}

void
mu_compare_window_choose (MuCompareWindow *self,
                          const char      *uuid,
                          gboolean         chosen)
{
  guint index;
  gboolean found = g_ptr_array_find_with_equal_func (self->uuids, uuid, g_str_equal, &index);

  g_return_if_fail (MU_IS_COMPARE_WINDOW (self));

  if (chosen == found)
    return;
  if (chosen)
    g_ptr_array_add (self->uuids, g_strdup (uuid));
  else
    g_ptr_array_remove_index (self->uuids, index);

  /* The list shows what is chosen, however it was chosen. */
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->scenario_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkCheckButton *check = g_object_get_data (G_OBJECT (row), "check");

      if (check != NULL && g_strcmp0 (g_object_get_data (G_OBJECT (check), "uuid"), uuid) == 0)
        gtk_check_button_set_active (check, chosen);
    }
  refresh (self);
}

guint
mu_compare_window_get_n_chosen (MuCompareWindow *self)
{
  g_return_val_if_fail (MU_IS_COMPARE_WINDOW (self), 0);
  return self->scenarios->len;
}

static void
on_check_toggled (GtkCheckButton  *check,
                  MuCompareWindow *self)
{
  mu_compare_window_choose (self, g_object_get_data (G_OBJECT (check), "uuid"), gtk_check_button_get_active (check));
}

static void
mu_compare_window_finalize (GObject *object)
{
  MuCompareWindow *self = MU_COMPARE_WINDOW (object);

  g_ptr_array_unref (self->uuids);
  g_ptr_array_unref (self->results);
  g_ptr_array_unref (self->scenarios);
  G_OBJECT_CLASS (mu_compare_window_parent_class)->finalize (object);
}

static void
mu_compare_window_class_init (MuCompareWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* From a static library the resources are linked in only if referred
   * to; their constructor registers them. */
  (void) mu_get_resource ();

  object_class->finalize = mu_compare_window_finalize;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/musharaka/Musharaka/mu-compare-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MuCompareWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, MuCompareWindow, body);
  gtk_widget_class_bind_template_child (widget_class, MuCompareWindow, scenario_list);
  gtk_widget_class_bind_template_child (widget_class, MuCompareWindow, chart);
  gtk_widget_class_bind_template_child (widget_class, MuCompareWindow, figures);
}

static void
mu_compare_window_init (MuCompareWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  adw_window_set_content (ADW_WINDOW (self), mu_toolbar_view_new (self->header_bar, self->body));
  self->uuids = g_ptr_array_new_with_free_func (g_free);
  self->scenarios = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_scenario_free);
  self->results = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_result_free);
  gtk_drawing_area_set_draw_func (self->chart, draw_chart, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The bank’s share of ownership in each chosen scenario"), -1);
}

MuCompareWindow *
mu_compare_window_new (GtkWindow  *parent,
                       MuStore    *store,
                       const char *first_uuid)
{
  MuCompareWindow *self = g_object_new (MU_TYPE_COMPARE_WINDOW, "transient-for", parent, NULL);
  g_autoptr(GPtrArray) entries = mu_store_list (store, NULL, NULL);

  self->store = store;
  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      const MuStoreEntry *entry = g_ptr_array_index (entries, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), entry->name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      /* One line, cut short: a wrapping title is measured anew for every
       * width tried, and a library of hundreds would open slowly. */
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
      gtk_widget_set_tooltip_text (row, entry->name);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data_full (G_OBJECT (check), "uuid", g_strdup (entry->uuid), g_free);
      g_object_set_data (G_OBJECT (row), "check", check);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), g_strcmp0 (entry->uuid, first_uuid) == 0);
      g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled), self);
      gtk_list_box_append (self->scenario_list, row);
    }
  if (first_uuid != NULL)
    mu_compare_window_choose (self, first_uuid, TRUE);
  return self;
}
