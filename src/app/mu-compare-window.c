/* mu-compare-window.c — several scenarios side by side: their bank-equity
 * curves on one chart and, a column each, the key figures an owner weighs
 * them by
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-resources.h"

#include "mu-chart.h"
#include "mu-compare-window.h"
#include "mu-figures.h"
#include "mu-input.h"
#include "mu-toolbar-view.h"

struct _MuCompareWindow
{
  AdwWindow       parent_instance;

  GtkWidget      *header_bar;
  GtkWidget      *body;
  GtkListBox     *scenario_list;
  GtkDrawingArea *chart;
  GtkGrid        *figures;

  MuStore        *store;
  GPtrArray      *uuids;        /* chosen, in the order chosen */
  GPtrArray      *scenarios;    /* of MuScenario*, as uuids */
  GPtrArray      *results;      /* of MuResult*, as uuids */
  GPtrArray      *key_figures;  /* of MuFigures*, as uuids; NULL without financing */
};

G_DEFINE_FINAL_TYPE (MuCompareWindow, mu_compare_window, ADW_TYPE_WINDOW)

static void
draw_chart (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        data)
{
  MuCompareWindow *self = MU_COMPARE_WINDOW (data);
  AdwStyleManager *manager = adw_style_manager_get_default ();
  MuChartStyle style;

  mu_chart_style_init (&style, adw_style_manager_get_high_contrast (manager) ? MU_CHART_THEME_HIGH_CONTRAST
                               : adw_style_manager_get_dark (manager) ? MU_CHART_THEME_DARK : MU_CHART_THEME_LIGHT);
  style.rtl = gtk_widget_get_direction (GTK_WIDGET (area)) == GTK_TEXT_DIR_RTL;
  style.font_family = "Cantarell";
  style.font_size = 12;
  mu_chart_draw_compare (cr, width, height, (const MuScenario **) self->scenarios->pdata,
                         (const MuResult **) self->results->pdata, self->scenarios->len, &style);
}

/* The figures compared, a row each, in the order an owner asks for
 * them: what the buyers pay, when they own it, what the bank receives
 * and earns, a loan beside it, and whether the deal is valid. */
typedef enum
{
  FIGURE_INSTALLMENTS,
  FIGURE_FIRST,
  FIGURE_USUAL,
  FIGURE_LAST,
  FIGURE_BUYERS_PAID,
  FIGURE_OWNED,
  FIGURE_BANK_RECEIVED,
  FIGURE_BANK_PROFIT,
  FIGURE_BANK_RENT,
  FIGURE_BANK_BUYOUT,
  FIGURE_BANK_COSTS,
  FIGURE_BANK_INCOME,
  FIGURE_BANK_RETURN,
  FIGURE_LOAN,
  FIGURE_LOAN_RATE,
  FIGURE_LOAN_PAYMENT,
  FIGURE_LOAN_PAID,
  FIGURE_LOAN_INTEREST,
  FIGURE_ERRORS,
  N_FIGURES
} Figure;

static const char * const figure_titles[N_FIGURES] = {
  N_("Installments"),
  N_("First installment"),
  /* Translators: the amount of an installment paid most often. */
  N_("Usual installment"),
  N_("Last installment"),
  N_("The buyers pay in all"),
  N_("The buyers own it all"),
  N_("The bank receives in all"),
  /* Translators: a part of what the bank receives. */
  N_("its share of the profit"),
  /* Translators: a part of what the bank receives. */
  N_("rent"),
  /* Translators: a part of what the bank receives: what the buyers pay for its units. */
  N_("the price of its units"),
  /* Translators: what the bank pays of the ownership costs, taken from what it receives. */
  N_("less its part of the costs"),
  N_("The bank’s income beyond its capital"),
  N_("The bank’s effective return a year"),
  N_("A conventional loan, for comparison only"),
  /* Translators: a conventional loan's interest rate a year. */
  N_("rate a year"),
  /* Translators: a conventional loan's payment each period. */
  N_("payment"),
  /* Translators: what a conventional loan costs in all. */
  N_("paid in all"),
  /* Translators: the interest in what a conventional loan costs. */
  N_("of which interest — riba"),
  N_("Errors"),
};

/* The rows under another, parts of it. */
static gboolean
figure_is_part (Figure figure)
{
  return (figure >= FIGURE_BANK_PROFIT && figure <= FIGURE_BANK_COSTS) ||
         (figure >= FIGURE_LOAN_RATE && figure <= FIGURE_LOAN_INTEREST);
}

/* A figure's title, or a scenario's name above its figures: wrapped
 * between @min_chars and @max_chars, never squeezed below; a narrow
 * window scrolls the figures sideways instead. */
static GtkWidget *
title_label (const char *text,
             gboolean    end,
             int         min_chars,
             int         max_chars)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), end ? 1.0 : 0.0);
  gtk_label_set_yalign (GTK_LABEL (label), 0.0);
  gtk_label_set_justify (GTK_LABEL (label), end ? GTK_JUSTIFY_RIGHT : GTK_JUSTIFY_LEFT);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (label), min_chars);
  gtk_label_set_max_width_chars (GTK_LABEL (label), max_chars);
  return label;
}

/* A figure, on one line. */
static GtkWidget *
figure_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_label_set_yalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, "numeric");
  return label;
}

/* An amount as the summary writes it, with the currency's code. */
static char *
money_text (MuMoney           amount,
            const MuScenario *scenario)
{
  g_autofree char *text = mu_input_format_amount (amount, mu_scenario_get_exponent (scenario));

  /* Translators: an amount and its currency code, “1 250.00 RUB”. */
  return g_strdup_printf (_("%s %s"), text, scenario->currency);
}

static char *
owned_text (const MuFigures *f)
{
  g_autofree char *date = NULL;

  if (!g_date_valid (&f->owned_outright_from) || g_date_get_year (&f->owned_outright_from) > 9999)
    /* Translators: the buyers do not own it all when the projection ends. */
    return g_strdup (_("not within the projection"));
  date = mu_input_format_date (&f->owned_outright_from);
  /* Translators: the day from which the buyers own the whole object. */
  return g_strdup_printf (_("from %s"), date);
}

/* A loan's figure, "—" where the scenario names no loan rate. */
static char *
loan_text (Figure            figure,
           const MuScenario *s,
           const MuFigures  *f)
{
  if (!f->has_loan)
    return g_strdup ("—");
  switch (figure)
    {
    case FIGURE_LOAN_RATE:
      return mu_chart_format_percent ((double) f->loan.annual_rate * 100.0 / (double) MU_PERCENT_100);
    case FIGURE_LOAN_PAYMENT:
      return money_text (f->loan.payment, s);
    case FIGURE_LOAN_PAID:
      return money_text (f->loan.total_paid, s);
    case FIGURE_LOAN_INTEREST:
      return money_text (f->loan.total_interest, s);
    default:
      return g_strdup ("");
    }
}

/* What @figure is for one scenario of financed deal @f. */
static char *
figure_text (Figure            figure,
             const MuScenario *s,
             const MuFigures  *f)
{
  switch (figure)
    {
    case FIGURE_INSTALLMENTS:
      return g_strdup_printf ("%u", f->n_installments);
    case FIGURE_FIRST:
      return money_text (f->installment_first, s);
    case FIGURE_USUAL:
      return money_text (f->installment_usual, s);
    case FIGURE_LAST:
      return money_text (f->installment_last, s);
    case FIGURE_BUYERS_PAID:
      return money_text (f->buyers_paid, s);
    case FIGURE_OWNED:
      return owned_text (f);
    case FIGURE_BANK_RECEIVED:
      return money_text (f->bank_received, s);
    case FIGURE_BANK_PROFIT:
      return money_text (f->bank_profit, s);
    case FIGURE_BANK_RENT:
      return money_text (f->bank_rent, s);
    case FIGURE_BANK_BUYOUT:
      return money_text (f->bank_buyout, s);
    case FIGURE_BANK_COSTS:
      return money_text (f->bank_costs, s);
    case FIGURE_BANK_INCOME:
      return money_text (f->bank_income, s);
    case FIGURE_BANK_RETURN:
      /* Translators: the bank's cash flows have no rate of return. */
      return f->has_bank_return ? mu_chart_format_percent (f->bank_return_percent) : g_strdup (_("not defined"));
    case FIGURE_LOAN:
      return g_strdup ("");
    case FIGURE_LOAN_RATE:
    case FIGURE_LOAN_PAYMENT:
    case FIGURE_LOAN_PAID:
    case FIGURE_LOAN_INTEREST:
      return loan_text (figure, s, f);
    case FIGURE_ERRORS:
    case N_FIGURES:
    default:
      g_return_val_if_reached (NULL);
    }
}

static char *
errors_text (const MuResult *result)
{
  guint errors = 0;

  for (guint f = 0; f < result->findings->len; f++)
    errors += ((MuFinding *) g_ptr_array_index (result->findings, f))->severity == MU_SEVERITY_ERROR;
  return errors == 0 ? g_strdup (_("None")) : g_strdup_printf ("%u", errors);
}

/* One scenario's column: the key figures of its deal as the page, the
 * report and the CLI give them, and how many errors it has. A scenario
 * without financing (or with figures too large to compute) has none. */
static void
attach_scenario (MuCompareWindow  *self,
                 guint             column,
                 const int        *rows,
                 guint             index)
{
  const MuScenario *scenario = g_ptr_array_index (self->scenarios, index);
  const MuResult *result = g_ptr_array_index (self->results, index);
  const MuFigures *figures = g_ptr_array_index (self->key_figures, index);
  gboolean financed = figures != NULL;
  GtkWidget *name = title_label (scenario->name, TRUE, 12, 20);

  gtk_widget_add_css_class (name, "heading");
  gtk_grid_attach (self->figures, name, column, 0, 1, 1);
  for (Figure f = 0; f < N_FIGURES; f++)
    {
      g_autofree char *text = NULL;

      if (rows[f] < 0)
        continue;
      if (f == FIGURE_ERRORS)
        text = errors_text (result);
      else if (f == FIGURE_LOAN)
        text = g_strdup ("");
      else
        text = financed ? figure_text (f, scenario, figures) : g_strdup ("—");
      gtk_grid_attach (self->figures, figure_label (text), column, rows[f], 1, 1);
    }
}

/* Which rows the chosen scenarios need: the costs when one has some,
 * the loan when one names a rate. */
static gboolean
figure_is_shown (MuCompareWindow *self,
                 Figure           figure)
{
  if (figure != FIGURE_BANK_COSTS && figure < FIGURE_LOAN)
    return TRUE;
  if (figure == FIGURE_ERRORS)
    return TRUE;
  for (guint i = 0; i < self->key_figures->len; i++)
    {
      const MuFigures *f = g_ptr_array_index (self->key_figures, i);

      if (f != NULL && (figure == FIGURE_BANK_COSTS ? f->bank_costs != 0 : f->has_loan))
        return TRUE;
    }
  return FALSE;
}

/* The chosen scenarios side by side, a column each, the figures a row
 * each under their titles. */
static void
show_figures (MuCompareWindow *self)
{
  int rows[N_FIGURES];
  GtkWidget *child;
  int row = 1;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->figures))) != NULL)
    gtk_grid_remove (self->figures, child);
  if (self->scenarios->len == 0)
    return;

  for (Figure f = 0; f < N_FIGURES; f++)
    {
      GtkWidget *title;

      rows[f] = figure_is_shown (self, f) ? row++ : -1;
      if (rows[f] < 0)
        continue;
      title = title_label (_(figure_titles[f]), FALSE, 16, 32);
      if (figure_is_part (f))
        {
          gtk_widget_set_margin_start (title, 18);
          gtk_widget_add_css_class (title, "dim-label");
        }
      else if (f == FIGURE_LOAN)
        {
          gtk_widget_set_margin_top (title, 6);
          gtk_widget_add_css_class (title, "heading");
        }
      gtk_grid_attach (self->figures, title, 0, rows[f], 1, 1);
    }

  for (guint i = 0; i < self->scenarios->len; i++)
    if (g_ptr_array_index (self->results, i) != NULL)
      attach_scenario (self, i + 1, rows, i);
}

static void
refresh (MuCompareWindow *self)
{
  g_ptr_array_set_size (self->scenarios, 0);
  g_ptr_array_set_size (self->results, 0);
  g_ptr_array_set_size (self->key_figures, 0);
  for (guint i = 0; i < self->uuids->len; i++)
    {
      g_autoptr(GError) error = NULL;
      MuScenario *scenario = mu_store_load (self->store, g_ptr_array_index (self->uuids, i), &error);
      MuResult *result;
      MuFigures *figures;

      if (scenario == NULL)
        continue;
      result = mu_engine_run (scenario, NULL);
      /* The same key figures as the page, the report and the CLI. */
      figures = result != NULL ? mu_figures_compute (scenario, result, NULL) : NULL;
      if (figures != NULL && !figures->has_financing)
        g_clear_pointer (&figures, mu_figures_free);
      g_ptr_array_add (self->scenarios, scenario);
      g_ptr_array_add (self->results, result);
      g_ptr_array_add (self->key_figures, figures);
    }
  show_figures (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->chart));
}

void
mu_compare_window_choose (MuCompareWindow *self,
                          const char      *uuid,
                          gboolean         chosen)
{
  guint index;
  gboolean found = g_ptr_array_find_with_equal_func (self->uuids, uuid, g_str_equal, &index);

  g_return_if_fail (MU_IS_COMPARE_WINDOW (self));

  if (chosen == found)
    return;
  if (chosen)
    g_ptr_array_add (self->uuids, g_strdup (uuid));
  else
    g_ptr_array_remove_index (self->uuids, index);

  /* The list shows what is chosen, however it was chosen. */
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->scenario_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkCheckButton *check = g_object_get_data (G_OBJECT (row), "check");

      if (check != NULL && g_strcmp0 (g_object_get_data (G_OBJECT (check), "uuid"), uuid) == 0)
        gtk_check_button_set_active (check, chosen);
    }
  refresh (self);
}

guint
mu_compare_window_get_n_chosen (MuCompareWindow *self)
{
  g_return_val_if_fail (MU_IS_COMPARE_WINDOW (self), 0);
  return self->scenarios->len;
}

static void
on_check_toggled (GtkCheckButton  *check,
                  MuCompareWindow *self)
{
  mu_compare_window_choose (self, g_object_get_data (G_OBJECT (check), "uuid"), gtk_check_button_get_active (check));
}

static void
mu_compare_window_finalize (GObject *object)
{
  MuCompareWindow *self = MU_COMPARE_WINDOW (object);

  g_ptr_array_unref (self->uuids);
  g_ptr_array_unref (self->key_figures);
  g_ptr_array_unref (self->results);
  g_ptr_array_unref (self->scenarios);
  G_OBJECT_CLASS (mu_compare_window_parent_class)->finalize (object);
}

static void
mu_compare_window_class_init (MuCompareWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* From a static library the resources are linked in only if referred
   * to; their constructor registers them. */
  (void) mu_get_resource ();

  object_class->finalize = mu_compare_window_finalize;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/musharaka/Musharaka/mu-compare-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MuCompareWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, MuCompareWindow, body);
  gtk_widget_class_bind_template_child (widget_class, MuCompareWindow, scenario_list);
  gtk_widget_class_bind_template_child (widget_class, MuCompareWindow, chart);
  gtk_widget_class_bind_template_child (widget_class, MuCompareWindow, figures);
}

static void
mu_compare_window_init (MuCompareWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  adw_window_set_content (ADW_WINDOW (self), mu_toolbar_view_new (self->header_bar, self->body));
  self->uuids = g_ptr_array_new_with_free_func (g_free);
  self->scenarios = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_scenario_free);
  self->results = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_result_free);
  self->key_figures = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_figures_free);
  gtk_drawing_area_set_draw_func (self->chart, draw_chart, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The bank’s share of ownership in each chosen scenario"), -1);
}

MuCompareWindow *
mu_compare_window_new (GtkWindow  *parent,
                       MuStore    *store,
                       const char *first_uuid)
{
  MuCompareWindow *self = g_object_new (MU_TYPE_COMPARE_WINDOW, "transient-for", parent, NULL);
  g_autoptr(GPtrArray) entries = mu_store_list (store, NULL, NULL);

  self->store = store;
  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      const MuStoreEntry *entry = g_ptr_array_index (entries, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), entry->name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      /* One line, cut short: a wrapping title is measured anew for every
       * width tried, and a library of hundreds would open slowly. */
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
      gtk_widget_set_tooltip_text (row, entry->name);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data_full (G_OBJECT (check), "uuid", g_strdup (entry->uuid), g_free);
      g_object_set_data (G_OBJECT (row), "check", check);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), g_strcmp0 (entry->uuid, first_uuid) == 0);
      g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled), self);
      gtk_list_box_append (self->scenario_list, row);
    }
  if (first_uuid != NULL)
    mu_compare_window_choose (self, first_uuid, TRUE);
  return self;
}
