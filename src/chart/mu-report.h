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

/* A document of pages drawn the same on paper and in a PDF. */
typedef guint (*MuPaginateFunc) (gpointer data, cairo_t *cr);
typedef void  (*MuDrawPageFunc) (gpointer data, cairo_t *cr, guint page);

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
cairo_status_t mu_pages_write_pdf (const char    *path,
                                  double         width,
                                  double         height,
                                  MuPaginateFunc paginate,
                                  MuDrawPageFunc draw,
                                  gpointer       data,
                                  guint         *n_pages);
void      mu_paper_size         (MuPaper             paper,
                                 double             *width,
                                 double             *height);
MuPaper   mu_paper_for_locale   (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MuReport, mu_report_free)

G_END_DECLS
