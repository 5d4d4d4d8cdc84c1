/* mu-cli-chart.c — musharaka-cli chart: one chart into a PNG, SVG or PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-chart.h"
#include "mu-cli.h"
#include "mu-report.h"

int
mu_cli_chart (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — draw a chart of a scenario"));
  g_autofree char *kind_text = NULL;
  g_autofree char *output = NULL;
  int width = 800, height = 450, period = 0;
  gboolean dark = FALSE, money = FALSE;
  const GOptionEntry entries[] = {
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind_text, N_("The chart: equity, shares or profit"), "KIND" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write: .png, .svg or .pdf"), "FILE" },
    { "width", 'w', 0, G_OPTION_ARG_INT, &width, N_("Width in pixels (points for SVG and PDF)"), "W" },
    { "height", 'h', 0, G_OPTION_ARG_INT, &height, N_("Height in pixels (points for SVG and PDF)"), "H" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, N_("Use the dark style"), NULL },
    { "money", 0, 0, G_OPTION_ARG_NONE, &money, N_("Equity: show stakes in money instead of percents"), NULL },
    { "period", 'p', 0, G_OPTION_ARG_INT, &period, N_("Shares: the period to show (one past the last: after it)"), "N" },
    { NULL }
  };
  g_autoptr(MuScenario) scenario = NULL;
  g_autoptr(MuResult) result = NULL;
  g_autoptr(GError) error = NULL;
  MuChartOptions options = { MU_CHART_EQUITY, FALSE, 0, TRUE };
  MuChartStyle style;

  g_option_context_set_help_enabled (context, TRUE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!mu_cli_parse_options (context, &argc, &argv, 1))
    return MU_CLI_BAD_INPUT;
  if (kind_text == NULL || !mu_chart_kind_from_string (kind_text, &options.kind))
    {
      mu_cli_error (_("--kind: expected “equity”, “shares” or “profit”, got “%s”"), kind_text ? kind_text : "");
      return MU_CLI_BAD_INPUT;
    }
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
  if ((result = mu_cli_run (argv[1], &scenario)) == NULL)
    return MU_CLI_BAD_INPUT;

  options.money = money;
  options.period = period > 0 ? (guint) period : 0;
  mu_chart_style_init (&style, dark ? MU_CHART_THEME_DARK : MU_CHART_THEME_LIGHT);
  style.rtl = mu_chart_locale_is_rtl ();

  if (!mu_chart_write_file (output, width, height, 1, scenario, result, &style, &options, &error))
    {
      mu_cli_error ("%s", error->message);
      return MU_CLI_BAD_INPUT;
    }
  return MU_CLI_OK;
}

int
mu_cli_report (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — write the report of a scenario as a PDF"));
  g_autofree char *output = NULL;
  g_autofree char *paper_text = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF file to write"), "FILE" },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper_text, N_("Paper size: a4 (the default) or letter"), "PAPER" },
    { NULL }
  };
  g_autoptr(MuScenario) scenario = NULL;
  g_autoptr(MuResult) result = NULL;
  g_autoptr(GError) error = NULL;
  MuPaper paper = MU_PAPER_A4;
  MuChartStyle style;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!mu_cli_parse_options (context, &argc, &argv, 1))
    return MU_CLI_BAD_INPUT;
  if (output == NULL || !g_str_has_suffix (output, ".pdf"))
    {
      mu_cli_error (_("-o: expected a file name ending in .pdf"));
      return MU_CLI_BAD_INPUT;
    }
  if (paper_text != NULL && g_strcmp0 (paper_text, "letter") == 0)
    paper = MU_PAPER_LETTER;
  else if (paper_text != NULL && g_strcmp0 (paper_text, "a4") != 0)
    {
      mu_cli_error (_("--paper: expected “a4” or “letter”, got “%s”"), paper_text);
      return MU_CLI_BAD_INPUT;
    }
  if ((result = mu_cli_run (argv[1], &scenario)) == NULL)
    return MU_CLI_BAD_INPUT;

  mu_chart_style_init (&style, MU_CHART_THEME_LIGHT);
  style.rtl = mu_chart_locale_is_rtl ();
  if (!mu_report_write_pdf (scenario, result, &style, paper, output, NULL, &error))
    {
      mu_cli_error ("%s", error->message);
      return MU_CLI_BAD_INPUT;
    }
  return MU_CLI_OK;
}
