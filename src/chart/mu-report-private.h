/* mu-report-private.h — shared by the files of the report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mu-chart-private.h"
#include "mu-report.h"

G_BEGIN_DECLS

#define MARGIN      40.0
#define FONT_SIZE   9.0
#define ROW_HEIGHT  (FONT_SIZE * 1.7)
#define CHART_SIZE  250.0
#define PARTNERS_PER_TABLE 3

typedef enum
{
  ITEM_HEADER,
  ITEM_SECTION,       /* index: which section title */
  ITEM_PARAMETER,     /* index: which parameter row */
  ITEM_CHART,         /* index: MuChartKind */
  ITEM_DONUTS,
  ITEM_TABLE_HEADER,  /* table: 0 the schedule, 1 + g partners group g */
  ITEM_TABLE_ROW,     /* table, index: period */
  ITEM_FINDING,       /* index: finding */
  ITEM_TEXT,          /* index: which paragraph */
} ItemKind;

typedef struct
{
  ItemKind kind;
  guint    table;
  guint    index;
  guint    page;
  double   y;
  double   height;
} Item;

struct _MuReport
{
  const MuScenario *scenario;
  const MuResult   *result;
  MuChartStyle      style;
  double            width;
  double            height;
  GArray           *items;        /* of Item, in reading order */
  GPtrArray        *parameters;   /* of char *, "label\tvalue" */
  GPtrArray        *sections;     /* of char * */
  GPtrArray        *paragraphs;   /* of char * */
  guint             n_pages;
};

void     mu_report_canvas             (MuReport        *report,
                                       cairo_t         *cr,
                                       MuCanvas        *canvas);
double   mu_report_content_width      (const MuReport  *report);
void     mu_report_collect_parameters (MuReport        *report);
guint    mu_report_table_columns      (MuReport        *report,
                                       guint            table,
                                       GPtrArray       *titles);
void     mu_report_table_cells        (MuReport        *report,
                                       guint            table,
                                       guint            t,
                                       GPtrArray       *cells);
void     mu_report_draw_row           (MuReport        *report,
                                       MuCanvas        *canvas,
                                       guint            table,
                                       double           y,
                                       GPtrArray       *cells,
                                       gboolean         header);

G_END_DECLS
