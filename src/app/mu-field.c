/* mu-field.c — one text field of a scenario, bound to its document
 *
 * A field is an editable row (an entry row, a spin button) and the path
 * of the value it edits. Each keystroke reads the text into a copy of the
 * scenario and gives it to the document; text that cannot be read, or a
 * value the scenario cannot take, marks the field, says why in a line
 * under it, and takes back what the typing had applied. The text stays
 * as typed until it is corrected, undone, or the value changes from
 * elsewhere: a field is set from the document only when the value it
 * shows there differs from the one it showed last, so the entry being
 * typed in is left alone by every other edit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <adwaita.h>

#include "mu-field.h"

struct _MuField
{
  GObject             parent_instance;

  GtkWidget          *row;      /* not owned: the field goes with it */
  GtkWidget          *message_row;
  GtkLabel           *message_label;
  char               *path;
  MuFieldRead         read;
  MuFieldShow         show;
  gpointer            data;
  GDestroyNotify      destroy;
  MuScenarioDocument *document;
  char               *shown;    /* the text of the value last shown */
  char               *message;  /* why the text is not valid; NULL if it is */
  gboolean            loading;
  gboolean            applying;  /* its own edit is being announced */
};

G_DEFINE_FINAL_TYPE (MuField, mu_field, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_VALID,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A message of the core, "the scenario needs a name", as a sentence
 * under a field: "The scenario needs a name." */
char *
mu_field_sentence (const char *message)
{
  GString *sentence = g_string_new (NULL);
  gunichar first = g_utf8_get_char (message);
  const char *rest = g_utf8_next_char (message);

  if (*message == '\0')
    return g_string_free (sentence, FALSE);
  g_string_append_unichar (sentence, g_unichar_totitle (first));
  g_string_append (sentence, rest);
  if (!g_str_has_suffix (sentence->str, ".") && !g_str_has_suffix (sentence->str, "?") &&
      !g_str_has_suffix (sentence->str, "!"))
    g_string_append_c (sentence, '.');
  return g_string_free (sentence, FALSE);
}

/* The line under the row, made the first time it has something to say. */
static void
ensure_message_row (MuField *self)
{
  /* A spin button sits in a row of its own: the line goes under that. */
  GtkWidget *anchor = GTK_IS_LIST_BOX_ROW (self->row) ? self->row
                                                       : gtk_widget_get_ancestor (self->row, GTK_TYPE_LIST_BOX_ROW);
  GtkWidget *list = anchor != NULL ? gtk_widget_get_parent (anchor) : NULL;
  GtkWidget *label;

  if (self->message_row != NULL || !GTK_IS_LIST_BOX (list))
    return;
  label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "error");
  self->message_row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self->message_row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->message_row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (self->message_row), FALSE);
  gtk_widget_set_focusable (self->message_row, FALSE);
  gtk_widget_set_visible (self->message_row, FALSE);
  gtk_list_box_insert (GTK_LIST_BOX (list), self->message_row,
                       gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (anchor)) + 1);
  self->message_label = GTK_LABEL (label);
}

/* Marks the field as wrong for @message, or clears it when NULL. */
static void
set_message (MuField    *self,
             const char *message)
{
  gboolean was_valid = self->message == NULL;

  if (g_strcmp0 (self->message, message) == 0)
    return;
  g_free (self->message);
  self->message = g_strdup (message);

  if (message != NULL)
    {
      gtk_widget_add_css_class (self->row, "error");
      ensure_message_row (self);
      if (self->message_label != NULL)
        gtk_label_set_text (self->message_label, message);
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->row), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
  else
    {
      gtk_widget_remove_css_class (self->row, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (self->row), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
  if (self->message_row != NULL)
    gtk_widget_set_visible (self->message_row, message != NULL);
  if (was_valid != (message == NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MESSAGE]);
}

static void
set_text (MuField    *self,
          const char *text)
{
  self->loading = TRUE;
  if (GTK_IS_SPIN_BUTTON (self->row))
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->row), g_ascii_strtod (text, NULL));
  else
    gtk_editable_set_text (GTK_EDITABLE (self->row), text);
  self->loading = FALSE;
}

/* Reads the text into a copy of the scenario and gives it to the
 * document; returns why it could not, or NULL. */
static char *
apply_text (MuField    *self,
            const char *text)
{
  g_autoptr(MuScenario) edited = mu_scenario_document_dup_scenario (self->document);
  g_autoptr(GError) error = NULL;
  char *message = NULL;

  if (!self->read (edited, text, self->data, &message))
    return message;
  if (!mu_scenario_document_apply (self->document, self->path, g_steal_pointer (&edited), &error))
    return mu_field_sentence (error->message);
  return NULL;
}

static void
on_changed (GtkEditable *editable,
            MuField     *self)
{
  g_autofree char *message = NULL;

  if (self->loading || self->document == NULL)
    return;
  /* The document announces the edit, or takes back the typing: the text
   * is the user's, and stays. */
  self->applying = TRUE;
  message = apply_text (self, gtk_editable_get_text (editable));
  if (message != NULL)
    mu_scenario_document_refuse (self->document, self->path);
  self->applying = FALSE;
  set_message (self, message);
  /* What it shows now stands for what is stored, in whatever way it was
   * typed. */
  g_free (self->shown);
  self->shown = self->show (mu_scenario_document_get_scenario (self->document), self->data);
}

/* Leaving the field, or Enter, ends its typing: the next keystroke there
 * is a step of its own. */
static void
seal (MuField *self)
{
  if (self->document != NULL)
    mu_scenario_document_seal (self->document);
}

static void
on_focus_leave (GtkEventControllerFocus *controller,
                MuField                 *self)
{
  seal (self);
}

/* Shows the document's value, unless it is the one shown already. */
void
mu_field_refresh (MuField *self)
{
  g_autofree char *text = NULL;

  g_return_if_fail (MU_IS_FIELD (self));

  if (self->document == NULL || self->applying)
    return;
  text = self->show (mu_scenario_document_get_scenario (self->document), self->data);
  if (g_strcmp0 (text, self->shown) == 0)
    return;
  set_text (self, text);
  g_free (self->shown);
  self->shown = g_steal_pointer (&text);
  set_message (self, NULL);
}

/* Puts the stored value back in a field whose text is not valid: what
 * Ctrl+Z does there first. Returns whether there was such text. */
gboolean
mu_field_discard (MuField *self)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (MU_IS_FIELD (self), FALSE);

  if (self->message == NULL || self->document == NULL)
    return FALSE;
  text = self->show (mu_scenario_document_get_scenario (self->document), self->data);
  set_text (self, text);
  g_free (self->shown);
  self->shown = g_steal_pointer (&text);
  set_message (self, NULL);
  return TRUE;
}

void
mu_field_set_document (MuField            *self,
                       MuScenarioDocument *document)
{
  g_return_if_fail (MU_IS_FIELD (self));

  if (self->document == document)
    return;
  g_set_object (&self->document, document);
  g_clear_pointer (&self->shown, g_free);
  set_message (self, NULL);
  mu_field_refresh (self);
}

void
mu_field_set_path (MuField    *self,
                   const char *path)
{
  g_return_if_fail (MU_IS_FIELD (self));

  if (g_strcmp0 (self->path, path) == 0)
    return;
  g_free (self->path);
  self->path = g_strdup (path);
}

const char *
mu_field_get_path (MuField *self)
{
  g_return_val_if_fail (MU_IS_FIELD (self), NULL);
  return self->path;
}

GtkWidget *
mu_field_get_row (MuField *self)
{
  g_return_val_if_fail (MU_IS_FIELD (self), NULL);
  return self->row;
}

gboolean
mu_field_is_valid (MuField *self)
{
  g_return_val_if_fail (MU_IS_FIELD (self), TRUE);
  return self->message == NULL;
}

/* Why the text is not valid, or NULL. */
const char *
mu_field_get_message (MuField *self)
{
  g_return_val_if_fail (MU_IS_FIELD (self), NULL);
  return self->message;
}

static void
mu_field_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  MuField *self = MU_FIELD (object);

  switch (prop_id)
    {
    case PROP_VALID:
      g_value_set_boolean (value, self->message == NULL);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mu_field_finalize (GObject *object)
{
  MuField *self = MU_FIELD (object);

  if (self->destroy != NULL)
    self->destroy (self->data);
  g_clear_object (&self->document);
  g_free (self->path);
  g_free (self->shown);
  g_free (self->message);
  G_OBJECT_CLASS (mu_field_parent_class)->finalize (object);
}

static void
mu_field_class_init (MuFieldClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = mu_field_get_property;
  object_class->finalize = mu_field_finalize;

  properties[PROP_VALID] = g_param_spec_boolean ("valid", NULL, NULL, TRUE,
                                                 G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Why the text is not valid, or NULL. */
  properties[PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL,
                                                  G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                                  G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mu_field_init (MuField *self)
{
}

/* The field of @row for the value at @path: @read takes its text into a
 * scenario, @show gives the text of a scenario's value. The row holds the
 * field: it goes when the row is finalized. */
MuField *
mu_field_new (GtkWidget      *row,
              const char     *path,
              MuFieldRead     read,
              MuFieldShow     show,
              gpointer        data,
              GDestroyNotify  destroy)
{
  MuField *self;
  GtkEventController *shortcuts;
  GtkEventController *focus;

  g_return_val_if_fail (GTK_IS_EDITABLE (row), NULL);

  self = g_object_new (MU_TYPE_FIELD, NULL);
  self->row = row;
  self->path = g_strdup (path);
  self->read = read;
  self->show = show;
  self->data = data;
  self->destroy = destroy;
  g_object_set_data_full (G_OBJECT (row), "mu-field", self, g_object_unref);

  /* Ctrl+Z is the document's: the text's own history would undo what
   * the document has already taken. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
  g_signal_connect_object (row, "changed", G_CALLBACK (on_changed), self, 0);
  if (ADW_IS_ENTRY_ROW (row))
    g_signal_connect_object (row, "entry-activated", G_CALLBACK (seal), self, G_CONNECT_SWAPPED);
  /* Ahead of the text's own Ctrl+Z, which would otherwise take the key
   * and do nothing: the document's undo is the one. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_z, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("win.undo")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_z,
                                                                                  GDK_CONTROL_MASK | GDK_SHIFT_MASK),
                                                          gtk_named_action_new ("win.redo")));
  gtk_widget_add_controller (row, shortcuts);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_focus_leave), self, 0);
  gtk_widget_add_controller (row, focus);
  return self;
}
