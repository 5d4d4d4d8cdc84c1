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
#include "mu-partner-row.h"
#include "mu-scenario-page-private.h"

static void
on_period_activated (MuChartView    *chart,
                     guint           period,
                     MuScenarioPage *self)
{
  mu_scenario_page_select_period (self, period);
}

/* The icon a finding's severity shows as, and its @name for a screen
 * reader. */
static const char *
severity_icon (MuSeverity   severity,
               const char **name)
{
  switch (severity)
    {
    case MU_SEVERITY_ERROR:
      *name = _("Error");
      return "dialog-error-symbolic";
    case MU_SEVERITY_WARNING:
      *name = _("Warning");
      return "dialog-warning-symbolic";
    case MU_SEVERITY_INFO:
    default:
      *name = _("Note");
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
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("object-select-symbolic"));
      gtk_list_box_append (self->findings_list, row);
      return;
    }

  for (guint i = 0; i < self->result->findings->len; i++)
    {
      const MuFinding *finding = g_ptr_array_index (self->result->findings, i);
      GtkWidget *row = adw_action_row_new ();
      const char *severity;
      GtkWidget *icon = gtk_image_new_from_icon_name (severity_icon (finding->severity, &severity));
      g_autofree char *message = g_markup_escape_text (finding->message, -1);
      g_autofree char *source = g_markup_escape_text (finding->source, -1);
      g_autofree char *subtitle = g_strdup_printf ("%s\n<small>%s</small>", message, source);

      gtk_widget_add_css_class (icon, finding->severity == MU_SEVERITY_ERROR ? "error"
                                      : finding->severity == MU_SEVERITY_WARNING ? "warning" : "accent");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), mu_rule_get_title (finding->rule));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      /* The severity a sighted reader takes from the icon. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, severity, -1);
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

/* A row focused from a finding may sit in expanders that open with an
 * animation. The editors follow it frame by frame until every one of them
 * has finished opening, then once more after the layout that puts the row
 * where it stays, and stop: the end is where the row is, not how many
 * frames a busy machine manages to draw. The clock only stops a follow
 * that would otherwise never end. */
#define FOLLOW_MAX_USEC (10 * G_TIME_SPAN_SECOND)

typedef struct
{
  MuScenarioPage *page;
  GWeakRef        target;
  gint64          until;
  gboolean        settled; /* the expanders around it had stopped moving at the last tick */
} Follow;

static void
follow_free (gpointer data)
{
  Follow *follow = data;

  follow->page->follow_tick = 0;
  g_weak_ref_clear (&follow->target);
  g_free (follow);
}

/* Whether every expander @row sits in is done opening or closing: an
 * AdwExpanderRow shows its rows in a GtkRevealer, whose child-revealed
 * reaches reveal-child when its animation ends. */
static gboolean
expanders_settled (GtkWidget *row)
{
  for (GtkWidget *parent = gtk_widget_get_parent (row); parent != NULL; parent = gtk_widget_get_parent (parent))
    if (GTK_IS_REVEALER (parent) &&
        gtk_revealer_get_child_revealed (GTK_REVEALER (parent)) != gtk_revealer_get_reveal_child (GTK_REVEALER (parent)))
      return FALSE;
  return TRUE;
}

static gboolean
follow_row (GtkWidget     *scroll,
            GdkFrameClock *clock,
            gpointer       data)
{
  Follow *follow = data;
  g_autoptr(GtkWidget) target = g_weak_ref_get (&follow->target);
  GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroll));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroll));
  double value = gtk_adjustment_get_value (adjustment);
  graphene_rect_t bounds;
  gboolean moved;
  double top;

  if (target == NULL || content == NULL || !gtk_widget_compute_bounds (target, content, &bounds))
    return G_SOURCE_REMOVE;
  /* Closed again by the user before it was reached: nothing to follow. */
  if (follow->settled && !gtk_widget_get_mapped (target))
    return G_SOURCE_REMOVE;

  /* Where the row is in the viewport, plus how far it is scrolled: where
   * it is on the adjustment's scale. The bounds are those of the last
   * frame's layout. */
  top = bounds.origin.y + value;
  gtk_adjustment_clamp_page (adjustment, top, top + bounds.size.height);
  moved = ABS (gtk_adjustment_get_value (adjustment) - value) >= 0.5;

  /* Laid out with the expanders open and left in view as it was: the row
   * is where it stays. */
  if ((follow->settled && !moved) || gdk_frame_clock_get_frame_time (clock) >= follow->until)
    return G_SOURCE_REMOVE;
  /* This frame's layout comes after this tick: with the expanders still
   * now, the next tick sees the row where it ends up. */
  follow->settled = expanders_settled (target);
  return G_SOURCE_CONTINUE;
}

static void
focus_row (MuScenarioPage *self,
           GtkWidget      *row)
{
  GtkWidget *parent;
  Follow *follow;

  /* Open the expanders it sits in, then give it the keyboard. */
  for (parent = gtk_widget_get_parent (row); parent != NULL; parent = gtk_widget_get_parent (parent))
    if (ADW_IS_EXPANDER_ROW (parent))
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (parent), TRUE);
  gtk_widget_set_visible (row, TRUE);
  gtk_widget_grab_focus (row);

  if (self->follow_tick != 0)
    gtk_widget_remove_tick_callback (self->editors_scroll, self->follow_tick);
  follow = g_new0 (Follow, 1);
  follow->page = self;
  /* The whole row in view, not only the button in it. */
  g_weak_ref_init (&follow->target, GTK_IS_LIST_BOX_ROW (row) ? row : gtk_widget_get_ancestor (row, GTK_TYPE_LIST_BOX_ROW));
  follow->until = g_get_monotonic_time () + FOLLOW_MAX_USEC;
  self->follow_tick = gtk_widget_add_tick_callback (self->editors_scroll, follow_row, follow, follow_free);
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
      /* A forbidden term: its button, which removes it. */
      if (rest != NULL && g_str_has_prefix (rest, ".loss_share") && gtk_widget_get_visible (GTK_WIDGET (w->loss)))
        focus_row (self, mu_partner_row_get_editor (MU_PARTNER_ROW (w->row), "remove_loss_button"));
      else if (rest != NULL && g_str_has_prefix (rest, ".guaranteed_return") &&
               gtk_widget_get_visible (GTK_WIDGET (w->guarantee)))
        focus_row (self, mu_partner_row_get_editor (MU_PARTNER_ROW (w->row), "remove_guarantee_button"));
      else if (rest != NULL && g_str_has_prefix (rest, ".profit_share"))
        focus_row (self, adw_combo_row_get_selected (w->share_mode) == 1 ? GTK_WIDGET (w->share) : GTK_WIDGET (w->share_mode));
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

              focus_row (self, GTK_WIDGET (g_str_has_suffix (rest, ".name") ? a->name : a->value));
            }
          else
            focus_row (self, GTK_WIDGET (w->cash));
        }
      else
        focus_row (self, GTK_WIDGET (w->name));
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
      focus_row (self, target);
      return TRUE;
    }

  if (g_str_has_prefix (field, "balance"))
    {
      mu_scenario_page_ensure_balance (self);
      focus_row (self, GTK_WIDGET (self->total_assets_row));
    }
  else if (g_str_has_prefix (field, "profit"))
    focus_row (self, GTK_WIDGET (self->profit_row));
  else if (g_str_equal (field, "currency"))
    focus_row (self, GTK_WIDGET (self->currency_row));
  else if (g_str_equal (field, "start"))
    focus_row (self, GTK_WIDGET (self->start_row));
  else if (g_str_equal (field, "periods"))
    focus_row (self, GTK_WIDGET (self->periods_spin));
  else
    focus_row (self, GTK_WIDGET (self->name_row));
  return TRUE;
}
