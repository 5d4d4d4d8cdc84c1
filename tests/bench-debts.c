/* bench-debts.c — a register of 100 000 debts: each one's state and
 * bucket as of a date, and the totals by bucket, as `debts list` and the
 * ageing chart need them; then the findings of each, and the import of
 * the same register from CSV. The store's part is measured elsewhere.
 * Prints figures; asserts nothing about time (the machines are shared).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-util.h"
#include "mu-debt-csv.h"
#include "mu-debt.h"

#define N_DEBTS 100000
#define N_RUNS  21

static GDate
day_from (guint year,
          guint offset)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, (GDateYear) year);
  g_date_add_days (&date, offset);
  return date;
}

/* Every tenth debt partly paid, every seventh claimed, every thirteenth
 * in instalments, every fiftieth written off: a register after a few
 * years of trading. */
static MuDebt *
make_debt (guint i)
{
  g_autofree char *id = g_strdup_printf ("debt-%u", i);
  g_autofree char *debtor = g_strdup_printf ("debtor-%u", i % 3000);
  GDate due = day_from (2023, (i * 7919u) % 900);
  MuDebt *debt = mu_debt_new (id, debtor, i % 17 == 0 ? "USD" : "RUB", 10000 + (i * 104729u) % 50000000, &due);

  if (i % 10 == 0)
    {
      GDate paid = due;

      g_date_add_days (&paid, 20);
      g_assert_true (mu_debt_add_payment (debt, &paid, debt->amount / 3, MU_PAYMENT_CASH, NULL, NULL));
    }
  if (i % 7 == 0)
    {
      debt->claim.sent = due;
      g_date_add_days (&debt->claim.sent, 45);
    }
  if (i % 13 == 0)
    {
      debt->arrangement.kind = MU_ARRANGEMENT_INSTALMENTS;
      debt->arrangement.agreed = due;
      g_date_add_days (&debt->arrangement.agreed, 60);
      debt->arrangement.first_due = debt->arrangement.agreed;
      g_date_add_months (&debt->arrangement.first_due, 1);
      debt->arrangement.n = 12;
      debt->arrangement.every = 1;
    }
  if (i % 50 == 0)
    {
      debt->write_off = MU_WRITE_OFF_UNCOLLECTABLE;
      debt->written_off = due;
      g_date_add_days (&debt->written_off, 400);
    }
  return debt;
}

typedef struct
{
  MuMoney outstanding[2][MU_N_BUCKETS];  /* RUB, USD */
  guint   count[MU_N_BUCKETS];
} Totals;

static void
list_and_bucket (GPtrArray   *debts,
                 const GDate *as_of,
                 Totals      *totals)
{
  memset (totals, 0, sizeof *totals);
  for (guint i = 0; i < debts->len; i++)
    {
      const MuDebt *debt = g_ptr_array_index (debts, i);
      MuDebtState state;

      if (!mu_debt_state (debt, as_of, &state, NULL))
        g_error ("%s: no state", debt->id);
      totals->outstanding[debt->currency[0] == 'U'][state.bucket] += state.outstanding;
      totals->count[state.bucket]++;
    }
}

static double
median_ms (double *times)
{
  qsort (times, N_RUNS, sizeof (double), compare_doubles);
  return times[N_RUNS / 2] / 1000.0;
}

static void
bench_findings (GPtrArray   *debts,
                const GDate *as_of)
{
  g_autoptr(MuDebtor) debtor = mu_debtor_new ("debtor-1", "Harvester LLC", MU_DEBTOR_COMPANY);
  gint64 start = g_get_monotonic_time ();
  guint n_findings = 0;

  for (guint i = 0; i < debts->len; i++)
    {
      g_autoptr(GPtrArray) findings = mu_debt_check (g_ptr_array_index (debts, i), debtor, as_of);

      n_findings += findings->len;
    }
  printf ("  findings of every debt: %.1f ms once (%u findings)\n",
          (double) (g_get_monotonic_time () - start) / 1000.0, n_findings);
}

static void
bench_import (void)
{
  GString *csv = g_string_new ("debtor;tax_number;document;due;amount\r\n");
  g_autoptr(MuDebtImport) import = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;

  for (guint i = 0; i < N_DEBTS; i++)
    g_string_append_printf (csv, "\"ООО \"\"Покупатель %u\"\"\";77%08u;Счет %u;%02u.%02u.2025;%u %03u,%02u\r\n",
                            i % 3000, i % 3000, i, 1 + i % 28, 1 + i % 12, 1 + i % 999, i % 1000, i % 100);
  start = g_get_monotonic_time ();
  import = mu_debt_csv_read (csv->str, csv->len, NULL, &error);
  g_assert_no_error (error);
  printf ("  CSV import of %u debts (%.1f MB): %.1f ms once, %u debtors\n", import->debts->len,
          (double) csv->len / (1024 * 1024), (double) (g_get_monotonic_time () - start) / 1000.0,
          import->debtors->len);
  g_string_free (csv, TRUE);
}

int
main (void)
{
  g_autoptr(GPtrArray) debts = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_debt_free);
  GDate as_of = day_from (2025, 180);
  static double times[N_RUNS];
  Totals totals;
  double median;

  for (guint i = 0; i < N_DEBTS; i++)
    g_ptr_array_add (debts, make_debt (i));

  for (guint r = 0; r < N_RUNS; r++)
    {
      gint64 start = g_get_monotonic_time ();

      list_and_bucket (debts, &as_of, &totals);
      times[r] = (double) (g_get_monotonic_time () - start);
    }

  median = median_ms (times);
  printf ("debts: %d debts' states and buckets as of 2025-06-30, %d runs:\n", N_DEBTS, N_RUNS);
  printf ("  median %.1f ms, min %.1f ms (goal: median < 100 ms for listing and bucketing)\n", median,
          times[0] / 1000.0);
  for (guint b = 0; b < MU_N_BUCKETS; b++)
    printf ("  %-9s %6u debts, %" G_GINT64_FORMAT " RUB kopecks\n", mu_age_bucket_to_string (b), totals.count[b],
            totals.outstanding[0][b]);
  bench_findings (debts, &as_of);
  bench_import ();
  return 0;
}
