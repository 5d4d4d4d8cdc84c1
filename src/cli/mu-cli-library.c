/* mu-cli-library.c — musharaka-cli import, export and list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-cli.h"
#include "mu-currency.h"
#include "mu-store.h"

/* Only the default library is made on first use, and one named for an
 * import (@create): any other path that is not there is a typing
 * mistake, not a library to start. */
MuStore *
mu_cli_open_library (const char       *path,
                     MuStoreOpenFlags  flags,
                     gboolean          create)
{
  g_autofree char *default_path = NULL;
  g_autoptr(GError) error = NULL;
  MuStore *store;

  if (path == NULL)
    path = default_path = mu_store_default_path ();
  else if (!create)
    flags |= MU_STORE_OPEN_EXISTING;
  store = mu_store_open (path, flags, &error);
  if (store == NULL)
    mu_cli_error ("%s", error->message);
  else if (mu_store_is_read_only (store) && (flags & MU_STORE_OPEN_READ_ONLY) == 0)
    g_printerr (_("Note: the library “%s” is read-only; it is opened for reading only.\n"), path);
  return store;
}

GOptionEntry
mu_cli_library_option (char **library)
{
  return (GOptionEntry) { "library", 'l', 0, G_OPTION_ARG_FILENAME, library,
                          N_("The library to use instead of the default one"), "DB" };
}

int
mu_cli_import (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE… — add scenario files to the library"));
  g_autofree char *library = NULL;
  GOptionEntry entries[] = { mu_cli_library_option (&library), { NULL } };
  g_autoptr(MuStore) store = NULL;
  int status = MU_CLI_OK;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!mu_cli_parse_options (context, &argc, &argv, -1))
    return MU_CLI_BAD_INPUT;
  if ((store = mu_cli_open_library (library, MU_STORE_OPEN_DEFAULT, TRUE)) == NULL)
    return MU_CLI_BAD_INPUT;

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *uuid = mu_store_import_file (store, argv[i], &error);
      g_autoptr(MuScenario) scenario = NULL;

      if (uuid == NULL || (scenario = mu_store_load (store, uuid, &error)) == NULL)
        {
          mu_cli_error ("%s", error->message);
          status = MU_CLI_BAD_INPUT;
          continue;
        }
      /* Translators: a file name, then the scenario's name in the library. */
      g_print (_("%s: imported as “%s”\n"), argv[i], scenario->name);
    }
  return status;
}

int
mu_cli_export (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("NAME — write a scenario of the library to a file"));
  g_autofree char *library = NULL;
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    mu_cli_library_option (&library),
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The .musharaka file to write"), "FILE" },
    { NULL }
  };
  g_autoptr(MuStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!mu_cli_parse_options (context, &argc, &argv, 1))
    return MU_CLI_BAD_INPUT;
  if (output == NULL)
    {
      mu_cli_error (_("say where to write the scenario with -o FILE"));
      return MU_CLI_BAD_INPUT;
    }
  if ((store = mu_cli_open_library (library, MU_STORE_OPEN_READ_ONLY, FALSE)) == NULL)
    return MU_CLI_BAD_INPUT;

  if ((uuid = mu_store_find_by_name (store, argv[1], &error)) == NULL ||
      !mu_store_export_file (store, uuid, output, &error))
    {
      mu_cli_error ("%s", error->message);
      return MU_CLI_BAD_INPUT;
    }
  return MU_CLI_OK;
}

static void
print_entry_json (GString            *out,
                  const MuStoreEntry *entry,
                  gboolean            first)
{
  const MuCurrency *currency = mu_currency_lookup (entry->currency);
  guint digits = currency != NULL ? currency->exponent : 2;
  g_autofree char *name = mu_cli_json_string (entry->name);
  g_autofree char *modified = g_date_time_format_iso8601 (entry->modified);
  g_autofree char *profit = mu_decimal_format (entry->total_profit, digits);
  g_autofree char *received = mu_decimal_format (entry->bank_received, digits);
  g_autofree char *share = entry->bank_share >= 0
                           ? mu_cli_json_number ((double) entry->bank_share * 100.0 / MU_PERCENT_100)
                           : g_strdup ("null");

  if (entry->damaged)
    {
      g_autofree char *uuid = mu_cli_json_string (entry->uuid);

      g_string_append_printf (out, "%s\n  {\"uuid\": %s, \"name\": %s, \"damaged\": true}",
                              first ? "" : ",", uuid, name);
      return;
    }
  g_string_append_printf (out,
                          "%s\n  {\"uuid\": \"%s\", \"name\": %s, \"modified\": \"%s\", \"currency\": \"%s\", "
                          "\"school\": \"%s\", \"periods\": %u, \"profit\": \"%s\", \"bank_share_percent\": %s, "
                          "\"bank_received\": \"%s\", \"errors\": %u}",
                          first ? "" : ",", entry->uuid, name, modified, entry->currency,
                          mu_enum_to_string (MU_ENUM_SCHOOL, entry->school), entry->periods,
                          profit, share, received, entry->n_errors);
}

static void
print_entry_text (GString            *out,
                  const MuStoreEntry *entry,
                  const char         *library)
{
  const MuCurrency *currency = mu_currency_lookup (entry->currency);
  guint digits = currency != NULL ? currency->exponent : 2;
  g_autoptr(GDateTime) local = g_date_time_to_local (entry->modified);
  g_autofree char *modified = g_date_time_format (local, "%x %H:%M");
  g_autofree char *profit = mu_decimal_format (entry->total_profit, digits);

  g_string_append_printf (out, "%s\n  ", entry->name);
  if (entry->damaged)
    {
      g_string_append_printf (out, _("This scenario is damaged in the library “%s”: what is stored for it "
                                     "cannot be read as it is."), library);
      g_string_append_c (out, '\n');
      return;
    }
  g_string_append_printf (out, ngettext ("%s · %s · %u period · profit %s %s",
                                         "%s · %s · %u periods · profit %s %s", entry->periods),
                          modified, mu_school_get_label (entry->school), entry->periods, profit, entry->currency);
  if (entry->bank_share >= 0)
    {
      g_autofree char *received = mu_decimal_format (entry->bank_received, digits);

      g_string_append (out, " · ");
      g_string_append_printf (out, _("bank %.2f %%, receives %s %s"),
                              (double) entry->bank_share * 100.0 / MU_PERCENT_100, received, entry->currency);
    }
  if (entry->n_errors > 0)
    {
      g_string_append (out, " · ");
      g_string_append_printf (out, ngettext ("%u error", "%u errors", entry->n_errors), entry->n_errors);
    }
  g_string_append_c (out, '\n');
}

int
mu_cli_list (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("— list the scenarios of the library"));
  g_autofree char *library = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *search = NULL;
  GOptionEntry entries[] = {
    mu_cli_library_option (&library),
    { "search", 's', 0, G_OPTION_ARG_STRING, &search, N_("Only scenarios whose name contains TEXT"), "TEXT" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, N_("Output format: text or json"), "FORMAT" },
    { NULL }
  };
  g_autoptr(MuStore) store = NULL;
  g_autoptr(GPtrArray) entries_list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  MuCliFormat format;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!mu_cli_parse_options (context, &argc, &argv, 0) ||
      !mu_cli_parse_format (format_text, FALSE, &format))
    return MU_CLI_BAD_INPUT;
  if ((store = mu_cli_open_library (library, MU_STORE_OPEN_DEFAULT, FALSE)) == NULL)
    return MU_CLI_BAD_INPUT;
  if ((entries_list = mu_store_list (store, search, &error)) == NULL)
    {
      mu_cli_error ("%s", error->message);
      return MU_CLI_BAD_INPUT;
    }

  if (format == MU_CLI_FORMAT_JSON)
    {
      g_string_append (out, "{\"scenarios\": [");
      for (guint i = 0; i < entries_list->len; i++)
        print_entry_json (out, g_ptr_array_index (entries_list, i), i == 0);
      g_string_append (out, entries_list->len > 0 ? "\n]}\n" : "]}\n");
    }
  else
    for (guint i = 0; i < entries_list->len; i++)
      print_entry_text (out, g_ptr_array_index (entries_list, i), mu_store_get_path (store));

  fwrite (out->str, 1, out->len, stdout);
  return MU_CLI_OK;
}
