/* mu-focus-follow.c — the keyboard to a field, and the field in view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <adwaita.h>

#include "mu-focus-follow.h"

/* A row focused from a finding may sit in expanders that open with an
 * animation. The editors follow it frame by frame until every one of them
 * has finished opening, then once more after the layout that puts the row
 * where it stays, and stop: the end is where the row is, not how many
 * frames a busy machine manages to draw. The clock only stops a follow
 * that would otherwise never end. */
#define FOLLOW_MAX_USEC (10 * G_TIME_SPAN_SECOND)

typedef struct
{
  guint          *tick;
  GWeakRef        target;
  gint64          until;
  gboolean        settled; /* the expanders around it had stopped moving at the last tick */
} Follow;

static void
follow_free (gpointer data)
{
  Follow *follow = data;

  *follow->tick = 0;
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

/* Opens the expanders @row sits in, gives it the keyboard and keeps it
 * in view in @scroll until they have opened; @tick holds the follow's
 * tick callback while it runs, and is owned by the caller. */
void
mu_focus_follow (GtkWidget *scroll,
                 GtkWidget *row,
                 guint     *tick)
{
  GtkWidget *parent, *target;
  Follow *follow;

  /* Open the expanders it sits in, then give it the keyboard. */
  for (parent = gtk_widget_get_parent (row); parent != NULL; parent = gtk_widget_get_parent (parent))
    if (ADW_IS_EXPANDER_ROW (parent))
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (parent), TRUE);
  gtk_widget_set_visible (row, TRUE);
  gtk_widget_grab_focus (row);

  if (*tick != 0)
    gtk_widget_remove_tick_callback (scroll, *tick);
  follow = g_new0 (Follow, 1);
  follow->tick = tick;
  /* The whole row in view, not only the button in it; a button in no
   * row, as in a group's header, itself. */
  target = GTK_IS_LIST_BOX_ROW (row) ? row : gtk_widget_get_ancestor (row, GTK_TYPE_LIST_BOX_ROW);
  g_weak_ref_init (&follow->target, target != NULL ? target : row);
  follow->until = g_get_monotonic_time () + FOLLOW_MAX_USEC;
  *tick = gtk_widget_add_tick_callback (scroll, follow_row, follow, follow_free);
}
