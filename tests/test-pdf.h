/* test-pdf.h — what a PDF reader sees in a file the program wrote
 *
 * Pages are counted by poppler, as a reader counts them: cairo 1.18 puts
 * the page objects inside compressed object streams, so no search of the
 * bytes can find them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <poppler.h>

/* The number of pages of the PDF at @path, which must be one. */
static inline guint
test_pdf_count_pages (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  PopplerDocument *document;
  guint pages;

  g_assert_no_error (error);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  pages = (guint) poppler_document_get_n_pages (document);
  /* Poppler 22 (Debian 12) declares no autoptr for its documents. */
  g_object_unref (document);
  return pages;
}
