/* mu-cli-check.c — musharaka-cli check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-cli.h"

static const char *
severity_label (MuSeverity severity)
{
  switch (severity)
    {
    case MU_SEVERITY_ERROR:
      return _("Error");
    case MU_SEVERITY_WARNING:
      return _("Warning");
    case MU_SEVERITY_INFO:
    default:
      return _("Note");
    }
}

static void
print_text (GString          *out,
            const MuScenario *scenario,
            GPtrArray        *findings)
{
  if (findings->len == 0)
    {
      g_string_append_printf (out, _("%s: no findings under the %s school."),
                              scenario->name, mu_school_get_label (scenario->school));
      g_string_append_c (out, '\n');
      return;
    }

  for (guint i = 0; i < findings->len; i++)
    {
      const MuFinding *f = g_ptr_array_index (findings, i);

      g_string_append_printf (out, "%s [%s]", severity_label (f->severity), f->rule);
      if (f->partner >= 0)
        g_string_append_printf (out, " — %s", mu_scenario_get_partner (scenario, f->partner)->name);
      if (f->period > 0)
        {
          g_string_append (out, ", ");
          g_string_append_printf (out, _("period %u"), f->period);
        }
      g_string_append_printf (out, "\n  %s\n  ", f->message);
      g_string_append_printf (out, _("Source: %s"), f->source);
      g_string_append (out, "\n\n");
    }
}

static void
print_json (GString          *out,
            const MuScenario *scenario,
            GPtrArray        *findings)
{
  g_string_append (out, "{\"findings\": [");
  for (guint i = 0; i < findings->len; i++)
    {
      const MuFinding *f = g_ptr_array_index (findings, i);
      g_autofree char *partner = f->partner >= 0
                                 ? mu_cli_json_string (mu_scenario_get_partner (scenario, f->partner)->id)
                                 : g_strdup ("null");
      g_autofree char *period = f->period > 0 ? g_strdup_printf ("%u", f->period) : g_strdup ("null");
      g_autofree char *message = mu_cli_json_string (f->message);
      g_autofree char *source = mu_cli_json_string (f->source);

      g_string_append_printf (out,
                              "%s\n  {\"rule\": \"%s\", \"severity\": \"%s\", \"partner\": %s, "
                              "\"period\": %s,\n   \"message\": %s,\n   \"source\": %s}",
                              i > 0 ? "," : "", f->rule, mu_severity_to_string (f->severity),
                              partner, period, message, source);
    }
  g_string_append (out, findings->len > 0 ? "\n]}\n" : "]}\n");
}

int
mu_cli_check (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — check a scenario against the rules of its school"));
  g_autofree char *format_text = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, N_("Output format: text or json"), "FORMAT" },
    { NULL }
  };
  g_autoptr(MuScenario) scenario = NULL;
  g_autoptr(MuResult) result = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  MuCliFormat format;

  g_option_context_set_description (context,
                                    _("Exit status: 0 when no finding is an error, 1 when one is, "
                                      "2 when the file cannot be read."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!mu_cli_parse_options (context, &argc, &argv, 1) ||
      !mu_cli_parse_format (format_text, FALSE, &format))
    return MU_CLI_BAD_INPUT;

  if ((result = mu_cli_run (argv[1], &scenario)) == NULL)
    return MU_CLI_BAD_INPUT;

  if (format == MU_CLI_FORMAT_JSON)
    print_json (out, scenario, result->findings);
  else
    print_text (out, scenario, result->findings);
  fwrite (out->str, 1, out->len, stdout);

  return mu_findings_have_errors (result->findings) ? MU_CLI_FINDINGS : MU_CLI_OK;
}
