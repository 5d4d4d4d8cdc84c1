/* mu-field.h — one text field of a scenario, bound to its document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mu-scenario-document.h"

G_BEGIN_DECLS

#define MU_TYPE_FIELD (mu_field_get_type ())

G_DECLARE_FINAL_TYPE (MuField, mu_field, MU, FIELD, GObject)

/* Reads @text into @scenario, or says in @message why it cannot. */
typedef gboolean (*MuFieldRead) (MuScenario *scenario,
                                 const char *text,
                                 gpointer    data,
                                 char      **message);
/* The text of the field's value in @scenario. */
typedef char    *(*MuFieldShow) (const MuScenario *scenario,
                                 gpointer          data);

MuField    *mu_field_new          (GtkWidget          *row,
                                   const char         *path,
                                   MuFieldRead         read,
                                   MuFieldShow         show,
                                   gpointer            data,
                                   GDestroyNotify      destroy);
void        mu_field_set_document (MuField            *self,
                                   MuScenarioDocument *document);
void        mu_field_set_path     (MuField            *self,
                                   const char         *path);
const char *mu_field_get_path     (MuField            *self);
GtkWidget  *mu_field_get_row      (MuField            *self);
void        mu_field_refresh      (MuField            *self);
gboolean    mu_field_is_valid     (MuField            *self);
const char *mu_field_get_message  (MuField            *self);
gboolean    mu_field_discard      (MuField            *self);

char       *mu_field_sentence     (const char         *message);

G_END_DECLS
