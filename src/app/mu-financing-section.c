/* mu-financing-section.c — the bank financing, a diminishing musharakah
 *
 * The section is an expander row with a switch. It begins closed, a line
 * under its title saying what it holds, and its editors are built the
 * first time it opens: the window's first frame does not wait for a dozen
 * editors below the fold. Financing needs a bank: while no partner is one,
 * a button that adds it stands where a switch would have nothing to do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-financing-section.h"
#include "mu-input.h"
#include "mu-valuations-editor.h"

#define EDITORS_RESOURCE "/io/github/musharaka/Musharaka/mu-financing-editors.ui"

/* How many editors[] lists below, in the order of their rows, the bank first. */
#define N_EDITORS 10

struct _MuFinancingSection
{
  MuSection       parent_instance;

  AdwExpanderRow *financing_row;
  AdwActionRow   *add_bank_row;
  GtkButton      *add_bank_button;
  GtkStringList  *bank_names;    /* the partners' names, the bank's choices */

  /* The editors, NULL until the row first opens. */
  GtkWidget      *editors[N_EDITORS];
  GtkLabel       *buyers_label;
  GtkBox         *buyers_box;
  GPtrArray      *buyer_checks;  /* of GtkCheckButton*, one a partner, in order */

  gboolean        loading;
};

G_DEFINE_FINAL_TYPE (MuFinancingSection, mu_financing_section, MU_TYPE_SECTION)

static const char * const mode_labels[] = { N_("The buyer acquires the bank’s units"),
                                            N_("The bank’s capital is returned (redemption)"), NULL };
static const char * const object_labels[] = { N_("An asset (machine, building)"), N_("The business itself"), NULL };
static const char * const price_labels[] = { N_("Nominal, fixed in advance"), N_("By depreciation agreed in advance"),
                                             N_("At valuation when bought"), NULL };

typedef enum
{
  KIND_BANK,
  KIND_BUYERS,
  KIND_COUNT,    /* a whole number, typed */
  KIND_PERCENT,  /* typed */
  KIND_CHOICE,   /* a combo row */
  KIND_SWITCH,
} Kind;

/* An editor: the path of its value, as the findings name it, its widget
 * in the editors' file, and where its value sits in a MuScenario. */
typedef struct
{
  const char         *path;
  const char         *name;
  Kind                kind;
  gsize               offset;
  const char * const *labels;  /* a choice's */
  gint64              min, max;  /* a percent's range */
} Editor;

#define AT(member) G_STRUCT_OFFSET (MuScenario, financing.member)

static const Editor editors[] = {
  { "financing.bank", "bank_row", KIND_BANK, 0, NULL, 0, 0 },
  { "financing.buyers", "buyers_button", KIND_BUYERS, 0, NULL, 0, 0 },
  { "financing.installments", "installments_spin", KIND_COUNT, AT (installments), NULL, 0, 0 },
  { "financing.every", "every_spin", KIND_COUNT, AT (every), NULL, 0, 0 },
  { "financing.mode", "mode_row", KIND_CHOICE, AT (mode), mode_labels, 0, 0 },
  { "financing.object", "object_row", KIND_CHOICE, AT (object), object_labels, 0, 0 },
  { "financing.unit_price", "price_row", KIND_CHOICE, AT (unit_price), price_labels, 0, 0 },
  { "financing.depreciation", "depreciation_row", KIND_PERCENT, AT (depreciation), NULL, -MU_PERCENT_100 + 1,
    MU_PERCENT_100 - 1 },
  { "financing.buyout_binding", "binding_switch", KIND_SWITCH, AT (buyout_binding), NULL, 0, 0 },
  { "financing.late_interest", "late_switch", KIND_SWITCH, AT (late_interest), NULL, 0, 0 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (editors) == N_EDITORS);
/* The choices and switches are read and written as ints. */
G_STATIC_ASSERT (sizeof (MuOwnershipMode) == sizeof (int) && sizeof (MuFinancingObject) == sizeof (int) &&
                 sizeof (MuUnitPrice) == sizeof (int));

/* A count is any whole number, 0 too: the validation says what financing
 * needs, in the words it uses for a file. */
static gboolean
read_number (MuScenario *scenario,
             const char *text,
             gpointer    data,
             char      **message)
{
  const Editor *editor = data;
  g_autofree char *typed = g_strstrip (g_strdup (text));
  guint64 count;

  if (editor->kind == KIND_PERCENT)
    return mu_input_parse_percent (text, editor->min, editor->max,
                                   &G_STRUCT_MEMBER (gint64, scenario, editor->offset), message);
  if (!g_ascii_string_to_unsigned (typed, 10, 0, G_MAXUINT, &count, NULL))
    {
      *message = g_strdup_printf (_("Enter a whole number from 1 to %u."), MU_MAX_PERIODS);
      return FALSE;
    }
  G_STRUCT_MEMBER (guint, scenario, editor->offset) = count;
  return TRUE;
}

static char *
show_number (const MuScenario *scenario,
             gpointer          data)
{
  const Editor *editor = data;

  if (editor->kind == KIND_PERCENT)
    return mu_input_format_percent (G_STRUCT_MEMBER (gint64, scenario, editor->offset));
  return g_strdup_printf ("%u", G_STRUCT_MEMBER (guint, scenario, editor->offset));
}

static const MuScenario *
get_scenario (MuFinancingSection *self)
{
  return mu_scenario_document_get_scenario (mu_section_get_document (MU_SECTION (self)));
}

/* The index of the first partner of @kind, or -1. */
static int
find_kind (const MuScenario *s,
           MuPartnerKind     kind)
{
  for (guint i = 0; i < s->partners->len; i++)
    if (mu_scenario_get_partner (s, i)->kind == kind)
      return i;
  return -1;
}

/* The buyers financing begins with: the owners, or if none is an owner
 * every partner who is not a bank. */
static void
add_default_buyers (MuScenario *s)
{
  MuFinancing *f = &s->financing;
  int bank = mu_scenario_find_partner (s, f->bank_id);
  gboolean owners = FALSE;

  for (guint i = 0; i < s->partners->len && !owners; i++)
    owners = (int) i != bank && mu_scenario_get_partner (s, i)->kind == MU_PARTNER_OWNER;
  for (guint i = 0; i < s->partners->len; i++)
    {
      const MuPartner *partner = mu_scenario_get_partner (s, i);

      /* A worker brings no capital to buy units with. */
      if ((int) i != bank && partner->kind != MU_PARTNER_WORKER &&
          (owners ? partner->kind == MU_PARTNER_OWNER : partner->kind != MU_PARTNER_BANK))
        mu_financing_add_buyer (f, partner->id);
    }
}

/* The buyers' names, in the scenario's order, or NULL if none. */
static char *
list_buyers (const MuScenario *s)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < s->financing.buyer_ids->len; i++)
    {
      int buyer = mu_scenario_find_partner (s, g_ptr_array_index (s->financing.buyer_ids, i));

      if (buyer >= 0)
        g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", mu_scenario_get_partner (s, buyer)->name);
    }
  return names->len > 0 ? g_string_free (g_steal_pointer (&names), FALSE) : NULL;
}

/* A partner checked follows the buyers the scenario names, whose order
 * is kept. */
static void
on_buyer_toggled (MuFinancingSection *self,
                  GtkCheckButton     *check)
{
  MuScenarioDocument *document = mu_section_get_document (MU_SECTION (self));
  MuScenario *edited;
  GPtrArray *buyers;
  const char *id;
  guint index, at;
  gboolean named;

  if (self->loading || document == NULL || !g_ptr_array_find (self->buyer_checks, check, &index))
    return;
  edited = mu_scenario_document_dup_scenario (document);
  buyers = edited->financing.buyer_ids;
  id = mu_scenario_get_partner (edited, index)->id;
  named = g_ptr_array_find_with_equal_func (buyers, id, g_str_equal, &at);
  if (gtk_check_button_get_active (check) && !named)
    mu_financing_add_buyer (&edited->financing, id);
  else if (!gtk_check_button_get_active (check) && named)
    mu_financing_remove_buyer (&edited->financing, at);
  mu_section_apply (MU_SECTION (self), "financing.buyers", edited);
}

/* A check button a partner, the bank's hidden, the scenario's buyers
 * checked; the button says who they are. The checks are made again only
 * when partners come or go. */
static void
load_buyers (MuFinancingSection *self,
             const MuScenario   *s)
{
  const MuFinancing *f = &s->financing;
  int bank = mu_scenario_find_partner (s, f->bank_id);
  g_autofree char *names = NULL;
  GtkWidget *child;

  if (self->buyer_checks->len != s->partners->len)
    {
      while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->buyers_box))) != NULL)
        gtk_box_remove (self->buyers_box, child);
      g_ptr_array_set_size (self->buyer_checks, 0);
      for (guint i = 0; i < s->partners->len; i++)
        {
          GtkWidget *check = gtk_check_button_new ();

          g_signal_connect_object (check, "toggled", G_CALLBACK (on_buyer_toggled), self, G_CONNECT_SWAPPED);
          gtk_box_append (self->buyers_box, check);
          g_ptr_array_add (self->buyer_checks, check);
        }
    }
  for (guint i = 0; i < s->partners->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->buyer_checks, i);
      const MuPartner *partner = mu_scenario_get_partner (s, i);
      gboolean buyer = g_ptr_array_find_with_equal_func (f->buyer_ids, partner->id, g_str_equal, NULL);

      if (g_strcmp0 (gtk_check_button_get_label (check), partner->name) != 0)
        gtk_check_button_set_label (check, partner->name);
      gtk_check_button_set_active (check, buyer && (int) i != bank);
      gtk_widget_set_visible (GTK_WIDGET (check), (int) i != bank);
    }
  names = list_buyers (s);
  gtk_label_set_text (self->buyers_label, names != NULL ? names : _("None chosen"));
}

/* The bank's choices are the partners' names, replaced only when one of
 * them changes, since that resets the choice. */
static void
load_bank_names (MuFinancingSection *self,
                 const MuScenario   *s)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->bank_names));
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  gboolean same = shown == s->partners->len;

  for (guint i = 0; i < s->partners->len; i++)
    g_ptr_array_add (names, mu_scenario_get_partner (s, i)->name);
  g_ptr_array_add (names, NULL);
  for (guint i = 0; same && i < shown; i++)
    same = g_strcmp0 (gtk_string_list_get_string (self->bank_names, i), g_ptr_array_index (names, i)) == 0;
  if (!same)
    gtk_string_list_splice (self->bank_names, 0, shown, (const char * const *) names->pdata);
}

/* Shows the scenario's financing in its editors; called while loading.
 * A field whose text is not valid keeps what is typed in it while the
 * document takes back what that typing had applied. */
static void
load_editors (MuFinancingSection *self,
              const MuScenario   *s)
{
  int bank = mu_scenario_find_partner (s, s->financing.bank_id);

  for (guint i = 0; i < N_EDITORS; i++)
    {
      GtkWidget *widget = self->editors[i];
      int value = editors[i].offset != 0 ? G_STRUCT_MEMBER (int, s, editors[i].offset) : 0;
      MuField *field;

      switch (editors[i].kind)
        {
        case KIND_BANK:
          value = bank >= 0 ? bank : (int) GTK_INVALID_LIST_POSITION;
          G_GNUC_FALLTHROUGH;
        case KIND_CHOICE:
          if (adw_combo_row_get_selected (ADW_COMBO_ROW (widget)) != (guint) value)
            adw_combo_row_set_selected (ADW_COMBO_ROW (widget), value);
          break;
        case KIND_BUYERS:
          load_buyers (self, s);
          break;
        case KIND_SWITCH:
          gtk_switch_set_active (GTK_SWITCH (widget), value);
          break;
        case KIND_COUNT:
        case KIND_PERCENT:
          field = mu_section_find_field (MU_SECTION (self), editors[i].path);
          if (field != NULL && mu_field_is_valid (field))
            mu_field_refresh (field);
          break;
        }
    }
}

/* Makes partner @bank the bank. The bank never buys its own units; if
 * it was the only buyer, the partners who buy by default do, so that the
 * choice is not refused for want of a buyer. */
static void
choose_bank (MuScenario *edited,
             guint       bank)
{
  MuFinancing *f = &edited->financing;

  g_free (f->bank_id);
  f->bank_id = g_strdup (mu_scenario_get_partner (edited, bank)->id);
  for (guint i = f->buyer_ids->len; i-- > 0;)
    if (g_strcmp0 (g_ptr_array_index (f->buyer_ids, i), f->bank_id) == 0)
      mu_financing_remove_buyer (f, i);
  if (f->buyer_ids->len == 0)
    add_default_buyers (edited);
}

/* A choice or a switch changed: the bank, a combo row's choice (a price
 * at valuation with a value to begin with), or a switch's state. */
static void
on_editor_changed (MuFinancingSection *self,
                   GParamSpec         *pspec,
                   GtkWidget          *widget)
{
  MuScenarioDocument *document = mu_section_get_document (MU_SECTION (self));
  const Editor *editor = NULL;
  const MuScenario *s;
  MuScenario *edited;
  guint value;

  for (guint i = 0; i < N_EDITORS && editor == NULL; i++)
    if (self->editors[i] == widget)
      editor = &editors[i];
  if (self->loading || document == NULL || editor == NULL)
    return;
  value = GTK_IS_SWITCH (widget) ? (guint) gtk_switch_get_active (GTK_SWITCH (widget))
                                 : adw_combo_row_get_selected (ADW_COMBO_ROW (widget));
  s = get_scenario (self);
  if (value == GTK_INVALID_LIST_POSITION ||
      (editor->kind == KIND_BANK && (value >= s->partners->len ||
                                     g_strcmp0 (mu_scenario_get_partner (s, value)->id, s->financing.bank_id) == 0)))
    return;
  edited = mu_scenario_document_dup_scenario (document);
  if (editor->kind == KIND_BANK)
    choose_bank (edited, value);
  else
    G_STRUCT_MEMBER (int, edited, editor->offset) = value;
  mu_valuations_editor_prepare (edited);
  mu_section_apply (MU_SECTION (self), editor->path, edited);
}

#define EDITOR(builder, name) ((gpointer) gtk_builder_get_object ((builder), (name)))

/* Takes @widget, the editor @i, and adds its row to the section; called
 * while loading, so that its first value is no edit. */
static void
add_editor (MuFinancingSection *self,
            guint               i,
            GtkWidget          *widget)
{
  self->editors[i] = widget;
  adw_expander_row_add_row (self->financing_row, GTK_IS_LIST_BOX_ROW (widget) ? widget
                            : gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW));
  switch (editors[i].kind)
    {
    case KIND_BANK:
    case KIND_CHOICE:
      if (editors[i].kind == KIND_BANK)
        adw_combo_row_set_model (ADW_COMBO_ROW (widget), G_LIST_MODEL (self->bank_names));
      else
        mu_section_set_labels (ADW_COMBO_ROW (widget), editors[i].labels);
      g_signal_connect_object (widget, "notify::selected", G_CALLBACK (on_editor_changed), self, G_CONNECT_SWAPPED);
      break;
    case KIND_COUNT:
    case KIND_PERCENT:
      mu_section_add_field (MU_SECTION (self), widget, editors[i].path, read_number, show_number,
                            (gpointer) &editors[i], NULL);
      break;
    case KIND_SWITCH:
      g_signal_connect_object (widget, "notify::active", G_CALLBACK (on_editor_changed), self, G_CONNECT_SWAPPED);
      break;
    case KIND_BUYERS:
      break;
    }
}

/* Builds the editors, filled from the document, unless they are there
 * already. */
static void
ensure_editors (MuFinancingSection *self)
{
  g_autoptr(GtkBuilder) builder = NULL;
  gboolean loading = self->loading;

  if (self->editors[0] != NULL)
    return;
  builder = gtk_builder_new_from_resource (EDITORS_RESOURCE);
  self->loading = TRUE;
  self->buyers_label = EDITOR (builder, "buyers_label");
  self->buyers_box = EDITOR (builder, "buyers_box");
  for (guint i = 0; i < N_EDITORS; i++)
    add_editor (self, i, EDITOR (builder, editors[i].name));
  if (mu_section_get_document (MU_SECTION (self)) != NULL)
    load_editors (self, get_scenario (self));
  self->loading = loading;
}

static void
on_expanded (MuFinancingSection *self,
             GParamSpec         *pspec,
             AdwExpanderRow     *row)
{
  if (!self->loading && adw_expander_row_get_expanded (row))
    ensure_editors (self);
}

/* The switch turned on begins the financing with the first partner who
 * is a bank, and its owners as buyers, unless the scenario names them. */
static void
on_enabled (MuFinancingSection *self,
            GParamSpec         *pspec,
            AdwExpanderRow     *row)
{
  MuScenarioDocument *document = mu_section_get_document (MU_SECTION (self));
  gboolean enabled = adw_expander_row_get_enable_expansion (row);
  MuScenario *edited;
  int bank;

  if (self->loading || document == NULL || enabled == get_scenario (self)->financing.enabled)
    return;
  edited = mu_scenario_document_dup_scenario (document);
  edited->financing.enabled = enabled;
  if ((bank = mu_scenario_find_partner (edited, edited->financing.bank_id)) < 0)
    bank = find_kind (edited, MU_PARTNER_BANK);
  if (enabled && bank >= 0)
    choose_bank (edited, bank);
  mu_section_apply (MU_SECTION (self), "financing", edited);
}

/* Says under the title who buys the bank out, and in how many
 * installments. */
static void
summarize (MuFinancingSection *self,
           const MuScenario   *s)
{
  const MuFinancing *f = &s->financing;
  int bank = mu_scenario_find_partner (s, f->bank_id);
  g_autofree char *buyers = list_buyers (s);
  g_autofree char *summary = NULL;

  if (f->enabled && bank >= 0 && buyers != NULL)
    /* Translators: under "Diminishing musharakah": the bank, the partners
     * who buy its units, and in how many installments. */
    summary = g_strdup_printf (ngettext ("%s is bought out by %s in %u installment",
                                         "%s is bought out by %s in %u installments", f->installments),
                               mu_scenario_get_partner (s, bank)->name, buyers, f->installments);
  else
    summary = g_strdup (_("The bank’s share falls as its units are bought"));
  if (g_strcmp0 (adw_expander_row_get_subtitle (self->financing_row), summary) != 0)
    adw_expander_row_set_subtitle (self->financing_row, summary);
}

static void
add_bank (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  MuFinancingSection *self = MU_FINANCING_SECTION (widget);
  MuScenarioDocument *document = mu_section_get_document (MU_SECTION (self));
  gboolean had_focus = gtk_widget_has_focus (GTK_WIDGET (self->add_bank_button));
  MuScenario *edited;

  if (document == NULL)
    return;
  edited = mu_scenario_document_dup_scenario (document);
  /* Translators: the name of the partner that “Add the Bank” adds. */
  mu_scenario_add_partner (edited, _("Bank"), MU_PARTNER_BANK);
  /* The button goes as the bank comes: the keyboard moves to the switch's
   * row that stands in its place. */
  if (mu_section_apply (MU_SECTION (self), "partners", edited) && had_focus &&
      gtk_widget_get_visible (GTK_WIDGET (self->financing_row)))
    gtk_widget_grab_focus (GTK_WIDGET (self->financing_row));
}

static void
mu_financing_section_load (MuSection *section)
{
  MuFinancingSection *self = MU_FINANCING_SECTION (section);
  const MuScenario *s = get_scenario (self);
  gboolean needs_bank = !s->financing.enabled && find_kind (s, MU_PARTNER_BANK) < 0;
  gboolean open = adw_expander_row_get_expanded (self->financing_row);
  gboolean loading = self->loading;

  self->loading = TRUE;
  load_bank_names (self, s);
  gtk_widget_set_visible (GTK_WIDGET (self->financing_row), !needs_bank);
  gtk_widget_set_visible (GTK_WIDGET (self->add_bank_row), needs_bank);
  /* Turning the switch on opens the row; only the user does that: a row
   * the user had open stays open, and a closed one closed. */
  adw_expander_row_set_enable_expansion (self->financing_row, s->financing.enabled);
  adw_expander_row_set_expanded (self->financing_row, s->financing.enabled && open);
  if (self->editors[0] != NULL)
    load_editors (self, s);
  self->loading = loading;
  if (adw_expander_row_get_expanded (self->financing_row))
    ensure_editors (self);
  summarize (self, s);
}

/* A path leads to the editor its beginning names ("financing.buyers[1]"
 * to the buyers' button), any other to the row: the terms section, asked
 * first, has its own. Switched off, the switch or the button adding a bank. */
static GtkWidget *
mu_financing_section_find (MuSection  *section,
                           const char *path)
{
  MuFinancingSection *self = MU_FINANCING_SECTION (section);

  if (!g_str_has_prefix (path, "financing"))
    return NULL;
  if (!adw_expander_row_get_enable_expansion (self->financing_row))
    return gtk_widget_get_visible (GTK_WIDGET (self->add_bank_row)) ? GTK_WIDGET (self->add_bank_button)
                                                                     : GTK_WIDGET (self->financing_row);
  ensure_editors (self);
  adw_expander_row_set_expanded (self->financing_row, TRUE);
  for (guint i = 0; i < N_EDITORS; i++)
    if (g_str_has_prefix (path, editors[i].path))
      return self->editors[i];
  return GTK_WIDGET (self->financing_row);
}

static void
mu_financing_section_dispose (GObject *object)
{
  MuFinancingSection *self = MU_FINANCING_SECTION (object);

  g_clear_pointer (&self->buyer_checks, g_ptr_array_unref);
  G_OBJECT_CLASS (mu_financing_section_parent_class)->dispose (object);
  g_clear_object (&self->bank_names);
}

static void
mu_financing_section_class_init (MuFinancingSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mu_financing_section_dispose;
  MU_SECTION_CLASS (klass)->load = mu_financing_section_load;
  MU_SECTION_CLASS (klass)->find = mu_financing_section_find;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/musharaka/Musharaka/mu-financing-section.ui");
  gtk_widget_class_bind_template_child (widget_class, MuFinancingSection, financing_row);
  gtk_widget_class_bind_template_child (widget_class, MuFinancingSection, add_bank_row);
  gtk_widget_class_bind_template_child (widget_class, MuFinancingSection, add_bank_button);

  gtk_widget_class_install_action (widget_class, "financing.add-bank", NULL, add_bank);
}

static void
mu_financing_section_init (MuFinancingSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->bank_names = gtk_string_list_new (NULL);
  self->buyer_checks = g_ptr_array_new ();

  g_signal_connect_object (self->financing_row, "notify::expanded", G_CALLBACK (on_expanded), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->financing_row, "notify::enable-expansion", G_CALLBACK (on_enabled), self,
                           G_CONNECT_SWAPPED);
  /* The names and kinds of the partners are the bank's and buyers' choices. */
  mu_section_watch (MU_SECTION (self), MU_DOCUMENT_FINANCING, G_CALLBACK (mu_financing_section_load));
  mu_section_watch (MU_SECTION (self), MU_DOCUMENT_PARTNERS, G_CALLBACK (mu_financing_section_load));
}

MuFinancingSection *
mu_financing_section_new (void)
{
  return g_object_new (MU_TYPE_FINANCING_SECTION, NULL);
}

/* The expander row, with its switch and, once opened, the editors. */
GtkWidget *
mu_financing_section_get_row (MuFinancingSection *self)
{
  g_return_val_if_fail (MU_IS_FINANCING_SECTION (self), NULL);
  return GTK_WIDGET (self->financing_row);
}
