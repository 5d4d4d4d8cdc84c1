/* mu-balance-section.c — the balance sheet of the business
 *
 * The balance sheet says whether the business's shares may be traded. It
 * is an expander row with a switch, closed at first with a line under its
 * title saying what it holds; its editors are built the first time it
 * opens. Its amounts are written in the scenario's currency, so a new
 * currency writes them again with its own number of decimals.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-balance-section.h"
#include "mu-input.h"
#include "mu-register-document.h"

#define EDITORS_RESOURCE "/io/github/musharaka/Musharaka/mu-balance-editors.ui"
#define N_AMOUNTS 3

struct _MuBalanceSection
{
  MuSection       parent_instance;

  AdwExpanderRow *balance_row;

  /* The editors, NULL until the section first opens. */
  AdwEntryRow    *total_assets_row;
  AdwEntryRow    *cash_row;
  AdwEntryRow    *receivables_row;
  AdwActionRow   *take_receivables_row;
  GtkSwitch      *certificates_switch;

  gboolean        loading;
};

G_DEFINE_FINAL_TYPE (MuBalanceSection, mu_balance_section, MU_TYPE_SECTION)

/* An amount of the balance sheet typed in an editor. */
typedef struct
{
  const char *path;
  const char *editor;  /* its row in the editors' file */
  gsize       offset;  /* of the value in a MuScenario */
} Amount;

static const Amount amounts[N_AMOUNTS] = {
  { "balance.total_assets", "total_assets_row", G_STRUCT_OFFSET (MuScenario, balance.total_assets) },
  { "balance.cash", "cash_row", G_STRUCT_OFFSET (MuScenario, balance.cash) },
  { "balance.receivables", "receivables_row", G_STRUCT_OFFSET (MuScenario, balance.receivables) },
};

static gboolean
read_amount (MuScenario *scenario,
             const char *text,
             gpointer    data,
             char      **message)
{
  const Amount *amount = data;

  return mu_input_parse_amount (text, mu_scenario_get_exponent (scenario), FALSE,
                                &G_STRUCT_MEMBER (MuMoney, scenario, amount->offset), message);
}

static char *
show_amount (const MuScenario *scenario,
             gpointer          data)
{
  const Amount *amount = data;

  return mu_input_format_amount (G_STRUCT_MEMBER (MuMoney, scenario, amount->offset),
                                 mu_scenario_get_exponent (scenario));
}

static const MuScenario *
get_scenario (MuBalanceSection *self)
{
  return mu_scenario_document_get_scenario (mu_section_get_document (MU_SECTION (self)));
}

/* Shows the values of the fields whose text is valid: one that is not
 * keeps what is typed in it while the document takes back what that
 * typing had applied. */
static void
refresh_fields (MuBalanceSection *self)
{
  for (guint i = 0; i < N_AMOUNTS; i++)
    {
      MuField *field = mu_section_find_field (MU_SECTION (self), amounts[i].path);

      if (field != NULL && mu_field_is_valid (field))
        mu_field_refresh (field);
    }
}

static void
on_certificates (MuBalanceSection *self,
                 GParamSpec       *pspec,
                 GtkSwitch        *button)
{
  MuScenarioDocument *document = mu_section_get_document (MU_SECTION (self));
  MuScenario *edited;

  if (self->loading || document == NULL)
    return;
  edited = mu_scenario_document_dup_scenario (document);
  edited->balance.certificates = gtk_switch_get_active (button);
  mu_section_apply (MU_SECTION (self), "balance.certificates", edited);
}

/* The receivables are what the register has outstanding in the
 * scenario's currency on its start date: one edit, undone as any other. */
static void
on_take_receivables (MuBalanceSection *self)
{
  MuScenarioDocument *document = mu_section_get_document (MU_SECTION (self));
  const MuScenario *s;
  g_autoptr(GError) error = NULL;
  g_autofree char *start = NULL;
  g_autofree char *text = NULL;
  MuScenario *edited;
  MuMoney total;
  guint n;

  if (document == NULL)
    return;
  s = mu_scenario_document_get_scenario (document);
  if (!mu_register_outstanding_total (mu_scenario_document_get_store (document), s->currency, &s->start, &total, &n,
                                      &error))
    {
      adw_action_row_set_subtitle (self->take_receivables_row, error->message);
      return;
    }
  start = mu_input_format_date (&s->start);
  /* Translators: under “Take Receivables from the Register”, once taken: how many debts, in which currency, on
   * the scenario's start date. */
  text = g_strdup_printf (ngettext ("%u debt in %s outstanding on %s", "%u debts in %s outstanding on %s", n), n,
                          s->currency, start);
  edited = mu_scenario_document_dup_scenario (document);
  edited->balance.receivables = total;
  /* The scenario @s was is replaced by the edit. */
  if (mu_section_apply (MU_SECTION (self), "balance.receivables", edited))
    adw_action_row_set_subtitle (self->take_receivables_row, text);
}

#define EDITOR(builder, name) ((gpointer) gtk_builder_get_object ((builder), (name)))

/* Builds the editors, filled from the document, unless they are there
 * already. */
static void
ensure_editors (MuBalanceSection *self)
{
  static const char * const rows[] = { "total_assets_row", "cash_row", "receivables_row", "take_receivables_row",
                                       "certificates_row", NULL };
  g_autoptr(GtkBuilder) builder = NULL;
  gboolean loading = self->loading;

  if (self->total_assets_row != NULL)
    return;
  builder = gtk_builder_new_from_resource (EDITORS_RESOURCE);
  for (guint i = 0; rows[i] != NULL; i++)
    adw_expander_row_add_row (self->balance_row, EDITOR (builder, rows[i]));
  self->total_assets_row = EDITOR (builder, "total_assets_row");
  self->cash_row = EDITOR (builder, "cash_row");
  self->receivables_row = EDITOR (builder, "receivables_row");
  self->take_receivables_row = EDITOR (builder, "take_receivables_row");
  g_signal_connect_object (EDITOR (builder, "take_receivables_button"), "clicked", G_CALLBACK (on_take_receivables),
                           self, G_CONNECT_SWAPPED);
  self->certificates_switch = EDITOR (builder, "certificates_switch");

  for (guint i = 0; i < N_AMOUNTS; i++)
    mu_section_add_field (MU_SECTION (self), EDITOR (builder, amounts[i].editor), amounts[i].path, read_amount,
                          show_amount, (gpointer) &amounts[i], NULL);
  if (mu_section_get_document (MU_SECTION (self)) != NULL)
    {
      self->loading = TRUE;
      gtk_switch_set_active (self->certificates_switch, get_scenario (self)->balance.certificates);
      self->loading = loading;
    }
  g_signal_connect_object (self->certificates_switch, "notify::active", G_CALLBACK (on_certificates), self,
                           G_CONNECT_SWAPPED);
}

static void
on_expanded (MuBalanceSection *self,
             GParamSpec       *pspec,
             AdwExpanderRow   *row)
{
  if (!self->loading && adw_expander_row_get_expanded (row))
    ensure_editors (self);
}

static void
on_enabled (MuBalanceSection *self,
            GParamSpec       *pspec,
            AdwExpanderRow   *row)
{
  MuScenarioDocument *document = mu_section_get_document (MU_SECTION (self));
  gboolean enabled = adw_expander_row_get_enable_expansion (row);
  MuScenario *edited;

  if (self->loading || document == NULL || enabled == get_scenario (self)->balance.enabled)
    return;
  edited = mu_scenario_document_dup_scenario (document);
  edited->balance.enabled = enabled;
  mu_section_apply (MU_SECTION (self), "balance", edited);
}

/* Says under the title what the balance sheet holds. */
static void
summarize (MuBalanceSection *self,
           const MuScenario *s)
{
  g_autofree char *summary = NULL;

  if (s->balance.enabled)
    {
      guint exponent = mu_scenario_get_exponent (s);
      g_autofree char *total = mu_input_format_amount (s->balance.total_assets, exponent);
      g_autofree char *cash = mu_input_format_amount (s->balance.cash, exponent);
      g_autofree char *receivables = mu_input_format_amount (s->balance.receivables, exponent);

      /* Translators: under "Assets of the business": three amounts, the
       * last %s is the currency code. */
      summary = g_strdup_printf (_("Total %s, cash %s, receivables %s %s"), total, cash, receivables, s->currency);
    }
  else
    summary = g_strdup (_("To check whether its shares may be traded"));
  if (g_strcmp0 (adw_expander_row_get_subtitle (self->balance_row), summary) != 0)
    adw_expander_row_set_subtitle (self->balance_row, summary);
}

static void
mu_balance_section_load (MuSection *section)
{
  MuBalanceSection *self = MU_BALANCE_SECTION (section);
  const MuScenario *s = get_scenario (self);
  gboolean open = adw_expander_row_get_expanded (self->balance_row);
  gboolean loading = self->loading;

  self->loading = TRUE;
  /* Turning the switch on opens the row; only the user does that: a row
   * the user had open stays open, and a closed one closed. */
  adw_expander_row_set_enable_expansion (self->balance_row, s->balance.enabled);
  adw_expander_row_set_expanded (self->balance_row, s->balance.enabled && open);
  if (self->certificates_switch != NULL)
    gtk_switch_set_active (self->certificates_switch, s->balance.certificates);
  refresh_fields (self);
  self->loading = loading;
  if (adw_expander_row_get_expanded (self->balance_row))
    ensure_editors (self);
  summarize (self, s);
}

/* A balance sheet switched off has no editor to go to: its row, with the
 * switch, is where to begin. */
static GtkWidget *
mu_balance_section_find (MuSection  *section,
                         const char *path)
{
  MuBalanceSection *self = MU_BALANCE_SECTION (section);

  if (!g_str_has_prefix (path, "balance"))
    return NULL;
  if (!adw_expander_row_get_enable_expansion (self->balance_row))
    return GTK_WIDGET (self->balance_row);
  ensure_editors (self);
  adw_expander_row_set_expanded (self->balance_row, TRUE);
  for (guint i = 0; i < N_AMOUNTS; i++)
    if (g_str_equal (path, amounts[i].path))
      return mu_field_get_row (mu_section_find_field (section, path));
  if (g_str_equal (path, "balance.certificates"))
    return GTK_WIDGET (self->certificates_switch);
  return GTK_WIDGET (self->total_assets_row);
}

static void
mu_balance_section_class_init (MuBalanceSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  MuSectionClass *section_class = MU_SECTION_CLASS (klass);

  section_class->load = mu_balance_section_load;
  section_class->find = mu_balance_section_find;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/musharaka/Musharaka/mu-balance-section.ui");
  gtk_widget_class_bind_template_child (widget_class, MuBalanceSection, balance_row);
}

static void
mu_balance_section_init (MuBalanceSection *self)
{
  MuSection *section = MU_SECTION (self);

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->balance_row, "notify::expanded", G_CALLBACK (on_expanded), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->balance_row, "notify::enable-expansion", G_CALLBACK (on_enabled), self,
                           G_CONNECT_SWAPPED);
  mu_section_watch (section, MU_DOCUMENT_BALANCE, G_CALLBACK (mu_balance_section_load));
  /* A new currency writes the amounts with its own decimals. */
  mu_section_watch (section, MU_DOCUMENT_GENERAL, G_CALLBACK (mu_balance_section_load));
}

MuBalanceSection *
mu_balance_section_new (void)
{
  return g_object_new (MU_TYPE_BALANCE_SECTION, NULL);
}

/* The expander row, with its switch and, once opened, the editors. */
GtkWidget *
mu_balance_section_get_row (MuBalanceSection *self)
{
  g_return_val_if_fail (MU_IS_BALANCE_SECTION (self), NULL);
  return GTK_WIDGET (self->balance_row);
}
