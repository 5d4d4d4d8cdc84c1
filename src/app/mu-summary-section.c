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
#include "mu-summary.h"
#include "mu-summary-section.h"

struct _MuSummarySection
{
  MuSection     parent_instance;

  GtkWidget    *group;
  gboolean      painted;  /* the window's first frame is drawn: the rows may be built */
  GPtrArray    *rows;     /* of AdwActionRow, a line of the summary each */
};

G_DEFINE_FINAL_TYPE (MuSummarySection, mu_summary_section, MU_TYPE_SECTION)

static void
show_line (MuSummarySection    *self,
           guint                i,
           const MuSummaryLine *line)
{
  AdwActionRow *row;

  if (i == self->rows->len)
    {
      GtkWidget *widget = adw_action_row_new ();

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), widget);
      g_ptr_array_add (self->rows, widget);
    }
  row = g_ptr_array_index (self->rows, i);
  gtk_widget_set_visible (GTK_WIDGET (row), TRUE);
  if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), line->title) != 0)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), line->title);
  if (g_strcmp0 (adw_action_row_get_subtitle (row), line->text) != 0)
    adw_action_row_set_subtitle (row, line->text);
}

static void
on_result_changed (MuSummarySection *self)
{
  MuScenarioDocument *document = mu_section_get_document (MU_SECTION (self));
  const MuScenario *s = mu_scenario_document_get_scenario (document);
  MuResult *result = mu_scenario_document_get_result (document);
  g_autoptr(MuFigures) figures = NULL;
  g_autoptr(GPtrArray) lines = NULL;

  if (!self->painted)
    return;
  figures = result != NULL ? mu_figures_compute (s, result, NULL) : NULL;

  /* Without a bank, or while the scenario cannot be computed, there is
   * no deal to sum up: the findings say why. */
  lines = figures != NULL ? mu_summary_lines (s, figures) : NULL;
  gtk_widget_set_visible (self->group, lines != NULL && lines->len > 0);
  if (lines == NULL)
    return;
  for (guint i = 0; i < lines->len; i++)
    show_line (self, i, g_ptr_array_index (lines, i));
  for (guint i = lines->len; i < self->rows->len; i++)
    gtk_widget_set_visible (g_ptr_array_index (self->rows, i), FALSE);
}

/* The window's first frame is drawn: the summary's turn. */
static void
on_after_paint (GdkFrameClock    *clock,
                MuSummarySection *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, self);
  self->painted = TRUE;
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
  if (!MU_SUMMARY_SECTION (widget)->painted)
    g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint", G_CALLBACK (on_after_paint),
                             widget, 0);
}

static void
mu_summary_section_load (MuSection *section)
{
  on_result_changed (MU_SUMMARY_SECTION (section));
}

static void
mu_summary_section_finalize (GObject *object)
{
  g_ptr_array_unref (MU_SUMMARY_SECTION (object)->rows);
  G_OBJECT_CLASS (mu_summary_section_parent_class)->finalize (object);
}

static void
mu_summary_section_class_init (MuSummarySectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = mu_summary_section_finalize;

  MU_SECTION_CLASS (klass)->load = mu_summary_section_load;
  widget_class->realize = mu_summary_section_realize;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/musharaka/Musharaka/mu-summary-section.ui");
  gtk_widget_class_bind_template_child (widget_class, MuSummarySection, group);
}

static void
mu_summary_section_init (MuSummarySection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
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
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (MU_IS_SUMMARY_SECTION (self), NULL);

  if (!gtk_widget_get_visible (self->group))
    return g_string_free (text, FALSE);
  for (guint i = 0; i < self->rows->len; i++)
    {
      AdwActionRow *row = g_ptr_array_index (self->rows, i);

      if (gtk_widget_get_visible (GTK_WIDGET (row)))
        g_string_append_printf (text, "%s: %s\n", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                adw_action_row_get_subtitle (row));
    }
  return g_string_free (text, FALSE);
}
