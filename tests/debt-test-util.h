/* debt-test-util.h — what the tests of the register of receivables share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <string.h>

#include "mu-core-error.h"
#include "mu-debt.h"

static inline GDate
ymd (guint year,
     guint month,
     guint day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return date;
}

static inline GDate
no_date (void)
{
  GDate date;

  g_date_clear (&date, 1);
  return date;
}

/* "2025-06-10", or "none". */
static inline char *
date_text (const GDate *date)
{
  if (!g_date_valid (date))
    return g_strdup ("none");
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* @date is a GDate, not a pointer to one. */
#define assert_date(date, expected)                                   \
  G_STMT_START                                                        \
  {                                                                   \
    GDate assert_date_value = (date);                                 \
    g_autofree char *assert_date_text = date_text (&assert_date_value); \
    g_assert_cmpstr (assert_date_text, ==, expected);                 \
  }                                                                   \
  G_STMT_END

/* A debt of @amount kopecks due on @due, to Harvester LLC. */
static inline MuDebt *
debt_due (guint   year,
          guint   month,
          guint   day,
          MuMoney amount)
{
  GDate due = ymd (year, month, day);

  return mu_debt_new ("debt-1", "debtor-1", "RUB", amount, &due);
}

static inline void
pay (MuDebt *debt,
     guint   year,
     guint   month,
     guint   day,
     MuMoney amount)
{
  g_autoptr(GError) error = NULL;
  GDate date = ymd (year, month, day);

  g_assert_true (mu_debt_add_payment (debt, &date, amount, MU_PAYMENT_CASH, NULL, &error));
  g_assert_no_error (error);
}

static inline MuDebtState
state_as_of (const MuDebt *debt,
             guint         year,
             guint         month,
             guint         day)
{
  g_autoptr(GError) error = NULL;
  GDate as_of = ymd (year, month, day);
  MuDebtState state;

  g_assert_true (mu_debt_state (debt, &as_of, &state, &error));
  g_assert_no_error (error);
  return state;
}

static inline void
send_claim (MuDebt *debt,
            guint   year,
            guint   month,
            guint   day)
{
  debt->claim.sent = ymd (year, month, day);
  debt->claim.method = MU_CLAIM_BY_POST;
}

static inline void
arrange_instalments (MuDebt *debt,
                     GDate   agreed,
                     GDate   first_due,
                     guint   n,
                     guint   every)
{
  debt->arrangement.kind = MU_ARRANGEMENT_INSTALMENTS;
  debt->arrangement.agreed = agreed;
  debt->arrangement.first_due = first_due;
  debt->arrangement.n = n;
  debt->arrangement.every = every;
}

/* Where mu_debt_validate() refuses @debt: its path, the error's message
 * checked to hold @words. */
static inline void
assert_invalid (const MuDebt *debt,
                const char   *path,
                const char   *words)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *where = NULL;

  g_assert_false (mu_debt_validate (debt, &where, &error));
  g_assert_error (error, MU_CORE_ERROR, MU_CORE_ERROR_INVALID);
  g_assert_cmpstr (where, ==, path);
  if (strstr (error->message, words) == NULL)
    g_error ("“%s” does not say “%s”", error->message, words);
}

static inline void
assert_valid (const MuDebt *debt)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *where = NULL;

  if (!mu_debt_validate (debt, &where, &error))
    g_error ("refused at %s: %s", where, error->message);
}
