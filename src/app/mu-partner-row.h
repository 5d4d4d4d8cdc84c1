/* mu-partner-row.h — one partner of the scenario page, as an expander row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MU_TYPE_PARTNER_ROW (mu_partner_row_get_type ())

G_DECLARE_FINAL_TYPE (MuPartnerRow, mu_partner_row, MU, PARTNER_ROW, AdwExpanderRow)

MuPartnerRow *mu_partner_row_new            (const char   *id);
const char   *mu_partner_row_get_id         (MuPartnerRow *self);
void          mu_partner_row_set_position   (MuPartnerRow *self,
                                             guint         index,
                                             guint         count);
void          mu_partner_row_clear_editors  (MuPartnerRow *self);
guint         mu_partner_row_get_n_assets   (MuPartnerRow *self);
gboolean      mu_partner_row_ensure_editors (MuPartnerRow *self,
                                             guint         n_assets);
GtkWidget    *mu_partner_row_get_editor     (MuPartnerRow *self,
                                             const char   *name);
GtkWidget    *mu_partner_row_get_asset_editor (MuPartnerRow *self,
                                               guint         index,
                                               const char   *name);

G_END_DECLS
