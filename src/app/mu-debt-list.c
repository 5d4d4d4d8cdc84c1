/* mu-debt-list.c — the debts of the register as the sidebar lists them
 *
 * A register may hold a hundred thousand debts: the list is a GListModel
 * of positions in the document, searched and sorted once for each search
 * or reload, whose items — a position each — are made as the GtkListView
 * asks for the rows it shows. The latest debts come first: those still
 * owed by how late they are, the longest overdue at the top, then those
 * not yet due by due date, then the settled and the written off.
 *
 * A search matches the debtor's name, its tax number or the document's
 * number, whatever the case.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "mu-debt-list.h"
#include "mu-debt-text.h"

struct _MuDebtItem
{
  GObject parent_instance;

  guint   position;  /* in the document */
};

G_DEFINE_FINAL_TYPE (MuDebtItem, mu_debt_item, G_TYPE_OBJECT)

enum {
  ITEM_CHANGED,
  N_ITEM_SIGNALS
};

static guint item_signals[N_ITEM_SIGNALS];

static void
mu_debt_item_class_init (MuDebtItemClass *klass)
{
  /* The debt changed: its row shows it again. */
  item_signals[ITEM_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                             NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mu_debt_item_init (MuDebtItem *self)
{
}

guint
mu_debt_item_get_position (MuDebtItem *self)
{
  g_return_val_if_fail (MU_IS_DEBT_ITEM (self), 0);
  return self->position;
}

struct _MuDebtList
{
  GObject             parent_instance;

  MuRegisterDocument *document;
  GPtrArray          *keys;     /* of char*, what a search matches, casefolded, one a debt */
  GArray             *order;    /* of guint: the document's positions, sorted */
  GArray             *shown;    /* of guint: those of order the search matches */
  GArray             *index;    /* of int: a position's index in shown, or −1 */
  GPtrArray          *items;    /* of MuDebtItem*, by position, NULL until asked for */
  char               *search;   /* casefolded; NULL or "" for all */
};

static void mu_debt_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MuDebtList, mu_debt_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, mu_debt_list_model_init))

static GType
mu_debt_list_get_item_type (GListModel *model)
{
  return MU_TYPE_DEBT_ITEM;
}

static guint
mu_debt_list_get_n_items (GListModel *model)
{
  return MU_DEBT_LIST (model)->shown->len;
}

static gpointer
mu_debt_list_get_item (GListModel *model,
                       guint       index)
{
  MuDebtList *self = MU_DEBT_LIST (model);
  MuDebtItem *item;
  guint position;

  if (index >= self->shown->len)
    return NULL;
  /* The same item each time: a selection keeps to it. */
  position = g_array_index (self->shown, guint, index);
  if ((item = g_ptr_array_index (self->items, position)) == NULL)
    {
      item = g_object_new (MU_TYPE_DEBT_ITEM, NULL);
      item->position = position;
      g_ptr_array_index (self->items, position) = item;
    }
  return g_object_ref (item);
}

static void
mu_debt_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = mu_debt_list_get_item_type;
  iface->get_n_items = mu_debt_list_get_n_items;
  iface->get_item = mu_debt_list_get_item;
}

static void
mu_debt_list_dispose (GObject *object)
{
  MuDebtList *self = MU_DEBT_LIST (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (mu_debt_list_parent_class)->dispose (object);
}

static void
mu_debt_list_finalize (GObject *object)
{
  MuDebtList *self = MU_DEBT_LIST (object);

  g_ptr_array_unref (self->keys);
  g_array_unref (self->order);
  g_array_unref (self->shown);
  g_array_unref (self->index);
  g_ptr_array_unref (self->items);
  g_free (self->search);
  G_OBJECT_CLASS (mu_debt_list_parent_class)->finalize (object);
}

static void
mu_debt_list_class_init (MuDebtListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mu_debt_list_dispose;
  object_class->finalize = mu_debt_list_finalize;
}

/* Items are made only for the rows shown: most places hold none. */
static void
item_unref (gpointer item)
{
  if (item != NULL)
    g_object_unref (item);
}

static void
mu_debt_list_init (MuDebtList *self)
{
  self->keys = g_ptr_array_new_with_free_func (g_free);
  self->order = g_array_new (FALSE, FALSE, sizeof (guint));
  self->shown = g_array_new (FALSE, FALSE, sizeof (guint));
  self->index = g_array_new (FALSE, FALSE, sizeof (int));
  self->items = g_ptr_array_new_with_free_func (item_unref);
}

static gboolean
is_closed (MuDebtStatus status)
{
  return status == MU_DEBT_SETTLED || status == MU_DEBT_WRITTEN_OFF;
}

/* What the list is sorted by, worked out once for each debt. */
typedef struct
{
  guint   closed;    /* settled or written off: last */
  guint   days;      /* overdue: the longest first */
  guint32 due;       /* then by due date, as a Julian day */
  guint   position;
} SortKey;

static int
compare_keys (const void *a,
              const void *b)
{
  const SortKey *x = a, *y = b;

  if (x->closed != y->closed)
    return x->closed > y->closed ? 1 : -1;
  if (x->days != y->days)
    return x->days > y->days ? -1 : 1;
  if (x->due != y->due)
    return x->due > y->due ? 1 : -1;
  return (x->position > y->position) - (x->position < y->position);
}

static void
sort (MuDebtList *self)
{
  guint n = mu_register_document_get_n_debts (self->document);
  g_autofree SortKey *keys = g_new (SortKey, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      const MuDebtState *state = mu_register_document_get_state (self->document, i);

      keys[i] = (SortKey) { is_closed (state->status), state->days_overdue,
                            g_date_get_julian (&mu_register_document_get_debt (self->document, i)->due), i };
    }
  qsort (keys, n, sizeof (SortKey), compare_keys);
  g_array_set_size (self->order, n);
  for (guint i = 0; i < n; i++)
    g_array_index (self->order, guint, i) = keys[i].position;
}

/* What a search of the debtor @debtor matches, casefolded. */
static char *
debtor_key (const MuDebtor *debtor)
{
  g_autofree char *key = NULL;

  if (debtor == NULL)
    return g_strdup ("");
  key = g_strjoin ("\n", debtor->name, debtor->tax_number != NULL ? debtor->tax_number : "", NULL);
  return g_utf8_casefold (key, -1);
}

/* What a search of the debt at @position matches: its debtor's key
 * (from @debtors, made once a debtor when given) and its document. */
static char *
key_of (MuDebtList *self,
        guint       position,
        GHashTable *debtors)
{
  const MuDebt *debt = mu_register_document_get_debt (self->document, position);
  const MuDebtor *debtor = mu_register_document_get_debtor (self->document, position);
  g_autofree char *own = NULL;
  g_autofree char *document = g_utf8_casefold (debt->document != NULL ? debt->document : "", -1);
  const char *key = debtors != NULL ? g_hash_table_lookup (debtors, debt->debtor_id) : NULL;

  if (key == NULL)
    {
      key = own = debtor_key (debtor);
      if (debtors != NULL)
        g_hash_table_insert (debtors, debt->debtor_id, g_steal_pointer (&own));
    }
  return g_strconcat (key, "\n", document, NULL);
}

static void
filter (MuDebtList *self)
{
  guint n = mu_register_document_get_n_debts (self->document);
  gboolean all = self->search == NULL || self->search[0] == '\0';

  g_array_set_size (self->shown, 0);
  g_array_set_size (self->index, n);
  for (guint i = 0; i < n; i++)
    g_array_index (self->index, int, i) = -1;
  for (guint k = 0; k < self->order->len; k++)
    {
      guint position = g_array_index (self->order, guint, k);

      if (!all && strstr (g_ptr_array_index (self->keys, position), self->search) == NULL)
        continue;
      g_array_index (self->index, int, position) = (int) self->shown->len;
      g_array_append_val (self->shown, position);
    }
}

/* The whole list anew, as the document now holds it. */
static void
on_reloaded (MuDebtList *self)
{
  guint n = mu_register_document_get_n_debts (self->document);
  guint before = self->shown->len;

  g_ptr_array_set_size (self->keys, 0);
  g_ptr_array_set_size (self->items, 0);
  g_ptr_array_set_size (self->items, n);
  {
    g_autoptr(GHashTable) debtors = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

    for (guint i = 0; i < n; i++)
      g_ptr_array_add (self->keys, key_of (self, i, debtors));
  }
  sort (self);
  filter (self);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, before, self->shown->len);
}

/* A debt changed stays where it is until the next search: the row under
 * the pointer is not pulled away, and the selection stays on it. Its
 * row, if it has one, shows it again. */
static void
on_debt_changed (MuDebtList *self,
                 guint       position)
{
  MuDebtItem *item;

  if (position >= self->keys->len)
    return;
  g_free (g_ptr_array_index (self->keys, position));
  g_ptr_array_index (self->keys, position) = key_of (self, position, NULL);
  if ((item = g_ptr_array_index (self->items, position)) != NULL)
    g_signal_emit (item, item_signals[ITEM_CHANGED], 0);
}

MuDebtList *
mu_debt_list_new (MuRegisterDocument *document)
{
  MuDebtList *self = g_object_new (MU_TYPE_DEBT_LIST, NULL);

  self->document = g_object_ref (document);
  g_signal_connect_object (document, "reloaded", G_CALLBACK (on_reloaded), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "debt-changed", G_CALLBACK (on_debt_changed), self, G_CONNECT_SWAPPED);
  on_reloaded (self);
  return self;
}

MuRegisterDocument *
mu_debt_list_get_document (MuDebtList *self)
{
  g_return_val_if_fail (MU_IS_DEBT_LIST (self), NULL);
  return self->document;
}

/* Lists the debts that match @text, sorted anew. */
void
mu_debt_list_set_search (MuDebtList *self,
                         const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *folded = g_utf8_casefold (stripped, -1);
  guint before;

  g_return_if_fail (MU_IS_DEBT_LIST (self));

  if (g_strcmp0 (folded, self->search) == 0)
    return;
  g_free (self->search);
  self->search = g_steal_pointer (&folded);
  before = self->shown->len;
  filter (self);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, before, self->shown->len);
}

/* The index in the list of the debt @id, or −1 when it is not listed. */
int
mu_debt_list_find (MuDebtList *self,
                   const char *id)
{
  int position;

  g_return_val_if_fail (MU_IS_DEBT_LIST (self), -1);

  position = mu_register_document_find (self->document, id);
  return position >= 0 && (guint) position < self->index->len ? g_array_index (self->index, int, position) : -1;
}

const char *
mu_debt_list_get_id (MuDebtList *self,
                     guint       index)
{
  g_return_val_if_fail (MU_IS_DEBT_LIST (self), NULL);
  g_return_val_if_fail (index < self->shown->len, NULL);
  return mu_register_document_get_debt (self->document, g_array_index (self->shown, guint, index))->id;
}

/* The rows */

static GtkWidget *
row_label (GtkGrid    *grid,
           int         column,
           int         row,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (label), column == 0 ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
  gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0.0 : 1.0);
  gtk_widget_set_hexpand (label, column == 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_grid_attach (grid, label, column, row, 1, 1);
  return label;
}

/* A debt's row: the debtor and what it owes; under them how late, the
 * bucket and the status. */
static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  data)
{
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  GtkWidget *detail, *status;

  gtk_grid_set_column_spacing (grid, 12);
  gtk_grid_set_row_spacing (grid, 2);
  gtk_widget_set_margin_top (GTK_WIDGET (grid), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (grid), 6);
  g_object_set_data (G_OBJECT (list_item), "name", row_label (grid, 0, 0, "heading"));
  g_object_set_data (G_OBJECT (list_item), "amount", row_label (grid, 1, 0, "numeric"));
  detail = row_label (grid, 0, 1, "caption");
  gtk_widget_add_css_class (detail, "dim-label");
  g_object_set_data (G_OBJECT (list_item), "detail", detail);
  status = row_label (grid, 1, 1, "caption");
  g_object_set_data (G_OBJECT (list_item), "status", status);
  gtk_list_item_set_child (list_item, GTK_WIDGET (grid));
}

/* The style a status is shown in: what needs doing stands out. */
static const char *
status_class (MuDebtStatus status)
{
  switch (status)
    {
    case MU_DEBT_BEHIND:
    case MU_DEBT_MAY_SUE:
      return "warning";
    case MU_DEBT_SETTLED:
      return "success";
    case MU_DEBT_WRITTEN_OFF:
    case MU_DEBT_OPEN:
      return "dim-label";
    case MU_DEBT_OVERDUE:
    case MU_DEBT_CLAIMED:
    case MU_DEBT_ARRANGED:
    default:
      return NULL;
    }
}

static void
show_row (GtkListItem *list_item)
{
  MuRegisterDocument *document = g_object_get_data (G_OBJECT (list_item), "document");
  guint position = mu_debt_item_get_position (gtk_list_item_get_item (list_item));
  const MuDebt *debt = mu_register_document_get_debt (document, position);
  const MuDebtState *state = mu_register_document_get_state (document, position);
  const MuDebtor *debtor = mu_register_document_get_debtor (document, position);
  GtkWidget *status = g_object_get_data (G_OBJECT (list_item), "status");
  g_autofree char *amount = mu_debt_format_money (debt, state->outstanding);
  g_autofree char *late = mu_debt_format_lateness (debt, state);
  g_autofree char *detail = NULL;
  const char *style = status_class (state->status);

  if (late[0] != '\0')
    /* Translators: under a debtor in the list: how late (“71 days overdue”), then the age bucket. */
    detail = g_strdup_printf (_("%s · %s"), late, mu_age_bucket_get_label (state->bucket));
  else
    detail = mu_debt_format_basis (debt);
  gtk_label_set_text (g_object_get_data (G_OBJECT (list_item), "name"), debtor != NULL ? debtor->name : debt->id);
  gtk_label_set_text (g_object_get_data (G_OBJECT (list_item), "amount"), amount);
  gtk_label_set_text (g_object_get_data (G_OBJECT (list_item), "detail"), detail);
  gtk_label_set_text (GTK_LABEL (status), mu_debt_status_get_label (state->status));
  gtk_widget_set_css_classes (status, (const char *[]) { "caption", style, NULL });
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          MuRegisterDocument       *document)
{
  g_object_set_data (G_OBJECT (list_item), "document", document);
  g_signal_connect_object (gtk_list_item_get_item (list_item), "changed", G_CALLBACK (show_row), list_item,
                           G_CONNECT_SWAPPED);
  show_row (list_item);
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            gpointer                  data)
{
  g_signal_handlers_disconnect_by_data (gtk_list_item_get_item (list_item), list_item);
}

/* The rows of a GtkListView over a MuDebtList of @document. */
GtkListItemFactory *
mu_debt_list_factory_new (MuRegisterDocument *document)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), NULL);
  g_signal_connect_data (factory, "bind", G_CALLBACK (bind_row), g_object_ref (document),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  return factory;
}
