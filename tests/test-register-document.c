/* test-register-document.c — the register of receivables as the window
 * edits it, without a display: an import, each change and its undoing,
 * checked against what the library holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "debt-test-util.h"
#include "mu-register-document.h"
#include "mu-store-debts.h"
#include "store-test-fixture.h"

/* Two debtors, three debts: what an accounting program exports, with a
 * decimal comma and thousands apart. */
static const char register_csv[] =
  "debtor;tax_number;document;document_date;due;amount;currency\n"
  "Harvester LLC;7701234567;Invoice 17;01.03.2025;31.03.2025;1 000,00;RUB\n"
  "Harvester LLC;7701234567;Invoice 18;15.04.2025;30.04.2025;250,50;RUB\n"
  "Ivanov I. I.;;Contract 3;2025-05-01;2025-06-30;12 000,00;RUB\n";

typedef struct
{
  char               *dir;
  char               *path;
  MuStore            *store;
  MuRegisterDocument *document;
  guint               changed;   /* "debt-changed" emissions */
  guint               last;      /* the position of the last */
  guint               reloaded;
} Register;

static void
on_debt_changed (MuRegisterDocument *document,
                 guint               position,
                 Register           *r)
{
  r->changed++;
  r->last = position;
}

static void
on_reloaded (MuRegisterDocument *document,
             Register           *r)
{
  r->reloaded++;
}

static void
register_set_up (Register      *r,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GDate today = ymd (2025, 6, 10);

  r->dir = g_dir_make_tmp (NULL, &error);
  g_assert_no_error (error);
  r->path = g_build_filename (r->dir, "library.sqlite3", NULL);
  r->store = mu_store_open (r->path, MU_STORE_OPEN_NO_SEED, &error);
  g_assert_no_error (error);
  r->document = mu_register_document_new (r->store);
  mu_register_document_set_today (r->document, &today);
  g_assert_true (mu_register_document_load (r->document, &error));
  g_assert_no_error (error);
  g_signal_connect (r->document, "debt-changed", G_CALLBACK (on_debt_changed), r);
  g_signal_connect (r->document, "reloaded", G_CALLBACK (on_reloaded), r);
  if (data != NULL)
    {
      guint n = 0;

      g_assert_true (mu_register_document_import_csv (r->document, register_csv, strlen (register_csv), &n, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (n, ==, 3);
    }
}

static void
register_tear_down (Register      *r,
                    gconstpointer  data)
{
  g_clear_object (&r->document);
  mu_store_close (r->store);
  remove_tree (r->dir);
  g_free (r->dir);
  g_free (r->path);
}

/* The position of the debt whose document is @document. */
static guint
by_document (Register   *r,
             const char *document)
{
  for (guint i = 0; i < mu_register_document_get_n_debts (r->document); i++)
    if (g_strcmp0 (mu_register_document_get_debt (r->document, i)->document, document) == 0)
      return i;
  g_assert_not_reached ();
}

static const char *
id_of (Register   *r,
       const char *document)
{
  return mu_register_document_get_debt (r->document, by_document (r, document))->id;
}

static const MuDebtState *
state_of (Register   *r,
          const char *document)
{
  return mu_register_document_get_state (r->document, by_document (r, document));
}

/* The debt as the library holds it now. */
static MuDebt *
stored (Register   *r,
        const char *document)
{
  g_autoptr(GError) error = NULL;
  MuDebt *debt = mu_store_get_debt (r->store, id_of (r, document), &error);

  g_assert_no_error (error);
  return debt;
}

static void
test_import (Register      *r,
             gconstpointer  data)
{
  const MuDebtor *debtor;

  g_assert_cmpuint (mu_register_document_get_n_debts (r->document), ==, 3);
  g_assert_cmpuint (r->reloaded, ==, 1);
  /* In the library's order, by due date. */
  g_assert_cmpstr (mu_register_document_get_debt (r->document, 0)->document, ==, "Invoice 17");
  g_assert_cmpstr (mu_register_document_get_debt (r->document, 2)->document, ==, "Contract 3");
  g_assert_cmpint (mu_register_document_get_debt (r->document, 0)->amount, ==, 100000);
  g_assert_cmpint (mu_register_document_get_debt (r->document, 1)->amount, ==, 25050);

  /* As of 10 June 2025: 71 and 41 days late, and one not due. */
  g_assert_cmpuint (state_of (r, "Invoice 17")->days_overdue, ==, 71);
  g_assert_cmpint (state_of (r, "Invoice 17")->bucket, ==, MU_BUCKET_31_90);
  g_assert_cmpint (state_of (r, "Invoice 17")->status, ==, MU_DEBT_OVERDUE);
  g_assert_cmpuint (state_of (r, "Invoice 18")->days_overdue, ==, 41);
  g_assert_cmpint (state_of (r, "Contract 3")->status, ==, MU_DEBT_OPEN);
  g_assert_cmpint (state_of (r, "Contract 3")->bucket, ==, MU_BUCKET_NOT_DUE);
  g_assert_cmpint (state_of (r, "Contract 3")->outstanding, ==, 1200000);

  debtor = mu_register_document_get_debtor (r->document, by_document (r, "Invoice 18"));
  g_assert_cmpstr (debtor->name, ==, "Harvester LLC");
  g_assert_cmpstr (debtor->tax_number, ==, "7701234567");
  g_assert_cmpstr (mu_register_document_get_main_currency (r->document), ==, "RUB");
  g_assert_cmpint (mu_register_document_find (r->document, id_of (r, "Contract 3")), ==, 2);
  g_assert_cmpint (mu_register_document_find (r->document, "no-such-debt"), ==, -1);

  /* The import is a step: undone, its debts go; redone, they are back. */
  g_assert_true (mu_register_document_can_undo (r->document));
  g_assert_null (mu_register_document_undo (r->document, NULL));
  g_assert_cmpuint (mu_register_document_get_n_debts (r->document), ==, 0);
  g_assert_cmpuint (mu_store_count_debts (r->store, NULL), ==, 0);
  mu_register_document_redo (r->document, NULL);
  g_assert_cmpuint (mu_register_document_get_n_debts (r->document), ==, 3);
  g_assert_cmpuint (mu_store_count_debts (r->store, NULL), ==, 3);
}

/* A file with a bad row stores nothing, and says where the row is. */
static void
test_import_bad_row (Register      *r,
                     gconstpointer  data)
{
  static const char bad[] = "debtor;due;amount\nA;2025-01-31;100\nB;31.02.2025;200\n";
  g_autoptr(GError) error = NULL;

  g_assert_false (mu_register_document_import_csv (r->document, bad, strlen (bad), NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "Line 3, column “due”"));
  g_assert_cmpuint (mu_register_document_get_n_debts (r->document), ==, 3);
  g_assert_cmpuint (mu_store_count_debts (r->store, NULL), ==, 3);
  g_clear_error (&error);
  g_assert_false (mu_register_document_import_csv (r->document, "", 0, NULL, &error));
  g_assert_nonnull (strstr (error->message, "empty"));
  g_assert_cmpuint (mu_store_count_debts (r->store, NULL), ==, 3);
}

static void
test_payment_undo (Register      *r,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GDate paid = ymd (2025, 6, 5);
  g_autofree char *id = g_strdup (id_of (r, "Invoice 17"));

  g_assert_true (mu_register_document_add_payment (r->document, id, &paid, 30000, MU_PAYMENT_CASH, "at the office",
                                                   &error));
  g_assert_no_error (error);
  g_assert_cmpuint (r->changed, ==, 1);
  g_assert_cmpuint (r->last, ==, by_document (r, "Invoice 17"));
  g_assert_cmpint (state_of (r, "Invoice 17")->outstanding, ==, 70000);
  g_assert_cmpint (state_of (r, "Invoice 17")->paid, ==, 30000);
  {
    g_autoptr(MuDebt) debt = stored (r, "Invoice 17");

    g_assert_cmpuint (debt->payments->len, ==, 1);
    g_assert_cmpint (g_array_index (debt->payments, MuDebtPayment, 0).amount, ==, 30000);
  }

  /* More than is owed is refused, and nothing changes. */
  g_assert_false (mu_register_document_add_payment (r->document, id, &paid, 70001, MU_PAYMENT_CASH, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (state_of (r, "Invoice 17")->outstanding, ==, 70000);

  g_assert_cmpstr (mu_register_document_undo (r->document, &error), ==, id);
  g_assert_no_error (error);
  g_assert_cmpint (state_of (r, "Invoice 17")->outstanding, ==, 100000);
  {
    g_autoptr(MuDebt) debt = stored (r, "Invoice 17");

    g_assert_cmpuint (debt->payments->len, ==, 0);
  }
  g_assert_true (mu_register_document_can_redo (r->document));
  g_assert_cmpstr (mu_register_document_redo (r->document, &error), ==, id);
  g_assert_cmpint (state_of (r, "Invoice 17")->outstanding, ==, 70000);
  {
    g_autoptr(MuDebt) debt = stored (r, "Invoice 17");

    g_assert_cmpuint (debt->payments->len, ==, 1);
    g_assert_cmpstr (g_array_index (debt->payments, MuDebtPayment, 0).note, ==, "at the office");
  }
  /* The register's total a balance sheet takes: 700.00 + 250.50 + 12 000.00. */
  {
    MuMoney total = 0;
    guint n = 0;
    GDate start = ymd (2025, 7, 1);

    g_assert_true (mu_register_outstanding_total (r->store, "RUB", &start, &total, &n, &error));
    g_assert_no_error (error);
    g_assert_cmpint (total, ==, 70000 + 25050 + 1200000);
    g_assert_cmpuint (n, ==, 3);
    /* Before the payment was made, it was all owed. */
    start = ymd (2025, 6, 1);
    g_assert_true (mu_register_outstanding_total (r->store, "RUB", &start, &total, &n, &error));
    g_assert_cmpint (total, ==, 100000 + 25050 + 1200000);
    g_assert_true (mu_register_outstanding_total (r->store, "USD", &start, &total, &n, &error));
    g_assert_cmpint (total, ==, 0);
    g_assert_cmpuint (n, ==, 0);
  }
}

static void
test_claim_undo (Register      *r,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MuDebtClaim claim = { ymd (2025, 5, 10), MU_CLAIM_BY_POST, no_date () };
  g_autofree char *id = g_strdup (id_of (r, "Invoice 17"));
  g_autoptr(GPtrArray) before = mu_register_document_check (r->document, by_document (r, "Invoice 17"));
  g_autoptr(GPtrArray) after = NULL;
  gboolean asked = FALSE;

  for (guint i = 0; i < before->len; i++)
    asked |= g_str_equal (((MuFinding *) g_ptr_array_index (before, i))->rule, "no-written-claim");
  g_assert_true (asked);

  g_assert_true (mu_register_document_record_claim (r->document, id, &claim, &error));
  g_assert_no_error (error);
  /* Sent on 10 May with 30 days: a suit may be filed from 10 June. */
  g_assert_cmpint (state_of (r, "Invoice 17")->status, ==, MU_DEBT_MAY_SUE);
  assert_date (state_of (r, "Invoice 17")->court_from, "2025-06-10");
  after = mu_register_document_check (r->document, by_document (r, "Invoice 17"));
  for (guint i = 0; i < after->len; i++)
    g_assert_cmpstr (((MuFinding *) g_ptr_array_index (after, i))->rule, !=, "no-written-claim");

  g_assert_cmpstr (mu_register_document_undo (r->document, &error), ==, id);
  g_assert_cmpint (state_of (r, "Invoice 17")->status, ==, MU_DEBT_OVERDUE);
  g_assert_false (g_date_valid (&state_of (r, "Invoice 17")->court_from));
  {
    g_autoptr(MuDebt) debt = stored (r, "Invoice 17");

    g_assert_false (g_date_valid (&debt->claim.sent));
  }
}

static void
test_arrangement_undo (Register      *r,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MuDebtArrangement plan = { MU_ARRANGEMENT_INSTALMENTS, ymd (2025, 6, 1), ymd (2025, 6, 30), 3, 1 };
  g_autofree char *id = g_strdup (id_of (r, "Invoice 17"));
  g_autoptr(GArray) instalments = NULL;

  g_assert_true (mu_register_document_arrange (r->document, id, &plan, &error));
  g_assert_no_error (error);
  g_assert_cmpint (state_of (r, "Invoice 17")->status, ==, MU_DEBT_ARRANGED);
  g_assert_cmpuint (state_of (r, "Invoice 17")->days_overdue, ==, 0);
  instalments = mu_debt_instalments (mu_register_document_get_debt (r->document, by_document (r, "Invoice 17")),
                                     &error);
  g_assert_no_error (error);
  g_assert_cmpuint (instalments->len, ==, 3);
  /* 1 000.00 in three: 333.33, 333.33 and 333.34. */
  g_assert_cmpint (g_array_index (instalments, MuDebtInstalment, 0).amount, ==, 33333);
  g_assert_cmpint (g_array_index (instalments, MuDebtInstalment, 2).amount, ==, 33334);
  assert_date (g_array_index (instalments, MuDebtInstalment, 2).date, "2025-08-30");

  g_assert_cmpstr (mu_register_document_undo (r->document, &error), ==, id);
  g_assert_cmpint (state_of (r, "Invoice 17")->status, ==, MU_DEBT_OVERDUE);
  {
    g_autoptr(MuDebt) debt = stored (r, "Invoice 17");

    g_assert_cmpint (debt->arrangement.kind, ==, MU_ARRANGEMENT_NONE);
  }
}

static void
test_write_off_undo (Register      *r,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GDate day = ymd (2025, 6, 9);
  g_autofree char *id = g_strdup (id_of (r, "Invoice 18"));

  g_assert_true (mu_register_document_write_off (r->document, id, MU_WRITE_OFF_FORGIVEN, &day, &error));
  g_assert_no_error (error);
  g_assert_cmpint (state_of (r, "Invoice 18")->status, ==, MU_DEBT_WRITTEN_OFF);
  g_assert_cmpint (state_of (r, "Invoice 18")->outstanding, ==, 0);
  g_assert_cmpstr (mu_register_document_undo (r->document, &error), ==, id);
  g_assert_cmpint (state_of (r, "Invoice 18")->outstanding, ==, 25050);
  {
    g_autoptr(MuDebt) debt = stored (r, "Invoice 18");

    g_assert_cmpint (debt->write_off, ==, MU_WRITE_OFF_NONE);
  }
}

/* A debtor in hardship: each of its debts is found to deserve grace. */
static void
test_hardship_undo (Register      *r,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const MuDebtor *debtor = mu_register_document_get_debtor (r->document, 0);
  g_autofree char *debtor_id = g_strdup (debtor->id);
  g_autoptr(GPtrArray) findings = NULL;
  gboolean grace = FALSE;

  g_assert_true (mu_register_document_set_hardship (r->document, debtor_id, TRUE, &error));
  g_assert_no_error (error);
  /* Both of Harvester's debts. */
  g_assert_cmpuint (r->changed, ==, 2);
  g_assert_true (mu_register_document_get_debtor (r->document, 0)->hardship);
  findings = mu_register_document_check (r->document, 0);
  for (guint i = 0; i < findings->len; i++)
    grace |= g_str_equal (((MuFinding *) g_ptr_array_index (findings, i))->rule, "hardship-grace");
  g_assert_true (grace);
  {
    g_autoptr(MuDebtor) kept = mu_store_get_debtor (r->store, debtor_id, &error);

    g_assert_true (kept->hardship);
  }
  g_assert_null (mu_register_document_undo (r->document, &error));
  g_assert_no_error (error);
  g_assert_false (mu_register_document_get_debtor (r->document, 0)->hardship);
  {
    g_autoptr(MuDebtor) kept = mu_store_get_debtor (r->store, debtor_id, &error);

    g_assert_false (kept->hardship);
  }
}

/* Steps undone one after another, newest first. */
static void
test_steps_in_order (Register      *r,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup (id_of (r, "Invoice 17"));
  GDate day = ymd (2025, 6, 2);
  MuDebtContact call = { ymd (2025, 6, 1), MU_CONTACT_CALL, NULL, (char *) "promised to pay", ymd (2025, 6, 15) };

  g_assert_true (mu_register_document_add_contact (r->document, id, &call, &error));
  g_assert_true (mu_register_document_add_payment (r->document, id, &day, 10000, MU_PAYMENT_IN_KIND, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (state_of (r, "Invoice 17")->outstanding, ==, 90000);
  g_assert_cmpint (state_of (r, "Invoice 17")->next_step, ==, MU_NEXT_FOLLOW_UP);
  mu_register_document_undo (r->document, NULL);
  g_assert_cmpint (state_of (r, "Invoice 17")->outstanding, ==, 100000);
  g_assert_cmpuint (mu_register_document_get_debt (r->document, by_document (r, "Invoice 17"))->contacts->len, ==, 1);
  mu_register_document_undo (r->document, NULL);
  g_assert_cmpuint (mu_register_document_get_debt (r->document, by_document (r, "Invoice 17"))->contacts->len, ==, 0);
  /* A new step clears what could be redone. */
  g_assert_true (mu_register_document_can_redo (r->document));
  g_assert_true (mu_register_document_add_payment (r->document, id, &day, 100, MU_PAYMENT_CASH, NULL, &error));
  g_assert_false (mu_register_document_can_redo (r->document));
}

static void
test_waive_interest (Register      *r,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MuDebt) debt = stored (r, "Contract 3");

  debt->late_interest = TRUE;
  g_assert_true (mu_store_save_debt (r->store, debt, &error));
  g_assert_true (mu_register_document_load (r->document, &error));
  g_assert_true (mu_register_document_get_debt (r->document, by_document (r, "Contract 3"))->late_interest);
  g_assert_true (mu_register_document_waive_interest (r->document, debt->id, &error));
  g_assert_no_error (error);
  g_assert_false (mu_register_document_get_debt (r->document, by_document (r, "Contract 3"))->late_interest);
  mu_register_document_undo (r->document, NULL);
  g_assert_true (mu_register_document_get_debt (r->document, by_document (r, "Contract 3"))->late_interest);
}

#define ADD(path, test, imported) \
  g_test_add ("/register-document/" path, Register, (imported) ? "" : NULL, register_set_up, test, \
              register_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  ADD ("import/csv", test_import, TRUE);
  ADD ("import/bad-row-stores-nothing", test_import_bad_row, TRUE);
  ADD ("payment/undo-redo", test_payment_undo, TRUE);
  ADD ("claim/undo", test_claim_undo, TRUE);
  ADD ("arrangement/undo", test_arrangement_undo, TRUE);
  ADD ("write-off/undo", test_write_off_undo, TRUE);
  ADD ("hardship/undo", test_hardship_undo, TRUE);
  ADD ("history/in-order", test_steps_in_order, TRUE);
  ADD ("late-interest/waived", test_waive_interest, TRUE);
  return g_test_run ();
}
