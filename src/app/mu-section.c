/* mu-section.c — a part of the scenario page, bound to the document
 *
 * A section shows one part of the scenario — general, partners,
 * financing, profit, balance, findings, schedule — and listens to the
 * document for that part alone ("changed::partners"). Its text fields
 * are MuFields it keeps, found by the path of the value they edit; the
 * page asks its sections for the field a finding names and for those
 * whose text is not valid.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mu-section.h"

typedef struct
{
  MuScenarioDocument *document;
  GPtrArray          *watches;  /* of char*, the details listened to, and */
  GPtrArray          *callbacks; /* their callbacks, in the same order */
  GPtrArray          *fields;   /* of MuField* */
} MuSectionPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (MuSection, mu_section, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

enum {
  FIELDS_CHANGED,
  REFUSED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Gives @row the choices @labels, translated. */
void
mu_section_set_labels (AdwComboRow        *row,
                       const char * const *labels)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  for (guint i = 0; labels[i] != NULL; i++)
    gtk_string_list_append (list, _(labels[i]));
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
}

MuScenarioDocument *
mu_section_get_document (MuSection *self)
{
  MuSectionPrivate *priv = mu_section_get_instance_private (self);

  g_return_val_if_fail (MU_IS_SECTION (self), NULL);
  return priv->document;
}

static void
connect_watches (MuSection *self)
{
  MuSectionPrivate *priv = mu_section_get_instance_private (self);

  for (guint i = 0; i < priv->watches->len; i++)
    {
      g_autofree char *signal = g_strconcat ("changed::", (char *) g_ptr_array_index (priv->watches, i), NULL);

      g_signal_connect_object (priv->document, signal, G_CALLBACK (g_ptr_array_index (priv->callbacks, i)), self,
                               G_CONNECT_SWAPPED);
    }
}

/* Shows @document, or nothing while it is NULL. */
void
mu_section_set_document (MuSection          *self,
                         MuScenarioDocument *document)
{
  MuSectionPrivate *priv = mu_section_get_instance_private (self);

  g_return_if_fail (MU_IS_SECTION (self));

  if (priv->document == document)
    return;
  if (priv->document != NULL)
    g_signal_handlers_disconnect_by_data (priv->document, self);
  g_set_object (&priv->document, document);
  for (guint i = 0; i < priv->fields->len; i++)
    mu_field_set_document (g_ptr_array_index (priv->fields, i), NULL);
  if (document != NULL)
    {
      connect_watches (self);
      if (MU_SECTION_GET_CLASS (self)->load != NULL)
        MU_SECTION_GET_CLASS (self)->load (self);
      /* Fields the load has just made have the document already. */
      for (guint i = 0; i < priv->fields->len; i++)
        mu_field_set_document (g_ptr_array_index (priv->fields, i), document);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  g_signal_emit (self, signals[FIELDS_CHANGED], 0);
}

/* Calls @callback (the section) on the document's "changed::@detail",
 * of this document and of those set later. */
void
mu_section_watch (MuSection  *self,
                  const char *detail,
                  GCallback   callback)
{
  MuSectionPrivate *priv = mu_section_get_instance_private (self);

  g_return_if_fail (priv->document == NULL);
  g_ptr_array_add (priv->watches, g_strdup (detail));
  g_ptr_array_add (priv->callbacks, callback);
}

static void
on_field_message (MuField    *field,
                GParamSpec *pspec,
                MuSection  *self)
{
  g_signal_emit (self, signals[FIELDS_CHANGED], 0);
}

/* Makes @row the field of the value at @path, kept by the section. */
MuField *
mu_section_add_field (MuSection      *self,
                      GtkWidget      *row,
                      const char     *path,
                      MuFieldRead     read,
                      MuFieldShow     show,
                      gpointer        data,
                      GDestroyNotify  destroy)
{
  MuSectionPrivate *priv = mu_section_get_instance_private (self);
  MuField *field = mu_field_new (row, path, read, show, data, destroy);

  g_ptr_array_add (priv->fields, g_object_ref (field));
  /* The banner says what the first field's message is: a new message is
   * news as much as a field turning valid or not. */
  g_signal_connect_object (field, "notify::message", G_CALLBACK (on_field_message), self, 0);
  if (priv->document != NULL)
    mu_field_set_document (field, priv->document);
  return field;
}

/* Drops the fields inside @ancestor, whose rows are going. */
void
mu_section_forget_fields (MuSection *self,
                          GtkWidget *ancestor)
{
  MuSectionPrivate *priv = mu_section_get_instance_private (self);
  gboolean any = FALSE;

  for (guint i = priv->fields->len; i-- > 0;)
    {
      GtkWidget *row = mu_field_get_row (g_ptr_array_index (priv->fields, i));

      if (row == ancestor || gtk_widget_is_ancestor (row, ancestor))
        {
          any |= !mu_field_is_valid (g_ptr_array_index (priv->fields, i));
          g_ptr_array_remove_index (priv->fields, i);
        }
    }
  if (any)
    g_signal_emit (self, signals[FIELDS_CHANGED], 0);
}

void
mu_section_refresh_fields (MuSection *self)
{
  MuSectionPrivate *priv = mu_section_get_instance_private (self);

  for (guint i = 0; i < priv->fields->len; i++)
    mu_field_refresh (g_ptr_array_index (priv->fields, i));
}

/* The first field whose text is not valid, or NULL; @count, if not
 * NULL, is how many there are. */
MuField *
mu_section_get_invalid (MuSection *self,
                        guint     *count)
{
  MuSectionPrivate *priv = mu_section_get_instance_private (self);
  MuField *first = NULL;
  guint n = 0;

  for (guint i = 0; i < priv->fields->len; i++)
    if (!mu_field_is_valid (g_ptr_array_index (priv->fields, i)))
      {
        if (first == NULL)
          first = g_ptr_array_index (priv->fields, i);
        n++;
      }
  if (count != NULL)
    *count = n;
  return first;
}

/* The field of @path; or of the nearest value it lies in
 * ("profit.series[3]" is in "profit.series"); or the first within it
 * ("balance" holds "balance.cash"). */
MuField *
mu_section_find_field (MuSection  *self,
                       const char *path)
{
  MuSectionPrivate *priv = mu_section_get_instance_private (self);
  MuField *best = NULL;
  size_t best_length = 0;

  for (guint i = 0; i < priv->fields->len; i++)
    {
      MuField *field = g_ptr_array_index (priv->fields, i);
      const char *own = mu_field_get_path (field);
      size_t length = strlen (own);

      if (g_str_equal (own, path))
        return field;
      if (g_str_has_prefix (path, own) && strchr (".[", path[length]) != NULL && length > best_length)
        {
          best = field;
          best_length = length;
        }
    }
  for (guint i = 0; best == NULL && i < priv->fields->len; i++)
    {
      MuField *field = g_ptr_array_index (priv->fields, i);
      const char *own = mu_field_get_path (field);

      if (g_str_has_prefix (own, path) && strchr (".[", own[strlen (path)]) != NULL)
        best = field;
    }
  return best;
}

/* The widget that edits @path, or NULL. */
GtkWidget *
mu_section_find (MuSection  *self,
                 const char *path)
{
  MuField *field;

  g_return_val_if_fail (MU_IS_SECTION (self), NULL);

  if (MU_SECTION_GET_CLASS (self)->find != NULL)
    return MU_SECTION_GET_CLASS (self)->find (self, path);
  field = mu_section_find_field (self, path);
  return field != NULL ? mu_field_get_row (field) : NULL;
}

/* Applies @edited, a changed copy of the scenario, for the switch or
 * choice at @path. If the scenario cannot take it, nothing changes, the
 * section is shown again as the document has it, and "refused" says
 * why. */
gboolean
mu_section_apply (MuSection  *self,
                  const char *path,
                  MuScenario *edited)
{
  MuSectionPrivate *priv = mu_section_get_instance_private (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *sentence = NULL;

  if (mu_scenario_document_apply (priv->document, path, edited, &error))
    {
      mu_scenario_document_seal (priv->document);
      return TRUE;
    }
  sentence = mu_field_sentence (error->message);
  if (MU_SECTION_GET_CLASS (self)->load != NULL)
    MU_SECTION_GET_CLASS (self)->load (self);
  g_signal_emit (self, signals[REFUSED], 0, sentence);
  return FALSE;
}

/* Ctrl+Z in a field whose text is not valid puts its value back. */
gboolean
mu_section_discard_focused (MuSection *self)
{
  MuSectionPrivate *priv = mu_section_get_instance_private (self);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  for (guint i = 0; focus != NULL && i < priv->fields->len; i++)
    {
      MuField *field = g_ptr_array_index (priv->fields, i);
      GtkWidget *row = mu_field_get_row (field);

      if ((focus == row || gtk_widget_is_ancestor (focus, row)) && mu_field_discard (field))
        return TRUE;
    }
  return FALSE;
}

static void
mu_section_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, mu_section_get_document (MU_SECTION (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mu_section_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_DOCUMENT:
      mu_section_set_document (MU_SECTION (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mu_section_dispose (GObject *object)
{
  MuSection *self = MU_SECTION (object);
  MuSectionPrivate *priv = mu_section_get_instance_private (self);
  GtkWidget *child;

  if (priv->document != NULL)
    g_signal_handlers_disconnect_by_data (priv->document, self);
  g_clear_object (&priv->document);
  g_ptr_array_set_size (priv->fields, 0);
  gtk_widget_dispose_template (GTK_WIDGET (self), G_OBJECT_TYPE (self));
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (mu_section_parent_class)->dispose (object);
}

static void
mu_section_finalize (GObject *object)
{
  MuSectionPrivate *priv = mu_section_get_instance_private (MU_SECTION (object));

  g_ptr_array_unref (priv->watches);
  g_ptr_array_unref (priv->callbacks);
  g_ptr_array_unref (priv->fields);
  G_OBJECT_CLASS (mu_section_parent_class)->finalize (object);
}

static void
mu_section_class_init (MuSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = mu_section_get_property;
  object_class->set_property = mu_section_set_property;
  object_class->dispose = mu_section_dispose;
  object_class->finalize = mu_section_finalize;

  properties[PROP_DOCUMENT] = g_param_spec_object ("document", NULL, NULL, MU_TYPE_SCENARIO_DOCUMENT,
                                                   G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                   G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A field became valid or not, its message changed, or fields came or went. */
  signals[FIELDS_CHANGED] = g_signal_new ("fields-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* A switch or a choice the scenario could not take, and why. */
  signals[REFUSED] = g_signal_new ("refused", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
mu_section_init (MuSection *self)
{
  MuSectionPrivate *priv = mu_section_get_instance_private (self);

  priv->watches = g_ptr_array_new_with_free_func (g_free);
  priv->callbacks = g_ptr_array_new ();
  priv->fields = g_ptr_array_new_with_free_func (g_object_unref);
}
