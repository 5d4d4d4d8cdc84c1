/* mu-scenario-page-results.c — the findings list, and the way to the
 * field each names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "mu-input.h"
#include "mu-scenario-page-private.h"

static void
on_period_activated (MuChartView    *chart,
                     guint           period,
                     MuScenarioPage *self)
{
  mu_scenario_page_select_period (self, period);
}

static const char *
severity_icon (MuSeverity severity)
{
  switch (severity)
    {
    case MU_SEVERITY_ERROR:
      return "dialog-error-symbolic";
    case MU_SEVERITY_WARNING:
      return "dialog-warning-symbolic";
    case MU_SEVERITY_INFO:
    default:
      return "dialog-information-symbolic";
    }
}

static void
on_finding_activated (GtkListBox     *list,
                      GtkListBoxRow  *row,
                      MuScenarioPage *self)
{
  const char *field = g_object_get_data (G_OBJECT (row), "field");

  if (field != NULL)
    mu_scenario_page_focus_field (self, field);
}

/* What the findings list shows, to tell whether an edit changed it. */
static char *
findings_key (MuScenarioPage *self)
{
  GString *key = g_string_new (NULL);

  if (self->result == NULL)
    return g_string_free (key, FALSE);
  g_string_append_printf (key, "%d\x1f", self->scenario->school);
  for (guint i = 0; i < self->result->findings->len; i++)
    {
      const MuFinding *f = g_ptr_array_index (self->result->findings, i);

      g_string_append_printf (key, "%s\x1f%d\x1f%s\x1f%s\x1f%s\x1e", f->rule, f->severity, f->field, f->message,
                              f->source);
    }
  return g_string_free (key, FALSE);
}

static void
show_findings (MuScenarioPage *self)
{
  g_autofree char *key = findings_key (self);
  GtkWidget *child;

  /* Typing usually leaves the findings as they were: keep their rows. */
  if (g_strcmp0 (key, self->findings_key) == 0)
    return;
  g_free (self->findings_key);
  self->findings_key = g_steal_pointer (&key);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->findings_list))) != NULL)
    gtk_list_box_remove (self->findings_list, child);

  if (self->result == NULL)
    return;

  if (self->result->findings->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_strdup_printf (_("No findings under the %s school"),
                                                mu_school_get_label (self->scenario->school));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("emblem-ok-symbolic"));
      gtk_list_box_append (self->findings_list, row);
      return;
    }

  for (guint i = 0; i < self->result->findings->len; i++)
    {
      const MuFinding *finding = g_ptr_array_index (self->result->findings, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name (severity_icon (finding->severity));
      g_autofree char *message = g_markup_escape_text (finding->message, -1);
      g_autofree char *source = g_markup_escape_text (finding->source, -1);
      g_autofree char *subtitle = g_strdup_printf ("%s\n<small>%s</small>", message, source);

      gtk_widget_add_css_class (icon, finding->severity == MU_SEVERITY_ERROR ? "error"
                                      : finding->severity == MU_SEVERITY_WARNING ? "warning" : "accent");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), mu_rule_get_title (finding->rule));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_tooltip_text (row, _("Go to the field to fix"));
      g_object_set_data_full (G_OBJECT (row), "field", g_strdup (finding->field), g_free);
      gtk_list_box_append (self->findings_list, row);
    }
}

void
mu_scenario_page_show_results (MuScenarioPage *self)
{
  mu_scenario_page_show_schedule (self);
  show_findings (self);
}

void
mu_scenario_page_results_init (MuScenarioPage *self)
{
  mu_scenario_page_schedule_init (self);
  g_signal_connect (self->findings_list, "row-activated", G_CALLBACK (on_finding_activated), self);
  g_signal_connect (self->equity_chart, "period-activated", G_CALLBACK (on_period_activated), self);
  g_signal_connect (self->profit_chart, "period-activated", G_CALLBACK (on_period_activated), self);
}

static void
focus_row (GtkWidget *row)
{
  GtkWidget *parent;

  /* Open the expanders it sits in, then give it the keyboard. */
  for (parent = gtk_widget_get_parent (row); parent != NULL; parent = gtk_widget_get_parent (parent))
    if (ADW_IS_EXPANDER_ROW (parent))
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (parent), TRUE);
  gtk_widget_set_visible (row, TRUE);
  gtk_widget_grab_focus (row);
}

/* Takes the user to the editor of @field, a path as the findings and the
 * exchange files name it: "partners[1].profit_share", "financing.rent". */
gboolean
mu_scenario_page_focus_field (MuScenarioPage *self,
                              const char     *field)
{
  guint index = 0, contribution = 0;
  const char *rest;

  g_return_val_if_fail (MU_IS_SCENARIO_PAGE (self), FALSE);
  g_return_val_if_fail (field != NULL, FALSE);

  if (g_str_has_prefix (field, "partners"))
    {
      PartnerWidgets *w;

      if (sscanf (field, "partners[%u]", &index) != 1)
        index = 0;
      if (index >= self->partners->len)
        return FALSE;
      w = mu_scenario_page_get_partner_widgets (self, index);
      adw_expander_row_set_expanded (w->row, TRUE);
      rest = strchr (field, '.');
      if (rest != NULL && g_str_has_prefix (rest, ".profit_share"))
        focus_row (adw_combo_row_get_selected (w->share_mode) == 1 ? GTK_WIDGET (w->share) : GTK_WIDGET (w->share_mode));
      else if (rest != NULL && sscanf (rest, ".contributions[%u]", &contribution) == 1)
        {
          /* The editors show the cash first, then the assets in order. */
          const MuPartner *partner = mu_scenario_get_partner (self->scenario, index);
          guint asset = 0;

          for (guint j = 0; j < contribution && j < partner->contributions->len; j++)
            asset += g_array_index (partner->contributions, MuContribution, j).kind == MU_CONTRIBUTION_ASSET;
          if (contribution < partner->contributions->len &&
              g_array_index (partner->contributions, MuContribution, contribution).kind == MU_CONTRIBUTION_ASSET &&
              asset < w->assets->len)
            {
              AssetWidgets *a = g_ptr_array_index (w->assets, asset);

              focus_row (GTK_WIDGET (g_str_has_suffix (rest, ".name") ? a->name : a->value));
            }
          else
            focus_row (GTK_WIDGET (w->cash));
        }
      else
        focus_row (GTK_WIDGET (w->name));
      return TRUE;
    }

  if (g_str_has_prefix (field, "financing"))
    {
      GtkWidget *target;

      mu_scenario_page_ensure_financing (self);
      target = GTK_WIDGET (self->financing_row);

      if (g_str_has_suffix (field, "unit_price"))
        target = GTK_WIDGET (self->price_row);
      else if (g_str_has_suffix (field, "buyout_binding"))
        target = GTK_WIDGET (self->binding_switch);
      else if (g_str_has_suffix (field, "late_interest"))
        target = GTK_WIDGET (self->late_switch);
      else if (g_str_has_suffix (field, "rent"))
        target = GTK_WIDGET (self->rent_row);
      else if (g_str_has_suffix (field, "depreciation"))
        target = GTK_WIDGET (self->depreciation_row);
      else if (g_str_has_prefix (field, "financing.buyers"))
        target = GTK_WIDGET (self->buyers_button);
      else if (g_str_equal (field, "financing.bank"))
        target = GTK_WIDGET (self->bank_row);
      else if (g_str_has_suffix (field, "installments"))
        target = GTK_WIDGET (self->installments_spin);
      else if (g_str_has_suffix (field, "every"))
        target = GTK_WIDGET (self->every_spin);
      adw_expander_row_set_expanded (self->financing_row, TRUE);
      focus_row (target);
      return TRUE;
    }

  if (g_str_has_prefix (field, "balance"))
    {
      mu_scenario_page_ensure_balance (self);
      focus_row (GTK_WIDGET (self->total_assets_row));
    }
  else if (g_str_has_prefix (field, "profit"))
    focus_row (GTK_WIDGET (self->profit_row));
  else if (g_str_equal (field, "currency"))
    focus_row (GTK_WIDGET (self->currency_row));
  else if (g_str_equal (field, "start"))
    focus_row (GTK_WIDGET (self->start_row));
  else if (g_str_equal (field, "periods"))
    focus_row (GTK_WIDGET (self->periods_spin));
  else
    focus_row (GTK_WIDGET (self->name_row));
  return TRUE;
}
