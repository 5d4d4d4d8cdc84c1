/* test-document.c — the scenario being edited, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "mu-core-error.h"
#include "mu-exchange.h"
#include "mu-scenario-document.h"
#include "test-util.h"

/* The article's case B: 200 and 500 in a pool of 700, the bank repaid
 * 125 a quarter. */
static MuScenario *
case_b (void)
{
  return load_example ("case-b-diminishing-redemption.musharaka");
}

/* The clock the history merges keystrokes by, moved by hand. */
static gint64 test_time;

static gint64
test_clock (gpointer data)
{
  return test_time;
}

static const char * const details[] = { "general", "partners", "financing", "profit", "balance", "result" };

typedef struct
{
  GString *details;  /* the "changed" details, in order */
} Changes;

static void
on_changed (MuScenarioDocument *document,
            gpointer            data)
{
  Changes *changes = g_object_get_data (G_OBJECT (document), "changes");

  g_string_append_printf (changes->details, "%s ", details[GPOINTER_TO_UINT (data)]);
}

/* Records each detail emitted, in order, through a handler a detail. */
static void
watch (MuScenarioDocument *document,
       Changes            *changes)
{
  changes->details = g_string_new (NULL);
  g_object_set_data (G_OBJECT (document), "changes", changes);
  for (guint i = 0; i < G_N_ELEMENTS (details); i++)
    {
      g_autofree char *signal = g_strconcat ("changed::", details[i], NULL);

      g_signal_connect (document, signal, G_CALLBACK (on_changed), GUINT_TO_POINTER (i));
    }
}

static MuScenarioDocument *
new_document (MuScenario *scenario)
{
  MuScenarioDocument *document = mu_scenario_document_new (NULL, NULL, scenario);

  mu_scenario_document_set_clock (document, test_clock, NULL);
  mu_scenario_free (scenario);
  return document;
}

/* Sets the profit of the first period, as the profit field does. */
static gboolean
set_profit (MuScenarioDocument *document,
            MuMoney             profit,
            GError            **error)
{
  MuScenario *edited = mu_scenario_document_dup_scenario (document);

  edited->profit.per_period = profit;
  return mu_scenario_document_apply (document, "profit.per_period", edited, error);
}

static void
test_edit_valid_and_invalid (void)
{
  g_autoptr(MuScenarioDocument) document = new_document (case_b ());
  g_autoptr(MuScenario) before = mu_scenario_document_dup_scenario (document);
  g_autoptr(GError) error = NULL;
  MuScenario *edited;
  Changes changes;

  watch (document, &changes);
  g_assert_nonnull (mu_scenario_document_get_result (document));
  g_assert_cmpint (mu_scenario_document_get_result (document)->periods[0].profit, ==, 10000);

  /* Valid: applied, computed, announced by its part. */
  g_assert_true (set_profit (document, 15000, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mu_scenario_document_get_result (document)->periods[0].profit, ==, 15000);
  g_assert_cmpstr (changes.details->str, ==, "profit result ");
  g_assert_true (mu_scenario_document_get_dirty (document));
  g_assert_true (mu_scenario_document_can_undo (document));

  /* Invalid: nothing changes, the reason names no path. */
  g_string_truncate (changes.details, 0);
  edited = mu_scenario_document_dup_scenario (document);
  g_free (edited->name);
  edited->name = g_strdup ("");
  g_assert_false (mu_scenario_document_apply (document, "name", edited, &error));
  g_assert_error (error, MU_CORE_ERROR, MU_CORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "the scenario needs a name");
  g_clear_error (&error);
  g_assert_cmpstr (mu_scenario_document_get_name (document), ==, "Harvester (redemption)");
  g_assert_cmpstr (changes.details->str, ==, "");

  /* Installments 0 is refused, never taken as 1. */
  edited = mu_scenario_document_dup_scenario (document);
  edited->financing.installments = 0;
  g_assert_false (mu_scenario_document_apply (document, "financing.installments", edited, &error));
  g_assert_error (error, MU_CORE_ERROR, MU_CORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (mu_scenario_document_get_scenario (document)->financing.installments, ==, 4);

  /* The same value again is no step. */
  g_assert_true (set_profit (document, 15000, &error));
  mu_scenario_document_undo (document);
  g_assert_true (mu_scenario_equal (mu_scenario_document_get_scenario (document), before));
  g_assert_false (mu_scenario_document_can_undo (document));
  g_string_free (changes.details, TRUE);
}

static void
test_merge_by_path (void)
{
  g_autoptr(MuScenarioDocument) document = new_document (case_b ());
  const MuScenario *s = mu_scenario_document_get_scenario (document);
  MuScenario *edited;

  /* "1", "15", "150" typed in one field, 0.2 s apart: one step. */
  test_time = 1000000;
  set_profit (document, 100, NULL);
  test_time += 200000;
  set_profit (document, 1500, NULL);
  test_time += 200000;
  set_profit (document, 15000, NULL);
  /* Another field: its own step. */
  test_time += 200000;
  edited = mu_scenario_document_dup_scenario (document);
  edited->profit.growth = 50000;
  mu_scenario_document_apply (document, "profit.growth", edited, NULL);
  /* Back to the first, after a pause: a new step. */
  test_time += 5 * G_TIME_SPAN_SECOND;
  set_profit (document, 20000, NULL);
  /* Within the time, but after the field was left: a new step too. */
  mu_scenario_document_seal (document);
  test_time += 100000;
  set_profit (document, 30000, NULL);

  mu_scenario_document_undo (document);
  s = mu_scenario_document_get_scenario (document);
  g_assert_cmpint (s->profit.per_period, ==, 20000);
  mu_scenario_document_undo (document);
  s = mu_scenario_document_get_scenario (document);
  g_assert_cmpint (s->profit.per_period, ==, 15000);
  g_assert_cmpint (s->profit.growth, ==, 50000);
  mu_scenario_document_undo (document);
  s = mu_scenario_document_get_scenario (document);
  g_assert_cmpint (s->profit.growth, ==, 0);
  g_assert_cmpint (s->profit.per_period, ==, 15000);
  mu_scenario_document_undo (document);
  s = mu_scenario_document_get_scenario (document);
  g_assert_cmpint (s->profit.per_period, ==, 10000);
  g_assert_false (mu_scenario_document_can_undo (document));
  g_assert_true (mu_scenario_document_can_redo (document));
}

static void
test_refuse_takes_back_typing (void)
{
  g_autoptr(MuScenarioDocument) document = new_document (case_b ());
  Changes changes;

  /* "1" of "1e5" was valid and applied; "1e" is not: the field's typing
   * is taken back to the 100.00 before it. */
  test_time = 1000000;
  set_profit (document, 100, NULL);
  g_assert_cmpint (mu_scenario_document_get_scenario (document)->profit.per_period, ==, 100);
  watch (document, &changes);
  test_time += 100000;
  mu_scenario_document_refuse (document, "profit.per_period");
  g_assert_cmpint (mu_scenario_document_get_scenario (document)->profit.per_period, ==, 10000);
  g_assert_cmpint (mu_scenario_document_get_result (document)->periods[0].profit, ==, 10000);
  g_assert_cmpstr (changes.details->str, ==, "profit result ");
  g_assert_false (mu_scenario_document_can_undo (document));

  /* Refusing again, or another field, changes nothing. */
  g_string_truncate (changes.details, 0);
  mu_scenario_document_refuse (document, "profit.per_period");
  mu_scenario_document_refuse (document, "name");
  g_assert_cmpstr (changes.details->str, ==, "");

  /* A committed value stays: "200000.55" left, then "200000.555" typed. */
  set_profit (document, 20000055, NULL);
  mu_scenario_document_seal (document);
  test_time += 100000;
  mu_scenario_document_refuse (document, "profit.per_period");
  g_assert_cmpint (mu_scenario_document_get_scenario (document)->profit.per_period, ==, 20000055);
  g_string_free (changes.details, TRUE);
}

static void
apply_or_fail (MuScenarioDocument *document,
               const char         *path,
               MuScenario         *edited)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (mu_scenario_document_apply (document, path, edited, &error));
  g_assert_no_error (error);
}

static void
test_remove_bank_and_buyer (void)
{
  g_autoptr(MuScenarioDocument) document = new_document (case_b ());
  MuScenario *edited;
  MuPartner *son;

  /* Removing the bank switches the financing off. */
  edited = mu_scenario_document_dup_scenario (document);
  mu_scenario_remove_partner (edited, 1);
  apply_or_fail (document, "partners", edited);
  g_assert_false (mu_scenario_document_get_scenario (document)->financing.enabled);
  g_assert_cmpint (mu_scenario_document_get_result (document)->bank, ==, -1);
  mu_scenario_document_undo (document);
  g_assert_true (mu_scenario_document_get_scenario (document)->financing.enabled);

  /* Removing one of two buyers keeps it; the last switches it off. */
  edited = mu_scenario_document_dup_scenario (document);
  son = mu_scenario_add_partner (edited, "Son", MU_PARTNER_OWNER);
  mu_partner_set_cash (son, 5000);
  g_ptr_array_add (edited->financing.buyer_ids, g_strdup (son->id));
  apply_or_fail (document, "partners", edited);
  g_assert_cmpuint (mu_scenario_document_get_scenario (document)->financing.buyer_ids->len, ==, 2);
  edited = mu_scenario_document_dup_scenario (document);
  mu_scenario_remove_partner (edited, 2);
  apply_or_fail (document, "partners", edited);
  g_assert_true (mu_scenario_document_get_scenario (document)->financing.enabled);
  edited = mu_scenario_document_dup_scenario (document);
  mu_scenario_remove_partner (edited, 0);
  apply_or_fail (document, "partners", edited);
  g_assert_false (mu_scenario_document_get_scenario (document)->financing.enabled);
}

static void
test_currency_rescales (void)
{
  g_autoptr(MuScenarioDocument) document = new_document (case_b ());
  g_autoptr(GError) error = NULL;
  const MuScenario *s;
  MuScenario *edited;
  Changes changes;

  watch (document, &changes);
  edited = mu_scenario_document_dup_scenario (document);
  g_assert_true (mu_scenario_set_currency (edited, "KWD", &error));
  g_assert_no_error (error);
  apply_or_fail (document, "currency", edited);
  s = mu_scenario_document_get_scenario (document);
  /* 500.00 RUB is 500.000 KWD: three digits after the point. */
  g_assert_cmpstr (s->currency, ==, "KWD");
  g_assert_cmpint (mu_partner_get_cash (mu_scenario_get_partner (s, 1)), ==, 500000);
  g_assert_cmpint (mu_partner_get_cash (mu_scenario_get_partner (s, 0)), ==, 200000);
  g_assert_cmpint (s->profit.per_period, ==, 100000);
  g_assert_cmpint (mu_scenario_document_get_result (document)->periods[0].buyout, ==, 125000);
  g_assert_cmpstr (changes.details->str, ==, "general partners profit result ");
  g_string_free (changes.details, TRUE);
}

static void
test_round_trips (void)
{
  g_autoptr(MuScenarioDocument) document = new_document (case_b ());
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_scenario_free);
  MuScenario *edited;

  g_ptr_array_add (states, mu_scenario_document_dup_scenario (document));
  for (guint i = 0; i < 5; i++)
    {
      edited = mu_scenario_document_dup_scenario (document);
      switch (i)
        {
        case 0:
          g_free (edited->name);
          edited->name = g_strdup ("Комбайн");
          break;
        case 1:
          mu_scenario_add_partner (edited, "Son", MU_PARTNER_INVESTOR);
          break;
        case 2:
          mu_scenario_move_partner (edited, 2, 0);
          break;
        case 3:
          edited->financing.rent = 5000;
          break;
        default:
          mu_scenario_set_periods (edited, 8);
          break;
        }
      apply_or_fail (document, i == 4 ? "periods" : "step", edited);
      mu_scenario_document_seal (document);
      g_ptr_array_add (states, mu_scenario_document_dup_scenario (document));
    }
  for (guint i = states->len - 1; i-- > 0;)
    {
      mu_scenario_document_undo (document);
      g_assert_true (mu_scenario_equal (mu_scenario_document_get_scenario (document), g_ptr_array_index (states, i)));
    }
  for (guint i = 1; i < states->len; i++)
    {
      mu_scenario_document_redo (document);
      g_assert_true (mu_scenario_equal (mu_scenario_document_get_scenario (document), g_ptr_array_index (states, i)));
    }
  g_assert_false (mu_scenario_document_can_redo (document));
}

static void
test_history_capped (void)
{
  g_autoptr(MuScenarioDocument) document = new_document (case_b ());
  guint undone = 0;

  for (guint i = 1; i <= 500; i++)
    {
      set_profit (document, i, NULL);
      mu_scenario_document_seal (document);
    }
  while (mu_scenario_document_can_undo (document))
    {
      mu_scenario_document_undo (document);
      undone++;
    }
  g_assert_cmpuint (undone, ==, 200);
  g_assert_cmpint (mu_scenario_document_get_scenario (document)->profit.per_period, ==, 300);
}

static gboolean
quit_loop (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

static void
test_autosave_then_load (void)
{
  g_autofree char *dir = g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = g_build_filename (dir, "library.sqlite3", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MuStore) store = mu_store_open (path, MU_STORE_OPEN_NO_SEED, &error);
  g_autoptr(MuScenario) scenario = case_b ();
  g_autofree char *uuid = mu_store_save (store, NULL, scenario, &error);
  g_autoptr(MuScenarioDocument) document = NULL;
  g_autoptr(MuScenario) loaded = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  guint timeout;

  g_assert_no_error (error);
  document = mu_scenario_document_new (store, uuid, scenario);
  g_assert_true (set_profit (document, 12345, NULL));
  g_assert_true (mu_scenario_document_get_dirty (document));

  /* Saved by itself a moment later; the test gives up after a minute. */
  g_signal_connect_swapped (document, "saved", G_CALLBACK (g_main_loop_quit), loop);
  timeout = g_timeout_add_seconds (60, quit_loop, loop);
  g_main_loop_run (loop);
  g_source_remove (timeout);
  g_assert_false (mu_scenario_document_get_dirty (document));

  loaded = mu_store_load (store, uuid, &error);
  g_assert_no_error (error);
  g_assert_true (mu_scenario_equal (loaded, mu_scenario_document_get_scenario (document)));
  g_assert_cmpint (loaded->profit.per_period, ==, 12345);

  /* A change pending when the document goes is written first. */
  g_assert_true (set_profit (document, 777, NULL));
  g_clear_object (&document);
  g_clear_pointer (&loaded, mu_scenario_free);
  loaded = mu_store_load (store, uuid, &error);
  g_assert_cmpint (loaded->profit.per_period, ==, 777);

  g_clear_pointer (&store, mu_store_close);
  g_unlink (path);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/edit/valid-and-invalid", test_edit_valid_and_invalid);
  g_test_add_func ("/document/undo/merge-by-path", test_merge_by_path);
  g_test_add_func ("/document/undo/refuse-takes-back-typing", test_refuse_takes_back_typing);
  g_test_add_func ("/document/undo/round-trips", test_round_trips);
  g_test_add_func ("/document/undo/capped", test_history_capped);
  g_test_add_func ("/document/partners/remove-bank-and-buyer", test_remove_bank_and_buyer);
  g_test_add_func ("/document/currency/rescales", test_currency_rescales);
  g_test_add_func ("/document/save/autosave-then-load", test_autosave_then_load);
  return g_test_run ();
}
