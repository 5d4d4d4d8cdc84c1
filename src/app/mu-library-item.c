/* mu-library-item.c — one scenario of the library, as the sidebar lists it
 *
 * The sidebar is a GtkListView over these: it builds rows only for the
 * scenarios in view, so a library of hundreds opens as fast as one of
 * four. Its rows bind "title", "subtitle" and "has-errors"
 * (ui/mu-library-row.ui).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-library-item.h"

struct _MuLibraryItem
{
  GObject   parent_instance;

  char     *uuid;
  char     *title;
  char     *subtitle;
  gboolean  has_errors;
};

G_DEFINE_FINAL_TYPE (MuLibraryItem, mu_library_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_HAS_ERRORS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mu_library_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MuLibraryItem *self = MU_LIBRARY_ITEM (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;
    case PROP_HAS_ERRORS:
      g_value_set_boolean (value, self->has_errors);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mu_library_item_finalize (GObject *object)
{
  MuLibraryItem *self = MU_LIBRARY_ITEM (object);

  g_free (self->uuid);
  g_free (self->title);
  g_free (self->subtitle);
  G_OBJECT_CLASS (mu_library_item_parent_class)->finalize (object);
}

static void
mu_library_item_class_init (MuLibraryItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = mu_library_item_get_property;
  object_class->finalize = mu_library_item_finalize;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] = g_param_spec_string ("subtitle", NULL, NULL, NULL,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_ERRORS] = g_param_spec_boolean ("has-errors", NULL, NULL, FALSE,
                                                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mu_library_item_init (MuLibraryItem *self)
{
}

MuLibraryItem *
mu_library_item_new (const MuStoreEntry *entry)
{
  MuLibraryItem *self = g_object_new (MU_TYPE_LIBRARY_ITEM, NULL);
  g_autoptr(GDateTime) local = g_date_time_to_local (entry->modified);
  g_autofree char *when = g_date_time_format (local, "%x %H:%M");

  self->uuid = g_strdup (entry->uuid);
  self->title = g_strdup (entry->name);
  if (entry->bank_share >= 0)
    /* Translators: under a scenario's name in the sidebar: when it was
     * changed, and the bank's share in its first period. */
    self->subtitle = g_strdup_printf (_("%s · bank %.1f %%"), when, (double) entry->bank_share / 10000.0);
  else
    self->subtitle = g_steal_pointer (&when);
  self->has_errors = entry->n_errors > 0;
  return self;
}

const char *
mu_library_item_get_uuid (MuLibraryItem *self)
{
  g_return_val_if_fail (MU_IS_LIBRARY_ITEM (self), NULL);
  return self->uuid;
}

const char *
mu_library_item_get_title (MuLibraryItem *self)
{
  g_return_val_if_fail (MU_IS_LIBRARY_ITEM (self), NULL);
  return self->title;
}

void
mu_library_item_set_title (MuLibraryItem *self,
                           const char    *title)
{
  g_return_if_fail (MU_IS_LIBRARY_ITEM (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/* The position of the scenario @uuid in @model, of MuLibraryItem, or -1. */
int
mu_library_item_find (GListModel *model,
                      const char *uuid)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; uuid != NULL && i < n; i++)
    {
      g_autoptr(MuLibraryItem) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (item->uuid, uuid) == 0)
        return (int) i;
    }
  return -1;
}
