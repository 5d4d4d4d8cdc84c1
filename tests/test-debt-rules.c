/* test-debt-rules.c — every rule about debts firing and not firing, on
 * the dates where it starts and stops
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include "debt-test-util.h"

typedef struct
{
  MuDebt   *debt;
  MuDebtor *debtor;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data G_GNUC_UNUSED)
{
  fixture->debt = debt_due (2025, 3, 31, 120000);
  fixture->debtor = mu_debtor_new ("debtor-1", "Harvester LLC", MU_DEBTOR_COMPANY);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data G_GNUC_UNUSED)
{
  mu_debt_free (fixture->debt);
  mu_debtor_free (fixture->debtor);
}

/* The only finding of @rule as of the date, or NULL; the findings are
 * kept in @findings for the caller to free. */
static const MuFinding *
find (Fixture    *fixture,
      GPtrArray **findings,
      const char *rule,
      guint       year,
      guint       month,
      guint       day)
{
  GDate as_of = ymd (year, month, day);
  const MuFinding *found = NULL;

  g_clear_pointer (findings, g_ptr_array_unref);
  *findings = mu_debt_check (fixture->debt, fixture->debtor, &as_of);
  for (guint i = 0; i < (*findings)->len; i++)
    {
      const MuFinding *finding = g_ptr_array_index (*findings, i);

      g_assert_cmpint (finding->partner, ==, -1);
      g_assert_cmpuint (finding->period, ==, 0);
      g_assert_nonnull (finding->source);
      if (g_str_equal (finding->rule, rule))
        {
          g_assert_null (found);
          found = finding;
        }
    }
  return found;
}

static void
assert_finding (const MuFinding *finding,
                MuSeverity       severity,
                const char      *field,
                const char      *message,
                const char      *source)
{
  g_assert_nonnull (finding);
  g_assert_cmpstr (mu_severity_to_string (finding->severity), ==, mu_severity_to_string (severity));
  g_assert_cmpstr (finding->field, ==, field);
  if (strstr (finding->message, message) == NULL)
    g_error ("“%s” does not say “%s”", finding->message, message);
  if (strstr (finding->source, source) == NULL)
    g_error ("“%s” does not say “%s”", finding->source, source);
  g_assert_cmpstr (mu_rule_get_title (finding->rule), !=, finding->rule);
}

static void
test_late_interest (Fixture       *fixture,
                    gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(GPtrArray) findings = NULL;

  g_assert_null (find (fixture, &findings, "late-interest", 2025, 4, 1));
  fixture->debt->late_interest = TRUE;
  assert_finding (find (fixture, &findings, "late-interest", 2025, 4, 1), MU_SEVERITY_ERROR, "late_interest",
                  "that is riba", "AAOIFI Shari‘ah Standard 3");
  /* About the contract, not the debt's state: it holds once paid. */
  pay (fixture->debt, 2025, 4, 2, 120000);
  g_assert_nonnull (find (fixture, &findings, "late-interest", 2025, 4, 3));
}

static void
test_no_written_claim (Fixture       *fixture,
                       gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(GPtrArray) findings = NULL;

  g_assert_null (find (fixture, &findings, "no-written-claim", 2025, 4, 30));
  assert_finding (find (fixture, &findings, "no-written-claim", 2025, 5, 1), MU_SEVERITY_WARNING, "claim.sent",
                  "Harvester LLC is 31 days overdue and no written claim has been sent. A court will not take "
                  "the case without one",
                  "Arbitration Procedure Code of the RF, art. 4 part 5");

  fixture->debtor->kind = MU_DEBTOR_PERSON;
  assert_finding (find (fixture, &findings, "no-written-claim", 2025, 5, 1), MU_SEVERITY_WARNING, "claim.sent",
                  "Send one before anything else", "art. 4 part 5");

  send_claim (fixture->debt, 2025, 5, 1);
  g_assert_null (find (fixture, &findings, "no-written-claim", 2025, 5, 1));
}

static void
test_no_written_claim_settled (Fixture       *fixture,
                               gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(GPtrArray) findings = NULL;

  pay (fixture->debt, 2025, 4, 20, 120000);
  g_assert_null (find (fixture, &findings, "no-written-claim", 2025, 6, 1));
  g_assert_cmpuint (findings->len, ==, 0);
}

static void
test_claim_period_running (Fixture       *fixture,
                           gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(GPtrArray) findings = NULL;

  fixture->debt->due = ymd (2025, 4, 1);
  g_assert_null (find (fixture, &findings, "claim-period-running", 2025, 5, 10));
  send_claim (fixture->debt, 2025, 5, 10);
  assert_finding (find (fixture, &findings, "claim-period-running", 2025, 5, 10), MU_SEVERITY_INFO, "claim.sent",
                  "The claim was sent on 2025-05-10 and its period of 30 days runs. If the debt is not paid, a "
                  "suit may be filed from 2025-06-10",
                  "Civil Code of the RF, art. 191");
  g_assert_nonnull (find (fixture, &findings, "claim-period-running", 2025, 6, 9));
  g_assert_null (find (fixture, &findings, "claim-period-running", 2025, 6, 10));
}

static void
test_hardship_grace (Fixture       *fixture,
                     gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(GPtrArray) findings = NULL;
  const MuFinding *finding;

  g_assert_null (find (fixture, &findings, "hardship-grace", 2025, 4, 10));
  fixture->debtor->hardship = TRUE;
  finding = find (fixture, &findings, "hardship-grace", 2025, 4, 10);
  assert_finding (finding, MU_SEVERITY_INFO, "debtor.hardship",
                  "Harvester LLC wants to pay and cannot. Grant time until it is easy", "Quran 2:280");
  g_assert_null (strstr (finding->message, "pledge"));

  fixture->debt->charity_pledge = 50000;
  assert_finding (find (fixture, &findings, "hardship-grace", 2025, 4, 10), MU_SEVERITY_INFO, "debtor.hardship",
                  "Do not press the charity pledge of 500.00 RUB.", "AAOIFI Shari‘ah Standard 3");

  /* Not due yet: grace is offered all the same. */
  g_assert_nonnull (find (fixture, &findings, "hardship-grace", 2025, 3, 1));
  fixture->debt->write_off = MU_WRITE_OFF_FORGIVEN;
  fixture->debt->written_off = ymd (2025, 4, 20);
  g_assert_null (find (fixture, &findings, "hardship-grace", 2025, 4, 20));
}

/* Due 30 June 2022: the period ends 30 June 2025; 90 days before it is
 * 1 April (29 + 31 + 30). */
static void
test_limitation_near (Fixture       *fixture,
                      gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(GPtrArray) findings = NULL;

  fixture->debt->due = ymd (2022, 6, 30);
  g_assert_null (find (fixture, &findings, "limitation-near", 2025, 3, 31));
  assert_finding (find (fixture, &findings, "limitation-near", 2025, 4, 1), MU_SEVERITY_WARNING, "due",
                  "The limitation period ends on 2025-06-30, in 90 days", "Civil Code of the RF, art. 196");
  assert_finding (find (fixture, &findings, "limitation-near", 2025, 6, 30), MU_SEVERITY_WARNING, "due",
                  "ends on 2025-06-30, in 0 days", "art. 202 part 3");
  assert_finding (find (fixture, &findings, "limitation-near", 2025, 7, 1), MU_SEVERITY_WARNING, "due",
                  "The limitation period ended on 2025-06-30.", "art. 203");

  /* A claim sent in time puts it 30 days later: 30 July. */
  send_claim (fixture->debt, 2023, 1, 10);
  assert_finding (find (fixture, &findings, "limitation-near", 2025, 7, 1), MU_SEVERITY_WARNING, "due",
                  "ends on 2025-07-30, in 29 days", "art. 196");

  pay (fixture->debt, 2023, 2, 1, 120000);
  g_assert_null (find (fixture, &findings, "limitation-near", 2025, 7, 1));
}

/* 300.00, 300.00, 300.01 from 31 March, as in test-debt.c. */
static void
test_arrangement_behind (Fixture       *fixture,
                         gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(GPtrArray) findings = NULL;

  fixture->debt->due = ymd (2025, 1, 31);
  fixture->debt->amount = 100001;
  pay (fixture->debt, 2025, 2, 10, 10000);
  arrange_instalments (fixture->debt, ymd (2025, 2, 10), ymd (2025, 3, 31), 3, 1);

  g_assert_null (find (fixture, &findings, "arrangement-behind", 2025, 3, 31));
  assert_finding (find (fixture, &findings, "arrangement-behind", 2025, 4, 1), MU_SEVERITY_WARNING, "arrangement",
                  "The instalment due on 2025-03-31 is 1 day late: 300.00 RUB of what was due by now is unpaid. "
                  "Ask Harvester LLC what has happened",
                  "AAOIFI Shari‘ah Standard 3");
  pay (fixture->debt, 2025, 4, 5, 30000);
  g_assert_null (find (fixture, &findings, "arrangement-behind", 2025, 4, 5));
  pay (fixture->debt, 2025, 4, 30, 15000);
  assert_finding (find (fixture, &findings, "arrangement-behind", 2025, 6, 1), MU_SEVERITY_WARNING, "arrangement",
                  "The instalment due on 2025-04-30 is 32 days late: 450.01 RUB of what was due by now is unpaid.",
                  "Quran 2:280");
  /* More than 30 days behind with no claim: that rule too. */
  g_assert_nonnull (find (fixture, &findings, "no-written-claim", 2025, 6, 1));
}

static void
test_deferral_behind (Fixture       *fixture,
                      gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(GPtrArray) findings = NULL;

  fixture->debt->arrangement.kind = MU_ARRANGEMENT_DEFERRAL;
  fixture->debt->arrangement.agreed = ymd (2025, 4, 5);
  fixture->debt->arrangement.first_due = ymd (2025, 5, 15);
  g_assert_null (find (fixture, &findings, "arrangement-behind", 2025, 5, 15));
  assert_finding (find (fixture, &findings, "arrangement-behind", 2025, 5, 16), MU_SEVERITY_WARNING, "arrangement",
                  "The deferred date, 2025-05-15, passed 1 day ago with 1200.00 RUB unpaid.", "arrangement");
}

static void
test_third_party_contact (Fixture       *fixture,
                          gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(GPtrArray) findings = NULL;
  MuDebtContact contacts[] = {
    { ymd (2025, 4, 2), MU_CONTACT_CALL, NULL, NULL, no_date () },
    { ymd (2025, 4, 9), MU_CONTACT_CALL, g_strdup ("her brother"), NULL, no_date () },
    { ymd (2025, 4, 20), MU_CONTACT_MEETING, g_strdup ("her employer"), NULL, no_date () },
  };

  g_array_append_vals (fixture->debt->contacts, contacts, G_N_ELEMENTS (contacts));
  assert_valid (fixture->debt);
  g_assert_null (find (fixture, &findings, "third-party-contact", 2025, 4, 10));

  fixture->debtor->kind = MU_DEBTOR_PERSON;
  g_free (fixture->debtor->name);
  fixture->debtor->name = g_strdup ("Amina");
  g_assert_null (find (fixture, &findings, "third-party-contact", 2025, 4, 8));
  assert_finding (find (fixture, &findings, "third-party-contact", 2025, 4, 10), MU_SEVERITY_WARNING,
                  "contacts[1].with", "On 2025-04-09 the debt was discussed with her brother, not with the debtor.",
                  "230-FZ, art. 4 part 5");
  /* About what was done: it holds once the debt is paid. */
  pay (fixture->debt, 2025, 4, 25, 120000);
  g_clear_pointer (&findings, g_ptr_array_unref);
  {
    GDate as_of = ymd (2025, 5, 1);

    findings = mu_debt_check (fixture->debt, fixture->debtor, &as_of);
  }
  g_assert_cmpuint (findings->len, ==, 2);
  g_assert_cmpstr (((MuFinding *) findings->pdata[1])->field, ==, "contacts[2].with");
}

/* Without the debtor, the rules about the debtor are not checked. */
static void
test_without_debtor (Fixture       *fixture,
                     gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(GPtrArray) findings = NULL;
  GDate as_of = ymd (2025, 5, 1);
  const MuFinding *finding;

  findings = mu_debt_check (fixture->debt, NULL, &as_of);
  g_assert_cmpuint (findings->len, ==, 1);
  finding = findings->pdata[0];
  g_assert_cmpstr (finding->rule, ==, "no-written-claim");
  g_assert_true (g_str_has_prefix (finding->message, "debtor-1 is 31 days overdue"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/debt-rules/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("late-interest", test_late_interest);
  ADD ("no-written-claim/after-30-days", test_no_written_claim);
  ADD ("no-written-claim/not-when-settled", test_no_written_claim_settled);
  ADD ("claim-period-running", test_claim_period_running);
  ADD ("hardship-grace", test_hardship_grace);
  ADD ("limitation-near", test_limitation_near);
  ADD ("arrangement-behind/instalments", test_arrangement_behind);
  ADD ("arrangement-behind/deferral", test_deferral_behind);
  ADD ("third-party-contact", test_third_party_contact);
  ADD ("without-debtor", test_without_debtor);
#undef ADD

  return g_test_run ();
}
