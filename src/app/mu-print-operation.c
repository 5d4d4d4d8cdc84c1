/* mu-print-operation.c — printing the report
 *
 * The pages are the report's: this only hands them the printer's cairo
 * context, so paper and PDF look the same. The paper offered first is
 * the locale's, as the PDF's (mu_paper_for_locale()): A4 unless the
 * locale's custom is Letter.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-print-operation.h"
#include "mu-report.h"

struct _MuPrintOperation
{
  GtkPrintOperation parent_instance;

  MuScenario       *scenario;   /* a copy: editing may go on while printing */
  MuResult         *result;
  MuReport         *report;
};

G_DEFINE_FINAL_TYPE (MuPrintOperation, mu_print_operation, GTK_TYPE_PRINT_OPERATION)

static void
mu_print_operation_begin_print (GtkPrintOperation *operation,
                                GtkPrintContext   *context)
{
  MuPrintOperation *self = MU_PRINT_OPERATION (operation);
  MuChartStyle style;
  guint pages;

  mu_chart_style_init (&style, MU_CHART_THEME_LIGHT);
  style.rtl = gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL;
  self->report = mu_report_new (self->scenario, self->result, &style,
                                gtk_print_context_get_width (context), gtk_print_context_get_height (context));
  pages = mu_report_paginate (self->report, gtk_print_context_get_cairo_context (context));
  gtk_print_operation_set_n_pages (operation, pages);
}

static void
mu_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page)
{
  MuPrintOperation *self = MU_PRINT_OPERATION (operation);

  mu_report_draw_page (self->report, gtk_print_context_get_cairo_context (context), page);
}

static void
mu_print_operation_finalize (GObject *object)
{
  MuPrintOperation *self = MU_PRINT_OPERATION (object);

  g_clear_pointer (&self->report, mu_report_free);
  g_clear_pointer (&self->result, mu_result_free);
  g_clear_pointer (&self->scenario, mu_scenario_free);
  G_OBJECT_CLASS (mu_print_operation_parent_class)->finalize (object);
}

static void
mu_print_operation_class_init (MuPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *print_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = mu_print_operation_finalize;
  print_class->begin_print = mu_print_operation_begin_print;
  print_class->draw_page = mu_print_operation_draw_page;
}

/* The dialog starts from the locale's paper, not from a printer's
 * default that may be Letter anywhere. */
static void
set_locale_paper (GtkPrintOperation *operation)
{
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  GtkPaperSize *paper = gtk_paper_size_new (mu_paper_for_locale () == MU_PAPER_LETTER ? GTK_PAPER_NAME_LETTER
                                                                                       : GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  gtk_print_settings_set_paper_size (settings, paper);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_print_settings (operation, settings);
  gtk_paper_size_free (paper);
}

static void
mu_print_operation_init (MuPrintOperation *self)
{
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
  /* The report keeps its own margins, wider than a printer's: on the
   * whole sheet, its pages are those of the PDF. */
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), TRUE);
  set_locale_paper (GTK_PRINT_OPERATION (self));
}

MuPrintOperation *
mu_print_operation_new (const MuScenario *scenario)
{
  MuPrintOperation *self = g_object_new (MU_TYPE_PRINT_OPERATION, NULL);

  self->scenario = mu_scenario_copy (scenario);
  self->result = mu_engine_run (self->scenario, NULL);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), scenario->name);
  return self;
}
