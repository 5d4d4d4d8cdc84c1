/* mu-scenario-document.c — one scenario being edited: its value, its
 * result, its history and its saving
 *
 * The editors never hold the scenario: they ask the document for it, and
 * give it back changed, one field at a time. An edit that leaves the
 * scenario valid is kept as a step of the history, computed, announced
 * by the part it touched and saved a moment later; one that does not
 * changes nothing, and the field that made it says why.
 *
 * Typing in one field is one step while it goes on: keystrokes on the
 * same path within MERGE_USEC of each other join the step before, until
 * the field is left (mu_scenario_document_seal()). A field whose text
 * stops being valid takes back what its typing had applied
 * (mu_scenario_document_refuse()), so "1e5" never leaves the "1" typed
 * on the way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka"

#include "config.h"

#include <string.h>

#include "mu-scenario-document.h"

/* Keystrokes this close together in one field are one step. */
#define MERGE_USEC (1500 * G_TIME_SPAN_MILLISECOND)
/* Steps kept; the oldest go first. */
#define HISTORY_MAX 200
/* The library is written this long after the last change. */
#define SAVE_DELAY_MS 300

typedef struct
{
  MuScenario *before;  /* the scenario before the step */
  char       *path;    /* the field it edited */
  gint64      time;    /* of its last keystroke */
  gboolean    sealed;  /* no later keystroke joins it */
} Step;

struct _MuScenarioDocument
{
  GObject          parent_instance;

  MuStore         *store;     /* not owned: the window's, which outlives it */
  char            *uuid;
  MuScenario      *scenario;  /* always valid */
  MuResult        *result;    /* NULL when the engine refused it */
  GError          *problem;   /* why, then */
  GPtrArray       *undo;      /* of Step*, oldest first */
  GPtrArray       *redo;
  gboolean         dirty;
  guint            save_source;
  MuDocumentClock  clock;
  gpointer         clock_data;
};

G_DEFINE_FINAL_TYPE (MuScenarioDocument, mu_scenario_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_UUID,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_DIRTY,
  N_PROPS
};

enum {
  CHANGED,
  SAVED,
  SAVE_FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
step_free (gpointer data)
{
  Step *step = data;

  mu_scenario_free (step->before);
  g_free (step->path);
  g_free (step);
}

static gint64
now (MuScenarioDocument *self)
{
  return self->clock != NULL ? self->clock (self->clock_data) : g_get_monotonic_time ();
}

static void
recompute (MuScenarioDocument *self)
{
  g_clear_pointer (&self->result, mu_result_unref);
  g_clear_error (&self->problem);
  self->result = mu_engine_run (self->scenario, &self->problem);
}

/* Says which parts of the scenario differ from @before, then that the
 * result is new. */
static void
announce (MuScenarioDocument *self,
          const MuScenario   *before)
{
  static const struct { guint part; const char *detail; } parts[] = {
    { MU_SCENARIO_PART_GENERAL, MU_DOCUMENT_GENERAL },
    { MU_SCENARIO_PART_PARTNERS, MU_DOCUMENT_PARTNERS },
    { MU_SCENARIO_PART_FINANCING, MU_DOCUMENT_FINANCING },
    { MU_SCENARIO_PART_PROFIT, MU_DOCUMENT_PROFIT },
    { MU_SCENARIO_PART_BALANCE, MU_DOCUMENT_BALANCE },
  };
  guint changed = mu_scenario_compare_parts (before, self->scenario);
  gboolean renamed = g_strcmp0 (before->name, self->scenario->name) != 0;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (changed & parts[i].part)
      g_signal_emit (self, signals[CHANGED], g_quark_from_static_string (parts[i].detail));
  g_signal_emit (self, signals[CHANGED], g_quark_from_static_string (MU_DOCUMENT_RESULT));
  if (renamed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

static gboolean
save_later (gpointer data)
{
  MuScenarioDocument *self = data;
  g_autoptr(GError) error = NULL;

  self->save_source = 0;
  if (!mu_scenario_document_save (self, &error))
    g_signal_emit (self, signals[SAVE_FAILED], 0, error);
  return G_SOURCE_REMOVE;
}

static void
set_dirty (MuScenarioDocument *self,
           gboolean            dirty)
{
  if (dirty && self->store != NULL && self->uuid != NULL)
    {
      g_clear_handle_id (&self->save_source, g_source_remove);
      self->save_source = g_timeout_add (SAVE_DELAY_MS, save_later, self);
    }
  if (self->dirty == dirty)
    return;
  self->dirty = dirty;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static void
notify_history (MuScenarioDocument *self,
                gboolean            could_undo,
                gboolean            could_redo)
{
  if (could_undo != mu_scenario_document_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != mu_scenario_document_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

/* Makes @scenario the current one, @before having been it until now, and
 * says so. */
static void
replace (MuScenarioDocument *self,
         MuScenario         *scenario)
{
  g_autoptr(MuScenario) before = g_steal_pointer (&self->scenario);

  self->scenario = scenario;
  recompute (self);
  set_dirty (self, TRUE);
  announce (self, before);
}

/* Takes @edited, a changed copy of the scenario, as the value of the
 * field @path: if it is valid, it is kept as a step of the history,
 * computed, announced and saved. If not, nothing changes and @error says
 * what is wrong, as a sentence for the field. */
gboolean
mu_scenario_document_apply (MuScenarioDocument *self,
                            const char         *path,
                            MuScenario         *edited,
                            GError            **error)
{
  g_autoptr(MuScenario) scenario = edited;
  g_autofree char *where = NULL;
  gboolean could_undo, could_redo;
  Step *last;
  gint64 time;

  g_return_val_if_fail (MU_IS_SCENARIO_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL && edited != NULL, FALSE);

  if (!mu_scenario_check (scenario, &where, error))
    return FALSE;
  if (mu_scenario_equal (scenario, self->scenario))
    return TRUE;

  could_undo = mu_scenario_document_can_undo (self);
  could_redo = mu_scenario_document_can_redo (self);
  time = now (self);
  last = self->undo->len > 0 ? g_ptr_array_index (self->undo, self->undo->len - 1) : NULL;
  if (last != NULL && !last->sealed && g_str_equal (last->path, path) && time - last->time <= MERGE_USEC)
    last->time = time;
  else
    {
      Step *step = g_new0 (Step, 1);

      step->before = mu_scenario_copy (self->scenario);
      step->path = g_strdup (path);
      step->time = time;
      g_ptr_array_add (self->undo, step);
      if (self->undo->len > HISTORY_MAX)
        g_ptr_array_remove_index (self->undo, 0);
    }
  g_ptr_array_set_size (self->redo, 0);
  replace (self, g_steal_pointer (&scenario));
  notify_history (self, could_undo, could_redo);
  return TRUE;
}

/* The field @path holds what cannot be stored: what its typing since it
 * was last left had applied is taken back, so the scenario is what it
 * was before that typing began. */
void
mu_scenario_document_refuse (MuScenarioDocument *self,
                             const char         *path)
{
  MuScenario *before = NULL;
  gboolean could_undo, could_redo;

  g_return_if_fail (MU_IS_SCENARIO_DOCUMENT (self));
  g_return_if_fail (path != NULL);

  could_undo = mu_scenario_document_can_undo (self);
  could_redo = mu_scenario_document_can_redo (self);
  while (self->undo->len > 0)
    {
      Step *last = g_ptr_array_index (self->undo, self->undo->len - 1);

      if (last->sealed || !g_str_equal (last->path, path))
        break;
      g_clear_pointer (&before, mu_scenario_free);
      before = g_steal_pointer (&last->before);
      g_ptr_array_remove_index (self->undo, self->undo->len - 1);
    }
  if (before == NULL)
    return;
  replace (self, before);
  notify_history (self, could_undo, could_redo);
}

/* The field being typed in was left: the next keystroke is a new step. */
void
mu_scenario_document_seal (MuScenarioDocument *self)
{
  g_return_if_fail (MU_IS_SCENARIO_DOCUMENT (self));

  if (self->undo->len > 0)
    ((Step *) g_ptr_array_index (self->undo, self->undo->len - 1))->sealed = TRUE;
}

/* Moves the last step of @from to @to, putting its scenario back. */
static void
travel (MuScenarioDocument *self,
        GPtrArray          *from,
        GPtrArray          *to)
{
  gboolean could_undo = mu_scenario_document_can_undo (self);
  gboolean could_redo = mu_scenario_document_can_redo (self);
  Step *step;
  MuScenario *scenario;

  if (from->len == 0)
    return;
  step = g_ptr_array_steal_index (from, from->len - 1);
  scenario = step->before;
  step->before = mu_scenario_copy (self->scenario);
  step->sealed = TRUE;
  g_ptr_array_add (to, step);
  replace (self, scenario);
  notify_history (self, could_undo, could_redo);
}

void
mu_scenario_document_undo (MuScenarioDocument *self)
{
  g_return_if_fail (MU_IS_SCENARIO_DOCUMENT (self));
  travel (self, self->undo, self->redo);
}

void
mu_scenario_document_redo (MuScenarioDocument *self)
{
  g_return_if_fail (MU_IS_SCENARIO_DOCUMENT (self));
  travel (self, self->redo, self->undo);
}

gboolean
mu_scenario_document_can_undo (MuScenarioDocument *self)
{
  g_return_val_if_fail (MU_IS_SCENARIO_DOCUMENT (self), FALSE);
  return self->undo->len > 0;
}

gboolean
mu_scenario_document_can_redo (MuScenarioDocument *self)
{
  g_return_val_if_fail (MU_IS_SCENARIO_DOCUMENT (self), FALSE);
  return self->redo->len > 0;
}

gboolean
mu_scenario_document_get_dirty (MuScenarioDocument *self)
{
  g_return_val_if_fail (MU_IS_SCENARIO_DOCUMENT (self), FALSE);
  return self->dirty;
}

/* Writes the scenario to the library now, if it changed since it was
 * last written. A document of a read-only library, or of none, has
 * nothing to write. */
gboolean
mu_scenario_document_save (MuScenarioDocument *self,
                           GError            **error)
{
  g_autofree char *uuid = NULL;

  g_return_val_if_fail (MU_IS_SCENARIO_DOCUMENT (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (!self->dirty || !mu_scenario_document_get_editable (self) || self->uuid == NULL)
    return TRUE;
  uuid = mu_store_save (self->store, self->uuid, self->scenario, error);
  if (uuid == NULL)
    return FALSE;  /* still dirty: written at the next change or flush */
  set_dirty (self, FALSE);
  g_signal_emit (self, signals[SAVED], 0);
  return TRUE;
}

/* Writes a pending change now; returns whether nothing is left unwritten. */
gboolean
mu_scenario_document_flush (MuScenarioDocument *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (MU_IS_SCENARIO_DOCUMENT (self), FALSE);

  if (mu_scenario_document_save (self, &error))
    return TRUE;
  g_signal_emit (self, signals[SAVE_FAILED], 0, error);
  return FALSE;
}

void
mu_scenario_document_set_clock (MuScenarioDocument *self,
                                MuDocumentClock     clock,
                                gpointer            data)
{
  g_return_if_fail (MU_IS_SCENARIO_DOCUMENT (self));
  self->clock = clock;
  self->clock_data = data;
}

MuStore *
mu_scenario_document_get_store (MuScenarioDocument *self)
{
  g_return_val_if_fail (MU_IS_SCENARIO_DOCUMENT (self), NULL);
  return self->store;
}

const char *
mu_scenario_document_get_uuid (MuScenarioDocument *self)
{
  g_return_val_if_fail (MU_IS_SCENARIO_DOCUMENT (self), NULL);
  return self->uuid;
}

const char *
mu_scenario_document_get_name (MuScenarioDocument *self)
{
  g_return_val_if_fail (MU_IS_SCENARIO_DOCUMENT (self), NULL);
  return self->scenario->name;
}

/* The scenario as it stands: valid, and what the library has or soon
 * will have. */
const MuScenario *
mu_scenario_document_get_scenario (MuScenarioDocument *self)
{
  g_return_val_if_fail (MU_IS_SCENARIO_DOCUMENT (self), NULL);
  return self->scenario;
}

/* A copy of the scenario, for an editor to change and apply. */
MuScenario *
mu_scenario_document_dup_scenario (MuScenarioDocument *self)
{
  g_return_val_if_fail (MU_IS_SCENARIO_DOCUMENT (self), NULL);
  return mu_scenario_copy (self->scenario);
}

/* Its schedule and findings, or NULL when it cannot be computed (then
 * mu_scenario_document_get_problem() says why). Borrowed: take a
 * reference to keep it past the next edit. */
MuResult *
mu_scenario_document_get_result (MuScenarioDocument *self)
{
  g_return_val_if_fail (MU_IS_SCENARIO_DOCUMENT (self), NULL);
  return self->result;
}

const GError *
mu_scenario_document_get_problem (MuScenarioDocument *self)
{
  g_return_val_if_fail (MU_IS_SCENARIO_DOCUMENT (self), NULL);
  return self->problem;
}

/* A scenario of a read-only library is read, printed and exported, not
 * changed. */
gboolean
mu_scenario_document_get_editable (MuScenarioDocument *self)
{
  g_return_val_if_fail (MU_IS_SCENARIO_DOCUMENT (self), FALSE);
  return self->store == NULL || !mu_store_is_read_only (self->store);
}

static void
mu_scenario_document_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  MuScenarioDocument *self = MU_SCENARIO_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->scenario->name);
      break;
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, mu_scenario_document_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, mu_scenario_document_can_redo (self));
      break;
    case PROP_DIRTY:
      g_value_set_boolean (value, self->dirty);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mu_scenario_document_dispose (GObject *object)
{
  MuScenarioDocument *self = MU_SCENARIO_DOCUMENT (object);

  /* A change not yet written is written before the document goes. */
  if (self->save_source != 0)
    mu_scenario_document_flush (self);
  g_clear_handle_id (&self->save_source, g_source_remove);
  G_OBJECT_CLASS (mu_scenario_document_parent_class)->dispose (object);
}

static void
mu_scenario_document_finalize (GObject *object)
{
  MuScenarioDocument *self = MU_SCENARIO_DOCUMENT (object);

  g_clear_pointer (&self->result, mu_result_unref);
  g_clear_error (&self->problem);
  g_clear_pointer (&self->scenario, mu_scenario_free);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_free (self->uuid);
  G_OBJECT_CLASS (mu_scenario_document_parent_class)->finalize (object);
}

static void
mu_scenario_document_class_init (MuScenarioDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = mu_scenario_document_get_property;
  object_class->dispose = mu_scenario_document_dispose;
  object_class->finalize = mu_scenario_document_finalize;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UUID] = g_param_spec_string ("uuid", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                                                    G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                                    G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                                                    G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                                    G_PARAM_STATIC_STRINGS);
  properties[PROP_DIRTY] = g_param_spec_boolean ("dirty", NULL, NULL, FALSE,
                                                 G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Detailed by the part that changed: MU_DOCUMENT_GENERAL and the
   * others, then MU_DOCUMENT_RESULT once it is computed again. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SAVE_FAILED] = g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
mu_scenario_document_init (MuScenarioDocument *self)
{
  self->undo = g_ptr_array_new_with_free_func (step_free);
  self->redo = g_ptr_array_new_with_free_func (step_free);
}

/* The document of @scenario, stored in @store as @uuid; without a store
 * it is edited and never written. */
MuScenarioDocument *
mu_scenario_document_new (MuStore          *store,
                          const char       *uuid,
                          const MuScenario *scenario)
{
  MuScenarioDocument *self;

  g_return_val_if_fail (scenario != NULL, NULL);

  self = g_object_new (MU_TYPE_SCENARIO_DOCUMENT, NULL);
  self->store = store;
  self->uuid = g_strdup (uuid);
  self->scenario = mu_scenario_copy (scenario);
  recompute (self);
  return self;
}
