/* mu-valuations-editor.c — the object's value at each buyout
 *
 * At a price at valuation each unit is bought at what the co-owned
 * object is worth that day, against what it was worth at the start: one
 * value a buyout, entered as each becomes known. The buyouts after the
 * last value entered are priced at it again, as the engine does, and the
 * group says so.
 *
 * A row, once made, is kept and hidden when its value goes: its field
 * and the line under it that says why its text is not stored stay
 * together, in the group's list, for the next value there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mu-input.h"
#include "mu-valuations-editor.h"

struct _MuValuationsEditor
{
  AdwPreferencesGroup  parent_instance;

  GtkWidget           *add_button;
  GPtrArray           *rows;     /* of AdwEntryRow*, value k in row k, hidden beyond the values */
  GPtrArray           *removes;  /* of GtkButton*, the button that removes the value of each row */
  guint                shown;    /* how many rows show a value */
  gboolean             can_add;  /* fewer values than installments */
};

G_DEFINE_FINAL_TYPE (MuValuationsEditor, mu_valuations_editor, ADW_TYPE_PREFERENCES_GROUP)

#define PATH "financing.valuations"

static gboolean
read_value (MuScenario *scenario,
            const char *text,
            gpointer    data,
            char      **message)
{
  GArray *values = scenario->financing.valuations;
  guint k = GPOINTER_TO_UINT (data);

  /* A hidden row has no value to take its text. */
  if (k >= values->len)
    return TRUE;
  return mu_input_parse_amount (text, mu_scenario_get_exponent (scenario), FALSE,
                                &g_array_index (values, MuMoney, k), message);
}

static char *
show_value (const MuScenario *scenario,
            gpointer          data)
{
  const GArray *values = scenario->financing.valuations;
  guint k = GPOINTER_TO_UINT (data);

  if (k >= values->len)
    return g_strdup ("");
  return mu_input_format_amount (g_array_index (values, MuMoney, k), mu_scenario_get_exponent (scenario));
}

/* What the partners put in at the start: the object's value then, which
 * the prices at valuation are measured against. 0 if it does not fit. */
static MuMoney
value_at_start (const MuScenario *scenario)
{
  MuMoney pool = 0;

  for (guint i = 0; i < scenario->partners->len; i++)
    {
      MuMoney capital;

      if (!mu_partner_get_capital (mu_scenario_get_partner (scenario, i), &capital, NULL) ||
          !mu_money_add (pool, capital, &pool, NULL))
        return 0;
    }
  return pool;
}

/* A price at valuation needs a value to begin with: the object's value
 * at the start, so that choosing the price is taken, and changes nothing
 * until a value is entered. */
void
mu_valuations_editor_prepare (MuScenario *scenario)
{
  MuMoney start;

  g_return_if_fail (scenario != NULL);

  if (scenario->financing.unit_price != MU_UNIT_PRICE_VALUATION || scenario->financing.valuations->len > 0)
    return;
  start = value_at_start (scenario);
  if (start > 0)
    g_array_append_val (scenario->financing.valuations, start);
}

static MuSection *
get_section (MuValuationsEditor *self)
{
  return MU_SECTION (gtk_widget_get_ancestor (GTK_WIDGET (self), MU_TYPE_SECTION));
}

/* The row of value @k, made with its field. */
static void
add_row (MuValuationsEditor *self,
         MuSection          *section)
{
  guint k = self->rows->len;
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *path = g_strdup_printf (PATH "[%u]", k);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove This Value"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove This Value"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "valuations.remove");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "u", k);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  g_ptr_array_add (self->rows, row);
  g_ptr_array_add (self->removes, remove);
  mu_section_add_field (section, row, path, read_value, show_value, GUINT_TO_POINTER (k), NULL);
}

/* "Value at buyout 2, 30/06/2026": the day of the buyout, the end of its
 * period. */
static char *
row_title (const MuScenario *scenario,
           guint             k)
{
  GDate start, end;
  g_autofree char *day = NULL;

  mu_scenario_period_dates (scenario, (k + 1) * MAX (scenario->financing.every, 1), &start, &end);
  day = mu_input_format_date (&end);
  /* Translators: the title of a field: which buyout of the bank's units
   * (1, 2, …) and its date, such as “Value at buyout 2, 30/06/2026”. */
  return g_strdup_printf (_("Value at buyout %u, %s"), k + 1, day);
}

/* Says what the values are measured against: what the partners put in. */
static void
describe (MuValuationsEditor *self,
          const MuScenario   *scenario)
{
  g_autofree char *start = mu_input_format_amount (value_at_start (scenario), mu_scenario_get_exponent (scenario));
  g_autofree char *description = NULL;

  /* Translators: under “Values at the buyouts”; the amount and the
   * currency code are what the partners put in, such as “700.00 RUB”. */
  description = g_strdup_printf (_("What the whole co-owned object is worth when each unit is bought, against %s %s "
                                   "at the start. Later buyouts are priced at the last value entered."),
                                 start, scenario->currency);
  if (g_strcmp0 (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (self)), description) != 0)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), description);
}

/* Shows the values of @scenario, a row each, when its price is at
 * valuation; @section keeps the rows' fields. */
void
mu_valuations_editor_load (MuValuationsEditor *self,
                           MuSection          *section,
                           const MuScenario   *scenario)
{
  const MuFinancing *f = &scenario->financing;
  gboolean by_valuation = f->unit_price == MU_UNIT_PRICE_VALUATION;

  g_return_if_fail (MU_IS_VALUATIONS_EDITOR (self));

  self->shown = by_valuation ? MIN (f->valuations->len, MU_MAX_PERIODS) : 0;
  gtk_widget_set_visible (GTK_WIDGET (self), by_valuation);
  if (by_valuation)
    describe (self, scenario);
  while (self->rows->len < self->shown)
    add_row (self, section);
  for (guint k = 0; k < self->rows->len; k++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, k);

      gtk_widget_set_visible (row, k < self->shown);
      if (k < self->shown)
        {
          g_autofree char *title = row_title (scenario, k);

          if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) != 0)
            adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
        }
      /* A price at valuation needs one value at least. */
      gtk_widget_set_visible (g_ptr_array_index (self->removes, k), self->shown > 1);
    }
  /* A value for each installment at most: there are no more buyouts. */
  self->can_add = self->shown < f->installments;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "valuations.add", self->can_add);
}

/* The row of "financing.valuations[k]"; "financing.valuations", as the
 * findings that ask for more values name it, is the button that adds one. */
GtkWidget *
mu_valuations_editor_find (MuValuationsEditor *self,
                           const char         *path)
{
  const char *rest;
  guint64 k;
  char *end;

  g_return_val_if_fail (MU_IS_VALUATIONS_EDITOR (self), NULL);

  if (!g_str_has_prefix (path, PATH) || !gtk_widget_get_visible (GTK_WIDGET (self)) || self->shown == 0)
    return NULL;
  rest = path + strlen (PATH);
  if (*rest == '\0')
    return self->can_add ? self->add_button : g_ptr_array_index (self->rows, self->shown - 1);
  if (*rest != '[')
    return NULL;
  k = g_ascii_strtoull (rest + 1, &end, 10);
  if (end == rest + 1 || *end != ']' || k >= self->shown)
    return NULL;
  return g_ptr_array_index (self->rows, k);
}

/* A new value, the last one again until it is changed, with the
 * keyboard in it. */
static void
add_value (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  MuValuationsEditor *self = MU_VALUATIONS_EDITOR (widget);
  MuSection *section = get_section (self);
  MuScenarioDocument *document = section != NULL ? mu_section_get_document (section) : NULL;
  MuScenario *edited;
  GArray *values;
  MuMoney last;

  if (document == NULL)
    return;
  edited = mu_scenario_document_dup_scenario (document);
  values = edited->financing.valuations;
  last = values->len > 0 ? g_array_index (values, MuMoney, values->len - 1) : value_at_start (edited);
  g_array_append_val (values, last);
  if (mu_section_apply (section, PATH, edited) && self->shown == values->len)
    gtk_widget_grab_focus (g_ptr_array_index (self->rows, self->shown - 1));
}

static void
remove_value (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MuValuationsEditor *self = MU_VALUATIONS_EDITOR (widget);
  MuSection *section = get_section (self);
  MuScenarioDocument *document = section != NULL ? mu_section_get_document (section) : NULL;
  guint k = g_variant_get_uint32 (parameter);
  MuScenario *edited;

  if (document == NULL || k >= mu_scenario_document_get_scenario (document)->financing.valuations->len)
    return;
  edited = mu_scenario_document_dup_scenario (document);
  g_array_remove_index (edited->financing.valuations, k);
  mu_section_apply (section, PATH, edited);
}

static void
mu_valuations_editor_dispose (GObject *object)
{
  MuValuationsEditor *self = MU_VALUATIONS_EDITOR (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->removes, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), MU_TYPE_VALUATIONS_EDITOR);
  G_OBJECT_CLASS (mu_valuations_editor_parent_class)->dispose (object);
}

static void
mu_valuations_editor_class_init (MuValuationsEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mu_valuations_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/musharaka/Musharaka/mu-valuations-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, MuValuationsEditor, add_button);

  gtk_widget_class_install_action (widget_class, "valuations.add", NULL, add_value);
  gtk_widget_class_install_action (widget_class, "valuations.remove", "u", remove_value);
}

static void
mu_valuations_editor_init (MuValuationsEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
  self->removes = g_ptr_array_new ();
}
