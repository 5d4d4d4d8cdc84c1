/* mu-partners-section.c — the partners, a row each, keyed by id
 *
 * A change of the partners touches only the rows it concerns: a row is
 * added for a new partner, removed with its partner, moved with it, and
 * every other row keeps its editors, its focus and its typing. A row's
 * editors are built the first time it opens.
 *
 * Rows are shown PAGE_SIZE at a time. GTK lays out and styles every row
 * of a list box, and an expander row is a dozen widgets: a thousand of
 * them took seconds to build and seconds more for each first frame. A
 * partnership of fifty partners shows them all; beyond, the rows of
 * fifty at a time, with a pager under them, and a finding or a new
 * partner turns to its page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "mu-input.h"
#include "mu-partner-editors.h"
#include "mu-partners-section.h"

struct _MuPartnersSection
{
  MuSection   parent_instance;

  GtkListBox *partners_list;
  GtkWidget  *pager;
  GtkLabel   *pager_label;
  GHashTable *rows;  /* partner id → its MuPartnerRow, which the list holds */
  guint       first; /* the index of the first partner shown */
};

#define PAGE_SIZE 50

G_DEFINE_FINAL_TYPE (MuPartnersSection, mu_partners_section, MU_TYPE_SECTION)

static const MuScenario *
scenario_of (MuPartnersSection *self)
{
  return mu_scenario_document_get_scenario (mu_section_get_document (MU_SECTION (self)));
}

/* What a closed row says of its partner: kind, contribution and share. */
static void
set_summary (MuPartnerRow     *row,
             const MuScenario *scenario,
             const MuPartner  *partner)
{
  static const char * const kinds[] = { N_("Owner"), N_("Bank"), N_("Investor"), N_("Worker") };
  g_autofree char *amount = NULL;
  g_autofree char *summary = NULL;
  MuMoney total = 0;

  G_STATIC_ASSERT (G_N_ELEMENTS (kinds) == MU_PARTNER_WORKER + 1);

  /* A valid scenario's capital adds up without overflow. */
  mu_partner_get_capital (partner, &total, NULL);
  amount = mu_input_format_amount (total, mu_scenario_get_exponent (scenario));
  if (partner->kind == MU_PARTNER_WORKER && partner->has_profit_share)
    {
      g_autofree char *share = mu_input_format_percent (partner->profit_share);

      /* Translators: under the name of a worker (mudarib), who puts in no
       * capital: its kind and its agreed share of the profit. */
      summary = g_strdup_printf (_("%s · brings work · %s %% of the profit"), _(kinds[partner->kind]), share);
    }
  else if (partner->kind == MU_PARTNER_WORKER)
    /* Translators: under the name of a worker (mudarib) whose share of the
     * profit is not agreed yet. */
    summary = g_strdup_printf (_("%s · brings work · no agreed share"), _(kinds[partner->kind]));
  else if (partner->has_profit_share)
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
  if (g_strcmp0 (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), summary) != 0)
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), summary);
  if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), partner->name) != 0)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), partner->name);
}

static void
on_row_expanded (MuPartnerRow      *row,
                 GParamSpec        *pspec,
                 MuPartnersSection *self)
{
  const MuScenario *s = scenario_of (self);
  int index = mu_scenario_find_partner (s, mu_partner_row_get_id (row));

  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)) && index >= 0)
    mu_partner_editors_ensure (MU_SECTION (self), row, mu_scenario_get_partner (s, index));
}

static MuPartnerRow *
add_row (MuPartnersSection *self,
         const MuPartner   *partner,
         guint              position)
{
  MuPartnerRow *row = mu_partner_row_new (partner->id);

  g_signal_connect_object (row, "notify::expanded", G_CALLBACK (on_row_expanded), self, 0);
  gtk_list_box_insert (self->partners_list, GTK_WIDGET (row), position);
  g_hash_table_insert (self->rows, g_strdup (partner->id), row);
  return row;
}

/* Removes the rows of partners no longer there, or no longer on the page. */
static void
remove_gone (MuPartnersSection *self,
             const MuScenario  *s,
             guint              end)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer id, row;

  for (guint i = self->first; i < end; i++)
    g_hash_table_add (ids, mu_scenario_get_partner (s, i)->id);
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &id, &row))
    if (!g_hash_table_contains (ids, id))
      {
        mu_section_forget_fields (MU_SECTION (self), row);
        gtk_list_box_remove (self->partners_list, row);
        g_hash_table_iter_remove (&iter);
      }
}

/* The pager says which partners are shown, and of how many. */
static void
update_pager (MuPartnersSection *self,
              guint              end,
              guint              n)
{
  g_autofree char *text = NULL;

  gtk_widget_set_visible (self->pager, n > PAGE_SIZE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partners.previous-page", self->first > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partners.next-page", end < n);
  if (n <= PAGE_SIZE)
    return;
  /* Translators: which partners the list shows: the first, the last,
   * and how many there are. */
  text = g_strdup_printf (ngettext ("Partners %u to %u of %u", "Partners %u to %u of %u", n), self->first + 1, end, n);
  gtk_label_set_text (self->pager_label, text);
}

/* Brings the rows in line with the scenario's partners on the page shown,
 * one row at a time. */
static void
sync_rows (MuPartnersSection *self)
{
  const MuScenario *s = scenario_of (self);
  guint end;

  /* Partners removed from the end: the last page that has any. */
  if (self->first >= s->partners->len)
    self->first = s->partners->len > 0 ? (s->partners->len - 1) / PAGE_SIZE * PAGE_SIZE : 0;
  end = MIN (self->first + PAGE_SIZE, s->partners->len);
  remove_gone (self, s, end);
  for (guint i = self->first; i < end; i++)
    {
      const MuPartner *partner = mu_scenario_get_partner (s, i);
      MuPartnerRow *row = g_hash_table_lookup (self->rows, partner->id);
      guint position = i - self->first;

      if (row == NULL)
        row = add_row (self, partner, position);
      else if ((guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) != position)
        {
          /* Moved: the row goes with its editors and their typing. */
          g_object_ref (row);
          gtk_list_box_remove (self->partners_list, GTK_WIDGET (row));
          gtk_list_box_insert (self->partners_list, GTK_WIDGET (row), position);
          g_object_unref (row);
        }
      mu_partner_row_set_position (row, i, s->partners->len);
      set_summary (row, s, partner);
      if (mu_partner_row_get_editor (row, "name_row") != NULL)
        {
          mu_partner_editors_ensure (MU_SECTION (self), row, partner);
          mu_partner_editors_load (MU_SECTION (self), row, partner);
        }
    }
  update_pager (self, end, s->partners->len);
  mu_section_refresh_fields (MU_SECTION (self));
}

/* Shows the page that holds partner @index. */
static void
turn_to (MuPartnersSection *self,
         guint              index)
{
  guint first = index / PAGE_SIZE * PAGE_SIZE;

  if (first == self->first)
    return;
  self->first = first;
  sync_rows (self);
}

static void
mu_partners_section_load (MuSection *section)
{
  MuPartnersSection *self = MU_PARTNERS_SECTION (section);
  GtkWidget *child;

  /* Another scenario: none of its rows is any of these. */
  g_hash_table_remove_all (self->rows);
  self->first = 0;
  mu_section_forget_fields (section, GTK_WIDGET (self->partners_list));
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->partners_list))) != NULL)
    gtk_list_box_remove (self->partners_list, child);
  sync_rows (self);
}

/* The row of partner @index, open and with its editors. */
static MuPartnerRow *
open_row (MuPartnersSection *self,
          guint              index)
{
  const MuScenario *s = scenario_of (self);
  const MuPartner *partner;
  MuPartnerRow *row;

  if (index >= s->partners->len)
    return NULL;
  turn_to (self, index);
  partner = mu_scenario_get_partner (s, index);
  row = g_hash_table_lookup (self->rows, partner->id);
  mu_partner_editors_ensure (MU_SECTION (self), row, partner);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  return row;
}

static GtkWidget *
field_row (MuPartnersSection *self,
           const char        *id,
           const char        *member)
{
  g_autofree char *path = mu_partner_editors_path (id, member);
  MuField *field = mu_section_find_field (MU_SECTION (self), path);

  return field != NULL ? mu_field_get_row (field) : NULL;
}

/* "partners[1].contributions[2].name": the cash editor, or an asset's. */
static GtkWidget *
find_contribution (MuPartnersSection *self,
                   MuPartnerRow      *row,
                   const MuPartner   *partner,
                   const char        *rest)
{
  guint contribution = 0, asset = 0;

  if (sscanf (rest, ".contributions[%u]", &contribution) != 1 || contribution >= partner->contributions->len ||
      g_array_index (partner->contributions, MuContribution, contribution).kind != MU_CONTRIBUTION_ASSET)
    return field_row (self, partner->id, "cash");
  for (guint j = 0; j < contribution; j++)
    asset += g_array_index (partner->contributions, MuContribution, j).kind == MU_CONTRIBUTION_ASSET;
  return mu_partner_row_get_asset_editor (row, asset, g_str_has_suffix (rest, ".name") ? "asset_name_row"
                                                                                      : "asset_value_row");
}

static GtkWidget *
mu_partners_section_find (MuSection  *section,
                          const char *path)
{
  MuPartnersSection *self = MU_PARTNERS_SECTION (section);
  const MuScenario *s = scenario_of (self);
  const MuPartner *partner;
  MuPartnerRow *row;
  const char *rest;
  guint index = 0;

  if (!g_str_has_prefix (path, "partners"))
    return NULL;
  if (sscanf (path, "partners[%u]", &index) != 1)
    index = 0;
  if ((row = open_row (self, index)) == NULL)
    return NULL;
  partner = mu_scenario_get_partner (s, index);
  rest = strchr (path, '.');
  if (rest == NULL)
    return field_row (self, partner->id, "name");
  /* A forbidden term: its button, which removes it. */
  if (g_str_has_prefix (rest, ".loss_share"))
    return mu_partner_row_get_editor (row, "remove_loss_button");
  if (g_str_has_prefix (rest, ".guaranteed_return"))
    return mu_partner_row_get_editor (row, "remove_guarantee_button");
  if (g_str_has_prefix (rest, ".profit_share"))
    return partner->has_profit_share ? field_row (self, partner->id, "profit_share")
                                     : mu_partner_row_get_editor (row, "share_mode_row");
  if (g_str_has_prefix (rest, ".kind"))
    return mu_partner_row_get_editor (row, "kind_row");
  if (g_str_has_prefix (rest, ".manages"))
    return mu_partner_row_get_editor (row, "manages_row");
  if (g_str_has_prefix (rest, ".contributions"))
    return find_contribution (self, row, partner, rest);
  return field_row (self, partner->id, "name");
}

/* Applies @edited for a change of the partners' list. */
static gboolean
apply (MuPartnersSection *self,
       MuScenario        *edited)
{
  return mu_section_apply (MU_SECTION (self), "partners", edited);
}

static void
add_activated (GtkWidget  *widget,
               const char *action,
               GVariant   *parameter)
{
  MuPartnersSection *self = MU_PARTNERS_SECTION (widget);
  MuScenario *edited = mu_scenario_document_dup_scenario (mu_section_get_document (MU_SECTION (self)));
  g_autofree char *name = g_strdup_printf (_("Partner %u"), edited->partners->len + 1);
  g_autofree char *id = g_strdup (mu_scenario_add_partner (edited, name, MU_PARTNER_OWNER)->id);
  GtkWidget *name_row;

  if (!apply (self, edited))
    return;
  /* The new partner is named first: the keyboard goes to its name. */
  open_row (self, scenario_of (self)->partners->len - 1);
  name_row = field_row (self, id, "name");
  if (name_row != NULL)
    gtk_widget_grab_focus (name_row);
}

/* Runs @edit on a copy of the scenario for the partner named by the
 * action's first parameter, and applies it. */
typedef void (*PartnerEdit) (MuScenario *scenario,
                             guint       index,
                             GVariant   *parameter);

static void
edit_partner (GtkWidget   *widget,
              GVariant    *parameter,
              PartnerEdit  edit)
{
  MuPartnersSection *self = MU_PARTNERS_SECTION (widget);
  g_autoptr(GVariant) first = g_variant_is_of_type (parameter, G_VARIANT_TYPE_STRING)
                              ? g_variant_ref (parameter) : g_variant_get_child_value (parameter, 0);
  int index = mu_scenario_find_partner (scenario_of (self), g_variant_get_string (first, NULL));
  MuScenario *edited;

  if (index < 0)
    return;
  edited = mu_scenario_document_dup_scenario (mu_section_get_document (MU_SECTION (self)));
  edit (edited, index, parameter);
  apply (self, edited);
}

static void
remove_partner (MuScenario *scenario,
                guint       index,
                GVariant   *parameter)
{
  if (scenario->partners->len > 1)
    mu_scenario_remove_partner (scenario, index);
}

static void
move_partner (MuScenario *scenario,
              guint       index,
              GVariant   *parameter)
{
  int direction;

  g_variant_get_child (parameter, 1, "i", &direction);
  if ((int) index + direction >= 0 && (guint) ((int) index + direction) < scenario->partners->len)
    mu_scenario_move_partner (scenario, index, index + direction);
}

static void
add_asset (MuScenario *scenario,
           guint       index,
           GVariant   *parameter)
{
  MuPartner *partner = mu_scenario_get_partner (scenario, index);
  guint n_assets = 0;
  g_autofree char *name = NULL;

  for (guint j = 0; j < partner->contributions->len; j++)
    n_assets += g_array_index (partner->contributions, MuContribution, j).kind == MU_CONTRIBUTION_ASSET;
  /* Translators: the name a new asset is given, to be typed over. */
  name = g_strdup_printf (_("Asset %u"), n_assets + 1);
  mu_partner_add_asset (partner, name, 0, FALSE);
}

static void
remove_asset (MuScenario *scenario,
              guint       index,
              GVariant   *parameter)
{
  MuPartner *partner = mu_scenario_get_partner (scenario, index);
  guint asset;

  g_variant_get_child (parameter, 1, "u", &asset);
  for (guint j = 0; j < partner->contributions->len; j++)
    if (g_array_index (partner->contributions, MuContribution, j).kind == MU_CONTRIBUTION_ASSET && asset-- == 0)
      {
        /* The array's clear function frees the asset's name. */
        g_array_remove_index (partner->contributions, j);
        return;
      }
}

/* A term a partnership must not have, as the exchange files name it. */
static void
remove_term (MuScenario *scenario,
             guint       index,
             GVariant   *parameter)
{
  MuPartner *partner = mu_scenario_get_partner (scenario, index);
  const char *term;

  g_variant_get_child (parameter, 1, "&s", &term);
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
}

#define PARTNER_ACTION(name, edit) \
  static void \
  name##_activated (GtkWidget  *widget, \
                    const char *action, \
                    GVariant   *parameter) \
  { \
    edit_partner (widget, parameter, edit); \
  }

PARTNER_ACTION (remove, remove_partner)
PARTNER_ACTION (add_asset, add_asset)
PARTNER_ACTION (remove_asset, remove_asset)
PARTNER_ACTION (remove_term, remove_term)

/* A partner moved past the page's edge: the page follows it. */
static void
move_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  MuPartnersSection *self = MU_PARTNERS_SECTION (widget);
  const char *id;
  int index;

  edit_partner (widget, parameter, move_partner);
  g_variant_get_child (parameter, 0, "&s", &id);
  if ((index = mu_scenario_find_partner (scenario_of (self), id)) >= 0)
    turn_to (self, index);
}

static void
previous_page_activated (GtkWidget  *widget,
                         const char *action,
                         GVariant   *parameter)
{
  MuPartnersSection *self = MU_PARTNERS_SECTION (widget);

  if (self->first >= PAGE_SIZE)
    turn_to (self, self->first - PAGE_SIZE);
}

static void
next_page_activated (GtkWidget  *widget,
                     const char *action,
                     GVariant   *parameter)
{
  MuPartnersSection *self = MU_PARTNERS_SECTION (widget);

  if (self->first + PAGE_SIZE < scenario_of (self)->partners->len)
    turn_to (self, self->first + PAGE_SIZE);
}

static void
on_partners_changed (MuPartnersSection *self)
{
  sync_rows (self);
}

static void
mu_partners_section_finalize (GObject *object)
{
  g_hash_table_unref (MU_PARTNERS_SECTION (object)->rows);
  G_OBJECT_CLASS (mu_partners_section_parent_class)->finalize (object);
}

static void
mu_partners_section_class_init (MuPartnersSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = mu_partners_section_finalize;
  MU_SECTION_CLASS (klass)->load = mu_partners_section_load;
  MU_SECTION_CLASS (klass)->find = mu_partners_section_find;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/musharaka/Musharaka/mu-partners-section.ui");
  gtk_widget_class_bind_template_child (widget_class, MuPartnersSection, partners_list);
  gtk_widget_class_bind_template_child (widget_class, MuPartnersSection, pager);
  gtk_widget_class_bind_template_child (widget_class, MuPartnersSection, pager_label);

  gtk_widget_class_install_action (widget_class, "partners.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "partners.remove", "s", remove_activated);
  gtk_widget_class_install_action (widget_class, "partners.move", "(si)", move_activated);
  gtk_widget_class_install_action (widget_class, "partners.add-asset", "s", add_asset_activated);
  gtk_widget_class_install_action (widget_class, "partners.remove-asset", "(su)", remove_asset_activated);
  gtk_widget_class_install_action (widget_class, "partners.remove-term", "(ss)", remove_term_activated);
  gtk_widget_class_install_action (widget_class, "partners.previous-page", NULL, previous_page_activated);
  gtk_widget_class_install_action (widget_class, "partners.next-page", NULL, next_page_activated);
}

static void
mu_partners_section_init (MuPartnersSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  mu_section_watch (MU_SECTION (self), MU_DOCUMENT_PARTNERS, G_CALLBACK (on_partners_changed));
  /* Amounts are shown in the currency's digits. */
  mu_section_watch (MU_SECTION (self), MU_DOCUMENT_GENERAL, G_CALLBACK (on_partners_changed));
}

MuPartnersSection *
mu_partners_section_new (void)
{
  return g_object_new (MU_TYPE_PARTNERS_SECTION, NULL);
}

GtkListBox *
mu_partners_section_get_list (MuPartnersSection *self)
{
  g_return_val_if_fail (MU_IS_PARTNERS_SECTION (self), NULL);
  return self->partners_list;
}
