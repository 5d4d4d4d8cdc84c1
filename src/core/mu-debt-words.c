/* mu-debt-words.c — the words of a debtor's kind, an arrangement and a
 * write-off, as the library stores them and the command line prints them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-core"

#include "config.h"

#include <string.h>

#include "mu-debt-words.h"

static const char * const debtor_words[] = { "company", "person", NULL };
static const char * const arrangement_words[] = { "none", "deferral", "instalments", NULL };
static const char * const write_off_words[] = { "none", "forgiven", "uncollectable", NULL };

G_STATIC_ASSERT (G_N_ELEMENTS (debtor_words) == MU_DEBTOR_PERSON + 2);
G_STATIC_ASSERT (G_N_ELEMENTS (arrangement_words) == MU_ARRANGEMENT_INSTALMENTS + 2);
G_STATIC_ASSERT (G_N_ELEMENTS (write_off_words) == MU_WRITE_OFF_UNCOLLECTABLE + 2);

static const char *
word (const char * const *words,
      guint               n_words,
      guint               value)
{
  g_return_val_if_fail (value < n_words - 1, NULL);
  return words[value];
}

static gboolean
lookup (const char * const *words,
        const char         *text,
        guint              *value)
{
  g_return_val_if_fail (text != NULL, FALSE);

  for (guint i = 0; words[i] != NULL; i++)
    if (strcmp (words[i], text) == 0)
      {
        *value = i;
        return TRUE;
      }
  return FALSE;
}

#define WORDS(type, prefix, words)                                      \
  const char *                                                          \
  prefix##_to_string (type value)                                       \
  {                                                                     \
    return word (words, G_N_ELEMENTS (words), (guint) value);           \
  }                                                                     \
                                                                        \
  gboolean                                                              \
  prefix##_from_string (const char *text,                               \
                        type       *value)                              \
  {                                                                     \
    guint found;                                                        \
                                                                        \
    if (!lookup (words, text, &found))                                  \
      return FALSE;                                                     \
    *value = (type) found;                                              \
    return TRUE;                                                        \
  }

WORDS (MuDebtorKind, mu_debtor_kind, debtor_words)
WORDS (MuArrangementKind, mu_arrangement_kind, arrangement_words)
WORDS (MuWriteOffKind, mu_write_off_kind, write_off_words)
