/* mu-scenario-page.c — one scenario: its sections, charts and schedule
 *
 * The page holds no scenario of its own. Each section is bound to the
 * document and shows its part; the page draws the charts from the
 * document's result, says in a banner which field holds text that cannot
 * be stored, and takes the user to the field a finding names.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-resources.h"

#include "mu-balance-section.h"
#include "mu-financing-section.h"
#include "mu-findings-section.h"
#include "mu-focus-follow.h"
#include "mu-general-section.h"
#include "mu-partners-section.h"
#include "mu-profit-section.h"
#include "mu-scenario-page.h"
#include "mu-schedule-section.h"
#include "mu-summary-section.h"
#include "mu-terms-section.h"

#define N_SECTIONS 9
/* Partners shown open in a read-only library: beyond these, a list of
 * closed rows reads better than a thousand open ones. */
#define READ_ONLY_OPEN_MAX 50

struct _MuScenarioPage
{
  GtkWidget           parent_instance;

  GtkWidget          *box;
  GtkWidget          *editors_scroll;
  GtkWidget          *editors;
  GtkWidget          *charts_row;
  GtkRevealer        *banner;
  GtkLabel           *banner_label;
  MuSection          *general_section;
  MuSection          *partners_section;
  MuSection          *financing_section;
  MuSection          *profit_section;
  MuSection          *balance_section;
  MuSection          *findings_section;
  MuSection          *schedule_section;
  MuSection          *summary_section;
  MuSection          *terms_section;
  MuChartView        *equity_chart;
  MuChartView        *shares_chart;
  MuChartView        *profit_chart;

  MuSection          *sections[N_SECTIONS];  /* the above, in their order */
  MuScenarioDocument *document;
  guint               follow_tick;  /* keeps a field focused from a finding in view; 0 once done */
};

G_DEFINE_FINAL_TYPE (MuScenarioPage, mu_scenario_page, GTK_TYPE_WIDGET)

enum {
  MESSAGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_charts (MuScenarioPage *self)
{
  const MuScenario *scenario = self->document != NULL ? mu_scenario_document_get_scenario (self->document) : NULL;
  MuResult *result = self->document != NULL ? mu_scenario_document_get_result (self->document) : NULL;

  mu_chart_view_set_data (self->equity_chart, scenario, result);
  mu_chart_view_set_data (self->shares_chart, scenario, result);
  mu_chart_view_set_data (self->profit_chart, scenario, result);
}

static void
on_result_changed (MuScenarioPage *self)
{
  show_charts (self);
}

/* What a field is called: its row's title. */
static const char *
field_title (MuField *field)
{
  GtkWidget *row = mu_field_get_row (field);

  if (!ADW_IS_PREFERENCES_ROW (row))
    row = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_ROW);
  return row != NULL ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)) : "";
}

/* The first field whose text is not valid, and how many there are. */
static MuField *
first_invalid (MuScenarioPage *self,
               guint          *count)
{
  MuField *first = NULL;

  *count = 0;
  for (guint i = 0; i < N_SECTIONS; i++)
    {
      guint in_section;
      MuField *field = mu_section_get_invalid (self->sections[i], &in_section);

      if (field == NULL)
        continue;
      *count += in_section;
      if (first == NULL)
        first = field;
    }
  return first;
}

/* The banner names the field to correct while any is not valid. */
static void
update_banner (MuScenarioPage *self)
{
  guint count;
  MuField *field = first_invalid (self, &count);
  g_autofree char *text = NULL;

  /* Hidden, it takes no room between the sections either. */
  gtk_widget_set_visible (GTK_WIDGET (self->banner), field != NULL);
  gtk_revealer_set_reveal_child (self->banner, field != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.go-to-invalid", field != NULL);
  if (field == NULL)
    return;
  if (count == 1)
    /* Translators: a field's title, then what is wrong with its text,
     * a sentence of its own. */
    text = g_strdup_printf (_("What “%s” holds is not stored. %s"), field_title (field), mu_field_get_message (field));
  else
    /* Translators: how many fields hold text that is not stored, and
     * the title of the first of them. There are always two or more. */
    text = g_strdup_printf (ngettext ("%u field holds text that is not stored; the first is “%s”.",
                                      "%u fields hold text that is not stored; the first is “%s”.", count),
                            count, field_title (field));
  gtk_label_set_text (self->banner_label, text);
}

static void
on_refused (MuSection      *section,
            const char     *message,
            MuScenarioPage *self)
{
  g_signal_emit (self, signals[MESSAGE], 0, message);
}

/* A scenario of a read-only library is read, not edited: nothing can be
 * opened there, so what it holds is shown open. */
static void
show_all_open (MuScenarioPage *self)
{
  const MuScenario *s = mu_scenario_document_get_scenario (self->document);

  for (guint i = 0; i < s->partners->len && i < READ_ONLY_OPEN_MAX; i++)
    {
      g_autofree char *path = g_strdup_printf ("partners[%u].name", i);

      mu_scenario_page_find_field (self, path);
    }
  if (s->financing.enabled)
    mu_scenario_page_find_field (self, "financing.bank");
  if (s->balance.enabled)
    mu_scenario_page_find_field (self, "balance.total_assets");
}

/* Shows @document, or nothing while it is NULL. */
void
mu_scenario_page_set_document (MuScenarioPage     *self,
                               MuScenarioDocument *document)
{
  g_return_if_fail (MU_IS_SCENARIO_PAGE (self));

  if (self->document == document)
    return;
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  /* The charts borrow the old document's scenario: let it go first. */
  mu_chart_view_set_data (self->equity_chart, NULL, NULL);
  mu_chart_view_set_data (self->shares_chart, NULL, NULL);
  mu_chart_view_set_data (self->profit_chart, NULL, NULL);
  g_set_object (&self->document, document);
  for (guint i = 0; i < N_SECTIONS; i++)
    mu_section_set_document (self->sections[i], document);
  if (document == NULL)
    return;
  g_signal_connect_object (document, "changed::" MU_DOCUMENT_RESULT, G_CALLBACK (on_result_changed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_set_sensitive (self->editors, mu_scenario_document_get_editable (document));
  if (!mu_scenario_document_get_editable (document))
    show_all_open (self);
  show_charts (self);
  update_banner (self);
}

MuScenarioDocument *
mu_scenario_page_get_document (MuScenarioPage *self)
{
  g_return_val_if_fail (MU_IS_SCENARIO_PAGE (self), NULL);
  return self->document;
}

const MuScenario *
mu_scenario_page_get_scenario (MuScenarioPage *self)
{
  g_return_val_if_fail (MU_IS_SCENARIO_PAGE (self), NULL);
  return self->document != NULL ? mu_scenario_document_get_scenario (self->document) : NULL;
}

MuResult *
mu_scenario_page_get_result (MuScenarioPage *self)
{
  g_return_val_if_fail (MU_IS_SCENARIO_PAGE (self), NULL);
  return self->document != NULL ? mu_scenario_document_get_result (self->document) : NULL;
}

/* What the banner says, or NULL while it is hidden. */
const char *
mu_scenario_page_get_banner (MuScenarioPage *self)
{
  g_return_val_if_fail (MU_IS_SCENARIO_PAGE (self), NULL);
  return gtk_revealer_get_reveal_child (self->banner) ? gtk_label_get_text (self->banner_label) : NULL;
}

/* Whether a field holds text that is not stored. */
gboolean
mu_scenario_page_has_errors (MuScenarioPage *self)
{
  guint count;

  g_return_val_if_fail (MU_IS_SCENARIO_PAGE (self), FALSE);
  return first_invalid (self, &count) != NULL;
}

/* Ctrl+Z in a field whose text is not valid puts its value back, and
 * returns TRUE; elsewhere it is the document's undo. */
gboolean
mu_scenario_page_discard_pending (MuScenarioPage *self)
{
  g_return_val_if_fail (MU_IS_SCENARIO_PAGE (self), FALSE);

  for (guint i = 0; i < N_SECTIONS; i++)
    if (mu_section_discard_focused (self->sections[i]))
      return TRUE;
  return FALSE;
}

/* The widget that edits @field, a path as the findings and the exchange
 * files name it ("partners[1].profit_share"), built if need be. */
GtkWidget *
mu_scenario_page_find_field (MuScenarioPage *self,
                             const char     *field)
{
  g_return_val_if_fail (MU_IS_SCENARIO_PAGE (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  if (self->document == NULL)
    return NULL;
  for (guint i = 0; i < N_SECTIONS; i++)
    {
      GtkWidget *widget = mu_section_find (self->sections[i], field);

      if (widget != NULL)
        return widget;
    }
  return NULL;
}

/* Takes the user to @widget, an editor of the page. */
void
mu_scenario_page_focus_widget (MuScenarioPage *self,
                               GtkWidget      *widget)
{
  g_return_if_fail (MU_IS_SCENARIO_PAGE (self));
  mu_focus_follow (self->editors_scroll, widget, &self->follow_tick);
}

/* Whether the editors are still bringing a focused field into view. */
gboolean
mu_scenario_page_is_following (MuScenarioPage *self)
{
  g_return_val_if_fail (MU_IS_SCENARIO_PAGE (self), FALSE);
  return self->follow_tick != 0;
}

/* Takes the user to the editor of @field, a path as the findings name
 * it, or to the name when none edits it. Returns whether there is one. */
gboolean
mu_scenario_page_focus_field (MuScenarioPage *self,
                              const char     *field)
{
  GtkWidget *widget = mu_scenario_page_find_field (self, field);

  if (widget == NULL)
    widget = mu_scenario_page_find_field (self, "name");
  if (widget == NULL)
    return FALSE;
  mu_scenario_page_focus_widget (self, widget);
  return TRUE;
}

guint
mu_scenario_page_get_period (MuScenarioPage *self)
{
  g_return_val_if_fail (MU_IS_SCENARIO_PAGE (self), 0);
  return mu_schedule_section_get_period (MU_SCHEDULE_SECTION (self->schedule_section));
}

void
mu_scenario_page_select_period (MuScenarioPage *self,
                                guint           period)
{
  g_return_if_fail (MU_IS_SCENARIO_PAGE (self));
  mu_schedule_section_select_period (MU_SCHEDULE_SECTION (self->schedule_section), period);
}

/* The section called @name: "general", "partners", "terms", "financing",
 * "profit", "balance", "findings", "schedule", "summary". */
MuSection *
mu_scenario_page_get_section (MuScenarioPage *self,
                              const char     *name)
{
  static const char * const names[N_SECTIONS] = { "general", "partners", "terms", "financing", "profit", "balance",
                                                  "findings", "schedule", "summary" };

  g_return_val_if_fail (MU_IS_SCENARIO_PAGE (self), NULL);

  for (guint i = 0; i < N_SECTIONS; i++)
    if (g_str_equal (names[i], name))
      return self->sections[i];
  return NULL;
}

MuChartView *
mu_scenario_page_get_chart (MuScenarioPage *self,
                            MuChartKind     kind)
{
  g_return_val_if_fail (MU_IS_SCENARIO_PAGE (self), NULL);
  return kind == MU_CHART_EQUITY ? self->equity_chart : kind == MU_CHART_SHARES ? self->shares_chart
                                                                                : self->profit_chart;
}

static void
on_period_activated (MuChartView    *chart,
                     guint           period,
                     MuScenarioPage *self)
{
  mu_scenario_page_select_period (self, period);
}

/* The charts mark the period the schedule has selected. */
static void
on_period_selected (MuScenarioPage *self)
{
  guint period = mu_scenario_page_get_period (self);

  mu_chart_view_set_period (self->equity_chart, period);
  mu_chart_view_set_period (self->shares_chart, period);
  mu_chart_view_set_period (self->profit_chart, period);
}

static void
on_field_activated (MuSection      *section,
                    const char     *field,
                    MuScenarioPage *self)
{
  mu_scenario_page_focus_field (self, field);
}

static void
go_to_invalid_activated (GtkWidget  *widget,
                         const char *action,
                         GVariant   *parameter)
{
  MuScenarioPage *self = MU_SCENARIO_PAGE (widget);
  guint count;
  MuField *field = first_invalid (self, &count);

  if (field != NULL)
    mu_scenario_page_focus_widget (self, mu_field_get_row (field));
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

  if (self->follow_tick != 0)
    gtk_widget_remove_tick_callback (self->editors_scroll, self->follow_tick);
  mu_scenario_page_set_document (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MU_TYPE_SCENARIO_PAGE);
  G_OBJECT_CLASS (mu_scenario_page_parent_class)->dispose (object);
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

  /* A change the scenario could not take, to be shown for a moment. */
  signals[MESSAGE] = g_signal_new ("message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (MU_TYPE_CHART_VIEW);
  g_type_ensure (MU_TYPE_GENERAL_SECTION);
  g_type_ensure (MU_TYPE_PARTNERS_SECTION);
  g_type_ensure (MU_TYPE_FINANCING_SECTION);
  g_type_ensure (MU_TYPE_PROFIT_SECTION);
  g_type_ensure (MU_TYPE_BALANCE_SECTION);
  g_type_ensure (MU_TYPE_FINDINGS_SECTION);
  g_type_ensure (MU_TYPE_SCHEDULE_SECTION);
  g_type_ensure (MU_TYPE_SUMMARY_SECTION);
  g_type_ensure (MU_TYPE_TERMS_SECTION);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/musharaka/Musharaka/mu-scenario-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, MuScenarioPage, name)
  BIND (box);
  BIND (editors_scroll);
  BIND (editors);
  BIND (charts_row);
  BIND (banner);
  BIND (banner_label);
  BIND (general_section);
  BIND (partners_section);
  BIND (financing_section);
  BIND (profit_section);
  BIND (balance_section);
  BIND (findings_section);
  BIND (schedule_section);
  BIND (summary_section);
  BIND (terms_section);
  BIND (equity_chart);
  BIND (shares_chart);
  BIND (profit_chart);
#undef BIND

  gtk_widget_class_install_action (widget_class, "page.go-to-invalid", NULL, go_to_invalid_activated);
  widget_class->measure = mu_scenario_page_measure;
  widget_class->size_allocate = mu_scenario_page_size_allocate;
}

static void
mu_scenario_page_init (MuScenarioPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->sections[0] = self->general_section;
  self->sections[1] = self->partners_section;
  /* Before the financing, which takes the paths it has no editor for. */
  self->sections[2] = self->terms_section;
  self->sections[3] = self->financing_section;
  self->sections[4] = self->profit_section;
  self->sections[5] = self->balance_section;
  self->sections[6] = self->findings_section;
  self->sections[7] = self->schedule_section;
  self->sections[8] = self->summary_section;

  mu_chart_view_set_kind (self->equity_chart, MU_CHART_EQUITY);
  mu_chart_view_set_kind (self->shares_chart, MU_CHART_SHARES);
  mu_chart_view_set_kind (self->profit_chart, MU_CHART_PROFIT);
  g_signal_connect (self->equity_chart, "period-activated", G_CALLBACK (on_period_activated), self);
  g_signal_connect (self->profit_chart, "period-activated", G_CALLBACK (on_period_activated), self);
  g_signal_connect_swapped (self->schedule_section, "notify::period", G_CALLBACK (on_period_selected), self);
  g_signal_connect (self->findings_section, "field-activated", G_CALLBACK (on_field_activated), self);

  for (guint i = 0; i < N_SECTIONS; i++)
    {
      g_signal_connect_swapped (self->sections[i], "fields-changed", G_CALLBACK (update_banner), self);
      g_signal_connect (self->sections[i], "refused", G_CALLBACK (on_refused), self);
    }
  update_banner (self);
}
