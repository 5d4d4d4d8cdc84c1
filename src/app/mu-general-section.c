/* mu-general-section.c — the scenario's name, school, currency and dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-currency.h"
#include "mu-general-section.h"
#include "mu-input.h"

struct _MuGeneralSection
{
  MuSection       parent_instance;

  AdwEntryRow    *name_row;
  AdwComboRow    *school_row;
  AdwEntryRow    *currency_row;
  AdwEntryRow    *start_row;
  GtkMenuButton  *calendar_button;
  GtkCalendar    *calendar;  /* NULL until first asked for */
  AdwComboRow    *period_row;
  GtkSpinButton  *periods_spin;
  gboolean        loading;
};

G_DEFINE_FINAL_TYPE (MuGeneralSection, mu_general_section, MU_TYPE_SECTION)

static const char * const school_labels[] = { N_("Hanafi"), N_("Shafi‘i"), N_("Maliki"), N_("Hanbali"), NULL };
static const char * const period_labels[] = { N_("Month"), N_("Quarter"), N_("Half-year"), N_("Year"), NULL };

static gboolean
read_name (MuScenario *scenario,
           const char *text,
           gpointer    data,
           char      **message)
{
  g_autofree char *name = g_strstrip (g_strdup (text));

  if (name[0] == '\0')
    {
      *message = g_strdup (_("A scenario needs a name."));
      return FALSE;
    }
  g_free (scenario->name);
  scenario->name = g_steal_pointer (&name);
  return TRUE;
}

static char *
show_name (const MuScenario *scenario,
           gpointer          data)
{
  return g_strdup (scenario->name);
}

/* A new currency keeps every amount's decimal value: 500.00 RUB is
 * 500.000 KWD. */
static gboolean
read_currency (MuScenario *scenario,
               const char *text,
               gpointer    data,
               char      **message)
{
  g_autofree char *typed = g_strstrip (g_strdup (text));
  g_autofree char *code = g_ascii_strup (typed, -1);
  g_autoptr(GError) error = NULL;

  if (mu_currency_lookup (code) == NULL)
    {
      *message = g_strdup (_("Enter a currency code such as RUB, USD, SAR or KWD."));
      return FALSE;
    }
  if (!mu_scenario_set_currency (scenario, code, &error))
    {
      *message = mu_field_sentence (error->message);
      return FALSE;
    }
  return TRUE;
}

static char *
show_currency (const MuScenario *scenario,
               gpointer          data)
{
  return g_strdup (scenario->currency);
}

static gboolean
read_start (MuScenario *scenario,
            const char *text,
            gpointer    data,
            char      **message)
{
  return mu_input_parse_date (text, &scenario->start, message);
}

static char *
show_start (const MuScenario *scenario,
            gpointer          data)
{
  return mu_input_format_date (&scenario->start);
}

static gboolean
read_periods (MuScenario *scenario,
              const char *text,
              gpointer    data,
              char      **message)
{
  g_autofree char *typed = g_strstrip (g_strdup (text));
  guint64 periods;

  if (!g_ascii_string_to_unsigned (typed, 10, 1, MU_MAX_PERIODS, &periods, NULL))
    {
      *message = g_strdup_printf (_("Enter a whole number from 1 to %u."), MU_MAX_PERIODS);
      return FALSE;
    }
  mu_scenario_set_periods (scenario, periods);
  return TRUE;
}

static char *
show_periods (const MuScenario *scenario,
              gpointer          data)
{
  return g_strdup_printf ("%u", scenario->periods);
}

static void
on_choice (MuGeneralSection *self,
           GParamSpec       *pspec,
           AdwComboRow      *row)
{
  MuScenarioDocument *document = mu_section_get_document (MU_SECTION (self));
  MuScenario *edited;

  if (self->loading || document == NULL)
    return;
  edited = mu_scenario_document_dup_scenario (document);
  if (row == self->school_row)
    edited->school = adw_combo_row_get_selected (row);
  else
    edited->period = adw_combo_row_get_selected (row);
  mu_section_apply (MU_SECTION (self), row == self->school_row ? "school" : "period", edited);
}

/* A day picked in the calendar is typed for the user, as the locale
 * writes it. */
static void
on_day_selected (GtkCalendar      *calendar,
                 MuGeneralSection *self)
{
  g_autoptr(GDateTime) picked = gtk_calendar_get_date (calendar);
  g_autofree char *text = NULL;
  GDate date;

  if (self->loading)
    return;
  g_date_set_dmy (&date, g_date_time_get_day_of_month (picked), g_date_time_get_month (picked),
                  g_date_time_get_year (picked));
  text = mu_input_format_date (&date);
  gtk_editable_set_text (GTK_EDITABLE (self->start_row), text);
  gtk_menu_button_popdown (self->calendar_button);
}

/* The calendar shows the start date. */
static void
show_start_in_calendar (MuGeneralSection *self)
{
  const MuScenario *s = mu_scenario_document_get_scenario (mu_section_get_document (MU_SECTION (self)));
  g_autoptr(GDateTime) start = g_date_time_new_local (g_date_get_year (&s->start), g_date_get_month (&s->start),
                                                      g_date_get_day (&s->start), 0, 0, 0);

  if (start == NULL)
    return;
  self->loading = TRUE;
  gtk_calendar_select_day (self->calendar, start);
  self->loading = FALSE;
}

/* The calendar is made the first time it is asked for: forty-odd
 * buttons the first frame does not wait for. */
static void
create_calendar (GtkMenuButton *button,
                 gpointer       data)
{
  MuGeneralSection *self = data;
  GtkWidget *popover;

  if (self->calendar == NULL)
    {
      popover = gtk_popover_new ();
      self->calendar = GTK_CALENDAR (gtk_calendar_new ());
      gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->calendar));
      g_signal_connect_object (self->calendar, "day-selected", G_CALLBACK (on_day_selected), self, 0);
      gtk_menu_button_set_popover (button, popover);
    }
  show_start_in_calendar (self);
}

static void
mu_general_section_load (MuSection *section)
{
  MuGeneralSection *self = MU_GENERAL_SECTION (section);
  const MuScenario *s = mu_scenario_document_get_scenario (mu_section_get_document (section));

  self->loading = TRUE;
  if (adw_combo_row_get_selected (self->school_row) != s->school)
    adw_combo_row_set_selected (self->school_row, s->school);
  if (adw_combo_row_get_selected (self->period_row) != s->period)
    adw_combo_row_set_selected (self->period_row, s->period);
  self->loading = FALSE;
}

static void
on_general_changed (MuGeneralSection *self)
{
  mu_general_section_load (MU_SECTION (self));
  mu_section_refresh_fields (MU_SECTION (self));
}

/* The choices are no text fields: found by their own paths. */
static GtkWidget *
mu_general_section_find (MuSection  *section,
                         const char *path)
{
  MuGeneralSection *self = MU_GENERAL_SECTION (section);
  MuField *field;

  if (g_str_equal (path, "school"))
    return GTK_WIDGET (self->school_row);
  if (g_str_equal (path, "period"))
    return GTK_WIDGET (self->period_row);
  field = mu_section_find_field (section, path);
  return field != NULL ? mu_field_get_row (field) : NULL;
}

static void
mu_general_section_class_init (MuGeneralSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  MU_SECTION_CLASS (klass)->load = mu_general_section_load;
  MU_SECTION_CLASS (klass)->find = mu_general_section_find;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/musharaka/Musharaka/mu-general-section.ui");
  gtk_widget_class_bind_template_child (widget_class, MuGeneralSection, name_row);
  gtk_widget_class_bind_template_child (widget_class, MuGeneralSection, school_row);
  gtk_widget_class_bind_template_child (widget_class, MuGeneralSection, currency_row);
  gtk_widget_class_bind_template_child (widget_class, MuGeneralSection, start_row);
  gtk_widget_class_bind_template_child (widget_class, MuGeneralSection, calendar_button);
  gtk_widget_class_bind_template_child (widget_class, MuGeneralSection, period_row);
  gtk_widget_class_bind_template_child (widget_class, MuGeneralSection, periods_spin);
}

static void
mu_general_section_init (MuGeneralSection *self)
{
  MuSection *section = MU_SECTION (self);

  gtk_widget_init_template (GTK_WIDGET (self));
  mu_section_set_labels (self->school_row, school_labels);
  mu_section_set_labels (self->period_row, period_labels);

  mu_section_add_field (section, GTK_WIDGET (self->name_row), "name", read_name, show_name, NULL, NULL);
  mu_section_add_field (section, GTK_WIDGET (self->currency_row), "currency", read_currency, show_currency, NULL,
                        NULL);
  mu_section_add_field (section, GTK_WIDGET (self->start_row), "start", read_start, show_start, NULL, NULL);
  mu_section_add_field (section, GTK_WIDGET (self->periods_spin), "periods", read_periods, show_periods, NULL, NULL);
  g_signal_connect_object (self->school_row, "notify::selected", G_CALLBACK (on_choice), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->period_row, "notify::selected", G_CALLBACK (on_choice), self, G_CONNECT_SWAPPED);
  gtk_menu_button_set_create_popup_func (self->calendar_button, create_calendar, self, NULL);
  mu_section_watch (section, MU_DOCUMENT_GENERAL, G_CALLBACK (on_general_changed));
}

MuGeneralSection *
mu_general_section_new (void)
{
  return g_object_new (MU_TYPE_GENERAL_SECTION, NULL);
}
