/* store-test-debt.h — debtors and debts that use every table of the
 * register, different for every @n, and a check that two debts are the
 * same in every field, for the store's tests and benchmark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mu-debt.h"

static inline MuDebtor *
store_test_debtor (guint n)
{
  g_autofree char *id = g_strdup_printf ("client-%u", n);
  g_autofree char *name = g_strdup_printf (n % 2 == 0 ? "ООО «Ромашка %u»" : "شركة النور %u", n);
  MuDebtor *debtor = mu_debtor_new (id, name, n % 3 == 2 ? MU_DEBTOR_PERSON : MU_DEBTOR_COMPANY);

  debtor->tax_number = n % 3 == 2 ? NULL : g_strdup_printf ("77%08u", n);
  debtor->address = g_strdup ("Москва, ул. Ленина, 1");
  debtor->contacts = n % 2 == 0 ? g_strdup ("+7 495 000-00-00") : NULL;
  debtor->hardship = n % 4 == 3;
  debtor->notes = n % 5 == 0 ? g_strdup ("Notes — заметки") : NULL;
  return debtor;
}

static inline GDate
store_test_day (const GDate *from,
                guint        days)
{
  GDate date = *from;

  g_date_add_days (&date, days);
  return date;
}

/* Debt @n of debtor "client-(@n % @n_debtors)": payments, contacts, a
 * claim, an arrangement and a write-off on some of them, as @n says. */
static inline MuDebt *
store_test_debt (guint n,
                 guint n_debtors)
{
  g_autofree char *id = g_strdup_printf ("D-%05u", n);
  g_autofree char *debtor = g_strdup_printf ("client-%u", n % n_debtors);
  GDate due;
  MuDebt *debt;

  g_date_clear (&due, 1);
  g_date_set_dmy (&due, 1, G_DATE_JANUARY, 2025);
  g_date_add_days (&due, n % 365);
  debt = mu_debt_new (id, debtor, n % 9 == 8 ? "USD" : "RUB", 100000 + 7 * (MuMoney) n, &due);
  debt->document = g_strdup_printf ("Счёт № %u", n);
  debt->document_date = store_test_day (&due, 0);
  g_date_subtract_days (&debt->document_date, 10);
  debt->claim_days = 10 + n % 21;
  debt->charity_pledge = n % 3 == 0 ? 500 : 0;
  debt->late_interest = n % 7 == 0;
  debt->notes = n % 6 == 0 ? g_strdup ("по договору поставки") : NULL;

  if (n % 2 == 0)
    {
      MuDebtPayment p = { store_test_day (&due, 5), 2500, MU_PAYMENT_CASH, NULL };

      g_array_append_val (debt->payments, p);
    }
  if (n % 4 == 0)
    {
      MuDebtPayment p = { store_test_day (&due, 20), 1001, MU_PAYMENT_IN_KIND, g_strdup ("цемент, 2 т") };

      g_array_append_val (debt->payments, p);
    }
  if (n % 3 == 0)
    {
      MuDebtContact call = { store_test_day (&due, 3), MU_CONTACT_CALL, NULL, g_strdup ("обещал оплатить"),
                             store_test_day (&due, 10) };
      MuDebtContact letter = { store_test_day (&due, 12), MU_CONTACT_LETTER, g_strdup ("бухгалтер"), NULL,
                               { 0 } };

      g_date_clear (&letter.next_step, 1);
      g_array_append_val (debt->contacts, call);
      g_array_append_val (debt->contacts, letter);
    }
  if (n % 5 == 0)
    {
      debt->claim.sent = store_test_day (&due, 35);
      debt->claim.method = n % 4;
      if (n % 10 == 0)
        debt->claim.delivered = store_test_day (&due, 40);
    }
  if (n % 10 == 0)
    {
      debt->arrangement.kind = n % 20 == 0 ? MU_ARRANGEMENT_INSTALMENTS : MU_ARRANGEMENT_DEFERRAL;
      debt->arrangement.agreed = store_test_day (&due, 45);
      debt->arrangement.first_due = store_test_day (&due, 60);
      debt->arrangement.n = n % 20 == 0 ? 3 : 0;
      debt->arrangement.every = n % 20 == 0 ? 1 : 0;
    }
  if (n % 50 == 49)
    {
      debt->write_off = n % 100 == 49 ? MU_WRITE_OFF_FORGIVEN : MU_WRITE_OFF_UNCOLLECTABLE;
      debt->written_off = store_test_day (&due, 100);
    }
  return debt;
}

static inline void
assert_same_date (const GDate *a,
                  const GDate *b)
{
  g_assert_cmpint (g_date_valid (a), ==, g_date_valid (b));
  if (g_date_valid (a))
    g_assert_cmpuint (g_date_get_julian (a), ==, g_date_get_julian (b));
}

static inline void
assert_same_debtor (const MuDebtor *a,
                    const MuDebtor *b)
{
  g_assert_cmpstr (a->id, ==, b->id);
  g_assert_cmpstr (a->name, ==, b->name);
  g_assert_cmpint (a->kind, ==, b->kind);
  g_assert_cmpstr (a->tax_number, ==, b->tax_number);
  g_assert_cmpstr (a->address, ==, b->address);
  g_assert_cmpstr (a->contacts, ==, b->contacts);
  g_assert_cmpint (a->hardship, ==, b->hardship);
  g_assert_cmpstr (a->notes, ==, b->notes);
}

/* Every field, every payment and contact, to the minor unit and the day. */
static inline void
assert_same_debt (const MuDebt *a,
                  const MuDebt *b)
{
  g_assert_cmpstr (a->id, ==, b->id);
  g_assert_cmpstr (a->debtor_id, ==, b->debtor_id);
  g_assert_cmpstr (a->document, ==, b->document);
  assert_same_date (&a->document_date, &b->document_date);
  g_assert_cmpstr (a->currency, ==, b->currency);
  g_assert_cmpint (a->amount, ==, b->amount);
  assert_same_date (&a->due, &b->due);
  g_assert_cmpuint (a->claim_days, ==, b->claim_days);
  g_assert_cmpint (a->charity_pledge, ==, b->charity_pledge);
  g_assert_cmpint (a->late_interest, ==, b->late_interest);
  g_assert_cmpstr (a->notes, ==, b->notes);
  g_assert_cmpuint (a->payments->len, ==, b->payments->len);
  for (guint i = 0; i < a->payments->len; i++)
    {
      const MuDebtPayment *pa = &g_array_index (a->payments, MuDebtPayment, i);
      const MuDebtPayment *pb = &g_array_index (b->payments, MuDebtPayment, i);

      assert_same_date (&pa->date, &pb->date);
      g_assert_cmpint (pa->amount, ==, pb->amount);
      g_assert_cmpint (pa->kind, ==, pb->kind);
      g_assert_cmpstr (pa->note, ==, pb->note);
    }
  g_assert_cmpuint (a->contacts->len, ==, b->contacts->len);
  for (guint i = 0; i < a->contacts->len; i++)
    {
      const MuDebtContact *ca = &g_array_index (a->contacts, MuDebtContact, i);
      const MuDebtContact *cb = &g_array_index (b->contacts, MuDebtContact, i);

      assert_same_date (&ca->date, &cb->date);
      g_assert_cmpint (ca->kind, ==, cb->kind);
      g_assert_cmpstr (ca->with, ==, cb->with);
      g_assert_cmpstr (ca->note, ==, cb->note);
      assert_same_date (&ca->next_step, &cb->next_step);
    }
  assert_same_date (&a->claim.sent, &b->claim.sent);
  if (g_date_valid (&a->claim.sent))
    g_assert_cmpint (a->claim.method, ==, b->claim.method);
  assert_same_date (&a->claim.delivered, &b->claim.delivered);
  g_assert_cmpint (a->arrangement.kind, ==, b->arrangement.kind);
  if (a->arrangement.kind != MU_ARRANGEMENT_NONE)
    {
      assert_same_date (&a->arrangement.agreed, &b->arrangement.agreed);
      assert_same_date (&a->arrangement.first_due, &b->arrangement.first_due);
      g_assert_cmpuint (a->arrangement.n, ==, b->arrangement.n);
      g_assert_cmpuint (a->arrangement.every, ==, b->arrangement.every);
    }
  g_assert_cmpint (a->write_off, ==, b->write_off);
  assert_same_date (&a->written_off, &b->written_off);
}
