/* mu-register-document.c — the register of receivables as the window
 * edits it
 *
 * The document holds the debts the library has, outside the trash, in
 * the library's order (by due date), each with its debtor and what it is
 * as of today. Every change goes to the library first, in one transaction
 * (mu-store-debts.h), and the debt is then read back as stored, so what
 * the window shows is what the library holds. Each change is a step of
 * the history: undoing it writes the debt back whole as it was before
 * (mu_store_save_debt()), one transaction again; redoing writes it as it
 * was after. An import is one step too: undone, its debts go to the
 * library's trash, from which redo brings them back.
 *
 * "debt-changed" says which debt changed, by position; "reloaded" that
 * the list itself is new (a load, an import or its undoing).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <string.h>

#include "mu-core-error.h"
#include "mu-register-document-private.h"
#include "mu-store-debts.h"

G_DEFINE_FINAL_TYPE (MuRegisterDocument, mu_register_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_N_DEBTS,
  N_PROPS
};

enum {
  DEBT_CHANGED,
  RELOADED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

void
mu_register_step_free (gpointer data)
{
  Step *step = data;

  g_clear_pointer (&step->before, mu_debt_free);
  g_clear_pointer (&step->after, mu_debt_free);
  g_clear_pointer (&step->debtor_before, mu_debtor_free);
  g_clear_pointer (&step->debtor_after, mu_debtor_free);
  g_clear_pointer (&step->ids, g_ptr_array_unref);
  g_free (step);
}

static void
mu_register_document_finalize (GObject *object)
{
  MuRegisterDocument *self = MU_REGISTER_DOCUMENT (object);

  g_ptr_array_unref (self->debts);
  g_array_unref (self->states);
  g_hash_table_unref (self->debtors);
  g_hash_table_unref (self->index);
  g_ptr_array_unref (self->undo);
  g_ptr_array_unref (self->redo);
  g_free (self->currency);
  g_free (self->last);
  G_OBJECT_CLASS (mu_register_document_parent_class)->finalize (object);
}

static void
mu_register_document_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  MuRegisterDocument *self = MU_REGISTER_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, mu_register_document_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, mu_register_document_can_redo (self));
      break;
    case PROP_N_DEBTS:
      g_value_set_uint (value, self->debts->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mu_register_document_class_init (MuRegisterDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mu_register_document_finalize;
  object_class->get_property = mu_register_document_get_property;

  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_DEBTS] = g_param_spec_uint ("n-debts", NULL, NULL, 0, G_MAXUINT, 0,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The debt at a position was changed, or its debtor: (guint position). */
  signals[DEBT_CHANGED] = g_signal_new ("debt-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                        NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  /* The debts are new: positions from before mean nothing. */
  signals[RELOADED] = g_signal_new ("reloaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mu_register_document_init (MuRegisterDocument *self)
{
  g_date_clear (&self->today, 1);
  g_date_clear (&self->as_of, 1);
  self->debts = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_debt_free);
  self->states = g_array_new (FALSE, TRUE, sizeof (MuDebtState));
  self->debtors = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) mu_debtor_free);
  self->index = g_hash_table_new (g_str_hash, g_str_equal);
  self->undo = g_ptr_array_new_with_free_func (mu_register_step_free);
  self->redo = g_ptr_array_new_with_free_func (mu_register_step_free);
}

/* An empty register over @store, which it does not own: the window's,
 * which outlives it. mu_register_document_load() reads it. */
MuRegisterDocument *
mu_register_document_new (MuStore *store)
{
  MuRegisterDocument *self;

  g_return_val_if_fail (store != NULL, NULL);

  self = g_object_new (MU_TYPE_REGISTER_DOCUMENT, NULL);
  self->store = store;
  return self;
}

MuStore *
mu_register_document_get_store (MuRegisterDocument *self)
{
  g_return_val_if_fail (MU_IS_REGISTER_DOCUMENT (self), NULL);
  return self->store;
}

gboolean
mu_register_document_get_editable (MuRegisterDocument *self)
{
  g_return_val_if_fail (MU_IS_REGISTER_DOCUMENT (self), FALSE);
  return !mu_store_is_read_only (self->store);
}

static void
update_as_of (MuRegisterDocument *self)
{
  if (g_date_valid (&self->today))
    {
      self->as_of = self->today;
      return;
    }
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();

    g_date_set_dmy (&self->as_of, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                    g_date_time_get_year (now));
  }
}

/* What a debt is as of the register's date; one the store gave is valid,
 * so a state that cannot be worked out is shown as open and owed whole. */
static MuDebtState
state_of (MuRegisterDocument *self,
          const MuDebt       *debt)
{
  MuDebtState state = { 0 };
  g_autoptr(GError) error = NULL;

  if (!mu_debt_state (debt, &self->as_of, &state, &error))
    {
      g_warning ("debt %s: %s", debt->id, error->message);
      memset (&state, 0, sizeof state);
      state.outstanding = debt->amount;
      g_date_clear (&state.limitation, 1);
      g_date_clear (&state.court_from, 1);
      g_date_clear (&state.next_date, 1);
    }
  return state;
}

/* The states of every debt as of the register's date, and the index. */
static void
set_states (MuRegisterDocument *self)
{
  update_as_of (self);
  g_array_set_size (self->states, self->debts->len);
  g_hash_table_remove_all (self->index);
  g_clear_pointer (&self->currency, g_free);
  for (guint i = 0; i < self->debts->len; i++)
    {
      MuDebt *debt = g_ptr_array_index (self->debts, i);

      g_array_index (self->states, MuDebtState, i) = state_of (self, debt);
      g_hash_table_insert (self->index, debt->id, GUINT_TO_POINTER (i + 1));
    }
}

/* Reads the debts and debtors again from the library, as of today. */
gboolean
mu_register_document_load (MuRegisterDocument  *self,
                           GError             **error)
{
  g_autoptr(GPtrArray) debts = NULL;
  g_autoptr(GPtrArray) debtors = NULL;

  g_return_val_if_fail (MU_IS_REGISTER_DOCUMENT (self), FALSE);

  if ((debtors = mu_store_list_debtors (self->store, error)) == NULL ||
      (debts = mu_store_list_debts (self->store, error)) == NULL)
    return FALSE;
  g_hash_table_remove_all (self->index);
  g_hash_table_remove_all (self->debtors);
  g_ptr_array_set_free_func (debtors, NULL);
  for (guint i = 0; i < debtors->len; i++)
    {
      MuDebtor *debtor = g_ptr_array_index (debtors, i);

      g_hash_table_replace (self->debtors, debtor->id, debtor);
    }
  g_ptr_array_set_size (self->debts, 0);
  g_ptr_array_set_free_func (debts, NULL);
  for (guint i = 0; i < debts->len; i++)
    g_ptr_array_add (self->debts, g_ptr_array_index (debts, i));
  set_states (self);
  g_signal_emit (self, signals[RELOADED], 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DEBTS]);
  return TRUE;
}

/* The date the states are of: @today, or the real today for NULL. */
void
mu_register_document_set_today (MuRegisterDocument *self,
                                const GDate        *today)
{
  g_return_if_fail (MU_IS_REGISTER_DOCUMENT (self));

  if (today != NULL && g_date_valid (today))
    self->today = *today;
  else
    g_date_clear (&self->today, 1);
  set_states (self);
  g_signal_emit (self, signals[RELOADED], 0);
}

const GDate *
mu_register_document_get_today (MuRegisterDocument *self)
{
  g_return_val_if_fail (MU_IS_REGISTER_DOCUMENT (self), NULL);
  if (!g_date_valid (&self->as_of))
    update_as_of (self);
  return &self->as_of;
}

guint
mu_register_document_get_n_debts (MuRegisterDocument *self)
{
  g_return_val_if_fail (MU_IS_REGISTER_DOCUMENT (self), 0);
  return self->debts->len;
}

const MuDebt *
mu_register_document_get_debt (MuRegisterDocument *self,
                               guint               position)
{
  g_return_val_if_fail (MU_IS_REGISTER_DOCUMENT (self), NULL);
  g_return_val_if_fail (position < self->debts->len, NULL);
  return g_ptr_array_index (self->debts, position);
}

const MuDebtState *
mu_register_document_get_state (MuRegisterDocument *self,
                                guint               position)
{
  g_return_val_if_fail (MU_IS_REGISTER_DOCUMENT (self), NULL);
  g_return_val_if_fail (position < self->states->len, NULL);
  return &g_array_index (self->states, MuDebtState, position);
}

/* The debtor of the debt at @position; NULL only if the library lost it. */
const MuDebtor *
mu_register_document_get_debtor (MuRegisterDocument *self,
                                 guint               position)
{
  const MuDebt *debt = mu_register_document_get_debt (self, position);

  return debt != NULL ? g_hash_table_lookup (self->debtors, debt->debtor_id) : NULL;
}

/* The position of the debt @id, or −1. */
int
mu_register_document_find (MuRegisterDocument *self,
                           const char         *id)
{
  g_return_val_if_fail (MU_IS_REGISTER_DOCUMENT (self), -1);
  return id != NULL ? (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->index, id)) - 1 : -1;
}

/* The findings (MuFinding) of the debt at @position, as of today. */
GPtrArray *
mu_register_document_check (MuRegisterDocument *self,
                            guint               position)
{
  const MuDebt *debt = mu_register_document_get_debt (self, position);
  const MuDebtor *debtor = mu_register_document_get_debtor (self, position);

  g_return_val_if_fail (debt != NULL, NULL);
  return mu_debt_check (debt, debtor, &self->as_of);
}

/* The currency in which the most debts are outstanding, that the ageing
 * chart is drawn in; the first one's while none is; NULL for none. */
const char *
mu_register_document_get_main_currency (MuRegisterDocument *self)
{
  g_autoptr(GHashTable) counts = NULL;
  guint best = 0;

  g_return_val_if_fail (MU_IS_REGISTER_DOCUMENT (self), NULL);

  if (self->currency != NULL || self->debts->len == 0)
    return self->currency;
  counts = g_hash_table_new (g_str_hash, g_str_equal);
  self->currency = g_strdup (((MuDebt *) g_ptr_array_index (self->debts, 0))->currency);
  for (guint i = 0; i < self->debts->len; i++)
    {
      MuDebt *debt = g_ptr_array_index (self->debts, i);
      guint n;

      if (g_array_index (self->states, MuDebtState, i).outstanding == 0)
        continue;
      n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, debt->currency)) + 1;
      g_hash_table_insert (counts, debt->currency, GUINT_TO_POINTER (n));
      if (n > best)
        {
          best = n;
          g_free (self->currency);
          self->currency = g_strdup (debt->currency);
        }
    }
  return self->currency;
}

/* The history */

static void
notify_history (MuRegisterDocument *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

void
mu_register_document_push_step (MuRegisterDocument *self,
                                Step               *step)
{
  g_ptr_array_add (self->undo, step);
  if (self->undo->len > HISTORY_MAX)
    g_ptr_array_remove_index (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  notify_history (self);
}

/* Puts @debt, as stored, in the place of the one with its id. */
static void
replace_debt (MuRegisterDocument *self,
              MuDebt             *debt)
{
  int position = mu_register_document_find (self, debt->id);

  if (position < 0)
    {
      mu_debt_free (debt);
      return;
    }
  g_ptr_array_index (self->debts, position) = debt;
  /* The index keys on the id of the debt it held, which goes. */
  g_hash_table_replace (self->index, debt->id, GUINT_TO_POINTER (position + 1));
  g_array_index (self->states, MuDebtState, position) = state_of (self, debt);
  g_clear_pointer (&self->currency, g_free);
  g_signal_emit (self, signals[DEBT_CHANGED], 0, (guint) position);
}

/* What the change to the debt @id left in the library, read back, and
 * the step that undoes it. */
gboolean
mu_register_document_changed_debt (MuRegisterDocument  *self,
                                   const MuDebt        *before,
                                   GError             **error)
{
  MuDebt *stored = mu_store_get_debt (self->store, before->id, error);
  Step *step;
  MuDebt *old;

  if (stored == NULL)
    return FALSE;
  step = g_new0 (Step, 1);
  step->kind = STEP_DEBT;
  step->before = mu_debt_copy (before);
  step->after = mu_debt_copy (stored);
  old = g_ptr_array_index (self->debts, mu_register_document_find (self, before->id));
  replace_debt (self, stored);
  mu_debt_free (old);
  mu_register_document_push_step (self, step);
  return TRUE;
}

/* Says that every debt of @debtor changed. */
static void
debtor_changed (MuRegisterDocument *self,
                const char         *debtor)
{
  for (guint i = 0; i < self->debts->len; i++)
    if (g_str_equal (((MuDebt *) g_ptr_array_index (self->debts, i))->debtor_id, debtor))
      g_signal_emit (self, signals[DEBT_CHANGED], 0, i);
}

/* Writes @debtor and keeps it as the register's. */
gboolean
mu_register_document_put_debtor (MuRegisterDocument  *self,
                                 const MuDebtor      *debtor,
                                 GError             **error)
{
  MuDebtor *copy;

  if (!mu_store_save_debtor (self->store, debtor, error))
    return FALSE;
  copy = mu_debtor_copy (debtor);
  g_hash_table_replace (self->debtors, copy->id, copy);
  debtor_changed (self, copy->id);
  return TRUE;
}

gboolean
mu_register_document_can_undo (MuRegisterDocument *self)
{
  g_return_val_if_fail (MU_IS_REGISTER_DOCUMENT (self), FALSE);
  return self->undo->len > 0 && mu_register_document_get_editable (self);
}

gboolean
mu_register_document_can_redo (MuRegisterDocument *self)
{
  g_return_val_if_fail (MU_IS_REGISTER_DOCUMENT (self), FALSE);
  return self->redo->len > 0 && mu_register_document_get_editable (self);
}

/* Writes the debts of an import to the trash, or back from it. */
static gboolean
trash_imported (MuRegisterDocument  *self,
                GPtrArray           *ids,
                gboolean             back,
                GError             **error)
{
  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);

      if (!(back ? mu_store_undelete_debt (self->store, id, error) : mu_store_delete_debt (self->store, id, error)))
        {
          /* What was done is shown as it is in the library. */
          mu_register_document_load (self, NULL);
          return FALSE;
        }
    }
  return mu_register_document_load (self, error);
}

/* Makes the library hold what the step had before (@back) or after. */
static gboolean
run_step (MuRegisterDocument  *self,
          Step                *step,
          gboolean             back,
          GError             **error)
{
  const MuDebt *debt = back ? step->before : step->after;
  MuDebt *stored;

  switch (step->kind)
    {
    case STEP_DEBTOR:
      return mu_register_document_put_debtor (self, back ? step->debtor_before : step->debtor_after, error);
    case STEP_IMPORT:
      return trash_imported (self, step->ids, !back, error);
    case STEP_DEBT:
    default:
      if (!mu_store_save_debt (self->store, debt, error) || (stored = mu_store_get_debt (self->store, debt->id,
                                                                                        error)) == NULL)
        return FALSE;
      {
        int position = mu_register_document_find (self, debt->id);
        MuDebt *old = position >= 0 ? g_ptr_array_index (self->debts, position) : NULL;

        replace_debt (self, stored);
        mu_debt_free (old);
      }
      return TRUE;
    }
}

/* The id of the debt a step changed, or NULL for an import or debtor. */
static const char *
step_debt (MuRegisterDocument *self,
           Step               *step)
{
  g_free (self->last);
  self->last = step->kind == STEP_DEBT ? g_strdup (step->before->id) : NULL;
  return self->last;
}

/* Undoes the last step; returns the id of the debt it changed (NULL for
 * an import or a debtor's change, and on error). */
const char *
mu_register_document_undo (MuRegisterDocument  *self,
                           GError             **error)
{
  Step *step;

  g_return_val_if_fail (MU_IS_REGISTER_DOCUMENT (self), NULL);

  if (!mu_register_document_can_undo (self))
    return NULL;
  step = g_ptr_array_index (self->undo, self->undo->len - 1);
  if (!run_step (self, step, TRUE, error))
    return NULL;
  g_ptr_array_add (self->redo, g_ptr_array_steal_index (self->undo, self->undo->len - 1));
  notify_history (self);
  return step_debt (self, step);
}

const char *
mu_register_document_redo (MuRegisterDocument  *self,
                           GError             **error)
{
  Step *step;

  g_return_val_if_fail (MU_IS_REGISTER_DOCUMENT (self), NULL);

  if (!mu_register_document_can_redo (self))
    return NULL;
  step = g_ptr_array_index (self->redo, self->redo->len - 1);
  if (!run_step (self, step, FALSE, error))
    return NULL;
  g_ptr_array_add (self->undo, g_ptr_array_steal_index (self->redo, self->redo->len - 1));
  notify_history (self);
  return step_debt (self, step);
}

