/* test-store-files.c — what stands in the library's place: a pipe, a
 * folder, a link to nothing or in a circle, a mistyped path, a newer or
 * damaged library opened to read, a read-only folder, a damaged index,
 * rows another program changed
 *
 * Every refusal names the file, leaves its bytes as they were and leaves
 * nothing beside it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mu-store-private.h"
#include "store-test-fixture.h"
#include "store-test-scenario.h"

/* The folder holds exactly @n entries: nothing was made beside them. */
static void
assert_entries (const char *dir,
                guint       n)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint found = 0;
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_test_message ("%s: %s", dir, name);
      found++;
    }
  g_assert_cmpuint (found, ==, n);
}

static void
assert_nothing_beside (const char *path)
{
  static const char * const suffixes[] = { "-wal", "-shm", "-journal", ".partial" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_assert_false (g_file_test (file, G_FILE_TEST_EXISTS));
    }
}

/* The file at @path holds what it held (@before), and nothing was made
 * beside it. */
static void
assert_untouched (const char *path,
                  GBytes     *before)
{
  g_autoptr(GBytes) after = file_bytes (path);

  g_assert_true (g_bytes_equal (before, after));
  assert_nothing_beside (path);
}

static void
assert_open_refused (const char       *path,
                     MuStoreOpenFlags  flags,
                     int               code,
                     const char       *words)
{
  g_autoptr(GError) error = NULL;
  MuStore *store = mu_store_open (path, flags, &error);

  g_assert_null (store);
  g_assert_error (error, MU_STORE_ERROR, code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, words));
}

static void
make_library (const char *path)
{
  g_autoptr(GError) error = NULL;
  MuStore *store = mu_store_open (path, MU_STORE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  mu_store_close (store);
}

/* Runs musharaka-cli with @args; returns its exit status, its standard
 * output in @out (unless NULL) and its standard error in @err. */
static int
run_cli_full (const char * const  *args,
              GSpawnChildSetupFunc setup,
              char               **out,
              char               **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = -1;

  g_ptr_array_add (argv, (gpointer) g_getenv ("MUSHARAKA_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, out == NULL ? G_SPAWN_STDOUT_TO_DEV_NULL : 0,
                               setup, NULL, out, err, &status, &error));
  g_assert_no_error (error);
  g_test_message ("%s%s", out != NULL ? *out : "", *err);
  return g_spawn_check_wait_status (status, NULL) ? 0 : WEXITSTATUS (status);
}

static int
run_cli_out (const char * const  *args,
             char               **out,
             char               **err)
{
  return run_cli_full (args, NULL, out, err);
}

static int
run_cli (const char * const  *args,
         char               **err)
{
  return run_cli_full (args, NULL, NULL, err);
}

/* A pipe named like the library: refused at once, not read for ever. */
static void
test_fifo (Fixture       *fixture,
           gconstpointer  data)
{
  const char *args[] = { "list", "--library", fixture->path, NULL };
  g_autofree char *err = NULL;
  struct stat st;

  g_assert_cmpint (mkfifo (fixture->path, 0600), ==, 0);
  assert_open_refused (fixture->path, MU_STORE_OPEN_DEFAULT, MU_STORE_ERROR_NOT_A_FILE, "a pipe");
  assert_open_refused (fixture->path, MU_STORE_OPEN_READ_ONLY, MU_STORE_ERROR_NOT_A_FILE, "a pipe");
  g_assert_cmpint (run_cli (args, &err), !=, 0);
  g_assert_nonnull (strstr (err, fixture->path));
  g_assert_cmpint (lstat (fixture->path, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
  assert_nothing_beside (fixture->path);
  assert_entries (fixture->dir, 1);
}

static void
test_folder (Fixture       *fixture,
             gconstpointer  data)
{
  g_assert_cmpint (g_mkdir (fixture->path, 0700), ==, 0);
  assert_open_refused (fixture->path, MU_STORE_OPEN_DEFAULT, MU_STORE_ERROR_NOT_A_FILE, "is a folder");
  assert_open_refused (fixture->path, MU_STORE_OPEN_READ_ONLY, MU_STORE_ERROR_NOT_A_FILE, "is a folder");
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_DIR));
  assert_entries (fixture->path, 0);
  assert_nothing_beside (fixture->path);
  assert_entries (fixture->dir, 1);
}

/* A link to a library on a disk that is not connected: no new library
 * takes the link's place, and the message says where it points. */
static void
test_dangling_link (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *target = g_build_filename (fixture->dir, "usb", "library.sqlite3", NULL);
  g_autofree char *example = g_build_filename (g_getenv ("MUSHARAKA_EXAMPLES"),
                                               "case-a-bank-joins-company.musharaka", NULL);
  const char *list[] = { "list", "--library", fixture->path, NULL };
  const char *import[] = { "import", "--library", fixture->path, example, NULL };
  g_autofree char *err = NULL;
  g_autofree char *err_import = NULL;
  g_autofree char *pointed = NULL;

  g_assert_cmpint (symlink (target, fixture->path), ==, 0);
  assert_open_refused (fixture->path, MU_STORE_OPEN_DEFAULT, MU_STORE_ERROR_UNREACHABLE, target);
  assert_open_refused (fixture->path, MU_STORE_OPEN_READ_ONLY, MU_STORE_ERROR_UNREACHABLE, target);
  g_assert_cmpint (run_cli (list, &err), !=, 0);
  g_assert_nonnull (strstr (err, target));
  g_assert_cmpint (run_cli (import, &err_import), !=, 0);
  g_assert_nonnull (strstr (err_import, target));

  pointed = g_file_read_link (fixture->path, NULL);
  g_assert_cmpstr (pointed, ==, target);
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
  assert_nothing_beside (fixture->path);
  assert_entries (fixture->dir, 1);
}

static void
test_link_loop (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *other = g_build_filename (fixture->dir, "other.sqlite3", NULL);

  g_assert_cmpint (symlink (other, fixture->path), ==, 0);
  g_assert_cmpint (symlink (fixture->path, other), ==, 0);
  assert_open_refused (fixture->path, MU_STORE_OPEN_DEFAULT, MU_STORE_ERROR_NOT_A_FILE, "circle");
  assert_open_refused (fixture->path, MU_STORE_OPEN_READ_ONLY, MU_STORE_ERROR_NOT_A_FILE, "circle");
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_test (other, G_FILE_TEST_IS_SYMLINK));
  assert_nothing_beside (fixture->path);
  assert_entries (fixture->dir, 2);
}

static MuStoreRecovery
recovery_for_path (const char *path)
{
  g_autoptr(GError) error = NULL;
  MuStore *store = mu_store_open (path, MU_STORE_OPEN_DEFAULT, &error);

  g_assert_null (store);
  g_assert_nonnull (error);
  return mu_store_error_recovery (error);
}

/* What the start-up dialog offers: nothing but Quit for what cannot be
 * moved aside, Try Again for a link to a disk not connected, reading as
 * it is only for a damaged or newer library. */
static void
test_recovery (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *target = g_build_filename (fixture->dir, "usb", "library.sqlite3", NULL);
  g_autoptr(GError) corrupt = g_error_new_literal (MU_STORE_ERROR, MU_STORE_ERROR_CORRUPT, "damaged");
  g_autoptr(GError) newer = g_error_new_literal (MU_STORE_ERROR, MU_STORE_ERROR_NEWER, "newer");
  g_autoptr(GError) io = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "failed");

  g_assert_cmpint (g_mkdir (fixture->path, 0700), ==, 0);
  g_assert_cmpint (recovery_for_path (fixture->path), ==, MU_STORE_RECOVERY_NONE);
  g_assert_cmpint (g_rmdir (fixture->path), ==, 0);

  g_assert_cmpint (mkfifo (fixture->path, 0600), ==, 0);
  g_assert_cmpint (recovery_for_path (fixture->path), ==, MU_STORE_RECOVERY_NONE);
  g_assert_cmpint (g_unlink (fixture->path), ==, 0);

  g_assert_cmpint (symlink (fixture->path, fixture->path), ==, 0);
  g_assert_cmpint (recovery_for_path (fixture->path), ==, MU_STORE_RECOVERY_NONE);
  g_assert_cmpint (g_unlink (fixture->path), ==, 0);

  g_assert_cmpint (symlink (target, fixture->path), ==, 0);
  g_assert_cmpint (recovery_for_path (fixture->path), ==, MU_STORE_RECOVERY_RETRY);
  g_assert_cmpint (g_unlink (fixture->path), ==, 0);

  g_assert_true (g_file_set_contents (fixture->path, "not a database, but long enough to be read as one", -1, NULL));
  g_assert_cmpint (recovery_for_path (fixture->path), ==, MU_STORE_RECOVERY_MOVE_ASIDE);

  g_assert_cmpint (mu_store_error_recovery (corrupt), ==, MU_STORE_RECOVERY_READ_ONLY | MU_STORE_RECOVERY_MOVE_ASIDE);
  g_assert_cmpint (mu_store_error_recovery (newer), ==, MU_STORE_RECOVERY_READ_ONLY | MU_STORE_RECOVERY_MOVE_ASIDE);
  g_assert_cmpint (mu_store_error_recovery (io), ==, MU_STORE_RECOVERY_MOVE_ASIDE);
}

/* A link to a library that is there is the library. */
static void
test_link_to_library (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *link = g_build_filename (fixture->dir, "link.sqlite3", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MuStore) store = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  make_library (fixture->path);
  g_assert_cmpint (symlink (fixture->path, link), ==, 0);
  store = mu_store_open (link, MU_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  entries = mu_store_list (store, NULL, &error);
  g_assert_cmpuint (entries->len, ==, 4);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
}

/* `list` and `export` on a mistyped path make no library; `import` does. */
static void
test_mistyped_path (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *out = g_build_filename (fixture->dir, "out.musharaka", NULL);
  g_autofree char *example = g_build_filename (g_getenv ("MUSHARAKA_EXAMPLES"),
                                               "case-a-bank-joins-company.musharaka", NULL);
  const char *list[] = { "list", "--library", fixture->path, NULL };
  const char *export[] = { "export", "Bank joins the company", "-o", out, "--library", fixture->path, NULL };
  const char *import[] = { "import", "--library", fixture->path, example, NULL };
  g_autofree char *err_list = NULL;
  g_autofree char *err_export = NULL;
  g_autofree char *err_import = NULL;

  g_assert_cmpint (run_cli (list, &err_list), !=, 0);
  g_assert_nonnull (strstr (err_list, fixture->path));
  g_assert_cmpint (run_cli (export, &err_export), !=, 0);
  g_assert_nonnull (strstr (err_export, fixture->path));
  assert_entries (fixture->dir, 0);

  g_assert_cmpint (run_cli (import, &err_import), ==, 0);
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_REGULAR));
  g_clear_pointer (&err_list, g_free);
  g_assert_cmpint (run_cli (list, &err_list), ==, 0);
}

/* Opened to read, a newer library is refused like one opened to write:
 * what it holds may mean something else in its version. */
static void
test_read_only_newer (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *out = g_build_filename (fixture->dir, "out.musharaka", NULL);
  const char *export[] = { "export", "Bank joins the company", "-o", out, "--library", fixture->path, NULL };
  g_autofree char *err = NULL;
  g_autoptr(GBytes) before = NULL;

  make_library (fixture->path);
  raw_sql (fixture->path, "PRAGMA user_version = 99");
  before = file_bytes (fixture->path);
  assert_open_refused (fixture->path, MU_STORE_OPEN_READ_ONLY, MU_STORE_ERROR_NEWER, "newer version");
  g_assert_cmpint (run_cli (export, &err), !=, 0);
  g_assert_nonnull (strstr (err, fixture->path));
  g_assert_nonnull (strstr (err, "newer version"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  assert_untouched (fixture->path, before);
  assert_entries (fixture->dir, 1);
}

static void
test_read_only_damaged (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GBytes) whole = NULL;
  g_autoptr(GBytes) before = NULL;
  gsize length;
  const char *bytes;

  make_library (fixture->path);
  whole = file_bytes (fixture->path);
  bytes = g_bytes_get_data (whole, &length);
  g_assert_true (g_file_set_contents (fixture->path, bytes, 4096 + 100, NULL));
  before = file_bytes (fixture->path);
  assert_open_refused (fixture->path, MU_STORE_OPEN_READ_ONLY, MU_STORE_ERROR_CORRUPT, "damaged");
  assert_untouched (fixture->path, before);
}

/* A read leaves the folder as it found it: no -wal, no -shm. */
static void
test_read_leaves_nothing (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *out = g_build_filename (fixture->dir, "out.musharaka", NULL);
  const char *export[] = { "export", "Bank joins the company", "-o", out, "--library", fixture->path, NULL };
  g_autofree char *err = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MuStore) store = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  make_library (fixture->path);
  before = file_bytes (fixture->path);
  store = mu_store_open (fixture->path, MU_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  entries = mu_store_list (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 4);
  assert_nothing_beside (fixture->path);
  g_clear_pointer (&store, mu_store_close);

  g_assert_cmpint (run_cli (export, &err), ==, 0);
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));
  g_unlink (out);
  assert_untouched (fixture->path, before);
  assert_entries (fixture->dir, 1);
}

/* A library in a folder the user cannot write is read, not “damaged”. */
static void
test_read_only_folder (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MuStore) store = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root writes to any folder");
      return;
    }
  make_library (fixture->path);
  before = file_bytes (fixture->path);
  g_assert_cmpint (g_chmod (fixture->dir, 0500), ==, 0);
  store = mu_store_open (fixture->path, MU_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (mu_store_is_read_only (store));
  entries = mu_store_list (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 4);
  g_clear_pointer (&store, mu_store_close);
  g_assert_cmpint (g_chmod (fixture->dir, 0700), ==, 0);
  assert_untouched (fixture->path, before);
}

/* An index that no longer matches its table passes the quick check at
 * open; the whole check before the first write refuses the library. */
static void
test_damaged_index (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *example = g_build_filename (g_getenv ("MUSHARAKA_EXAMPLES"),
                                               "case-a-bank-joins-company.musharaka", NULL);
  const char *import[] = { "import", "--library", fixture->path, example, NULL };
  g_autofree char *err = NULL;
  g_autoptr(MuScenario) scenario = store_test_scenario (1);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MuStore) store = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *uuid = NULL;

  make_library (fixture->path);
  raw_sql (fixture->path, "PRAGMA writable_schema = ON;"
                          "UPDATE sqlite_schema SET sql = 'CREATE INDEX partners_by_scenario ON partners "
                          "(position, scenario_id)' WHERE name = 'partners_by_scenario';");
  before = file_bytes (fixture->path);

  store = mu_store_open (fixture->path, MU_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  entries = mu_store_list (store, NULL, &error);
  g_assert_no_error (error);
  uuid = mu_store_save (store, NULL, scenario, &error);
  g_assert_null (uuid);
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, fixture->path));
  g_assert_nonnull (strstr (error->message, "damaged"));
  g_clear_error (&error);
  g_assert_false (mu_store_delete (store, ((MuStoreEntry *) entries->pdata[0])->uuid, &error));
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_CORRUPT);
  g_clear_pointer (&store, mu_store_close);

  g_assert_cmpint (run_cli (import, &err), !=, 0);
  g_assert_nonnull (strstr (err, fixture->path));
  g_assert_nonnull (strstr (err, "damaged"));

  assert_untouched (fixture->path, before);
  assert_entries (fixture->dir, 1);
}

/* Cached figures another program changed are not printed as stored: a
 * bad row is one damaged scenario, the others are listed as they are. */
static void
test_list_bad_rows (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *list[] = { "list", "--library", fixture->path, NULL };
  const char *json[] = { "list", "--format", "json", "--library", fixture->path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *out_json = NULL;
  g_autofree char *err_json = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MuStore) store = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  guint damaged = 0;

  make_library (fixture->path);
  raw_sql (fixture->path, "PRAGMA ignore_check_constraints = ON;"
                          "UPDATE scenarios SET n_errors = -1 WHERE id = (SELECT min (id) FROM scenarios);"
                          "UPDATE scenarios SET bank_share = 5000000"
                          " WHERE id = (SELECT min (id) + 1 FROM scenarios);"
                          "UPDATE scenarios SET modified = 'last Tuesday'"
                          " WHERE id = (SELECT min (id) + 2 FROM scenarios);");
  store = mu_store_open (fixture->path, MU_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  entries = mu_store_list (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 4);
  for (guint i = 0; i < entries->len; i++)
    {
      const MuStoreEntry *entry = g_ptr_array_index (entries, i);

      g_assert_nonnull (entry->modified);
      g_assert_nonnull (entry->created);
      if (entry->damaged)
        {
          damaged++;
          g_assert_cmpuint (entry->n_errors, ==, 0);
          g_assert_cmpint (entry->bank_share, ==, -1);
        }
    }
  g_assert_cmpuint (damaged, ==, 3);

  g_assert_cmpint (run_cli_out (list, &out, &err), ==, 0);
  g_assert_null (strstr (out, "4294967295"));
  g_assert_null (strstr (out, "500"));
  g_assert_null (strstr (out, "(null)"));
  g_assert_nonnull (strstr (out, "damaged"));
  g_assert_nonnull (strstr (out, fixture->path));
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (run_cli_out (json, &out_json, &err_json), ==, 0);
  g_assert_nonnull (strstr (out_json, "\"damaged\": true"));
  g_assert_null (strstr (out_json, "(null)"));
  g_assert_cmpstr (err_json, ==, "");
  assert_nothing_beside (fixture->path);
}

/* A contribution of a kind this version does not know is not read as
 * cash: that scenario is damaged, the others load. */
static void
test_unknown_contribution_kind (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MuStore) store = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  guint refused = 0;

  make_library (fixture->path);
  raw_sql (fixture->path, "PRAGMA ignore_check_constraints = ON;"
                          "UPDATE contributions SET kind = 'gold' WHERE partner_id = (SELECT min (id) FROM partners);");
  before = file_bytes (fixture->path);
  store = mu_store_open (fixture->path, MU_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  entries = mu_store_list (store, NULL, &error);
  g_assert_cmpuint (entries->len, ==, 4);
  for (guint i = 0; i < entries->len; i++)
    {
      const MuStoreEntry *entry = g_ptr_array_index (entries, i);
      g_autoptr(MuScenario) scenario = mu_store_load (store, entry->uuid, &error);

      if (scenario != NULL)
        continue;
      refused++;
      g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_CORRUPT);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, fixture->path));
      g_assert_nonnull (strstr (error->message, entry->name));
      g_assert_nonnull (strstr (error->message, "gold"));
      g_clear_error (&error);
    }
  g_assert_cmpuint (refused, ==, 1);
  g_clear_pointer (&store, mu_store_close);
  assert_untouched (fixture->path, before);
}

/* Asked only to read, an older library cannot be upgraded: the message
 * says what to do, not that a writable file is read-only. */
static void
test_read_only_older (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *out = g_build_filename (fixture->dir, "out.musharaka", NULL);
  const char *export[] = { "export", "x", "-o", out, "--library", fixture->path, NULL };
  g_autofree char *err = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;

  mu_store_close (mu_store_create_at_version (fixture->path, 1, &error));
  g_assert_no_error (error);
  before = file_bytes (fixture->path);
  assert_open_refused (fixture->path, MU_STORE_OPEN_READ_ONLY, MU_STORE_ERROR_READ_ONLY, "before it can be read");
  g_assert_cmpint (run_cli (export, &err), !=, 0);
  g_assert_nonnull (strstr (err, fixture->path));
  g_assert_nonnull (strstr (err, "must be upgraded before it can be read"));
  g_assert_null (strstr (err, "but it is read-only"));
  assert_untouched (fixture->path, before);
  assert_entries (fixture->dir, 1);
}

/* In the child: files may not grow past 16 KiB, as on a disk that is
 * full, and going past it is an error, not a signal. */
static void
limit_file_size (gpointer data)
{
  struct rlimit limit = { 16384, 16384 };

  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &limit);
}

/* A library that cannot be made whole is not left half-made, and the
 * message names the library, not the temporary file it was made in. */
static void
test_create_full_disk (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *example = g_build_filename (g_getenv ("MUSHARAKA_EXAMPLES"),
                                               "case-a-bank-joins-company.musharaka", NULL);
  const char *import[] = { "import", "--library", fixture->path, example, NULL };
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cli_full (import, limit_file_size, NULL, &err), !=, 0);
  g_assert_nonnull (strstr (err, fixture->path));
  g_assert_null (strstr (err, ".partial"));
  g_assert_null (strstr (err, "damaged"));
  assert_entries (fixture->dir, 0);
}

static void
on_checked (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  *(GAsyncResult **) data = g_object_ref (result);
}

static gboolean
check_in_thread (MuStore  *store,
                 GError  **error)
{
  GAsyncResult *result = NULL;
  gboolean ok;

  mu_store_check_integrity_async (store, NULL, on_checked, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  ok = mu_store_check_integrity_finish (store, result, error);
  g_object_unref (result);
  return ok;
}

/* The check the window runs after its first frame, in a thread: a whole
 * library passes and can be written; a damaged index is found, and from
 * then on every write is refused. */
static void
test_integrity_in_thread (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(MuScenario) scenario = store_test_scenario (1);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MuStore) store = NULL;
  g_autofree char *uuid = NULL;

  make_library (fixture->path);
  store = mu_store_open (fixture->path, MU_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (check_in_thread (store, &error));
  g_assert_no_error (error);
  uuid = mu_store_save (store, NULL, scenario, &error);
  g_assert_no_error (error);
  g_clear_pointer (&store, mu_store_close);

  raw_sql (fixture->path, "PRAGMA writable_schema = ON;"
                          "UPDATE sqlite_schema SET sql = 'CREATE INDEX partners_by_scenario ON partners "
                          "(position, scenario_id)' WHERE name = 'partners_by_scenario';");
  before = file_bytes (fixture->path);
  store = mu_store_open (fixture->path, MU_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (check_in_thread (store, &error));
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, fixture->path));
  g_clear_error (&error);
  g_assert_false (mu_store_rename (store, uuid, "Renamed", &error));
  g_assert_error (error, MU_STORE_ERROR, MU_STORE_ERROR_CORRUPT);
  g_clear_pointer (&store, mu_store_close);
  assert_untouched (fixture->path, before);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/files/fifo-refused", test_fifo);
  ADD ("/store/files/folder-refused", test_folder);
  ADD ("/store/files/dangling-link-refused", test_dangling_link);
  ADD ("/store/files/link-loop-refused", test_link_loop);
  ADD ("/store/files/link-to-library-opens", test_link_to_library);
  ADD ("/store/files/recovery-offers-only-what-can-work", test_recovery);
  ADD ("/store/files/mistyped-path-creates-nothing", test_mistyped_path);
  ADD ("/store/read-only/newer-refused", test_read_only_newer);
  ADD ("/store/read-only/damaged-refused", test_read_only_damaged);
  ADD ("/store/read-only/leaves-nothing-beside", test_read_leaves_nothing);
  ADD ("/store/read-only/folder-is-read-not-damaged", test_read_only_folder);
  ADD ("/store/read-only/older-says-it-must-be-upgraded", test_read_only_older);
  ADD ("/store/create/full-disk-names-the-library-leaves-nothing", test_create_full_disk);
  ADD ("/store/integrity/damaged-index-refused-before-write", test_damaged_index);
  ADD ("/store/integrity/in-a-thread-then-writes-refused", test_integrity_in_thread);
  ADD ("/store/list/bad-cached-figures-are-one-damaged-scenario", test_list_bad_rows);
  ADD ("/store/load/unknown-contribution-kind-is-damage", test_unknown_contribution_kind);
#undef ADD

  return g_test_run ();
}
