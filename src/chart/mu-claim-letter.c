/* mu-claim-letter.c — the written claim (претензия) a court requires
 * before a suit
 *
 * DESIGN.md, "The claim letter": the creditor and the debtor, the basis,
 * the amount owed with the payments deducted, the demand to pay within
 * the claim period, that otherwise the creditor will go to the arbitrazh
 * court (a person: to the court), the account to pay to and — where the contract has one — the
 * charity pledge. Never interest, never a penalty: a debt does not grow.
 *
 * The letter is a column of blocks (the parties, the title, paragraphs,
 * the signature), laid out once with Pango at the page's width and
 * paginated without splitting a block, so that Print and PDF give the
 * same pages. A right-to-left locale sets the column from the right.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-chart"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mu-chart-private.h"
#include "mu-claim-letter.h"
#include "mu-core-error.h"
#include "mu-currency.h"

typedef enum
{
  BLOCK_PARTIES,    /* to and from, on the far side of the page */
  BLOCK_TITLE,
  BLOCK_PARAGRAPH,
  BLOCK_ITEM,       /* a payment deducted */
  BLOCK_SIGNATURE,
} BlockKind;

typedef struct
{
  BlockKind    kind;
  char        *text;
  PangoLayout *layout;  /* once paginated */
  double       height;
  guint        page;
  double       y;
} Block;

struct _MuClaimLetter
{
  MuChartStyle  style;
  double        page_width;
  double        page_height;
  double        margin;
  double        font_size;
  GArray       *blocks;  /* of Block */
  guint         n_pages;
};

static void
block_clear (gpointer data)
{
  Block *block = data;

  g_free (block->text);
  g_clear_object (&block->layout);
}

void
mu_creditor_clear (MuCreditor *creditor)
{
  g_clear_pointer (&creditor->name, g_free);
  g_clear_pointer (&creditor->tax_number, g_free);
  g_clear_pointer (&creditor->address, g_free);
  g_clear_pointer (&creditor->bank_details, g_free);
  g_clear_pointer (&creditor->signatory, g_free);
}

static void
add_block (MuClaimLetter *letter,
           BlockKind      kind,
           char          *text)
{
  Block block = { kind, text, NULL, 0, 0, 0 };

  g_array_append_val (letter->blocks, block);
}

static gboolean
given (const char *text)
{
  return text != NULL && text[0] != '\0';
}

static char *
money (const MuDebt *debt,
       MuMoney       amount)
{
  const MuCurrency *currency = mu_currency_lookup (debt->currency);
  g_autofree char *figure = mu_chart_format_money (amount, currency != NULL ? currency->exponent : 2);

  /* Translators: an amount and its currency code, “1 250.00 RUB”. */
  return g_strdup_printf (_("%s %s"), figure, debt->currency);
}

static char *
date_text (const GDate *date)
{
  char text[64];

  g_date_strftime (text, sizeof text, "%x", date);
  return g_strdup (text);
}

/* A party: its name, tax number and address, a line each. */
static void
append_party (GString    *text,
              const char *role,
              const char *name,
              const char *tax_number,
              const char *address)
{
  g_string_append_printf (text, "%s\n%s", role, given (name) ? name : "—");
  if (given (tax_number))
    {
      g_string_append_c (text, '\n');
      /* Translators: a party's tax number (INN, OGRN) in the claim letter. */
      g_string_append_printf (text, _("Tax number: %s"), tax_number);
    }
  if (given (address))
    g_string_append_printf (text, "\n%s", address);
}

static char *
parties_text (const MuDebtor   *debtor,
              const MuCreditor *creditor)
{
  GString *text = g_string_new (NULL);

  append_party (text, _("To:"), debtor->name, debtor->tax_number, debtor->address);
  g_string_append (text, "\n\n");
  append_party (text, _("From:"), creditor->name, creditor->tax_number, creditor->address);
  return g_string_free (text, FALSE);
}

/* What the debt rests on: “the contract No. 17 of 01.03.2026”. */
static char *
basis_text (const MuDebt *debt)
{
  g_autofree char *on = g_date_valid (&debt->document_date) ? date_text (&debt->document_date) : NULL;

  if (given (debt->document) && on != NULL)
    /* Translators: the document a debt rests on, its number and date. */
    return g_strdup_printf (_("document No. %s of %s"), debt->document, on);
  if (given (debt->document))
    /* Translators: the document a debt rests on, by its number. */
    return g_strdup_printf (_("document No. %s"), debt->document);
  if (on != NULL)
    /* Translators: the document a debt rests on, by its date. */
    return g_strdup_printf (_("the document of %s"), on);
  return g_strdup (_("our agreement"));
}

static const char *
payment_kind_label (MuPaymentKind kind)
{
  switch (kind)
    {
    case MU_PAYMENT_IN_KIND:
      /* Translators: how a payment was made, in the claim letter. */
      return C_("payment", "in kind");
    case MU_PAYMENT_SET_OFF:
      /* Translators: a payment made by setting off a debt the other way. */
      return C_("payment", "set-off");
    case MU_PAYMENT_CASH:
    default:
      /* Translators: how a payment was made, in the claim letter. */
      return C_("payment", "cash");
    }
}

static void
add_payments (MuClaimLetter *letter,
              const MuDebt  *debt,
              const GDate   *date)
{
  gboolean any = FALSE;

  for (guint i = 0; i < debt->payments->len; i++)
    {
      const MuDebtPayment *payment = &g_array_index (debt->payments, MuDebtPayment, i);
      g_autofree char *amount = NULL;
      g_autofree char *on = NULL;

      if (g_date_compare (&payment->date, date) > 0)
        continue;
      if (!any)
        add_block (letter, BLOCK_PARAGRAPH, g_strdup (_("The following payments have been received and deducted:")));
      any = TRUE;
      amount = money (debt, payment->amount);
      on = date_text (&payment->date);
      /* Translators: a payment deducted in the claim letter: its date,
       * its amount and how it was made (“cash”, “in kind”, “set-off”). */
      add_block (letter, BLOCK_ITEM, g_strdup_printf (_("%s — %s (%s)"), on, amount,
                                                       payment_kind_label (payment->kind)));
    }
}

static void
add_demand (MuClaimLetter    *letter,
            const MuDebt     *debt,
            const MuDebtor   *debtor,
            const MuCreditor *creditor,
            const GDate      *date,
            MuMoney           outstanding)
{
  g_autofree char *owed = money (debt, outstanding);
  g_autofree char *by = NULL;
  GDate last = *date;

  /* The claim period runs from the day after the claim is sent (Civil
   * Code art. 191): its last day is the one a suit may not yet be filed
   * on, as mu_debt_state() counts it. */
  g_date_add_days (&last, debt->claim_days);
  by = date_text (&last);
  add_block (letter, BLOCK_PARAGRAPH,
             /* Translators: the demand of the claim letter: the amount
              * outstanding, the last day to pay it, and the claim period
              * in calendar days counted from the letter's date. */
             g_strdup_printf (ngettext ("We demand that you pay %s by %s, within %u calendar day of the date of "
                                        "this claim.",
                                        "We demand that you pay %s by %s, within %u calendar days of the date of "
                                        "this claim.",
                                        debt->claim_days),
                              owed, by, debt->claim_days));
  if (given (creditor->bank_details))
    /* Translators: the account the debtor is to pay to, in the claim letter. */
    add_block (letter, BLOCK_PARAGRAPH, g_strdup_printf (_("Payment details: %s"), creditor->bank_details));
  /* A business is sued in the arbitrazh court, after the claim the
   * Arbitration Procedure Code asks for; a person in a court of general
   * jurisdiction. */
  if (debtor->kind == MU_DEBTOR_COMPANY)
    add_block (letter, BLOCK_PARAGRAPH,
               g_strdup (_("Should the debt not be paid within this period, we will apply to the arbitrazh court "
                           "for its recovery (Arbitration Procedure Code of the Russian Federation, "
                           "article 4, part 5).")));
  else
    add_block (letter, BLOCK_PARAGRAPH,
               g_strdup (_("Should the debt not be paid within this period, we will apply to the court for its "
                           "recovery.")));
  if (debt->charity_pledge > 0)
    {
      g_autofree char *pledge = money (debt, debt->charity_pledge);

      /* Translators: the charity pledge of the contract, reminded in the
       * claim letter; it is never paid to the creditor. */
      add_block (letter, BLOCK_PARAGRAPH,
                 g_strdup_printf (_("We remind you that under the contract, in case of delay, you have undertaken "
                                    "to give %s to charity. This sum is not payable to us."), pledge));
    }
}

static void
add_body (MuClaimLetter    *letter,
          const MuDebt     *debt,
          const MuDebtor   *debtor,
          const MuCreditor *creditor,
          const GDate      *date,
          MuMoney           outstanding)
{
  g_autofree char *basis = basis_text (debt);
  g_autofree char *amount = money (debt, debt->amount);
  g_autofree char *due = date_text (&debt->due);
  g_autofree char *owed = money (debt, outstanding);
  g_autofree char *today = date_text (date);
  const char *us = given (creditor->name) ? creditor->name : _("the creditor");

  /* Translators: the date of the claim letter, under its title. */
  add_block (letter, BLOCK_PARAGRAPH, g_strdup_printf (_("Date: %s"), today));
  add_block (letter, BLOCK_PARAGRAPH,
             /* Translators: the claim letter's first paragraph: the
              * document, the debtor, the creditor, the amount and the
              * day it was due. */
             g_strdup_printf (_("Under %s, %s owes %s the amount of %s, which was due on %s."), basis,
                              debtor->name, us, amount, due));
  add_payments (letter, debt, date);
  /* Translators: what is still owed, in the claim letter, and on which day. */
  add_block (letter, BLOCK_PARAGRAPH, g_strdup_printf (_("As of %s, the amount outstanding is %s."), today, owed));
  add_demand (letter, debt, debtor, creditor, date, outstanding);
}

static MuClaimLetter *claim_letter_build (const MuDebt       *debt,
                                          const MuDebtor     *debtor,
                                          const MuCreditor   *creditor,
                                          const GDate        *date,
                                          const MuChartStyle *style,
                                          double              page_width,
                                          double              page_height,
                                          GError            **error);

/* @text set apart from the paragraph around it, so that a name in
 * another script keeps its own order — its «quotes» included — in a
 * right-to-left letter (Unicode's first-strong isolate). */
static void
isolate (char **text)
{
  char *isolated;

  if (*text == NULL || (*text)[0] == '\0')
    return;
  isolated = g_strdup_printf ("\u2068%s\u2069", *text);
  g_free (*text);
  *text = isolated;
}

/* The letter for @debt as of @date, on pages @page_width × @page_height
 * points. A debt settled or written off by @date has nothing to claim. */
MuClaimLetter *
mu_claim_letter_new (const MuDebt        *debt,
                     const MuDebtor      *debtor,
                     const MuCreditor    *creditor,
                     const GDate         *date,
                     const MuChartStyle  *style,
                     double               page_width,
                     double               page_height,
                     GError             **error)
{
  g_autoptr(MuClaimLetter) letter = NULL;
  g_autoptr(MuDebtor) party = NULL;
  g_autoptr(MuDebt) owed = NULL;
  MuCreditor us = { 0 };

  g_return_val_if_fail (debt != NULL && debtor != NULL && creditor != NULL && date != NULL, NULL);

  if (mu_chart_locale_is_rtl ())
    {
      party = mu_debtor_copy (debtor);
      owed = mu_debt_copy (debt);
      us = (MuCreditor) { g_strdup (creditor->name), g_strdup (creditor->tax_number), g_strdup (creditor->address),
                          g_strdup (creditor->bank_details), g_strdup (creditor->signatory) };
      isolate (&party->name);
      isolate (&party->address);
      isolate (&owed->document);
      isolate (&us.name);
      isolate (&us.address);
      isolate (&us.bank_details);
      isolate (&us.signatory);
      letter = claim_letter_build (owed, party, &us, date, style, page_width, page_height, error);
      mu_creditor_clear (&us);
      return g_steal_pointer (&letter);
    }
  return claim_letter_build (debt, debtor, creditor, date, style, page_width, page_height, error);
}

static MuClaimLetter *
claim_letter_build (const MuDebt        *debt,
                    const MuDebtor      *debtor,
                    const MuCreditor    *creditor,
                    const GDate         *date,
                    const MuChartStyle  *style,
                    double               page_width,
                    double               page_height,
                    GError             **error)
{
  g_autoptr(MuClaimLetter) letter = NULL;
  MuDebtState state;
  GString *signature;

  if (!mu_debt_state (debt, date, &state, error))
    return NULL;
  if (state.outstanding <= 0)
    {
      g_set_error (error, MU_CORE_ERROR, MU_CORE_ERROR_INVALID,
                   _("Nothing is outstanding on this debt: there is nothing to claim."));
      return NULL;
    }

  letter = g_new0 (MuClaimLetter, 1);
  letter->style = *style;
  letter->style.rtl = mu_chart_locale_is_rtl ();
  letter->page_width = page_width;
  letter->page_height = page_height;
  letter->margin = MIN (page_width, page_height) / 10;
  letter->font_size = 11;
  letter->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (letter->blocks, block_clear);

  add_block (letter, BLOCK_PARTIES, parties_text (debtor, creditor));
  /* Translators: the title of the claim letter, “ПРЕТЕНЗИЯ”. */
  add_block (letter, BLOCK_TITLE, g_strdup (_("CLAIM")));
  add_body (letter, debt, debtor, creditor, date, state.outstanding);
  signature = g_string_new (given (creditor->signatory) ? creditor->signatory : "");
  /* Translators: the place for the signature at the end of the claim letter. */
  g_string_append_printf (signature, "%s%s", signature->len > 0 ? "\n\n" : "", _("Signature: ____________________"));
  add_block (letter, BLOCK_SIGNATURE, g_string_free (signature, FALSE));
  return g_steal_pointer (&letter);
}

void
mu_claim_letter_free (MuClaimLetter *letter)
{
  if (letter == NULL)
    return;
  g_array_unref (letter->blocks);
  g_free (letter);
}

/* The letter's words, a block a paragraph: for tests and for reading. */
char *
mu_claim_letter_dup_text (MuClaimLetter *letter)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < letter->blocks->len; i++)
    g_string_append_printf (text, "%s\n\n", g_array_index (letter->blocks, Block, i).text);
  return g_string_free (text, FALSE);
}

static PangoLayout *
block_layout (MuClaimLetter *letter,
              cairo_t       *cr,
              const Block   *block)
{
  double width = letter->page_width - 2 * letter->margin;
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();
  PangoAlignment start = letter->style.rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;
  PangoAlignment end = letter->style.rtl ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT;
  double scale = block->kind == BLOCK_TITLE ? 1.4 : 1.0;

  pango_font_description_set_family (font, letter->style.font_family != NULL ? letter->style.font_family : "Serif");
  pango_font_description_set_absolute_size (font, letter->font_size * scale * PANGO_SCALE);
  if (block->kind == BLOCK_TITLE)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_auto_dir (layout, FALSE);
  pango_context_set_base_dir (pango_layout_get_context (layout),
                              letter->style.rtl ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
  pango_layout_context_changed (layout);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, block->text, -1);

  switch (block->kind)
    {
    case BLOCK_PARTIES:
      /* The parties take the far half of the page, as letters do. */
      pango_layout_set_width (layout, (int) (width / 2 * PANGO_SCALE));
      pango_layout_set_alignment (layout, start);
      break;
    case BLOCK_TITLE:
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      break;
    case BLOCK_ITEM:
      pango_layout_set_width (layout, (int) ((width - 2 * letter->font_size) * PANGO_SCALE));
      pango_layout_set_alignment (layout, start);
      break;
    case BLOCK_SIGNATURE:
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_alignment (layout, end);
      break;
    case BLOCK_PARAGRAPH:
    default:
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_alignment (layout, start);
      pango_layout_set_justify (layout, TRUE);
      break;
    }
  return layout;
}

/* Lays the blocks out down the pages, none split, and returns how many
 * pages there are. */
guint
mu_claim_letter_paginate (MuClaimLetter *letter,
                          cairo_t       *cr)
{
  double top = letter->margin, bottom = letter->page_height - letter->margin;
  double y = top;
  guint page = 0;

  for (guint i = 0; i < letter->blocks->len; i++)
    {
      Block *block = &g_array_index (letter->blocks, Block, i);
      double gap = block->kind == BLOCK_ITEM ? letter->font_size * 0.3 : letter->font_size;
      PangoRectangle logical;

      g_clear_object (&block->layout);
      block->layout = block_layout (letter, cr, block);
      pango_layout_get_extents (block->layout, NULL, &logical);
      block->height = (double) logical.height / PANGO_SCALE;
      if (block->kind == BLOCK_TITLE || block->kind == BLOCK_SIGNATURE)
        gap = letter->font_size * 2;
      /* A block that does not fit begins the next page, unless it is the
       * first of its page: then it is taller than a page, and drawn cut. */
      if (y > top && y + gap + block->height > bottom)
        {
          page++;
          y = top;
        }
      else if (y > top)
        y += gap;
      block->page = page;
      block->y = y;
      y += block->height;
    }
  letter->n_pages = page + 1;
  return letter->n_pages;
}

void
mu_claim_letter_draw_page (MuClaimLetter *letter,
                           cairo_t       *cr,
                           guint          page)
{
  double width = letter->page_width - 2 * letter->margin;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < letter->blocks->len; i++)
    {
      const Block *block = &g_array_index (letter->blocks, Block, i);
      double x = letter->margin;

      if (block->page != page || block->layout == NULL)
        continue;
      /* The parties on the far side: the right, or the left in Arabic. */
      if (block->kind == BLOCK_PARTIES && !letter->style.rtl)
        x += width / 2;
      else if (block->kind == BLOCK_ITEM && !letter->style.rtl)
        x += 2 * letter->font_size;
      cairo_move_to (cr, x, block->y);
      pango_cairo_show_layout (cr, block->layout);
    }
  cairo_restore (cr);
}

static guint
paginate_letter (gpointer  letter,
                 cairo_t  *cr)
{
  return mu_claim_letter_paginate (letter, cr);
}

static void
draw_letter_page (gpointer  letter,
                  cairo_t  *cr,
                  guint     page)
{
  mu_claim_letter_draw_page (letter, cr, page);
}

gboolean
mu_claim_letter_write_pdf (MuClaimLetter  *letter,
                           const char     *path,
                           guint          *n_pages,
                           GError        **error)
{
  cairo_status_t status;

  g_return_val_if_fail (letter != NULL && path != NULL, FALSE);

  status = mu_pages_write_pdf (path, letter->page_width, letter->page_height, paginate_letter, draw_letter_page,
                               letter, n_pages);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, _("Could not write the claim to “%s”: %s"), path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
