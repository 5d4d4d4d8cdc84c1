/* mu-scenario-page-sections.c — the bank financing and the balance sheet
 *
 * Both sections are expander rows with a switch. They begin closed, a
 * line under the title saying what they hold, and their editors are built
 * the first time a section opens: the window's first frame does not wait
 * for fifteen editors below the fold. What a section that was never
 * opened holds is kept as the scenario has it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-input.h"
#include "mu-scenario-page-private.h"

#define RESOURCE_PATH "/io/github/musharaka/Musharaka/"

static const char * const mode_labels[] = { N_("The buyer acquires the bank’s units"),
                                            N_("The bank’s capital is returned (redemption)"), NULL };
static const char * const object_labels[] = { N_("An asset (machine, building)"), N_("The business itself"), NULL };
static const char * const price_labels[] = { N_("Nominal, fixed in advance"), N_("At valuation when bought"), NULL };

/* Builds the rows listed in @rows from the resource @name into @section,
 * and returns the builder, to take the editors from. */
static GtkBuilder *
build_rows (AdwExpanderRow     *section,
            const char         *name,
            const char * const *rows)
{
  g_autofree char *path = g_strconcat (RESOURCE_PATH, name, NULL);
  GtkBuilder *builder = gtk_builder_new_from_resource (path);

  for (guint i = 0; rows[i] != NULL; i++)
    adw_expander_row_add_row (section, GTK_WIDGET (gtk_builder_get_object (builder, rows[i])));
  return builder;
}

#define EDITOR(builder, name) ((gpointer) gtk_builder_get_object ((builder), (name)))

static void
set_entry (AdwEntryRow *row,
           char        *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_free (text);
}

/* The buyers' button says who they are, and each check its partner's
 * name as it is now. */
static void
label_buyers (MuScenarioPage *self)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < self->buyer_checks->len && i < self->scenario->partners->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->buyer_checks, i);
      const char *name = mu_scenario_get_partner (self->scenario, i)->name;

      if (g_strcmp0 (gtk_check_button_get_label (check), name) != 0)
        gtk_check_button_set_label (check, name);
      if (gtk_check_button_get_active (check))
        g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", name);
    }
  gtk_label_set_text (self->buyers_label, names->len > 0 ? names->str : _("None chosen"));
}

static void
on_buyer_toggled (GtkCheckButton *check,
                  MuScenarioPage *self)
{
  label_buyers (self);
  mu_scenario_page_edited (self, GTK_WIDGET (check));
}

/* A check button a partner, those of the scenario's buyers checked. */
static void
load_buyers (MuScenarioPage *self)
{
  const MuScenario *s = self->scenario;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->buyers_box))) != NULL)
    gtk_box_remove (self->buyers_box, child);
  g_ptr_array_set_size (self->buyer_checks, 0);
  for (guint i = 0; i < s->partners->len; i++)
    {
      const char *id = mu_scenario_get_partner (s, i)->id;
      GtkWidget *check = gtk_check_button_new ();

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   g_ptr_array_find_with_equal_func (s->financing.buyer_ids, id, g_str_equal, NULL));
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_buyer_toggled), self, 0);
      gtk_box_append (self->buyers_box, check);
      g_ptr_array_add (self->buyer_checks, check);
    }
  label_buyers (self);
}

/* Reads the partners checked as buyers into @into: those the scenario
 * named keep their order, and those checked since follow. */
void
mu_scenario_page_collect_buyers (MuScenarioPage *self,
                                 MuScenario     *into)
{
  GPtrArray *buyers = into->financing.buyer_ids;
  g_autoptr(GPtrArray) chosen = g_ptr_array_new_with_free_func (g_free);

  for (guint j = 0; j < buyers->len; j++)
    {
      int index = mu_scenario_find_partner (into, g_ptr_array_index (buyers, j));

      if (index >= 0 && (guint) index < self->buyer_checks->len &&
          gtk_check_button_get_active (g_ptr_array_index (self->buyer_checks, index)))
        g_ptr_array_add (chosen, g_strdup (g_ptr_array_index (buyers, j)));
    }
  for (guint i = 0; i < self->buyer_checks->len && i < into->partners->len; i++)
    {
      const char *id = mu_scenario_get_partner (into, i)->id;

      if (gtk_check_button_get_active (g_ptr_array_index (self->buyer_checks, i)) &&
          !g_ptr_array_find_with_equal_func (chosen, id, g_str_equal, NULL))
        g_ptr_array_add (chosen, g_strdup (id));
    }
  g_ptr_array_set_size (buyers, 0);
  for (guint j = 0; j < chosen->len; j++)
    g_ptr_array_add (buyers, g_steal_pointer (&g_ptr_array_index (chosen, j)));
}

/* Shows the scenario's financing in its editors, if they are built. */
static void
load_financing (MuScenarioPage *self)
{
  const MuScenario *s = self->scenario;
  const MuFinancing *f = &s->financing;
  gboolean loading = self->loading;

  if (self->bank_row == NULL)
    return;
  self->loading = TRUE;
  adw_combo_row_set_selected (self->bank_row, MAX (0, mu_scenario_find_partner (s, f->bank_id)));
  load_buyers (self);
  gtk_spin_button_set_value (self->installments_spin, MAX (1, f->installments));
  gtk_spin_button_set_value (self->every_spin, MAX (1, f->every));
  adw_combo_row_set_selected (self->mode_row, f->mode);
  adw_combo_row_set_selected (self->object_row, f->object);
  adw_combo_row_set_selected (self->price_row, f->unit_price);
  set_entry (self->depreciation_row, mu_input_format_percent (f->depreciation));
  set_entry (self->rent_row, mu_input_format_percent (f->rent));
  gtk_switch_set_active (self->binding_switch, f->buyout_binding);
  gtk_switch_set_active (self->late_switch, f->late_interest);
  self->loading = loading;
}

/* Shows the scenario's balance sheet in its editors, if they are built. */
static void
load_balance (MuScenarioPage *self)
{
  const MuScenario *s = self->scenario;
  guint exponent = mu_scenario_get_exponent (s);
  gboolean loading = self->loading;

  if (self->total_assets_row == NULL)
    return;
  self->loading = TRUE;
  set_entry (self->total_assets_row, mu_input_format_amount (s->balance.total_assets, exponent));
  set_entry (self->cash_row, mu_input_format_amount (s->balance.cash, exponent));
  set_entry (self->receivables_row, mu_input_format_amount (s->balance.receivables, exponent));
  gtk_switch_set_active (self->certificates_switch, s->balance.certificates);
  self->loading = loading;
}

/* Builds the financing editors, filled from the scenario shown, unless
 * they are there already. */
void
mu_scenario_page_ensure_financing (MuScenarioPage *self)
{
  static const char * const rows[] = { "bank_row", "buyers_row", "installments_row", "every_row", "mode_row",
                                       "object_row", "price_row", "depreciation_row", "rent_row", "binding_row",
                                       "late_row", NULL };
  g_autoptr(GtkBuilder) builder = NULL;

  if (self->bank_row != NULL)
    return;
  builder = build_rows (self->financing_row, "mu-financing-editors.ui", rows);
  self->bank_row = EDITOR (builder, "bank_row");
  self->buyers_button = EDITOR (builder, "buyers_button");
  self->buyers_label = EDITOR (builder, "buyers_label");
  self->buyers_box = EDITOR (builder, "buyers_box");
  self->installments_spin = EDITOR (builder, "installments_spin");
  self->every_spin = EDITOR (builder, "every_spin");
  self->mode_row = EDITOR (builder, "mode_row");
  self->object_row = EDITOR (builder, "object_row");
  self->price_row = EDITOR (builder, "price_row");
  self->depreciation_row = EDITOR (builder, "depreciation_row");
  self->rent_row = EDITOR (builder, "rent_row");
  self->binding_switch = EDITOR (builder, "binding_switch");
  self->late_switch = EDITOR (builder, "late_switch");

  adw_combo_row_set_model (self->bank_row, G_LIST_MODEL (self->partner_names));
  mu_scenario_page_set_labels (self->mode_row, mode_labels);
  mu_scenario_page_set_labels (self->object_row, object_labels);
  mu_scenario_page_set_labels (self->price_row, price_labels);
  load_financing (self);

  mu_scenario_page_watch_entry (self, self->depreciation_row);
  mu_scenario_page_watch_entry (self, self->rent_row);
  mu_scenario_page_watch_notify (self, self->bank_row, "selected");
  mu_scenario_page_watch_notify (self, self->installments_spin, "value");
  mu_scenario_page_watch_notify (self, self->every_spin, "value");
  mu_scenario_page_watch_notify (self, self->mode_row, "selected");
  mu_scenario_page_watch_notify (self, self->object_row, "selected");
  mu_scenario_page_watch_notify (self, self->price_row, "selected");
  mu_scenario_page_watch_notify (self, self->binding_switch, "active");
  mu_scenario_page_watch_notify (self, self->late_switch, "active");
}

/* Builds the balance sheet's editors, filled from the scenario shown,
 * unless they are there already. */
void
mu_scenario_page_ensure_balance (MuScenarioPage *self)
{
  static const char * const rows[] = { "total_assets_row", "cash_row", "receivables_row", "certificates_row", NULL };
  g_autoptr(GtkBuilder) builder = NULL;

  if (self->total_assets_row != NULL)
    return;
  builder = build_rows (self->balance_row, "mu-balance-editors.ui", rows);
  self->total_assets_row = EDITOR (builder, "total_assets_row");
  self->cash_row = EDITOR (builder, "cash_row");
  self->receivables_row = EDITOR (builder, "receivables_row");
  self->certificates_switch = EDITOR (builder, "certificates_switch");
  load_balance (self);

  mu_scenario_page_watch_entry (self, self->total_assets_row);
  mu_scenario_page_watch_entry (self, self->cash_row);
  mu_scenario_page_watch_entry (self, self->receivables_row);
  mu_scenario_page_watch_notify (self, self->certificates_switch, "active");
}

static void
on_financing_expanded (AdwExpanderRow *row,
                       GParamSpec     *pspec,
                       MuScenarioPage *self)
{
  if (adw_expander_row_get_expanded (row))
    mu_scenario_page_ensure_financing (self);
}

static void
on_balance_expanded (AdwExpanderRow *row,
                     GParamSpec     *pspec,
                     MuScenarioPage *self)
{
  if (adw_expander_row_get_expanded (row))
    mu_scenario_page_ensure_balance (self);
}

/* Opens or closes @section for a scenario that has it @enabled: a section
 * the user had open stays open. */
static void
set_section_enabled (AdwExpanderRow *section,
                     gboolean        enabled)
{
  gboolean open = adw_expander_row_get_expanded (section);

  /* Turning the switch on opens the section; only the user does that. */
  adw_expander_row_set_enable_expansion (section, enabled);
  adw_expander_row_set_expanded (section, enabled && open);
}

/* Shows the financing and balance of self->scenario. */
void
mu_scenario_page_load_sections (MuScenarioPage *self)
{
  g_signal_handlers_block_by_func (self->financing_row, on_financing_expanded, self);
  g_signal_handlers_block_by_func (self->balance_row, on_balance_expanded, self);
  set_section_enabled (self->financing_row, self->scenario->financing.enabled);
  set_section_enabled (self->balance_row, self->scenario->balance.enabled);
  g_signal_handlers_unblock_by_func (self->financing_row, on_financing_expanded, self);
  g_signal_handlers_unblock_by_func (self->balance_row, on_balance_expanded, self);
  if (adw_expander_row_get_expanded (self->financing_row))
    mu_scenario_page_ensure_financing (self);
  if (adw_expander_row_get_expanded (self->balance_row))
    mu_scenario_page_ensure_balance (self);
  load_financing (self);
  load_balance (self);
}

static void
set_subtitle (AdwExpanderRow *row,
              const char     *subtitle)
{
  if (g_strcmp0 (adw_expander_row_get_subtitle (row), subtitle) != 0)
    adw_expander_row_set_subtitle (row, subtitle);
}

/* Says under each section's title what the scenario shown holds there. */
void
mu_scenario_page_summarize_sections (MuScenarioPage *self)
{
  const MuScenario *s = self->scenario;
  const MuFinancing *f = &s->financing;
  int bank = mu_scenario_find_partner (s, f->bank_id);

  if (self->buyer_checks->len > 0)
    label_buyers (self);
  if (f->enabled && bank >= 0 && f->buyer_ids->len > 0)
    {
      g_autoptr(GString) buyers = g_string_new (NULL);
      g_autofree char *summary = NULL;

      for (guint i = 0; i < f->buyer_ids->len; i++)
        {
          int buyer = mu_scenario_find_partner (s, g_ptr_array_index (f->buyer_ids, i));

          if (buyer >= 0)
            g_string_append_printf (buyers, "%s%s", buyers->len > 0 ? ", " : "",
                                    mu_scenario_get_partner (s, buyer)->name);
        }
      /* Translators: under "Diminishing musharakah": the bank, the
       * partners who buy its units, and in how many installments. */
      summary = g_strdup_printf (ngettext ("%s is bought out by %s in %u installment",
                                           "%s is bought out by %s in %u installments", f->installments),
                                 mu_scenario_get_partner (s, bank)->name, buyers->str, f->installments);
      set_subtitle (self->financing_row, summary);
    }
  else
    set_subtitle (self->financing_row, _("The bank’s share falls as its units are bought"));

  if (s->balance.enabled)
    {
      guint exponent = mu_scenario_get_exponent (s);
      g_autofree char *total = mu_input_format_amount (s->balance.total_assets, exponent);
      g_autofree char *cash = mu_input_format_amount (s->balance.cash, exponent);
      g_autofree char *receivables = mu_input_format_amount (s->balance.receivables, exponent);
      g_autofree char *summary = NULL;

      /* Translators: under "Assets of the business": three amounts, the
       * last %s is the currency code. */
      summary = g_strdup_printf (_("Total %s, cash %s, receivables %s %s"), total, cash, receivables, s->currency);
      set_subtitle (self->balance_row, summary);
    }
  else
    set_subtitle (self->balance_row, _("To check whether its shares may be traded"));
}

void
mu_scenario_page_sections_init (MuScenarioPage *self)
{
  self->buyer_checks = g_ptr_array_new ();
  g_signal_connect_object (self->financing_row, "notify::expanded", G_CALLBACK (on_financing_expanded), self, 0);
  g_signal_connect_object (self->balance_row, "notify::expanded", G_CALLBACK (on_balance_expanded), self, 0);
}
