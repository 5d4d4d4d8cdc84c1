/* mu-cli-debts-claim.c — musharaka-cli debts claim and debts ageing: the
 * claim letter as a PDF, recorded as sent; the register by age as a chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-cli"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "mu-chart-ageing.h"
#include "mu-claim-letter.h"
#include "mu-cli-debts.h"
#include "mu-currency.h"

#define A4_WIDTH  595.276  /* points */
#define A4_HEIGHT 841.89

/* The business's details, from the preferences the window keeps, when
 * their schema is installed; none otherwise. */
static void
get_creditor (MuCreditor *creditor)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source != NULL ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;
  g_autoptr(GSettings) settings = NULL;

  if (schema == NULL || !g_settings_schema_has_key (schema, "creditor-name"))
    return;
  settings = g_settings_new_full (schema, NULL, NULL);
  creditor->name = g_settings_get_string (settings, "creditor-name");
  creditor->tax_number = g_settings_get_string (settings, "creditor-tax-number");
  creditor->address = g_settings_get_string (settings, "creditor-address");
  creditor->bank_details = g_settings_get_string (settings, "creditor-bank-details");
  creditor->signatory = g_settings_get_string (settings, "creditor-signatory");
}

/* The letter, from the debt as it will be once the claim is recorded: so
 * that a claim the debt cannot have is refused before anything is written. */
static gboolean
write_letter (MuStore      *store,
              const MuDebt *stored,
              const GDate  *sent,
              const char   *path,
              guint        *n_pages,
              GError      **error)
{
  g_autoptr(MuDebt) debt = mu_debt_copy (stored);
  g_autoptr(MuDebtor) debtor = NULL;
  g_autoptr(MuClaimLetter) letter = NULL;
  g_autofree char *where = NULL;
  MuCreditor creditor = { NULL };
  MuChartStyle style;

  debt->claim.sent = *sent;
  g_date_clear (&debt->claim.delivered, 1);
  if (!mu_debt_validate (debt, &where, error))
    {
      g_prefix_error (error, "%s: ", where);
      return FALSE;
    }
  if ((debtor = mu_store_get_debtor (store, debt->debtor_id, error)) == NULL)
    return FALSE;
  get_creditor (&creditor);
  mu_chart_style_init (&style, MU_CHART_THEME_LIGHT);
  letter = mu_claim_letter_new (debt, debtor, &creditor, sent, &style, A4_WIDTH, A4_HEIGHT, error);
  mu_creditor_clear (&creditor);
  return letter != NULL && mu_claim_letter_write_pdf (letter, path, n_pages, error);
}

int
mu_cli_debts_claim (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("ID — write the claim letter of a debt and record "
                                                               "it as sent"));
  g_autofree char *library = NULL, *output = NULL, *sent_text = NULL;
  GOptionEntry entries[] = {
    mu_cli_library_option (&library),
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF file to write"), "CLAIM.pdf" },
    { "sent", 's', 0, G_OPTION_ARG_STRING, &sent_text, N_("The day it is sent (today by default)"), "YYYY-MM-DD" },
    { NULL }
  };
  g_autoptr(MuStore) store = NULL;
  g_autoptr(MuDebt) debt = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sent_day = NULL, *court_day = NULL;
  MuDebtClaim claim = { { 0 }, MU_CLAIM_BY_POST, { 0 } };
  GDate court;
  guint n_pages = 0;

  g_option_context_set_description (context, _("The creditor’s details come from the preferences of the "
                                               "window. The letter asks for what is outstanding, never interest."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!mu_cli_parse_options (context, &argc, &argv, 1))
    return MU_CLI_BAD_INPUT;
  if (output == NULL || !g_str_has_suffix (output, ".pdf"))
    {
      mu_cli_error (_("-o: expected a file name ending in .pdf"));
      return MU_CLI_BAD_INPUT;
    }
  g_date_clear (&claim.delivered, 1);
  if (sent_text != NULL ? !mu_cli_parse_date ("--sent", sent_text, &claim.sent)
                        : !mu_cli_parse_as_of (NULL, &claim.sent))
    return MU_CLI_BAD_INPUT;
  if ((store = mu_cli_open_library (library, MU_STORE_OPEN_DEFAULT, FALSE)) == NULL)
    return MU_CLI_BAD_INPUT;
  if ((debt = mu_store_get_debt (store, argv[1], &error)) == NULL ||
      !mu_store_check_integrity (store, &error) || mu_store_is_read_only (store) ||
      !write_letter (store, debt, &claim.sent, output, &n_pages, &error) ||
      !mu_store_record_debt_claim (store, debt->id, &claim, &error))
    {
      if (error == NULL)
        /* Translators: the library's file. */
        mu_cli_error (_("The library “%s” is read-only: the claim cannot be recorded as sent. Nothing was written."),
                      mu_store_get_path (store));
      else
        mu_cli_error ("%s: %s", argv[1], error->message);
      if (n_pages > 0)
        g_unlink (output);
      return MU_CLI_BAD_INPUT;
    }
  court = claim.sent;
  g_date_add_days (&court, debt->claim_days + 1);
  sent_day = mu_cli_date_text (&claim.sent);
  court_day = mu_cli_date_text (&court);
  /* Translators: the debt's id, the PDF file, then the day the claim was sent. */
  g_print (_("%s: the claim letter is in %s, recorded as sent on %s\n"), debt->id, output, sent_day);
  /* Translators: the first day a suit may be filed. */
  g_print (_("If it is not paid, a suit may be filed from %s.\n"), court_day);
  return MU_CLI_OK;
}

/* The currency asked for, or the one most of what is outstanding is in. */
static const char *
choose_currency (MuCliRegister *reg,
                 const char    *asked)
{
  const char *best = NULL;
  MuMoney most = -1;

  for (guint i = 0; i < reg->currencies->len; i++)
    {
      const char *code = g_ptr_array_index (reg->currencies, i);
      const MuCliTotals *t = g_hash_table_lookup (reg->totals, code);

      if (asked != NULL && g_strcmp0 (asked, code) == 0)
        return code;
      if (t->outstanding > most)
        best = code, most = t->outstanding;
    }
  return asked == NULL ? best : NULL;
}

static MuAgeing *
ageing_new (MuCliRegister  *reg,
            const char     *currency,
            GError        **error)
{
  const MuCurrency *c = mu_currency_lookup (currency);
  g_autoptr(MuAgeing) ageing = mu_ageing_new (currency, c != NULL ? c->exponent : 2);

  for (guint i = 0; i < reg->rows->len; i++)
    {
      const MuCliDebt *row = &g_array_index (reg->rows, MuCliDebt, i);

      if (g_strcmp0 (row->debt->currency, currency) != 0 || row->state.outstanding == 0)
        continue;
      if (!mu_ageing_add (ageing, row->debtor != NULL ? row->debtor->name : row->debt->debtor_id,
                          row->state.bucket, row->state.outstanding, error))
        return NULL;
    }
  mu_ageing_finish (ageing, MU_AGEING_MAX_SERIES);
  return g_steal_pointer (&ageing);
}

int
mu_cli_debts_ageing (int    argc,
                     char **argv)
{
  g_autofree char *output = NULL, *currency_text = NULL;
  int width = 800, height = 450;
  gboolean dark = FALSE;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write: .png, .svg or .pdf"), "FILE" },
    { "currency", 'c', 0, G_OPTION_ARG_STRING, &currency_text,
      N_("The currency to chart (the one most is outstanding in by default)"), "CODE" },
    { "width", 'w', 0, G_OPTION_ARG_INT, &width, N_("Width in pixels (points for SVG and PDF)"), "W" },
    { "height", 'h', 0, G_OPTION_ARG_INT, &height, N_("Height in pixels (points for SVG and PDF)"), "H" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, N_("Use the dark style"), NULL },
    { NULL }
  };
  g_autoptr(MuStore) store = NULL;
  g_autoptr(MuCliRegister) reg = NULL;
  g_autoptr(MuAgeing) ageing = NULL;
  g_autoptr(GError) error = NULL;
  const char *currency;
  MuChartStyle style;
  MuCliFormat format;

  if ((reg = mu_cli_debts_load (&argc, &argv, 0, _("— draw what is outstanding by age"), entries,
                                MU_CLI_DEBTS_NO_FORMAT, &format, &store)) == NULL)
    return MU_CLI_BAD_INPUT;
  if (output == NULL || !mu_chart_file_supported (output))
    {
      mu_cli_error (_("-o: expected a file name ending in .png, .svg or .pdf"));
      return MU_CLI_BAD_INPUT;
    }
  if (width < 50 || height < 50 || width > 20000 || height > 20000)
    {
      mu_cli_error (_("--width and --height: expected sizes from 50 to 20000"));
      return MU_CLI_BAD_INPUT;
    }
  if ((currency = choose_currency (reg, currency_text)) == NULL)
    {
      if (currency_text != NULL)
        /* Translators: a currency code. */
        mu_cli_error (_("--currency: no debt of the register is in %s"), currency_text);
      else
        mu_cli_error (_("The register is empty: import debts with “musharaka-cli debts import”."));
      return MU_CLI_BAD_INPUT;
    }
  if ((ageing = ageing_new (reg, currency, &error)) == NULL)
    {
      mu_cli_error ("%s", error->message);
      return MU_CLI_BAD_INPUT;
    }
  mu_chart_style_init (&style, dark ? MU_CHART_THEME_DARK : MU_CHART_THEME_LIGHT);
  style.rtl = mu_chart_locale_is_rtl ();
  if (!mu_chart_write_ageing_file (output, width, height, 1, ageing, &style, &error))
    {
      mu_cli_error ("%s", error->message);
      return MU_CLI_BAD_INPUT;
    }
  if (reg->currencies->len > 1)
    /* Translators: the currency charted; the register has debts in others too. */
    g_printerr (_("Note: the chart is of the debts in %s; choose another currency with --currency.\n"), currency);
  return MU_CLI_OK;
}
