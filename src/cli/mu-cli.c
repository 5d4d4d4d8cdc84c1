/* mu-cli.c — musharaka-cli: the engine, the rules and the files from a shell
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <locale.h>

#include "mu-paths.h"
#include <string.h>

#include "mu-cli.h"
#include "mu-exchange.h"
#include "mu-schedule-csv.h"

typedef struct
{
  const char *name;
  int       (*run) (int argc, char **argv);
  const char *usage;
  const char *summary;
} Command;

static const Command commands[] = {
  { "schedule", mu_cli_schedule, "schedule FILE [--format text|csv|json]",
    N_("Print the schedule: stakes, shares, profit, buyout and rent per period") },
  { "check", mu_cli_check, "check FILE [--format text|json]",
    N_("Check the deal against the rules of the chosen school; exit 1 on an error") },
  { "chart", mu_cli_chart, "chart FILE --kind equity|shares|profit -o OUT.{png,svg,pdf} [--width W --height H] [--dark]",
    N_("Draw a chart of a scenario into a PNG, SVG or PDF file") },
  { "report", mu_cli_report, "report FILE -o OUT.pdf [--paper a4|letter]",
    N_("Write the full report — the pages Print gives — as a PDF") },
  { "figures", mu_cli_figures, "figures FILE [--format text|json]",
    N_("Print the key figures: what the buyers pay, what the bank receives and its return, a loan to compare") },
  { "import", mu_cli_import, "import FILE… [--library DB]",
    N_("Add scenario files to the library; a name already there gets a number") },
  { "export", mu_cli_export, "export NAME -o FILE [--library DB]",
    N_("Write a scenario of the library to a .musharaka file") },
  { "list", mu_cli_list, "list [--library DB] [--search TEXT] [--format text|json]",
    N_("List the scenarios of the library, the latest changed first") },
  { "debts", mu_cli_debts, "debts import|list|show|pay|claim|ageing … [--library DB]",
    N_("The register of receivables: import a CSV, list by age, show a debt, record a payment, write the claim "
       "letter, chart by age; “musharaka-cli debts --help” tells more") },
};

void
mu_cli_error (const char *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("musharaka-cli: %s\n", message);
}

/* Parses @context's options and expects exactly @n_files arguments after
 * the command's name, or at least one when @n_files is −1; says what is
 * wrong otherwise. */
gboolean
mu_cli_parse_options (GOptionContext   *context,
                      int              *argc,
                      char           ***argv,
                      int               n_files)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      mu_cli_error ("%s", error->message);
      return FALSE;
    }
  if (n_files < 0 ? *argc < 2 : *argc != n_files + 1)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      if (n_files < 0)
        mu_cli_error (_("expected at least one file name"));
      else if (n_files == 0)
        mu_cli_error (_("expected no file names"));
      else
        mu_cli_error (ngettext ("expected %d name", "expected %d names", n_files), n_files);
      g_printerr ("%s", help);
      return FALSE;
    }
  return TRUE;
}

gboolean
mu_cli_parse_format (const char  *text,
                     gboolean     allow_csv,
                     MuCliFormat *format)
{
  if (text == NULL || strcmp (text, "text") == 0)
    *format = MU_CLI_FORMAT_TEXT;
  else if (strcmp (text, "json") == 0)
    *format = MU_CLI_FORMAT_JSON;
  else if (allow_csv && strcmp (text, "csv") == 0)
    *format = MU_CLI_FORMAT_CSV;
  else
    {
      if (allow_csv)
        mu_cli_error (_("--format: expected “text”, “csv” or “json”, got “%s”"), text);
      else
        mu_cli_error (_("--format: expected “text” or “json”, got “%s”"), text);
      return FALSE;
    }
  return TRUE;
}

MuScenario *
mu_cli_load (const char *path)
{
  g_autoptr(GError) error = NULL;
  MuScenario *scenario = mu_exchange_read_file (path, &error);

  if (scenario == NULL)
    mu_cli_error ("%s: %s", path, error->message);
  return scenario;
}

MuResult *
mu_cli_run (const char  *path,
            MuScenario **scenario)
{
  g_autoptr(GError) error = NULL;
  MuResult *result;

  if ((*scenario = mu_cli_load (path)) == NULL)
    return NULL;
  if ((result = mu_engine_run (*scenario, &error)) == NULL)
    mu_cli_error ("%s: %s", path, error->message);
  return result;
}

char *
mu_cli_json_string (const char *text)
{
  g_autoptr(JsonNode) node = json_node_init_string (json_node_alloc (), text);

  return json_to_string (node, FALSE);
}

char *
mu_cli_json_number (double value)
{
  return mu_percent_number (value);
}

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n  musharaka-cli COMMAND [OPTION…]\n\n%s\n", _("Usage:"), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  %s\n      %s\n", commands[i].usage, _(commands[i].summary));
  fprintf (stream, "\n%s\n",
           _("Run “musharaka-cli COMMAND --help” for the options of a command."));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, mu_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("musharaka-cli");

  if (argc < 2)
    {
      print_usage (stderr);
      return MU_CLI_BAD_INPUT;
    }
  if (strcmp (argv[1], "--version") == 0)
    {
      printf ("musharaka-cli %s\n", PACKAGE_VERSION);
      return MU_CLI_OK;
    }
  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 || strcmp (argv[1], "help") == 0)
    {
      print_usage (stdout);
      return MU_CLI_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (argv[1], commands[i].name) == 0)
      return commands[i].run (argc - 1, argv + 1);

  mu_cli_error (_("“%s” is not a command"), argv[1]);
  print_usage (stderr);
  return MU_CLI_BAD_INPUT;
}
