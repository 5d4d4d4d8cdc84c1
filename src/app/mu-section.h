/* mu-section.h — a part of the scenario page, bound to the document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mu-field.h"
#include "mu-scenario-document.h"

G_BEGIN_DECLS

#define MU_TYPE_SECTION (mu_section_get_type ())

G_DECLARE_DERIVABLE_TYPE (MuSection, mu_section, MU, SECTION, GtkWidget)

struct _MuSectionClass
{
  GtkWidgetClass parent_class;

  /* The document was set or replaced: show it all. */
  void        (*load) (MuSection  *self);
  /* The widget that edits @path, a path as the findings name it, built
   * and shown if need be; NULL if the section has none. */
  GtkWidget  *(*find) (MuSection  *self,
                       const char *path);
};

MuScenarioDocument *mu_section_get_document  (MuSection          *self);
void                mu_section_set_document  (MuSection          *self,
                                              MuScenarioDocument *document);
void                mu_section_watch         (MuSection          *self,
                                              const char         *detail,
                                              GCallback           callback);
MuField            *mu_section_add_field     (MuSection          *self,
                                              GtkWidget          *row,
                                              const char         *path,
                                              MuFieldRead         read,
                                              MuFieldShow         show,
                                              gpointer            data,
                                              GDestroyNotify      destroy);
void                mu_section_forget_fields (MuSection          *self,
                                              GtkWidget          *ancestor);
void                mu_section_refresh_fields (MuSection         *self);
MuField            *mu_section_get_invalid   (MuSection          *self,
                                              guint              *count);
MuField            *mu_section_find_field    (MuSection          *self,
                                              const char         *path);
GtkWidget          *mu_section_find          (MuSection          *self,
                                              const char         *path);
gboolean            mu_section_apply         (MuSection          *self,
                                              const char         *path,
                                              MuScenario         *edited);
gboolean            mu_section_discard_focused (MuSection        *self);
void                mu_section_set_labels    (AdwComboRow        *row,
                                              const char * const *labels);

G_END_DECLS
