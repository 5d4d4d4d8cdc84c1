/* gui-test-util.h — what the GUI tests share: waiting on conditions
 * with a deadline, a library of the test's own, a window opened and
 * closed as the user would, screenshots
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <glib/gstdio.h>

#include "mu-exchange.h"
#include "mu-input.h"
#include "mu-store.h"
#include "mu-window.h"
#include "test-util.h"

/* GTK for a test of the window: settings in memory, the cairo renderer,
 * no animations, and the application's style when screenshots are taken. */
static inline void
gui_test_init (int    *argc,
               char ***argv)
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  gtk_test_init (argc, argv, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  adw_init ();
  if (g_getenv ("MUSHARAKA_SCREENSHOTS") != NULL)
    {
      g_autoptr(GtkCssProvider) style = gtk_css_provider_new ();

      gtk_css_provider_load_from_resource (style, "/io/github/musharaka/Musharaka/style.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (style),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }
}

/* A date as the window writes it in the locale the test runs in: C.UTF-8
 * orders it differently from one glibc to the next. */
static inline char *
shown_date (guint year,
            guint month,
            guint day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return mu_input_format_date (&date);
}

/* How long the test waits for what it set going before it calls it a
 * hang: generous, for a loaded machine under AddressSanitizer. */
#define WAIT_SECONDS 30

typedef gboolean (*Condition) (gpointer data);

static inline gboolean
on_deadline (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @condition holds, or fails the test naming
 * @what it waited for. The loop sleeps until something happens; the
 * deadline is one of those things. */
static inline void
wait_until (Condition   condition,
            gpointer    data,
            const char *what)
{
  gboolean expired = FALSE;
  guint deadline = g_timeout_add_seconds (WAIT_SECONDS, on_deadline, &expired);

  while (!condition (data) && !expired)
    g_main_context_iteration (NULL, TRUE);
  if (expired)
    {
      g_autofree char *message = g_strdup_printf ("waited %d s for %s", WAIT_SECONDS, what);

      g_assertion_message (NULL, __FILE__, __LINE__, G_STRFUNC, message);
      return;
    }
  g_source_remove (deadline);
}

static inline gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static inline gboolean
is_null (gpointer pointer)
{
  return *(gpointer *) pointer == NULL;
}

typedef struct
{
  GtkWidget *widget;
  int        width;
  int        height;
} Size;

/* The size a window is given is that of its border box: its CSS padding
 * included, which gtk_widget_get_width() leaves out. */
static inline gboolean
has_size (gpointer data)
{
  Size *size = data;
  graphene_rect_t bounds;

  return gtk_widget_get_mapped (size->widget) && gtk_widget_compute_bounds (size->widget, size->widget, &bounds) &&
         bounds.size.width == size->width && bounds.size.height == size->height;
}

/* Waits for @window to be on the screen, laid out at @width × @height. */
static inline void
wait_for_size (GtkWindow *window,
               int        width,
               int        height)
{
  Size size = { GTK_WIDGET (window), width, height };
  g_autofree char *what = g_strdup_printf ("the window shown at %d x %d", width, height);

  wait_until (has_size, &size, what);
}

static inline void
count_frame (GdkFrameClock *clock,
             guint         *frames)
{
  (*frames)++;
}

static inline gboolean
has_frames (gpointer frames)
{
  return *(guint *) frames > 0;
}

/* Waits for @widget's window to draw a frame, laid out and styled after
 * whatever was changed before. */
static inline void
wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock;
  guint frames = 0;
  gulong handler;

  wait_until (is_mapped, widget, "the window shown");
  clock = gtk_widget_get_frame_clock (widget);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (count_frame), &frames);
  gtk_widget_queue_draw (widget);
  wait_until (has_frames, &frames, "a frame drawn");
  g_signal_handler_disconnect (clock, handler);
}

static inline void
type_into (gpointer    editable,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
}

/* Deletes the library at @path, its journal files and its folder @dir. */
static inline void
remove_library (const char *path,
                const char *dir)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
  g_rmdir (dir);
}

/* A library of the test's own, in a folder of its own. */
typedef struct
{
  char    *dir;
  char    *path;
  MuStore *store;
  char    *uuid;   /* of the scenario it was made with */
} OwnLibrary;

static inline void
own_library_init (OwnLibrary       *library,
                  const MuScenario *scenario)
{
  g_autoptr(GError) error = NULL;

  library->dir = g_dir_make_tmp (NULL, NULL);
  library->path = g_build_filename (library->dir, "library.sqlite3", NULL);
  library->store = mu_store_open (library->path, MU_STORE_OPEN_NO_SEED, &error);
  g_assert_no_error (error);
  library->uuid = mu_store_save (library->store, NULL, scenario, &error);
  g_assert_no_error (error);
}

/* Takes the library away, its store closed. */
static inline void
own_library_clear (OwnLibrary *library)
{
  remove_library (library->path, library->dir);
  g_clear_pointer (&library->dir, g_free);
  g_clear_pointer (&library->path, g_free);
  g_clear_pointer (&library->uuid, g_free);
}

/* Closes @window as the user would, then its library. */
static inline void
close_window (MuWindow *window,
              MuStore  *store)
{
  GtkWidget *open = GTK_WIDGET (window);

  /* Nothing of it left to reach the store once that is closed. */
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &open);
  gtk_window_close (GTK_WINDOW (window));
  wait_until (is_null, &open, "the window closed and freed");
  mu_store_close (store);
}

static inline MuWindow *
open_window (MuStore *store)
{
  MuWindow *window = mu_window_new (NULL, store);

  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_size (GTK_WINDOW (window), 1400, 900);
  return window;
}

/* An example of data/examples in a library of the test's own, shown in a
 * window: what the tests of the scenario page start from. */
typedef struct
{
  OwnLibrary      library;
  MuWindow       *window;
  MuScenarioPage *page;
} PageFixture;

static inline void
page_fixture_open (PageFixture *fixture,
                   const char  *example)
{
  g_autoptr(MuScenario) scenario = load_example (example);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  /* The last test's scenario is not in this library. */
  g_settings_set_string (settings, "last-scenario", "");
  own_library_init (&fixture->library, scenario);
  fixture->window = open_window (fixture->library.store);
  fixture->page = mu_window_get_page (fixture->window);
  g_assert_true (mu_window_select (fixture->window, fixture->library.uuid));
}

static inline void
page_fixture_close (PageFixture *fixture)
{
  close_window (fixture->window, fixture->library.store);
  own_library_clear (&fixture->library);
}

/* The editor of @path on the page, which must have one. */
static inline GtkWidget *
page_fixture_field (PageFixture *fixture,
                    const char  *path)
{
  GtkWidget *widget = mu_scenario_page_find_field (fixture->page, path);

  g_assert_nonnull (widget);
  return widget;
}

typedef struct
{
  GtkWidget     *widget;
  GskRenderNode *node;
} Drawing;

/* Takes @widget as its window last drew it, unless a redraw is pending:
 * a GtkWidgetPaintable then shows nothing. */
static inline gboolean
take_drawing (gpointer data)
{
  Drawing *drawing = data;
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (drawing->widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (drawing->widget),
                          gtk_widget_get_height (drawing->widget));
  drawing->node = gtk_snapshot_free_to_node (snapshot);
  return drawing->node != NULL;
}

static inline void
screenshot (GtkWidget  *widget,
            const char *name)
{
  const char *dir = g_getenv ("MUSHARAKA_SCREENSHOTS");
  Drawing drawing = { widget, NULL };
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  /* A frame for what changed to be laid out and styled; a change of
   * style scheme takes more than one to be drawn. */
  wait_for_frame (widget);
  wait_until (take_drawing, &drawing, "the window drawn as it is now");
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), drawing.node,
                                         &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                              gtk_widget_get_height (widget)));
  gsk_render_node_unref (drawing.node);
  path = g_build_filename (dir, name, NULL);
  gdk_texture_save_to_png (texture, path);
}

