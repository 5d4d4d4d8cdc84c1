/* mu-debt-form.h — a small dialog about a debt: a few rows, read and
 * checked on every keystroke
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mu-debt-page.h"

G_BEGIN_DECLS

typedef struct _MuDebtForm MuDebtForm;

/* Reads the form's rows into @debt, a copy of the one shown, as the
 * change would leave it; FALSE with @message and @row set when a row's
 * text is not a value. mu_debt_validate() then checks the rest. */
typedef gboolean (*MuDebtFormRead)  (MuDebtForm  *form,
                                     MuDebt      *debt,
                                     GtkWidget  **row,
                                     char       **message);
/* Makes the change; FALSE with @error set when the library refused it. */
typedef gboolean (*MuDebtFormApply) (MuDebtForm  *form,
                                     const char  *response,
                                     GError     **error);

struct _MuDebtForm
{
  MuDebtPage      *page;
  char            *id;        /* the debt's */
  GtkWidget       *dialog;
  GtkWidget       *list;      /* of the rows */
  GtkWidget       *message;   /* what is wrong, under them */
  GtkWidget       *preview;   /* what the change makes of the debt */
  GHashTable      *paths;     /* a field's path (or its start) → its row */
  MuDebtFormRead   read;
  MuDebtFormApply  apply;
  const char      *oks[3];    /* the responses that apply it, NULL-terminated */
  gboolean         valid;

  /* The values read, once valid. */
  MuMoney          amount;
  GDate            date;
  GDate            second;
  guint            n;
  guint            every;
  guint            choice;
  GtkWidget       *rows[8];   /* by the form's own order */
};

MuDebtForm *mu_debt_form_new          (MuDebtPage     *page,
                                       const char     *heading,
                                       const char     *body);
GtkWidget  *mu_debt_form_add_entry    (MuDebtForm     *form,
                                       const char     *path,
                                       const char     *title,
                                       const char     *text);
GtkWidget  *mu_debt_form_add_choice   (MuDebtForm     *form,
                                       const char     *path,
                                       const char     *title,
                                       const char * const *labels,
                                       guint           selected);
void        mu_debt_form_add_response (MuDebtForm     *form,
                                       const char     *id,
                                       const char     *label,
                                       gboolean        suggested);
void        mu_debt_form_present      (MuDebtForm     *form);
void        mu_debt_form_validate     (MuDebtForm     *form);
gboolean    mu_debt_form_read_date    (GtkWidget      *row,
                                       gboolean        optional,
                                       GDate          *date,
                                       char          **message);
guint       mu_debt_form_get_choice   (GtkWidget      *row);

G_END_DECLS
