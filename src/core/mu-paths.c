/* mu-paths.c — where the installed files are
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-core"

#include "config.h"

#include "mu-paths.h"

/* The translations beside the program — PREFIX/bin/../share/locale — so
 * that an installation moved as a whole, as into a staging folder, still
 * speaks the user's language; else the configured folder. */
const char *
mu_locale_dir (void)
{
  static char *dir;
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
      g_autofree char *bin = exe != NULL ? g_path_get_dirname (exe) : NULL;
      g_autofree char *beside = bin != NULL ? g_build_filename (bin, "..", "share", "locale", NULL) : NULL;
      g_autofree char *check = beside != NULL ? g_build_filename (beside, "ru", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL) : NULL;
      char *found = check != NULL && g_file_test (check, G_FILE_TEST_EXISTS)
                    ? g_canonicalize_filename (beside, NULL) : g_strdup (LOCALEDIR);

      dir = found;
      g_once_init_leave (&initialized, 1);
    }
  return dir;
}
