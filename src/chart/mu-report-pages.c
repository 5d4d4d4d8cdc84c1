/* mu-report-pages.c — the report's items placed on pages
 *
 * A section's title never ends a page alone; a table that goes on to a
 * new page repeats its header there, and no page holds only one of its
 * rows, or only its header.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-chart"

#include "config.h"

#include <math.h>

#include "mu-report-private.h"

#define MIN_ROWS 2  /* of a table, on any page it is on */

typedef struct
{
  MuReport *report;
  MuCanvas *canvas;
  GArray   *placed;  /* of Item */
  double    top;
  double    bottom;
  double    y;
  guint     page;
} Pager;

static void
new_page (Pager *pager)
{
  pager->page++;
  pager->y = pager->top;
}

static void
place (Pager *pager,
       Item   item)
{
  item.page = pager->page;
  item.y = pager->y;
  g_array_append_val (pager->placed, item);
  pager->y += item.height;
}

static const MuReportTable *
table_of (const Pager *pager,
          const Item  *item)
{
  return g_ptr_array_index (pager->report->tables, item->table);
}

/* How many of @remaining rows to put where there is room for @room: all
 * if they fit; else never so many that one is left alone for the next
 * page, and never one alone here — none, then. */
static guint
rows_here (guint room,
           guint remaining)
{
  if (room >= remaining)
    return remaining;
  if (remaining - room < MIN_ROWS)
    room = remaining > MIN_ROWS ? remaining - MIN_ROWS : 0;
  return room < MIN_ROWS ? 0 : room;
}

/* How many of the rows from @row fit between the pager's place, less
 * @header, and the page's bottom. */
static guint
room_for_rows (const Pager         *pager,
               const MuReportTable *table,
               guint                row,
               double               header)
{
  double y = pager->y + header;
  guint n = 0;

  while (row + n < table->n_rows && y + mu_report_row_height (table, row + n) <= pager->bottom + 1e-6)
    y += mu_report_row_height (table, row + n++);
  return n;
}

/* Places the header at @items[@i] and the rows after it, the header again
 * on each page the table goes on to. Returns the index of its last row. */
static guint
place_table (Pager       *pager,
             const Item  *items,
             guint        i)
{
  const MuReportTable *table = table_of (pager, &items[i]);
  Item header = items[i];
  guint row = 0;

  header.height = table->header_height;
  if (rows_here (room_for_rows (pager, table, 0, header.height), table->n_rows) == 0 && pager->y > pager->top)
    new_page (pager);
  for (;;)
    {
      guint remaining = table->n_rows - row;
      guint room, take;

      place (pager, header);
      room = room_for_rows (pager, table, row, 0);
      take = rows_here (room, remaining);
      /* A page too short for two rows still takes one. */
      if (take == 0)
        take = MAX (1, MIN (room, remaining));
      for (guint k = 0; k < take; k++, row++)
        {
          Item item = items[i + 1 + row];

          item.height = mu_report_row_height (table, row);
          place (pager, item);
        }
      if (row == table->n_rows)
        return i + table->n_rows;
      new_page (pager);
    }
}

/* What must follow a section's title on its page: the first item of the
 * section, or a table's header and its first rows. */
static double
first_of_section (Pager      *pager,
                  const Item *next)
{
  if (next->kind == ITEM_TABLE_HEADER)
    {
      const MuReportTable *table = table_of (pager, next);

      double height = table->header_height;

      for (guint row = 0; row < MIN (MIN_ROWS, table->n_rows); row++)
        height += mu_report_row_height (table, row);
      return height;
    }
  return mu_report_item_height (pager->report, pager->canvas, next);
}

static void
measure (MuReport *report,
         MuCanvas *canvas)
{
  g_autoptr(PangoLayout) footer = mu_report_footer (report, canvas, 999, 999);

  report->footer_height = mu_report_text_height (footer);
  mu_report_measure_pairs (report, canvas);
  for (guint t = 0; t < report->tables->len; t++)
    mu_report_table_measure (report, canvas, t);
}

/* Places every item on a page. */
guint
mu_report_paginate (MuReport *report,
                    cairo_t  *cr)
{
  g_autoptr(GArray) placed = g_array_new (FALSE, TRUE, sizeof (Item));
  const Item *items;
  MuCanvas canvas;
  Pager pager;

  g_return_val_if_fail (report != NULL && cr != NULL, 0);

  mu_report_canvas (report, cr, &canvas);
  measure (report, &canvas);
  pager = (Pager) { report, &canvas, placed, MARGIN, report->height - MARGIN - report->footer_height - FONT_SIZE,
                    MARGIN, 0 };
  items = (const Item *) (void *) report->items->data;
  for (guint i = 0; i < report->items->len; i++)
    {
      Item item = items[i];
      double needed;

      if (item.kind == ITEM_TABLE_HEADER)
        {
          i = place_table (&pager, items, i);
          continue;
        }
      item.height = mu_report_item_height (report, &canvas, &item);
      needed = item.height;
      if (item.kind == ITEM_SECTION && i + 1 < report->items->len)
        needed += first_of_section (&pager, &items[i + 1]);
      if (pager.y + needed > pager.bottom && pager.y > pager.top)
        new_page (&pager);
      place (&pager, item);
    }

  g_clear_pointer (&report->placed, g_array_unref);
  report->placed = g_steal_pointer (&placed);
  report->n_pages = pager.page + 1;
  return report->n_pages;
}
