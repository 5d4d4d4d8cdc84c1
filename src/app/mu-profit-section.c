/* mu-profit-section.c — the expected profit, per period or as a series
 *
 * A first period's profit and its growth, or one figure a period; a
 * series, when there is one, is what the engine uses.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>

#include "mu-input.h"
#include "mu-profit-section.h"

struct _MuProfitSection
{
  MuSection    parent_instance;

  AdwEntryRow *profit_row;
  AdwEntryRow *growth_row;
  AdwEntryRow *series_row;
};

G_DEFINE_FINAL_TYPE (MuProfitSection, mu_profit_section, MU_TYPE_SECTION)

static gboolean
read_profit (MuScenario *scenario,
             const char *text,
             gpointer    data,
             char      **message)
{
  return mu_input_parse_amount (text, mu_scenario_get_exponent (scenario), TRUE, &scenario->profit.per_period,
                                message);
}

static char *
show_profit (const MuScenario *scenario,
             gpointer          data)
{
  return mu_input_format_amount (scenario->profit.per_period, mu_scenario_get_exponent (scenario));
}

static gboolean
read_growth (MuScenario *scenario,
             const char *text,
             gpointer    data,
             char      **message)
{
  return mu_input_parse_percent (text, -MU_PERCENT_100 + 1, 100 * MU_PERCENT_100, &scenario->profit.growth, message);
}

static char *
show_growth (const MuScenario *scenario,
             gpointer          data)
{
  return mu_input_format_percent (scenario->profit.growth);
}

/* "100; 120; −30": one figure a period, a trailing ";" welcome. An empty
 * field is no series. */
static gboolean
read_series (MuScenario *scenario,
             const char *text,
             gpointer    data,
             char      **message)
{
  g_auto(GStrv) parts = g_strsplit (text, ";", -1);
  guint exponent = mu_scenario_get_exponent (scenario);
  GArray *series = scenario->profit.series;

  g_array_set_size (series, 0);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *problem = NULL;
      MuMoney value;

      if (g_strstrip (parts[i])[0] == '\0' && parts[i + 1] == NULL)
        break;
      if (!mu_input_parse_amount (parts[i], exponent, TRUE, &value, &problem))
        {
          *message = g_strdup_printf (_("Figure %u: %s"), i + 1, problem);
          return FALSE;
        }
      g_array_append_val (series, value);
    }
  scenario->profit.is_series = series->len > 0;
  return TRUE;
}

static char *
show_series (const MuScenario *scenario,
             gpointer          data)
{
  GString *text = g_string_new (NULL);
  guint exponent = mu_scenario_get_exponent (scenario);

  for (guint t = 0; scenario->profit.is_series && t < scenario->profit.series->len; t++)
    {
      g_autofree char *value = mu_input_format_amount (g_array_index (scenario->profit.series, MuMoney, t), exponent);

      g_string_append_printf (text, "%s%s", t > 0 ? "; " : "", value);
    }
  return g_string_free (text, FALSE);
}

/* A new currency or number of periods shows in these fields too. */
static void
on_changed (MuProfitSection *self)
{
  mu_section_refresh_fields (MU_SECTION (self));
}

static void
mu_profit_section_class_init (MuProfitSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/musharaka/Musharaka/mu-profit-section.ui");
  gtk_widget_class_bind_template_child (widget_class, MuProfitSection, profit_row);
  gtk_widget_class_bind_template_child (widget_class, MuProfitSection, growth_row);
  gtk_widget_class_bind_template_child (widget_class, MuProfitSection, series_row);
}

static void
mu_profit_section_init (MuProfitSection *self)
{
  MuSection *section = MU_SECTION (self);

  gtk_widget_init_template (GTK_WIDGET (self));
  mu_section_add_field (section, GTK_WIDGET (self->profit_row), "profit.per_period", read_profit, show_profit, NULL,
                        NULL);
  mu_section_add_field (section, GTK_WIDGET (self->growth_row), "profit.growth", read_growth, show_growth, NULL, NULL);
  mu_section_add_field (section, GTK_WIDGET (self->series_row), "profit.series", read_series, show_series, NULL, NULL);
  mu_section_watch (section, MU_DOCUMENT_PROFIT, G_CALLBACK (on_changed));
  mu_section_watch (section, MU_DOCUMENT_GENERAL, G_CALLBACK (on_changed));
}

MuProfitSection *
mu_profit_section_new (void)
{
  return g_object_new (MU_TYPE_PROFIT_SECTION, NULL);
}
