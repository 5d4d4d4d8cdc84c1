/* mu-report.h — the printed report: the same pages for Print and for PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mu-chart.h"

G_BEGIN_DECLS

typedef enum
{
  MU_PAPER_A4,
  MU_PAPER_LETTER,
} MuPaper;

typedef struct _MuReport MuReport;

MuReport *mu_report_new         (const MuScenario   *scenario,
                                 const MuResult     *result,
                                 const MuChartStyle *style,
                                 double              page_width,
                                 double              page_height);
void      mu_report_free        (MuReport           *report);
guint     mu_report_paginate    (MuReport           *report,
                                 cairo_t            *cr);
void      mu_report_draw_page   (MuReport           *report,
                                 cairo_t            *cr,
                                 guint               page);
gboolean  mu_report_write_pdf   (const MuScenario   *scenario,
                                 const MuResult     *result,
                                 const MuChartStyle *style,
                                 MuPaper             paper,
                                 const char         *path,
                                 guint              *n_pages,
                                 GError            **error);
void      mu_paper_size         (MuPaper             paper,
                                 double             *width,
                                 double             *height);
MuPaper   mu_paper_for_locale   (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MuReport, mu_report_free)

G_END_DECLS
