/* mu-partner-editors.c — the editors of one partner, in its row
 *
 * A partner is found by its id, not its place: its fields keep editing
 * it while partners above it come, go or move. The text fields are
 * MuFields of the partners section; the choices and switches apply
 * through it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-input.h"
#include "mu-partner-editors.h"

typedef struct
{
  char  *id;
  guint  asset;  /* which of the partner's assets, for an asset's editors */
} Target;

static Target *
target_new (const char *id,
            guint       asset)
{
  Target *target = g_new0 (Target, 1);

  target->id = g_strdup (id);
  target->asset = asset;
  return target;
}

static void
target_free (gpointer data)
{
  Target *target = data;

  g_free (target->id);
  g_free (target);
}

static MuPartner *
partner_of (const MuScenario *scenario,
            const Target     *target)
{
  int index = mu_scenario_find_partner (scenario, target->id);

  return index >= 0 ? mu_scenario_get_partner (scenario, index) : NULL;
}

/* The partner's @n-th contribution in kind. */
static MuContribution *
asset_of (MuPartner *partner,
          guint      n)
{
  for (guint j = 0; partner != NULL && j < partner->contributions->len; j++)
    {
      MuContribution *c = &g_array_index (partner->contributions, MuContribution, j);

      if (c->kind == MU_CONTRIBUTION_ASSET && n-- == 0)
        return c;
    }
  return NULL;
}

/* A path of the exchange files' kind would change as partners move: the
 * fields are keyed by the partner's id. */
char *
mu_partner_editors_path (const char *id,
                         const char *member)
{
  return g_strdup_printf ("partners{%s}.%s", id, member);
}

static gboolean
read_name (MuScenario *scenario,
           const char *text,
           gpointer    data,
           char      **message)
{
  MuPartner *partner = partner_of (scenario, data);
  g_autofree char *name = g_strstrip (g_strdup (text));

  if (name[0] == '\0')
    {
      *message = g_strdup (_("A partner needs a name."));
      return FALSE;
    }
  g_free (partner->name);
  partner->name = g_steal_pointer (&name);
  return TRUE;
}

static char *
show_name (const MuScenario *scenario,
           gpointer          data)
{
  MuPartner *partner = partner_of (scenario, data);

  return g_strdup (partner != NULL ? partner->name : "");
}

static gboolean
read_cash (MuScenario *scenario,
           const char *text,
           gpointer    data,
           char      **message)
{
  MuMoney cash;

  if (!mu_input_parse_amount (text, mu_scenario_get_exponent (scenario), FALSE, &cash, message))
    return FALSE;
  mu_partner_set_cash (partner_of (scenario, data), cash);
  return TRUE;
}

static char *
show_cash (const MuScenario *scenario,
           gpointer          data)
{
  MuPartner *partner = partner_of (scenario, data);

  return mu_input_format_amount (partner != NULL ? mu_partner_get_cash (partner) : 0,
                                 mu_scenario_get_exponent (scenario));
}

static gboolean
read_share (MuScenario *scenario,
            const char *text,
            gpointer    data,
            char      **message)
{
  MuPartner *partner = partner_of (scenario, data);

  /* Hidden while the profit follows the capital. */
  if (!partner->has_profit_share)
    return TRUE;
  return mu_input_parse_percent (text, 0, MU_PERCENT_100, &partner->profit_share, message);
}

static char *
show_share (const MuScenario *scenario,
            gpointer          data)
{
  MuPartner *partner = partner_of (scenario, data);

  return mu_input_format_percent (partner != NULL ? partner->profit_share : 0);
}

static gboolean
read_asset_name (MuScenario *scenario,
                 const char *text,
                 gpointer    data,
                 char      **message)
{
  MuContribution *asset = asset_of (partner_of (scenario, data), ((Target *) data)->asset);
  g_autofree char *name = g_strstrip (g_strdup (text));

  if (name[0] == '\0')
    {
      *message = g_strdup (_("Name the asset, or remove it."));
      return FALSE;
    }
  g_free (asset->name);
  asset->name = g_steal_pointer (&name);
  return TRUE;
}

static char *
show_asset_name (const MuScenario *scenario,
                 gpointer          data)
{
  MuContribution *asset = asset_of (partner_of (scenario, data), ((Target *) data)->asset);

  return g_strdup (asset != NULL ? asset->name : "");
}

static gboolean
read_asset_value (MuScenario *scenario,
                  const char *text,
                  gpointer    data,
                  char      **message)
{
  MuContribution *asset = asset_of (partner_of (scenario, data), ((Target *) data)->asset);

  return mu_input_parse_amount (text, mu_scenario_get_exponent (scenario), FALSE, &asset->amount, message);
}

static char *
show_asset_value (const MuScenario *scenario,
                  gpointer          data)
{
  MuContribution *asset = asset_of (partner_of (scenario, data), ((Target *) data)->asset);

  return mu_input_format_amount (asset != NULL ? asset->amount : 0, mu_scenario_get_exponent (scenario));
}

static void
add_field (MuSection  *section,
           GtkWidget  *row,
           const char *id,
           guint       asset,
           const char *member,
           MuFieldRead read,
           MuFieldShow show)
{
  g_autofree char *path = mu_partner_editors_path (id, member);

  mu_section_add_field (section, row, path, read, show, target_new (id, asset), target_free);
}

/* A switch or a choice of the partner's editors changed. */
static void
on_choice (GObject    *editor,
           GParamSpec *pspec,
           MuSection  *section)
{
  MuScenarioDocument *document = mu_section_get_document (section);
  Target *target = g_object_get_data (editor, "mu-target");
  const char *member = g_object_get_data (editor, "mu-member");
  g_autofree char *path = mu_partner_editors_path (target->id, member);
  MuScenario *edited;
  MuPartner *partner;

  if (document == NULL || GPOINTER_TO_INT (g_object_get_data (G_OBJECT (section), "mu-loading")))
    return;
  edited = mu_scenario_document_dup_scenario (document);
  partner = partner_of (edited, target);
  if (partner == NULL)
    {
      mu_scenario_free (edited);
      return;
    }
  if (g_str_equal (member, "kind"))
    partner->kind = adw_combo_row_get_selected (ADW_COMBO_ROW (editor));
  else if (g_str_equal (member, "manages"))
    partner->manages = gtk_switch_get_active (GTK_SWITCH (editor));
  else if (g_str_equal (member, "profit_share_mode"))
    partner->has_profit_share = adw_combo_row_get_selected (ADW_COMBO_ROW (editor)) == 1;
  else
    asset_of (partner, target->asset)->fungible = gtk_switch_get_active (GTK_SWITCH (editor));
  mu_section_apply (section, path, edited);
}

static void
watch_choice (MuSection  *section,
              GtkWidget  *editor,
              const char *property,
              const char *id,
              guint       asset,
              const char *member)
{
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);

  g_object_set_data_full (G_OBJECT (editor), "mu-target", target_new (id, asset), target_free);
  g_object_set_data (G_OBJECT (editor), "mu-member", (gpointer) member);
  g_signal_connect_object (editor, signal, G_CALLBACK (on_choice), section, 0);
}

/* A loss share or a guarantee comes only from a file: its row says what
 * it is, and its button removes it. */
static void
set_forbidden_terms (MuPartnerRow     *row,
                     const MuPartner  *partner,
                     const MuScenario *scenario)
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
      g_autofree char *amount = mu_input_format_amount (partner->guarantee_value, mu_scenario_get_exponent (scenario));

      /* Translators: a guaranteed return: an amount and its currency code. */
      guarantee = g_strdup_printf (_("%s %s each period"), amount, scenario->currency);
    }
  else if (partner->guarantee == MU_GUARANTEE_PERCENT_OF_CAPITAL)
    {
      g_autofree char *percent = mu_input_format_percent (partner->guarantee_value);

      /* Translators: a guaranteed return as a percent of the partner's capital. */
      guarantee = g_strdup_printf (_("%s %% of its capital"), percent);
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (mu_partner_row_get_editor (row, "loss_row")), loss != NULL ? loss : "");
  gtk_widget_set_visible (mu_partner_row_get_editor (row, "loss_row"), loss != NULL);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (mu_partner_row_get_editor (row, "guarantee_row")),
                               guarantee != NULL ? guarantee : "");
  gtk_widget_set_visible (mu_partner_row_get_editor (row, "guarantee_row"), guarantee != NULL);
}

/* Sets the choices and switches of @row from @partner, and shows the
 * rows of what it has. */
void
mu_partner_editors_load (MuSection       *section,
                         MuPartnerRow    *row,
                         const MuPartner *partner)
{
#define EDITOR(name) mu_partner_row_get_editor (row, name)
  g_object_set_data (G_OBJECT (section), "mu-loading", GINT_TO_POINTER (TRUE));
  if (adw_combo_row_get_selected (ADW_COMBO_ROW (EDITOR ("kind_row"))) != partner->kind)
    adw_combo_row_set_selected (ADW_COMBO_ROW (EDITOR ("kind_row")), partner->kind);
  if (gtk_switch_get_active (GTK_SWITCH (EDITOR ("manages_switch"))) != partner->manages)
    gtk_switch_set_active (GTK_SWITCH (EDITOR ("manages_switch")), partner->manages);
  if (adw_combo_row_get_selected (ADW_COMBO_ROW (EDITOR ("share_mode_row"))) != (partner->has_profit_share ? 1u : 0u))
    adw_combo_row_set_selected (ADW_COMBO_ROW (EDITOR ("share_mode_row")), partner->has_profit_share ? 1 : 0);
  gtk_widget_set_visible (EDITOR ("share_row"), partner->has_profit_share);
  set_forbidden_terms (row, partner, mu_scenario_document_get_scenario (mu_section_get_document (section)));
  for (guint j = 0; j < mu_partner_row_get_n_assets (row); j++)
    {
      GtkSwitch *fungible = GTK_SWITCH (mu_partner_row_get_asset_editor (row, j, "fungible_switch"));
      MuContribution *asset = asset_of ((MuPartner *) partner, j);

      if (asset != NULL && gtk_switch_get_active (fungible) != asset->fungible)
        gtk_switch_set_active (fungible, asset->fungible);
    }
  g_object_set_data (G_OBJECT (section), "mu-loading", GINT_TO_POINTER (FALSE));
#undef EDITOR
}

static void
set_action (GtkWidget  *widget,
            const char *action,
            GVariant   *target)
{
  /* The target before the action: the action checks its type. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (widget), target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (widget), action);
}

static void
build_asset (MuSection    *section,
             MuPartnerRow *row,
             const char   *id,
             guint         j)
{
#define EDITOR(name) mu_partner_row_get_asset_editor (row, j, name)
  add_field (section, EDITOR ("asset_name_row"), id, j, "asset-name", read_asset_name, show_asset_name);
  add_field (section, EDITOR ("asset_value_row"), id, j, "asset-value", read_asset_value, show_asset_value);
  watch_choice (section, EDITOR ("fungible_switch"), "active", id, j, "fungible");
  set_action (EDITOR ("remove_asset_button"), "partners.remove-asset", g_variant_new ("(su)", id, j));
#undef EDITOR
}

/* Builds the editors of @partner in @row, with a field for each of its
 * values, unless they are there with as many assets as it has. */
void
mu_partner_editors_ensure (MuSection       *section,
                           MuPartnerRow    *row,
                           const MuPartner *partner)
{
  guint n_assets = 0;

  for (guint j = 0; j < partner->contributions->len; j++)
    n_assets += g_array_index (partner->contributions, MuContribution, j).kind == MU_CONTRIBUTION_ASSET;
  if (mu_partner_row_get_editor (row, "name_row") != NULL && mu_partner_row_get_n_assets (row) == n_assets)
    return;
  if (mu_partner_row_get_editor (row, "name_row") != NULL)
    {
      mu_section_forget_fields (section, GTK_WIDGET (row));
      mu_partner_row_clear_editors (row);
    }
  mu_partner_row_ensure_editors (row, n_assets);

#define EDITOR(name) mu_partner_row_get_editor (row, name)
  add_field (section, EDITOR ("name_row"), partner->id, 0, "name", read_name, show_name);
  add_field (section, EDITOR ("cash_row"), partner->id, 0, "cash", read_cash, show_cash);
  add_field (section, EDITOR ("share_row"), partner->id, 0, "profit_share", read_share, show_share);
  watch_choice (section, EDITOR ("kind_row"), "selected", partner->id, 0, "kind");
  watch_choice (section, EDITOR ("manages_switch"), "active", partner->id, 0, "manages");
  watch_choice (section, EDITOR ("share_mode_row"), "selected", partner->id, 0, "profit_share_mode");
  for (guint j = 0; j < n_assets; j++)
    build_asset (section, row, partner->id, j);
  set_action (EDITOR ("add_asset_row"), "partners.add-asset", g_variant_new_string (partner->id));
  set_action (EDITOR ("remove_loss_button"), "partners.remove-term", g_variant_new ("(ss)", partner->id, "loss_share"));
  set_action (EDITOR ("remove_guarantee_button"), "partners.remove-term",
              g_variant_new ("(ss)", partner->id, "guaranteed_return"));
#undef EDITOR
  mu_partner_editors_load (section, row, partner);
}
