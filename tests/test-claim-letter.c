/* test-claim-letter.c — the written claim: whom it names, what it asks,
 * and that it never asks interest; its PDF read back as a reader does
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <poppler.h>
#include <string.h>

#include "mu-claim-letter.h"
#include "mu-core-error.h"

static GDate
day (int y, int m, int d)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return date;
}

typedef struct
{
  MuDebtor   *debtor;
  MuDebt     *debt;
  MuCreditor  creditor;
} Letter;

/* 150 000.00 RUB under invoice 17 of 1 March 2026, due 31 March; 40 000.00
 * paid in cash on 15 April and 10 000.00 set off on 20 May. */
static void
letter_init (Letter *l)
{
  GDate due = day (2026, 3, 31);
  GDate paid = day (2026, 4, 15);
  GDate set_off = day (2026, 5, 20);
  g_autoptr(GError) error = NULL;

  l->debtor = mu_debtor_new ("debtor-1", "Harvester Trading Company of the Volga Region LLC", MU_DEBTOR_COMPANY);
  l->debtor->tax_number = g_strdup ("7701234567");
  l->debtor->address = g_strdup ("12 Mira Avenue, Kazan");
  l->debt = mu_debt_new ("debt-1", "debtor-1", "RUB", 15000000, &due);
  l->debt->document = g_strdup ("17");
  l->debt->document_date = day (2026, 3, 1);
  g_assert_true (mu_debt_add_payment (l->debt, &paid, 4000000, MU_PAYMENT_CASH, NULL, &error));
  g_assert_true (mu_debt_add_payment (l->debt, &set_off, 1000000, MU_PAYMENT_SET_OFF, NULL, &error));
  g_assert_no_error (error);
  l->creditor = (MuCreditor) { g_strdup ("Amanah Foods LLC"), g_strdup ("1655012345"), g_strdup ("5 Bauman St, Kazan"),
                               g_strdup ("Account 40702810000000000001, Ak Bars Bank, BIC 049205805"),
                               g_strdup ("Director R. Khairullin") };
}

static void
letter_clear (Letter *l)
{
  mu_debtor_free (l->debtor);
  mu_debt_free (l->debt);
  mu_creditor_clear (&l->creditor);
}

static MuClaimLetter *
letter_new (Letter      *l,
            const GDate *date)
{
  g_autoptr(GError) error = NULL;
  MuChartStyle style;
  MuClaimLetter *letter;
  double width, height;

  mu_chart_style_init (&style, MU_CHART_THEME_LIGHT);
  mu_paper_size (MU_PAPER_A4, &width, &height);
  letter = mu_claim_letter_new (l->debt, l->debtor, &l->creditor, date, &style, width, height, &error);
  g_assert_no_error (error);
  g_assert_nonnull (letter);
  return letter;
}

/* The letter names both parties, the basis, the payments deducted, what
 * is outstanding — 100 000.00 — the period, the court and the account. */
static void
test_text (void)
{
  Letter l;
  GDate on = day (2026, 6, 1);
  g_autoptr(MuClaimLetter) letter = NULL;
  g_autofree char *text = NULL;

  letter_init (&l);
  letter = letter_new (&l, &on);
  text = mu_claim_letter_dup_text (letter);
  g_assert_nonnull (strstr (text, "Harvester Trading Company of the Volga Region LLC"));
  g_assert_nonnull (strstr (text, "Tax number: 7701234567"));
  g_assert_nonnull (strstr (text, "Amanah Foods LLC"));
  g_assert_nonnull (strstr (text, "Under document No. 17 of 03/01/26"));
  g_assert_nonnull (strstr (text, "the amount of 150\u202f000.00 RUB, which was due on 03/31/26"));
  g_assert_nonnull (strstr (text, "04/15/26 — 40\u202f000.00 RUB (cash)"));
  g_assert_nonnull (strstr (text, "05/20/26 — 10\u202f000.00 RUB (set-off)"));
  g_assert_nonnull (strstr (text, "the amount outstanding is 100\u202f000.00 RUB"));
  g_assert_nonnull (strstr (text, "pay 100\u202f000.00 RUB by 07/01/26, within 30 calendar days of the date of this claim"));
  g_assert_nonnull (strstr (text, "arbitrazh court"));
  g_assert_nonnull (strstr (text, "Account 40702810000000000001"));
  g_assert_nonnull (strstr (text, "Director R. Khairullin"));
  g_assert_null (strstr (text, "interest"));
  g_assert_null (strstr (text, "penalty"));
  g_assert_null (strstr (text, "charity"));
  letter_clear (&l);
}

/* A person is sued in a court of general jurisdiction, not under the
 * Arbitration Procedure Code. */
static void
test_person (void)
{
  Letter l;
  GDate on = day (2026, 6, 1);
  g_autoptr(MuClaimLetter) letter = NULL;
  g_autofree char *text = NULL;

  letter_init (&l);
  l.debtor->kind = MU_DEBTOR_PERSON;
  letter = letter_new (&l, &on);
  text = mu_claim_letter_dup_text (letter);
  g_assert_nonnull (strstr (text, "we will apply to the court for its recovery."));
  g_assert_null (strstr (text, "arbitrazh"));
  letter_clear (&l);
}

/* A payment after the letter's date is not deducted yet; a charity pledge
 * is reminded as not payable to the creditor. */
static void
test_as_of_and_pledge (void)
{
  Letter l;
  GDate on = day (2026, 5, 1);
  g_autoptr(MuClaimLetter) letter = NULL;
  g_autofree char *text = NULL;

  letter_init (&l);
  l.debt->charity_pledge = 500000;
  l.debt->claim_days = 15;
  letter = letter_new (&l, &on);
  text = mu_claim_letter_dup_text (letter);
  g_assert_nonnull (strstr (text, "the amount outstanding is 110\u202f000.00 RUB"));
  g_assert_null (strstr (text, "set-off"));
  g_assert_nonnull (strstr (text, "by 05/16/26, within 15 calendar days"));
  g_assert_nonnull (strstr (text, "to give 5\u202f000.00 RUB to charity. This sum is not payable to us."));
  letter_clear (&l);
}

/* Nothing outstanding: nothing to claim, and it says so. */
static void
test_settled (void)
{
  Letter l;
  GDate on = day (2026, 6, 1);
  GDate paid = day (2026, 5, 25);
  g_autoptr(GError) error = NULL;
  MuChartStyle style;
  MuClaimLetter *letter;

  letter_init (&l);
  g_assert_true (mu_debt_add_payment (l.debt, &paid, 10000000, MU_PAYMENT_IN_KIND, NULL, &error));
  mu_chart_style_init (&style, MU_CHART_THEME_LIGHT);
  letter = mu_claim_letter_new (l.debt, l.debtor, &l.creditor, &on, &style, 595, 842, &error);
  g_assert_null (letter);
  g_assert_error (error, MU_CORE_ERROR, MU_CORE_ERROR_INVALID);
  letter_clear (&l);
}

/* The PDF a reader opens says the same: the debtor in full, what is
 * outstanding, the period; one A4 page. */
static void
test_pdf (void)
{
  Letter l;
  GDate on = day (2026, 6, 1);
  g_autoptr(MuClaimLetter) letter = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("musharaka-claim-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "claim.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *text = NULL;
  PopplerDocument *document;
  PopplerPage *page;
  guint pages = 0;
  double width, height;

  letter_init (&l);
  letter = letter_new (&l, &on);
  g_assert_true (mu_claim_letter_write_pdf (letter, path, &pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pages, ==, 1);

  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1);
  page = poppler_document_get_page (document, 0);
  poppler_page_get_size (page, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.28, 0.5);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.5);
  text = poppler_page_get_text (page);
  g_object_unref (page);
  g_object_unref (document);

  g_assert_nonnull (strstr (text, "CLAIM"));
  g_assert_nonnull (strstr (text, "Harvester Trading Company"));
  g_assert_nonnull (strstr (text, "100"));
  g_assert_nonnull (strstr (text, "000.00 RUB by 07/01/26, within 30"));
  g_assert_null (strstr (text, "interest"));
  g_remove (path);
  g_rmdir (dir);
  letter_clear (&l);
}

/* A hundred payments go on to a second page, none drawn cut. */
static void
test_many_payments (void)
{
  Letter l;
  GDate on = day (2027, 1, 1);
  g_autoptr(MuClaimLetter) letter = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;

  letter_init (&l);
  for (guint i = 0; i < 100; i++)
    {
      GDate paid = day (2026, 6, 1);

      g_date_add_days (&paid, i);
      g_assert_true (mu_debt_add_payment (l.debt, &paid, 1000, MU_PAYMENT_CASH, NULL, NULL));
    }
  letter = letter_new (&l, &on);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 595, 842);
  cr = cairo_create (surface);
  g_assert_cmpuint (mu_claim_letter_paginate (letter, cr), >=, 2);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  letter_clear (&l);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/claim-letter/text/parties-amount-period", test_text);
  g_test_add_func ("/claim-letter/text/a-person-to-the-court", test_person);
  g_test_add_func ("/claim-letter/text/as-of-and-charity-pledge", test_as_of_and_pledge);
  g_test_add_func ("/claim-letter/settled/nothing-to-claim", test_settled);
  g_test_add_func ("/claim-letter/pdf/one-a4-page", test_pdf);
  g_test_add_func ("/claim-letter/pages/many-payments", test_many_payments);
  return g_test_run ();
}
