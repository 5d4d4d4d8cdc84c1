/* mu-cli-debts.c — musharaka-cli debts: the register of receivables from a
 * shell; import and pay here, what the register says as of a date, and
 * the register loaded with it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "mu-cli-debts.h"
#include "mu-currency.h"
#include "mu-debt-csv.h"

typedef struct
{
  const char *name;
  int       (*run) (int argc, char **argv);
  const char *usage;
  const char *summary;
} Command;

static int debts_import (int argc, char **argv);
static int debts_pay (int argc, char **argv);

static const Command commands[] = {
  { "import", debts_import, "debts import FILE.csv|FILE.json [--library DB]",
    N_("Add the debts of an accounting program’s CSV export, or of a JSON file, to the register, all or nothing") },
  { "list", mu_cli_debts_list, "debts list [--library DB] [--as-of YYYY-MM-DD] [--format text|json|csv]",
    N_("List the debts as of a date: outstanding, days overdue, bucket, status, findings") },
  { "show", mu_cli_debts_show, "debts show ID [--library DB] [--as-of YYYY-MM-DD] [--format text|json]",
    N_("Show one debt with its history, what it is as of a date and the next step") },
  { "pay", debts_pay, "debts pay ID AMOUNT --date YYYY-MM-DD [--kind cash|in-kind|set-off] [--library DB]",
    N_("Record a payment of a debt: in cash, in kind, or set off against a debt the other way") },
  { "claim", mu_cli_debts_claim, "debts claim ID -o CLAIM.pdf [--sent YYYY-MM-DD] [--library DB]",
    N_("Write the claim letter a court requires before a suit as a PDF, and record it as sent") },
  { "ageing", mu_cli_debts_ageing, "debts ageing [--library DB] [--as-of YYYY-MM-DD] -o CHART.png|.svg|.pdf",
    N_("Draw what is outstanding by age, stacked by debtor, into a PNG, SVG or PDF file") },
};

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n", _("Usage:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  musharaka-cli %s\n      %s\n", commands[i].usage, _(commands[i].summary));
}

int
mu_cli_debts (int    argc,
              char **argv)
{
  if (argc < 2)
    {
      mu_cli_error (_("debts: say what to do: import, list, show, pay, claim or ageing"));
      print_usage (stderr);
      return MU_CLI_BAD_INPUT;
    }
  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 || strcmp (argv[1], "help") == 0)
    {
      print_usage (stdout);
      return MU_CLI_OK;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (argv[1], commands[i].name) == 0)
      return commands[i].run (argc - 1, argv + 1);
  mu_cli_error (_("“debts %s” is not a command"), argv[1]);
  print_usage (stderr);
  return MU_CLI_BAD_INPUT;
}

/* YYYY-MM-DD, or DD.MM.YYYY as the CSV has it. */
gboolean
mu_cli_parse_date (const char *option,
                   const char *text,
                   GDate      *date)
{
  guint year = 0, month = 0, day = 0;
  char tail = '\0';

  g_date_clear (date, 1);
  if (text != NULL &&
      (sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &tail) == 3 ||
       sscanf (text, "%2u.%2u.%4u%c", &day, &month, &year, &tail) == 3) &&
      year >= MU_DEBT_YEAR_MIN && year <= MU_DEBT_YEAR_MAX && g_date_valid_dmy (day, month, year))
    {
      g_date_set_dmy (date, day, month, year);
      return TRUE;
    }
  /* Translators: an option such as --date, then what was given. */
  mu_cli_error (_("%s: expected a date as YYYY-MM-DD or DD.MM.YYYY, such as 2025-05-10, got “%s”"), option,
                text != NULL ? text : "");
  return FALSE;
}

/* Today, unless the owner asks for another day. */
gboolean
mu_cli_parse_as_of (const char *text,
                    GDate      *as_of)
{
  if (text != NULL)
    return mu_cli_parse_date ("--as-of", text, as_of);
  g_date_clear (as_of, 1);
  g_date_set_time_t (as_of, time (NULL));
  return TRUE;
}

char *
mu_cli_date_text (const GDate *date)
{
  char text[11];

  if (!g_date_valid (date))
    return g_strdup ("—");
  mu_date_format_iso (date, text);
  return g_strdup (text);
}

char *
mu_cli_date_json (const GDate *date)
{
  char text[11];

  if (!g_date_valid (date))
    return g_strdup ("null");
  mu_date_format_iso (date, text);
  return g_strdup_printf ("\"%s\"", text);
}

guint
mu_cli_debt_exponent (const MuDebt *debt)
{
  const MuCurrency *currency = mu_currency_lookup (debt->currency);

  return currency != NULL ? currency->exponent : 2;
}

/* The amount with exactly the currency's minor digits, as JSON gives money. */
char *
mu_cli_money (const char *currency,
              MuMoney     amount)
{
  const MuCurrency *c = mu_currency_lookup (currency);

  return mu_decimal_format (amount, c != NULL ? c->exponent : 2);
}

char *
mu_cli_debt_money (const MuDebt *debt,
                   MuMoney       amount)
{
  return mu_cli_money (debt->currency, amount);
}

static gboolean
add_totals (MuCliRegister    *reg,
            const MuCliDebt  *row,
            GError          **error)
{
  MuCliTotals *totals = g_hash_table_lookup (reg->totals, row->debt->currency);

  if (totals == NULL)
    {
      totals = g_new0 (MuCliTotals, 1);
      g_hash_table_insert (reg->totals, (gpointer) row->debt->currency, totals);
      g_ptr_array_add (reg->currencies, (gpointer) row->debt->currency);
    }
  return mu_money_add (totals->outstanding, row->state.outstanding, &totals->outstanding, error) &&
         mu_money_add (totals->by_bucket[row->state.bucket], row->state.outstanding,
                       &totals->by_bucket[row->state.bucket], error);
}

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
clear_row (gpointer data)
{
  MuCliDebt *row = data;

  g_clear_pointer (&row->findings, g_ptr_array_unref);
}

/* The register, or the one debt @id, as of @as_of; says what went wrong. */
MuCliRegister *
mu_cli_register_load (MuStore     *store,
                      const char  *id,
                      const GDate *as_of)
{
  g_autoptr(MuCliRegister) reg = g_new0 (MuCliRegister, 1);
  g_autoptr(GPtrArray) debtors = NULL;
  g_autoptr(GError) error = NULL;

  reg->as_of = *as_of;
  reg->debtors = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) mu_debtor_free);
  reg->rows = g_array_new (FALSE, TRUE, sizeof (MuCliDebt));
  g_array_set_clear_func (reg->rows, clear_row);
  reg->currencies = g_ptr_array_new ();
  reg->totals = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  if (id != NULL)
    {
      MuDebt *debt = mu_store_get_debt (store, id, &error);

      reg->debts = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_debt_free);
      if (debt != NULL)
        g_ptr_array_add (reg->debts, debt);
    }
  else
    reg->debts = mu_store_list_debts (store, &error);
  if (error != NULL || (debtors = mu_store_list_debtors (store, &error)) == NULL)
    {
      mu_cli_error ("%s", error->message);
      return NULL;
    }
  for (guint i = 0; i < debtors->len; i++)
    g_hash_table_insert (reg->debtors, ((MuDebtor *) debtors->pdata[i])->id, debtors->pdata[i]);
  g_ptr_array_set_free_func (debtors, NULL);

  for (guint i = 0; i < reg->debts->len; i++)
    {
      MuCliDebt row = { g_ptr_array_index (reg->debts, i), NULL, { 0 }, NULL };

      row.debtor = g_hash_table_lookup (reg->debtors, row.debt->debtor_id);
      if (!mu_debt_state (row.debt, as_of, &row.state, &error))
        {
          /* Translators: the debt's id, then what is wrong with it. */
          mu_cli_error (_("the debt “%s” cannot be read as it is stored: %s"), row.debt->id, error->message);
          return NULL;
        }
      row.findings = mu_debt_check (row.debt, row.debtor, as_of);
      g_array_append_val (reg->rows, row);
      if (!add_totals (reg, &row, &error))
        {
          mu_cli_error ("%s", error->message);
          return NULL;
        }
    }
  g_ptr_array_sort (reg->currencies, compare_codes);
  return g_steal_pointer (&reg);
}

/* Parses the options of list, show and ageing — the library, the day,
 * the format when @formats is not MU_CLI_DEBTS_NO_FORMAT, and @extra —
 * and loads the register, or the debt named by the one argument. */
MuCliRegister *
mu_cli_debts_load (int                 *argc,
                   char              ***argv,
                   int                  n_args,
                   const char          *parameter,
                   const GOptionEntry  *extra,
                   MuCliDebtsFormats    formats,
                   MuCliFormat         *format,
                   MuStore            **store)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameter);
  g_autofree char *library = NULL, *as_of_text = NULL, *format_text = NULL;
  GOptionEntry entries[] = {
    mu_cli_library_option (&library),
    { "as-of", 'a', 0, G_OPTION_ARG_STRING, &as_of_text, N_("The day to see the debts as of (today by default)"),
      "YYYY-MM-DD" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text,
      formats == MU_CLI_DEBTS_TEXT_JSON_CSV ? N_("Output format: text, json or csv") : N_("Output format: text or json"),
      "FORMAT" },
    { NULL }
  };
  GDate as_of;

  if (formats == MU_CLI_DEBTS_NO_FORMAT)
    entries[2] = (GOptionEntry) { NULL };
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (extra != NULL)
    g_option_context_add_main_entries (context, extra, GETTEXT_PACKAGE);
  *format = MU_CLI_FORMAT_TEXT;
  if (!mu_cli_parse_options (context, argc, argv, n_args) ||
      (formats != MU_CLI_DEBTS_NO_FORMAT &&
       !mu_cli_parse_format (format_text, formats == MU_CLI_DEBTS_TEXT_JSON_CSV, format)) ||
      !mu_cli_parse_as_of (as_of_text, &as_of) ||
      (*store = mu_cli_open_library (library, MU_STORE_OPEN_DEFAULT, FALSE)) == NULL)
    return NULL;
  return mu_cli_register_load (*store, n_args > 0 ? (*argv)[1] : NULL, &as_of);
}

void
mu_cli_register_free (MuCliRegister *reg)
{
  if (reg == NULL)
    return;
  g_clear_pointer (&reg->rows, g_array_unref);
  g_clear_pointer (&reg->debts, g_ptr_array_unref);
  g_clear_pointer (&reg->debtors, g_hash_table_unref);
  g_clear_pointer (&reg->currencies, g_ptr_array_unref);
  g_clear_pointer (&reg->totals, g_hash_table_unref);
  g_free (reg);
}

/* As `check` prints them: a debt's findings are about no partner and no period. */
void
mu_cli_findings_json (GString   *out,
                      GPtrArray *findings)
{
  g_string_append_c (out, '[');
  for (guint i = 0; i < findings->len; i++)
    {
      const MuFinding *f = g_ptr_array_index (findings, i);
      g_autofree char *message = mu_cli_json_string (f->message);
      g_autofree char *source = mu_cli_json_string (f->source);

      g_string_append_printf (out, "%s{\"rule\": \"%s\", \"severity\": \"%s\", \"partner\": null, \"period\": null, "
                              "\"message\": %s, \"source\": %s}",
                              i > 0 ? ", " : "", f->rule, mu_severity_to_string (f->severity), message, source);
    }
  g_string_append_c (out, ']');
}

static gboolean
read_file (const char    *path,
          const char    *prefix,
          MuDebtImport **import,
          GError       **error)
{
  g_autofree char *data = NULL;
  GStatBuf st;
  gsize length;

  if (g_stat (path, &st) == 0 && st.st_size > MU_DEBT_CSV_MAX_BYTES)
    {
      /* Translators: the most a file may have, in megabytes. */
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, _("the file is larger than %d MB"),
                   MU_DEBT_CSV_MAX_BYTES / (1024 * 1024));
      return FALSE;
    }
  if (!g_file_get_contents (path, &data, &length, error))
    return FALSE;
  if (g_str_has_suffix (path, ".json") || g_str_has_suffix (path, ".JSON"))
    *import = mu_cli_debts_read_json (data, length, error);
  else
    *import = mu_debt_csv_read (data, length, prefix, error);
  return *import != NULL;
}

static guint
count_debtors (GPtrArray *debtors)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < debtors->len; i++)
    g_hash_table_add (ids, ((MuDebtor *) debtors->pdata[i])->id);
  return g_hash_table_size (ids);
}

static int
debts_import (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE.csv|FILE.json — add the debts of a file to the "
                                                               "register"));
  g_autofree char *library = NULL;
  GOptionEntry entries[] = { mu_cli_library_option (&library), { NULL } };
  g_autoptr(MuStore) store = NULL;
  g_autoptr(MuDebtImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *prefix = NULL;
  guint n_debtors;

  g_option_context_set_description (context, _("A CSV file’s header row names the columns debtor, due and amount, "
                                               "and maybe tax_number, document, document_date and currency, in any "
                                               "order. A JSON file has \"debtors\" and \"debts\" with the keys "
                                               "“debts show --format json” prints. What is wrong is named by its "
                                               "line and column or its path, and nothing of the file is stored."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!mu_cli_parse_options (context, &argc, &argv, 1))
    return MU_CLI_BAD_INPUT;
  if ((store = mu_cli_open_library (library, MU_STORE_OPEN_DEFAULT, TRUE)) == NULL)
    return MU_CLI_BAD_INPUT;
  if ((prefix = mu_store_new_import_prefix (store, &error)) == NULL ||
      !read_file (argv[1], prefix, &import, &error) ||
      !mu_store_import_debts (store, import->debtors, import->debts, &error))
    {
      mu_cli_error ("%s: %s", argv[1], error->message);
      return MU_CLI_BAD_INPUT;
    }
  n_debtors = count_debtors (import->debtors);
  if (g_str_has_suffix (argv[1], ".json") || g_str_has_suffix (argv[1], ".JSON"))
    /* Translators: the file's name, then the number of debts. */
    g_print (ngettext ("%s: imported %u debt\n", "%s: imported %u debts\n", import->debts->len), argv[1],
             import->debts->len);
  else
    /* Translators: the file's name, the number of debts, the prefix of their ids twice, then the number again. */
    g_print (ngettext ("%s: imported %u debt, ids %s-debt-1 to %s-debt-%u\n",
                       "%s: imported %u debts, ids %s-debt-1 to %s-debt-%u\n", import->debts->len),
             argv[1], import->debts->len, prefix, prefix, import->debts->len);
  /* Translators: how many debtors the imported file names. */
  g_print (ngettext ("%u debtor in the file\n", "%u debtors in the file\n", n_debtors), n_debtors);
  return MU_CLI_OK;
}

static gboolean
parse_amount (const MuDebt *debt,
              const char   *text,
              MuMoney      *amount)
{
  g_autofree char *point = g_strdelimit (g_strdup (text), ",", '.');
  guint exponent = mu_cli_debt_exponent (debt);

  if (mu_decimal_parse (point, exponent, amount) == MU_DECIMAL_OK && *amount > 0)
    return TRUE;
  /* Translators: what was given, the debt's currency, then how many digits it has after the point. */
  mu_cli_error (ngettext ("AMOUNT: expected an amount in %2$s of more than nothing with at most %3$u digit after "
                          "the point, such as 1500.50, got “%1$s”",
                          "AMOUNT: expected an amount in %2$s of more than nothing with at most %3$u digits after "
                          "the point, such as 1500.50, got “%1$s”", exponent), text, debt->currency, exponent);
  return FALSE;
}

static int
debts_pay (int    argc,
           char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("ID AMOUNT — record a payment of a debt"));
  g_autofree char *library = NULL, *date_text = NULL, *kind_text = NULL;
  GOptionEntry entries[] = {
    mu_cli_library_option (&library),
    { "date", 'd', 0, G_OPTION_ARG_STRING, &date_text, N_("The day it was paid"), "YYYY-MM-DD" },
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind_text, N_("cash (the default), in-kind or set-off"), "KIND" },
    { NULL }
  };
  g_autoptr(MuStore) store = NULL;
  g_autoptr(MuDebt) debt = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *paid = NULL, *left = NULL, *day = NULL;
  MuPaymentKind kind = MU_PAYMENT_CASH;
  MuMoney amount, total = 0;
  GDate date;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!mu_cli_parse_options (context, &argc, &argv, 2))
    return MU_CLI_BAD_INPUT;
  if (date_text == NULL)
    {
      mu_cli_error (_("say the day it was paid with --date YYYY-MM-DD"));
      return MU_CLI_BAD_INPUT;
    }
  if (!mu_cli_parse_date ("--date", date_text, &date))
    return MU_CLI_BAD_INPUT;
  if (kind_text != NULL && !mu_payment_kind_from_string (kind_text, &kind))
    {
      mu_cli_error (_("--kind: expected “cash”, “in-kind” or “set-off”, got “%s”"), kind_text);
      return MU_CLI_BAD_INPUT;
    }
  if ((store = mu_cli_open_library (library, MU_STORE_OPEN_DEFAULT, FALSE)) == NULL)
    return MU_CLI_BAD_INPUT;
  if ((debt = mu_store_get_debt (store, argv[1], &error)) == NULL)
    {
      mu_cli_error ("%s", error->message);
      return MU_CLI_BAD_INPUT;
    }
  if (!parse_amount (debt, argv[2], &amount))
    return MU_CLI_BAD_INPUT;
  if (!mu_store_add_debt_payment (store, argv[1], &date, amount, kind, NULL, &error))
    {
      mu_cli_error ("%s", error->message);
      return MU_CLI_BAD_INPUT;
    }
  for (guint i = 0; i < debt->payments->len; i++)
    total += g_array_index (debt->payments, MuDebtPayment, i).amount;
  paid = mu_cli_debt_money (debt, amount);
  left = mu_cli_debt_money (debt, debt->amount - total - amount);
  day = mu_cli_date_text (&date);
  /* Translators: the debt's id, the payment, its currency, the day, then what is left to pay and the currency. */
  g_print (_("%s: recorded %s %s paid on %s; %s %s left to pay\n"), debt->id, paid, debt->currency, day, left,
           debt->currency);
  return MU_CLI_OK;
}
