/* mu-window-actions.c — what the window's menus, buttons and shortcuts do
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-alert-dialog.h"
#include "mu-chart.h"
#include "mu-compare-window.h"
#include "mu-exchange.h"
#include "mu-file-dialog.h"
#include "mu-library-item.h"
#include "mu-print-operation.h"
#include "mu-report.h"
#include "mu-schedule-csv.h"
#include "mu-field.h"
#include "mu-window-private.h"

static char *
new_scenario (MuWindow  *self,
              GError   **error)
{
  g_autoptr(MuScenario) scenario = mu_scenario_new ();
  g_autofree char *currency = g_settings_get_string (self->settings, "default-currency");
  g_autofree char *school = g_settings_get_string (self->settings, "default-school");
  g_autofree char *period = g_settings_get_string (self->settings, "default-period");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  MuPartner *owner = mu_partner_new ("owner", _("Owner"), MU_PARTNER_OWNER);
  int value;

  g_free (scenario->name);
  scenario->name = g_strdup (_("New scenario"));
  g_strlcpy (scenario->currency, currency, sizeof scenario->currency);
  if (mu_enum_from_string (MU_ENUM_SCHOOL, school, &value))
    scenario->school = value;
  if (mu_enum_from_string (MU_ENUM_PERIOD_LENGTH, period, &value))
    scenario->period = value;
  g_date_set_dmy (&scenario->start, 1, g_date_time_get_month (now), g_date_time_get_year (now));
  /* A round sum to start from: 100 000 in the currency's major units. */
  {
    MuMoney amount = 100000;

    for (guint e = 0; e < mu_scenario_get_exponent (scenario); e++)
      amount *= 10;
    mu_partner_add_cash (owner, amount);
  }
  g_ptr_array_add (scenario->partners, owner);
  return mu_store_save (self->store, NULL, scenario, error);
}

static void
new_activated (GtkWidget  *widget,
               const char *action,
               GVariant   *parameter)
{
  MuWindow *self = MU_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = new_scenario (self, &error);

  if (uuid == NULL)
    {
      mu_window_toast (self, error->message);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  mu_window_reload_list (self);
  mu_window_select (self, uuid);
  mu_scenario_page_focus_field (self->page, "name");
}

static void
duplicate_activated (GtkWidget  *widget,
                     const char *action,
                     GVariant   *parameter)
{
  MuWindow *self = MU_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;

  mu_window_flush (self);
  if ((uuid = mu_store_duplicate (self->store, self->uuid, &error)) == NULL)
    {
      mu_window_toast (self, error->message);
      return;
    }
  mu_window_reload_list (self);
  mu_window_select (self, uuid);
}

static void
on_undo_delete (AdwToast *toast,
                MuWindow *self)
{
  const char *uuid = g_object_get_data (G_OBJECT (toast), "uuid");
  g_autoptr(GError) error = NULL;

  if (!mu_store_undelete (self->store, uuid, &error))
    {
      mu_window_toast (self, error->message);
      return;
    }
  mu_window_reload_list (self);
  mu_trash_view_reload (mu_window_get_trash_view (self));
  mu_window_select (self, uuid);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  MuWindow *self = MU_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = g_strdup (self->uuid);
  g_autofree char *title = NULL;
  AdwToast *toast;
  g_autoptr(MuLibraryItem) first = NULL;

  if (uuid == NULL)
    return;
  mu_window_flush (self);
  {
    g_autofree char *name = g_markup_escape_text (mu_scenario_page_get_scenario (self->page)->name, -1);

    /* Toast titles are markup. */
    title = g_strdup_printf (_("“%s” deleted"), name);
  }
  if (!mu_store_delete (self->store, uuid, &error))
    {
      mu_window_toast (self, error->message);
      return;
    }
  /* Restored, it is read again from the library, with a new history. */
  mu_window_forget_document (self, uuid);
  g_clear_pointer (&self->uuid, g_free);
  mu_window_reload_list (self);
  first = g_list_model_get_item (G_LIST_MODEL (self->library), 0);
  mu_window_select (self, first != NULL ? mu_library_item_get_uuid (first) : NULL);

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "uuid", g_steal_pointer (&uuid), g_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (on_undo_delete), self);
  adw_toast_overlay_add_toast (self->toasts, toast);
  mu_trash_view_reload (mu_window_get_trash_view (self));
}

static void
on_rename_response (GtkWidget  *dialog,
                    const char *response,
                    MuWindow   *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  g_autoptr(GError) error = NULL;

  MuScenario *edited;

  if (g_strcmp0 (response, "rename") != 0 || self->document == NULL)
    return;
  /* A rename is an edit of the name like any other, and undone as one. */
  edited = mu_scenario_document_dup_scenario (self->document);
  g_free (edited->name);
  edited->name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  if (!mu_scenario_document_apply (self->document, "name", edited, &error))
    {
      g_autofree char *sentence = mu_field_sentence (error->message);

      mu_window_toast (self, sentence);
      return;
    }
  mu_scenario_document_seal (self->document);
  mu_window_flush (self);
}

static void
rename_activated (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  MuWindow *self = MU_WINDOW (widget);
  GtkWidget *dialog = mu_alert_dialog_new (_("Rename Scenario"), NULL);
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), mu_scenario_page_get_scenario (self->page)->name);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  mu_alert_dialog_set_extra_child (dialog, entry);
  mu_alert_dialog_add_response (dialog, "cancel", _("_Cancel"));
  mu_alert_dialog_add_response (dialog, "rename", _("_Rename"));
  mu_alert_dialog_set_response_appearance (dialog, "rename", ADW_RESPONSE_SUGGESTED);
  mu_alert_dialog_set_default_response (dialog, "rename");
  mu_alert_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_signal_connect (dialog, "response", G_CALLBACK (on_rename_response), self);
  mu_alert_dialog_present (dialog, GTK_WIDGET (self));
}

void
mu_window_import_file (MuWindow *self,
                       GFile    *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;

  if (path == NULL || (uuid = mu_store_import_file (self->store, path, &error)) == NULL)
    {
      mu_window_toast (self, error != NULL ? error->message : _("The file cannot be read."));
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  mu_window_reload_list (self);
  mu_window_select (self, uuid);
}

static void
on_import_chosen (GFile    *file,
                  gpointer  data)
{
  mu_window_import_file (MU_WINDOW (data), file);
}

static void
import_activated (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  mu_file_dialog_open (GTK_WINDOW (widget), _("Import Scenario"), _("Musharaka scenarios"), "*.musharaka",
                       on_import_chosen, widget);
}

static void
say_saved (MuWindow   *self,
           GFile      *file,
           GError     *error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *message = NULL;

  if (error != NULL)
    mu_window_toast (self, error->message);
  else
    {
      message = g_strdup_printf (_("Saved “%s”"), name);
      mu_window_toast (self, message);
    }
}

static void
on_export_scenario (GFile    *file,
                    gpointer  data)
{
  MuWindow *self = MU_WINDOW (data);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;

  mu_exchange_write_file (mu_scenario_page_get_scenario (self->page), path, &error);
  say_saved (self, file, error);
}

static void
on_export_report (GFile    *file,
                  gpointer  data)
{
  MuWindow *self = MU_WINDOW (data);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  MuChartStyle style;

  mu_chart_style_init (&style, MU_CHART_THEME_LIGHT);
  style.rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  mu_report_write_pdf (mu_scenario_page_get_scenario (self->page), mu_scenario_page_get_result (self->page),
                       &style, mu_paper_for_locale (), path, NULL, &error);
  say_saved (self, file, error);
}

/* The schedule as CSV for a spreadsheet, its columns named for the
 * partners in the user's language; the command line's keeps the ids. */
void
mu_window_export_csv (MuWindow *self,
                      GFile    *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *csv = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (MU_IS_WINDOW (self));
  g_return_if_fail (mu_scenario_page_get_result (self->page) != NULL);

  csv = mu_schedule_csv_write (mu_scenario_page_get_scenario (self->page), mu_scenario_page_get_result (self->page),
                               MU_SCHEDULE_CSV_NAMES);
  g_file_set_contents (path, csv, -1, &error);
  say_saved (self, file, error);
}

static void
on_export_schedule (GFile    *file,
                    gpointer  data)
{
  mu_window_export_csv (MU_WINDOW (data), file);
}

/* The ownership chart, as the file's name asks: PNG, SVG or PDF. */
static void
on_export_chart (GFile    *file,
                 gpointer  data)
{
  MuWindow *self = MU_WINDOW (data);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  MuChartOptions options = { MU_CHART_EQUITY, FALSE, 0, TRUE };
  MuChartStyle style;

  mu_chart_style_init (&style, MU_CHART_THEME_LIGHT);
  style.rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  mu_chart_write_file (path, 960, 540, 2, mu_scenario_page_get_scenario (self->page),
                       mu_scenario_page_get_result (self->page), &style, &options, &error);
  say_saved (self, file, error);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  MuWindow *self = MU_WINDOW (widget);
  const char *name = mu_scenario_page_get_scenario (self->page)->name;
  g_autofree char *suggested = NULL;

  mu_window_flush (self);
  /* Without a schedule there is nothing to draw or list: the page says why. */
  if (mu_scenario_page_get_result (self->page) == NULL && !g_str_equal (action, "win.export-scenario"))
    {
      mu_window_toast (self, _("The scenario cannot be computed as it stands; correct it first."));
      return;
    }
  if (g_str_equal (action, "win.export-scenario"))
    {
      suggested = g_strconcat (name, MU_EXCHANGE_SUFFIX, NULL);
      mu_file_dialog_save (GTK_WINDOW (self), _("Export Scenario"), suggested, on_export_scenario, self);
    }
  else if (g_str_equal (action, "win.export-report"))
    {
      suggested = g_strconcat (name, ".pdf", NULL);
      mu_file_dialog_save (GTK_WINDOW (self), _("Export Report"), suggested, on_export_report, self);
    }
  else if (g_str_equal (action, "win.export-schedule"))
    {
      suggested = g_strconcat (name, ".csv", NULL);
      mu_file_dialog_save (GTK_WINDOW (self), _("Export Schedule"), suggested, on_export_schedule, self);
    }
  else
    {
      suggested = g_strconcat (name, ".png", NULL);
      mu_file_dialog_save (GTK_WINDOW (self), _("Export Chart"), suggested, on_export_chart, self);
    }
}

static void
print_activated (GtkWidget  *widget,
                 const char *action,
                 GVariant   *parameter)
{
  MuWindow *self = MU_WINDOW (widget);
  const MuScenario *scenario = mu_scenario_page_get_scenario (self->page);
  g_autoptr(MuPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  if (scenario == NULL || mu_scenario_page_get_result (self->page) == NULL)
    return;
  operation = mu_print_operation_new (scenario);
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    mu_window_toast (self, error->message);
}

static void
undo_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  MuWindow *self = MU_WINDOW (widget);

  if (mu_window_receivables_undo (self, FALSE))
    return;
  /* In a field whose text is not stored, that text goes first. */
  if (!mu_scenario_page_discard_pending (self->page) && self->document != NULL)
    mu_scenario_document_undo (self->document);
}

static void
redo_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  MuWindow *self = MU_WINDOW (widget);

  if (!mu_window_receivables_undo (self, TRUE) && self->document != NULL)
    mu_scenario_document_redo (self->document);
}

static void
compare_activated (GtkWidget  *widget,
                   const char *action,
                   GVariant   *parameter)
{
  MuWindow *self = MU_WINDOW (widget);

  mu_window_flush (self);
  gtk_window_present (GTK_WINDOW (mu_compare_window_new (GTK_WINDOW (self), self->store, self->uuid)));
}

static void
back_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  mu_window_show_sidebar (MU_WINDOW (widget));
}

static void
search_activated (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  MuWindow *self = MU_WINDOW (widget);

  mu_window_show_sidebar (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
mu_window_actions_class_init (GtkWidgetClass *widget_class)
{
  static const char * const exports[] = { "win.export-scenario", "win.export-report",
                                          "win.export-schedule", "win.export-chart" };

  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "win.duplicate", NULL, duplicate_activated);
  gtk_widget_class_install_action (widget_class, "win.rename", NULL, rename_activated);
  gtk_widget_class_install_action (widget_class, "win.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_activated);
  gtk_widget_class_install_action (widget_class, "win.compare", NULL, compare_activated);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_activated);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_activated);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_activated);
  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    gtk_widget_class_install_action (widget_class, exports[i], NULL, export_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_CONTROL_MASK, "win.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
}
