/* mu-summary-section.c — what the deal costs, in words and figures
 *
 * Above the charts, what an owner asks first of a bank's offer: what the
 * buyers pay per installment and in all, the day they own everything,
 * what the bank receives and its effective annual return, and — when the
 * scenario names a loan rate — the same money as a conventional loan,
 * for comparison only. It follows every edit, from the document's key
 * figures (mu_figures_compute(), as the command line's `figures`).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-figures.h"
#include "mu-input.h"
#include "mu-summary-section.h"

struct _MuSummarySection
{
  MuSection     parent_instance;

  GtkWidget    *group;
  AdwActionRow *payments_row;  /* the rows: NULL until the window's first frame is drawn */
  AdwActionRow *owned_row;
  AdwActionRow *bank_row;
  AdwActionRow *loan_row;
};

G_DEFINE_FINAL_TYPE (MuSummarySection, mu_summary_section, MU_TYPE_SECTION)

static char *
money (const MuScenario *scenario,
       MuMoney           amount)
{
  g_autofree char *figure = mu_input_format_amount (amount, mu_scenario_get_exponent (scenario));

  /* Translators: an amount and its currency code, “1 250.00 RUB”. */
  return g_strdup_printf (_("%s %s"), figure, scenario->currency);
}

static void
set_subtitle (AdwActionRow *row,
              const char   *text)
{
  if (g_strcmp0 (adw_action_row_get_subtitle (row), text) != 0)
    adw_action_row_set_subtitle (row, text);
}

static void
show_payments (MuSummarySection *self,
               const MuScenario *s,
               const MuFigures  *f)
{
  g_autofree char *usual = money (s, f->installment_usual);
  g_autofree char *largest = money (s, f->installment_largest);
  g_autofree char *total = money (s, f->buyers_paid);
  g_autofree char *text = NULL;

  if (f->installment_usual == f->installment_largest)
    /* Translators: what the buyers pay an installment, how many, and in all. */
    text = g_strdup_printf (ngettext ("%s an installment, %u installment, %s in all",
                                      "%s an installment, %u installments, %s in all", f->n_installments),
                            usual, f->n_installments, total);
  else
    /* Translators: the usual and the largest installment, how many, and
     * what the buyers pay in all. */
    text = g_strdup_printf (ngettext ("usually %s an installment, at most %s, %u installment, %s in all",
                                      "usually %s an installment, at most %s, %u installments, %s in all",
                                      f->n_installments),
                            usual, largest, f->n_installments, total);
  set_subtitle (self->payments_row, text);
}

static void
show_ownership (MuSummarySection *self,
                const MuScenario *s,
                const MuFigures  *f)
{
  g_autofree char *text = NULL;
  char date[64];

  if (g_date_valid (&f->owned_outright_from) && g_date_get_year (&f->owned_outright_from) <= 9999)
    {
      g_date_strftime (date, sizeof date, "%x", &f->owned_outright_from);
      /* Translators: the day from which the buyers own the whole object. */
      text = g_strdup_printf (_("from %s"), date);
    }
  else
    {
      g_autofree char *held = money (s, f->bank_held_end);

      /* Translators: the projection ends while the bank holds this much. */
      text = g_strdup_printf (_("not within the projection: the bank still holds %s at its end"), held);
    }
  set_subtitle (self->owned_row, text);
}

static void
show_bank (MuSummarySection *self,
           const MuScenario *s,
           const MuFigures  *f)
{
  g_autofree char *received = money (s, f->bank_received);
  g_autofree char *text = NULL;

  if (f->has_bank_return)
    /* Translators: what the bank receives in all, and its effective
     * annual return. */
    text = g_strdup_printf (_("%s in all, an effective return of %.2f %% a year"), received, f->bank_return_percent);
  else
    /* Translators: what the bank receives in all, when no rate of return
     * balances its cash flows. */
    text = g_strdup_printf (_("%s in all; its return a year is not defined"), received);
  set_subtitle (self->bank_row, text);
}

static void
show_loan (MuSummarySection *self,
           const MuScenario *s,
           const MuFigures  *f)
{
  g_autofree char *rate = NULL;
  g_autofree char *payment = NULL;
  g_autofree char *total = NULL;
  g_autofree char *interest = NULL;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->loan_row), f->has_loan);
  if (!f->has_loan)
    return;
  rate = mu_input_format_percent (f->loan.annual_rate);
  payment = money (s, f->loan.payment);
  total = money (s, f->loan.total_paid);
  interest = money (s, f->loan.total_interest);
  /* Translators: a conventional loan of the bank's contribution: its rate
   * a year, its payment, what it costs in all and the interest in it. */
  text = g_strdup_printf (_("at %s %% a year: %s a payment, %s in all, of which %s interest — interest is riba"),
                          rate, payment, total, interest);
  set_subtitle (self->loan_row, text);
}

static void
on_result_changed (MuSummarySection *self)
{
  MuScenarioDocument *document = mu_section_get_document (MU_SECTION (self));
  const MuScenario *s = mu_scenario_document_get_scenario (document);
  MuResult *result = mu_scenario_document_get_result (document);
  g_autoptr(MuFigures) figures = NULL;

  if (self->payments_row == NULL)
    return;
  figures = result != NULL ? mu_figures_compute (s, result, NULL) : NULL;

  /* Without a bank, or while the scenario cannot be computed, there is
   * no deal to sum up: the findings say why. */
  gtk_widget_set_visible (self->group, figures != NULL && figures->has_financing);
  if (figures == NULL || !figures->has_financing)
    return;
  show_payments (self, s, figures);
  show_ownership (self, s, figures);
  show_bank (self, s, figures);
  show_loan (self, s, figures);
}

static AdwActionRow *
add_row (MuSummarySection *self,
         const char       *title)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), row);
  return ADW_ACTION_ROW (row);
}

/* The window's first frame is drawn: the summary's turn. */
static void
on_after_paint (GdkFrameClock    *clock,
                MuSummarySection *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, self);
  self->payments_row = add_row (self, _("The buyers pay the bank"));
  self->owned_row = add_row (self, _("The buyers own it all"));
  self->bank_row = add_row (self, _("The bank receives"));
  self->loan_row = add_row (self, _("A conventional loan, for comparison only"));
  if (mu_section_get_document (MU_SECTION (self)) != NULL)
    on_result_changed (self);
}

/* A scenario is summed up once the window's first frame is drawn: the
 * rate of return and four wrapped lines are not what the owner looks at
 * first, and on GTK 4.8 a wrapped line costs the first frame more than
 * most of the page. After that, every edit is summed up at once. */
static void
mu_summary_section_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (mu_summary_section_parent_class)->realize (widget);
  if (MU_SUMMARY_SECTION (widget)->payments_row == NULL)
    g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint", G_CALLBACK (on_after_paint),
                             widget, 0);
}

static void
mu_summary_section_load (MuSection *section)
{
  on_result_changed (MU_SUMMARY_SECTION (section));
}

static void
mu_summary_section_class_init (MuSummarySectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  MU_SECTION_CLASS (klass)->load = mu_summary_section_load;
  widget_class->realize = mu_summary_section_realize;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/musharaka/Musharaka/mu-summary-section.ui");
  gtk_widget_class_bind_template_child (widget_class, MuSummarySection, group);
}

static void
mu_summary_section_init (MuSummarySection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  mu_section_watch (MU_SECTION (self), MU_DOCUMENT_RESULT, G_CALLBACK (on_result_changed));
}

MuSummarySection *
mu_summary_section_new (void)
{
  return g_object_new (MU_TYPE_SUMMARY_SECTION, NULL);
}

/* What the summary says, a line a row shown, for tests and for reading. */
char *
mu_summary_section_dup_text (MuSummarySection *self)
{
  AdwActionRow *rows[4];
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (MU_IS_SUMMARY_SECTION (self), NULL);

  if (!gtk_widget_get_visible (self->group) || self->payments_row == NULL)
    return g_string_free (text, FALSE);
  rows[0] = self->payments_row;
  rows[1] = self->owned_row;
  rows[2] = self->bank_row;
  rows[3] = self->loan_row;
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (gtk_widget_get_visible (GTK_WIDGET (rows[i])))
      g_string_append_printf (text, "%s: %s\n", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (rows[i])),
                              adw_action_row_get_subtitle (rows[i]));
  return g_string_free (text, FALSE);
}
