/* mu-debt-page.c — one debt: what it is today, what to do about it, and
 * what was done
 *
 * The page holds no debt: it shows the one of the register document it
 * was given by id, and is made anew whenever that debt or its debtor
 * changes — a few dozen rows. On top, the debtor, the basis and the
 * status, and the actions (record a payment, a contact, send the claim,
 * arrange, write off), each a small dialog (mu-debt-dialogs.c,
 * mu-debt-claim.c); then the findings, each with the action that answers
 * it or a link to the row it is about; then the facts, an arrangement's
 * instalments, the history in date order and the debtor.
 *
 * Nothing here presses a debtor: no interest, no penalty, nothing about
 * relatives or property. A debtor in hardship is offered time or
 * forgiveness (Quran 2:280), as the hardship-grace finding asks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-debt-dialogs.h"
#include "mu-debt-page.h"
#include "mu-debt-text.h"
#include "mu-focus-follow.h"

struct _MuDebtPage
{
  GtkWidget           parent_instance;

  GtkWidget          *box;      /* all of it, made anew */
  GHashTable         *rows;     /* field path → its row in box */
  GPtrArray          *rules;    /* of char*, the findings shown */
  GString            *history;  /* the history as shown, a line each */

  MuRegisterDocument *document;
  char               *id;       /* the debt shown; NULL for none */
  guint               follow_tick;
};

G_DEFINE_FINAL_TYPE (MuDebtPage, mu_debt_page, GTK_TYPE_WIDGET)

enum {
  MESSAGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A row of the page, named by the field it shows. */
static GtkWidget *
add_row (MuDebtPage *self,
         GtkWidget  *group,
         const char *field,
         const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  /* Names and notes are the user's: “Smith & Sons”. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && subtitle[0] != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  if (field != NULL && !g_hash_table_contains (self->rows, field))
    g_hash_table_insert (self->rows, g_strdup (field), row);
  return row;
}

static GtkWidget *
add_group (MuDebtPage *self,
           const char *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (GTK_BOX (self->box), group);
  return group;
}

static const MuDebt *
shown_debt (MuDebtPage *self,
            const MuDebtState **state,
            const MuDebtor    **debtor)
{
  int position = mu_debt_page_get_position (self);

  if (position < 0)
    return NULL;
  *state = mu_register_document_get_state (self->document, position);
  *debtor = mu_register_document_get_debtor (self->document, position);
  return mu_register_document_get_debt (self->document, position);
}

static GtkWidget *
action_button (const char *label,
               const char *action,
               const char *target)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (target != NULL)
    gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", target);
  return button;
}

/* The debtor, the basis, the status; and what can be done. */
static void
add_header (MuDebtPage        *self,
            const MuDebt      *debt,
            const MuDebtState *state,
            const MuDebtor    *debtor)
{
  GtkWidget *title = gtk_label_new (debtor != NULL ? debtor->name : debt->debtor_id);
  g_autofree char *basis = mu_debt_format_basis (debt);
  g_autofree char *late = mu_debt_format_lateness (debt, state);
  g_autofree char *line = late[0] != '\0' ? g_strdup_printf ("%s · %s", mu_debt_status_get_label (state->status), late)
                                          : g_strdup (mu_debt_status_get_label (state->status));
  GtkWidget *subtitle = gtk_label_new (basis);
  GtkWidget *status = gtk_label_new (line);
  GtkWidget *actions = gtk_flow_box_new ();
  gboolean open = state->status != MU_DEBT_SETTLED && state->status != MU_DEBT_WRITTEN_OFF;

  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "title-2");
  gtk_accessible_update_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (status), 0);
  gtk_widget_add_css_class (status, "heading");
  gtk_box_append (GTK_BOX (self->box), title);
  gtk_box_append (GTK_BOX (self->box), subtitle);
  gtk_box_append (GTK_BOX (self->box), status);

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (actions), GTK_SELECTION_NONE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (actions), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (actions), 6);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (actions), 5);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (actions), FALSE);
  gtk_flow_box_append (GTK_FLOW_BOX (actions), action_button (_("Record a _Payment…"), "debt.pay", NULL));
  gtk_flow_box_append (GTK_FLOW_BOX (actions), action_button (_("Record a _Contact…"), "debt.contact", NULL));
  gtk_flow_box_append (GTK_FLOW_BOX (actions), action_button (_("Send the C_laim…"), "debt.claim", NULL));
  gtk_flow_box_append (GTK_FLOW_BOX (actions), action_button (_("_Arrange…"), "debt.arrange", ""));
  gtk_flow_box_append (GTK_FLOW_BOX (actions), action_button (_("_Write Off…"), "debt.write-off", ""));
  gtk_widget_set_sensitive (actions, open && mu_register_document_get_editable (self->document));
  gtk_box_append (GTK_BOX (self->box), actions);
}

/* The action that answers a finding, by its rule. */
static GtkWidget *
fix_for (const char        *rule,
         const MuDebt      *debt,
         GtkWidget         *row)
{
  if (g_str_equal (rule, "late-interest"))
    return action_button (_("_Waive It"), "debt.waive-interest", NULL);
  if (g_str_equal (rule, "no-written-claim"))
    return action_button (_("Send the C_laim…"), "debt.claim", NULL);
  if (g_str_equal (rule, "hardship-grace"))
    {
      GtkWidget *grace = action_button (_("_Grant Time…"), "debt.arrange", "deferral");

      /* Time first, as the verse puts it; forgiveness is better still. */
      gtk_widget_set_valign (grace, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), grace);
      return action_button (_("_Forgive…"), "debt.write-off", "forgiven");
    }
  if (g_str_equal (rule, "limitation-near"))
    return g_date_valid (&debt->claim.sent) ? action_button (_("_Arrange…"), "debt.arrange", "")
                                            : action_button (_("Send the C_laim…"), "debt.claim", NULL);
  if (g_str_equal (rule, "arrangement-behind"))
    return action_button (_("Record a _Payment…"), "debt.pay", NULL);
  return NULL;
}

static const char *
severity_icon (MuSeverity severity)
{
  return severity == MU_SEVERITY_ERROR ? "dialog-error-symbolic"
         : severity == MU_SEVERITY_WARNING ? "dialog-warning-symbolic" : "dialog-information-symbolic";
}

static void
add_findings (MuDebtPage   *self,
              const MuDebt *debt)
{
  g_autoptr(GPtrArray) findings = mu_register_document_check (self->document, mu_debt_page_get_position (self));
  gboolean editable = mu_register_document_get_editable (self->document);
  GtkWidget *group;

  g_ptr_array_set_size (self->rules, 0);
  if (findings->len == 0)
    return;
  group = add_group (self, _("What to Do"));
  for (guint i = 0; i < findings->len; i++)
    {
      const MuFinding *finding = g_ptr_array_index (findings, i);
      GtkWidget *row = add_row (self, group, NULL, finding->message, finding->source);
      GtkWidget *fix = editable ? fix_for (finding->rule, debt, row) : NULL;

      g_ptr_array_add (self->rules, g_strdup (finding->rule));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (severity_icon (finding->severity)));
      if (fix == NULL && finding->field != NULL)
        {
          /* The row the finding is about: the contact, the date. */
          fix = action_button (_("_Show"), "debt.focus", finding->field);
          gtk_widget_add_css_class (fix, "flat");
        }
      if (fix != NULL)
        {
          gtk_widget_set_valign (fix, GTK_ALIGN_CENTER);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), fix);
        }
    }
}

static void
add_money_row (MuDebtPage   *self,
               GtkWidget    *group,
               const char   *field,
               const char   *title,
               const MuDebt *debt,
               MuMoney       amount)
{
  g_autofree char *text = mu_debt_format_money (debt, amount);

  add_row (self, group, field, title, text);
}

static void
add_date_row (MuDebtPage  *self,
              GtkWidget   *group,
              const char  *field,
              const char  *title,
              const GDate *date,
              const char  *none)
{
  g_autofree char *text = g_date_valid (date) ? mu_debt_format_date (date) : g_strdup (none);

  add_row (self, group, field, title, text);
}

static void
add_facts (MuDebtPage        *self,
           const MuDebt      *debt,
           const MuDebtState *state)
{
  GtkWidget *group = add_group (self, _("The Debt"));
  g_autofree char *basis = mu_debt_format_basis (debt);
  g_autofree char *next = NULL;
  g_autofree char *days = g_strdup_printf (ngettext ("%u day", "%u days", debt->claim_days), debt->claim_days);

  add_row (self, group, "document", _("Basis"), basis);
  add_money_row (self, group, "amount", _("Amount"), debt, debt->amount);
  add_date_row (self, group, "due", _("Due"), &debt->due, NULL);
  if (state->paid > 0)
    add_money_row (self, group, "payments", _("Paid"), debt, state->paid);
  add_money_row (self, group, "outstanding", _("Outstanding"), debt, state->outstanding);
  add_row (self, group, "status", _("Status"), mu_debt_status_get_label (state->status));
  add_row (self, group, "claim_days", _("Claim period"), days);
  add_date_row (self, group, "court_from", _("A suit may be filed from"), &state->court_from,
                _("Once a written claim is sent and its period has passed"));
  add_date_row (self, group, "limitation", _("The limitation period ends"), &state->limitation, NULL);
  if (g_date_valid (&state->next_date))
    {
      g_autofree char *date = mu_debt_format_date (&state->next_date);

      /* Translators: the next step a debt asks, then its date. */
      next = g_strdup_printf (_("%s, on %s"), mu_next_step_get_label (state->next_step), date);
    }
  add_row (self, group, "next_step", _("Next step"), next != NULL ? next : mu_next_step_get_label (state->next_step));
  if (debt->charity_pledge > 0)
    {
      g_autofree char *pledge = mu_debt_format_money (debt, debt->charity_pledge);
      /* Translators: the charity pledge of a contract: its amount. */
      g_autofree char *text = g_strdup_printf (_("%s, to be given to charity by the debtor if late — never the "
                                                 "creditor’s income"), pledge);

      add_row (self, group, "charity_pledge", _("Charity pledge"), text);
    }
  if (debt->late_interest)
    add_row (self, group, "late_interest", _("Interest for delay"),
             _("The contract asks it: that is riba, and the register does not claim it"));
}

/* An arrangement's instalments, each paid, late or to come. */
static void
add_instalments (MuDebtPage        *self,
                 const MuDebt      *debt,
                 const MuDebtState *state)
{
  g_autoptr(GArray) instalments = NULL;
  const GDate *today = mu_register_document_get_today (self->document);
  MuMoney paid = 0, due = 0;
  GtkWidget *group;

  if (debt->arrangement.kind == MU_ARRANGEMENT_NONE || (instalments = mu_debt_instalments (debt, NULL)) == NULL)
    return;
  for (guint i = 0; i < debt->payments->len; i++)
    {
      const MuDebtPayment *payment = &g_array_index (debt->payments, MuDebtPayment, i);

      if (g_date_compare (&payment->date, &debt->arrangement.agreed) >= 0)
        paid += payment->amount;
    }
  group = add_group (self, debt->arrangement.kind == MU_ARRANGEMENT_DEFERRAL ? _("Deferral") : _("Instalments"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), _("Interest-free: the debt never grows."));
  for (guint i = 0; i < instalments->len; i++)
    {
      const MuDebtInstalment *instalment = &g_array_index (instalments, MuDebtInstalment, i);
      g_autofree char *date = mu_debt_format_date (&instalment->date);
      g_autofree char *amount = mu_debt_format_money (debt, instalment->amount);
      const char *mark;

      due += instalment->amount;
      mark = paid >= due ? C_("instalment", "Paid") : g_date_compare (&instalment->date, today) < 0 ? _("Late") : _("To come");
      {
        /* Translators: an instalment: its amount, then whether it is paid, late or to come. */
        g_autofree char *text = g_strdup_printf (_("%s — %s"), amount, mark);

        add_row (self, group, i == 0 ? "arrangement" : NULL, date, text);
      }
    }
}

static void
add_history (MuDebtPage   *self,
             const MuDebt *debt)
{
  g_autoptr(GArray) events = mu_debt_history (debt);
  GtkWidget *group = add_group (self, _("History"));

  g_string_truncate (self->history, 0);
  if (events->len == 0)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), _("Nothing recorded yet."));
  for (guint i = 0; i < events->len; i++)
    {
      const MuDebtEvent *event = &g_array_index (events, MuDebtEvent, i);
      g_autofree char *date = mu_debt_format_date (&event->date);

      add_row (self, group, event->field, event->text, date);
      g_string_append_printf (self->history, "%s %s\n", date, event->text);
    }
}

static void
on_hardship (GtkSwitch  *button,
             GParamSpec *pspec,
             MuDebtPage *self)
{
  const MuDebtState *state;
  const MuDebtor *debtor;
  g_autoptr(GError) error = NULL;

  if (shown_debt (self, &state, &debtor) == NULL || debtor == NULL || debtor->hardship == gtk_switch_get_active (button))
    return;
  if (!mu_register_document_set_hardship (self->document, debtor->id, gtk_switch_get_active (button), &error))
    mu_debt_page_say (self, error->message);
}

static void
add_debtor (MuDebtPage     *self,
            const MuDebtor *debtor)
{
  GtkWidget *group = add_group (self, _("The Debtor"));
  GtkWidget *row, *hardship;

  if (debtor == NULL)
    return;
  add_row (self, group, "debtor", debtor->name,
           debtor->kind == MU_DEBTOR_PERSON ? _("A person") : _("A company"));
  if (debtor->tax_number != NULL)
    add_row (self, group, "debtor.tax_number", _("Tax number"), debtor->tax_number);
  if (debtor->address != NULL)
    add_row (self, group, "debtor.address", _("Address"), debtor->address);
  if (debtor->contacts != NULL)
    add_row (self, group, "debtor.contacts", _("Contact details"), debtor->contacts);
  row = add_row (self, group, "debtor.hardship", _("In hardship"),
                 _("Wants to pay and cannot: give time until it is easy, or forgive it as charity"));
  hardship = gtk_switch_new ();
  gtk_switch_set_active (GTK_SWITCH (hardship), debtor->hardship);
  gtk_widget_set_valign (hardship, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (hardship, mu_register_document_get_editable (self->document));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), hardship);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), hardship);
  g_signal_connect (hardship, "notify::active", G_CALLBACK (on_hardship), self);
}

/* Makes the page anew for the debt as the document holds it now. */
static void
rebuild (MuDebtPage *self)
{
  const MuDebtState *state;
  const MuDebtor *debtor;
  const MuDebt *debt = shown_debt (self, &state, &debtor);

  if (self->box != NULL)
    gtk_widget_unparent (self->box);
  g_hash_table_remove_all (self->rows);
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  if (debt == NULL)
    return;
  add_header (self, debt, state, debtor);
  add_findings (self, debt);
  add_facts (self, debt, state);
  add_instalments (self, debt, state);
  add_history (self, debt);
  add_debtor (self, debtor);
}

static void
on_debt_changed (MuDebtPage *self,
                 guint       position)
{
  if ((int) position == mu_debt_page_get_position (self))
    rebuild (self);
}

static void
on_reloaded (MuDebtPage *self)
{
  /* Its debt may have gone with an import undone. */
  if (mu_debt_page_get_position (self) < 0)
    g_clear_pointer (&self->id, g_free);
  rebuild (self);
}

/* To the row of a field a finding names. */
static void
focus_activated (GtkWidget  *widget,
                 const char *action,
                 GVariant   *parameter)
{
  MuDebtPage *self = MU_DEBT_PAGE (widget);
  GtkWidget *row = mu_debt_page_find (self, g_variant_get_string (parameter, NULL));
  GtkWidget *scroll = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);

  if (row == NULL)
    return;
  gtk_widget_set_focusable (row, TRUE);
  if (scroll != NULL)
    mu_focus_follow (scroll, row, &self->follow_tick);
  else
    gtk_widget_grab_focus (row);
}

static void
mu_debt_page_dispose (GObject *object)
{
  MuDebtPage *self = MU_DEBT_PAGE (object);
  GtkWidget *scroll = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);

  if (self->follow_tick != 0 && scroll != NULL)
    gtk_widget_remove_tick_callback (scroll, self->follow_tick);
  self->follow_tick = 0;
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (mu_debt_page_parent_class)->dispose (object);
}

static void
mu_debt_page_finalize (GObject *object)
{
  MuDebtPage *self = MU_DEBT_PAGE (object);

  g_hash_table_unref (self->rows);
  g_ptr_array_unref (self->rules);
  g_string_free (self->history, TRUE);
  g_free (self->id);
  G_OBJECT_CLASS (mu_debt_page_parent_class)->finalize (object);
}

static void
mu_debt_page_class_init (MuDebtPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mu_debt_page_dispose;
  object_class->finalize = mu_debt_page_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  /* What could not be done, to be shown for a moment. */
  signals[MESSAGE] = g_signal_new ("message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  mu_debt_dialogs_install (widget_class);
  gtk_widget_class_install_action (widget_class, "debt.focus", "s", focus_activated);
}

static void
mu_debt_page_init (MuDebtPage *self)
{
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->rules = g_ptr_array_new_with_free_func (g_free);
  self->history = g_string_new (NULL);
}

MuDebtPage *
mu_debt_page_new (MuRegisterDocument *document)
{
  MuDebtPage *self = g_object_new (MU_TYPE_DEBT_PAGE, NULL);

  self->document = g_object_ref (document);
  g_signal_connect_object (document, "debt-changed", G_CALLBACK (on_debt_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "reloaded", G_CALLBACK (on_reloaded), self, G_CONNECT_SWAPPED);
  rebuild (self);
  return self;
}

MuRegisterDocument *
mu_debt_page_get_document (MuDebtPage *self)
{
  g_return_val_if_fail (MU_IS_DEBT_PAGE (self), NULL);
  return self->document;
}

/* Shows the debt @id of the document, or nothing for NULL or an id the
 * register does not hold. */
void
mu_debt_page_set_debt (MuDebtPage *self,
                       const char *id)
{
  g_return_if_fail (MU_IS_DEBT_PAGE (self));

  g_free (self->id);
  self->id = mu_register_document_find (self->document, id) >= 0 ? g_strdup (id) : NULL;
  rebuild (self);
}

const char *
mu_debt_page_get_debt (MuDebtPage *self)
{
  g_return_val_if_fail (MU_IS_DEBT_PAGE (self), NULL);
  return self->id;
}

/* The debt's position in the document, or −1 while none is shown. */
int
mu_debt_page_get_position (MuDebtPage *self)
{
  g_return_val_if_fail (MU_IS_DEBT_PAGE (self), -1);
  return self->id != NULL ? mu_register_document_find (self->document, self->id) : -1;
}

/* The row that shows @field, a path as the findings name it. */
GtkWidget *
mu_debt_page_find (MuDebtPage *self,
                   const char *field)
{
  g_return_val_if_fail (MU_IS_DEBT_PAGE (self), NULL);
  return g_hash_table_lookup (self->rows, field);
}

/* The rules of the findings shown, in their order. */
GPtrArray *
mu_debt_page_dup_findings (MuDebtPage *self)
{
  GPtrArray *rules = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (MU_IS_DEBT_PAGE (self), rules);
  for (guint i = 0; i < self->rules->len; i++)
    g_ptr_array_add (rules, g_strdup (g_ptr_array_index (self->rules, i)));
  return rules;
}

/* The history as shown: a line an event, its date first. */
char *
mu_debt_page_dup_history (MuDebtPage *self)
{
  g_return_val_if_fail (MU_IS_DEBT_PAGE (self), NULL);
  return g_strdup (self->history->str);
}

/* Says @message for a moment: the window shows it as a toast. */
void
mu_debt_page_say (MuDebtPage *self,
                  const char *message)
{
  g_return_if_fail (MU_IS_DEBT_PAGE (self));
  g_signal_emit (self, signals[MESSAGE], 0, message);
}
