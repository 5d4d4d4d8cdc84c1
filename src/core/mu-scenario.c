/* mu-scenario.c — the partnership model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mu-core-error.h"
#include "mu-currency.h"
#include "mu-scenario.h"

static const char * const school_words[] = { "hanafi", "shafii", "maliki", "hanbali", NULL };
static const char * const period_words[] = { "month", "quarter", "half-year", "year", NULL };
static const char * const kind_words[] = { "owner", "bank", "investor", "worker", NULL };
static const char * const contribution_words[] = { "cash", "asset", NULL };
static const char * const object_words[] = { "asset", "business", NULL };
static const char * const mode_words[] = { "transfer", "redemption", NULL };
static const char * const unit_price_words[] = { "nominal", "fair", "valuation", NULL };
static const char * const plan_words[] = { "equal-units", "level", "step-up", NULL };

static const char * const * const enum_words[] = {
  [MU_ENUM_SCHOOL] = school_words,
  [MU_ENUM_PERIOD_LENGTH] = period_words,
  [MU_ENUM_PARTNER_KIND] = kind_words,
  [MU_ENUM_CONTRIBUTION_KIND] = contribution_words,
  [MU_ENUM_FINANCING_OBJECT] = object_words,
  [MU_ENUM_OWNERSHIP_MODE] = mode_words,
  [MU_ENUM_UNIT_PRICE] = unit_price_words,
  [MU_ENUM_PAYMENT_PLAN] = plan_words,
};

const char *
mu_enum_to_string (MuEnumType type,
                   int        value)
{
  g_return_val_if_fail (type < G_N_ELEMENTS (enum_words), NULL);
  g_return_val_if_fail (value >= 0 && (guint) value < g_strv_length ((char **) enum_words[type]), NULL);

  return enum_words[type][value];
}

gboolean
mu_enum_from_string (MuEnumType  type,
                     const char *text,
                     int        *value)
{
  g_return_val_if_fail (type < G_N_ELEMENTS (enum_words), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  for (int i = 0; enum_words[type][i] != NULL; i++)
    if (strcmp (enum_words[type][i], text) == 0)
      {
        *value = i;
        return TRUE;
      }
  return FALSE;
}

/* “hanafi”, “shafii”, “maliki”, “hanbali” */
char *
mu_enum_list_words (MuEnumType type)
{
  GString *list = g_string_new (NULL);

  g_return_val_if_fail (type < G_N_ELEMENTS (enum_words), NULL);

  for (int i = 0; enum_words[type][i] != NULL; i++)
    g_string_append_printf (list, "%s“%s”", i > 0 ? ", " : "", enum_words[type][i]);
  return g_string_free (list, FALSE);
}

const char *
mu_school_get_label (MuSchool school)
{
  switch (school)
    {
    case MU_SCHOOL_HANAFI:
      return _("Hanafi");
    case MU_SCHOOL_SHAFII:
      return _("Shafi‘i");
    case MU_SCHOOL_MALIKI:
      return _("Maliki");
    case MU_SCHOOL_HANBALI:
      return _("Hanbali");
    default:
      g_return_val_if_reached (NULL);
    }
}

guint
mu_period_length_months (MuPeriodLength period)
{
  static const guint months[] = { 1, 3, 6, 12 };

  g_return_val_if_fail (period < G_N_ELEMENTS (months), 1);
  return months[period];
}

/* A hundred years of periods of this length. */
guint
mu_period_length_max_periods (MuPeriodLength period)
{
  return MU_MAX_YEARS * 12 / mu_period_length_months (period);
}

static void
contribution_clear (gpointer data)
{
  MuContribution *contribution = data;

  g_clear_pointer (&contribution->name, g_free);
}

MuPartner *
mu_partner_new (const char    *id,
                const char    *name,
                MuPartnerKind  kind)
{
  MuPartner *partner = g_new0 (MuPartner, 1);

  partner->id = g_strdup (id);
  partner->name = g_strdup (name);
  partner->kind = kind;
  partner->manages = kind != MU_PARTNER_BANK;
  partner->contributions = g_array_new (FALSE, TRUE, sizeof (MuContribution));
  g_array_set_clear_func (partner->contributions, contribution_clear);
  return partner;
}

void
mu_partner_free (MuPartner *partner)
{
  if (partner == NULL)
    return;
  g_free (partner->id);
  g_free (partner->name);
  g_array_unref (partner->contributions);
  g_free (partner);
}

void
mu_partner_add_cash (MuPartner *partner,
                     MuMoney    amount)
{
  MuContribution contribution = { MU_CONTRIBUTION_CASH, NULL, amount, TRUE };

  g_return_if_fail (partner != NULL);
  g_array_append_val (partner->contributions, contribution);
}

void
mu_partner_add_asset (MuPartner  *partner,
                      const char *name,
                      MuMoney     value,
                      gboolean    fungible)
{
  MuContribution contribution = { MU_CONTRIBUTION_ASSET, g_strdup (name), value, fungible };

  g_return_if_fail (partner != NULL);
  g_array_append_val (partner->contributions, contribution);
}

gboolean
mu_partner_get_capital (const MuPartner  *partner,
                        MuMoney          *capital,
                        GError          **error)
{
  MuMoney sum = 0;

  for (guint i = 0; i < partner->contributions->len; i++)
    {
      const MuContribution *c = &g_array_index (partner->contributions, MuContribution, i);

      if (!mu_money_add (sum, c->amount, &sum, error))
        return FALSE;
    }
  *capital = sum;
  return TRUE;
}

static MuPartner *
partner_copy (const MuPartner *partner)
{
  MuPartner *copy = g_memdup2 (partner, sizeof *partner);

  copy->id = g_strdup (partner->id);
  copy->name = g_strdup (partner->name);
  copy->contributions = g_array_new (FALSE, TRUE, sizeof (MuContribution));
  g_array_set_clear_func (copy->contributions, contribution_clear);
  for (guint i = 0; i < partner->contributions->len; i++)
    {
      MuContribution c = g_array_index (partner->contributions, MuContribution, i);

      c.name = g_strdup (c.name);
      g_array_append_val (copy->contributions, c);
    }
  return copy;
}

MuScenario *
mu_scenario_new (void)
{
  MuScenario *scenario = g_new0 (MuScenario, 1);

  scenario->name = g_strdup ("");
  strcpy (scenario->currency, "RUB");
  scenario->school = MU_SCHOOL_HANAFI;
  g_date_set_dmy (&scenario->start, 1, G_DATE_JANUARY, 2026);
  scenario->period = MU_PERIOD_QUARTER;
  scenario->periods = 4;
  scenario->partners = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_partner_free);
  scenario->financing.buyer_ids = g_ptr_array_new_with_free_func (g_free);
  scenario->financing.valuations = g_array_new (FALSE, TRUE, sizeof (MuMoney));
  scenario->financing.buyer_shares = g_array_new (FALSE, TRUE, sizeof (gint64));
  scenario->financing.installments = 4;
  scenario->financing.every = 1;
  scenario->profit.series = g_array_new (FALSE, TRUE, sizeof (MuMoney));
  return scenario;
}

void
mu_scenario_free (MuScenario *scenario)
{
  if (scenario == NULL)
    return;
  g_free (scenario->name);
  g_free (scenario->notes);
  g_ptr_array_unref (scenario->partners);
  g_free (scenario->financing.bank_id);
  g_ptr_array_unref (scenario->financing.buyer_ids);
  g_array_unref (scenario->financing.valuations);
  g_array_unref (scenario->financing.buyer_shares);
  g_array_unref (scenario->profit.series);
  g_free (scenario);
}

MuScenario *
mu_scenario_copy (const MuScenario *scenario)
{
  MuScenario *copy;

  g_return_val_if_fail (scenario != NULL, NULL);

  copy = g_memdup2 (scenario, sizeof *scenario);
  copy->name = g_strdup (scenario->name);
  copy->notes = g_strdup (scenario->notes);
  copy->partners = g_ptr_array_new_with_free_func ((GDestroyNotify) mu_partner_free);
  for (guint i = 0; i < scenario->partners->len; i++)
    g_ptr_array_add (copy->partners, partner_copy (g_ptr_array_index (scenario->partners, i)));
  copy->financing.bank_id = g_strdup (scenario->financing.bank_id);
  copy->financing.buyer_ids = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < scenario->financing.buyer_ids->len; i++)
    g_ptr_array_add (copy->financing.buyer_ids,
                     g_strdup (g_ptr_array_index (scenario->financing.buyer_ids, i)));
  copy->financing.valuations = g_array_copy (scenario->financing.valuations);
  copy->financing.buyer_shares = g_array_copy (scenario->financing.buyer_shares);
  copy->profit.series = g_array_copy (scenario->profit.series);
  return copy;
}

static gboolean
contributions_equal (GArray *a,
                     GArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      const MuContribution *ca = &g_array_index (a, MuContribution, i);
      const MuContribution *cb = &g_array_index (b, MuContribution, i);

      if (ca->kind != cb->kind || ca->amount != cb->amount ||
          g_strcmp0 (ca->name, cb->name) != 0 ||
          (ca->kind == MU_CONTRIBUTION_ASSET && ca->fungible != cb->fungible))
        return FALSE;
    }
  return TRUE;
}

static gboolean
partners_equal (const MuPartner *a,
                const MuPartner *b)
{
  return g_strcmp0 (a->id, b->id) == 0 &&
         g_strcmp0 (a->name, b->name) == 0 &&
         a->kind == b->kind &&
         a->manages == b->manages &&
         contributions_equal (a->contributions, b->contributions) &&
         a->has_profit_share == b->has_profit_share &&
         (!a->has_profit_share || a->profit_share == b->profit_share) &&
         a->has_loss_share == b->has_loss_share &&
         (!a->has_loss_share || a->loss_share == b->loss_share) &&
         a->guarantee == b->guarantee &&
         (a->guarantee == MU_GUARANTEE_NONE || a->guarantee_value == b->guarantee_value);
}

/* Two arrays of the same element hold the same values; an empty one may
 * have no data at all. */
static gboolean
arrays_equal (const GArray *a,
              const GArray *b)
{
  return a->len == b->len &&
         (a->len == 0 || memcmp (a->data, b->data, a->len * g_array_get_element_size ((GArray *) a)) == 0);
}

static gboolean
financing_equal (const MuFinancing *a,
                 const MuFinancing *b)
{
  if (a->enabled != b->enabled)
    return FALSE;
  if (!a->enabled)
    return TRUE;
  if (a->buyer_ids->len != b->buyer_ids->len)
    return FALSE;
  for (guint i = 0; i < a->buyer_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (a->buyer_ids, i), g_ptr_array_index (b->buyer_ids, i)) != 0)
      return FALSE;
  return a->object == b->object &&
         g_strcmp0 (a->bank_id, b->bank_id) == 0 &&
         a->installments == b->installments &&
         a->every == b->every &&
         a->mode == b->mode &&
         a->unit_price == b->unit_price &&
         a->depreciation == b->depreciation &&
         a->rent == b->rent &&
         a->has_loan_rate == b->has_loan_rate &&
         (!a->has_loan_rate || a->loan_rate == b->loan_rate) &&
         a->plan == b->plan &&
         a->step == b->step &&
         a->rent_annual == b->rent_annual &&
         a->costs == b->costs &&
         a->early_buyout == b->early_buyout &&
         arrays_equal (a->buyer_shares, b->buyer_shares) &&
         (a->unit_price != MU_UNIT_PRICE_VALUATION || arrays_equal (a->valuations, b->valuations)) &&
         a->buyout_binding == b->buyout_binding &&
         a->late_interest == b->late_interest;
}

static gboolean
profit_equal (const MuProfit *a,
              const MuProfit *b)
{
  if (a->is_series != b->is_series)
    return FALSE;
  if (!a->is_series)
    return a->per_period == b->per_period && a->growth == b->growth;
  return arrays_equal (a->series, b->series);
}

static gboolean
balance_equal (const MuBalance *a,
               const MuBalance *b)
{
  if (a->enabled != b->enabled)
    return FALSE;
  return !a->enabled ||
         (a->total_assets == b->total_assets && a->cash == b->cash &&
          a->receivables == b->receivables && a->certificates == b->certificates);
}

gboolean
mu_scenario_equal (const MuScenario *a,
                   const MuScenario *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (g_strcmp0 (a->name, b->name) != 0 ||
      strcmp (a->currency, b->currency) != 0 ||
      a->school != b->school ||
      g_date_compare (&a->start, &b->start) != 0 ||
      a->period != b->period ||
      a->periods != b->periods ||
      g_strcmp0 (a->notes, b->notes) != 0 ||
      a->partners->len != b->partners->len)
    return FALSE;

  for (guint i = 0; i < a->partners->len; i++)
    if (!partners_equal (g_ptr_array_index (a->partners, i), g_ptr_array_index (b->partners, i)))
      return FALSE;

  return financing_equal (&a->financing, &b->financing) &&
         profit_equal (&a->profit, &b->profit) &&
         balance_equal (&a->balance, &b->balance);
}

/* Which parts of @a and @b differ: MU_SCENARIO_PART_* or'd. */
guint
mu_scenario_compare_parts (const MuScenario *a,
                           const MuScenario *b)
{
  guint parts = 0;

  g_return_val_if_fail (a != NULL && b != NULL, 0);

  if (g_strcmp0 (a->name, b->name) != 0 ||
      strcmp (a->currency, b->currency) != 0 ||
      a->school != b->school ||
      g_date_compare (&a->start, &b->start) != 0 ||
      a->period != b->period ||
      a->periods != b->periods ||
      g_strcmp0 (a->notes, b->notes) != 0)
    parts |= MU_SCENARIO_PART_GENERAL;
  if (a->partners->len != b->partners->len)
    parts |= MU_SCENARIO_PART_PARTNERS;
  for (guint i = 0; !(parts & MU_SCENARIO_PART_PARTNERS) && i < a->partners->len; i++)
    if (!partners_equal (g_ptr_array_index (a->partners, i), g_ptr_array_index (b->partners, i)))
      parts |= MU_SCENARIO_PART_PARTNERS;
  if (!financing_equal (&a->financing, &b->financing))
    parts |= MU_SCENARIO_PART_FINANCING;
  if (!profit_equal (&a->profit, &b->profit))
    parts |= MU_SCENARIO_PART_PROFIT;
  if (!balance_equal (&a->balance, &b->balance))
    parts |= MU_SCENARIO_PART_BALANCE;
  return parts;
}

guint
mu_scenario_get_exponent (const MuScenario *scenario)
{
  const MuCurrency *currency = mu_currency_lookup (scenario->currency);

  return currency != NULL ? currency->exponent : 2;
}

MuPartner *
mu_scenario_get_partner (const MuScenario *scenario,
                         guint             index)
{
  g_return_val_if_fail (index < scenario->partners->len, NULL);
  return g_ptr_array_index (scenario->partners, index);
}

int
mu_scenario_find_partner (const MuScenario *scenario,
                          const char       *id)
{
  if (id == NULL)
    return -1;
  for (guint i = 0; i < scenario->partners->len; i++)
    if (g_strcmp0 (mu_scenario_get_partner (scenario, i)->id, id) == 0)
      return (int) i;
  return -1;
}

/* YYYY-MM-DD, the year always in four digits: what the files, the
 * library and the command line write and read back. A date it cannot
 * write leaves @text empty, never as it was. */
void
mu_date_format_iso (const GDate *date,
                    char         text[11])
{
  text[0] = '\0';
  g_return_if_fail (g_date_valid (date) && g_date_get_year (date) <= 9999);

  g_snprintf (text, 11, "%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

static guint
days_in_month (guint month,
               guint year)
{
  static const guint8 days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  gboolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

  return month == 2 && leap ? 29 : days[month - 1];
}

/* Each period starts a whole number of months after the scenario's start,
 * counted from the start itself so that month ends do not drift — on the
 * same day of the month or, in a shorter month, its last day — and ends
 * the day before the next one starts. Plain arithmetic: the window calls
 * this for every period on every keystroke. */
void
mu_scenario_period_dates (const MuScenario *scenario,
                          guint             period,
                          GDate            *start,
                          GDate            *end)
{
  guint months = mu_period_length_months (scenario->period);
  guint day = g_date_get_day (&scenario->start);
  guint first = (g_date_get_year (&scenario->start) * 12 + g_date_get_month (&scenario->start) - 1) +
                (period - 1) * months;
  guint next = first + months;
  guint year, month;

  g_return_if_fail (period >= 1);

  year = first / 12, month = first % 12 + 1;
  g_date_clear (start, 1);
  g_date_set_dmy (start, MIN (day, days_in_month (month, year)), month, year);

  year = next / 12, month = next % 12 + 1;
  day = MIN (day, days_in_month (month, year));
  if (day == 1)
    {
      if (--month == 0)
        month = 12, year--;
      day = days_in_month (month, year) + 1;
    }
  g_date_clear (end, 1);
  g_date_set_dmy (end, day - 1, month, year);
}
