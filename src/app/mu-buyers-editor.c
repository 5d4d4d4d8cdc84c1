/* mu-buyers-editor.c — how several buyers share the bank's units
 *
 * Two buyers or more divide the units by what each puts in, or by shares
 * they agree. Agreed, every buyer but the last types its share and the
 * last takes the rest: the shares make the whole at every keystroke, so
 * none is refused for a total that the next one would have mended.
 *
 * The share rows, once made, are kept and hidden when not needed, as the
 * valuations' are: a field keeps the line under it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "mu-buyers-editor.h"
#include "mu-input.h"

struct _MuBuyersEditor
{
  AdwPreferencesGroup  parent_instance;

  AdwComboRow         *mode_row;
  AdwActionRow        *rest_row;
  GtkLabel            *rest_label;
  GPtrArray           *rows;     /* of AdwEntryRow*, buyer j's share in row j */
  guint                buyers;   /* shown */
  gboolean             agreed;   /* the shares shown are agreed ones */
  gboolean             loading;
};

G_DEFINE_FINAL_TYPE (MuBuyersEditor, mu_buyers_editor, ADW_TYPE_PREFERENCES_GROUP)

enum {
  BY_CONTRIBUTIONS,
  BY_AGREEMENT,
};

static gboolean
read_share (MuScenario *scenario,
            const char *text,
            gpointer    data,
            char      **message)
{
  MuFinancing *f = &scenario->financing;
  guint j = GPOINTER_TO_UINT (data);
  guint last = f->buyer_ids->len - 1;
  gint64 rest = MU_PERCENT_100;

  /* A hidden row: the units follow what the buyers put in. */
  if (f->buyer_shares->len != f->buyer_ids->len || j >= last)
    return TRUE;
  if (!mu_input_parse_percent (text, 0, MU_PERCENT_100, &g_array_index (f->buyer_shares, gint64, j), message))
    return FALSE;
  for (guint i = 0; i < last; i++)
    rest -= g_array_index (f->buyer_shares, gint64, i);
  if (rest < 0)
    {
      *message = g_strdup (_("With this share the buyers’ shares come to more than the whole. Lower this one "
                             "or another."));
      return FALSE;
    }
  g_array_index (f->buyer_shares, gint64, last) = rest;
  return TRUE;
}

static char *
show_share (const MuScenario *scenario,
            gpointer          data)
{
  const MuFinancing *f = &scenario->financing;
  guint j = GPOINTER_TO_UINT (data);

  if (f->buyer_shares->len != f->buyer_ids->len || j >= f->buyer_shares->len)
    return g_strdup ("");
  return mu_input_format_percent (g_array_index (f->buyer_shares, gint64, j));
}

static const char *
buyer_name (const MuScenario *scenario,
            guint             j)
{
  int index = mu_scenario_find_partner (scenario, g_ptr_array_index (scenario->financing.buyer_ids, j));

  return index >= 0 ? mu_scenario_get_partner (scenario, index)->name : "";
}

/* Shares as the buyers' contributions divide the units, or equal ones if
 * none puts anything in: the agreement begins where the units are. Each
 * share is where the running total is rounded to, less where the one
 * before was, so that they make the whole exactly. */
static void
agree_shares (MuScenario *scenario)
{
  MuFinancing *f = &scenario->financing;
  guint n = f->buyer_ids->len;
  g_autofree long double *capital = g_new0 (long double, n);
  long double total = 0, sum = 0;
  gint64 previous = 0;

  for (guint j = 0; j < n; j++)
    {
      int index = mu_scenario_find_partner (scenario, g_ptr_array_index (f->buyer_ids, j));
      MuMoney amount = 0;

      if (index >= 0 && mu_partner_get_capital (mu_scenario_get_partner (scenario, index), &amount, NULL))
        capital[j] = MAX (amount, 0);
      total += capital[j];
    }
  g_array_set_size (f->buyer_shares, n);
  for (guint j = 0; j < n; j++)
    {
      gint64 reached;

      sum += total > 0 ? capital[j] : 1;
      reached = j + 1 == n ? MU_PERCENT_100 : (gint64) (sum / (total > 0 ? total : n) * MU_PERCENT_100 + 0.5L);
      g_array_index (f->buyer_shares, gint64, j) = reached - previous;
      previous = reached;
    }
}

static void
on_mode_selected (MuBuyersEditor *self)
{
  MuSection *section = MU_SECTION (gtk_widget_get_ancestor (GTK_WIDGET (self), MU_TYPE_SECTION));
  MuScenarioDocument *document = section != NULL ? mu_section_get_document (section) : NULL;
  gboolean agreed = adw_combo_row_get_selected (self->mode_row) == BY_AGREEMENT;
  MuScenario *edited;

  if (self->loading || document == NULL || agreed == self->agreed)
    return;
  edited = mu_scenario_document_dup_scenario (document);
  if (agreed)
    agree_shares (edited);
  else
    g_array_set_size (edited->financing.buyer_shares, 0);
  mu_section_apply (section, "financing.buyers", edited);
}

/* The rows of buyers' shares up to @count, before the last buyer's. */
static void
ensure_rows (MuBuyersEditor *self,
             MuSection      *section,
             guint           count)
{
  g_autoptr(GtkWidget) rest = NULL;

  if (self->rows->len >= count)
    return;
  rest = g_object_ref (GTK_WIDGET (self->rest_row));
  adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), rest);
  while (self->rows->len < count)
    {
      guint j = self->rows->len;
      GtkWidget *row = adw_entry_row_new ();
      g_autofree char *path = g_strdup_printf ("financing.buyers[%u].share", j);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
      mu_section_add_field (section, row, path, read_share, show_share, GUINT_TO_POINTER (j), NULL);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), rest);
}

static void
set_title (GtkWidget  *row,
           const char *title)
{
  if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) != 0)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
}

/* Shows how the buyers of @scenario share the units, when there are
 * two or more; @section keeps the shares' fields. */
void
mu_buyers_editor_load (MuBuyersEditor   *self,
                       MuSection        *section,
                       const MuScenario *scenario)
{
  const MuFinancing *f = &scenario->financing;
  guint typed;

  g_return_if_fail (MU_IS_BUYERS_EDITOR (self));

  self->loading = TRUE;
  self->buyers = f->buyer_ids->len;
  self->agreed = self->buyers >= 2 && f->buyer_shares->len == self->buyers;
  typed = self->agreed ? self->buyers - 1 : 0;
  gtk_widget_set_visible (GTK_WIDGET (self), self->buyers >= 2);
  if (adw_combo_row_get_selected (self->mode_row) != (guint) self->agreed)
    adw_combo_row_set_selected (self->mode_row, self->agreed ? BY_AGREEMENT : BY_CONTRIBUTIONS);
  ensure_rows (self, section, typed);
  for (guint j = 0; j < self->rows->len; j++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, j);

      gtk_widget_set_visible (row, j < typed);
      if (j < typed)
        {
          /* Translators: the title of a field: a buyer's name, then the
           * sign of the percent it is entered in. */
          g_autofree char *title = g_strdup_printf (_("Share of %s, %%"), buyer_name (scenario, j));

          set_title (row, title);
        }
    }
  gtk_widget_set_visible (GTK_WIDGET (self->rest_row), self->agreed);
  if (self->agreed)
    {
      g_autofree char *percent = mu_input_format_percent (g_array_index (f->buyer_shares, gint64, typed));
      g_autofree char *label = g_strdup_printf ("%s %%", percent);

      set_title (GTK_WIDGET (self->rest_row), buyer_name (scenario, typed));
      gtk_label_set_text (self->rest_label, label);
    }
  self->loading = FALSE;
}

/* The share of "financing.buyers[j].share": its field, the last buyer's
 * row, or while the units follow the contributions the choice of how
 * they are divided. */
GtkWidget *
mu_buyers_editor_find (MuBuyersEditor *self,
                       const char     *path)
{
  guint j;
  int end = 0;

  g_return_val_if_fail (MU_IS_BUYERS_EDITOR (self), NULL);

  if (sscanf (path, "financing.buyers[%u].share%n", &j, &end) != 1 || path[end] != '\0' || end == 0 ||
      !gtk_widget_get_visible (GTK_WIDGET (self)) || j >= self->buyers)
    return NULL;
  if (!self->agreed)
    return GTK_WIDGET (self->mode_row);
  return j + 1 < self->buyers ? g_ptr_array_index (self->rows, j) : GTK_WIDGET (self->rest_row);
}

static void
mu_buyers_editor_dispose (GObject *object)
{
  MuBuyersEditor *self = MU_BUYERS_EDITOR (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), MU_TYPE_BUYERS_EDITOR);
  G_OBJECT_CLASS (mu_buyers_editor_parent_class)->dispose (object);
}

static void
mu_buyers_editor_class_init (MuBuyersEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mu_buyers_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/musharaka/Musharaka/mu-buyers-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, MuBuyersEditor, mode_row);
  gtk_widget_class_bind_template_child (widget_class, MuBuyersEditor, rest_row);
  gtk_widget_class_bind_template_child (widget_class, MuBuyersEditor, rest_label);
}

static void
mu_buyers_editor_init (MuBuyersEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
  g_signal_connect_object (self->mode_row, "notify::selected", G_CALLBACK (on_mode_selected), self,
                           G_CONNECT_SWAPPED);
}
