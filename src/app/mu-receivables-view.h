/* mu-receivables-view.h — the register of receivables beside its list:
 * the ageing chart on top, then the totals or the debt chosen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mu-chart-ageing.h"
#include "mu-debt-page.h"
#include "mu-register-document.h"

G_BEGIN_DECLS

#define MU_TYPE_RECEIVABLES_VIEW (mu_receivables_view_get_type ())

G_DECLARE_FINAL_TYPE (MuReceivablesView, mu_receivables_view, MU, RECEIVABLES_VIEW, GtkWidget)

MuReceivablesView *mu_receivables_view_new          (MuRegisterDocument *document);
void               mu_receivables_view_show_debt    (MuReceivablesView  *self,
                                                     const char         *id);
MuDebtPage        *mu_receivables_view_get_page     (MuReceivablesView  *self);
char              *mu_receivables_view_dup_summary  (MuReceivablesView  *self);
GtkWidget         *mu_receivables_view_get_chart    (MuReceivablesView  *self);

MuAgeing          *mu_receivables_gather            (MuRegisterDocument *document);

G_END_DECLS
