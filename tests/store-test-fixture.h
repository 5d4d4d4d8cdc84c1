/* store-test-fixture.h — a folder of the test's own for each store test,
 * with the library's path in it, taken away whole afterwards (read-only
 * files and folders too)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <glib/gstdio.h>

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static inline void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp (NULL, &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "library.sqlite3", NULL);
}

/* A link is taken away, not followed. */
static inline void
remove_tree (const char *dir)
{
  g_autoptr(GDir) handle = NULL;
  const char *name;

  g_chmod (dir, 0700);
  handle = g_dir_open (dir, 0, NULL);
  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);

      if (g_file_test (file, G_FILE_TEST_IS_DIR) && !g_file_test (file, G_FILE_TEST_IS_SYMLINK))
        remove_tree (file);
      else
        {
          g_chmod (file, 0600);
          g_unlink (file);
        }
    }
  g_rmdir (dir);
}

static inline void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}
