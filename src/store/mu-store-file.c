/* mu-store-file.c — what stands at the library's path: a regular file
 * that starts like a database, or nothing; never a pipe, a folder or a
 * link to nothing, and nothing is ever renamed over what is there
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mu-store-private.h"

/* Only a regular file can be a library: a folder, a pipe or a device in
 * its place is refused before anything reads from it. */
static gboolean
check_file_type (const char        *path,
                 const struct stat *st,
                 GError           **error)
{
  if (S_ISREG (st->st_mode))
    return TRUE;
  if (S_ISDIR (st->st_mode))
    g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_NOT_A_FILE,
                 _("“%s” is a folder, not a Musharaka library. It was not changed."), path);
  else
    g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_NOT_A_FILE,
                 _("“%s” is not a Musharaka library: it is not a file but a pipe, a device or a socket. "
                   "It was not changed."), path);
  return FALSE;
}

/* Reads the start of the file without SQLite, so that nothing is written
 * to a file that turns out not to be a database at all. Opened without
 * blocking and looked at before it is read: a pipe put in the library's
 * place would otherwise hold the program for ever. */
gboolean
mu_store_check_header (const char  *path,
                       GError     **error)
{
  static const char magic[16] = "SQLite format 3";
  char header[100];
  struct stat st;
  ssize_t length = -1;
  int saved_errno = 0;
  int fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);

  if (fd < 0 || fstat (fd, &st) != 0)
    saved_errno = errno;
  else if (S_ISREG (st.st_mode) && (length = read (fd, header, sizeof header)) < 0)
    saved_errno = errno;
  if (fd >= 0)
    close (fd);

  if (saved_errno != 0)
    {
      g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_IO,
                   _("Could not open the library “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  if (!check_file_type (path, &st, error))
    return FALSE;
  if (length < (ssize_t) sizeof header || memcmp (header, magic, sizeof magic) != 0)
    {
      g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_NOT_A_LIBRARY,
                   _("“%s” is not a Musharaka library: it is not a database at all. It was not changed."),
                   path);
      return FALSE;
    }
  return TRUE;
}

/* With no WAL beside it the file is the whole library: opened immutable,
 * SQLite needs no -shm and creates no files of its own next to it, which
 * a read-only folder would not allow and a read must not leave. */
char *
mu_store_read_only_uri (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *escaped = g_uri_escape_string (absolute, "/", FALSE);

  return g_strconcat ("file:", escaped, g_file_test (wal, G_FILE_TEST_EXISTS) ? "" : "?immutable=1", NULL);
}

/* What is at @path: nothing yet (*exists is FALSE), a file to open, or
 * something refused. A link is followed only to a file that is there: a
 * library is never made where a link points to nothing. */
gboolean
mu_store_check_path (const char  *path,
                     gboolean    *exists,
                     GError     **error)
{
  struct stat st;
  int saved_errno;

  *exists = FALSE;
  if (lstat (path, &st) != 0)
    {
      saved_errno = errno;
      if (saved_errno == ENOENT)
        return TRUE;
      g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_IO,
                   _("Could not open the library “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  if (S_ISLNK (st.st_mode) && stat (path, &st) != 0)
    {
      g_autofree char *target = NULL;

      saved_errno = errno;
      target = g_file_read_link (path, NULL);
      if (saved_errno == ENOENT || saved_errno == ENOTDIR)
        g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_UNREACHABLE,
                     _("The library “%s” is a link to “%s”, which is not there. Nothing was created "
                       "or changed; connect the disk it is on, or give the library’s own path."),
                     path, target != NULL ? target : "?");
      else if (saved_errno == ELOOP)
        g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_NOT_A_FILE,
                     _("The library “%s” is a link that leads round in a circle (to “%s”), never to a "
                       "file. Nothing was created or changed."), path, target != NULL ? target : "?");
      else
        g_set_error (error, MU_STORE_ERROR, MU_STORE_ERROR_IO,
                     _("Could not open the library “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  *exists = TRUE;
  return check_file_type (path, &st, error);
}

/* A file that is something else, damaged or newer can be moved aside
 * and a new library started in its place; a damaged or newer one can
 * also be read as it is. What is not a file cannot be moved aside (a
 * link would be moved, not what it points to, and a folder or a pipe is
 * the owner's own): the same refusal would only come back. */
MuStoreRecovery
mu_store_error_recovery (const GError *error)
{
  g_return_val_if_fail (error != NULL, MU_STORE_RECOVERY_NONE);

  if (error->domain != MU_STORE_ERROR)
    return MU_STORE_RECOVERY_MOVE_ASIDE;
  switch ((MuStoreError) error->code)
    {
    case MU_STORE_ERROR_CORRUPT:
    case MU_STORE_ERROR_NEWER:
      return MU_STORE_RECOVERY_READ_ONLY | MU_STORE_RECOVERY_MOVE_ASIDE;
    case MU_STORE_ERROR_NOT_A_FILE:
      return MU_STORE_RECOVERY_NONE;
    case MU_STORE_ERROR_UNREACHABLE:
      return MU_STORE_RECOVERY_RETRY;
    case MU_STORE_ERROR_NOT_A_LIBRARY:
    case MU_STORE_ERROR_READ_ONLY:
    case MU_STORE_ERROR_NOT_FOUND:
    case MU_STORE_ERROR_INVALID:
    case MU_STORE_ERROR_IO:
    default:
      return MU_STORE_RECOVERY_MOVE_ASIDE;
    }
}

/* Moves @from to @to unless something is there already, even a link that
 * points nowhere: link() never replaces. A file system without links
 * (a memory stick's) gets a last look and a rename. */
int
mu_store_rename_no_replace (const char *from,
                            const char *to)
{
  struct stat st;

  if (link (from, to) == 0)
    {
      g_unlink (from);
      return 0;
    }
  if (errno == EEXIST)
    return -1;
  if (lstat (to, &st) == 0)
    {
      errno = EEXIST;
      return -1;
    }
  return g_rename (from, to);
}
