/* mu-debt-rules.c — findings about a debt, as of a date: DESIGN.md's
 * table "Rules (findings about debts)"
 *
 * Two rules are about what was recorded and hold whatever the debt is now
 * (late-interest, third-party-contact); the others are about what the
 * owner should do and hold only while something is outstanding.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mu-debt-private.h"

typedef struct
{
  const MuDebt      *debt;
  const MuDebtor    *debtor;  /* NULL when not known */
  const GDate       *as_of;
  const MuDebtState *state;
  GPtrArray         *findings;
} DebtCheck;

G_GNUC_PRINTF (6, 7)
static void
add_finding (DebtCheck  *check,
             const char *rule,
             MuSeverity  severity,
             char       *field,
             const char *source,
             const char *format,
             ...)
{
  MuFinding *finding = g_new0 (MuFinding, 1);
  va_list args;

  finding->rule = rule;
  finding->severity = severity;
  finding->partner = -1;
  finding->field = field;
  va_start (args, format);
  finding->message = g_strdup_vprintf (format, args);
  va_end (args);
  finding->source = g_strdup (source);
  g_ptr_array_add (check->findings, finding);
}

static const char *
debtor_name (const DebtCheck *check)
{
  return check->debtor != NULL ? check->debtor->name : check->debt->debtor_id;
}

static gboolean
is_person (const DebtCheck *check)
{
  return check->debtor != NULL && check->debtor->kind == MU_DEBTOR_PERSON;
}

static gboolean
outstanding (const DebtCheck *check)
{
  return check->state->status != MU_DEBT_SETTLED && check->state->status != MU_DEBT_WRITTEN_OFF;
}

static void
check_late_interest (DebtCheck *check)
{
  if (!check->debt->late_interest)
    return;
  add_finding (check, "late-interest", MU_SEVERITY_ERROR, g_strdup ("late_interest"),
               _("AAOIFI Shari‘ah Standard 3, Procrastinating Debtor: a debt may not be increased for "
                 "delay; a pledge to give to charity and the actual costs of collecting are allowed."),
               "%s",
               _("The contract asks for interest or a penalty for late payment, payable to you: that is riba, and "
                 "it is no part of what is owed. Do not claim it, and take the clause out when the contract is "
                 "renewed. The debtor may instead pledge a sum to charity if late, and you may recover only the "
                 "actual costs of collecting."));
}

static void
check_written_claim (DebtCheck *check)
{
  guint days = check->state->days_overdue;

  if (!outstanding (check) || g_date_valid (&check->state->court_from) || days <= MU_DEBT_CLAIM_AFTER)
    return;
  if (is_person (check))
    add_finding (check, "no-written-claim", MU_SEVERITY_WARNING, g_strdup ("claim.sent"),
                 _("The practice of pre-trial collection: a written claim comes before a suit, and between "
                   "businesses a court requires it (Arbitration Procedure Code of the RF, art. 4 part 5)."),
                 /* Translators: %s is the debtor's name, %u the days overdue. */
                 ngettext ("%s is %u day overdue and no written claim has been sent. Send one before anything "
                           "else: it is the debtor’s last chance to pay without a court, and the proof that you "
                           "asked.",
                           "%s is %u days overdue and no written claim has been sent. Send one before anything "
                           "else: it is the debtor’s last chance to pay without a court, and the proof that you "
                           "asked.", days),
                 debtor_name (check), days);
  else
    add_finding (check, "no-written-claim", MU_SEVERITY_WARNING, g_strdup ("claim.sent"),
                 _("Arbitration Procedure Code of the RF, art. 4 part 5: a dispute between businesses over money "
                   "goes to court only 30 calendar days after a claim was sent, unless the law or the contract "
                   "sets another period."),
                 /* Translators: %s is the debtor's name, %u the days overdue. */
                 ngettext ("%s is %u day overdue and no written claim has been sent. A court will not take the "
                           "case without one: send the claim and keep the proof of sending — the post office’s "
                           "receipt with the list of contents, or the debtor’s signature.",
                           "%s is %u days overdue and no written claim has been sent. A court will not take the "
                           "case without one: send the claim and keep the proof of sending — the post office’s "
                           "receipt with the list of contents, or the debtor’s signature.", days),
                 debtor_name (check), days);
}

static void
check_claim_period (DebtCheck *check)
{
  g_autofree char *sent = NULL, *court = NULL;

  if (check->state->status != MU_DEBT_CLAIMED)
    return;
  sent = mu_debt_date_text (&check->debt->claim.sent);
  court = mu_debt_date_text (&check->state->court_from);
  add_finding (check, "claim-period-running", MU_SEVERITY_INFO, g_strdup ("claim.sent"),
               _("Arbitration Procedure Code of the RF, art. 4 part 5; Civil Code of the RF, art. 191: a period "
                 "runs from the day after the event that starts it."),
               /* Translators: the first %s is the day the claim was sent, %u the days of its period, the
                * second %s the first day a suit may be filed. */
               ngettext ("The claim was sent on %s and its period of %u day runs. If the debt is not paid, a "
                         "suit may be filed from %s; until then, keep talking with the debtor — an arrangement "
                         "is better than a suit.",
                         "The claim was sent on %s and its period of %u days runs. If the debt is not paid, a "
                         "suit may be filed from %s; until then, keep talking with the debtor — an arrangement "
                         "is better than a suit.", check->debt->claim_days),
               sent, check->debt->claim_days, court);
}

static void
check_hardship (DebtCheck *check)
{
  const char *source = _("Quran 2:280: “And if the debtor is in hardship, then let there be postponement until a "
                         "time of ease; and to remit it as charity is better for you.” AAOIFI Shari‘ah Standard 3.");
  g_autofree char *pledge = NULL;

  if (check->debtor == NULL || !check->debtor->hardship || !outstanding (check))
    return;
  if (check->debt->charity_pledge <= 0)
    {
      add_finding (check, "hardship-grace", MU_SEVERITY_INFO, g_strdup ("debtor.hardship"), source,
                   /* Translators: %s is the debtor's name. */
                   _("%s wants to pay and cannot. Grant time until it is easy — a deferral or an interest-free "
                     "instalment plan — or remit the debt, or a part of it, as charity."),
                   debtor_name (check));
      return;
    }
  pledge = mu_debt_money_text (check->debt, check->debt->charity_pledge);
  add_finding (check, "hardship-grace", MU_SEVERITY_INFO, g_strdup ("debtor.hardship"), source,
               /* Translators: the first %s is the debtor's name, the second the pledge, e.g. “500.00 RUB”. */
               _("%s wants to pay and cannot. Grant time until it is easy — a deferral or an interest-free "
                 "instalment plan — or remit the debt, or a part of it, as charity. Do not press the charity "
                 "pledge of %s."),
               debtor_name (check), pledge);
}

static void
check_limitation (DebtCheck *check)
{
  const char *source = _("Civil Code of the RF, art. 196: three years; art. 199: applied when the debtor asks; "
                         "art. 202 part 3: suspended for the claim period; art. 203 and 206 part 2: an "
                         "acknowledgement of the debt starts it anew.");
  g_autofree char *date = NULL;
  int left;

  if (!outstanding (check))
    return;
  left = g_date_days_between (check->as_of, &check->state->limitation);
  if (left > MU_DEBT_LIMITATION_NEAR)
    return;
  date = mu_debt_date_text (&check->state->limitation);
  if (left < 0)
    add_finding (check, "limitation-near", MU_SEVERITY_WARNING, g_strdup ("due"), source,
                 /* Translators: %s is the last day of the limitation period, e.g. 2028-05-10. */
                 _("The limitation period ended on %s. A court refuses the claim if the debtor asks it to, though "
                   "the debt may still be paid. An acknowledgement of the debt in writing starts the period "
                   "anew: ask the debtor for one, or for an arrangement they sign."),
                 date);
  else
    add_finding (check, "limitation-near", MU_SEVERITY_WARNING, g_strdup ("due"), source,
                 /* Translators: %s is the last day of the limitation period, %u the days left until it. */
                 ngettext ("The limitation period ends on %s, in %u day; after it a court refuses the claim if "
                           "the debtor asks it to. Agree a settlement or an arrangement the debtor signs — an "
                           "acknowledgement of the debt starts the period anew — or file the suit before then.",
                           "The limitation period ends on %s, in %u days; after it a court refuses the claim if "
                           "the debtor asks it to. Agree a settlement or an arrangement the debtor signs — an "
                           "acknowledgement of the debt starts the period anew — or file the suit before then.",
                           (gulong) left),
                 date, (guint) left);
}

/* What the instalments due before @as_of come to, less what was paid on
 * them since the arrangement: what is late. */
static MuMoney
arrears (const DebtCheck *check)
{
  const MuDebtArrangement *a = &check->debt->arrangement;
  guint n = mu_debt_n_instalments (a);
  MuMoney before = 0, arranged, due = 0;

  if (!mu_debt_paid_by (check->debt, &a->agreed, &before, NULL))
    return 0;
  arranged = check->debt->amount - before;
  for (guint k = 0; k < n; k++)
    {
      GDate date;

      mu_debt_instalment_date (a, k, &date);
      if (g_date_compare (&date, check->as_of) >= 0)
        break;
      due += mu_debt_instalment_amount (arranged, n, k);
    }
  return MAX (due - (check->state->paid - before), 0);
}

static void
check_arrangement (DebtCheck *check)
{
  const char *source = _("The arrangement agreed with the debtor; AAOIFI Shari‘ah Standard 3: a debt is not "
                         "increased for delay; Quran 2:280.");
  guint days = check->state->days_overdue;
  g_autofree char *late = NULL, *date = NULL;
  GDate due = *check->as_of;

  if (check->state->status != MU_DEBT_BEHIND)
    return;
  g_date_subtract_days (&due, days);
  date = mu_debt_date_text (&due);
  late = mu_debt_money_text (check->debt, arrears (check));
  if (check->debt->arrangement.kind == MU_ARRANGEMENT_DEFERRAL)
    add_finding (check, "arrangement-behind", MU_SEVERITY_WARNING, g_strdup ("arrangement"), source,
                 /* Translators: the deferred date, the days since, the amount unpaid, the debtor's name. */
                 ngettext ("The deferred date, %s, passed %u day ago with %s unpaid. Ask %s what has happened; "
                           "if paying has become hard, agree a later date — the debt never grows for the delay.",
                           "The deferred date, %s, passed %u days ago with %s unpaid. Ask %s what has happened; "
                           "if paying has become hard, agree a later date — the debt never grows for the delay.",
                           days),
                 date, days, late, debtor_name (check));
  else
    add_finding (check, "arrangement-behind", MU_SEVERITY_WARNING, g_strdup ("arrangement"), source,
                 /* Translators: the instalment's date, the days late, the amount unpaid, the debtor's name. */
                 ngettext ("The instalment due on %s is %u day late: %s of what was due by now is unpaid. Ask %s "
                           "what has happened; if paying has become hard, ease the plan — the debt never grows "
                           "for the delay.",
                           "The instalment due on %s is %u days late: %s of what was due by now is unpaid. Ask "
                           "%s what has happened; if paying has become hard, ease the plan — the debt never "
                           "grows for the delay.", days),
                 date, days, late, debtor_name (check));
}

static void
check_third_parties (DebtCheck *check)
{
  const GArray *contacts = check->debt->contacts;

  if (!is_person (check))
    return;
  for (guint i = 0; i < contacts->len; i++)
    {
      const MuDebtContact *c = &g_array_index (contacts, MuDebtContact, i);
      g_autofree char *date = NULL;

      if (c->with == NULL || c->with[0] == '\0' || g_date_compare (&c->date, check->as_of) > 0)
        continue;
      date = mu_debt_date_text (&c->date);
      add_finding (check, "third-party-contact", MU_SEVERITY_WARNING, g_strdup_printf ("contacts[%u].with", i),
                   _("Federal Law of 3 July 2016 No. 230-FZ, art. 4 part 5: dealing with anyone else about a "
                     "person’s debt needs the debtor’s written consent."),
                   /* Translators: the first %s is the contact's date, the second who was spoken to. */
                   _("On %s the debt was discussed with %s, not with the debtor. About a person’s debt, speak to "
                     "anyone else only with the debtor’s written consent, and never to press their family, "
                     "neighbours or employer."),
                   date, c->with);
    }
}

/* The findings of DESIGN.md's table about @debt as of @as_of, in the
 * table's order; @debtor may be NULL, and then the rules about the
 * debtor are not checked. A debt whose state cannot be derived (its
 * payments overflow) has none: mu_debt_validate() says what is wrong. */
GPtrArray *
mu_debt_check (const MuDebt   *debt,
               const MuDebtor *debtor,
               const GDate    *as_of)
{
  GPtrArray *findings = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_finding_free);
  MuDebtState state;
  DebtCheck check = { debt, debtor, as_of, &state, findings };

  g_return_val_if_fail (debt != NULL, findings);
  g_return_val_if_fail (as_of != NULL && g_date_valid (as_of), findings);

  if (!mu_debt_state (debt, as_of, &state, NULL))
    return findings;
  check_late_interest (&check);
  check_written_claim (&check);
  check_claim_period (&check);
  check_hardship (&check);
  check_limitation (&check);
  check_arrangement (&check);
  check_third_parties (&check);
  return findings;
}
