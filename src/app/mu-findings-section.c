/* mu-findings-section.c — what the rules found in the scenario, each
 * finding a way to the field it names
 *
 * A row a finding, with its severity, its rule, what to do and the text
 * behind it; activated, it emits "field-activated" with the path of the
 * field to fix, and the page takes the user there. With nothing found
 * the list says so under the scenario's school; when the engine refuses
 * the scenario it says why, since there is then no result to check.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-findings-section.h"
#include "mu-resources.h"

struct _MuFindingsSection
{
  MuSection   parent_instance;

  GtkListBox *list;

  char       *key;  /* what the list shows, to tell whether a result changed it */
};

G_DEFINE_FINAL_TYPE (MuFindingsSection, mu_findings_section, MU_TYPE_SECTION)

enum {
  FIELD_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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

static const char *
severity_class (MuSeverity severity)
{
  switch (severity)
    {
    case MU_SEVERITY_ERROR:
      return "error";
    case MU_SEVERITY_WARNING:
      return "warning";
    case MU_SEVERITY_INFO:
    default:
      return "accent";
    }
}

/* What the list shows for the document as it is. */
static char *
findings_key (MuScenarioDocument *document)
{
  GString *key = g_string_new (NULL);
  MuResult *result = mu_scenario_document_get_result (document);
  const GError *problem = mu_scenario_document_get_problem (document);

  if (result == NULL)
    {
      g_string_append_printf (key, "\x1d%s", problem != NULL ? problem->message : "");
      return g_string_free (key, FALSE);
    }
  g_string_append_printf (key, "%d\x1f", mu_scenario_document_get_scenario (document)->school);
  for (guint i = 0; i < result->findings->len; i++)
    {
      const MuFinding *f = g_ptr_array_index (result->findings, i);

      g_string_append_printf (key, "%s\x1f%d\x1f%s\x1f%s\x1f%s\x1e", f->rule, f->severity, f->field, f->message,
                              f->source);
    }
  return g_string_free (key, FALSE);
}

static GtkWidget *
new_finding_row (const MuFinding *finding)
{
  GtkWidget *row = adw_action_row_new ();
  const char *severity;
  GtkWidget *icon = gtk_image_new_from_icon_name (severity_icon (finding->severity, &severity));
  g_autofree char *message = g_markup_escape_text (finding->message, -1);
  g_autofree char *source = g_markup_escape_text (finding->source, -1);
  g_autofree char *subtitle = g_strdup_printf ("%s\n<small>%s</small>", message, source);

  gtk_widget_add_css_class (icon, severity_class (finding->severity));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), mu_rule_get_title (finding->rule));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  /* The severity a sighted reader takes from the icon. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, severity, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("Go to the field to fix"));
  g_object_set_data_full (G_OBJECT (row), "field", g_strdup (finding->field), g_free);
  return row;
}

static GtkWidget *
new_clean_row (MuSchool school)
{
  GtkWidget *row = adw_action_row_new ();
  /* Translators: %s is a school of fiqh, as in “No findings under the
   * Hanafi school”. */
  g_autofree char *title = g_strdup_printf (_("No findings under the %s school"), mu_school_get_label (school));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("object-select-symbolic"));
  return row;
}

/* The engine refused the scenario: there is nothing to check, and the
 * reason is what the user has to fix. */
static GtkWidget *
new_problem_row (const GError *problem)
{
  GtkWidget *row = adw_action_row_new ();
  const char *severity;
  GtkWidget *icon = gtk_image_new_from_icon_name (severity_icon (MU_SEVERITY_ERROR, &severity));

  /* The message may quote what the user typed: “Smith & Sons”. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), problem->message);
  gtk_widget_add_css_class (icon, severity_class (MU_SEVERITY_ERROR));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, severity, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  return row;
}

static void
show_findings (MuFindingsSection *self)
{
  MuScenarioDocument *document = mu_section_get_document (MU_SECTION (self));
  MuResult *result = mu_scenario_document_get_result (document);
  const GError *problem = mu_scenario_document_get_problem (document);
  g_autofree char *key = findings_key (document);
  GtkWidget *child;

  /* Typing usually leaves the findings as they were: keep their rows. */
  if (g_strcmp0 (key, self->key) == 0)
    return;
  g_free (self->key);
  self->key = g_steal_pointer (&key);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  if (result == NULL)
    {
      if (problem != NULL)
        gtk_list_box_append (self->list, new_problem_row (problem));
      return;
    }
  if (result->findings->len == 0)
    {
      gtk_list_box_append (self->list, new_clean_row (mu_scenario_document_get_scenario (document)->school));
      return;
    }
  for (guint i = 0; i < result->findings->len; i++)
    gtk_list_box_append (self->list, new_finding_row (g_ptr_array_index (result->findings, i)));
}

/* The findings follow the result, and the school it is checked under. */
static void
on_document_changed (MuFindingsSection *self)
{
  show_findings (self);
}

static void
on_row_activated (GtkListBox        *list,
                  GtkListBoxRow     *row,
                  MuFindingsSection *self)
{
  const char *field = g_object_get_data (G_OBJECT (row), "field");

  if (field != NULL)
    g_signal_emit (self, signals[FIELD_ACTIVATED], 0, field);
}

static void
mu_findings_section_finalize (GObject *object)
{
  MuFindingsSection *self = MU_FINDINGS_SECTION (object);

  g_clear_pointer (&self->key, g_free);
  G_OBJECT_CLASS (mu_findings_section_parent_class)->finalize (object);
}

static void
mu_findings_section_load (MuSection *section)
{
  show_findings (MU_FINDINGS_SECTION (section));
}

static void
mu_findings_section_class_init (MuFindingsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* From a static library the resources are linked in only if referred
   * to; their constructor registers them. */
  (void) mu_get_resource ();

  object_class->finalize = mu_findings_section_finalize;
  MU_SECTION_CLASS (klass)->load = mu_findings_section_load;

  /* A finding was activated: the path of the field that fixes it, as
   * "partners[1].profit_share". */
  signals[FIELD_ACTIVATED] = g_signal_new ("field-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/musharaka/Musharaka/mu-findings-section.ui");
  gtk_widget_class_bind_template_child (widget_class, MuFindingsSection, list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
}

static void
mu_findings_section_init (MuFindingsSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  mu_section_watch (MU_SECTION (self), MU_DOCUMENT_RESULT, G_CALLBACK (on_document_changed));
  mu_section_watch (MU_SECTION (self), MU_DOCUMENT_GENERAL, G_CALLBACK (on_document_changed));
}

MuFindingsSection *
mu_findings_section_new (void)
{
  return g_object_new (MU_TYPE_FINDINGS_SECTION, NULL);
}

/* The list of findings, for the tests. */
GtkListBox *
mu_findings_section_get_list (MuFindingsSection *self)
{
  g_return_val_if_fail (MU_IS_FINDINGS_SECTION (self), NULL);
  return self->list;
}
