/* mu-scenario-page.c — one scenario: its editors, charts, schedule and findings
 *
 * Every edit collects the whole scenario from the editors. Only a scenario
 * whose every field is valid replaces the current one: the charts redraw,
 * an undo step is kept, and "changed" tells the window to save it. A field
 * that is not valid says why, in its own row, and nothing is stored.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-resources.h"

#include "mu-input.h"
#include "mu-scenario-page-private.h"

G_DEFINE_FINAL_TYPE (MuScenarioPage, mu_scenario_page, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  HISTORY_CHANGED,
  RESULTS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Typing in one field within this time is one undo step. */
#define COALESCE_USEC (1500 * G_TIME_SPAN_MILLISECOND)

static const char * const school_labels[] = { N_("Hanafi"), N_("Shafi‘i"), N_("Maliki"), N_("Hanbali"), NULL };
static const char * const period_labels[] = { N_("Month"), N_("Quarter"), N_("Half-year"), N_("Year"), NULL };
/* Gives @row the choices @labels, translated. */
void
mu_scenario_page_set_labels (AdwComboRow        *row,
                             const char * const *labels)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  for (guint i = 0; labels[i] != NULL; i++)
    gtk_string_list_append (list, _(labels[i]));
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
}

static void
recompute (MuScenarioPage *self)
{
  g_autoptr(GError) error = NULL;
  MuResult *result = mu_engine_run (self->scenario, &error);

  mu_scenario_page_summarize_partners (self);
  mu_scenario_page_summarize_sections (self);
  mu_chart_view_set_data (self->equity_chart, NULL, NULL);
  mu_chart_view_set_data (self->shares_chart, NULL, NULL);
  mu_chart_view_set_data (self->profit_chart, NULL, NULL);
  g_clear_pointer (&self->result, mu_result_free);
  if (result == NULL)
    {
      /* Not computable as it stands: say why, and show nothing stale. */
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      mu_scenario_page_show_results (self);
      return;
    }
  self->result = result;
  if (self->period > result->n_periods)
    self->period = 1;
  mu_chart_view_set_data (self->equity_chart, self->scenario, result);
  mu_chart_view_set_data (self->shares_chart, self->scenario, result);
  mu_chart_view_set_data (self->profit_chart, self->scenario, result);
  mu_scenario_page_show_results (self);
}

static void
update_actions (MuScenarioPage *self)
{
  g_signal_emit (self, signals[HISTORY_CHANGED], 0);
}

static void
set_entry (AdwEntryRow *row,
           char        *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_free (text);
}

/* Shows self->scenario in every editor. */
static void
load (MuScenarioPage *self)
{
  const MuScenario *s = self->scenario;
  guint exponent = mu_scenario_get_exponent (s);
  char start[11];
  GString *series = g_string_new (NULL);

  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), s->name);
  gtk_editable_set_text (GTK_EDITABLE (self->currency_row), s->currency);
  adw_combo_row_set_selected (self->school_row, s->school);
  mu_date_format_iso (&s->start, start);
  gtk_editable_set_text (GTK_EDITABLE (self->start_row), start);
  adw_combo_row_set_selected (self->period_row, s->period);
  gtk_spin_button_set_value (self->periods_spin, s->periods);

  mu_scenario_page_rebuild_partners (self);

  mu_scenario_page_load_sections (self);

  set_entry (self->profit_row, mu_input_format_amount (s->profit.per_period, exponent));
  set_entry (self->growth_row, mu_input_format_percent (s->profit.growth));
  for (guint t = 0; s->profit.is_series && t < s->profit.series->len; t++)
    {
      g_autofree char *value = mu_input_format_amount (g_array_index (s->profit.series, MuMoney, t), exponent);

      g_string_append_printf (series, "%s%s", t > 0 ? "; " : "", value);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->series_row), series->str);
  g_string_free (series, TRUE);

  self->loading = FALSE;

  /* A loaded scenario is valid: this clears what an earlier one marked. */
  {
    g_autoptr(MuScenario) check = mu_scenario_page_collect (self);
  }
  self->last_edited = NULL;
  recompute (self);
}

/* Every editor calls this after a change. */
void
mu_scenario_page_edited (MuScenarioPage *self,
                         GtkWidget      *widget)
{
  g_autoptr(MuScenario) scenario = NULL;
  gint64 now;

  if (self->loading || self->scenario == NULL)
    return;

  scenario = mu_scenario_page_collect (self);
  if (scenario == NULL || mu_scenario_equal (scenario, self->scenario))
    return;

  now = g_get_monotonic_time ();
  if (widget == NULL || widget != self->last_edited || now - self->last_edit_time > COALESCE_USEC ||
      self->undo->len == 0)
    g_ptr_array_add (self->undo, mu_scenario_copy (self->scenario));
  g_ptr_array_set_size (self->redo, 0);
  self->last_edited = widget;
  self->last_edit_time = now;

  mu_scenario_free (self->scenario);
  self->scenario = g_steal_pointer (&scenario);
  recompute (self);
  update_actions (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_edited (MuScenarioPage *self,
           GParamSpec     *pspec,
           GtkWidget      *widget)
{
  mu_scenario_page_edited (self, widget);
}

static void
on_entry_changed (GtkEditable    *editable,
                  MuScenarioPage *self)
{
  mu_scenario_page_edited (self, GTK_WIDGET (editable));
}

void
mu_scenario_page_watch_entry (MuScenarioPage *self,
                              AdwEntryRow    *row)
{
  g_signal_connect (row, "changed", G_CALLBACK (on_entry_changed), self);
}

void
mu_scenario_page_watch_notify (MuScenarioPage *self,
                               gpointer        widget,
                               const char     *property)
{
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);

  g_signal_connect_object (widget, signal, G_CALLBACK (on_edited), self, G_CONNECT_SWAPPED);
}

/* Shows self->scenario again after a change of its structure, and has it
 * saved if it is whole. */
void
mu_scenario_page_reload (MuScenarioPage *self)
{
  load (self);
  update_actions (self);
  if (self->result != NULL)
    g_signal_emit (self, signals[CHANGED], 0);
}

/* Puts @scenario back without touching the undo history. */
static void
restore (MuScenarioPage *self,
         MuScenario     *scenario)
{
  mu_chart_view_set_data (self->equity_chart, NULL, NULL);
  mu_chart_view_set_data (self->shares_chart, NULL, NULL);
  mu_chart_view_set_data (self->profit_chart, NULL, NULL);
  mu_scenario_free (self->scenario);
  self->scenario = scenario;
  self->last_edited = NULL;
  mu_scenario_page_reload (self);
}

void
mu_scenario_page_undo (MuScenarioPage *self)
{
  g_return_if_fail (MU_IS_SCENARIO_PAGE (self));

  if (self->undo->len == 0)
    return;
  g_ptr_array_add (self->redo, mu_scenario_copy (self->scenario));
  restore (self, g_ptr_array_steal_index (self->undo, self->undo->len - 1));
}

void
mu_scenario_page_redo (MuScenarioPage *self)
{
  g_return_if_fail (MU_IS_SCENARIO_PAGE (self));

  if (self->redo->len == 0)
    return;
  g_ptr_array_add (self->undo, mu_scenario_copy (self->scenario));
  restore (self, g_ptr_array_steal_index (self->redo, self->redo->len - 1));
}

/* Below this width the charts go under the editors instead of beside
 * them: a phone, or a window at half a laptop's screen. */
#define NARROW_WIDTH 760

static void
mu_scenario_page_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  MuScenarioPage *self = MU_SCENARIO_PAGE (widget);

  gtk_widget_measure (self->box, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
  /* Narrow enough for the stacked layout, whichever is shown now. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = MIN (*minimum, 360);
}

static void
mu_scenario_page_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  MuScenarioPage *self = MU_SCENARIO_PAGE (widget);
  GtkOrientation wanted = width < NARROW_WIDTH ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL;
  int minimum, natural;

  if (gtk_orientable_get_orientation (GTK_ORIENTABLE (self->box)) != wanted)
    {
      gtk_orientable_set_orientation (GTK_ORIENTABLE (self->box), wanted);
      gtk_orientable_set_orientation (GTK_ORIENTABLE (self->charts_row), wanted);
      gtk_widget_set_vexpand (self->editors_scroll, wanted == GTK_ORIENTATION_VERTICAL);
    }
  gtk_widget_measure (self->box, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  gtk_widget_allocate (self->box, MAX (width, minimum), height, baseline, NULL);
}

static void
mu_scenario_page_dispose (GObject *object)
{
  MuScenarioPage *self = MU_SCENARIO_PAGE (object);

  /* The editors following a focused row know the page: stop them first. */
  if (self->follow_tick != 0)
    gtk_widget_remove_tick_callback (self->editors_scroll, self->follow_tick);
  gtk_widget_dispose_template (GTK_WIDGET (self), MU_TYPE_SCENARIO_PAGE);
  G_OBJECT_CLASS (mu_scenario_page_parent_class)->dispose (object);
}

static void
mu_scenario_page_finalize (GObject *object)
{
  MuScenarioPage *self = MU_SCENARIO_PAGE (object);

  g_clear_pointer (&self->result, mu_result_free);
  g_clear_pointer (&self->scenario, mu_scenario_free);
  g_clear_pointer (&self->partners, g_ptr_array_unref);
  g_clear_pointer (&self->buyer_checks, g_ptr_array_unref);
  g_clear_pointer (&self->findings_key, g_free);
  g_clear_object (&self->partner_names);
  g_clear_object (&self->periods);
  g_clear_object (&self->years);
  g_clear_pointer (&self->schedule_shape, g_free);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  G_OBJECT_CLASS (mu_scenario_page_parent_class)->finalize (object);
}

static void
mu_scenario_page_class_init (MuScenarioPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* From a static library the resources are linked in only if referred
   * to; their constructor registers them. */
  (void) mu_get_resource ();

  object_class->dispose = mu_scenario_page_dispose;
  object_class->finalize = mu_scenario_page_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[HISTORY_CHANGED] = g_signal_new ("history-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[RESULTS_CHANGED] = g_signal_new ("results-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (MU_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/musharaka/Musharaka/mu-scenario-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, MuScenarioPage, name)
  BIND (box);
  BIND (editors_scroll);
  BIND (charts_row);
  BIND (name_row);
  BIND (school_row);
  BIND (currency_row);
  BIND (start_row);
  BIND (period_row);
  BIND (periods_spin);
  BIND (partners_list);
  BIND (financing_row);
  BIND (profit_row);
  BIND (growth_row);
  BIND (series_row);
  BIND (balance_row);
  BIND (error_label);
  BIND (equity_chart);
  BIND (shares_chart);
  BIND (profit_chart);
  BIND (findings_list);
  BIND (schedule_view);
#undef BIND

  mu_scenario_page_partners_class_init (widget_class);

  widget_class->measure = mu_scenario_page_measure;
  widget_class->size_allocate = mu_scenario_page_size_allocate;
}

static void
mu_scenario_page_init (MuScenarioPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_scenario_free);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_scenario_free);
  self->period = 1;

  mu_scenario_page_set_labels (self->school_row, school_labels);
  mu_scenario_page_set_labels (self->period_row, period_labels);
  mu_chart_view_set_kind (self->equity_chart, MU_CHART_EQUITY);
  mu_chart_view_set_kind (self->shares_chart, MU_CHART_SHARES);
  mu_chart_view_set_kind (self->profit_chart, MU_CHART_PROFIT);

  mu_scenario_page_partners_init (self);
  mu_scenario_page_sections_init (self);
  mu_scenario_page_results_init (self);

  {
    AdwEntryRow *entries[] = { self->name_row, self->currency_row, self->start_row, self->profit_row,
                               self->growth_row, self->series_row };

    for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
      mu_scenario_page_watch_entry (self, entries[i]);
  }
  mu_scenario_page_watch_notify (self, self->school_row, "selected");
  mu_scenario_page_watch_notify (self, self->period_row, "selected");
  mu_scenario_page_watch_notify (self, self->periods_spin, "value");
  mu_scenario_page_watch_notify (self, self->financing_row, "enable-expansion");
  mu_scenario_page_watch_notify (self, self->balance_row, "enable-expansion");
  update_actions (self);
}

/* Shows @scenario, a new history begins. */
void
mu_scenario_page_set_scenario (MuScenarioPage   *self,
                               const MuScenario *scenario)
{
  g_return_if_fail (MU_IS_SCENARIO_PAGE (self));
  g_return_if_fail (scenario != NULL);

  mu_chart_view_set_data (self->equity_chart, NULL, NULL);
  mu_chart_view_set_data (self->shares_chart, NULL, NULL);
  mu_chart_view_set_data (self->profit_chart, NULL, NULL);
  g_clear_pointer (&self->scenario, mu_scenario_free);
  self->scenario = mu_scenario_copy (scenario);
  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  self->period = 1;
  load (self);
  update_actions (self);
}

const MuScenario *
mu_scenario_page_get_scenario (MuScenarioPage *self)
{
  g_return_val_if_fail (MU_IS_SCENARIO_PAGE (self), NULL);
  return self->scenario;
}

const MuResult *
mu_scenario_page_get_result (MuScenarioPage *self)
{
  g_return_val_if_fail (MU_IS_SCENARIO_PAGE (self), NULL);
  return self->result;
}

/* A scenario of a read-only library can be looked at, printed and
 * exported, not edited. */
void
mu_scenario_page_set_editable (MuScenarioPage *self,
                               gboolean        editable)
{
  g_return_if_fail (MU_IS_SCENARIO_PAGE (self));
  gtk_widget_set_sensitive (self->editors_scroll, editable);

  /* Nothing can be opened there: show it all open, to be read. */
  if (!editable)
    {
      for (guint i = 0; i < self->partners->len; i++)
        adw_expander_row_set_expanded (((PartnerWidgets *) g_ptr_array_index (self->partners, i))->row, TRUE);
      if (adw_expander_row_get_enable_expansion (self->financing_row))
        adw_expander_row_set_expanded (self->financing_row, TRUE);
      if (adw_expander_row_get_enable_expansion (self->balance_row))
        adw_expander_row_set_expanded (self->balance_row, TRUE);
    }
}

gboolean
mu_scenario_page_can_undo (MuScenarioPage *self)
{
  g_return_val_if_fail (MU_IS_SCENARIO_PAGE (self), FALSE);
  return self->undo->len > 0;
}

gboolean
mu_scenario_page_can_redo (MuScenarioPage *self)
{
  g_return_val_if_fail (MU_IS_SCENARIO_PAGE (self), FALSE);
  return self->redo->len > 0;
}

gboolean
mu_scenario_page_has_errors (MuScenarioPage *self)
{
  g_return_val_if_fail (MU_IS_SCENARIO_PAGE (self), FALSE);
  return self->has_errors;
}

guint
mu_scenario_page_get_period (MuScenarioPage *self)
{
  g_return_val_if_fail (MU_IS_SCENARIO_PAGE (self), 0);
  return self->period;
}
