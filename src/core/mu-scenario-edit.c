/* mu-scenario-edit.c — what the window does to a scenario in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "musharaka-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mu-core-error.h"
#include "mu-currency.h"
#include "mu-money-private.h"
#include "mu-scenario.h"

/* The amounts a change of currency rescales, and where each sits in the
 * exchange file's terms, so that a refusal can name it. */
typedef enum
{
  FIELD_CASH,
  FIELD_ASSET,
  FIELD_GUARANTEE,
  FIELD_PER_PERIOD,
  FIELD_SERIES,
  FIELD_TOTAL_ASSETS,
  FIELD_BALANCE_CASH,
  FIELD_RECEIVABLES,
  FIELD_COSTS,
  FIELD_VALUATION,
} Field;

typedef struct
{
  MuMoney *value;
  Field    field;
  guint    index;  /* the partner, or the period of a series value */
  guint    item;   /* the partner's contribution */
} Amount;

/* Every message starts with the field's path, as the validation's do. */
G_GNUC_PRINTF (4, 5)
static gboolean
refuse (GError     **error,
        MuCoreError  code,
        const char  *path,
        const char  *format,
        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* Translators: the first %s is the place of a field in the scenario,
   * such as “partners[0].contributions[1].amount”; the second says what
   * is wrong with it. */
  g_set_error (error, MU_CORE_ERROR, code, _("%s: %s"), path, message);
  return FALSE;
}

MuPartner *
mu_scenario_add_partner (MuScenario    *scenario,
                         const char    *name,
                         MuPartnerKind  kind)
{
  g_autofree char *id = NULL;
  MuPartner *partner;

  g_return_val_if_fail (scenario != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint n = scenario->partners->len + 1; id == NULL; n++)
    {
      id = g_strdup_printf ("partner-%u", n);
      if (mu_scenario_find_partner (scenario, id) >= 0)
        g_clear_pointer (&id, g_free);
    }

  partner = mu_partner_new (id, name, kind);
  mu_partner_add_cash (partner, 0);
  g_ptr_array_add (scenario->partners, partner);
  return partner;
}

/* Financing names partners by id: a bank or a buyer that is gone leaves
 * nothing to finance, so financing is switched off rather than left
 * pointing at nobody. */
void
mu_scenario_remove_partner (MuScenario *scenario,
                            guint       index)
{
  MuFinancing *financing;
  const char *id;
  gboolean was_buyer = FALSE;

  g_return_if_fail (scenario != NULL);
  g_return_if_fail (index < scenario->partners->len);
  g_return_if_fail (scenario->partners->len > 1);

  financing = &scenario->financing;
  id = mu_scenario_get_partner (scenario, index)->id;
  if (id != NULL && g_strcmp0 (financing->bank_id, id) == 0)
    {
      financing->enabled = FALSE;
      g_clear_pointer (&financing->bank_id, g_free);
    }
  for (guint i = financing->buyer_ids->len; i-- > 0;)
    if (g_strcmp0 (g_ptr_array_index (financing->buyer_ids, i), id) == 0)
      {
        mu_financing_remove_buyer (financing, i);
        was_buyer = TRUE;
      }
  if (was_buyer && financing->buyer_ids->len == 0)
    financing->enabled = FALSE;

  g_ptr_array_remove_index (scenario->partners, index);
}

void
mu_scenario_move_partner (MuScenario *scenario,
                          guint       from,
                          guint       to)
{
  gpointer partner;

  g_return_if_fail (scenario != NULL);
  g_return_if_fail (from < scenario->partners->len);
  g_return_if_fail (to < scenario->partners->len);

  if (from == to)
    return;
  partner = g_ptr_array_steal_index (scenario->partners, from);
  g_ptr_array_insert (scenario->partners, (int) to, partner);
}

static void
add_amount (GArray  *amounts,
            MuMoney *value,
            Field    field,
            guint    index,
            guint    item)
{
  Amount amount = { value, field, index, item };

  g_array_append_val (amounts, amount);
}

/* Hidden amounts too — a profit per period behind a series, a balance
 * that is switched off — so that they still mean the same when shown. */
static GArray *
collect_amounts (MuScenario *scenario)
{
  GArray *amounts = g_array_new (FALSE, FALSE, sizeof (Amount));
  MuProfit *profit = &scenario->profit;
  MuBalance *balance = &scenario->balance;

  for (guint i = 0; i < scenario->partners->len; i++)
    {
      MuPartner *partner = mu_scenario_get_partner (scenario, i);

      for (guint j = 0; j < partner->contributions->len; j++)
        {
          MuContribution *c = &g_array_index (partner->contributions, MuContribution, j);

          add_amount (amounts, &c->amount, c->kind == MU_CONTRIBUTION_CASH ? FIELD_CASH : FIELD_ASSET, i, j);
        }
      if (partner->guarantee == MU_GUARANTEE_AMOUNT)
        add_amount (amounts, &partner->guarantee_value, FIELD_GUARANTEE, i, 0);
    }
  add_amount (amounts, &profit->per_period, FIELD_PER_PERIOD, 0, 0);
  for (guint t = 0; t < profit->series->len; t++)
    add_amount (amounts, &g_array_index (profit->series, MuMoney, t), FIELD_SERIES, t, 0);
  add_amount (amounts, &balance->total_assets, FIELD_TOTAL_ASSETS, 0, 0);
  add_amount (amounts, &balance->cash, FIELD_BALANCE_CASH, 0, 0);
  add_amount (amounts, &balance->receivables, FIELD_RECEIVABLES, 0, 0);
  add_amount (amounts, &scenario->financing.costs, FIELD_COSTS, 0, 0);
  for (guint k = 0; k < scenario->financing.valuations->len; k++)
    add_amount (amounts, &g_array_index (scenario->financing.valuations, MuMoney, k), FIELD_VALUATION, k, 0);
  return amounts;
}

static char *
amount_path (const Amount *amount)
{
  switch (amount->field)
    {
    case FIELD_CASH:
      return g_strdup_printf ("partners[%u].contributions[%u].amount", amount->index, amount->item);
    case FIELD_ASSET:
      return g_strdup_printf ("partners[%u].contributions[%u].value", amount->index, amount->item);
    case FIELD_GUARANTEE:
      return g_strdup_printf ("partners[%u].guaranteed_return.amount", amount->index);
    case FIELD_PER_PERIOD:
      return g_strdup ("profit.per_period");
    case FIELD_SERIES:
      return g_strdup_printf ("profit.series[%u]", amount->index);
    case FIELD_TOTAL_ASSETS:
      return g_strdup ("balance.total_assets");
    case FIELD_BALANCE_CASH:
      return g_strdup ("balance.cash");
    case FIELD_RECEIVABLES:
      return g_strdup ("balance.receivables");
    case FIELD_COSTS:
      return g_strdup ("financing.costs.per_period");
    case FIELD_VALUATION:
      return g_strdup_printf ("financing.valuations[%u]", amount->index);
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The same decimal number in minor units of @to digits instead of @from:
 * more digits multiply, exactly or not at all; fewer digits divide, and
 * only when the digits dropped are zeros. */
static gboolean
rescale_amount (const Amount      *amount,
                guint              from,
                const MuCurrency  *currency,
                MuMoney           *result,
                GError           **error)
{
  guint to = currency->exponent;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  gint64 factor = 1;

  for (guint k = MIN (from, to); k < MAX (from, to); k++)
    factor *= 10;

  if (to >= from && mu_money_scale (*amount->value, factor, 1, result, NULL))
    return TRUE;
  if (to < from && *amount->value % factor == 0)
    {
      *result = *amount->value / factor;
      return TRUE;
    }

  path = amount_path (amount);
  text = mu_decimal_format (*amount->value, from);
  if (to >= from)
    {
      /* Translators: the first %s is an amount such as
       * “92233720368547758.07”, the second a currency code such as “KWD”. */
      return refuse (error, MU_CORE_ERROR_OVERFLOW, path, _("the amount %s is too large to be kept exactly in %s"),
                     text, currency->code);
    }
  /* Translators: the first %s is an amount such as “0.50”, the second a
   * currency code such as “JPY”, which has no decimals. */
  return refuse (error, MU_CORE_ERROR_INVALID, path, _("the amount %s has more decimals than %s allows"),
                 text, currency->code);
}

/* Every amount is rescaled before any is written, so that a refusal
 * leaves the scenario as it was. */
gboolean
mu_scenario_set_currency (MuScenario  *scenario,
                          const char  *code,
                          GError     **error)
{
  const MuCurrency *currency;
  g_autoptr(GArray) amounts = NULL;
  g_autofree MuMoney *values = NULL;
  guint from;

  g_return_val_if_fail (scenario != NULL, FALSE);
  g_return_val_if_fail (code != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  currency = mu_currency_lookup (code);
  if (currency == NULL)
    return refuse (error, MU_CORE_ERROR_INVALID, "currency", _("“%s” is not an ISO 4217 currency code"), code);

  from = mu_scenario_get_exponent (scenario);
  amounts = collect_amounts (scenario);
  values = g_new (MuMoney, amounts->len);
  for (guint i = 0; i < amounts->len; i++)
    if (!rescale_amount (&g_array_index (amounts, Amount, i), from, currency, &values[i], error))
      return FALSE;

  for (guint i = 0; i < amounts->len; i++)
    *g_array_index (amounts, Amount, i).value = values[i];
  g_strlcpy (scenario->currency, currency->code, sizeof scenario->currency);
  return TRUE;
}

/* A series keeps one figure per period: when the periods shrink the
 * figures past the last period are dropped, and when they grow each new
 * period repeats the last figure, or 0 if the series is empty. A profit
 * per period with growth needs nothing. @periods is at most
 * MU_MAX_PERIODS, the most any period length allows. */
void
mu_scenario_set_periods (MuScenario *scenario,
                         guint       periods)
{
  GArray *series;
  MuMoney last;

  g_return_if_fail (scenario != NULL);
  g_return_if_fail (periods >= 1 && periods <= MU_MAX_PERIODS);

  scenario->periods = periods;
  if (!scenario->profit.is_series)
    return;

  series = scenario->profit.series;
  last = series->len > 0 ? g_array_index (series, MuMoney, series->len - 1) : 0;
  if (series->len > periods)
    g_array_set_size (series, periods);
  while (series->len < periods)
    g_array_append_val (series, last);
}

static MuWide
cash_sum (const MuPartner *partner)
{
  MuWide sum = 0;

  for (guint i = 0; i < partner->contributions->len; i++)
    {
      const MuContribution *c = &g_array_index (partner->contributions, MuContribution, i);

      if (c->kind == MU_CONTRIBUTION_CASH)
        sum += c->amount;
    }
  return sum;
}

/* The caller makes sure the sum fits, as it does in a validated scenario. */
MuMoney
mu_partner_get_cash (const MuPartner *partner)
{
  MuWide sum;

  g_return_val_if_fail (partner != NULL, 0);

  sum = cash_sum (partner);
  g_return_val_if_fail (sum >= G_MININT64 && sum <= G_MAXINT64, 0);
  return (MuMoney) sum;
}

/* The window shows one cash figure per partner: the first cash
 * contribution takes the whole of it and the others go, while the assets
 * keep their order. A partner without cash gets it before its assets. */
gboolean
mu_partner_set_cash (MuPartner *partner,
                     MuMoney    total)
{
  GArray *contributions;
  guint first = G_MAXUINT;

  g_return_val_if_fail (partner != NULL, FALSE);

  if (cash_sum (partner) == total)
    return FALSE;

  contributions = partner->contributions;
  for (guint i = contributions->len; i-- > 0;)
    if (g_array_index (contributions, MuContribution, i).kind == MU_CONTRIBUTION_CASH)
      {
        if (first != G_MAXUINT)
          g_array_remove_index (contributions, first);
        first = i;
      }

  if (first == G_MAXUINT)
    {
      MuContribution cash = { MU_CONTRIBUTION_CASH, NULL, total, TRUE };

      g_array_prepend_val (contributions, cash);
    }
  else
    g_array_index (contributions, MuContribution, first).amount = total;
  return TRUE;
}

/* Names @id a buyer of the bank's units, after the others. Shares of the
 * units agreed between the buyers no longer sum to the whole: the units
 * go by the buyers' contributions until new shares are agreed. */
void
mu_financing_add_buyer (MuFinancing *financing,
                        const char  *id)
{
  g_return_if_fail (financing != NULL && id != NULL);

  g_ptr_array_add (financing->buyer_ids, g_strdup (id));
  g_array_set_size (financing->buyer_shares, 0);
}

/* Takes buyer @index off the list, and the agreed shares with it. */
void
mu_financing_remove_buyer (MuFinancing *financing,
                           guint        index)
{
  g_return_if_fail (financing != NULL && index < financing->buyer_ids->len);

  g_ptr_array_remove_index (financing->buyer_ids, index);
  g_array_set_size (financing->buyer_shares, 0);
}
