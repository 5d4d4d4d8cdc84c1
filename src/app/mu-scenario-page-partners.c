/* mu-scenario-page-partners.c — the partners' rows of the scenario page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-input.h"
#include "mu-partner-row.h"
#include "mu-scenario-page-private.h"

static void
on_partner_edited (GObject        *object,
                   GParamSpec     *pspec,
                   MuScenarioPage *self)
{
  mu_scenario_page_edited (self, GTK_WIDGET (object));
}

static MuMoney
cash_of (const MuPartner *partner)
{
  MuMoney cash = 0;

  for (guint j = 0; j < partner->contributions->len; j++)
    {
      const MuContribution *c = &g_array_index (partner->contributions, MuContribution, j);

      if (c->kind == MU_CONTRIBUTION_CASH)
        cash += c->amount;
    }
  return cash;
}

/* The partner's contributions in kind, in their order. */
static GPtrArray *
assets_of (const MuPartner *partner)
{
  GPtrArray *assets = g_ptr_array_new ();

  for (guint j = 0; j < partner->contributions->len; j++)
    {
      MuContribution *c = &g_array_index (partner->contributions, MuContribution, j);

      if (c->kind == MU_CONTRIBUTION_ASSET)
        g_ptr_array_add (assets, c);
    }
  return assets;
}

static void
partner_widgets_free (gpointer data)
{
  PartnerWidgets *w = data;

  g_clear_pointer (&w->assets, g_ptr_array_unref);
  g_free (w);
}

/* What a closed row says of its partner: kind, contribution and share. */
static void
set_summary (PartnerWidgets   *w,
             const MuScenario *scenario,
             const MuPartner  *partner)
{
  static const char * const kinds[] = { N_("Owner"), N_("Bank"), N_("Investor") };
  g_autofree char *amount = NULL;
  g_autofree char *summary = NULL;
  MuMoney total = 0;

  /* A valid scenario's capital adds up without overflow. */
  mu_partner_get_capital (partner, &total, NULL);
  amount = mu_input_format_amount (total, mu_scenario_get_exponent (scenario));
  if (partner->has_profit_share)
    {
      g_autofree char *share = mu_input_format_percent (partner->profit_share);

      /* Translators: under a partner's name: its kind, what it puts in
       * (amount and currency code), and its agreed share of the profit. */
      summary = g_strdup_printf (_("%s · puts in %s %s · %s %% of the profit"), _(kinds[partner->kind]), amount,
                                 scenario->currency, share);
    }
  else
    /* Translators: under a partner's name: its kind and what it puts in
     * (amount and currency code); its profit follows its capital. */
    summary = g_strdup_printf (_("%s · puts in %s %s · profit by capital"), _(kinds[partner->kind]), amount,
                               scenario->currency);
  if (g_strcmp0 (adw_expander_row_get_subtitle (w->row), summary) != 0)
    adw_expander_row_set_subtitle (w->row, summary);
}

/* Says under each partner's name what the scenario shown gives it, and
 * lists the partners by the names they have now for the bank's choice. */
void
mu_scenario_page_summarize_partners (MuScenarioPage *self)
{
  for (guint i = 0; i < self->partners->len && i < self->scenario->partners->len; i++)
    {
      const MuPartner *partner = mu_scenario_get_partner (self->scenario, i);

      set_summary (g_ptr_array_index (self->partners, i), self->scenario, partner);
      if (g_strcmp0 (gtk_string_list_get_string (self->partner_names, i), partner->name) != 0)
        {
          /* The bank chosen stays chosen while its name changes. */
          guint bank = self->bank_row != NULL ? adw_combo_row_get_selected (self->bank_row) : 0;
          const char * const name[] = { partner->name, NULL };
          gboolean loading = self->loading;

          self->loading = TRUE;
          gtk_string_list_splice (self->partner_names, i, 1, name);
          if (self->bank_row != NULL)
            adw_combo_row_set_selected (self->bank_row, bank);
          self->loading = loading;
        }
    }
}

/* A loss share or a guarantee comes only from a file: its row says what
 * it is, and its button removes it. */
static void
set_forbidden_terms (PartnerWidgets  *w,
                     const MuPartner *partner,
                     guint            exponent,
                     const char      *currency)
{
  g_autofree char *loss = NULL;
  g_autofree char *guarantee = NULL;

  if (partner->has_loss_share)
    {
      g_autofree char *share = mu_input_format_percent (partner->loss_share);

      /* Translators: a partner's agreed share of any loss, e.g. “30 %”. */
      loss = g_strdup_printf (_("%s %%"), share);
    }
  if (partner->guarantee == MU_GUARANTEE_AMOUNT)
    {
      g_autofree char *amount = mu_input_format_amount (partner->guarantee_value, exponent);

      /* Translators: a guaranteed return: an amount and its currency code. */
      guarantee = g_strdup_printf (_("%s %s each period"), amount, currency);
    }
  else if (partner->guarantee == MU_GUARANTEE_PERCENT_OF_CAPITAL)
    {
      g_autofree char *percent = mu_input_format_percent (partner->guarantee_value);

      /* Translators: a guaranteed return as a percent of the partner's capital. */
      guarantee = g_strdup_printf (_("%s %% of its capital"), percent);
    }
  adw_action_row_set_subtitle (w->loss, loss != NULL ? loss : "");
  gtk_widget_set_visible (GTK_WIDGET (w->loss), loss != NULL);
  adw_action_row_set_subtitle (w->guarantee, guarantee != NULL ? guarantee : "");
  gtk_widget_set_visible (GTK_WIDGET (w->guarantee), guarantee != NULL);
}

/* Builds a partner's editors if they are not there yet, and fills them
 * from the scenario shown. */
static void
ensure_editors (MuScenarioPage *self,
                PartnerWidgets *w,
                guint           index)
{
  const MuPartner *partner = mu_scenario_get_partner (self->scenario, index);
  guint exponent = mu_scenario_get_exponent (self->scenario);
  g_autoptr(GPtrArray) assets = assets_of (partner);
  g_autofree char *cash = mu_input_format_amount (cash_of (partner), exponent);
  MuPartnerRow *row = MU_PARTNER_ROW (w->row);
  gboolean loading = self->loading;

  if (!mu_partner_row_ensure_editors (row, assets->len))
    return;

#define EDITOR(name) mu_partner_row_get_editor (row, name)
  w->name = ADW_ENTRY_ROW (EDITOR ("name_row"));
  w->kind = ADW_COMBO_ROW (EDITOR ("kind_row"));
  w->manages = GTK_SWITCH (EDITOR ("manages_switch"));
  w->cash = ADW_ENTRY_ROW (EDITOR ("cash_row"));
  w->share_mode = ADW_COMBO_ROW (EDITOR ("share_mode_row"));
  w->share = ADW_ENTRY_ROW (EDITOR ("share_row"));
  w->loss = ADW_ACTION_ROW (EDITOR ("loss_row"));
  w->guarantee = ADW_ACTION_ROW (EDITOR ("guarantee_row"));
  /* The target before the action: the action takes a partner's index. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (EDITOR ("add_asset_row")), g_variant_new_int32 (index));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (EDITOR ("add_asset_row")), "page.add-asset");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (EDITOR ("remove_loss_button")),
                                          g_variant_new ("(is)", index, "loss_share"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (EDITOR ("remove_loss_button")), "page.remove-term");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (EDITOR ("remove_guarantee_button")),
                                          g_variant_new ("(is)", index, "guaranteed_return"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (EDITOR ("remove_guarantee_button")), "page.remove-term");
#undef EDITOR

  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (w->name), partner->name);
  adw_combo_row_set_selected (w->kind, partner->kind);
  gtk_switch_set_active (w->manages, partner->manages);
  gtk_editable_set_text (GTK_EDITABLE (w->cash), cash);
  w->assets = g_ptr_array_new_with_free_func (g_free);
  for (guint j = 0; j < assets->len; j++)
    {
      const MuContribution *c = g_ptr_array_index (assets, j);
      AssetWidgets *a = g_new0 (AssetWidgets, 1);
      g_autofree char *value = mu_input_format_amount (c->amount, exponent);

      a->name = ADW_ENTRY_ROW (mu_partner_row_get_asset_editor (row, j, "asset_name_row"));
      a->value = ADW_ENTRY_ROW (mu_partner_row_get_asset_editor (row, j, "asset_value_row"));
      a->fungible = GTK_SWITCH (mu_partner_row_get_asset_editor (row, j, "fungible_switch"));
      {
        GtkActionable *remove = GTK_ACTIONABLE (mu_partner_row_get_asset_editor (row, j, "remove_asset_button"));

        gtk_actionable_set_action_target_value (remove, g_variant_new ("(ii)", index, j));
        gtk_actionable_set_action_name (remove, "page.remove-asset");
      }
      gtk_editable_set_text (GTK_EDITABLE (a->name), c->name);
      gtk_editable_set_text (GTK_EDITABLE (a->value), value);
      gtk_switch_set_active (a->fungible, c->fungible);
      mu_scenario_page_watch_entry (self, a->name);
      mu_scenario_page_watch_entry (self, a->value);
      g_signal_connect_object (a->fungible, "notify::active", G_CALLBACK (on_partner_edited), self, 0);
      g_ptr_array_add (w->assets, a);
    }
  adw_combo_row_set_selected (w->share_mode, partner->has_profit_share ? 1 : 0);
  if (partner->has_profit_share)
    {
      g_autofree char *share = mu_input_format_percent (partner->profit_share);

      gtk_editable_set_text (GTK_EDITABLE (w->share), share);
    }
  gtk_widget_set_visible (GTK_WIDGET (w->share), partner->has_profit_share);
  set_forbidden_terms (w, partner, exponent, self->scenario->currency);
  self->loading = loading;

  {
    AdwEntryRow *entries[] = { w->name, w->cash, w->share };

    for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
      mu_scenario_page_watch_entry (self, entries[i]);
  }
  g_signal_connect_object (w->kind, "notify::selected", G_CALLBACK (on_partner_edited), self, 0);
  g_signal_connect_object (w->share_mode, "notify::selected", G_CALLBACK (on_partner_edited), self, 0);
  g_signal_connect_object (w->manages, "notify::active", G_CALLBACK (on_partner_edited), self, 0);
}

static void
on_row_expanded (AdwExpanderRow *row,
                 GParamSpec     *pspec,
                 MuScenarioPage *self)
{
  if (!adw_expander_row_get_expanded (row))
    return;
  for (guint i = 0; i < self->partners->len; i++)
    {
      PartnerWidgets *w = g_ptr_array_index (self->partners, i);

      if (w->row == row)
        ensure_editors (self, w, i);
    }
}

/* Rows for the partners of self->scenario, and the bank and buyer lists.
 * A partner whose row was open stays open. */
void
mu_scenario_page_rebuild_partners (MuScenarioPage *self)
{
  const MuScenario *s = self->scenario;
  g_autoptr(GHashTable) open = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GtkWidget *child;

  for (guint i = 0; i < self->partners->len; i++)
    {
      PartnerWidgets *w = g_ptr_array_index (self->partners, i);

      if (adw_expander_row_get_expanded (w->row))
        g_hash_table_add (open, g_strdup (g_object_get_data (G_OBJECT (w->row), "partner-id")));
    }
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->partners_list))) != NULL)
    gtk_list_box_remove (self->partners_list, child);
  g_ptr_array_set_size (self->partners, 0);
  gtk_string_list_splice (self->partner_names, 0, g_list_model_get_n_items (G_LIST_MODEL (self->partner_names)), NULL);

  for (guint i = 0; i < s->partners->len; i++)
    {
      const MuPartner *partner = mu_scenario_get_partner (s, i);
      PartnerWidgets *w = g_new0 (PartnerWidgets, 1);

      w->row = ADW_EXPANDER_ROW (mu_partner_row_new (i, s->partners->len));
      g_object_set_data_full (G_OBJECT (w->row), "partner-id", g_strdup (partner->id), g_free);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (w->row), partner->name);
      g_signal_connect_object (w->row, "notify::expanded", G_CALLBACK (on_row_expanded), self, 0);
      gtk_list_box_append (self->partners_list, GTK_WIDGET (w->row));
      g_ptr_array_add (self->partners, w);
      gtk_string_list_append (self->partner_names, partner->name);
      if (g_hash_table_contains (open, partner->id))
        adw_expander_row_set_expanded (w->row, TRUE);
    }
}

/* The editors of partner @index, built and filled if its row has not
 * been opened yet. */
PartnerWidgets *
mu_scenario_page_get_partner_widgets (MuScenarioPage *self,
                                      guint           index)
{
  PartnerWidgets *w;

  g_return_val_if_fail (index < self->partners->len, NULL);

  w = g_ptr_array_index (self->partners, index);
  ensure_editors (self, w, index);
  return w;
}

/* Reads one asset's editors into @partner, as its next contribution. */
static gboolean
collect_asset (MuScenarioPage *self,
               AssetWidgets   *a,
               MuPartner      *partner,
               guint           exponent)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (a->name))));
  g_autofree char *message = NULL;
  MuMoney value = 0;
  gboolean ok, valid;

  ok = mu_scenario_page_check_field (self, GTK_WIDGET (a->name), name[0] != '\0', _("Name the asset, or remove it."));
  /* The message is set by the parse: read it only after. */
  valid = mu_input_parse_amount (gtk_editable_get_text (GTK_EDITABLE (a->value)), exponent, FALSE, &value, &message);
  ok &= mu_scenario_page_check_field (self, GTK_WIDGET (a->value), valid, message);
  mu_partner_add_asset (partner, name, value, gtk_switch_get_active (a->fungible));
  return ok;
}

/* Reads the editors of the partner's contributions into @partner, whose
 * contributions are those it had; the one cash editor shows the sum of
 * its cash. What was not changed stays as it was, in its place: several
 * cash amounts from a file stay several until their sum is changed, and
 * a partner who brings only assets is given no cash of zero. */
static gboolean
collect_contributions (MuScenarioPage *self,
                       PartnerWidgets *w,
                       MuPartner      *partner,
                       MuMoney         cash,
                       guint           exponent)
{
  g_autoptr(GArray) before = g_array_new (FALSE, FALSE, sizeof (MuContribution));
  gboolean cash_kept = cash == cash_of (partner);
  gboolean had_cash = FALSE;
  gboolean cash_written = FALSE;
  gboolean ok = TRUE;
  guint asset = 0;

  /* The kinds and amounts in their order; the assets' names are read
   * again from their editors. */
  for (guint j = 0; j < partner->contributions->len; j++)
    {
      MuContribution c = g_array_index (partner->contributions, MuContribution, j);

      c.name = NULL;
      g_array_append_val (before, c);
      had_cash |= c.kind == MU_CONTRIBUTION_CASH;
    }
  g_array_set_size (partner->contributions, 0);

  /* New cash for a partner who had none goes first. */
  if (!cash_kept && !had_cash)
    {
      mu_partner_add_cash (partner, cash);
      cash_written = TRUE;
    }
  for (guint j = 0; j < before->len; j++)
    {
      const MuContribution *c = &g_array_index (before, MuContribution, j);

      if (c->kind == MU_CONTRIBUTION_ASSET)
        {
          if (asset < w->assets->len)
            ok &= collect_asset (self, g_ptr_array_index (w->assets, asset++), partner, exponent);
        }
      else if (cash_kept)
        mu_partner_add_cash (partner, c->amount);
      else if (!cash_written)
        {
          /* A changed sum is one amount, where the first was. */
          mu_partner_add_cash (partner, cash);
          cash_written = TRUE;
        }
    }
  /* Assets added since the row was filled come after the others. */
  while (asset < w->assets->len)
    ok &= collect_asset (self, g_ptr_array_index (w->assets, asset++), partner, exponent);
  return ok;
}

/* Reads one partner's editors into @partner: its cash, its assets in their
 * order, its share of the profit. */
static gboolean
collect_partner (MuScenarioPage *self,
                 PartnerWidgets *w,
                 MuPartner      *partner,
                 guint           exponent)
{
  gboolean ok = TRUE;
  g_autofree char *message = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (w->name))));
  MuMoney cash = 0;
  gboolean valid;

  ok &= mu_scenario_page_check_field (self, GTK_WIDGET (w->name), name[0] != '\0', _("A partner needs a name."));
  g_free (partner->name);
  partner->name = g_steal_pointer (&name);
  if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w->row)), partner->name) != 0)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (w->row), partner->name);
  partner->kind = adw_combo_row_get_selected (w->kind);
  partner->manages = gtk_switch_get_active (w->manages);

  /* The message is set by the parse: read it only after. */
  valid = mu_input_parse_amount (gtk_editable_get_text (GTK_EDITABLE (w->cash)), exponent, FALSE, &cash, &message);
  ok &= mu_scenario_page_check_field (self, GTK_WIDGET (w->cash), valid, message);
  g_clear_pointer (&message, g_free);

  ok &= collect_contributions (self, w, partner, cash, exponent);

  partner->has_profit_share = adw_combo_row_get_selected (w->share_mode) == 1;
  if (gtk_widget_get_visible (GTK_WIDGET (w->share)) != partner->has_profit_share)
    gtk_widget_set_visible (GTK_WIDGET (w->share), partner->has_profit_share);
  valid = !partner->has_profit_share ||
          mu_input_parse_percent (gtk_editable_get_text (GTK_EDITABLE (w->share)), 0, MU_PERCENT_100,
                                  &partner->profit_share, &message);
  ok &= mu_scenario_page_check_field (self, GTK_WIDGET (w->share), valid, message);
  return ok;
}

/* Reads the partners' rows into @into, whose partners are those of the
 * current scenario: what the rows do not edit — a loss share or a
 * guarantee from a file, which they only remove — is kept as it was, and
 * so is all of a partner whose row was never opened. */
gboolean
mu_scenario_page_collect_partners (MuScenarioPage *self,
                                   MuScenario     *into)
{
  guint exponent = mu_scenario_get_exponent (into);
  gboolean ok = TRUE;

  for (guint i = 0; i < self->partners->len && i < into->partners->len; i++)
    {
      PartnerWidgets *w = g_ptr_array_index (self->partners, i);
      MuPartner *partner = mu_scenario_get_partner (into, i);

      /* Amounts typed under one currency are read again under another:
       * a row never opened is opened now and read like the others. */
      if (w->name == NULL && exponent != mu_scenario_get_exponent (self->scenario))
        w = mu_scenario_page_get_partner_widgets (self, i);
      if (w->name != NULL)
        ok &= collect_partner (self, w, partner, exponent);
    }
  return ok;
}

/* A partner id not yet used in the scenario. */
static char *
new_partner_id (const MuScenario *scenario)
{
  for (guint n = scenario->partners->len + 1;; n++)
    {
      g_autofree char *id = g_strdup_printf ("partner-%u", n);

      if (mu_scenario_find_partner (scenario, id) < 0)
        return g_steal_pointer (&id);
    }
}

static void
change_partners (MuScenarioPage *self,
                 MuScenario     *scenario)
{
  /* A structural change is its own undo step, valid or not yet. */
  g_ptr_array_add (self->undo, mu_scenario_copy (self->scenario));
  g_ptr_array_set_size (self->redo, 0);
  mu_scenario_free (self->scenario);
  self->scenario = scenario;
  self->last_edited = NULL;
  mu_scenario_page_reload (self);
}

static void
add_partner_activated (GtkWidget  *widget,
                       const char *action,
                       GVariant   *parameter)
{
  MuScenarioPage *self = MU_SCENARIO_PAGE (widget);
  MuScenario *scenario = mu_scenario_copy (self->scenario);
  g_autofree char *id = new_partner_id (scenario);
  g_autofree char *name = g_strdup_printf (_("Partner %u"), scenario->partners->len + 1);
  MuPartner *partner = mu_partner_new (id, name, MU_PARTNER_OWNER);

  mu_partner_add_cash (partner, 0);
  g_ptr_array_add (scenario->partners, partner);
  change_partners (self, scenario);
  adw_expander_row_set_expanded (((PartnerWidgets *) g_ptr_array_index (self->partners, self->partners->len - 1))->row, TRUE);
}

static void
remove_partner_activated (GtkWidget  *widget,
                          const char *action,
                          GVariant   *parameter)
{
  MuScenarioPage *self = MU_SCENARIO_PAGE (widget);
  int index = g_variant_get_int32 (parameter);
  MuScenario *scenario;
  const char *id;

  if (index < 0 || (guint) index >= self->scenario->partners->len || self->scenario->partners->len <= 1)
    return;
  scenario = mu_scenario_copy (self->scenario);
  id = mu_scenario_get_partner (scenario, index)->id;
  /* A removed partner can no longer be the bank or a buyer. */
  if (scenario->financing.enabled && g_strcmp0 (scenario->financing.bank_id, id) == 0)
    scenario->financing.enabled = FALSE;
  for (guint i = scenario->financing.buyer_ids->len; i-- > 0;)
    if (g_strcmp0 (g_ptr_array_index (scenario->financing.buyer_ids, i), id) == 0)
      g_ptr_array_remove_index (scenario->financing.buyer_ids, i);
  if (scenario->financing.buyer_ids->len == 0)
    scenario->financing.enabled = FALSE;
  g_ptr_array_remove_index (scenario->partners, index);
  change_partners (self, scenario);
}

static void
move_partner_activated (GtkWidget  *widget,
                        const char *action,
                        GVariant   *parameter)
{
  MuScenarioPage *self = MU_SCENARIO_PAGE (widget);
  int index, direction;
  MuScenario *scenario;
  gpointer moved;

  g_variant_get (parameter, "(ii)", &index, &direction);
  if (index < 0 || index + direction < 0 || (guint) (index + direction) >= self->scenario->partners->len)
    return;
  scenario = mu_scenario_copy (self->scenario);
  moved = g_ptr_array_steal_index (scenario->partners, index);
  g_ptr_array_insert (scenario->partners, index + direction, moved);
  change_partners (self, scenario);
}

static void
add_asset_activated (GtkWidget  *widget,
                     const char *action,
                     GVariant   *parameter)
{
  MuScenarioPage *self = MU_SCENARIO_PAGE (widget);
  int index = g_variant_get_int32 (parameter);
  MuScenario *scenario;
  MuPartner *partner;
  g_autoptr(GPtrArray) assets = NULL;
  g_autofree char *name = NULL;

  if (index < 0 || (guint) index >= self->scenario->partners->len)
    return;
  scenario = mu_scenario_copy (self->scenario);
  partner = mu_scenario_get_partner (scenario, index);
  assets = assets_of (partner);
  /* Translators: the name a new asset is given, to be typed over. */
  name = g_strdup_printf (_("Asset %u"), assets->len + 1);
  mu_partner_add_asset (partner, name, 0, FALSE);
  change_partners (self, scenario);
}

static void
remove_asset_activated (GtkWidget  *widget,
                        const char *action,
                        GVariant   *parameter)
{
  MuScenarioPage *self = MU_SCENARIO_PAGE (widget);
  int index, asset;
  MuScenario *scenario;
  MuPartner *partner;

  g_variant_get (parameter, "(ii)", &index, &asset);
  if (index < 0 || (guint) index >= self->scenario->partners->len || asset < 0)
    return;
  scenario = mu_scenario_copy (self->scenario);
  partner = mu_scenario_get_partner (scenario, index);
  for (guint j = 0; j < partner->contributions->len; j++)
    if (g_array_index (partner->contributions, MuContribution, j).kind == MU_CONTRIBUTION_ASSET && asset-- == 0)
      {
        g_array_remove_index (partner->contributions, j);
        break;
      }
  change_partners (self, scenario);
}

/* Removes a term a partnership must not have: "(is)", the partner and
 * the term as the exchange files name it. */
static void
remove_term_activated (GtkWidget  *widget,
                       const char *action,
                       GVariant   *parameter)
{
  MuScenarioPage *self = MU_SCENARIO_PAGE (widget);
  MuScenario *scenario;
  MuPartner *partner;
  const char *term;
  int index;

  g_variant_get (parameter, "(i&s)", &index, &term);
  if (index < 0 || (guint) index >= self->scenario->partners->len)
    return;
  scenario = mu_scenario_copy (self->scenario);
  partner = mu_scenario_get_partner (scenario, index);
  if (g_str_equal (term, "loss_share"))
    {
      partner->has_loss_share = FALSE;
      partner->loss_share = 0;
    }
  else if (g_str_equal (term, "guaranteed_return"))
    {
      partner->guarantee = MU_GUARANTEE_NONE;
      partner->guarantee_value = 0;
    }
  change_partners (self, scenario);
}

void
mu_scenario_page_partners_init (MuScenarioPage *self)
{
  self->partners = g_ptr_array_new_with_free_func (partner_widgets_free);
  self->partner_names = gtk_string_list_new (NULL);
}

void
mu_scenario_page_partners_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "page.add-partner", NULL, add_partner_activated);
  gtk_widget_class_install_action (widget_class, "page.remove-partner", "i", remove_partner_activated);
  gtk_widget_class_install_action (widget_class, "page.move-partner", "(ii)", move_partner_activated);
  gtk_widget_class_install_action (widget_class, "page.add-asset", "i", add_asset_activated);
  gtk_widget_class_install_action (widget_class, "page.remove-asset", "(ii)", remove_asset_activated);
  gtk_widget_class_install_action (widget_class, "page.remove-term", "(is)", remove_term_activated);
}
