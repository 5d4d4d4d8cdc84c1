/* mu-preferences-page.c — what new scenarios start with, and the
 * business's details its claim letters give
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-resources.h"

#include "mu-currency.h"
#include "mu-preferences-page.h"
#include "mu-scenario.h"

struct _MuPreferencesPage
{
  AdwPreferencesPage parent_instance;

  AdwEntryRow *currency_row;
  AdwComboRow *school_row;
  AdwComboRow *period_row;
  AdwEntryRow *creditor_name_row;
  AdwEntryRow *creditor_tax_number_row;
  AdwEntryRow *creditor_address_row;
  AdwEntryRow *creditor_bank_row;
  AdwEntryRow *creditor_signatory_row;
  GSettings   *settings;
};

G_DEFINE_FINAL_TYPE (MuPreferencesPage, mu_preferences_page, ADW_TYPE_PREFERENCES_PAGE)

static void
on_currency_changed (AdwEntryRow         *row,
                     MuPreferencesPage *self)
{
  g_autofree char *code = g_ascii_strup (gtk_editable_get_text (GTK_EDITABLE (row)), -1);

  if (mu_currency_lookup (code) != NULL)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
      g_settings_set_string (self->settings, "default-currency", code);
    }
  else
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
}

static void
on_school_changed (AdwComboRow         *row,
                   GParamSpec          *pspec,
                   MuPreferencesPage *self)
{
  g_settings_set_string (self->settings, "default-school",
                         mu_enum_to_string (MU_ENUM_SCHOOL, adw_combo_row_get_selected (row)));
}

static void
on_period_changed (AdwComboRow         *row,
                   GParamSpec          *pspec,
                   MuPreferencesPage *self)
{
  g_settings_set_string (self->settings, "default-period",
                         mu_enum_to_string (MU_ENUM_PERIOD_LENGTH, adw_combo_row_get_selected (row)));
}

static void
mu_preferences_page_dispose (GObject *object)
{
  MuPreferencesPage *self = MU_PREFERENCES_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MU_TYPE_PREFERENCES_PAGE);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (mu_preferences_page_parent_class)->dispose (object);
}

static void
mu_preferences_page_class_init (MuPreferencesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* From a static library the resources are linked in only if referred
   * to; their constructor registers them. */
  (void) mu_get_resource ();

  object_class->dispose = mu_preferences_page_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/musharaka/Musharaka/mu-preferences-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MuPreferencesPage, currency_row);
  gtk_widget_class_bind_template_child (widget_class, MuPreferencesPage, school_row);
  gtk_widget_class_bind_template_child (widget_class, MuPreferencesPage, period_row);
  gtk_widget_class_bind_template_child (widget_class, MuPreferencesPage, creditor_name_row);
  gtk_widget_class_bind_template_child (widget_class, MuPreferencesPage, creditor_tax_number_row);
  gtk_widget_class_bind_template_child (widget_class, MuPreferencesPage, creditor_address_row);
  gtk_widget_class_bind_template_child (widget_class, MuPreferencesPage, creditor_bank_row);
  gtk_widget_class_bind_template_child (widget_class, MuPreferencesPage, creditor_signatory_row);
}

static void
mu_preferences_page_init (MuPreferencesPage *self)
{
  g_autofree char *currency = NULL;
  g_autofree char *school = NULL;
  g_autofree char *period = NULL;
  int value;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APP_ID);

  currency = g_settings_get_string (self->settings, "default-currency");
  gtk_editable_set_text (GTK_EDITABLE (self->currency_row), currency);
  school = g_settings_get_string (self->settings, "default-school");
  if (mu_enum_from_string (MU_ENUM_SCHOOL, school, &value))
    adw_combo_row_set_selected (self->school_row, value);
  period = g_settings_get_string (self->settings, "default-period");
  if (mu_enum_from_string (MU_ENUM_PERIOD_LENGTH, period, &value))
    adw_combo_row_set_selected (self->period_row, value);

  g_signal_connect (self->currency_row, "changed", G_CALLBACK (on_currency_changed), self);
  g_signal_connect (self->school_row, "notify::selected", G_CALLBACK (on_school_changed), self);
  g_signal_connect (self->period_row, "notify::selected", G_CALLBACK (on_period_changed), self);

  /* The business's details are kept as typed. */
  g_settings_bind (self->settings, "creditor-name", self->creditor_name_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "creditor-tax-number", self->creditor_tax_number_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "creditor-address", self->creditor_address_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "creditor-bank-details", self->creditor_bank_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "creditor-signatory", self->creditor_signatory_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
}

/* The business's details for a claim letter, from the preferences. */
void
mu_preferences_get_creditor (MuCreditor *creditor)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  creditor->name = g_settings_get_string (settings, "creditor-name");
  creditor->tax_number = g_settings_get_string (settings, "creditor-tax-number");
  creditor->address = g_settings_get_string (settings, "creditor-address");
  creditor->bank_details = g_settings_get_string (settings, "creditor-bank-details");
  creditor->signatory = g_settings_get_string (settings, "creditor-signatory");
}

MuPreferencesPage *
mu_preferences_page_new (void)
{
  return g_object_new (MU_TYPE_PREFERENCES_PAGE, NULL);
}
