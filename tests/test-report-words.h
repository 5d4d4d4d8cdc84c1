/* test-report-words.h — what a reader finds on a page of a PDF: its words
 * and their glyphs' boxes, the text inside a box, and words cut short,
 * drawn over each other or outside the margins
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <stdlib.h>
#include <string.h>

#define SLACK 1.5  /* points: a glyph's box against the box it was set in */

/* Glyphs only, neither spaces nor the marks of direction. */
static inline char *
normalize (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) ||
          (c >= 0x2066 && c <= 0x2069))
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static int
compare_unichar (gconstpointer a,
                 gconstpointer b)
{
  gunichar x = *(const gunichar *) a, y = *(const gunichar *) b;

  return x < y ? -1 : x > y;
}

/* The letters of @text in order: poppler gives right-to-left text in an
 * order of its own, so there only the letters themselves are compared. */
static inline char *
letters (const char *text)
{
  g_autofree char *plain = normalize (text);
  glong n;
  g_autofree gunichar *chars = g_utf8_to_ucs4_fast (plain, -1, &n);

  qsort (chars, n, sizeof (gunichar), compare_unichar);
  return g_ucs4_to_utf8 (chars, n, NULL, NULL, NULL);
}

/* A word as poppler's text extraction sees it, with the box of its glyphs. */
typedef struct
{
  char  *text;
  double x1, y1, x2, y2;
} Word;

typedef struct
{
  GArray  *words;  /* of Word */
  double   width;
  double   height;
  gboolean rtl;
} Page;

static inline void
word_clear (Word *word)
{
  g_free (word->text);
}

static inline char *
unescape (const char *text,
          gsize       length)
{
  static const char * const entities[][2] = {
    { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" }, { "&apos;", "'" },
  };
  GString *out = g_string_new_len (text, length);

  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    g_string_replace (out, entities[i][0], entities[i][1], 0);
  return g_string_free (out, FALSE);
}

/* Every word of each page of @path, by `pdftotext -bbox`. poppler-glib's
 * own poppler_page_get_text_layout() leaves out the glyphs of
 * right-to-left words (poppler 22.12), and this test must see them. */
static inline GPtrArray *
read_words (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autofree char *out = NULL;
  const char *argv[] = { program, "-bbox", path, "-", NULL };
  GPtrArray *pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GRegex) regex = g_regex_new ("<page |<word xMin=\"([-0-9.]+)\" yMin=\"([-0-9.]+)\" "
                                         "xMax=\"([-0-9.]+)\" yMax=\"([-0-9.]+)\">([^<]*)</word>", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  int status;

  g_assert_nonnull (program);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  for (g_regex_match (regex, out, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *whole = g_match_info_fetch (match, 0);
      int start, end;
      Word word;

      if (g_str_has_prefix (whole, "<page"))
        {
          GArray *words = g_array_new (FALSE, TRUE, sizeof (Word));

          g_array_set_clear_func (words, (GDestroyNotify) word_clear);
          g_ptr_array_add (pages, words);
          continue;
        }
      g_match_info_fetch_pos (match, 5, &start, &end);
      word.text = unescape (out + start, end - start);
      for (int k = 0; k < 4; k++)
        {
          g_autofree char *number = g_match_info_fetch (match, k + 1);

          (&word.x1)[k] = g_ascii_strtod (number, NULL);
        }
      g_array_append_val (g_ptr_array_index (pages, pages->len - 1), word);
    }
  return pages;
}

static int
compare_reading (gconstpointer a,
                 gconstpointer b)
{
  const Word *x = *(const Word * const *) a, *y = *(const Word * const *) b;
  double dy = (x->y1 + x->y2) / 2 - (y->y1 + y->y2) / 2;

  /* A line, then along it. */
  if (fabs (dy) > 2.0)
    return dy < 0 ? -1 : 1;
  return x->x1 < y->x1 ? -1 : x->x1 > y->x1;
}

/* The words whose middles lie in the box, line by line, and the left and
 * right edges of their glyphs. */
static inline char *
text_in (const Page *page,
         double      x,
         double      y,
         double      width,
         double      height,
         double     *left,
         double     *right)
{
  g_autoptr(GPtrArray) inside = g_ptr_array_new ();
  GString *out = g_string_new (NULL);

  *left = G_MAXDOUBLE;
  *right = -G_MAXDOUBLE;
  for (guint i = 0; i < page->words->len; i++)
    {
      const Word *w = &g_array_index (page->words, Word, i);
      double cx = (w->x1 + w->x2) / 2, cy = (w->y1 + w->y2) / 2;

      if (cx >= x - SLACK && cx <= x + width + SLACK && cy >= y - SLACK && cy <= y + height + SLACK)
        {
          g_ptr_array_add (inside, (gpointer) w);
          *left = MIN (*left, w->x1);
          *right = MAX (*right, w->x2);
        }
    }
  g_ptr_array_sort (inside, compare_reading);
  for (guint i = 0; i < inside->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? " " : "", ((const Word *) g_ptr_array_index (inside, i))->text);
  return g_string_free (out, FALSE);
}

typedef enum
{
  SIDE_LEFT,
  SIDE_RIGHT,
  SIDE_CENTER,
} Side;

/* A box of the page, and the side its text keeps to, @pad inside it. */
typedef struct
{
  double x, y, width, height;
  double pad;
  Side   side;
} Box;

/* @expected is all there is in the box, and all of it, flush with the
 * side the box's text keeps to. */
static inline void
assert_box_holds (const Page *page,
                  const Box  *box,
                  const char *expected)
{
  double left, right, off;
  g_autofree char *found = text_in (page, box->x, box->y, box->width, box->height, &left, &right);
  gboolean rtl = page->rtl;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  for (const char *p = expected; *p != '\0' && !rtl; p = g_utf8_next_char (p))
    rtl = g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_ARABIC;
  a = rtl ? letters (found) : normalize (found);
  b = rtl ? letters (expected) : normalize (expected);
  if (g_strcmp0 (a, b) != 0)
    g_error ("the box %.1f, %.1f, %.1f × %.1f should hold “%s” and holds “%s”", box->x, box->y, box->width,
             box->height, expected, found);
  if (found[0] == '\0')
    return;
  off = box->side == SIDE_LEFT ? left - (box->x + box->pad)
        : box->side == SIDE_RIGHT ? box->x + box->width - box->pad - right
        : (left + right) / 2 - (box->x + box->width / 2);
  if (fabs (off) > 2.5)
    g_error ("“%s” is %.1f points off the %s of its box", expected, off,
             box->side == SIDE_LEFT ? "left" : box->side == SIDE_RIGHT ? "right" : "middle");
}


/* The width of @text set at 10 points, in the report's font. */
static inline double
natural_width (PangoLayout *layout,
               const char  *text)
{
  PangoRectangle logical;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

/* A word of letters narrower on the page than its letters are: part of
 * it is drawn as something else — an ellipsis, whose glyph still carries
 * the text it stands for — or not at all. Right-to-left letters come one
 * by one, in their joined forms, and are not measured. */
static inline gboolean
word_is_cut (PangoLayout *layout,
             const Word  *word)
{
  double ratio;

  for (const char *p = word->text; *p != '\0'; p = g_utf8_next_char (p))
    {
      GUnicodeScript script = g_unichar_get_script (g_utf8_get_char (p));

      if (script != G_UNICODE_SCRIPT_LATIN && script != G_UNICODE_SCRIPT_CYRILLIC && script != G_UNICODE_SCRIPT_COMMON)
        return FALSE;
    }
  if (g_utf8_strlen (word->text, -1) < 3)
    return FALSE;
  ratio = (word->x2 - word->x1) / (word->y2 - word->y1) / (natural_width (layout, word->text) / 10.0);
  return ratio < 0.6;
}

/* Nothing outside the margins, nothing shortened, no word over another. */
static inline void
check_glyphs (const Page *page,
              guint       index,
              double      margin)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 10px");

  pango_layout_set_font_description (layout, font);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  for (guint i = 0; i < page->words->len; i++)
    {
      const Word *a = &g_array_index (page->words, Word, i);

      if (word_is_cut (layout, a))
        g_error ("page %u: “%s” is narrower than its letters: cut short", index + 1, a->text);

      if (strstr (a->text, "…") != NULL || strstr (a->text, "...") != NULL || strstr (a->text, "(s)") != NULL)
        g_error ("page %u: “%s” is shortened or not in its plural", index + 1, a->text);
      if (a->x1 < margin - SLACK || a->x2 > page->width - margin + SLACK || a->y1 < margin - SLACK * 2 ||
          a->y2 > page->height - margin + SLACK * 2)
        g_error ("page %u: “%s” at %.1f, %.1f – %.1f, %.1f is outside the margins", index + 1, a->text, a->x1, a->y1,
                 a->x2, a->y2);
      for (guint j = i + 1; j < page->words->len; j++)
        {
          const Word *b = &g_array_index (page->words, Word, j);
          double w = MIN (a->x2, b->x2) - MAX (a->x1, b->x1);
          double h = MIN (a->y2, b->y2) - MAX (a->y1, b->y1);

          /* Lines of one paragraph may touch; a word over another covers much of it. */
          if (w > 1.0 && h > 0.3 * MIN (a->y2 - a->y1, b->y2 - b->y1))
            g_error ("page %u: “%s” and “%s” are drawn over each other", index + 1, a->text, b->text);
        }
    }
}

