/* mu-cli-debts-list.c — musharaka-cli debts list and debts show: what the
 * register says as of a date, as text, JSON or CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mu-cli-debts.h"
#include "mu-debt-words.h"

static const char *
debtor_name (const MuCliDebt *row)
{
  return row->debtor != NULL ? row->debtor->name : row->debt->debtor_id;
}

/* The keys DESIGN gives `list --format json` a debt, in its order. */
static void
append_debt_keys (GString         *out,
                  const MuCliDebt *row)
{
  const MuDebt *d = row->debt;
  g_autofree char *id = mu_cli_json_string (d->id);
  g_autofree char *debtor = mu_cli_json_string (debtor_name (row));
  g_autofree char *amount = mu_cli_debt_money (d, d->amount);
  g_autofree char *outstanding = mu_cli_debt_money (d, row->state.outstanding);
  g_autofree char *due = mu_cli_date_json (&d->due);
  g_autofree char *limitation = mu_cli_date_json (&row->state.limitation);
  g_autofree char *court_from = mu_cli_date_json (&row->state.court_from);

  g_string_append_printf (out, "\"id\": %s, \"debtor\": %s, \"currency\": \"%s\", \"amount\": \"%s\", "
                          "\"outstanding\": \"%s\", \"due\": %s, \"days_overdue\": %u, \"bucket\": \"%s\", "
                          "\"status\": \"%s\", \"limitation_date\": %s, \"court_from\": %s, \"findings\": ",
                          id, debtor, d->currency, amount, outstanding, due, row->state.days_overdue,
                          mu_age_bucket_to_string (row->state.bucket), mu_debt_status_to_string (row->state.status),
                          limitation, court_from);
  mu_cli_findings_json (out, row->findings);
}

static void
append_totals_json (GString       *out,
                    MuCliRegister *reg)
{
  g_string_append (out, "\"totals\": {");
  for (guint i = 0; i < reg->currencies->len; i++)
    {
      const char *code = g_ptr_array_index (reg->currencies, i);
      const MuCliTotals *t = g_hash_table_lookup (reg->totals, code);
      g_autofree char *outstanding = mu_cli_money (code, t->outstanding);

      g_string_append_printf (out, "%s\n  \"%s\": {\"outstanding\": \"%s\", \"by_bucket\": {", i > 0 ? "," : "", code,
                              outstanding);
      for (MuAgeBucket b = 0; b < MU_N_BUCKETS; b++)
        {
          g_autofree char *amount = mu_cli_money (code, t->by_bucket[b]);

          g_string_append_printf (out, "%s\"%s\": \"%s\"", b > 0 ? ", " : "", mu_age_bucket_to_string (b), amount);
        }
      g_string_append (out, "}}");
    }
  g_string_append (out, reg->currencies->len > 0 ? "\n}" : "}");
}

static void
print_list_json (GString       *out,
                 MuCliRegister *reg)
{
  g_autofree char *as_of = mu_cli_date_json (&reg->as_of);

  g_string_append_printf (out, "{\"as_of\": %s,\n \"debts\": [", as_of);
  for (guint i = 0; i < reg->rows->len; i++)
    {
      g_string_append (out, i > 0 ? ",\n  {" : "\n  {");
      append_debt_keys (out, &g_array_index (reg->rows, MuCliDebt, i));
      g_string_append_c (out, '}');
    }
  g_string_append (out, reg->rows->len > 0 ? "\n ],\n " : "],\n ");
  append_totals_json (out, reg);
  g_string_append (out, "}\n");
}

/* RFC 4180: quoted when it holds a comma, a quote or a line break. */
static void
append_csv_field (GString    *out,
                  const char *text,
                  gboolean    last)
{
  if (text == NULL)
    text = "";
  if (strpbrk (text, ",\"\r\n") != NULL)
    {
      g_autofree char *doubled = NULL;
      g_auto(GStrv) parts = g_strsplit (text, "\"", -1);

      doubled = g_strjoinv ("\"\"", parts);
      g_string_append_printf (out, "\"%s\"", doubled);
    }
  else
    g_string_append (out, text);
  g_string_append (out, last ? "\r\n" : ",");
}

static void
print_list_csv (GString       *out,
                MuCliRegister *reg)
{
  g_string_append (out, "id,debtor,currency,amount,outstanding,due,days_overdue,bucket,status,limitation_date,"
                        "court_from,findings\r\n");
  for (guint i = 0; i < reg->rows->len; i++)
    {
      const MuCliDebt *row = &g_array_index (reg->rows, MuCliDebt, i);
      g_autofree char *amount = mu_cli_debt_money (row->debt, row->debt->amount);
      g_autofree char *outstanding = mu_cli_debt_money (row->debt, row->state.outstanding);
      g_autofree char *days = g_strdup_printf ("%u", row->state.days_overdue);
      g_autofree char *due = mu_cli_date_text (&row->debt->due);
      g_autofree char *limitation = mu_cli_date_text (&row->state.limitation);
      g_autofree char *court = g_date_valid (&row->state.court_from) ? mu_cli_date_text (&row->state.court_from)
                                                                      : g_strdup ("");
      g_autoptr(GString) rules = g_string_new (NULL);

      for (guint k = 0; k < row->findings->len; k++)
        g_string_append_printf (rules, "%s%s", k > 0 ? " " : "", ((MuFinding *) row->findings->pdata[k])->rule);
      append_csv_field (out, row->debt->id, FALSE);
      append_csv_field (out, debtor_name (row), FALSE);
      append_csv_field (out, row->debt->currency, FALSE);
      append_csv_field (out, amount, FALSE);
      append_csv_field (out, outstanding, FALSE);
      append_csv_field (out, due, FALSE);
      append_csv_field (out, days, FALSE);
      append_csv_field (out, mu_age_bucket_to_string (row->state.bucket), FALSE);
      append_csv_field (out, mu_debt_status_to_string (row->state.status), FALSE);
      append_csv_field (out, limitation, FALSE);
      append_csv_field (out, court, FALSE);
      append_csv_field (out, rules->str, TRUE);
    }
}

static const char *
severity_label (MuSeverity severity)
{
  switch (severity)
    {
    case MU_SEVERITY_ERROR:
      return _("Error");
    case MU_SEVERITY_WARNING:
      return _("Warning");
    case MU_SEVERITY_INFO:
    default:
      return _("Note");
    }
}

void
mu_cli_findings_text (GString   *out,
                      GPtrArray *findings,
                      gboolean   sources)
{
  for (guint i = 0; i < findings->len; i++)
    {
      const MuFinding *f = g_ptr_array_index (findings, i);

      g_string_append_printf (out, "  %s [%s]: %s\n", severity_label (f->severity), f->rule, f->message);
      if (sources)
        {
          g_string_append (out, "    ");
          g_string_append_printf (out, _("Source: %s"), f->source);
          g_string_append_c (out, '\n');
        }
    }
}

/* "31–90 days overdue" or the status alone: one line of what a debt is. */
void
mu_cli_state_text (GString         *out,
                   const MuCliDebt *row)
{
  g_autofree char *amount = mu_cli_debt_money (row->debt, row->debt->amount);
  g_autofree char *outstanding = mu_cli_debt_money (row->debt, row->state.outstanding);
  g_autofree char *due = mu_cli_date_text (&row->debt->due);
  guint days = row->state.days_overdue;

  /* Translators: the amount, its currency, what is outstanding, the currency again, then the due date. */
  g_string_append_printf (out, _("%s %s, outstanding %s %s, due %s"), amount, row->debt->currency, outstanding,
                          row->debt->currency, due);
  g_string_append (out, " · ");
  if (days > 0)
    {
      /* Translators: days after the due date, then the ageing bucket, e.g. “31–90 days”. */
      g_string_append_printf (out, ngettext ("%u day overdue (%s)", "%u days overdue (%s)", days), days,
                              mu_age_bucket_get_label (row->state.bucket));
      g_string_append (out, " · ");
    }
  g_string_append (out, mu_debt_status_get_label (row->state.status));
  g_string_append_c (out, '\n');
}

static void
print_list_text (GString       *out,
                 MuCliRegister *reg)
{
  g_autofree char *as_of = mu_cli_date_text (&reg->as_of);

  /* Translators: the date the register is seen as of. */
  g_string_append_printf (out, _("Debts as of %s"), as_of);
  g_string_append (out, "\n\n");
  for (guint i = 0; i < reg->rows->len; i++)
    {
      const MuCliDebt *row = &g_array_index (reg->rows, MuCliDebt, i);

      g_string_append_printf (out, "%s · %s\n  ", row->debt->id, debtor_name (row));
      mu_cli_state_text (out, row);
      mu_cli_findings_text (out, row->findings, FALSE);
    }
  if (reg->rows->len == 0)
    g_string_append_printf (out, "%s\n", _("The register is empty: import debts with “musharaka-cli debts import”."));
  for (guint i = 0; i < reg->currencies->len; i++)
    {
      const char *code = g_ptr_array_index (reg->currencies, i);
      const MuCliTotals *t = g_hash_table_lookup (reg->totals, code);
      g_autofree char *total = mu_cli_money (code, t->outstanding);

      /* Translators: a currency, then what is outstanding in it. */
      g_string_append_printf (out, _("\nOutstanding in %s: %s\n"), code, total);
      for (MuAgeBucket b = 0; b < MU_N_BUCKETS; b++)
        {
          g_autofree char *amount = mu_cli_money (code, t->by_bucket[b]);

          const char *label = mu_age_bucket_get_label (b);
          glong width = g_utf8_strlen (label, -1);

          /* Padded by characters, not bytes: “1–30 days” has a dash of three. */
          g_string_append_printf (out, "  %s%*s %s\n", label, (int) MAX (16 - width, 0), "", amount);
        }
    }
}

int
mu_cli_debts_list (int    argc,
                   char **argv)
{
  g_autoptr(MuStore) store = NULL;
  g_autoptr(MuCliRegister) reg = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  MuCliFormat format;

  if ((reg = mu_cli_debts_load (&argc, &argv, 0, _("— list the debts of the register as of a date"), NULL,
                                MU_CLI_DEBTS_TEXT_JSON_CSV, &format, &store)) == NULL)
    return MU_CLI_BAD_INPUT;
  if (format == MU_CLI_FORMAT_JSON)
    print_list_json (out, reg);
  else if (format == MU_CLI_FORMAT_CSV)
    print_list_csv (out, reg);
  else
    print_list_text (out, reg);
  fwrite (out->str, 1, out->len, stdout);
  return MU_CLI_OK;
}
