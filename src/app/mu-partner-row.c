/* mu-partner-row.c — one partner of the scenario page, as an expander row
 *
 * A closed row is its header alone; the editors are built the first time
 * it opens. A scenario of twenty partners opens as twenty headers, and the
 * window's first frame does not wait for two hundred editors nobody sees.
 * The partners section fills and watches the editors once they are there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include "mu-partner-row.h"
#include "mu-resources.h"

struct _MuPartnerRow
{
  AdwExpanderRow parent_instance;

  GtkWidget     *up_button;
  GtkWidget     *down_button;
  GtkWidget     *remove_button;

  char          *id;       /* the partner's */
  GtkBuilder    *editors;  /* NULL until the row first opens */
  GPtrArray     *assets;   /* a GtkBuilder of mu-asset-editors.ui an asset */
};

G_DEFINE_FINAL_TYPE (MuPartnerRow, mu_partner_row, ADW_TYPE_EXPANDER_ROW)

static void
mu_partner_row_dispose (GObject *object)
{
  MuPartnerRow *self = MU_PARTNER_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), MU_TYPE_PARTNER_ROW);
  g_clear_object (&self->editors);
  g_clear_pointer (&self->assets, g_ptr_array_unref);
  g_clear_pointer (&self->id, g_free);
  G_OBJECT_CLASS (mu_partner_row_parent_class)->dispose (object);
}

static void
mu_partner_row_class_init (MuPartnerRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* From a static library the resources are linked in only if referred
   * to; their constructor registers them. */
  (void) mu_get_resource ();

  G_OBJECT_CLASS (klass)->dispose = mu_partner_row_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/musharaka/Musharaka/mu-partner-row.ui");
  gtk_widget_class_bind_template_child (widget_class, MuPartnerRow, up_button);
  gtk_widget_class_bind_template_child (widget_class, MuPartnerRow, down_button);
  gtk_widget_class_bind_template_child (widget_class, MuPartnerRow, remove_button);
}

static void
mu_partner_row_init (MuPartnerRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The title is a partner's name, typed by the user: “Smith & Sons”. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
}

/* The row of the partner @id: its buttons move it up or down, or remove
 * it, through the partners section's actions. */
MuPartnerRow *
mu_partner_row_new (const char *id)
{
  MuPartnerRow *self = g_object_new (MU_TYPE_PARTNER_ROW, NULL);

  self->id = g_strdup (id);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->up_button), g_variant_new ("(si)", id, -1));
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->down_button), g_variant_new ("(si)", id, 1));
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->remove_button), g_variant_new_string (id));
  return self;
}

const char *
mu_partner_row_get_id (MuPartnerRow *self)
{
  g_return_val_if_fail (MU_IS_PARTNER_ROW (self), NULL);
  return self->id;
}

/* The row is @index of @count: the first cannot go up, nor the last down. */
void
mu_partner_row_set_position (MuPartnerRow *self,
                             guint         index,
                             guint         count)
{
  g_return_if_fail (MU_IS_PARTNER_ROW (self));

  if (gtk_widget_get_visible (self->up_button) != (index > 0))
    gtk_widget_set_visible (self->up_button, index > 0);
  if (gtk_widget_get_visible (self->down_button) != (index + 1 < count))
    gtk_widget_set_visible (self->down_button, index + 1 < count);
}

/* Removes the editors, to be built again with another number of assets. */
void
mu_partner_row_clear_editors (MuPartnerRow *self)
{
  GtkWidget *first, *list, *child;

  g_return_if_fail (MU_IS_PARTNER_ROW (self));

  if (self->editors == NULL)
    return;
  first = GTK_WIDGET (gtk_builder_get_object (self->editors, "name_row"));
  list = gtk_widget_get_parent (first);
  /* The editors and the lines under them that say what is wrong. */
  while ((child = gtk_widget_get_first_child (list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (list), child);
  g_clear_object (&self->editors);
  g_clear_pointer (&self->assets, g_ptr_array_unref);
}

guint
mu_partner_row_get_n_assets (MuPartnerRow *self)
{
  g_return_val_if_fail (MU_IS_PARTNER_ROW (self), 0);
  return self->assets != NULL ? self->assets->len : 0;
}

static void
add_rows (MuPartnerRow       *self,
          GtkBuilder         *builder,
          const char * const *rows)
{
  for (guint i = 0; rows[i] != NULL; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (self), GTK_WIDGET (gtk_builder_get_object (builder, rows[i])));
}

/* Builds the editors, with those of @n_assets assets, if they are not
 * there yet. Returns TRUE if it did, and the caller has them to fill. */
gboolean
mu_partner_row_ensure_editors (MuPartnerRow *self,
                               guint         n_assets)
{
  static const char * const first[] = { "name_row", "kind_row", "manages_row", "cash_row", NULL };
  static const char * const asset[] = { "asset_name_row", "asset_value_row", "fungible_row", NULL };
  static const char * const last[] = { "add_asset_row", "share_mode_row", "share_row", "loss_row", "guarantee_row",
                                       NULL };

  g_return_val_if_fail (MU_IS_PARTNER_ROW (self), FALSE);

  if (self->editors != NULL)
    return FALSE;
  self->editors = gtk_builder_new_from_resource ("/io/github/musharaka/Musharaka/mu-partner-editors.ui");
  self->assets = g_ptr_array_new_with_free_func (g_object_unref);
  add_rows (self, self->editors, first);
  for (guint i = 0; i < n_assets; i++)
    {
      GtkBuilder *builder = gtk_builder_new_from_resource ("/io/github/musharaka/Musharaka/mu-asset-editors.ui");

      add_rows (self, builder, asset);
      g_ptr_array_add (self->assets, builder);
    }
  add_rows (self, self->editors, last);
  return TRUE;
}

/* The editor called @name in mu-asset-editors.ui of asset @index, or NULL
 * while the row has not been opened. */
GtkWidget *
mu_partner_row_get_asset_editor (MuPartnerRow *self,
                                 guint         index,
                                 const char   *name)
{
  g_return_val_if_fail (MU_IS_PARTNER_ROW (self), NULL);

  if (self->assets == NULL || index >= self->assets->len)
    return NULL;
  return GTK_WIDGET (gtk_builder_get_object (g_ptr_array_index (self->assets, index), name));
}

/* The editor called @name in mu-partner-editors.ui, or NULL while the row
 * has not been opened. */
GtkWidget *
mu_partner_row_get_editor (MuPartnerRow *self,
                           const char   *name)
{
  g_return_val_if_fail (MU_IS_PARTNER_ROW (self), NULL);

  if (self->editors == NULL)
    return NULL;
  return GTK_WIDGET (gtk_builder_get_object (self->editors, name));
}
