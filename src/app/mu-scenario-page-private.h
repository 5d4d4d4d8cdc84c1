/* mu-scenario-page-private.h — shared by the files of the scenario page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mu-chart-view.h"
#include "mu-scenario-page.h"

G_BEGIN_DECLS

typedef struct
{
  AdwEntryRow    *name;
  AdwEntryRow    *value;
  GtkSwitch      *fungible;
} AssetWidgets;

/* A partner's row, and its editors once it has been opened. */
typedef struct
{
  AdwExpanderRow *row;
  AdwEntryRow    *name;
  AdwComboRow    *kind;
  GtkSwitch      *manages;
  AdwEntryRow    *cash;
  GPtrArray      *assets;   /* of AssetWidgets*, in the order of the partner's */
  AdwComboRow    *share_mode;
  AdwEntryRow    *share;
  AdwActionRow   *loss;       /* shown only for a partner that has one, */
  AdwActionRow   *guarantee;  /* both from a file, to be removed */
} PartnerWidgets;

struct _MuScenarioPage
{
  GtkWidget        parent_instance;

  /* Template children; those of the financing and balance sections are
   * NULL until the section is first opened. */
  GtkWidget       *box;
  GtkWidget       *editors_scroll;
  GtkWidget       *charts_row;
  AdwEntryRow     *name_row;
  AdwComboRow     *school_row;
  AdwEntryRow     *currency_row;
  AdwEntryRow     *start_row;
  AdwComboRow     *period_row;
  GtkSpinButton   *periods_spin;
  GtkListBox      *partners_list;
  AdwExpanderRow  *financing_row;
  AdwComboRow     *bank_row;
  GtkMenuButton   *buyers_button;
  GtkLabel        *buyers_label;
  GtkBox          *buyers_box;
  GPtrArray       *buyer_checks;  /* GtkCheckButton of each partner, in their order */
  GtkSpinButton   *installments_spin;
  GtkSpinButton   *every_spin;
  AdwComboRow     *mode_row;
  AdwComboRow     *object_row;
  AdwComboRow     *price_row;
  AdwEntryRow     *depreciation_row;
  AdwEntryRow     *rent_row;
  GtkSwitch       *binding_switch;
  GtkSwitch       *late_switch;
  AdwEntryRow     *profit_row;
  AdwEntryRow     *growth_row;
  AdwEntryRow     *series_row;
  AdwExpanderRow  *balance_row;
  AdwEntryRow     *total_assets_row;
  AdwEntryRow     *cash_row;
  AdwEntryRow     *receivables_row;
  GtkSwitch       *certificates_switch;
  GtkLabel        *error_label;
  MuChartView     *equity_chart;
  MuChartView     *shares_chart;
  MuChartView     *profit_chart;
  GtkListBox      *findings_list;
  GtkColumnView   *schedule_view;

  /* State. */
  MuScenario      *scenario;     /* the last valid scenario: what is saved */
  MuResult        *result;       /* its schedule and findings */
  GPtrArray       *partners;     /* of PartnerWidgets* */
  GtkStringList   *partner_names;
  GListStore      *periods;      /* the schedule's rows of periods, all of them */
  GListStore      *years;        /* its rows of years, when it is grouped by year */
  char            *schedule_shape; /* what the rows stand for */
  GPtrArray       *undo;         /* of MuScenario*, oldest first */
  GPtrArray       *redo;
  GtkWidget       *last_edited;  /* coalesces typing in one field into one undo step */
  gint64           last_edit_time;
  gboolean         loading;
  gboolean         has_errors;
  guint            period;
  char            *findings_key; /* what the findings list shows */
  guint            follow_tick;  /* keeps a row focused from a finding in view; 0 once done */
};

/* mu-scenario-page-partners.c */
void       mu_scenario_page_rebuild_partners  (MuScenarioPage *self);
gboolean   mu_scenario_page_collect_partners  (MuScenarioPage *self,
                                               MuScenario     *into);
void       mu_scenario_page_summarize_partners (MuScenarioPage *self);
PartnerWidgets *mu_scenario_page_get_partner_widgets (MuScenarioPage *self,
                                                     guint           index);
void       mu_scenario_page_partners_init     (MuScenarioPage *self);
void       mu_scenario_page_partners_class_init (GtkWidgetClass *widget_class);

/* mu-scenario-page-sections.c */
void       mu_scenario_page_sections_init     (MuScenarioPage *self);
void       mu_scenario_page_load_sections     (MuScenarioPage *self);
void       mu_scenario_page_summarize_sections (MuScenarioPage *self);
void       mu_scenario_page_ensure_financing  (MuScenarioPage *self);
void       mu_scenario_page_ensure_balance    (MuScenarioPage *self);
void       mu_scenario_page_collect_buyers    (MuScenarioPage *self,
                                               MuScenario     *into);

/* mu-scenario-page-schedule.c */
void       mu_scenario_page_schedule_init     (MuScenarioPage *self);
void       mu_scenario_page_show_schedule     (MuScenarioPage *self);

/* mu-scenario-page-results.c */
void       mu_scenario_page_results_init      (MuScenarioPage *self);
void       mu_scenario_page_show_results      (MuScenarioPage *self);

/* mu-scenario-page-fields.c */
MuScenario *mu_scenario_page_collect          (MuScenarioPage *self);

/* mu-scenario-page.c */
void       mu_scenario_page_reload            (MuScenarioPage *self);
void       mu_scenario_page_edited            (MuScenarioPage *self,
                                               GtkWidget      *widget);
gboolean   mu_scenario_page_check_field       (MuScenarioPage *self,
                                               GtkWidget      *row,
                                               gboolean        ok,
                                               const char     *message);
void       mu_scenario_page_watch_entry       (MuScenarioPage *self,
                                               AdwEntryRow    *row);
void       mu_scenario_page_watch_notify      (MuScenarioPage *self,
                                               gpointer        widget,
                                               const char     *property);
void       mu_scenario_page_set_labels        (AdwComboRow        *row,
                                               const char * const *labels);

G_END_DECLS
