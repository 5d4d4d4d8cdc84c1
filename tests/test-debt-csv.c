/* test-debt-csv.c — debts imported from accounting programs' CSV: the
 * encodings, separators and number forms they write, and every bad file
 * refused as a whole with its line and column named
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include "debt-test-util.h"
#include "mu-debt-csv.h"

static MuDebtImport *
read_ok (const char *data,
         gsize       length)
{
  g_autoptr(GError) error = NULL;
  MuDebtImport *import = mu_debt_csv_read (data, length, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  return import;
}

#define READ_OK(literal) read_ok (literal, sizeof literal - 1)

static void
assert_refused_len (const char *data,
                    gsize       length,
                    const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MuDebtImport) import = mu_debt_csv_read (data, length, NULL, &error);

  g_assert_null (import);
  g_assert_error (error, MU_CORE_ERROR, MU_CORE_ERROR_PARSE);
  g_assert_cmpstr (error->message, ==, message);
}

#define assert_refused(literal, message) assert_refused_len (literal, sizeof literal - 1, message)

static const MuDebt *
debt_at (const MuDebtImport *import,
         guint               index)
{
  g_assert_cmpuint (index, <, import->debts->len);
  return g_ptr_array_index (import->debts, index);
}

static const MuDebtor *
debtor_of (const MuDebtImport *import,
           const MuDebt       *debt)
{
  for (guint i = 0; i < import->debtors->len; i++)
    {
      const MuDebtor *debtor = g_ptr_array_index (import->debtors, i);

      if (g_str_equal (debtor->id, debt->debtor_id))
        return debtor;
    }
  g_assert_not_reached ();
}

/* An export of 1C in Windows-1251: ООО "Ромашка" twice, ИП Иванов once,
 * "Счет 17" the invoice, amounts with a decimal comma and a space between
 * the thousands, "руб." and an empty cell for the rouble. */
static const char cp1251_file[] =
  "debtor;tax_number;document;document_date;due;amount;currency\r\n"
  "\"\xCE\xCE\xCE \"\"\xD0\xEE\xEC\xE0\xF8\xEA\xE0\"\"\";7701234567;\xD1\xF7\xE5\xF2 17;10.03.2025;10.04.2025;"
  "1 234,56;\xF0\xF3\xE1.\r\n"
  "\xC8\xCF \xC8\xE2\xE0\xED\xEE\xE2;;;;05.05.2025;12 000;\r\n"
  "\"\xCE\xCE\xCE \"\"\xD0\xEE\xEC\xE0\xF8\xEA\xE0\"\"\";7701234567;\xD1\xF7\xE5\xF2 18;;2025-05-31;0,5;RUB\r\n";

static void
test_windows_1251 (void)
{
  g_autoptr(MuDebtImport) import = READ_OK (cp1251_file);
  const MuDebt *first, *second, *third;

  g_assert_cmpuint (import->debts->len, ==, 3);
  g_assert_cmpuint (import->debtors->len, ==, 2);
  first = debt_at (import, 0);
  second = debt_at (import, 1);
  third = debt_at (import, 2);

  g_assert_cmpstr (first->id, ==, "import-debt-1");
  g_assert_cmpstr (debtor_of (import, first)->name, ==, "ООО \"Ромашка\"");
  g_assert_cmpstr (debtor_of (import, first)->tax_number, ==, "7701234567");
  g_assert_cmpstr (debtor_of (import, first)->id, ==, "import-debtor-1");
  g_assert_cmpint (debtor_of (import, first)->kind, ==, MU_DEBTOR_COMPANY);
  g_assert_cmpstr (first->document, ==, "Счет 17");
  assert_date (first->document_date, "2025-03-10");
  assert_date (first->due, "2025-04-10");
  g_assert_cmpint (first->amount, ==, 123456);
  g_assert_cmpstr (first->currency, ==, "RUB");
  g_assert_cmpuint (first->claim_days, ==, 30);

  g_assert_cmpstr (debtor_of (import, second)->name, ==, "ИП Иванов");
  g_assert_null (debtor_of (import, second)->tax_number);
  g_assert_null (second->document);
  g_assert_false (g_date_valid (&second->document_date));
  g_assert_cmpint (second->amount, ==, 1200000);
  g_assert_cmpstr (second->currency, ==, "RUB");

  g_assert_cmpstr (third->id, ==, "import-debt-3");
  g_assert_cmpstr (third->debtor_id, ==, "import-debtor-1");
  g_assert_cmpint (third->amount, ==, 50);
  assert_date (third->due, "2025-05-31");
}

/* UTF-8 with a byte order mark, commas, the columns in another order
 * with one more, names in other cases, a no-break space (U+00A0) and a
 * narrow one (U+202F) between the thousands, a quoted name holding the
 * separator. */
static void
test_utf8_bom_commas_any_order (void)
{
  g_autoptr(MuDebtImport) import = READ_OK ("\xEF\xBB\xBF"
                                            "Amount,Note,Due,Debtor,Currency,Tax Number\n"
                                            "\"1\xC2\xA0" "234\xE2\x80\xAF" "567.89\",call first,2025-06-30,"
                                            "\"Harvester, LLC\",rub,\n"
                                            "1000,,30.06.2025,Amina,643,500100732259\n"
                                            "2,5 dinars,01.07.2025,Kuwait Dates Co.,KWD,\n");

  g_assert_cmpuint (import->debts->len, ==, 3);
  g_assert_cmpint (debt_at (import, 0)->amount, ==, 123456789);
  g_assert_cmpstr (debtor_of (import, debt_at (import, 0))->name, ==, "Harvester, LLC");
  g_assert_null (debtor_of (import, debt_at (import, 0))->tax_number);
  assert_date (debt_at (import, 0)->due, "2025-06-30");
  g_assert_cmpint (debt_at (import, 1)->amount, ==, 100000);
  g_assert_cmpstr (debt_at (import, 1)->currency, ==, "RUB");
  g_assert_cmpstr (debtor_of (import, debt_at (import, 1))->tax_number, ==, "500100732259");
  /* "2,5 dinars" under commas is two fields: 2 dinars, and the note. */
  g_assert_cmpint (debt_at (import, 2)->amount, ==, 2000);
  g_assert_cmpstr (debt_at (import, 2)->currency, ==, "KWD");
}

/* A "sep=" line as spreadsheets write it; a date with the time some
 * programs add; blank lines and rows of empty cells skipped; a row
 * longer than the header. */
static void
test_sep_line_and_blank_rows (void)
{
  g_autoptr(MuDebtImport) import = READ_OK ("sep=,\r\n"
                                            "debtor,due,amount\r\n"
                                            "\r\n"
                                            "A,10.05.2025 0:00:00,\"1,5\",extra,fields\r\n"
                                            ",,\r\n"
                                            "B,2025-05-11,7");

  g_assert_cmpuint (import->debts->len, ==, 2);
  g_assert_cmpint (debt_at (import, 0)->amount, ==, 150);
  assert_date (debt_at (import, 0)->due, "2025-05-10");
  g_assert_cmpint (debt_at (import, 1)->amount, ==, 700);
}

/* Both separators on the header line: the more frequent one wins. */
static void
test_semicolons_with_commas_in_names (void)
{
  g_autoptr(MuDebtImport) import = READ_OK ("debtor;due;amount;note\n"
                                            "Harvester, LLC;2025-01-31;1 000,00;a, b, c\n");

  g_assert_cmpstr (debtor_of (import, debt_at (import, 0))->name, ==, "Harvester, LLC");
  g_assert_cmpint (debt_at (import, 0)->amount, ==, 100000);
}

static void
test_ids_with_prefix (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MuDebtImport) import = mu_debt_csv_read (cp1251_file, sizeof cp1251_file - 1, "imp-7", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (debt_at (import, 1)->id, ==, "imp-7-debt-2");
  g_assert_cmpstr (debt_at (import, 1)->debtor_id, ==, "imp-7-debtor-2");
}

/* One bad row among good ones: nothing is returned, and the error names
 * the line — counted in the file's lines, a quoted line break included —
 * and the column as the header writes it. */
static void
test_bad_row (void)
{
  assert_refused ("debtor;due;amount\nA;2025-01-31;100\nB;31.02.2025;200\n",
                  "Line 3, column “due”: “31.02.2025” is not a date from the year 1900 to 9999; write it as "
                  "YYYY-MM-DD or DD.MM.YYYY.");
  assert_refused ("Debtor;Due;Amount\n\"A\nand sons\";2025-01-31;100\nC;2025-01-31;12,345\n",
                  "Line 4, column “Amount”: “12,345” has more decimals than RUB has (2).");
  assert_refused ("debtor;due;amount;currency\nA;2025-01-31;100,5;JPY\n",
                  "Line 2, column “amount”: “100,5” has more decimals than JPY has (0).");
  assert_refused ("debtor;due;amount\nA;2025-01-31;1.234,56\n",
                  "Line 2, column “amount”: “1.234,56” is not an amount; write it as 1234.56, 1234,56 or 1 234,56.");
  assert_refused ("debtor;due;amount\nA;2025-01-31;12 34\n",
                  "Line 2, column “amount”: “12 34” is not an amount; write it as 1234.56, 1234,56 or 1 234,56.");
  assert_refused ("debtor;due;amount\nA;2025-01-31;-5\n",
                  "Line 2, column “amount”: “-5” is not more than nothing; a refund or a credit is not a debt.");
  assert_refused ("debtor;due;amount\nA;2025-01-31;0\n",
                  "Line 2, column “amount”: “0” is not more than nothing; a refund or a credit is not a debt.");
  assert_refused ("debtor;due;amount\nA;2025-01-31;99 999 999 999 999 999 999\n",
                  "Line 2, column “amount”: “99 999 999 999 999 999 999” is too large an amount to be kept "
                  "exactly.");
  assert_refused ("debtor;due;amount;currency\nA;2025-01-31;1;XYZ\n",
                  "Line 2, column “currency”: “XYZ” is not an ISO 4217 currency code, such as RUB.");
  assert_refused ("debtor;due;amount\n;2025-01-31;1\n",
                  "Line 2, column “debtor”: it is empty; every debt needs its debtor’s name.");
  assert_refused ("debtor;amount;due\nA;1\n",
                  "Line 2, column “due”: it is empty; every debt needs its due date.");
  assert_refused ("debtor;due;amount\nA;1899-12-31;1\n",
                  "Line 2, column “due”: “1899-12-31” is not a date from the year 1900 to 9999; write it as "
                  "YYYY-MM-DD or DD.MM.YYYY.");
  assert_refused ("debtor;due;amount;document_date\nA;2025-04-30;1;01.05.2025\n",
                  "Line 2, column “due”: the due date comes before the document’s date, 2025-05-01.");
}

static void
test_bad_header (void)
{
  assert_refused ("debtor;amount\nA;1\n",
                  "Line 1: the header has no column “due”. It needs debtor, due and amount, and may have "
                  "tax_number, document, document_date and currency, in any order.");
  assert_refused ("debtor;due;amount;Due\nA;2025-01-31;1;2025-01-31\n",
                  "Line 1: the header names “due” twice, in columns 2 and 4; keep one of them.");
}

static void
test_empty_files (void)
{
  assert_refused ("", "The file is empty: it has no header row and no debts.");
  assert_refused ("\r\n \r\n", "The file is empty: it has no header row and no debts.");
  assert_refused ("\xEF\xBB\xBF", "The file is empty: it has no header row and no debts.");
  assert_refused ("debtor;due;amount\r\n", "The file has a header row but no debts under it.");
  assert_refused ("debtor;due;amount\r\n;;\r\n\r\n", "The file has a header row but no debts under it.");
  g_assert_null (mu_debt_csv_read (NULL, 0, NULL, NULL));
}

/* What is not a CSV of debts, or was damaged on the way. */
static void
test_hostile_files (void)
{
  g_autofree char *long_field = NULL, *quoted_long = NULL, *huge = NULL;

  assert_refused ("debtor;due;amount\nA\0B;2025-01-31;1\n",
                  "Line 2 holds a NUL byte: this is not a text file. Export the debts as CSV again.");
  assert_refused ("\xFF\xFE" "d\0e\0", "The file is in UTF-16. Save it from the accounting program as CSV in UTF-8 "
                                       "or Windows-1251.");
  assert_refused ("debtor;due;amount\n\x98;2025-01-31;1\n",
                  "The file is neither UTF-8 nor Windows-1251 text. Save it from the accounting program as CSV in "
                  "one of these.");
  assert_refused ("\xEF\xBB\xBF" "debtor;due;amount\n\xCE\xCE\xCE;2025-01-31;1\n",
                  "The file says it is UTF-8 but is not. Export the debts as CSV again.");
  assert_refused ("debtor;due;amount\n\"A;2025-01-31;1\n",
                  "Line 2: a quoted field is never closed; the file ends inside it.");
  assert_refused ("debtor;due;amount\n\"A\"B;2025-01-31;1\n",
                  "Line 2, column “debtor”: a quoted field must end with its quote, just before the next "
                  "separator.");

  long_field = g_strdup_printf ("debtor;due;amount\n%0*d;2025-01-31;1\n", 5000, 7);
  assert_refused_len (long_field, strlen (long_field),
                      "Line 2, column “debtor”: the field is longer than 4096 bytes.");
  quoted_long = g_strdup_printf ("debtor;due;amount\nA;2025-01-31;\"%0*d\"\n", 5000, 7);
  assert_refused_len (quoted_long, strlen (quoted_long),
                      "Line 2, column “amount”: the field is longer than 4096 bytes.");

  huge = g_malloc (MU_DEBT_CSV_MAX_BYTES + 1);
  memset (huge, ' ', MU_DEBT_CSV_MAX_BYTES + 1);
  assert_refused_len (huge, MU_DEBT_CSV_MAX_BYTES + 1,
                      "The file is larger than 64 MB; split it and import the parts one by one.");
}

/* Every debt read is valid as it stands: the store may insert it. */
static void
test_debts_valid (void)
{
  g_autoptr(MuDebtImport) import = READ_OK (cp1251_file);

  for (guint i = 0; i < import->debts->len; i++)
    assert_valid (debt_at (import, i));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/debt-csv/windows-1251-decimal-comma", test_windows_1251);
  g_test_add_func ("/debt-csv/utf8-bom-commas-any-order", test_utf8_bom_commas_any_order);
  g_test_add_func ("/debt-csv/sep-line-and-blank-rows", test_sep_line_and_blank_rows);
  g_test_add_func ("/debt-csv/semicolons-with-commas-in-names", test_semicolons_with_commas_in_names);
  g_test_add_func ("/debt-csv/ids-with-prefix", test_ids_with_prefix);
  g_test_add_func ("/debt-csv/debts-valid", test_debts_valid);
  g_test_add_func ("/debt-csv/refused/bad-row", test_bad_row);
  g_test_add_func ("/debt-csv/refused/bad-header", test_bad_header);
  g_test_add_func ("/debt-csv/refused/empty", test_empty_files);
  g_test_add_func ("/debt-csv/refused/hostile", test_hostile_files);

  return g_test_run ();
}
