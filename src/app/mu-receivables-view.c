/* mu-receivables-view.c — the register of receivables beside its list
 *
 * On top, the ageing chart: what is outstanding in the register's main
 * currency, by age, stacked by debtor (mu-chart-ageing.c), drawn in the
 * window's style — dark, high contrast, right to left. Under it, the
 * totals by age until a debt is chosen in the list, then that debt's
 * page. An empty register says how to fill it: import the CSV an
 * accounting program exports.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-chart-ageing.h"
#include "mu-currency.h"
#include "mu-debt-text.h"
#include "mu-input.h"
#include "mu-receivables-view.h"

#define CHART_HEIGHT 240

struct _MuReceivablesView
{
  GtkWidget           parent_instance;

  GtkStack           *stack;     /* "empty" or "register" */
  GtkScrolledWindow  *scroll;
  GtkWidget          *chart;
  GtkStack           *lower;     /* "overview" or "debt" */
  GtkWidget          *overview;  /* the totals, made anew */
  GtkWidget          *overview_box;
  MuDebtPage         *page;

  MuRegisterDocument *document;
  MuAgeing           *ageing;    /* NULL while there is nothing owed */
  guint               update;    /* an idle that gathers the figures again */
};

G_DEFINE_FINAL_TYPE (MuReceivablesView, mu_receivables_view, GTK_TYPE_WIDGET)

static void
style_for_widget (GtkWidget    *widget,
                  MuChartStyle *style,
                  char        **family)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  MuChartTheme theme = MU_CHART_THEME_LIGHT;
  g_autofree char *name = NULL;
  g_autoptr(PangoFontDescription) font = NULL;

  if (adw_style_manager_get_high_contrast (manager))
    theme = MU_CHART_THEME_HIGH_CONTRAST;
  else if (adw_style_manager_get_dark (manager))
    theme = MU_CHART_THEME_DARK;
  mu_chart_style_init (style, theme);
  style->rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  g_object_get (gtk_settings_get_default (), "gtk-font-name", &name, NULL);
  font = pango_font_description_from_string (name != NULL ? name : "Sans");
  *family = g_strdup (pango_font_description_get_family (font));
  style->font_family = *family;
  style->font_size = 12.0;
  /* On a card, as the scenario's charts are: its background is the card's. */
  if (theme == MU_CHART_THEME_DARK)
    style->background = (MuRgba) { 0x36 / 255.0, 0x36 / 255.0, 0x36 / 255.0, 1.0 };
}

static void
draw_chart (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        data)
{
  MuReceivablesView *self = MU_RECEIVABLES_VIEW (data);
  g_autofree char *family = NULL;
  MuChartStyle style;

  if (self->ageing == NULL)
    return;
  style_for_widget (GTK_WIDGET (area), &style, &family);
  mu_chart_draw_ageing (cr, width, height, self->ageing, &style, TRUE);
}

typedef struct
{
  const char *name;
  MuMoney     amounts[MU_N_BUCKETS];
} DebtorSums;

/* Sums a debt to its debtor's, by bucket; FALSE on overflow. */
static gboolean
add_to_debtor (GHashTable         *sums,
               GPtrArray          *order,
               MuRegisterDocument *document,
               guint               position,
               GError            **error)
{
  const MuDebt *debt = mu_register_document_get_debt (document, position);
  const MuDebtState *state = mu_register_document_get_state (document, position);
  const MuDebtor *debtor = mu_register_document_get_debtor (document, position);
  DebtorSums *debtor_sums = g_hash_table_lookup (sums, debt->debtor_id);

  if (debtor_sums == NULL)
    {
      debtor_sums = g_new0 (DebtorSums, 1);
      debtor_sums->name = debtor != NULL ? debtor->name : debt->debtor_id;
      g_hash_table_insert (sums, debt->debtor_id, debtor_sums);
      g_ptr_array_add (order, debtor_sums);
    }
  return mu_money_add (debtor_sums->amounts[state->bucket], state->outstanding, &debtor_sums->amounts[state->bucket],
                       error);
}

/* What is outstanding in the main currency, by bucket and debtor: summed
 * by debtor first, a hundred thousand debts of a thousand debtors making
 * a thousand additions to the chart's figures. */
MuAgeing *
mu_receivables_gather (MuRegisterDocument *document)
{
  const char *currency = mu_register_document_get_main_currency (document);
  const MuCurrency *known = currency != NULL ? mu_currency_lookup (currency) : NULL;
  g_autoptr(MuAgeing) ageing = NULL;
  g_autoptr(GHashTable) sums = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  if (currency == NULL)
    return NULL;
  for (guint i = 0; i < mu_register_document_get_n_debts (document); i++)
    {
      if (mu_register_document_get_state (document, i)->outstanding == 0 ||
          !g_str_equal (mu_register_document_get_debt (document, i)->currency, currency))
        continue;
      if (!add_to_debtor (sums, order, document, i, &error))
        break;
    }
  ageing = mu_ageing_new (currency, known != NULL ? known->exponent : 2);
  for (guint i = 0; error == NULL && i < order->len; i++)
    {
      const DebtorSums *debtor_sums = g_ptr_array_index (order, i);

      for (MuAgeBucket bucket = MU_BUCKET_NOT_DUE; error == NULL && bucket < MU_N_BUCKETS; bucket++)
        if (debtor_sums->amounts[bucket] > 0)
          mu_ageing_add (ageing, debtor_sums->name, bucket, debtor_sums->amounts[bucket], &error);
    }
  if (error != NULL)
    {
      g_warning ("%s", error->message);
      return NULL;
    }
  mu_ageing_finish (ageing, MU_AGEING_MAX_SERIES);
  return g_steal_pointer (&ageing);
}

static char *
format_total (const MuAgeing *ageing,
              MuMoney         amount)
{
  const MuCurrency *currency = mu_currency_lookup (mu_ageing_get_currency (ageing));
  g_autofree char *figure = mu_input_format_amount (amount, currency != NULL ? currency->exponent : 2);

  /* Translators: an amount and its currency code, “1 250,00 RUB”. */
  return g_strdup_printf (_("%s %s"), figure, mu_ageing_get_currency (ageing));
}

static GtkWidget *
total_row (const char *title,
           char       *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  g_free (value);
  return row;
}

/* The totals by age, under the chart while no debt is chosen. */
static void
show_overview (MuReceivablesView *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  MuMoney all = 0;

  if (self->overview != NULL)
    gtk_box_remove (GTK_BOX (self->overview_box), self->overview);
  self->overview = group;
  gtk_box_prepend (GTK_BOX (self->overview_box), group);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Outstanding by Age"));
  if (self->ageing == NULL)
    {
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), _("Nothing is owed: every debt is "
                                                                               "settled or written off."));
      return;
    }
  for (MuAgeBucket bucket = MU_BUCKET_NOT_DUE; bucket < MU_N_BUCKETS; bucket++)
    {
      MuMoney amount = mu_ageing_get_total (self->ageing, bucket);

      all += amount;
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 total_row (mu_age_bucket_get_label (bucket), format_total (self->ageing, amount)));
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), total_row (_("In all"), format_total (self->ageing, all)));
}

static void
update_now (MuReceivablesView *self)
{
  gboolean empty = mu_register_document_get_n_debts (self->document) == 0;
  g_autofree char *summary = NULL;

  g_clear_pointer (&self->ageing, mu_ageing_free);
  if (!empty)
    self->ageing = mu_receivables_gather (self->document);
  gtk_widget_set_visible (self->chart, self->ageing != NULL);
  show_overview (self);
  summary = mu_receivables_view_dup_summary (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary, -1);
  gtk_widget_queue_draw (self->chart);
  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "register");
}

static gboolean
update_idle (gpointer data)
{
  MuReceivablesView *self = MU_RECEIVABLES_VIEW (data);

  self->update = 0;
  update_now (self);
  return G_SOURCE_REMOVE;
}

/* Many changes at once (a whole import undone) gather the figures once. */
static void
queue_update (MuReceivablesView *self)
{
  if (self->update == 0)
    self->update = g_idle_add_full (G_PRIORITY_DEFAULT, update_idle, self, NULL);
}

static void
on_reloaded (MuReceivablesView *self)
{
  /* At once: the list beside it is new, and so must the empty page be. */
  g_clear_handle_id (&self->update, g_source_remove);
  update_now (self);
}

static void
mu_receivables_view_dispose (GObject *object)
{
  MuReceivablesView *self = MU_RECEIVABLES_VIEW (object);

  g_clear_handle_id (&self->update, g_source_remove);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_pointer (&self->ageing, mu_ageing_free);
  g_clear_pointer ((GtkWidget **) &self->stack, gtk_widget_unparent);
  G_OBJECT_CLASS (mu_receivables_view_parent_class)->dispose (object);
}

static void
mu_receivables_view_class_init (MuReceivablesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mu_receivables_view_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  g_type_ensure (MU_TYPE_DEBT_PAGE);
}

static void
mu_receivables_view_init (MuReceivablesView *self)
{
}

/* The page of an empty register: what to do to fill it. */
static GtkWidget *
new_empty_page (void)
{
  GtkWidget *status = adw_status_page_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Import Receivables…"));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "document-open-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Receivables"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                   _("Import what customers owe from the CSV file your accounting program exports, "
                                     "or drop the file here. It needs the columns debtor, due and amount."));
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.import-receivables");
  adw_status_page_set_child (ADW_STATUS_PAGE (status), button);
  return status;
}

static GtkWidget *
new_chart (MuReceivablesView *self)
{
  GtkWidget *chart = gtk_drawing_area_new ();

  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (chart), CHART_HEIGHT);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (chart), draw_chart, self, NULL);
  gtk_widget_add_css_class (chart, "card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Outstanding by age, by debtor"), -1);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (gtk_widget_queue_draw),
                           chart, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (gtk_widget_queue_draw), chart, G_CONNECT_SWAPPED);
  return chart;
}

static void
build (MuReceivablesView *self)
{
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *hint = gtk_label_new (_("Choose a debt in the list to see its history and what to do next."));

  self->stack = GTK_STACK (gtk_stack_new ());
  /* Only the page shown asks for room: the window may be 360 wide. */
  gtk_stack_set_hhomogeneous (self->stack, FALSE);
  gtk_stack_set_vhomogeneous (self->stack, FALSE);
  gtk_widget_set_parent (GTK_WIDGET (self->stack), GTK_WIDGET (self));
  gtk_stack_add_named (self->stack, new_empty_page (), "empty");
  self->scroll = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_policy (self->scroll, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->scroll), "register");
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 860);
  gtk_scrolled_window_set_child (self->scroll, clamp);
  g_object_set (box, "margin-top", 12, "margin-bottom", 24, "margin-start", 12, "margin-end", 12, NULL);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);

  self->chart = new_chart (self);
  gtk_box_append (GTK_BOX (box), self->chart);
  self->lower = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_hhomogeneous (self->lower, FALSE);
  gtk_stack_set_vhomogeneous (self->lower, FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->lower));
  self->overview_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_box_append (GTK_BOX (self->overview_box), hint);
  gtk_stack_add_named (self->lower, self->overview_box, "overview");
  self->page = mu_debt_page_new (self->document);
  gtk_stack_add_named (self->lower, GTK_WIDGET (self->page), "debt");
}

MuReceivablesView *
mu_receivables_view_new (MuRegisterDocument *document)
{
  MuReceivablesView *self = g_object_new (MU_TYPE_RECEIVABLES_VIEW, NULL);

  self->document = g_object_ref (document);
  build (self);
  g_signal_connect_object (document, "reloaded", G_CALLBACK (on_reloaded), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "debt-changed", G_CALLBACK (queue_update), self, G_CONNECT_SWAPPED);
  update_now (self);
  return self;
}

/* Shows the debt @id under the chart, or the totals for NULL. */
void
mu_receivables_view_show_debt (MuReceivablesView *self,
                               const char        *id)
{
  g_return_if_fail (MU_IS_RECEIVABLES_VIEW (self));

  mu_debt_page_set_debt (self->page, id);
  gtk_stack_set_visible_child_name (self->lower, mu_debt_page_get_debt (self->page) != NULL ? "debt" : "overview");
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroll), 0);
}

MuDebtPage *
mu_receivables_view_get_page (MuReceivablesView *self)
{
  g_return_val_if_fail (MU_IS_RECEIVABLES_VIEW (self), NULL);
  return self->page;
}

GtkWidget *
mu_receivables_view_get_chart (MuReceivablesView *self)
{
  g_return_val_if_fail (MU_IS_RECEIVABLES_VIEW (self), NULL);
  return self->chart;
}

/* What the chart shows, in words: the total of each age. */
char *
mu_receivables_view_dup_summary (MuReceivablesView *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (MU_IS_RECEIVABLES_VIEW (self), NULL);

  for (MuAgeBucket bucket = MU_BUCKET_NOT_DUE; self->ageing != NULL && bucket < MU_N_BUCKETS; bucket++)
    {
      g_autofree char *amount = format_total (self->ageing, mu_ageing_get_total (self->ageing, bucket));

      /* Translators: in the ageing chart's description: an age bucket and what is outstanding in it. */
      g_string_append_printf (text, _("%s: %s. "), mu_age_bucket_get_label (bucket), amount);
    }
  if (text->len > 0)
    g_string_truncate (text, text->len - 1);
  return g_string_free (text, FALSE);
}
