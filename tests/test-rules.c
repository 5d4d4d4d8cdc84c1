/* test-rules.c — every rule firing and not firing, under every school
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include "mu-engine.h"
#include "mu-rules.h"

static const MuSchool schools[] = { MU_SCHOOL_HANAFI, MU_SCHOOL_SHAFII, MU_SCHOOL_MALIKI, MU_SCHOOL_HANBALI };

/* Company 200 (manages) and bank 500 (does not); with @financing, the
 * article's four quarterly installments of 125 in redemption. */
static MuScenario *
harvester (MuSchool school,
           gboolean financing)
{
  MuScenario *scenario = mu_scenario_new ();
  MuPartner *company = mu_partner_new ("company", "Company", MU_PARTNER_OWNER);
  MuPartner *bank = mu_partner_new ("bank", "Bank", MU_PARTNER_BANK);

  g_free (scenario->name);
  scenario->name = g_strdup ("Harvester");
  scenario->school = school;
  mu_partner_add_cash (company, 20000);
  mu_partner_add_cash (bank, 50000);
  g_ptr_array_add (scenario->partners, company);
  g_ptr_array_add (scenario->partners, bank);
  scenario->profit.per_period = 10000;

  if (financing)
    {
      scenario->financing.enabled = TRUE;
      scenario->financing.bank_id = g_strdup ("bank");
      g_ptr_array_add (scenario->financing.buyer_ids, g_strdup ("company"));
      scenario->financing.installments = 4;
      scenario->financing.mode = MU_OWNERSHIP_REDEMPTION;
    }
  return scenario;
}

static MuResult *
run (const MuScenario *scenario)
{
  g_autoptr(GError) error = NULL;
  MuResult *result = mu_engine_run (scenario, &error);

  g_assert_no_error (error);
  return result;
}

static guint
count_rule (const MuResult *result,
            const char     *rule)
{
  guint n = 0;

  for (guint i = 0; i < result->findings->len; i++)
    n += strcmp (((MuFinding *) g_ptr_array_index (result->findings, i))->rule, rule) == 0;
  return n;
}

/* The one finding of @rule, checked for what every finding must carry. */
static const MuFinding *
the_finding (const MuResult *result,
             const char     *rule)
{
  const MuFinding *found = NULL;

  g_assert_cmpuint (count_rule (result, rule), ==, 1);
  for (guint i = 0; i < result->findings->len; i++)
    if (strcmp (((MuFinding *) g_ptr_array_index (result->findings, i))->rule, rule) == 0)
      found = g_ptr_array_index (result->findings, i);
  g_assert_nonnull (found->message);
  g_assert_cmpuint (strlen (found->message), >, 40);
  g_assert_nonnull (found->source);
  g_assert_cmpuint (strlen (found->source), >, 10);
  g_assert_nonnull (found->field);
  return found;
}

static void
test_article_cases_clean (void)
{
  for (guint s = 0; s < G_N_ELEMENTS (schools); s++)
    for (MuOwnershipMode mode = MU_OWNERSHIP_TRANSFER; mode <= MU_OWNERSHIP_REDEMPTION; mode++)
      {
        g_autoptr(MuScenario) scenario = harvester (schools[s], TRUE);
        g_autoptr(MuResult) result = NULL;

        scenario->financing.mode = mode;
        result = run (scenario);
        g_assert_cmpuint (result->findings->len, ==, 0);
        g_assert_false (mu_findings_have_errors (result->findings));
      }
}

static void
test_profit_shares_total (gconstpointer data)
{
  MuSchool school = GPOINTER_TO_INT (data);
  const struct { gboolean company; gint64 company_share; gboolean bank; gint64 bank_share; gboolean fires; } cases[] = {
    { TRUE, 600000, TRUE, 500000, TRUE },    /* 60 + 50 > 100 */
    { TRUE, 400000, TRUE, 500000, TRUE },    /* all agreed, 90 ≠ 100 */
    { TRUE, 400000, TRUE, 600000, FALSE },   /* all agreed, 100 */
    { FALSE, 0, TRUE, 200000, FALSE },       /* one agreed, one by capital */
    { TRUE, 1000000, FALSE, 0, FALSE },      /* 100 and one by capital: nothing left, but not over */
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(MuScenario) scenario = harvester (school, FALSE);
      g_autoptr(MuResult) result = NULL;
      MuPartner *company = mu_scenario_get_partner (scenario, 0);
      MuPartner *bank = mu_scenario_get_partner (scenario, 1);

      company->has_profit_share = cases[c].company;
      company->profit_share = cases[c].company_share;
      bank->has_profit_share = cases[c].bank;
      bank->profit_share = cases[c].bank_share;
      bank->manages = TRUE;
      result = run (scenario);
      g_assert_cmpuint (count_rule (result, "profit-shares-total"), ==, cases[c].fires ? 1 : 0);
      if (cases[c].fires)
        {
          const MuFinding *f = the_finding (result, "profit-shares-total");

          g_assert_cmpint (f->severity, ==, MU_SEVERITY_ERROR);
          g_assert_cmpint (f->partner, ==, -1);
          g_assert_cmpuint (f->period, ==, 0);
          g_assert_cmpstr (f->field, ==, "partners");
          g_assert_nonnull (strstr (f->message, c == 0 ? "110.00" : "90.00"));
        }
    }
}

static void
test_profit_follows_capital (gconstpointer data)
{
  MuSchool school = GPOINTER_TO_INT (data);
  gboolean strict = school == MU_SCHOOL_SHAFII || school == MU_SCHOOL_MALIKI;
  g_autoptr(MuScenario) differs = harvester (school, FALSE);
  g_autoptr(MuScenario) equal = harvester (school, FALSE);
  g_autoptr(MuResult) result = NULL;
  MuPartner *bank;

  /* The company, which manages, asks 40 % while holding 28.57 %. */
  mu_scenario_get_partner (differs, 0)->has_profit_share = TRUE;
  mu_scenario_get_partner (differs, 0)->profit_share = 400000;
  result = run (differs);
  g_assert_cmpuint (count_rule (result, "profit-follows-capital"), ==, strict ? 1 : 0);
  if (strict)
    {
      const MuFinding *f = the_finding (result, "profit-follows-capital");

      g_assert_cmpint (f->severity, ==, MU_SEVERITY_ERROR);
      g_assert_cmpint (f->partner, ==, 0);
      g_assert_cmpuint (f->period, ==, 1);
      g_assert_cmpstr (f->field, ==, "partners[0].profit_share");
      g_assert_nonnull (strstr (f->message, "40.00"));
      g_assert_nonnull (strstr (f->message, "28.57"));
    }
  g_clear_pointer (&result, mu_result_free);

  /* A share equal to the capital ratio, to its fourth decimal: 500/700. */
  bank = mu_scenario_get_partner (equal, 1);
  bank->has_profit_share = TRUE;
  bank->profit_share = 714286;
  bank->manages = TRUE;
  result = run (equal);
  g_assert_cmpuint (count_rule (result, "profit-follows-capital"), ==, 0);
}

/* Case D: a sleeping bank asking 70 % while it holds 71.43 %, then 65.22 %. */
static void
test_sleeping_partner_cap (gconstpointer data)
{
  MuSchool school = GPOINTER_TO_INT (data);
  g_autoptr(MuScenario) scenario = harvester (school, TRUE);
  g_autoptr(MuResult) result = NULL;
  MuPartner *bank = mu_scenario_get_partner (scenario, 1);

  bank->has_profit_share = TRUE;
  bank->profit_share = 700000;
  result = run (scenario);

  if (school == MU_SCHOOL_SHAFII || school == MU_SCHOOL_MALIKI)
    {
      /* Profit must follow capital there anyway: that rule says it. */
      g_assert_cmpuint (count_rule (result, "sleeping-partner-cap"), ==, 0);
      g_assert_cmpuint (the_finding (result, "profit-follows-capital")->period, ==, 1);
    }
  else
    {
      const MuFinding *f = the_finding (result, "sleeping-partner-cap");

      g_assert_cmpint (f->severity, ==, school == MU_SCHOOL_HANAFI ? MU_SEVERITY_ERROR : MU_SEVERITY_WARNING);
      g_assert_cmpint (f->partner, ==, 1);
      g_assert_cmpuint (f->period, ==, 2);
      g_assert_cmpstr (f->field, ==, "partners[1].profit_share");
      g_assert_nonnull (strstr (f->message, "70.00"));
      g_assert_nonnull (strstr (f->message, "65.22"));
      g_assert_nonnull (strstr (f->message, "38.46"));
      g_assert_nonnull (strstr (f->source, school == MU_SCHOOL_HANAFI ? "Hanafi" : "Hanbali"));
      g_assert_true (mu_findings_have_errors (result->findings) == (school == MU_SCHOOL_HANAFI));
    }
}

static void
test_sleeping_partner_cap_not_firing (gconstpointer data)
{
  MuSchool school = GPOINTER_TO_INT (data);
  g_autoptr(MuScenario) managing = harvester (school, TRUE);
  g_autoptr(MuScenario) modest = harvester (school, TRUE);
  g_autoptr(MuResult) result = NULL;

  /* The same 70 % for a bank that manages. */
  mu_scenario_get_partner (managing, 1)->has_profit_share = TRUE;
  mu_scenario_get_partner (managing, 1)->profit_share = 700000;
  mu_scenario_get_partner (managing, 1)->manages = TRUE;
  result = run (managing);
  g_assert_cmpuint (count_rule (result, "sleeping-partner-cap"), ==, 0);
  g_clear_pointer (&result, mu_result_free);

  /* 38 %: below every ratio it holds, 71.43 down to 38.46. */
  mu_scenario_get_partner (modest, 1)->has_profit_share = TRUE;
  mu_scenario_get_partner (modest, 1)->profit_share = 380000;
  result = run (modest);
  g_assert_cmpuint (count_rule (result, "sleeping-partner-cap"), ==, 0);
}

/* A sleeping partner sharing by capital, lifted above its ratio by the
 * small share the managing partner agreed to. */
static void
test_sleeping_partner_by_capital (void)
{
  g_autoptr(MuScenario) scenario = harvester (MU_SCHOOL_HANAFI, FALSE);
  g_autoptr(MuResult) result = NULL;
  const MuFinding *f;

  mu_scenario_get_partner (scenario, 0)->has_profit_share = TRUE;
  mu_scenario_get_partner (scenario, 0)->profit_share = 100000;
  result = run (scenario);
  f = the_finding (result, "sleeping-partner-cap");
  g_assert_cmpint (f->partner, ==, 1);
  g_assert_nonnull (strstr (f->message, "90.00"));
  g_assert_nonnull (strstr (f->message, "71.43"));
}

static void
test_loss_follows_capital (gconstpointer data)
{
  MuSchool school = GPOINTER_TO_INT (data);
  g_autoptr(MuScenario) scenario = harvester (school, FALSE);
  g_autoptr(MuScenario) equal = harvester (school, FALSE);
  g_autoptr(MuResult) result = NULL;
  MuPartner *company = mu_scenario_get_partner (scenario, 0);
  const MuFinding *f;

  /* Equal capital, 50 % each; the company asked to bear 30 % of losses. */
  g_array_index (company->contributions, MuContribution, 0).amount = 50000;
  company->has_loss_share = TRUE;
  company->loss_share = 300000;
  result = run (scenario);
  f = the_finding (result, "loss-follows-capital");
  g_assert_cmpint (f->severity, ==, MU_SEVERITY_ERROR);
  g_assert_cmpint (f->partner, ==, 0);
  g_assert_cmpuint (f->period, ==, 1);
  g_assert_cmpstr (f->field, ==, "partners[0].loss_share");
  g_assert_nonnull (strstr (f->message, "30.00"));
  g_assert_nonnull (strstr (f->message, "50.00"));
  g_clear_pointer (&result, mu_result_free);

  mu_scenario_get_partner (equal, 0)->has_loss_share = TRUE;
  mu_scenario_get_partner (equal, 0)->loss_share = 285714;  /* 200 / 700 */
  result = run (equal);
  g_assert_cmpuint (count_rule (result, "loss-follows-capital"), ==, 0);
}

static void
test_guaranteed_return (gconstpointer data)
{
  MuSchool school = GPOINTER_TO_INT (data);

  for (MuGuaranteeKind kind = MU_GUARANTEE_NONE; kind <= MU_GUARANTEE_PERCENT_OF_CAPITAL; kind++)
    {
      g_autoptr(MuScenario) scenario = harvester (school, FALSE);
      g_autoptr(MuResult) result = NULL;
      MuPartner *bank = mu_scenario_get_partner (scenario, 1);

      bank->guarantee = kind;
      bank->guarantee_value = kind == MU_GUARANTEE_AMOUNT ? 5000 : 100000;
      result = run (scenario);
      if (kind == MU_GUARANTEE_NONE)
        g_assert_cmpuint (count_rule (result, "guaranteed-return"), ==, 0);
      else
        {
          const MuFinding *f = the_finding (result, "guaranteed-return");

          g_assert_cmpint (f->severity, ==, MU_SEVERITY_ERROR);
          g_assert_cmpint (f->partner, ==, 1);
          g_assert_cmpstr (f->field, ==, "partners[1].guaranteed_return");
          g_assert_nonnull (strstr (f->message, kind == MU_GUARANTEE_AMOUNT ? "50.00 RUB" : "10.00"));
          g_assert_nonnull (strstr (f->message, "riba"));
        }
    }
}

static void
test_in_kind_capital (gconstpointer data)
{
  MuSchool school = GPOINTER_TO_INT (data);
  gboolean strict = school == MU_SCHOOL_HANAFI || school == MU_SCHOOL_SHAFII;
  g_autoptr(MuScenario) car = harvester (school, FALSE);
  g_autoptr(MuScenario) cement = harvester (school, FALSE);
  g_autoptr(MuScenario) cash = harvester (school, FALSE);
  g_autoptr(MuResult) result = NULL;
  const MuFinding *f;

  mu_partner_add_asset (mu_scenario_get_partner (car, 0), "Car", 30000, FALSE);
  result = run (car);
  f = the_finding (result, "in-kind-capital");
  g_assert_cmpint (f->severity, ==, strict ? MU_SEVERITY_ERROR : MU_SEVERITY_INFO);
  g_assert_cmpint (f->partner, ==, 0);
  g_assert_cmpstr (f->field, ==, "partners[0].contributions[1]");
  g_assert_nonnull (strstr (f->message, "Car"));
  g_clear_pointer (&result, mu_result_free);

  mu_partner_add_asset (mu_scenario_get_partner (cement, 0), "Cement", 30000, TRUE);
  result = run (cement);
  f = the_finding (result, "in-kind-capital");
  g_assert_cmpint (f->severity, ==, MU_SEVERITY_INFO);
  g_assert_nonnull (strstr (f->message, "300.00 RUB"));
  g_clear_pointer (&result, mu_result_free);

  result = run (cash);
  g_assert_cmpuint (count_rule (result, "in-kind-capital"), ==, 0);
}

static void
test_buyout_as_condition (gconstpointer data)
{
  MuSchool school = GPOINTER_TO_INT (data);

  for (int binding = 0; binding <= 1; binding++)
    {
      g_autoptr(MuScenario) scenario = harvester (school, TRUE);
      g_autoptr(MuResult) result = NULL;

      scenario->financing.buyout_binding = binding;
      result = run (scenario);
      g_assert_cmpuint (count_rule (result, "buyout-as-condition"), ==, binding ? 1 : 0);
      if (binding)
        {
          const MuFinding *f = the_finding (result, "buyout-as-condition");

          g_assert_cmpint (f->severity, ==, MU_SEVERITY_ERROR);
          g_assert_cmpstr (f->field, ==, "financing.buyout_binding");
          g_assert_nonnull (strstr (f->message, "wa‘d"));
        }
    }
}

static void
test_nominal_unit_price (gconstpointer data)
{
  MuSchool school = GPOINTER_TO_INT (data);
  const struct { MuFinancingObject object; MuUnitPrice price; gint64 depreciation; int severity; } cases[] = {
    { MU_OBJECT_BUSINESS, MU_UNIT_PRICE_NOMINAL, 0, MU_SEVERITY_ERROR },
    { MU_OBJECT_BUSINESS, MU_UNIT_PRICE_FAIR, 0, -1 },
    { MU_OBJECT_ASSET, MU_UNIT_PRICE_NOMINAL, 50000, MU_SEVERITY_WARNING },
    { MU_OBJECT_ASSET, MU_UNIT_PRICE_NOMINAL, 0, -1 },
    { MU_OBJECT_ASSET, MU_UNIT_PRICE_FAIR, 50000, -1 },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(MuScenario) scenario = harvester (school, TRUE);
      g_autoptr(MuResult) result = NULL;

      scenario->financing.object = cases[c].object;
      scenario->financing.unit_price = cases[c].price;
      scenario->financing.depreciation = cases[c].depreciation;
      result = run (scenario);
      if (cases[c].severity < 0)
        g_assert_cmpuint (count_rule (result, "nominal-unit-price"), ==, 0);
      else
        {
          const MuFinding *f = the_finding (result, "nominal-unit-price");

          g_assert_cmpint (f->severity, ==, cases[c].severity);
          g_assert_cmpint (f->partner, ==, 1);
          g_assert_cmpstr (f->field, ==, "financing.unit_price");
        }
    }
}

static void
test_liquid_assets_limit (gconstpointer data)
{
  MuSchool school = GPOINTER_TO_INT (data);
  const struct { gboolean enabled; MuMoney cash, receivables; gboolean certificates; int severity; } cases[] = {
    { TRUE, 40000, 20000, TRUE, MU_SEVERITY_ERROR },
    { TRUE, 40000, 20000, FALSE, MU_SEVERITY_INFO },
    { TRUE, 30000, 20000, TRUE, -1 },   /* exactly half */
    { FALSE, 90000, 0, TRUE, -1 },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(MuScenario) scenario = harvester (school, FALSE);
      g_autoptr(MuResult) result = NULL;

      scenario->balance.enabled = cases[c].enabled;
      scenario->balance.total_assets = 100000;
      scenario->balance.cash = cases[c].cash;
      scenario->balance.receivables = cases[c].receivables;
      scenario->balance.certificates = cases[c].certificates;
      result = run (scenario);
      if (cases[c].severity < 0)
        g_assert_cmpuint (count_rule (result, "liquid-assets-limit"), ==, 0);
      else
        {
          const MuFinding *f = the_finding (result, "liquid-assets-limit");

          g_assert_cmpint (f->severity, ==, cases[c].severity);
          g_assert_cmpstr (f->field, ==, "balance");
          g_assert_nonnull (strstr (f->message, "60.00"));
        }
    }
}

static void
test_late_payment_interest (gconstpointer data)
{
  MuSchool school = GPOINTER_TO_INT (data);

  for (int late = 0; late <= 1; late++)
    {
      g_autoptr(MuScenario) scenario = harvester (school, TRUE);
      g_autoptr(MuResult) result = NULL;

      scenario->financing.late_interest = late;
      result = run (scenario);
      g_assert_cmpuint (count_rule (result, "late-payment-interest"), ==, late ? 1 : 0);
      if (late)
        {
          const MuFinding *f = the_finding (result, "late-payment-interest");

          g_assert_cmpint (f->severity, ==, MU_SEVERITY_ERROR);
          g_assert_cmpstr (f->field, ==, "financing.late_interest");
          g_assert_nonnull (strstr (f->message, "charity"));
        }
    }
}

static void
test_severity_words (void)
{
  g_assert_cmpstr (mu_severity_to_string (MU_SEVERITY_INFO), ==, "info");
  g_assert_cmpstr (mu_severity_to_string (MU_SEVERITY_WARNING), ==, "warning");
  g_assert_cmpstr (mu_severity_to_string (MU_SEVERITY_ERROR), ==, "error");
  g_assert_false (mu_findings_have_errors (NULL));
}

int
main (int    argc,
      char **argv)
{
  static const struct { const char *rule; GTestDataFunc func; } per_school[] = {
    { "profit-shares-total", test_profit_shares_total },
    { "profit-follows-capital", test_profit_follows_capital },
    { "sleeping-partner-cap/case-d", test_sleeping_partner_cap },
    { "sleeping-partner-cap/not-firing", test_sleeping_partner_cap_not_firing },
    { "loss-follows-capital", test_loss_follows_capital },
    { "guaranteed-return", test_guaranteed_return },
    { "in-kind-capital", test_in_kind_capital },
    { "buyout-as-condition", test_buyout_as_condition },
    { "nominal-unit-price", test_nominal_unit_price },
    { "liquid-assets-limit", test_liquid_assets_limit },
    { "late-payment-interest", test_late_payment_interest },
  };

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rules/article-cases-have-no-findings", test_article_cases_clean);
  g_test_add_func ("/rules/sleeping-partner-cap/by-capital-lifted", test_sleeping_partner_by_capital);
  g_test_add_func ("/rules/severity-words", test_severity_words);
  for (guint r = 0; r < G_N_ELEMENTS (per_school); r++)
    for (guint s = 0; s < G_N_ELEMENTS (schools); s++)
      {
        g_autofree char *path = g_strdup_printf ("/rules/%s/%s", per_school[r].rule,
                                                 mu_enum_to_string (MU_ENUM_SCHOOL, schools[s]));

        g_test_add_data_func (path, GINT_TO_POINTER (schools[s]), per_school[r].func);
      }

  return g_test_run ();
}
