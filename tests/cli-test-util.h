/* cli-test-util.h — what the tests of musharaka-cli share: running it
 * as a shell user would, and reading its JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>
#include <sys/wait.h>

#include "mu-money.h"

typedef struct
{
  char *out;
  char *err;
  int   status;
} Run;

static inline void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs musharaka-cli with the arguments from @first to a NULL, without a
 * shell, in the C locale, and waits for it. */
G_GNUC_NULL_TERMINATED
static inline Run
cli (const char *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *program = g_getenv ("MUSHARAKA_CLI");
  Run run = { NULL, NULL, -1 };
  int wait_status = 0;
  va_list args;

  g_assert_nonnull (program);
  env = g_environ_setenv (env, "LC_ALL", "C.UTF-8", TRUE);
  env = g_environ_unsetenv (env, "LANGUAGE");

  g_ptr_array_add (argv, (char *) program);
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                &run.out, &run.err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run.status = WEXITSTATUS (wait_status);
  return run;
}

static inline char *
example (const char *name)
{
  const char *dir = g_getenv ("MUSHARAKA_EXAMPLES");

  g_assert_nonnull (dir);
  return g_build_filename (dir, name, NULL);
}

static inline JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (json_parser_get_root (parser));
  return json_node_copy (json_parser_get_root (parser));
}

static inline JsonNode *
member (JsonObject *object,
        const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL)
    g_error ("the JSON object has no member “%s”", key);
  return node;
}

static inline JsonObject *
member_object (JsonObject *object,
               const char *key)
{
  JsonNode *node = member (object, key);

  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  return json_node_get_object (node);
}

static inline JsonArray *
member_array (JsonObject *object,
              const char *key)
{
  JsonNode *node = member (object, key);

  g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
  return json_node_get_array (node);
}

/* Money and dates are strings in the output, never binary numbers. */
static inline const char *
member_string (JsonObject *object,
               const char *key)
{
  JsonNode *node = member (object, key);

  g_assert_true (JSON_NODE_HOLDS_VALUE (node));
  g_assert_cmpint (json_node_get_value_type (node), ==, G_TYPE_STRING);
  return json_node_get_string (node);
}

/* Percents are JSON numbers. */
static inline double
member_number (JsonObject *object,
               const char *key)
{
  JsonNode *node = member (object, key);

  g_assert_true (JSON_NODE_HOLDS_VALUE (node));
  g_assert_true (json_node_get_value_type (node) == G_TYPE_DOUBLE ||
                 json_node_get_value_type (node) == G_TYPE_INT64);
  return json_node_get_double (node);
}

static inline gint64
member_int (JsonObject *object,
            const char *key)
{
  JsonNode *node = member (object, key);

  g_assert_true (JSON_NODE_HOLDS_VALUE (node));
  g_assert_cmpint (json_node_get_value_type (node), ==, G_TYPE_INT64);
  return json_node_get_int (node);
}

/* @object has exactly the members @keys, which ends with NULL. */
static inline void
assert_keys (JsonObject         *object,
             const char * const *keys)
{
  for (guint i = 0; keys[i] != NULL; i++)
    if (!json_object_has_member (object, keys[i]))
      g_error ("the JSON object has no member “%s”", keys[i]);
  g_assert_cmpuint (json_object_get_size (object), ==, g_strv_length ((char **) keys));
}

static inline MuMoney
kopecks (const char *text)
{
  gint64 value = 0;

  g_assert_cmpint (mu_decimal_parse (text, 2, &value), ==, MU_DECIMAL_OK);
  return value;
}
