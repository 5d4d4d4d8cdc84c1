/* test-debt.c — the debt model and what is derived from it as of a date,
 * with the dates worked by hand
 *
 * The rules are in test-debt-rules.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include "debt-test-util.h"

/* -- making, copying ------------------------------------------------------ */

static void
test_new_defaults (void)
{
  g_autoptr(MuDebt) debt = debt_due (2025, 3, 31, 120000);
  g_autoptr(MuDebtor) debtor = mu_debtor_new ("debtor-1", "Harvester LLC", MU_DEBTOR_COMPANY);

  g_assert_cmpstr (debt->currency, ==, "RUB");
  g_assert_cmpuint (debt->claim_days, ==, 30);
  g_assert_cmpuint (debt->payments->len, ==, 0);
  g_assert_false (g_date_valid (&debt->claim.sent));
  g_assert_false (g_date_valid (&debt->document_date));
  g_assert_cmpint (debt->arrangement.kind, ==, MU_ARRANGEMENT_NONE);
  g_assert_cmpint (debt->write_off, ==, MU_WRITE_OFF_NONE);
  assert_valid (debt);
  g_assert_cmpstr (debtor->name, ==, "Harvester LLC");
  g_assert_null (debtor->tax_number);
}

static void
test_copy_is_deep (void)
{
  g_autoptr(MuDebt) debt = debt_due (2025, 3, 31, 120000);
  g_autoptr(MuDebt) copy = NULL;
  g_autoptr(MuDebtor) debtor = mu_debtor_new ("debtor-1", "Amina", MU_DEBTOR_PERSON);
  g_autoptr(MuDebtor) debtor_copy = NULL;
  MuDebtContact contact = { ymd (2025, 4, 2), MU_CONTACT_CALL, g_strdup ("her brother"), g_strdup ("will pass it on"),
                            ymd (2025, 4, 9) };

  debt->document = g_strdup ("Invoice 17");
  pay (debt, 2025, 4, 1, 1000);
  g_array_append_val (debt->contacts, contact);
  debtor->tax_number = g_strdup ("500100732259");
  copy = mu_debt_copy (debt);
  debtor_copy = mu_debtor_copy (debtor);

  g_assert_cmpstr (copy->document, ==, "Invoice 17");
  g_assert_true (copy->document != debt->document);
  g_assert_cmpuint (copy->payments->len, ==, 1);
  g_assert_true (copy->payments != debt->payments);
  g_assert_cmpstr (g_array_index (copy->contacts, MuDebtContact, 0).with, ==, "her brother");
  g_assert_true (g_array_index (copy->contacts, MuDebtContact, 0).with != contact.with);
  assert_date (g_array_index (copy->contacts, MuDebtContact, 0).next_step, "2025-04-09");
  g_assert_cmpstr (debtor_copy->tax_number, ==, "500100732259");
  g_assert_true (debtor_copy->tax_number != debtor->tax_number);
}

static void
test_words (void)
{
  static const char * const buckets[] = { "not-due", "1-30", "31-90", "91-180", "over-180" };
  static const char * const statuses[] = { "open", "overdue", "claimed", "may-sue", "arranged", "behind",
                                           "settled", "written-off" };
  MuPaymentKind kind;
  MuContactKind contact;
  MuClaimMethod method;

  for (guint b = 0; b < MU_N_BUCKETS; b++)
    {
      g_assert_cmpstr (mu_age_bucket_to_string (b), ==, buckets[b]);
      g_assert_nonnull (mu_age_bucket_get_label (b));
    }
  for (guint s = 0; s <= MU_DEBT_WRITTEN_OFF; s++)
    {
      g_assert_cmpstr (mu_debt_status_to_string (s), ==, statuses[s]);
      g_assert_nonnull (mu_debt_status_get_label (s));
    }
  g_assert_cmpstr (mu_payment_kind_to_string (MU_PAYMENT_SET_OFF), ==, "set-off");
  g_assert_true (mu_payment_kind_from_string ("in-kind", &kind));
  g_assert_cmpint (kind, ==, MU_PAYMENT_IN_KIND);
  g_assert_false (mu_payment_kind_from_string ("barter", &kind));
  g_assert_true (mu_contact_kind_from_string ("meeting", &contact));
  g_assert_cmpint (contact, ==, MU_CONTACT_MEETING);
  g_assert_true (mu_claim_method_from_string ("courier", &method));
  g_assert_cmpint (method, ==, MU_CLAIM_BY_COURIER);
  g_assert_cmpstr (mu_next_step_to_string (MU_NEXT_CHECK_ARRANGEMENT), ==, "check-arrangement");
  g_assert_cmpstr (mu_next_step_to_string (MU_NEXT_SEND_CLAIM), ==, "send-claim");
}

/* -- validation ----------------------------------------------------------- */

static void
test_validate_basics (void)
{
  g_autoptr(MuDebt) debt = debt_due (2025, 3, 31, 120000);

  debt->amount = 0;
  assert_invalid (debt, "amount", "more than nothing");
  debt->amount = 120000;
  strcpy (debt->currency, "RUR");
  assert_invalid (debt, "currency", "“RUR”");
  strcpy (debt->currency, "RUB");
  debt->due = ymd (1899, 12, 31);
  assert_invalid (debt, "due", "1900 to 9999");
  debt->due = no_date ();
  assert_invalid (debt, "due", "valid date");
  debt->due = ymd (2025, 3, 31);
  debt->document_date = ymd (2025, 4, 1);
  assert_invalid (debt, "due", "before the document’s date, 2025-04-01");
  debt->document_date = ymd (2025, 3, 1);
  debt->claim_days = 0;
  assert_invalid (debt, "claim_days", "from 1 to 365 days");
  debt->claim_days = 366;
  assert_invalid (debt, "claim_days", "from 1 to 365 days");
  debt->claim_days = 10;
  debt->charity_pledge = -1;
  assert_invalid (debt, "charity_pledge", "negative");
  debt->charity_pledge = 0;
  g_clear_pointer (&debt->debtor_id, g_free);
  assert_invalid (debt, "debtor", "debtor");
  debt->debtor_id = g_strdup ("debtor-1");
  assert_valid (debt);
}

static void
test_validate_history (void)
{
  g_autoptr(MuDebt) debt = debt_due (2025, 3, 31, 120000);
  MuDebtPayment early = { ymd (2025, 3, 1), 100, MU_PAYMENT_CASH, NULL };
  MuDebtContact contact = { ymd (2025, 4, 5), MU_CONTACT_CALL, NULL, NULL, ymd (2025, 4, 4) };

  pay (debt, 2025, 4, 10, 1000);
  g_array_index (debt->payments, MuDebtPayment, 0).amount = 0;
  assert_invalid (debt, "payments[0].amount", "more than nothing");
  g_array_index (debt->payments, MuDebtPayment, 0).amount = 1000;
  g_array_index (debt->payments, MuDebtPayment, 0).date = no_date ();
  assert_invalid (debt, "payments[0].date", "valid date");
  g_array_index (debt->payments, MuDebtPayment, 0).date = ymd (2025, 4, 10);
  g_array_index (debt->payments, MuDebtPayment, 0).kind = 7;
  assert_invalid (debt, "payments[0].kind", "in cash, in kind, or a set-off");
  g_array_index (debt->payments, MuDebtPayment, 0).kind = MU_PAYMENT_IN_KIND;
  g_array_append_val (debt->payments, early);
  assert_invalid (debt, "payments[1].date", "date order");
  g_array_remove_index (debt->payments, 1);
  g_array_append_val (debt->contacts, contact);
  assert_invalid (debt, "contacts[0].next_step", "before the contact");
  g_array_index (debt->contacts, MuDebtContact, 0).next_step = ymd (2025, 4, 12);

  send_claim (debt, 2025, 3, 31);
  assert_invalid (debt, "claim.sent", "only after the due date, 2025-03-31");
  send_claim (debt, 2025, 4, 1);
  debt->claim.delivered = ymd (2025, 3, 31);
  assert_invalid (debt, "claim.delivered", "before it was sent");
  debt->claim.delivered = ymd (2025, 4, 8);
  assert_valid (debt);

  debt->write_off = MU_WRITE_OFF_UNCOLLECTABLE;
  assert_invalid (debt, "written_off", "valid date");
  debt->written_off = ymd (2025, 4, 9);
  assert_invalid (debt, "payments[0].date", "written off before this payment");
  debt->written_off = ymd (2025, 4, 10);
  assert_valid (debt);
}

static void
test_validate_arrangement (void)
{
  g_autoptr(MuDebt) debt = debt_due (2025, 1, 31, 100);
  MuDebtPayment full = { ymd (2025, 1, 20), 1000000, MU_PAYMENT_CASH, NULL };

  arrange_instalments (debt, ymd (2025, 2, 10), ymd (2025, 2, 9), 3, 1);
  assert_invalid (debt, "arrangement.first_due", "before the day");
  debt->arrangement.first_due = ymd (2025, 3, 31);
  debt->arrangement.n = 0;
  assert_invalid (debt, "arrangement.n", "from 1 to 600");
  debt->arrangement.n = 101;
  assert_invalid (debt, "arrangement.n", "1.00 RUB cannot be split into 101 instalments");
  debt->arrangement.n = 100;
  debt->arrangement.every = 13;
  assert_invalid (debt, "arrangement.every", "1 to 12 months");
  debt->arrangement.every = 1;
  assert_valid (debt);
  debt->arrangement.agreed = no_date ();
  assert_invalid (debt, "arrangement.agreed", "valid date");

  /* From 9990 every 12 months, the last of 20 would fall in 10009. */
  debt->amount = 1000000;
  arrange_instalments (debt, ymd (2025, 2, 10), ymd (9990, 1, 31), 20, 12);
  assert_invalid (debt, "arrangement.n", "after the year 9999");

  debt->arrangement.kind = MU_ARRANGEMENT_DEFERRAL;
  debt->arrangement.first_due = ymd (2025, 1, 31);
  debt->arrangement.agreed = ymd (2025, 1, 20);
  assert_invalid (debt, "arrangement.first_due", "later");
  debt->arrangement.first_due = ymd (2025, 5, 15);
  assert_valid (debt);

  g_array_append_val (debt->payments, full);
  assert_invalid (debt, "arrangement.agreed", "paid in full by 2025-01-20");
}

/* -- payments ------------------------------------------------------------- */

static void
test_payment_order (void)
{
  g_autoptr(MuDebt) debt = debt_due (2025, 3, 31, 120000);
  GDate date = ymd (2025, 4, 10);
  g_autoptr(GError) error = NULL;

  pay (debt, 2025, 4, 10, 100);
  pay (debt, 2025, 4, 1, 200);
  g_assert_true (mu_debt_add_payment (debt, &date, 300, MU_PAYMENT_SET_OFF, "invoice 9 the other way", &error));
  g_assert_no_error (error);

  g_assert_cmpuint (debt->payments->len, ==, 3);
  g_assert_cmpint (g_array_index (debt->payments, MuDebtPayment, 0).amount, ==, 200);
  g_assert_cmpint (g_array_index (debt->payments, MuDebtPayment, 1).amount, ==, 100);
  g_assert_cmpint (g_array_index (debt->payments, MuDebtPayment, 2).amount, ==, 300);
  g_assert_cmpint (g_array_index (debt->payments, MuDebtPayment, 2).kind, ==, MU_PAYMENT_SET_OFF);
  g_assert_cmpstr (g_array_index (debt->payments, MuDebtPayment, 2).note, ==, "invoice 9 the other way");
  assert_valid (debt);
}

static void
test_payment_refused (void)
{
  g_autoptr(MuDebt) debt = debt_due (2025, 3, 31, 120000);
  g_autoptr(GError) error = NULL;
  GDate date = ymd (2025, 4, 10), bad = ymd (10000, 1, 1);

  pay (debt, 2025, 4, 1, 20000);
  g_assert_false (mu_debt_add_payment (debt, &date, 100001, MU_PAYMENT_CASH, NULL, &error));
  g_assert_error (error, MU_CORE_ERROR, MU_CORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "1000.01 RUB is more than the 1000.00 RUB outstanding. Record at most "
                                       "1000.00 RUB; anything paid beyond the debt is not a payment of it and "
                                       "should be returned.");
  g_clear_error (&error);
  g_assert_false (mu_debt_add_payment (debt, &date, 0, MU_PAYMENT_CASH, NULL, &error));
  g_assert_error (error, MU_CORE_ERROR, MU_CORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (mu_debt_add_payment (debt, &bad, 1, MU_PAYMENT_CASH, NULL, &error));
  g_assert_error (error, MU_CORE_ERROR, MU_CORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (debt->payments->len, ==, 1);

  pay (debt, 2025, 4, 10, 100000);
  g_assert_false (mu_debt_add_payment (debt, &date, 1, MU_PAYMENT_CASH, NULL, &error));
  g_assert_cmpstr (error->message, ==, "The debt is paid in full: nothing is left to pay.");
  g_assert_cmpuint (debt->payments->len, ==, 2);
}

/* A payment before an arrangement leaves too little for its instalments:
 * refused as a whole, the debt unchanged. */
static void
test_payment_breaks_arrangement (void)
{
  g_autoptr(MuDebt) debt = debt_due (2025, 1, 31, 1000);
  g_autoptr(GError) error = NULL;
  GDate date = ymd (2025, 2, 1);

  arrange_instalments (debt, ymd (2025, 2, 10), ymd (2025, 3, 31), 10, 1);
  assert_valid (debt);
  g_assert_false (mu_debt_add_payment (debt, &date, 995, MU_PAYMENT_CASH, NULL, &error));
  g_assert_error (error, MU_CORE_ERROR, MU_CORE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "arrangement.n: 0.05 RUB cannot be split into 10"));
  g_assert_cmpuint (debt->payments->len, ==, 0);
}

static void
test_overflow_refused (void)
{
  g_autoptr(MuDebt) debt = debt_due (2025, 3, 31, G_MAXINT64);
  g_autoptr(GError) error = NULL;
  MuDebtPayment huge = { ymd (2025, 4, 3), G_MAXINT64, MU_PAYMENT_CASH, NULL };
  g_autoptr(GPtrArray) findings = NULL;
  GDate as_of = ymd (2025, 5, 1), date = ymd (2025, 4, 2);
  MuDebtState state;

  pay (debt, 2025, 4, 1, G_MAXINT64 - 1);
  g_assert_false (mu_debt_add_payment (debt, &date, 2, MU_PAYMENT_CASH, NULL, &error));
  g_assert_error (error, MU_CORE_ERROR, MU_CORE_ERROR_INVALID);
  g_clear_error (&error);
  pay (debt, 2025, 4, 2, 1);
  g_assert_cmpint (state_as_of (debt, 2025, 5, 1).outstanding, ==, 0);

  /* Written past the checks, as a damaged file could: the sum does not fit. */
  g_array_append_val (debt->payments, huge);
  assert_invalid (debt, "payments[2].amount", "more than the 92233720368547758.07 RUB owed");
  g_assert_false (mu_debt_state (debt, &as_of, &state, &error));
  g_assert_error (error, MU_CORE_ERROR, MU_CORE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "payments[2].amount: the payments come to more than"));
  findings = mu_debt_check (debt, NULL, &as_of);
  g_assert_cmpuint (findings->len, ==, 0);
}

/* -- ageing and status ---------------------------------------------------- */

typedef struct
{
  guint        year, month, day;
  guint        days_overdue;
  MuAgeBucket  bucket;
  MuDebtStatus status;
  MuNextStep   next;
  const char  *next_date;
} AsOf;

static void
assert_as_of (const MuDebt *debt,
              const AsOf   *cases,
              gsize         n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    {
      const AsOf *c = &cases[i];
      MuDebtState state = state_as_of (debt, c->year, c->month, c->day);

      g_test_message ("as of %04u-%02u-%02u", c->year, c->month, c->day);
      g_assert_cmpuint (state.days_overdue, ==, c->days_overdue);
      g_assert_cmpstr (mu_age_bucket_to_string (state.bucket), ==, mu_age_bucket_to_string (c->bucket));
      g_assert_cmpstr (mu_debt_status_to_string (state.status), ==, mu_debt_status_to_string (c->status));
      g_assert_cmpstr (mu_next_step_to_string (state.next_step), ==, mu_next_step_to_string (c->next));
      assert_date (state.next_date, c->next_date);
    }
}

/* Due 31 March 2025: 30 days in April, 31 in May, 30 in June … */
static void
test_ageing_buckets (void)
{
  g_autoptr(MuDebt) debt = debt_due (2025, 3, 31, 120000);
  static const AsOf cases[] = {
    { 2025, 3, 1, 0, MU_BUCKET_NOT_DUE, MU_DEBT_OPEN, MU_NEXT_WAIT, "2025-04-01" },
    { 2025, 3, 31, 0, MU_BUCKET_NOT_DUE, MU_DEBT_OPEN, MU_NEXT_WAIT, "2025-04-01" },
    { 2025, 4, 1, 1, MU_BUCKET_1_30, MU_DEBT_OVERDUE, MU_NEXT_REMIND, "2025-04-01" },
    { 2025, 4, 30, 30, MU_BUCKET_1_30, MU_DEBT_OVERDUE, MU_NEXT_REMIND, "2025-04-01" },
    { 2025, 5, 1, 31, MU_BUCKET_31_90, MU_DEBT_OVERDUE, MU_NEXT_SEND_CLAIM, "2025-05-01" },
    { 2025, 6, 29, 90, MU_BUCKET_31_90, MU_DEBT_OVERDUE, MU_NEXT_SEND_CLAIM, "2025-05-01" },
    { 2025, 6, 30, 91, MU_BUCKET_91_180, MU_DEBT_OVERDUE, MU_NEXT_SEND_CLAIM, "2025-05-01" },
    { 2025, 9, 27, 180, MU_BUCKET_91_180, MU_DEBT_OVERDUE, MU_NEXT_SEND_CLAIM, "2025-05-01" },
    { 2025, 9, 28, 181, MU_BUCKET_OVER_180, MU_DEBT_OVERDUE, MU_NEXT_SEND_CLAIM, "2025-05-01" },
    { 2026, 3, 31, 365, MU_BUCKET_OVER_180, MU_DEBT_OVERDUE, MU_NEXT_SEND_CLAIM, "2025-05-01" },
  };

  assert_as_of (debt, cases, G_N_ELEMENTS (cases));
}

/* 29 February counts in a leap year, and not otherwise. */
static void
test_days_overdue_leap_year (void)
{
  g_autoptr(MuDebt) leap = debt_due (2024, 2, 28, 100);
  g_autoptr(MuDebt) common = debt_due (2023, 2, 28, 100);
  g_autoptr(MuDebt) on_29th = debt_due (2024, 2, 29, 100);

  g_assert_cmpuint (state_as_of (leap, 2024, 3, 1).days_overdue, ==, 2);
  g_assert_cmpuint (state_as_of (common, 2023, 3, 1).days_overdue, ==, 1);
  g_assert_cmpuint (state_as_of (on_29th, 2024, 3, 1).days_overdue, ==, 1);
  g_assert_cmpuint (state_as_of (on_29th, 2025, 2, 28).days_overdue, ==, 365);
}

static void
test_outstanding_exact (void)
{
  g_autoptr(MuDebt) debt = debt_due (2025, 3, 31, 120000);
  MuDebtState state;

  pay (debt, 2025, 4, 10, 50000);
  pay (debt, 2025, 4, 20, 33333);

  state = state_as_of (debt, 2025, 4, 9);
  g_assert_cmpint (state.paid, ==, 0);
  g_assert_cmpint (state.outstanding, ==, 120000);
  state = state_as_of (debt, 2025, 4, 10);
  g_assert_cmpint (state.paid, ==, 50000);
  g_assert_cmpint (state.outstanding, ==, 70000);
  state = state_as_of (debt, 2025, 4, 20);
  g_assert_cmpint (state.outstanding, ==, 36667);
  g_assert_cmpuint (state.days_overdue, ==, 20);

  pay (debt, 2025, 5, 2, 36667);
  state = state_as_of (debt, 2025, 5, 2);
  g_assert_cmpint (state.outstanding, ==, 0);
  g_assert_cmpint (state.status, ==, MU_DEBT_SETTLED);
  g_assert_cmpuint (state.days_overdue, ==, 0);
  g_assert_cmpint (state.bucket, ==, MU_BUCKET_NOT_DUE);
  g_assert_cmpint (state.next_step, ==, MU_NEXT_NONE);
  g_assert_false (g_date_valid (&state.next_date));
}

/* -- the claim and the limitation ----------------------------------------- */

/* DESIGN.md: a claim sent on 10 May with 30 days gives 10 June — the
 * period runs 11 May … 9 June (art. 191). */
static void
test_court_from_design_example (void)
{
  g_autoptr(MuDebt) debt = debt_due (2025, 4, 1, 120000);
  static const AsOf cases[] = {
    { 2025, 5, 9, 38, MU_BUCKET_31_90, MU_DEBT_OVERDUE, MU_NEXT_SEND_CLAIM, "2025-05-02" },
    { 2025, 5, 10, 39, MU_BUCKET_31_90, MU_DEBT_CLAIMED, MU_NEXT_AWAIT_CLAIM, "2025-06-10" },
    { 2025, 6, 9, 69, MU_BUCKET_31_90, MU_DEBT_CLAIMED, MU_NEXT_AWAIT_CLAIM, "2025-06-10" },
    { 2025, 6, 10, 70, MU_BUCKET_31_90, MU_DEBT_MAY_SUE, MU_NEXT_NEGOTIATE, "2025-06-10" },
  };

  send_claim (debt, 2025, 5, 10);
  assert_valid (debt);
  assert_as_of (debt, cases, G_N_ELEMENTS (cases));
  assert_date (state_as_of (debt, 2025, 5, 9).court_from, "none");
  assert_date (state_as_of (debt, 2025, 5, 10).court_from, "2025-06-10");
}

/* 15 December + 30 days is 14 January; 20 December + 45 days is
 * 3 February (11 days of December, 31 of January, 3 of February). */
static void
test_claim_period_crosses_year (void)
{
  g_autoptr(MuDebt) debt = debt_due (2025, 11, 30, 120000);
  g_autoptr(MuDebt) longer = debt_due (2024, 11, 30, 120000);

  send_claim (debt, 2025, 12, 15);
  assert_date (state_as_of (debt, 2025, 12, 31).court_from, "2026-01-15");
  g_assert_cmpint (state_as_of (debt, 2026, 1, 14).status, ==, MU_DEBT_CLAIMED);
  g_assert_cmpint (state_as_of (debt, 2026, 1, 15).status, ==, MU_DEBT_MAY_SUE);

  longer->claim_days = 45;
  send_claim (longer, 2024, 12, 20);
  assert_date (state_as_of (longer, 2025, 1, 1).court_from, "2025-02-04");
}

/* Art. 192: 29 February + 3 years is 28 February, the last day of the
 * month; the claim period is added for a claim sent in time (art. 202). */
static void
test_limitation (void)
{
  g_autoptr(MuDebt) leap = debt_due (2024, 2, 29, 100);
  g_autoptr(MuDebt) month_end = debt_due (2025, 1, 31, 100);
  g_autoptr(MuDebt) late_claim = debt_due (2020, 1, 10, 100);
  g_autoptr(MuDebt) common = debt_due (2021, 2, 28, 100);

  assert_date (state_as_of (leap, 2024, 3, 1).limitation, "2027-02-28");
  assert_date (state_as_of (common, 2021, 3, 1).limitation, "2024-02-28");
  send_claim (leap, 2024, 4, 1);
  assert_date (state_as_of (leap, 2024, 3, 31).limitation, "2027-02-28");
  assert_date (state_as_of (leap, 2024, 4, 1).limitation, "2027-03-30");

  month_end->claim_days = 10;
  send_claim (month_end, 2025, 3, 1);
  assert_date (state_as_of (month_end, 2025, 3, 1).limitation, "2028-02-10");

  /* Sent after the period ended: nothing to suspend. */
  send_claim (late_claim, 2023, 2, 1);
  assert_date (state_as_of (late_claim, 2023, 2, 1).limitation, "2023-01-10");
  assert_date (state_as_of (late_claim, 2023, 2, 1).court_from, "2023-03-04");
}

/* -- arrangements --------------------------------------------------------- */

static void
assert_instalment (GArray     *instalments,
                   guint       k,
                   const char *date,
                   MuMoney     amount)
{
  MuDebtInstalment *instalment = &g_array_index (instalments, MuDebtInstalment, k);

  assert_date (instalment->date, date);
  g_assert_cmpint (instalment->amount, ==, amount);
}

/* What was outstanding when agreed — 1000.01 less the 100.00 paid that
 * day — in three, the odd kopeck on the last; month ends kept. */
static void
test_instalments_split (void)
{
  g_autoptr(MuDebt) debt = debt_due (2025, 1, 31, 100001);
  g_autoptr(GArray) instalments = NULL;
  g_autoptr(GError) error = NULL;

  pay (debt, 2025, 2, 10, 10000);
  arrange_instalments (debt, ymd (2025, 2, 10), ymd (2025, 3, 31), 3, 1);
  instalments = mu_debt_instalments (debt, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (instalments->len, ==, 3);
  assert_instalment (instalments, 0, "2025-03-31", 30000);
  assert_instalment (instalments, 1, "2025-04-30", 30000);
  assert_instalment (instalments, 2, "2025-05-31", 30001);
}

static void
test_instalments_month_ends (void)
{
  g_autoptr(MuDebt) debt = debt_due (2023, 12, 31, 700);
  g_autoptr(MuDebt) yearly = debt_due (2023, 12, 31, 700);
  g_autoptr(GArray) monthly = NULL, every_year = NULL;

  arrange_instalments (debt, ymd (2024, 1, 10), ymd (2024, 1, 31), 4, 1);
  monthly = mu_debt_instalments (debt, NULL);
  assert_instalment (monthly, 0, "2024-01-31", 175);
  assert_instalment (monthly, 1, "2024-02-29", 175);
  assert_instalment (monthly, 2, "2024-03-31", 175);
  assert_instalment (monthly, 3, "2024-04-30", 175);

  arrange_instalments (yearly, ymd (2024, 1, 10), ymd (2024, 2, 29), 5, 12);
  every_year = mu_debt_instalments (yearly, NULL);
  assert_instalment (every_year, 1, "2025-02-28", 140);
  assert_instalment (every_year, 3, "2027-02-28", 140);
  assert_instalment (every_year, 4, "2028-02-29", 140);
}

static void
test_instalments_deferral_and_none (void)
{
  g_autoptr(MuDebt) debt = debt_due (2025, 3, 31, 120000);
  g_autoptr(GArray) none = mu_debt_instalments (debt, NULL);
  g_autoptr(GArray) one = NULL;

  g_assert_cmpuint (none->len, ==, 0);
  pay (debt, 2025, 4, 2, 20000);
  debt->arrangement.kind = MU_ARRANGEMENT_DEFERRAL;
  debt->arrangement.agreed = ymd (2025, 4, 5);
  debt->arrangement.first_due = ymd (2025, 5, 15);
  one = mu_debt_instalments (debt, NULL);
  g_assert_cmpuint (one->len, ==, 1);
  assert_instalment (one, 0, "2025-05-15", 100000);
}

/* Three instalments of 300.00, 300.00, 300.01 from 31 March; the debtor
 * pays the first late, half of the second, and then nothing. */
static void
test_instalments_fall_behind (void)
{
  g_autoptr(MuDebt) debt = debt_due (2025, 1, 31, 100001);
  static const AsOf before[] = {
    { 2025, 2, 9, 9, MU_BUCKET_1_30, MU_DEBT_OVERDUE, MU_NEXT_REMIND, "2025-02-01" },
    { 2025, 2, 10, 0, MU_BUCKET_NOT_DUE, MU_DEBT_ARRANGED, MU_NEXT_CHECK_ARRANGEMENT, "2025-04-01" },
    { 2025, 3, 31, 0, MU_BUCKET_NOT_DUE, MU_DEBT_ARRANGED, MU_NEXT_CHECK_ARRANGEMENT, "2025-04-01" },
    { 2025, 4, 1, 1, MU_BUCKET_1_30, MU_DEBT_BEHIND, MU_NEXT_REMIND, "2025-04-01" },
    { 2025, 4, 4, 4, MU_BUCKET_1_30, MU_DEBT_BEHIND, MU_NEXT_REMIND, "2025-04-01" },
  };
  static const AsOf after[] = {
    { 2025, 4, 5, 0, MU_BUCKET_NOT_DUE, MU_DEBT_ARRANGED, MU_NEXT_CHECK_ARRANGEMENT, "2025-05-01" },
    { 2025, 5, 1, 1, MU_BUCKET_1_30, MU_DEBT_BEHIND, MU_NEXT_REMIND, "2025-05-01" },
    { 2025, 6, 1, 32, MU_BUCKET_31_90, MU_DEBT_BEHIND, MU_NEXT_REMIND, "2025-05-01" },
  };
  MuDebtState state;

  pay (debt, 2025, 2, 10, 10000);
  arrange_instalments (debt, ymd (2025, 2, 10), ymd (2025, 3, 31), 3, 1);
  assert_valid (debt);
  assert_as_of (debt, before, G_N_ELEMENTS (before));

  pay (debt, 2025, 4, 5, 30000);
  pay (debt, 2025, 4, 30, 15000);
  assert_as_of (debt, after, G_N_ELEMENTS (after));
  state = state_as_of (debt, 2025, 6, 1);
  g_assert_cmpint (state.outstanding, ==, 45001);

  pay (debt, 2025, 6, 2, 45001);
  state = state_as_of (debt, 2025, 6, 2);
  g_assert_cmpint (state.status, ==, MU_DEBT_SETTLED);
  g_assert_cmpint (state.outstanding, ==, 0);
}

static void
test_deferral (void)
{
  g_autoptr(MuDebt) debt = debt_due (2025, 3, 31, 120000);
  static const AsOf cases[] = {
    { 2025, 4, 4, 4, MU_BUCKET_1_30, MU_DEBT_OVERDUE, MU_NEXT_REMIND, "2025-04-01" },
    { 2025, 4, 5, 0, MU_BUCKET_NOT_DUE, MU_DEBT_ARRANGED, MU_NEXT_CHECK_ARRANGEMENT, "2025-05-16" },
    { 2025, 5, 15, 0, MU_BUCKET_NOT_DUE, MU_DEBT_ARRANGED, MU_NEXT_CHECK_ARRANGEMENT, "2025-05-16" },
    { 2025, 5, 16, 1, MU_BUCKET_1_30, MU_DEBT_BEHIND, MU_NEXT_REMIND, "2025-05-16" },
  };

  debt->arrangement.kind = MU_ARRANGEMENT_DEFERRAL;
  debt->arrangement.agreed = ymd (2025, 4, 5);
  debt->arrangement.first_due = ymd (2025, 5, 15);
  assert_valid (debt);
  assert_as_of (debt, cases, G_N_ELEMENTS (cases));
  /* The limitation keeps the contract's due date. */
  assert_date (state_as_of (debt, 2025, 5, 16).limitation, "2028-03-31");
}

/* What happened last decides: a claim, then an arrangement; or an
 * arrangement, then a claim. */
static void
test_claim_and_arrangement (void)
{
  g_autoptr(MuDebt) arranged_after = debt_due (2025, 3, 31, 120000);
  g_autoptr(MuDebt) claimed_after = NULL;

  send_claim (arranged_after, 2025, 5, 10);
  arranged_after->arrangement.kind = MU_ARRANGEMENT_DEFERRAL;
  arranged_after->arrangement.agreed = ymd (2025, 5, 20);
  arranged_after->arrangement.first_due = ymd (2025, 7, 1);
  claimed_after = mu_debt_copy (arranged_after);
  send_claim (claimed_after, 2025, 7, 5);

  g_assert_cmpint (state_as_of (arranged_after, 2025, 5, 19).status, ==, MU_DEBT_CLAIMED);
  g_assert_cmpint (state_as_of (arranged_after, 2025, 5, 20).status, ==, MU_DEBT_ARRANGED);
  g_assert_cmpint (state_as_of (arranged_after, 2025, 7, 2).status, ==, MU_DEBT_BEHIND);
  /* The claim sent later as of a day before it was sent is not yet. */
  g_assert_cmpint (state_as_of (claimed_after, 2025, 7, 2).status, ==, MU_DEBT_BEHIND);
  g_assert_cmpint (state_as_of (claimed_after, 2025, 7, 5).status, ==, MU_DEBT_CLAIMED);
  assert_date (state_as_of (claimed_after, 2025, 7, 5).court_from, "2025-08-05");
  g_assert_cmpint (state_as_of (claimed_after, 2025, 8, 5).status, ==, MU_DEBT_MAY_SUE);
}

/* The step agreed at the last contact comes first while it is ahead. */
static void
test_follow_up (void)
{
  g_autoptr(MuDebt) debt = debt_due (2025, 3, 31, 120000);
  MuDebtContact call = { ymd (2025, 4, 5), MU_CONTACT_CALL, NULL, g_strdup ("promised to pay on the 12th"),
                         ymd (2025, 4, 12) };
  static const AsOf cases[] = {
    { 2025, 4, 4, 4, MU_BUCKET_1_30, MU_DEBT_OVERDUE, MU_NEXT_REMIND, "2025-04-01" },
    { 2025, 4, 5, 5, MU_BUCKET_1_30, MU_DEBT_OVERDUE, MU_NEXT_FOLLOW_UP, "2025-04-12" },
    { 2025, 4, 12, 12, MU_BUCKET_1_30, MU_DEBT_OVERDUE, MU_NEXT_FOLLOW_UP, "2025-04-12" },
    { 2025, 4, 13, 13, MU_BUCKET_1_30, MU_DEBT_OVERDUE, MU_NEXT_REMIND, "2025-04-01" },
  };

  g_array_append_val (debt->contacts, call);
  assert_valid (debt);
  assert_as_of (debt, cases, G_N_ELEMENTS (cases));
}

/* -- write-off ------------------------------------------------------------ */

static void
test_write_off (void)
{
  g_autoptr(MuDebt) debt = debt_due (2025, 1, 31, 50000);
  g_autoptr(GError) error = NULL;
  GDate after = ymd (2025, 6, 2), before = ymd (2025, 3, 1);
  MuDebtState state;

  pay (debt, 2025, 2, 15, 20000);
  debt->write_off = MU_WRITE_OFF_FORGIVEN;
  debt->written_off = ymd (2025, 6, 1);
  assert_valid (debt);

  state = state_as_of (debt, 2025, 5, 31);
  g_assert_cmpint (state.status, ==, MU_DEBT_OVERDUE);
  g_assert_cmpint (state.outstanding, ==, 30000);
  g_assert_cmpuint (state.days_overdue, ==, 120);
  g_assert_cmpint (state.bucket, ==, MU_BUCKET_91_180);

  state = state_as_of (debt, 2025, 6, 1);
  g_assert_cmpint (state.status, ==, MU_DEBT_WRITTEN_OFF);
  g_assert_cmpint (state.outstanding, ==, 0);
  g_assert_cmpint (state.paid, ==, 20000);
  g_assert_cmpuint (state.days_overdue, ==, 0);
  g_assert_cmpint (state.next_step, ==, MU_NEXT_NONE);

  g_assert_false (mu_debt_add_payment (debt, &after, 100, MU_PAYMENT_CASH, NULL, &error));
  g_assert_cmpstr (error->message, ==, "The debt was written off on 2025-06-01. Cancel the write-off to record a "
                                       "payment after it.");

  /* A payment found later that pays it all before the write-off leaves
   * nothing written off: refused, the write-off to be cancelled first. */
  g_clear_error (&error);
  g_assert_false (mu_debt_add_payment (debt, &before, 30000, MU_PAYMENT_CASH, NULL, &error));
  g_assert_cmpstr (error->message, ==, "written_off: the debt was paid in full by 2025-06-01: there is nothing to "
                                       "write off");
  g_assert_cmpuint (debt->payments->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/debt/model/new-defaults", test_new_defaults);
  g_test_add_func ("/debt/model/copy-is-deep", test_copy_is_deep);
  g_test_add_func ("/debt/model/words", test_words);
  g_test_add_func ("/debt/validate/basics", test_validate_basics);
  g_test_add_func ("/debt/validate/history", test_validate_history);
  g_test_add_func ("/debt/validate/arrangement", test_validate_arrangement);
  g_test_add_func ("/debt/payment/kept-in-date-order", test_payment_order);
  g_test_add_func ("/debt/payment/overpayment-refused", test_payment_refused);
  g_test_add_func ("/debt/payment/breaking-arrangement-refused", test_payment_breaks_arrangement);
  g_test_add_func ("/debt/payment/overflow-refused", test_overflow_refused);
  g_test_add_func ("/debt/state/ageing-buckets", test_ageing_buckets);
  g_test_add_func ("/debt/state/days-overdue-leap-year", test_days_overdue_leap_year);
  g_test_add_func ("/debt/state/outstanding-exact", test_outstanding_exact);
  g_test_add_func ("/debt/claim/court-from-design-example", test_court_from_design_example);
  g_test_add_func ("/debt/claim/period-crosses-year", test_claim_period_crosses_year);
  g_test_add_func ("/debt/claim/limitation", test_limitation);
  g_test_add_func ("/debt/arrangement/instalments-split", test_instalments_split);
  g_test_add_func ("/debt/arrangement/instalments-month-ends", test_instalments_month_ends);
  g_test_add_func ("/debt/arrangement/deferral-and-none", test_instalments_deferral_and_none);
  g_test_add_func ("/debt/arrangement/instalments-fall-behind", test_instalments_fall_behind);
  g_test_add_func ("/debt/arrangement/deferral", test_deferral);
  g_test_add_func ("/debt/arrangement/claim-and-arrangement", test_claim_and_arrangement);
  g_test_add_func ("/debt/next-step/follow-up", test_follow_up);
  g_test_add_func ("/debt/write-off/forgiven", test_write_off);

  return g_test_run ();
}
