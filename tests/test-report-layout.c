/* test-report-layout.c — the report as a reader sees it, in English,
 * Russian and Arabic: no text cut off, none drawn over its neighbour,
 * none outside the margins, every label, header and cell whole in its own
 * box; tables never leave a row alone on a page; the locale's paper
 *
 * The pages are read back by poppler: the words and their glyphs' boxes,
 * and the text found in each box the report meant for a label, a header
 * or a cell.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>
#include <poppler.h>
#include <string.h>

#include "mu-figures.h"
#include "mu-report-private.h"
#include "mu-summary.h"
#include "test-report-words.h"
#include "test-util.h"

static const char * const long_names[] = {
  "Islamic bank of the Republic of Tatarstan, Kazan branch",
  "Общество с ограниченной ответственностью «Волжская жатва»",
  "Rustam Ildarovich Khaziev-Mukhametshin the elder",
  "مصرف التنمية الإسلامي في جمهورية تتارستان الشقيقة",
};

/* Case C made long: monthly, four partners named at length, a yearly
 * rent, a loan to compare with, and notes. */
static MuScenario *
long_scenario (guint periods)
{
  MuScenario *s = load_example ("case-c-diminishing-transfer.musharaka");
  MuPartner *buyer, *investor;

  s->period = MU_PERIOD_MONTH;
  s->periods = periods;
  s->financing.installments = MAX (1, periods * 4 / 5);
  s->financing.rent_annual = TRUE;
  s->financing.rent = 12 * MU_PERCENT_100 / 100;
  s->financing.has_loan_rate = TRUE;
  s->financing.loan_rate = 18 * MU_PERCENT_100 / 100;
  g_free (mu_scenario_get_partner (s, 1)->name);
  mu_scenario_get_partner (s, 1)->name = g_strdup (long_names[0]);
  g_free (mu_scenario_get_partner (s, 0)->name);
  mu_scenario_get_partner (s, 0)->name = g_strdup (long_names[1]);
  buyer = mu_scenario_add_partner (s, long_names[2], MU_PARTNER_OWNER);
  mu_partner_add_cash (buyer, 10000);
  mu_financing_add_buyer (&s->financing, buyer->id);
  investor = mu_scenario_add_partner (s, long_names[3], MU_PARTNER_INVESTOR);
  mu_partner_add_cash (investor, 5000);
  g_free (s->notes);
  s->notes = g_strdup ("The harvester is insured by takaful; the notes of a scenario are long enough to wrap over "
                       "more than one line of the printed page, and they must be read whole.\nA second paragraph.");
  for (guint i = 0; i < G_N_ELEMENTS (long_names); i++)
    g_assert_cmpint (g_utf8_strlen (long_names[i], -1), >, 35);
  return s;
}

/* The page's edge of a box that starts @x from the reading side. */
static double
left_of (const MuReport *report,
         double          x,
         double          width)
{
  return report->style.rtl ? MARGIN + mu_report_content_width (report) - x - width : MARGIN + x;
}

static Side
start_side (const MuReport *report)
{
  return report->style.rtl ? SIDE_RIGHT : SIDE_LEFT;
}

static void
check_pair (const MuReport *report,
            const Page     *page,
            const Item     *item)
{
  const MuReportPair *pair = g_ptr_array_index (report->pairs, item->index);
  double label = report->label_width;
  double value = mu_report_content_width (report) - label - PAIR_GAP;
  Box box = { left_of (report, 0, label), item->y, label, item->height, 0, start_side (report) };

  assert_box_holds (page, &box, pair->label);
  box = (Box) { left_of (report, label + PAIR_GAP, value), item->y, value, item->height, 0, start_side (report) };
  assert_box_holds (page, &box, pair->value);
}

static const MuReportColumn *
column_at (const MuReportTable *table,
           guint                c)
{
  return g_ptr_array_index (table->columns, c);
}

/* Each title over its column, a number's on the right; a partner's name
 * in the middle over the columns it spans. */
static void
check_header (const MuReport *report,
              const Page     *page,
              const Item     *item)
{
  const MuReportTable *table = g_ptr_array_index (report->tables, item->table);

  for (guint c = 0; c < table->columns->len; c++)
    {
      const MuReportColumn *column = column_at (table, c);
      double top = column->group != NULL ? table->group_height : 0;
      Box box = { left_of (report, column->x, column->width), item->y + top, column->width,
                  table->header_height - top, table->pad, column->number ? SIDE_RIGHT : start_side (report) };
      guint end = c + 1;

      assert_box_holds (page, &box, column->title);
      if (column->group == NULL || (c > 0 && g_strcmp0 (column->group, column_at (table, c - 1)->group) == 0))
        continue;
      while (end < table->columns->len && g_strcmp0 (column_at (table, end)->group, column->group) == 0)
        end++;
      box.width = column_at (table, end - 1)->x + column_at (table, end - 1)->width - column->x;
      box = (Box) { left_of (report, column->x, box.width), item->y, box.width, table->group_height, table->pad,
                    SIDE_CENTER };
      assert_box_holds (page, &box, column->group);
    }
}

/* Each cell in its column: numbers on the right, text from the reading side. */
static void
check_row (MuReport   *report,
           const Page *page,
           const Item *item)
{
  const MuReportTable *table = g_ptr_array_index (report->tables, item->table);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  gboolean totals = item->index + 1 == table->n_rows;

  mu_report_table_cells (report, item->table, item->index, cells);
  g_assert_cmpuint (cells->len, ==, table->columns->len);
  for (guint c = 0; c < cells->len; c++)
    {
      const MuReportColumn *column = column_at (table, c);
      const char *cell = g_ptr_array_index (cells, c);
      Box box = { 0, item->y, column->width, item->height, table->pad,
                  column->number && !(totals && c == 0) ? SIDE_RIGHT : start_side (report) };

      /* The totals' label may take the empty columns beside it. */
      if (totals && c == 0)
        while (c + 1 < cells->len && ((char *) g_ptr_array_index (cells, c + 1))[0] == '\0' &&
               !column_at (table, c + 1)->number)
          box.width += column_at (table, ++c)->width;
      box.x = left_of (report, column->x, box.width);
      assert_box_holds (page, &box, cell);
    }
}

/* Every letter of @part is in @text, as often. */
static gboolean
has_letters (const char *text,
             const char *part)
{
  g_autofree char *all = letters (text);
  g_autofree char *some = letters (part);
  const char *p = all;

  for (const char *q = some; *q != '\0'; q = g_utf8_next_char (q))
    {
      gunichar c = g_utf8_get_char (q);

      while (*p != '\0' && g_utf8_get_char (p) < c)
        p = g_utf8_next_char (p);
      if (*p == '\0' || g_utf8_get_char (p) != c)
        return FALSE;
      p = g_utf8_next_char (p);
    }
  return TRUE;
}

/* Each chart's legend names every partner, whole. */
static void
check_legends (const MuReport *report,
               const Page     *page,
               const Item     *item)
{
  double width = mu_report_content_width (report);
  guint boxes = item->kind == ITEM_DONUTS ? 2 : 1;

  for (guint b = 0; b < boxes; b++)
    {
      double left, right;
      g_autofree char *found = text_in (page, MARGIN + b * width / boxes, item->y, width / boxes, item->height,
                                        &left, &right);
      g_autofree char *text = normalize (found);

      for (guint i = 0; i < report->scenario->partners->len; i++)
        {
          const char *name = mu_scenario_get_partner (report->scenario, i)->name;
          g_autofree char *plain = normalize (name);

          /* Right-to-left names come in poppler's own order: their
           * letters, at least, must all be there. */
          if (g_unichar_get_script (g_utf8_get_char (name)) == G_UNICODE_SCRIPT_ARABIC
              ? !has_letters (found, name) : strstr (text, plain) == NULL)
            g_error ("the legend of chart %u lacks “%s”: %s", item->index, name, found);
        }
    }
}

/* Each item holds its own text, whole, in the box the report gave it. */
static void
check_items (MuReport   *report,
             const Page *page,
             guint       index)
{
  for (guint i = 0; i < report->placed->len; i++)
    {
      const Item *item = &g_array_index (report->placed, Item, i);

      if (item->page != index)
        continue;
      if (item->kind == ITEM_PAIR)
        check_pair (report, page, item);
      else if (item->kind == ITEM_TABLE_HEADER)
        check_header (report, page, item);
      else if (item->kind == ITEM_TABLE_ROW)
        check_row (report, page, item);
      else if (item->kind == ITEM_CHART || item->kind == ITEM_DONUTS)
        check_legends (report, page, item);
      else if (item->kind == ITEM_SECTION || item->kind == ITEM_TEXT || item->kind == ITEM_HEADER)
        {
          Box box = { MARGIN, item->y, mu_report_content_width (report), item->height, 0, start_side (report) };
          g_autofree char *header = g_strconcat (report->scenario->name, " ", _("Musharaka scenario report"), NULL);

          assert_box_holds (page, &box, item->kind == ITEM_HEADER ? header
                                        : item->kind == ITEM_SECTION ? g_ptr_array_index (report->sections, item->index)
                                        : g_ptr_array_index (report->paragraphs, item->index));
        }
    }
}

static MuReport *
write_report (const MuScenario *scenario,
              const MuResult   *result,
              MuPaper           paper,
              const char       *path)
{
  MuChartStyle style;
  MuReport *report;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;
  guint pages;

  mu_chart_style_init (&style, MU_CHART_THEME_LIGHT);
  style.rtl = mu_chart_locale_is_rtl ();
  mu_paper_size (paper, &width, &height);
  report = mu_report_new (scenario, result, &style, width, height);
  surface = cairo_pdf_surface_create (path, width, height);
  cr = cairo_create (surface);
  pages = mu_report_paginate (report, cr);
  for (guint page = 0; page < pages; page++)
    {
      mu_report_draw_page (report, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return report;
}

/* Reads back every page of the report of @scenario on @paper. */
static void
check_report (const MuScenario *scenario,
              MuPaper           paper,
              const char       *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MuResult) result = run_engine (scenario);
  const char *keep = g_getenv ("MUSHARAKA_REPORT_DIR");
  g_autofree char *dir = keep != NULL ? g_strdup (keep) : g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(MuReport) report = write_report (scenario, result, paper, path);
  g_autoptr(GPtrArray) words = read_words (path);
  PopplerDocument *document = poppler_document_new_from_file (uri, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, report->n_pages);
  g_assert_cmpuint (words->len, ==, report->n_pages);
  for (guint i = 0; i < report->n_pages; i++)
    {
      PopplerPage *poppler_page = poppler_document_get_page (document, i);
      Page page = { g_ptr_array_index (words, i), 0, 0, report->style.rtl };

      poppler_page_get_size (poppler_page, &page.width, &page.height);
      check_glyphs (&page, i, MARGIN);
      check_items (report, &page, i);
      g_object_unref (poppler_page);
    }
  g_object_unref (document);
  if (keep == NULL)
    {
      g_unlink (path);
      g_rmdir (dir);
    }
}

static gboolean
use_locale (const char *locale)
{
  g_autofree char *po = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);

  if (setlocale (LC_ALL, locale) == NULL)
    {
      g_test_skip_printf ("the locale %s is not installed", locale);
      return FALSE;
    }
  bindtextdomain (GETTEXT_PACKAGE, po);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  return TRUE;
}

static void
test_layout (gconstpointer data)
{
  const char *locale = data;
  g_autoptr(MuScenario) scenario = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *a4 = g_strdup_printf ("report-%.5s-a4.pdf", locale);
  g_autofree char *letter = g_strdup_printf ("report-%.5s-letter.pdf", locale);

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) reads the words' boxes, and it is not installed");
      return;
    }
  if (!use_locale (locale))
    return;
  /* The catalogue is the build's: a report in English by mistake would
   * pass for nothing. */
  if (!g_str_has_prefix (locale, "en"))
    g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Schedule"), !=, "Schedule");
  g_assert_true (mu_chart_locale_is_rtl () == g_str_has_prefix (locale, "ar"));

  scenario = long_scenario (30);
  check_report (scenario, MU_PAPER_A4, a4);
  check_report (scenario, MU_PAPER_LETTER, letter);
  setlocale (LC_ALL, "C.UTF-8");
}

/* A report laid out on @paper without drawing it: a one-pixel surface
 * measures as a page does. */
static MuReport *
paginate (const MuScenario *scenario,
          const MuResult   *result,
          MuPaper           paper)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  MuChartStyle style;
  MuReport *report;
  double width, height;

  mu_chart_style_init (&style, MU_CHART_THEME_LIGHT);
  mu_paper_size (paper, &width, &height);
  report = mu_report_new (scenario, result, &style, width, height);
  mu_report_paginate (report, cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return report;
}

/* On each page a table is on, its header and then at least two rows. */
static void
assert_no_orphans (const MuReport *report,
                   guint           periods)
{
  for (guint i = 0; i < report->placed->len; i++)
    {
      const Item *item = &g_array_index (report->placed, Item, i);
      const MuReportTable *table;
      guint rows = 0;

      if (item->kind != ITEM_TABLE_HEADER)
        {
          /* A row comes after its header or after a row of its page. */
          if (item->kind == ITEM_TABLE_ROW)
            g_assert_true (i > 0 && g_array_index (report->placed, Item, i - 1).page == item->page &&
                           g_array_index (report->placed, Item, i - 1).table == item->table);
          continue;
        }
      table = g_ptr_array_index (report->tables, item->table);
      while (i + 1 + rows < report->placed->len &&
             g_array_index (report->placed, Item, i + 1 + rows).kind == ITEM_TABLE_ROW &&
             g_array_index (report->placed, Item, i + 1 + rows).page == item->page)
        rows++;
      if (rows < MIN (2, table->n_rows))
        g_error ("%u periods: table %u has %u row(s) on page %u", periods, item->table, rows, item->page + 1);
    }
}

/* Whatever the length of the schedule, a page break never leaves a row,
 * or a header, alone. */
static void
test_no_orphans (void)
{
  for (guint periods = 2; periods <= 64; periods++)
    {
      g_autoptr(MuScenario) scenario = long_scenario (periods);
      g_autoptr(MuResult) result = run_engine (scenario);

      for (MuPaper paper = MU_PAPER_A4; paper <= MU_PAPER_LETTER; paper++)
        {
          g_autoptr(MuReport) report = paginate (scenario, result, paper);

          assert_no_orphans (report, periods);
        }
    }
}

static void
test_paper (void)
{
  static const struct { const char *locale; MuPaper paper; } cases[] = {
    { "en_US.UTF-8", MU_PAPER_LETTER }, { "ru_RU.UTF-8", MU_PAPER_A4 }, { "ar_EG.UTF-8", MU_PAPER_A4 },
    { "de_DE.UTF-8", MU_PAPER_A4 }, { "C.UTF-8", MU_PAPER_A4 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      if (setlocale (LC_ALL, cases[i].locale) == NULL)
        {
          g_test_message ("%s is not installed", cases[i].locale);
          continue;
        }
      g_assert_cmpint (mu_paper_for_locale (), ==, cases[i].paper);
    }
  setlocale (LC_ALL, "C.UTF-8");
}

static void
assert_cells (MuReport            *report,
              guint                table,
              guint                row,
              const char * const  *expected)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  mu_report_table_cells (report, table, row, cells);
  for (guint c = 0; expected[c] != NULL; c++)
    g_assert_cmpstr (g_ptr_array_index (cells, c), ==, expected[c]);
  g_assert_cmpuint (cells->len, ==, g_strv_length ((char **) expected));
}

/* Case C's totals, as the article sums them: the profit 4 × 100, the
 * bank's 500 bought back, what it receives, each partner's profit; and
 * the bank at 0 % after its last unit is bought. */
static void
test_totals (void)
{
  g_autoptr(MuScenario) scenario = load_example ("case-c-diminishing-transfer.musharaka");
  g_autoptr(MuResult) result = run_engine (scenario);
  g_autoptr(MuReport) report = paginate (scenario, result, MU_PAPER_A4);
  const char * const schedule[] = { "Total", "", "400.00", "500.00", "0.00", "500.00", "", "678.57", NULL };
  const char * const first[] = { "1", "01/01/26 – 03/31/26", "100.00", "125.00", "0.00", "125.00", "71.43 %", "196.43",
                                 NULL };
  const char * const owned[] = { "", "After the last buyout, from 01/01/27", "", "", "", "", "0.00 %", "", NULL };
  const char * const partners[] = { "Total", "", "221.43", "", "178.57", NULL };

  setlocale (LC_ALL, "C.UTF-8");
  assert_cells (report, 0, 0, first);
  /* Who owns what once the last unit is bought: the bank nothing. */
  assert_cells (report, 0, 4, owned);
  assert_cells (report, 0, 5, schedule);
  assert_cells (report, 1, 4, partners);
}

static const MuReportPair *
pair_labelled (const MuReport *report,
               const char     *label)
{
  for (guint i = 0; i < report->pairs->len; i++)
    {
      const MuReportPair *pair = g_ptr_array_index (report->pairs, i);

      if (g_strcmp0 (pair->label, label) == 0)
        return pair;
    }
  g_error ("no line “%s” in the report", label);
}

/* The words of page 1: the window's summary first, the notes under the
 * parameters. */
static void
test_words (void)
{
  g_autoptr(MuScenario) scenario = load_example ("case-c-diminishing-transfer.musharaka");
  g_autoptr(MuResult) result = run_engine (scenario);
  g_autoptr(MuFigures) figures = mu_figures_compute (scenario, result, NULL);
  g_autoptr(GPtrArray) lines = mu_summary_lines (scenario, figures);
  g_autoptr(MuReport) report = paginate (scenario, result, MU_PAPER_A4);
  guint notes = 0;

  g_assert_cmpuint (lines->len, ==, 3);
  for (guint i = 0; i < lines->len; i++)
    {
      const MuReportPair *pair = g_ptr_array_index (report->pairs, i);

      g_assert_cmpstr (pair->label, ==, ((MuSummaryLine *) g_ptr_array_index (lines, i))->title);
      g_assert_cmpstr (pair->value, ==, ((MuSummaryLine *) g_ptr_array_index (lines, i))->text);
    }
  g_assert_cmpstr (pair_labelled (report, "Periods")->value, ==, "4 quarters");
  g_assert_true (g_str_has_suffix (pair_labelled (report, "Diminishing musharakah")->value,
                                   "Bank sells its units to Company in 4 installments, every period"));

  /* The notes, whole, on page 1 after the last line of the parameters. */
  for (guint i = 0; i < report->placed->len; i++)
    {
      const Item *item = &g_array_index (report->placed, Item, i);

      if (item->kind == ITEM_TEXT && g_strcmp0 (g_ptr_array_index (report->paragraphs, item->index),
                                                scenario->notes) == 0)
        {
          g_assert_cmpuint (item->page, ==, 0);
          g_assert_cmpint (g_array_index (report->placed, Item, i - 2).kind, ==, ITEM_PAIR);
          notes++;
        }
    }
  g_assert_cmpuint (notes, ==, 1);
}

/* A count of installments or periods says it in its plural form, not
 * “period(s)”. */
static void
test_plurals (void)
{
  g_autoptr(MuScenario) scenario = load_example ("case-c-diminishing-transfer.musharaka");
  g_autoptr(MuResult) result = NULL;
  g_autoptr(MuReport) one = NULL;
  g_autoptr(MuReport) spaced = NULL;

  scenario->periods = 1;
  scenario->financing.installments = 1;
  result = run_engine (scenario);
  one = paginate (scenario, result, MU_PAPER_A4);
  g_assert_cmpstr (pair_labelled (one, "Periods")->value, ==, "1 quarter");
  g_assert_true (g_str_has_suffix (pair_labelled (one, "Diminishing musharakah")->value,
                                   "in 1 installment, every period"));

  scenario->periods = 4;
  scenario->financing.installments = 2;
  scenario->financing.every = 2;
  g_clear_pointer (&result, mu_result_unref);
  result = run_engine (scenario);
  spaced = paginate (scenario, result, MU_PAPER_A4);
  g_assert_true (g_str_has_suffix (pair_labelled (spaced, "Diminishing musharakah")->value,
                                   "in 2 installments, every 2 periods"));
}

int
main (int    argc,
      char **argv)
{
  /* The languages are the tests' own choice. */
  g_unsetenv ("LANGUAGE");
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/report-layout/english", "en_US.UTF-8", test_layout);
  g_test_add_data_func ("/report-layout/russian", "ru_RU.UTF-8", test_layout);
  g_test_add_data_func ("/report-layout/arabic", "ar_EG.UTF-8", test_layout);
  g_test_add_func ("/report-layout/no-orphans", test_no_orphans);
  g_test_add_func ("/report-layout/paper", test_paper);
  g_test_add_func ("/report-layout/totals", test_totals);
  g_test_add_func ("/report-layout/words", test_words);
  g_test_add_func ("/report-layout/plurals", test_plurals);

  return g_test_run ();
}
