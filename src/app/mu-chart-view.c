/* mu-chart-view.c — a chart of the scenario in the window
 *
 * A thin view: the chart code draws, the widget only hands it the style's
 * colours, maps the pointer to a period and says what the chart shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "mu-chart-view.h"
#include "mu-input.h"

struct _MuChartView
{
  GtkWidget         parent_instance;

  MuChartKind       kind;
  gboolean          money;
  guint             period;      /* selected, 1-based; 0 none */
  const MuScenario *scenario;    /* borrowed from the document */
  MuResult         *result;      /* a reference of its result */
  MuChartGeometry   geometry;    /* of the last drawing */
  char             *font_family; /* from GtkSettings:gtk-font-name */

  /* The chart as last drawn: drawn again only when what it shows
   * changes, not for every frame it is in. */
  GdkTexture       *texture;
  int               texture_width;
  int               texture_height;
  int               texture_scale;

  struct _Drawing  *drawing;     /* the next one, begun on a worker thread */
};

/* A drawing of the chart begun on a worker thread as soon as the data
 * changes: while the window waits for its next frame, the chart is
 * drawn. The worker has a copy of the scenario and borrows its result. */
typedef struct _Drawing
{
  GMutex           lock;
  GCond            done_cond;
  gboolean         done;
  int              width;
  int              height;
  int              scale;
  MuScenario      *scenario;
  MuResult        *result;
  MuChartStyle     style;
  char            *font_family;  /* the style's */
  MuChartOptions   options;
  cairo_surface_t *surface;      /* the worker's result */
  MuChartGeometry  geometry;
} Drawing;

G_DEFINE_FINAL_TYPE (MuChartView, mu_chart_view, GTK_TYPE_WIDGET)

enum {
  PERIOD_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
style_for_widget (MuChartView  *self,
                  MuChartStyle *style)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  MuChartTheme theme = MU_CHART_THEME_LIGHT;

  if (adw_style_manager_get_high_contrast (manager))
    theme = MU_CHART_THEME_HIGH_CONTRAST;
  else if (adw_style_manager_get_dark (manager))
    theme = MU_CHART_THEME_DARK;
  mu_chart_style_init (style, theme);
  style->rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  /* The desktop's interface font, at the size the window's text has. */
  style->font_family = self->font_family;
  style->font_size = 12.0;
  /* The chart sits on a card: its background is the card's. */
  if (theme == MU_CHART_THEME_DARK)
    style->background = (MuRgba) { 0x36 / 255.0, 0x36 / 255.0, 0x36 / 255.0, 1.0 };
}

static void
drawing_clear (gpointer data)
{
  Drawing *drawing = data;

  g_mutex_clear (&drawing->lock);
  g_cond_clear (&drawing->done_cond);
  g_clear_pointer (&drawing->scenario, mu_scenario_free);
  g_clear_pointer (&drawing->result, mu_result_unref);
  g_free (drawing->font_family);
  g_clear_pointer (&drawing->surface, cairo_surface_destroy);
}

static void
drawing_release (Drawing *drawing)
{
  g_atomic_rc_box_release_full (drawing, drawing_clear);
}

/* Draws the chart into an image surface of @width × @height at @scale,
 * and says where its plot lies in @geometry. Any thread. */
static cairo_surface_t *
draw_surface (const MuScenario     *scenario,
              const MuResult       *result,
              const MuChartStyle   *style,
              const MuChartOptions *options,
              int                   width,
              int                   height,
              int                   scale,
              MuChartGeometry      *geometry)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cairo_t *cr = cairo_create (surface);

  cairo_scale (cr, scale, scale);
  mu_chart_draw_full (cr, width, height, scenario, result, style, options, geometry);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
draw_in_thread (gpointer data,
                gpointer user_data)
{
  Drawing *drawing = data;
  cairo_surface_t *surface = draw_surface (drawing->scenario, drawing->result, &drawing->style, &drawing->options,
                                           drawing->width, drawing->height, drawing->scale, &drawing->geometry);

  g_mutex_lock (&drawing->lock);
  drawing->surface = surface;
  drawing->done = TRUE;
  g_cond_broadcast (&drawing->done_cond);
  g_mutex_unlock (&drawing->lock);
  drawing_release (drawing);
}

/* Begins drawing the chart as it now is, at the size it now has. */
static void
begin_drawing (MuChartView *self)
{
  static GThreadPool *pool;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  Drawing *drawing;

  g_clear_pointer (&self->drawing, drawing_release);
  if (self->scenario == NULL || self->result == NULL || width <= 0 || height <= 0)
    return;
  if (g_once_init_enter (&pool))
    g_once_init_leave (&pool, g_thread_pool_new (draw_in_thread, NULL, 2, FALSE, NULL));

  drawing = g_atomic_rc_box_new0 (Drawing);
  g_mutex_init (&drawing->lock);
  g_cond_init (&drawing->done_cond);
  drawing->width = width;
  drawing->height = height;
  drawing->scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  drawing->scenario = mu_scenario_copy (self->scenario);
  drawing->result = mu_result_ref (self->result);
  style_for_widget (self, &drawing->style);
  drawing->font_family = g_strdup (drawing->style.font_family);
  drawing->style.font_family = drawing->font_family;
  drawing->options = (MuChartOptions) { self->kind, self->money, self->period, TRUE };
  self->drawing = drawing;
  g_thread_pool_push (pool, g_atomic_rc_box_acquire (drawing), NULL);
}

/* Forgets the chart as drawn, to draw it anew in the next frame. */
static void
invalidate (MuChartView *self)
{
  g_clear_object (&self->texture);
  g_clear_pointer (&self->drawing, drawing_release);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
free_surface (gpointer surface)
{
  cairo_surface_destroy (surface);
}

/* A texture of @surface's pixels, which it takes. */
static GdkTexture *
texture_for_surface (cairo_surface_t *surface)
{
  int stride = cairo_image_surface_get_stride (surface);
  int height = cairo_image_surface_get_height (surface);
  g_autoptr(GBytes) bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                                        (gsize) stride * height, free_surface, surface);

  return gdk_memory_texture_new (cairo_image_surface_get_width (surface), height, GDK_MEMORY_DEFAULT, bytes, stride);
}

/* The chart at @width × @height and @scale: the one begun on the worker
 * thread if it is of that size, waited for if need be, or drawn here. */
static GdkTexture *
draw_texture (MuChartView        *self,
              const MuChartStyle *style,
              int                 width,
              int                 height,
              int                 scale)
{
  MuChartOptions options = { self->kind, self->money, self->period, TRUE };
  Drawing *drawing = g_steal_pointer (&self->drawing);
  cairo_surface_t *surface = NULL;

  if (drawing != NULL && drawing->width == width && drawing->height == height && drawing->scale == scale)
    {
      g_mutex_lock (&drawing->lock);
      while (!drawing->done)
        g_cond_wait (&drawing->done_cond, &drawing->lock);
      surface = g_steal_pointer (&drawing->surface);
      self->geometry = drawing->geometry;
      g_mutex_unlock (&drawing->lock);
    }
  g_clear_pointer (&drawing, drawing_release);
  if (surface == NULL)
    surface = draw_surface (self->scenario, self->result, style, &options, width, height, scale, &self->geometry);
  return texture_for_surface (surface);
}

static void
mu_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  MuChartView *self = MU_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int scale = gtk_widget_get_scale_factor (widget);
  MuChartStyle style;

  if (width <= 0 || height <= 0)
    return;

  style_for_widget (self, &style);
  if (self->texture == NULL || self->texture_width != width || self->texture_height != height ||
      self->texture_scale != scale)
    {
      g_clear_object (&self->texture);
      self->texture = draw_texture (self, &style, width, height, scale);
      self->texture_width = width;
      self->texture_height = height;
      self->texture_scale = scale;
    }
  gtk_snapshot_append_texture (snapshot, self->texture, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* The selected period, over the time charts. */
  if (self->period > 0 && self->geometry.n_periods > 0 && self->period <= self->geometry.n_periods)
    {
      double column = self->geometry.plot_width / self->geometry.n_periods;
      double x = self->geometry.plot_x + column * (self->period - 1);
      GdkRGBA shade = { style.foreground.red, style.foreground.green, style.foreground.blue, 0.12 };

      if (self->geometry.rtl)
        x = self->geometry.plot_x + self->geometry.plot_width - column * self->period;
      gtk_snapshot_append_color (snapshot, &shade,
                                 &GRAPHENE_RECT_INIT (x, self->geometry.plot_y, MAX (column, 2),
                                                      self->geometry.plot_height));
    }
}

/* Sized anew, or for the first time: the drawing can begin while the
 * rest of the window is laid out. */
static void
mu_chart_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  MuChartView *self = MU_CHART_VIEW (widget);
  int scale = gtk_widget_get_scale_factor (widget);
  Drawing *drawing = self->drawing;

  if (self->texture != NULL && self->texture_width == width && self->texture_height == height &&
      self->texture_scale == scale)
    return;
  if (drawing == NULL || drawing->width != width || drawing->height != height || drawing->scale != scale)
    begin_drawing (self);
}

/* Right to left, the time axis runs the other way. */
static void
mu_chart_view_direction_changed (GtkWidget        *widget,
                                 GtkTextDirection  previous)
{
  invalidate (MU_CHART_VIEW (widget));
}

/* What a tooltip says of @period (1-based): its first day, and each
 * partner's share of the capital and what the period brought it, in the
 * locale's format and with the currency. NULL without data. Markup. */
char *
mu_chart_view_describe_period (MuChartView *self,
                               guint        period)
{
  GString *text;
  guint exponent;
  g_autofree char *date = NULL;

  g_return_val_if_fail (MU_IS_CHART_VIEW (self), NULL);

  if (period == 0 || self->result == NULL || period > self->result->n_periods)
    return NULL;

  exponent = mu_scenario_get_exponent (self->scenario);
  date = mu_input_format_date (&self->result->periods[period - 1].start);
  text = g_string_new (NULL);
  /* Translators: the heading of a chart's tooltip: the period and its first day. */
  g_string_append_printf (text, _("<b>Period %u</b>, from %s"), period, date);
  for (guint i = 0; i < self->result->n_partners; i++)
    {
      const MuPartnerPeriod *cell = mu_result_get (self->result, period, i);
      g_autofree char *name = g_markup_escape_text (mu_scenario_get_partner (self->scenario, i)->name, -1);
      /* In the locale's digits and groups, with the currency. */
      g_autofree char *profit = mu_input_format_amount (mu_partner_period_result (cell), exponent);
      /* To two decimals, as the charts' labels. */
      double ownership = mu_result_ownership_percent (self->result, period, i);
      g_autofree char *owns = mu_input_format_percent ((gint64) llround (ownership * 100.0) * 100);

      g_string_append_c (text, '\n');
      /* Translators: a partner in a chart's tooltip: its share of the capital,
       * then what the period brought it, an amount and its currency code. */
      g_string_append_printf (text, _("%s: owns %s %%, profit %s %s"), name, owns, profit,
                              self->scenario->currency);
    }
  return g_string_free (text, FALSE);
}

static gboolean
mu_chart_view_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard,
                             GtkTooltip *tooltip)
{
  MuChartView *self = MU_CHART_VIEW (widget);
  g_autofree char *text = mu_chart_view_describe_period (self, mu_chart_geometry_period_at (&self->geometry, x, y));

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_markup (tooltip, text);
  return TRUE;
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   MuChartView     *self)
{
  guint period = mu_chart_geometry_period_at (&self->geometry, x, y);

  if (period > 0)
    g_signal_emit (self, signals[PERIOD_ACTIVATED], 0, period);
}

static void
mu_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  /* Small enough for a phone, generous on a desktop. */
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 240 : 180;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 560 : 300;
}

static void
update_description (MuChartView *self)
{
  MuChartOptions options = { self->kind, self->money, self->period, TRUE };
  g_autofree char *description = mu_chart_describe (self->scenario, self->result, &options);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

static void
update_font (MuChartView *self)
{
  g_autofree char *name = NULL;
  g_autoptr(PangoFontDescription) font = NULL;

  g_object_get (gtk_settings_get_default (), "gtk-font-name", &name, NULL);
  font = pango_font_description_from_string (name != NULL ? name : "Sans");
  g_free (self->font_family);
  self->font_family = g_strdup (pango_font_description_get_family (font));
  invalidate (self);
}

static void
mu_chart_view_finalize (GObject *object)
{
  MuChartView *self = MU_CHART_VIEW (object);

  g_free (self->font_family);
  g_clear_object (&self->texture);
  g_clear_pointer (&self->drawing, drawing_release);
  g_clear_pointer (&self->result, mu_result_unref);
  G_OBJECT_CLASS (mu_chart_view_parent_class)->finalize (object);
}

static void
mu_chart_view_class_init (MuChartViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = mu_chart_view_finalize;

  widget_class->snapshot = mu_chart_view_snapshot;
  widget_class->query_tooltip = mu_chart_view_query_tooltip;
  widget_class->measure = mu_chart_view_measure;
  widget_class->direction_changed = mu_chart_view_direction_changed;
  widget_class->size_allocate = mu_chart_view_size_allocate;

  signals[PERIOD_ACTIVATED] = g_signal_new ("period-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
mu_chart_view_init (MuChartView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  update_font (self);
  g_signal_connect_object (gtk_settings_get_default (), "notify::gtk-font-name",
                           G_CALLBACK (update_font), self, G_CONNECT_SWAPPED);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  /* Connected for as long as the view lives: the style manager outlives it. */
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (invalidate), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (invalidate), self, G_CONNECT_SWAPPED);
}

void
mu_chart_view_set_kind (MuChartView *self,
                        MuChartKind  kind)
{
  g_return_if_fail (MU_IS_CHART_VIEW (self));
  self->kind = kind;
  invalidate (self);
}

void
mu_chart_view_set_money (MuChartView *self,
                         gboolean     money)
{
  g_return_if_fail (MU_IS_CHART_VIEW (self));
  self->money = money;
  invalidate (self);
}

/* @scenario must outlive the view's use of it: the page sets a new one,
 * or NULL, when the document replaces it. The view keeps a reference of
 * @result. */
void
mu_chart_view_set_data (MuChartView      *self,
                        const MuScenario *scenario,
                        MuResult         *result)
{
  g_return_if_fail (MU_IS_CHART_VIEW (self));
  self->scenario = scenario;
  if (result != NULL)
    mu_result_ref (result);
  g_clear_pointer (&self->result, mu_result_unref);
  self->result = result;
  self->geometry = (MuChartGeometry) { 0 };
  update_description (self);
  invalidate (self);
  begin_drawing (self);
}

void
mu_chart_view_set_period (MuChartView *self,
                          guint        period)
{
  g_return_if_fail (MU_IS_CHART_VIEW (self));
  if (self->period == period)
    return;
  self->period = period;
  update_description (self);
  /* The donut shows the period; the time charts shade it over the
   * chart as drawn. */
  if (self->kind == MU_CHART_SHARES)
    {
      invalidate (self);
      begin_drawing (self);
    }
  else
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
mu_chart_view_get_period (MuChartView *self)
{
  g_return_val_if_fail (MU_IS_CHART_VIEW (self), 0);
  return self->period;
}
