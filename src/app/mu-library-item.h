/* mu-library-item.h — one scenario of the library, as the sidebar lists it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mu-store.h"

G_BEGIN_DECLS

#define MU_TYPE_LIBRARY_ITEM (mu_library_item_get_type ())

G_DECLARE_FINAL_TYPE (MuLibraryItem, mu_library_item, MU, LIBRARY_ITEM, GObject)

MuLibraryItem *mu_library_item_new       (const MuStoreEntry *entry);
const char    *mu_library_item_get_uuid  (MuLibraryItem      *self);
const char    *mu_library_item_get_title (MuLibraryItem      *self);
void           mu_library_item_set_title (MuLibraryItem      *self,
                                          const char         *title);
int            mu_library_item_find      (GListModel         *model,
                                          const char         *uuid);

G_END_DECLS
