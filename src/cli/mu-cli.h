/* mu-cli.h — the commands of musharaka-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <stdio.h>

#include "mu-engine.h"
#include "mu-scenario.h"
#include "mu-store.h"

G_BEGIN_DECLS

/* Exit statuses, as DESIGN.md gives them. */
enum
{
  MU_CLI_OK = 0,
  MU_CLI_FINDINGS = 1,  /* check: at least one finding is an error */
  MU_CLI_BAD_INPUT = 2, /* unreadable input or wrong usage */
};

typedef enum
{
  MU_CLI_FORMAT_TEXT,
  MU_CLI_FORMAT_CSV,
  MU_CLI_FORMAT_JSON,
} MuCliFormat;

int         mu_cli_schedule        (int           argc,
                                    char        **argv);
int         mu_cli_check           (int           argc,
                                    char        **argv);
int         mu_cli_figures         (int           argc,
                                    char        **argv);
int         mu_cli_import          (int           argc,
                                    char        **argv);
int         mu_cli_export          (int           argc,
                                    char        **argv);
int         mu_cli_chart           (int           argc,
                                    char        **argv);
int         mu_cli_report          (int           argc,
                                    char        **argv);
int         mu_cli_list            (int           argc,
                                    char        **argv);
int         mu_cli_debts           (int           argc,
                                    char        **argv);

/* Shared by the commands. */
gboolean    mu_cli_parse_options   (GOptionContext *context,
                                    int          *argc,
                                    char       ***argv,
                                    int           n_files);
gboolean    mu_cli_parse_format    (const char   *text,
                                    gboolean      allow_csv,
                                    MuCliFormat  *format);
MuScenario *mu_cli_load            (const char   *path);
MuResult   *mu_cli_run             (const char   *path,
                                    MuScenario  **scenario);
void        mu_cli_error           (const char   *format,
                                    ...) G_GNUC_PRINTF (1, 2);
char       *mu_cli_json_string     (const char   *text);
char       *mu_cli_json_number     (double        value);
MuStore    *mu_cli_open_library    (const char   *path,
                                    MuStoreOpenFlags flags,
                                    gboolean      create);
GOptionEntry mu_cli_library_option (char        **library);

G_END_DECLS
