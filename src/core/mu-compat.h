/* mu-compat.h — API newer than the floor, behind a version check
 *
 * meson.build sets GLIB_, GDK_ and ADW_VERSION_MAX_ALLOWED to the oldest
 * stack Musharaka supports (GLib 2.74, GTK 4.8, libadwaita 1.2), so that a
 * call to anything newer fails to compile against a newer stack. Where
 * newer API is wanted, it goes inside GTK_CHECK_VERSION /
 * ADW_CHECK_VERSION, and inside MU_BEGIN_NEWER_API … MU_END_NEWER_API,
 * which says the check is there: the headers mark newer API with the
 * "deprecated" attribute ("Not available before 4.10"), and these silence
 * exactly that.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#define MU_BEGIN_NEWER_API G_GNUC_BEGIN_IGNORE_DEPRECATIONS
#define MU_END_NEWER_API G_GNUC_END_IGNORE_DEPRECATIONS
