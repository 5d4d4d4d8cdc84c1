/* mu-terms-section.c — how the bank's units are paid for
 *
 * Shown while the scenario has financing, under it: the payment plan
 * and its yearly step, the rent as the bank quotes it, the ownership
 * costs, an early buyout, a loan to compare with; then, when they apply,
 * how several buyers share the units (mu-buyers-editor.c) and the
 * object's value at each buyout for a price at valuation
 * (mu-valuations-editor.c). What does not apply is hidden: the step but
 * for a step-up plan, the early buyout's period and the loan's rate while
 * their switches are off.
 *
 * The page asks this section for a field before the financing section,
 * which takes every other path of the financing to its own row.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mu-buyers-editor.h"
#include "mu-input.h"
#include "mu-terms-section.h"
#include "mu-valuations-editor.h"

struct _MuTermsSection
{
  MuSection           parent_instance;

  AdwComboRow        *plan_row;
  AdwEntryRow        *step_row;
  AdwComboRow        *rent_unit_row;
  AdwEntryRow        *rent_row;
  AdwEntryRow        *costs_row;
  AdwExpanderRow     *early_row;
  GtkSpinButton      *early_spin;
  AdwExpanderRow     *loan_row;
  AdwEntryRow        *loan_rate_row;
  MuBuyersEditor     *buyers_editor;
  MuValuationsEditor *valuations_editor;

  gboolean            loading;
};

G_DEFINE_FINAL_TYPE (MuTermsSection, mu_terms_section, MU_TYPE_SECTION)

/* Translators: the payment plans, as a choice; the line under it says what the chosen one means. */
static const char * const plan_labels[] = { N_("Equal units"), N_("Level"), N_("Step-up"), NULL };
static const char * const plan_subtitles[] = {
  N_("The same part of the bank’s share each time, the rent on top falling with it"),
  N_("Units and rent together the same every installment"),
  N_("Units and rent together, growing once a year"),
};
static const char * const rent_unit_labels[] = { N_("Per year"), N_("Per period"), NULL };

G_STATIC_ASSERT (G_N_ELEMENTS (plan_subtitles) == MU_PAYMENT_PLAN_STEP_UP + 1);

enum {
  RENT_A_YEAR,
  RENT_PER_PERIOD,
};

/* A percent of the financing: where it sits in a MuScenario and the most
 * it may be; 0 for the rent's, which depends on how it is quoted. */
typedef struct
{
  gsize  offset;
  gint64 max;
} Percent;

#define AT(member) G_STRUCT_OFFSET (MuScenario, financing.member)

static const Percent step_percent = { AT (step), MU_PERCENT_100 };
static const Percent rent_percent = { AT (rent), 0 };
static const Percent loan_percent = { AT (loan_rate), MU_MAX_LOAN_RATE };

static gboolean
read_percent (MuScenario *scenario,
              const char *text,
              gpointer    data,
              char      **message)
{
  const Percent *percent = data;
  gint64 max = percent->max;

  if (max == 0)
    max = scenario->financing.rent_annual ? MU_MAX_RENT_ANNUAL : MU_PERCENT_100;
  return mu_input_parse_percent (text, 0, max, &G_STRUCT_MEMBER (gint64, scenario, percent->offset), message);
}

static char *
show_percent (const MuScenario *scenario,
              gpointer          data)
{
  const Percent *percent = data;

  return mu_input_format_percent (G_STRUCT_MEMBER (gint64, scenario, percent->offset));
}

static gboolean
read_costs (MuScenario *scenario,
            const char *text,
            gpointer    data,
            char      **message)
{
  return mu_input_parse_amount (text, mu_scenario_get_exponent (scenario), FALSE, &scenario->financing.costs,
                                message);
}

static char *
show_costs (const MuScenario *scenario,
            gpointer          data)
{
  return mu_input_format_amount (scenario->financing.costs, mu_scenario_get_exponent (scenario));
}

/* The last period an early buyout may come at: the last installment's,
 * within the projection. */
static guint
early_latest (const MuScenario *scenario)
{
  const MuFinancing *f = &scenario->financing;

  return MAX (MIN (f->installments * f->every, scenario->periods), 1);
}

/* The period is a whole number; 0 is no early buyout, which the switch
 * is for. How late it may come the validation says. */
static gboolean
read_early (MuScenario *scenario,
            const char *text,
            gpointer    data,
            char      **message)
{
  g_autofree char *typed = g_strstrip (g_strdup (text));
  guint64 period;

  /* Hidden with its switch off: nothing to take. */
  if (scenario->financing.early_buyout == 0)
    return TRUE;
  if (!g_ascii_string_to_unsigned (typed, 10, 1, G_MAXUINT, &period, NULL))
    {
      *message = g_strdup_printf (_("Enter a period from 1 to %u."), early_latest (scenario));
      return FALSE;
    }
  scenario->financing.early_buyout = period;
  return TRUE;
}

static char *
show_early (const MuScenario *scenario,
            gpointer          data)
{
  return g_strdup_printf ("%u", scenario->financing.early_buyout);
}

static const MuScenario *
get_scenario (MuTermsSection *self)
{
  return mu_scenario_document_get_scenario (mu_section_get_document (MU_SECTION (self)));
}

/* Applies the copy @edit made of the scenario, unless the section is
 * being loaded. */
typedef void (*Edit) (MuTermsSection *self,
                      MuScenario     *edited);

static void
apply_edit (MuTermsSection *self,
            const char     *path,
            Edit            edit)
{
  MuScenarioDocument *document = mu_section_get_document (MU_SECTION (self));
  MuScenario *edited;

  if (self->loading || document == NULL)
    return;
  edited = mu_scenario_document_dup_scenario (document);
  edit (self, edited);
  if (mu_scenario_equal (edited, mu_scenario_document_get_scenario (document)))
    {
      mu_scenario_free (edited);
      return;
    }
  mu_section_apply (MU_SECTION (self), path, edited);
}

/* A plan other than step-up has no step: the validation asks for 0. */
static void
edit_plan (MuTermsSection *self,
           MuScenario     *edited)
{
  guint plan = adw_combo_row_get_selected (self->plan_row);

  if (plan > MU_PAYMENT_PLAN_STEP_UP)
    return;
  edited->financing.plan = plan;
  if (plan != MU_PAYMENT_PLAN_STEP_UP)
    edited->financing.step = 0;
}

/* How the rent is quoted; the number stays, read the new way. */
static void
edit_rent_unit (MuTermsSection *self,
                MuScenario     *edited)
{
  guint unit = adw_combo_row_get_selected (self->rent_unit_row);

  if (unit <= RENT_PER_PERIOD)
    edited->financing.rent_annual = unit == RENT_A_YEAR;
}

/* Switched on, the early buyout comes with the middle installment. */
static void
edit_early (MuTermsSection *self,
            MuScenario     *edited)
{
  MuFinancing *f = &edited->financing;

  if (!adw_expander_row_get_enable_expansion (self->early_row))
    f->early_buyout = 0;
  else if (f->early_buyout == 0)
    f->early_buyout = CLAMP (f->every * ((f->installments + 1) / 2), 1, early_latest (edited));
}

static void
edit_loan (MuTermsSection *self,
           MuScenario     *edited)
{
  edited->financing.has_loan_rate = adw_expander_row_get_enable_expansion (self->loan_row);
}

static void
on_plan_selected (MuTermsSection *self)
{
  apply_edit (self, "financing.plan", edit_plan);
}

static void
on_rent_unit_selected (MuTermsSection *self)
{
  apply_edit (self, "financing.rent_annual", edit_rent_unit);
}

static void
on_early_enabled (MuTermsSection *self)
{
  apply_edit (self, "financing.early_buyout", edit_early);
}

static void
on_loan_enabled (MuTermsSection *self)
{
  apply_edit (self, "financing.loan_rate", edit_loan);
}

static void
set_subtitle (gpointer    row,
              const char *subtitle)
{
  if (ADW_IS_EXPANDER_ROW (row))
    {
      if (g_strcmp0 (adw_expander_row_get_subtitle (row), subtitle) != 0)
        adw_expander_row_set_subtitle (row, subtitle);
    }
  else if (g_strcmp0 (adw_action_row_get_subtitle (row), subtitle) != 0)
    adw_action_row_set_subtitle (row, subtitle);
}

static void
set_selected (AdwComboRow *row,
              guint        selected)
{
  if (adw_combo_row_get_selected (row) != selected)
    adw_combo_row_set_selected (row, selected);
}

/* An expander's switch as the scenario has it: on, it opens only if the
 * user had it open. */
static void
set_switch (AdwExpanderRow *row,
            gboolean        on)
{
  gboolean open = adw_expander_row_get_expanded (row);

  if (adw_expander_row_get_enable_expansion (row) == on)
    return;
  adw_expander_row_set_enable_expansion (row, on);
  adw_expander_row_set_expanded (row, on && open);
}

static void
load_payments (MuTermsSection   *self,
               const MuScenario *s)
{
  const MuFinancing *f = &s->financing;
  g_autofree char *early = NULL;

  set_selected (self->plan_row, f->plan);
  /* Only equal units may be priced otherwise than at nominal. */
  set_subtitle (self->plan_row, f->unit_price != MU_UNIT_PRICE_NOMINAL
                                ? _("Level and step-up payments need a nominal unit price")
                                : _(plan_subtitles[MIN (f->plan, MU_PAYMENT_PLAN_STEP_UP)]));
  gtk_widget_set_visible (GTK_WIDGET (self->step_row), f->plan == MU_PAYMENT_PLAN_STEP_UP);

  set_selected (self->rent_unit_row, f->rent_annual ? RENT_A_YEAR : RENT_PER_PERIOD);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rent_row),
                                 f->rent_annual ? _("Rent a year, percent of the bank’s share")
                                                : _("Rent per period, percent of the bank’s share"));

  set_switch (self->early_row, f->early_buyout > 0);
  if (f->early_buyout > 0)
    {
      GDate start, end;
      g_autofree char *day = NULL;

      mu_scenario_period_dates (s, f->early_buyout, &start, &end);
      day = mu_input_format_date (&end);
      /* Translators: under “Early buyout”: the period at whose end the
       * buyers buy what the bank still holds, and that day. */
      early = g_strdup_printf (_("The buyers buy all the bank still holds at the end of period %u, %s"),
                               f->early_buyout, day);
    }
  set_subtitle (self->early_row, early != NULL ? early : _("The buyers buy all the bank still holds at once"));
  set_switch (self->loan_row, f->has_loan_rate);
}

static void
mu_terms_section_load (MuSection *section)
{
  MuTermsSection *self = MU_TERMS_SECTION (section);
  const MuScenario *s = get_scenario (self);
  gboolean loading = self->loading;

  self->loading = TRUE;
  gtk_widget_set_visible (GTK_WIDGET (self), s->financing.enabled);
  load_payments (self, s);
  mu_buyers_editor_load (self->buyers_editor, section, s);
  mu_valuations_editor_load (self->valuations_editor, section, s);
  mu_section_refresh_fields (section);
  self->loading = loading;
}

/* Whether @path is the value @name or lies in it. */
static gboolean
is_in (const char *path,
       const char *name)
{
  return g_str_has_prefix (path, name) && strchr (".[", path[strlen (name)]) != NULL;
}

/* The editor of @path; one hidden with its switch off is that switch's
 * row, the step of a plan that has none the plan. */
static GtkWidget *
mu_terms_section_find (MuSection  *section,
                       const char *path)
{
  MuTermsSection *self = MU_TERMS_SECTION (section);
  GtkWidget *widget;

  if (mu_section_get_document (section) == NULL || !get_scenario (self)->financing.enabled)
    return NULL;
  if ((widget = mu_buyers_editor_find (self->buyers_editor, path)) != NULL ||
      (widget = mu_valuations_editor_find (self->valuations_editor, path)) != NULL)
    return widget;
  if (is_in (path, "financing.plan"))
    return GTK_WIDGET (self->plan_row);
  if (is_in (path, "financing.step"))
    return gtk_widget_get_visible (GTK_WIDGET (self->step_row)) ? GTK_WIDGET (self->step_row)
                                                                 : GTK_WIDGET (self->plan_row);
  if (is_in (path, "financing.rent"))
    return GTK_WIDGET (self->rent_row);
  if (is_in (path, "financing.rent_annual"))
    return GTK_WIDGET (self->rent_unit_row);
  if (is_in (path, "financing.costs"))
    return GTK_WIDGET (self->costs_row);
  if (is_in (path, "financing.early_buyout"))
    return adw_expander_row_get_enable_expansion (self->early_row) ? GTK_WIDGET (self->early_spin)
                                                                    : GTK_WIDGET (self->early_row);
  if (is_in (path, "financing.loan_rate"))
    return adw_expander_row_get_enable_expansion (self->loan_row) ? GTK_WIDGET (self->loan_rate_row)
                                                                   : GTK_WIDGET (self->loan_row);
  return NULL;
}

static void
mu_terms_section_class_init (MuTermsSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  MU_SECTION_CLASS (klass)->load = mu_terms_section_load;
  MU_SECTION_CLASS (klass)->find = mu_terms_section_find;

  g_type_ensure (MU_TYPE_BUYERS_EDITOR);
  g_type_ensure (MU_TYPE_VALUATIONS_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/musharaka/Musharaka/mu-terms-section.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, MuTermsSection, name)
  BIND (plan_row);
  BIND (step_row);
  BIND (rent_unit_row);
  BIND (rent_row);
  BIND (costs_row);
  BIND (early_row);
  BIND (early_spin);
  BIND (loan_row);
  BIND (loan_rate_row);
  BIND (buyers_editor);
  BIND (valuations_editor);
#undef BIND
}

static void
mu_terms_section_init (MuTermsSection *self)
{
  MuSection *section = MU_SECTION (self);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Hidden until a document with financing is shown. */
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  mu_section_set_labels (self->plan_row, plan_labels);
  mu_section_set_labels (self->rent_unit_row, rent_unit_labels);

  mu_section_add_field (section, GTK_WIDGET (self->step_row), "financing.step", read_percent, show_percent,
                        (gpointer) &step_percent, NULL);
  mu_section_add_field (section, GTK_WIDGET (self->rent_row), "financing.rent", read_percent, show_percent,
                        (gpointer) &rent_percent, NULL);
  mu_section_add_field (section, GTK_WIDGET (self->costs_row), "financing.costs.per_period", read_costs, show_costs,
                        NULL, NULL);
  mu_section_add_field (section, GTK_WIDGET (self->early_spin), "financing.early_buyout", read_early, show_early,
                        NULL, NULL);
  mu_section_add_field (section, GTK_WIDGET (self->loan_rate_row), "financing.loan_rate", read_percent, show_percent,
                        (gpointer) &loan_percent, NULL);

  g_signal_connect_object (self->plan_row, "notify::selected", G_CALLBACK (on_plan_selected), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->rent_unit_row, "notify::selected", G_CALLBACK (on_rent_unit_selected), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->early_row, "notify::enable-expansion", G_CALLBACK (on_early_enabled), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->loan_row, "notify::enable-expansion", G_CALLBACK (on_loan_enabled), self,
                           G_CONNECT_SWAPPED);
  /* The partners' names and contributions are the buyers' shares'; the
   * currency and the dates are in the amounts and the titles. */
  mu_section_watch (section, MU_DOCUMENT_FINANCING, G_CALLBACK (mu_terms_section_load));
  mu_section_watch (section, MU_DOCUMENT_PARTNERS, G_CALLBACK (mu_terms_section_load));
  mu_section_watch (section, MU_DOCUMENT_GENERAL, G_CALLBACK (mu_terms_section_load));
}

MuTermsSection *
mu_terms_section_new (void)
{
  return g_object_new (MU_TYPE_TERMS_SECTION, NULL);
}
