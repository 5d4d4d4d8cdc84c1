/* mu-scenario.h — the partnership model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mu-money.h"

G_BEGIN_DECLS

#define MU_MAX_PERIODS 1200   /* a century of months */
#define MU_MAX_YEARS 100      /* what a file may cover, whatever the period length */
#define MU_MAX_PARTNERS 10000
#define MU_MAX_LOAN_RATE (10 * MU_PERCENT_100)  /* 1000 % a year */
#define MU_MAX_RENT_ANNUAL (12 * MU_PERCENT_100) /* 1200 % a year: 100 % a month */

typedef enum
{
  MU_SCHOOL_HANAFI,
  MU_SCHOOL_SHAFII,
  MU_SCHOOL_MALIKI,
  MU_SCHOOL_HANBALI,
} MuSchool;

typedef enum
{
  MU_PERIOD_MONTH,
  MU_PERIOD_QUARTER,
  MU_PERIOD_HALF_YEAR,
  MU_PERIOD_YEAR,
} MuPeriodLength;

typedef enum
{
  MU_PARTNER_OWNER,
  MU_PARTNER_BANK,
  MU_PARTNER_INVESTOR,
  MU_PARTNER_WORKER,    /* mudarib: brings work and no capital */
} MuPartnerKind;

typedef enum
{
  MU_CONTRIBUTION_CASH,
  MU_CONTRIBUTION_ASSET,
} MuContributionKind;

typedef enum
{
  MU_GUARANTEE_NONE,
  MU_GUARANTEE_AMOUNT,              /* a fixed sum each period */
  MU_GUARANTEE_PERCENT_OF_CAPITAL,  /* a fixed percent of the contribution */
} MuGuaranteeKind;

typedef enum
{
  MU_OBJECT_ASSET,     /* a co-owned machine or building (shirkat al-milk) */
  MU_OBJECT_BUSINESS,  /* a share of the company itself */
} MuFinancingObject;

typedef enum
{
  MU_OWNERSHIP_TRANSFER,    /* the buyer acquires the bank's units */
  MU_OWNERSHIP_REDEMPTION,  /* the bank's capital leaves the venture */
} MuOwnershipMode;

typedef enum
{
  MU_UNIT_PRICE_NOMINAL,  /* each unit costs B / N */
  MU_UNIT_PRICE_FAIR,       /* B / N × V_t / V_0, V_t by the depreciation agreed */
  MU_UNIT_PRICE_VALUATION,  /* B / N × V_k / V_0, V_k the value entered for buyout k */
} MuUnitPrice;

typedef enum
{
  MU_PAYMENT_PLAN_EQUAL_UNITS,  /* N equal units, rent beside them */
  MU_PAYMENT_PLAN_LEVEL,        /* units and rent the same amount every installment */
  MU_PAYMENT_PLAN_STEP_UP,      /* that amount grows by @step once a year */
} MuPaymentPlan;

typedef struct
{
  MuContributionKind kind;
  char              *name;      /* the asset's name; NULL for cash */
  MuMoney            amount;    /* the cash, or the asset's market value */
  gboolean           fungible;  /* assets only: can be replaced by its like */
} MuContribution;

typedef struct
{
  char            *id;
  char            *name;
  MuPartnerKind    kind;
  gboolean         manages;
  GArray          *contributions;  /* of MuContribution */

  gboolean         has_profit_share;  /* FALSE: "by capital" */
  gint64           profit_share;      /* percent, MU_PERCENT_100 = 100 % */

  /* Forbidden structures, kept so that the rules can explain them. */
  gboolean         has_loss_share;
  gint64           loss_share;
  MuGuaranteeKind  guarantee;
  gint64           guarantee_value;   /* money or percent by @guarantee */
} MuPartner;

typedef struct
{
  gboolean           enabled;
  MuFinancingObject  object;
  char              *bank_id;
  GPtrArray         *buyer_ids;     /* of char* */
  GArray            *buyer_shares;  /* of gint64: each buyer's percent of the units, or empty: by contributions */
  guint              installments;
  guint              every;         /* periods between installments */
  MuOwnershipMode    mode;
  MuUnitPrice        unit_price;
  gint64             depreciation;  /* percent per period; < 0 appreciates */
  gint64             rent;          /* percent of the bank's stake per period */
  gboolean           has_loan_rate; /* a conventional loan to compare with */
  gint64             loan_rate;     /* its percent a year */
  MuPaymentPlan      plan;
  gint64             step;          /* step-up: the percent a year the payment grows */
  gboolean           rent_annual;   /* @rent is a percent a year, as banks quote it */
  MuMoney            costs;         /* ownership costs a period, shared by ownership */
  guint              early_buyout;  /* the period at whose end the rest is bought; 0: none */
  GArray            *valuations;    /* of MuMoney: the object's value at each buyout, for a valuation price */
  gboolean           buyout_binding;
  gboolean           late_interest;
} MuFinancing;

typedef struct
{
  gboolean  is_series;
  MuMoney   per_period;  /* profit of the first period; < 0 is a loss */
  gint64    growth;      /* percent per period */
  GArray   *series;      /* of MuMoney, one per period, when @is_series */
} MuProfit;

typedef struct
{
  gboolean enabled;
  MuMoney  total_assets;
  MuMoney  cash;
  MuMoney  receivables;
  gboolean certificates;  /* shares or certificates of the business are traded */
} MuBalance;

typedef struct
{
  char           *name;
  char            currency[4];
  MuSchool        school;
  GDate           start;
  MuPeriodLength  period;
  guint           periods;
  char           *notes;
  GPtrArray      *partners;  /* of MuPartner* */
  MuFinancing     financing;
  MuProfit        profit;
  MuBalance       balance;
} MuScenario;

MuScenario     *mu_scenario_new            (void);
MuScenario     *mu_scenario_copy           (const MuScenario *scenario);
void            mu_scenario_free           (MuScenario       *scenario);
gboolean        mu_scenario_equal          (const MuScenario *a,
                                            const MuScenario *b);
/* The parts of a scenario, as its editors show them. */
typedef enum
{
  MU_SCENARIO_PART_GENERAL   = 1 << 0,  /* name, currency, school, dates */
  MU_SCENARIO_PART_PARTNERS  = 1 << 1,
  MU_SCENARIO_PART_FINANCING = 1 << 2,
  MU_SCENARIO_PART_PROFIT    = 1 << 3,
  MU_SCENARIO_PART_BALANCE   = 1 << 4,
} MuScenarioPart;

guint           mu_scenario_compare_parts  (const MuScenario *a,
                                            const MuScenario *b);
guint           mu_scenario_get_exponent   (const MuScenario *scenario);
MuPartner      *mu_scenario_get_partner    (const MuScenario *scenario,
                                            guint             index);
int             mu_scenario_find_partner   (const MuScenario *scenario,
                                            const char       *id);
gboolean        mu_scenario_validate       (const MuScenario *scenario,
                                            GError          **error);
gboolean        mu_scenario_check          (const MuScenario *scenario,
                                            char            **where,
                                            GError          **error);
void            mu_date_format_iso         (const GDate      *date,
                                            char              text[11]);
void            mu_scenario_period_dates   (const MuScenario *scenario,
                                            guint             period,
                                            GDate            *start,
                                            GDate            *end);

MuPartner      *mu_partner_new             (const char       *id,
                                            const char       *name,
                                            MuPartnerKind     kind);
void            mu_partner_free            (MuPartner        *partner);
void            mu_partner_add_cash        (MuPartner        *partner,
                                            MuMoney           amount);
void            mu_partner_add_asset       (MuPartner        *partner,
                                            const char       *name,
                                            MuMoney           value,
                                            gboolean          fungible);
gboolean        mu_partner_get_capital     (const MuPartner  *partner,
                                            MuMoney          *capital,
                                            GError          **error);

/* Edits: what the window does to a scenario in place, kept in the core so
 * that they can be tested without a window. */
MuPartner      *mu_scenario_add_partner    (MuScenario       *scenario,
                                            const char       *name,
                                            MuPartnerKind     kind);
void            mu_scenario_remove_partner (MuScenario       *scenario,
                                            guint             index);
void            mu_scenario_move_partner   (MuScenario       *scenario,
                                            guint             from,
                                            guint             to);
gboolean        mu_scenario_set_currency   (MuScenario       *scenario,
                                            const char       *code,
                                            GError          **error);
void            mu_scenario_set_periods    (MuScenario       *scenario,
                                            guint             periods);
MuMoney         mu_partner_get_cash        (const MuPartner  *partner);
void            mu_financing_add_buyer     (MuFinancing      *financing,
                                            const char       *id);
void            mu_financing_remove_buyer  (MuFinancing      *financing,
                                            guint             index);
gboolean        mu_partner_set_cash        (MuPartner        *partner,
                                            MuMoney           total);

/* The words the exchange file uses for each enumeration. */
typedef enum
{
  MU_ENUM_SCHOOL,
  MU_ENUM_PERIOD_LENGTH,
  MU_ENUM_PARTNER_KIND,
  MU_ENUM_CONTRIBUTION_KIND,
  MU_ENUM_FINANCING_OBJECT,
  MU_ENUM_OWNERSHIP_MODE,
  MU_ENUM_UNIT_PRICE,
  MU_ENUM_PAYMENT_PLAN,
} MuEnumType;

const char     *mu_enum_to_string          (MuEnumType        type,
                                            int               value);
gboolean        mu_enum_from_string        (MuEnumType        type,
                                            const char       *text,
                                            int              *value);
char           *mu_enum_list_words         (MuEnumType        type);
const char     *mu_school_get_label        (MuSchool          school);
guint           mu_period_length_months    (MuPeriodLength    period);
guint           mu_period_length_max_periods (MuPeriodLength  period);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MuScenario, mu_scenario_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MuPartner, mu_partner_free)

G_END_DECLS
