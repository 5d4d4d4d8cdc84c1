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
#define LINE_GAP    (FONT_SIZE * 0.45)  /* above and below the text of a row */
#define CELL_PAD    (FONT_SIZE * 0.6)   /* either side of a cell's text: numbers apart */
#define PAIR_GAP    (FONT_SIZE * 1.2)   /* between a label and its value */
#define CHART_SIZE  230.0  /* the ownership over time */
#define DONUT_SIZE  210.0  /* the shares, and the profit beside them on an A4 page */
#define PARTNERS_PER_TABLE 3

typedef enum
{
  ITEM_HEADER,
  ITEM_SECTION,       /* index: which section title */
  ITEM_PAIR,          /* index: which label and value */
  ITEM_CHART,         /* index: MuChartKind */
  ITEM_DONUTS,
  ITEM_TABLE_HEADER,  /* table: 0 the schedule, 1 + g partners group g */
  ITEM_TABLE_ROW,     /* table, index: row, 0-based; the last is the totals */
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

/* A line of the summary or of the parameters: a label, and its value
 * beside it in a column of its own. */
typedef struct
{
  char *label;
  char *value;
} MuReportPair;

typedef enum
{
  MU_REPORT_START,   /* where a line of the report's language begins */
  MU_REPORT_END,
  MU_REPORT_CENTER,
  MU_REPORT_NUMBER,  /* digits run left to right and end on the right, in every language */
  MU_REPORT_OWN,     /* a name or a note: in the direction of its own letters, from the reading side */
} MuReportAlign;

typedef struct
{
  char    *group;   /* the title over this column and its neighbours of the same group, or NULL */
  char    *title;
  gboolean number;
  double   x;       /* from the reading side of the content, in points */
  double   width;
} MuReportColumn;

typedef struct
{
  GPtrArray *columns;        /* of MuReportColumn* */
  guint      n_rows;         /* the periods, the ownership after them, the totals */
  guint      owned_row;      /* the row of who owns what after the last buyout, or G_MAXUINT */
  double     group_height;   /* the stacked titles' row, 0 without groups */
  double     header_height;
  double     row_height;
  double     owned_height;   /* of the row of ownership, whose words may wrap */
  double     pad;            /* either side of a cell's text */
  double     scale;          /* of its cells' text */
} MuReportTable;

struct _MuReport
{
  const MuScenario *scenario;
  const MuResult   *result;
  MuChartStyle      style;
  double            width;
  double            height;
  GArray           *items;        /* of Item, in reading order */
  GArray           *placed;       /* of Item, on their pages, the tables' headers repeated */
  GPtrArray        *pairs;        /* of MuReportPair* */
  GPtrArray        *sections;     /* of char * */
  GPtrArray        *paragraphs;   /* of char * */
  GPtrArray        *tables;       /* of MuReportTable* */
  double            label_width;  /* the labels' column of the pairs */
  double            footer_height;
  guint             n_pages;
};

void          mu_report_canvas             (MuReport        *report,
                                            cairo_t         *cr,
                                            MuCanvas        *canvas);
double        mu_report_content_width      (const MuReport  *report);
PangoLayout  *mu_report_text               (MuReport        *report,
                                            MuCanvas        *canvas,
                                            const char      *text,
                                            double           scale,
                                            gboolean         bold,
                                            double           width,
                                            MuReportAlign    align);
double        mu_report_text_height        (PangoLayout     *layout);
void          mu_report_show               (MuCanvas        *canvas,
                                            PangoLayout     *layout,
                                            double           x,
                                            double           y,
                                            double           width);
void          mu_report_add_pair           (MuReport        *report,
                                            const char      *label,
                                            char            *value);
void          mu_report_measure_pairs      (MuReport        *report,
                                            MuCanvas        *canvas);
double        mu_report_pair_height        (MuReport        *report,
                                            MuCanvas        *canvas,
                                            guint            index);
void          mu_report_draw_pair          (MuReport        *report,
                                            MuCanvas        *canvas,
                                            guint            index,
                                            double           y);
char         *mu_report_money              (const MuReport  *report,
                                            MuMoney          amount);
void          mu_report_collect_parameters (MuReport        *report);
void          mu_report_collect_summary    (MuReport        *report);

static inline double
mu_report_row_height (const MuReportTable *table,
                      guint                row)
{
  return row == table->owned_row ? table->owned_height : table->row_height;
}

guint         mu_report_n_tables           (const MuReport  *report);
MuReportTable *mu_report_table_new         (MuReport        *report,
                                            guint            table);
void          mu_report_table_free         (MuReportTable   *table);
void          mu_report_table_measure      (MuReport        *report,
                                            MuCanvas        *canvas,
                                            guint            table);
void          mu_report_table_cells        (MuReport        *report,
                                            guint            table,
                                            guint            row,
                                            GPtrArray       *cells);
void          mu_report_draw_header        (MuReport        *report,
                                            MuCanvas        *canvas,
                                            guint            table,
                                            double           y);
void          mu_report_draw_row           (MuReport        *report,
                                            MuCanvas        *canvas,
                                            guint            table,
                                            guint            row,
                                            double           y);

double        mu_report_item_height        (MuReport        *report,
                                            MuCanvas        *canvas,
                                            const Item      *item);
PangoLayout  *mu_report_footer             (MuReport        *report,
                                            MuCanvas        *canvas,
                                            guint            page,
                                            guint            n_pages);

G_END_DECLS
