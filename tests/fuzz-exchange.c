/* fuzz-exchange.c — a seeded mutation loop over the exchange reader
 *
 * Each seed file (the examples and tests/corpus/exchange) is mutated a
 * bounded number of times with a fixed seed, so that every run tries the
 * same inputs: bytes replaced, dropped, inserted and duplicated, deep runs
 * of brackets and long numbers spliced in. Whatever comes out, the reader
 * must not crash; a refusal is a GError of the core with a message, and a
 * scenario it returns validates and is computed or refused with a message.
 * MUSHARAKA_FUZZ_ROUNDS sets the rounds per seed for a longer run.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <stdlib.h>
#include <string.h>

#include "mu-core-error.h"
#include "mu-engine.h"
#include "mu-exchange.h"

#define DEFAULT_ROUNDS 1000
#define SEED 20261201

static const char json_bytes[] = "{}[]:,\" 0123456789.-eE+truefalsnl\\/u\n";

/* GByteArray has no insertion before GLib 2.76. */
static void
insert_bytes (GByteArray   *data,
              guint         at,
              const guint8 *bytes,
              guint         n)
{
  guint tail = data->len - at;

  g_byte_array_set_size (data, data->len + n);
  memmove (data->data + at + n, data->data + at, tail);
  memcpy (data->data + at, bytes, n);
}

/* One mutation of @data in place; it may grow by at most 128 bytes. */
static void
mutate (GByteArray *data,
        GRand      *rng)
{
  guint at = data->len > 0 ? (guint) g_rand_int_range (rng, 0, (gint32) data->len) : 0;

  switch (g_rand_int_range (rng, 0, 7))
    {
    case 0:
      if (data->len > 0)
        data->data[at] = json_bytes[g_rand_int_range (rng, 0, sizeof json_bytes - 1)];
      break;
    case 1:
      if (data->len > 0)
        data->data[at] = (guint8) g_rand_int_range (rng, 0, 256);
      break;
    case 2:
      if (data->len > 0)
        {
          guint n = (guint) g_rand_int_range (rng, 1, 9);

          g_byte_array_remove_range (data, at, MIN (n, data->len - at));
        }
      break;
    case 3:
      {
        guint8 byte = (guint8) json_bytes[g_rand_int_range (rng, 0, sizeof json_bytes - 1)];

        insert_bytes (data, at, &byte, 1);
      }
      break;
    case 4:
      {
        guint from = data->len > 0 ? (guint) g_rand_int_range (rng, 0, (gint32) data->len) : 0;
        guint n = (guint) g_rand_int_range (rng, 1, 65);
        g_autofree guint8 *chunk = NULL;

        n = MIN (n, data->len - from);
        chunk = g_memdup2 (data->data + from, n);

        insert_bytes (data, at, chunk, n);
      }
      break;
    case 5:
      {
        guint8 run[128];
        guint n = (guint) g_rand_int_range (rng, 40, 129);

        memset (run, g_rand_boolean (rng) ? '[' : '{', n);
        insert_bytes (data, at, run, n);
      }
      break;
    default:
      {
        static const char * const numbers[] = {
          "99999999999999999999", "92233720368547758.08", "-9223372036854775808", "0.0000000001",
          "1e308", "18446744073709551616", "1200", "1201", "10001", "9999-12-31",
        };
        const char *number = numbers[g_rand_int_range (rng, 0, G_N_ELEMENTS (numbers))];

        insert_bytes (data, at, (const guint8 *) number, strlen (number));
      }
      break;
    }
}

/* The reader's answer to @data holds to its promises. */
static gboolean
check_read (const GByteArray *data,
            guint             round)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MuScenario) scenario = mu_exchange_read_data ((const char *) data->data, data->len, &error);
  g_autoptr(MuResult) result = NULL;

  if (scenario == NULL)
    {
      if (error == NULL || error->domain != MU_CORE_ERROR || error->message[0] == '\0')
        g_error ("round %u: refused without a core error and a message", round);
      return FALSE;
    }
  g_assert_no_error (error);
  if (!mu_scenario_validate (scenario, &error))
    g_error ("round %u: read, but does not validate: %s", round, error->message);

  result = mu_engine_run (scenario, &error);
  if (result == NULL && (error == NULL || error->domain != MU_CORE_ERROR || error->message[0] == '\0'))
    g_error ("round %u: read, but its schedule fails without a core error and a message", round);
  return TRUE;
}

static void
test_fuzz_seed (gconstpointer data)
{
  const char *path = data;
  const char *env = g_getenv ("MUSHARAKA_FUZZ_ROUNDS");
  guint rounds = env != NULL ? (guint) g_ascii_strtoull (env, NULL, 10) : DEFAULT_ROUNDS;
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GRand) rng = g_rand_new_with_seed (SEED ^ g_str_hash (base));
  g_autofree char *contents = NULL;
  guint read = 0;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  for (guint round = 0; round < rounds; round++)
    {
      g_autoptr(GByteArray) copy = g_byte_array_sized_new (length + 512);
      guint mutations = 1 + round % 4;

      g_byte_array_append (copy, (const guint8 *) contents, length);
      for (guint k = 0; k < mutations; k++)
        mutate (copy, rng);
      read += check_read (copy, round);
    }
  g_test_message ("%s: %u of %u mutations read, the others refused", base, read, rounds);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The file names of @dir that end in .musharaka, sorted, with their paths. */
static void
add_seeds (GPtrArray  *seeds,
           const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = g_dir_open (dir, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_suffix (name, MU_EXCHANGE_SUFFIX))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_assert_cmpuint (names->len, >, 0);
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (seeds, g_build_filename (dir, g_ptr_array_index (names, i), NULL));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) seeds = g_ptr_array_new_with_free_func (g_free);
  const char *examples = g_getenv ("MUSHARAKA_EXAMPLES");
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");
  g_autofree char *corpus = NULL;

  g_test_init (&argc, &argv, NULL);

  g_assert_nonnull (examples);
  add_seeds (seeds, examples);
  g_assert_nonnull (srcdir);
  add_seeds (seeds, corpus = g_build_filename (srcdir, "corpus", "exchange", NULL));
  for (guint i = 0; i < seeds->len; i++)
    {
      const char *path = g_ptr_array_index (seeds, i);
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *name = g_strdup_printf ("/fuzz/exchange/%s", base);

      g_test_add_data_func (name, path, test_fuzz_seed);
    }
  return g_test_run ();
}
