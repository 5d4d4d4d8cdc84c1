/* mu-scenario-page-fields.c — reading the scenario from its editors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "mu-currency.h"
#include "mu-input.h"
#include "mu-scenario-page-private.h"

/* Marks @row as wrong with @message, or clears it. Returns @ok. */
gboolean
mu_scenario_page_check_field (MuScenarioPage *self,
                              GtkWidget      *row,
                              gboolean        ok,
                              const char     *message)
{
  /* Touch the widget only when its state changes: every keystroke comes
   * through here for every field, and restyling a row is not free. */
  if (ok)
    {
      if (gtk_widget_has_css_class (row, "error"))
        {
          gtk_widget_remove_css_class (row, "error");
          gtk_widget_set_tooltip_text (row, NULL);
        }
      return TRUE;
    }
  if (!gtk_widget_has_css_class (row, "error"))
    gtk_widget_add_css_class (row, "error");
  if (g_strcmp0 (gtk_widget_get_tooltip_text (row), message) != 0)
    gtk_widget_set_tooltip_text (row, message);
  if (!self->has_errors)
    {
      gtk_label_set_text (self->error_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
    }
  self->has_errors = TRUE;
  return FALSE;
}

static const char *
row_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static gboolean
read_amount (MuScenarioPage *self,
             AdwEntryRow    *row,
             guint           exponent,
             gboolean        allow_negative,
             MuMoney        *value)
{
  g_autofree char *message = NULL;
  gboolean ok = mu_input_parse_amount (row_text (row), exponent, allow_negative, value, &message);

  return mu_scenario_page_check_field (self, GTK_WIDGET (row), ok, message);
}

static gboolean
read_percent (MuScenarioPage *self,
              AdwEntryRow    *row,
              gint64          min,
              gint64          max,
              gint64         *value)
{
  g_autofree char *message = NULL;
  gboolean ok = mu_input_parse_percent (row_text (row), min, max, value, &message);

  return mu_scenario_page_check_field (self, GTK_WIDGET (row), ok, message);
}

static gboolean
read_date (MuScenarioPage *self,
           GDate          *date)
{
  const char *text = row_text (self->start_row);
  guint year, month, day;
  char end;
  gboolean ok = sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &end) == 3 &&
                g_date_valid_dmy (day, month, year);

  if (ok)
    g_date_set_dmy (date, day, month, year);
  return mu_scenario_page_check_field (self, GTK_WIDGET (self->start_row), ok,
                                       _("Enter the date as year-month-day, such as 2026-01-01."));
}

static gboolean
read_series (MuScenarioPage *self,
             guint           exponent,
             GArray         *series)
{
  g_auto(GStrv) parts = g_strsplit (row_text (self->series_row), ";", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *message = NULL;
      MuMoney value;

      if (g_strstrip (parts[i])[0] == '\0' && parts[i + 1] == NULL)
        break;
      if (!mu_input_parse_amount (parts[i], exponent, TRUE, &value, &message))
        {
          g_autofree char *where = g_strdup_printf (_("Figure %u: %s"), i + 1, message);

          return mu_scenario_page_check_field (self, GTK_WIDGET (self->series_row), FALSE, where);
        }
      g_array_append_val (series, value);
    }
  return mu_scenario_page_check_field (self, GTK_WIDGET (self->series_row), TRUE, NULL);
}

/* The scenario the editors show, or NULL with the wrong fields marked. */
MuScenario *
mu_scenario_page_collect (MuScenarioPage *self)
{
  g_autoptr(MuScenario) scenario = mu_scenario_copy (self->scenario);
  g_autoptr(GError) invalid = NULL;
  const MuCurrency *currency;
  guint exponent;
  gboolean ok = TRUE;

  self->has_errors = FALSE;
  if (gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  g_free (scenario->name);
  scenario->name = g_strstrip (g_strdup (row_text (self->name_row)));
  ok &= mu_scenario_page_check_field (self, GTK_WIDGET (self->name_row), scenario->name[0] != '\0',
                                      _("A scenario needs a name."));

  {
    g_autofree char *typed = g_strstrip (g_strdup (row_text (self->currency_row)));
    g_autofree char *code = g_ascii_strup (typed, -1);

    currency = mu_currency_lookup (code);
    ok &= mu_scenario_page_check_field (self, GTK_WIDGET (self->currency_row), currency != NULL,
                                        _("Enter a currency code such as RUB, USD, SAR or KWD."));
    if (currency != NULL)
      g_strlcpy (scenario->currency, currency->code, sizeof scenario->currency);
  }
  exponent = mu_scenario_get_exponent (scenario);

  scenario->school = adw_combo_row_get_selected (self->school_row);
  scenario->period = adw_combo_row_get_selected (self->period_row);
  scenario->periods = gtk_spin_button_get_value_as_int (self->periods_spin);
  ok &= read_date (self, &scenario->start);

  ok &= mu_scenario_page_collect_partners (self, scenario);

  scenario->financing.enabled = adw_expander_row_get_enable_expansion (self->financing_row);
  /* Financing never opened is kept as it was. */
  if (scenario->financing.enabled && scenario->partners->len >= 2 && self->bank_row != NULL)
    {
      MuFinancing *f = &scenario->financing;
      guint bank = adw_combo_row_get_selected (self->bank_row);

      if (bank < scenario->partners->len)
        {
          g_free (f->bank_id);
          f->bank_id = g_strdup (mu_scenario_get_partner (scenario, bank)->id);
        }
      mu_scenario_page_collect_buyers (self, scenario);
      f->installments = gtk_spin_button_get_value_as_int (self->installments_spin);
      f->every = gtk_spin_button_get_value_as_int (self->every_spin);
      f->mode = adw_combo_row_get_selected (self->mode_row);
      f->object = adw_combo_row_get_selected (self->object_row);
      f->unit_price = adw_combo_row_get_selected (self->price_row);
      ok &= read_percent (self, self->depreciation_row, -MU_PERCENT_100 + 1, MU_PERCENT_100 - 1, &f->depreciation);
      ok &= read_percent (self, self->rent_row, 0, MU_PERCENT_100, &f->rent);
      f->buyout_binding = gtk_switch_get_active (self->binding_switch);
      f->late_interest = gtk_switch_get_active (self->late_switch);
    }
  else if (scenario->partners->len < 2)
    scenario->financing.enabled = FALSE;

  g_array_set_size (scenario->profit.series, 0);
  ok &= read_series (self, exponent, scenario->profit.series);
  scenario->profit.is_series = scenario->profit.series->len > 0;
  ok &= read_amount (self, self->profit_row, exponent, TRUE, &scenario->profit.per_period);
  ok &= read_percent (self, self->growth_row, -MU_PERCENT_100 + 1, 100 * MU_PERCENT_100, &scenario->profit.growth);

  scenario->balance.enabled = adw_expander_row_get_enable_expansion (self->balance_row);
  /* Amounts typed under one currency are read again under another: a
   * balance sheet never opened is opened now and read. */
  if (scenario->balance.enabled && exponent != mu_scenario_get_exponent (self->scenario))
    mu_scenario_page_ensure_balance (self);
  if (scenario->balance.enabled && self->total_assets_row != NULL)
    {
      ok &= read_amount (self, self->total_assets_row, exponent, FALSE, &scenario->balance.total_assets);
      ok &= read_amount (self, self->cash_row, exponent, FALSE, &scenario->balance.cash);
      ok &= read_amount (self, self->receivables_row, exponent, FALSE, &scenario->balance.receivables);
      scenario->balance.certificates = gtk_switch_get_active (self->certificates_switch);
    }

  if (!ok)
    return NULL;

  /* What no single field can say: the whole must hang together. */
  if (!mu_scenario_validate (scenario, &invalid))
    {
      mu_scenario_page_check_field (self, GTK_WIDGET (self->error_label), FALSE, invalid->message);
      gtk_widget_remove_css_class (GTK_WIDGET (self->error_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
      return NULL;
    }
  return g_steal_pointer (&scenario);
}

