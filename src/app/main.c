/* main.c — musharaka: the application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "mu-paths.h"

#include "mu-application.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(MuApplication) application = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, mu_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  application = mu_application_new ();
  return g_application_run (G_APPLICATION (application), argc, argv);
}
