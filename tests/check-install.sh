#!/bin/sh
# Installs Musharaka with --prefix=/app into a staging folder, as the
# Flatpak does, and runs what was installed: the command line finds its
# translations and draws a chart; the schema and the desktop files are
# where the desktop looks for them. Then installs into a prefix, where
# meson's post-install steps must run.
set -eu
top=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

meson setup "$work/build" "$top" --prefix=/app -Dbuildtype=release -Dtests=false >"$work/setup.log" 2>&1 ||
  { cat "$work/setup.log"; exit 1; }
meson install -C "$work/build" --destdir "$work/stage" >"$work/install.log" 2>&1 ||
  { cat "$work/install.log"; exit 1; }
app="$work/stage/app"

"$app/bin/musharaka-cli" --version | grep -q "^musharaka-cli "
test -x "$app/bin/musharaka"

# A chart from an installed example.
"$app/bin/musharaka-cli" chart "$app/share/musharaka/examples/case-b-diminishing-redemption.musharaka" \
  --kind equity -o "$work/chart.png"
head -c 4 "$work/chart.png" | grep -q PNG

# The translations are found beside the program.
for lang in $(grep -v '^#' "$top/po/LINGUAS"); do
  test -f "$app/share/locale/$lang/LC_MESSAGES/musharaka.mo"
done
if grep -qx ru "$top/po/LINGUAS"; then
  # A Russian locale of our own, so that no system locale is needed; help
  # that is no longer English means the catalogue was found and used.
  localedef -i ru_RU -f UTF-8 "$work/locales/ru_RU.UTF-8" 2>/dev/null ||
    { mkdir -p "$work/locales" && localedef -i ru_RU -f UTF-8 "$work/locales/ru_RU.UTF-8"; }
  LOCPATH="$work/locales" LC_ALL=ru_RU.UTF-8 "$app/bin/musharaka-cli" --help >"$work/help.txt"
  if grep -q "^Usage:" "$work/help.txt" || ! LC_ALL=C grep -qP '[^\x00-\x7F]' "$work/help.txt"; then
    echo "the Russian translation is not used"
    exit 1
  fi
fi

# The schema compiles, and the desktop finds the rest.
glib-compile-schemas --strict --dry-run "$app/share/glib-2.0/schemas"
test -f "$app/share/glib-2.0/schemas/io.github.musharaka.Musharaka.gschema.xml"
test -f "$app/share/applications/io.github.musharaka.Musharaka.desktop"
test -f "$app/share/metainfo/io.github.musharaka.Musharaka.metainfo.xml"
test -f "$app/share/mime/packages/io.github.musharaka.Musharaka.xml"
test -f "$app/share/icons/hicolor/scalable/apps/io.github.musharaka.Musharaka.svg"
test -f "$app/share/icons/hicolor/symbolic/apps/io.github.musharaka.Musharaka-symbolic.svg"

# A plain `meson install` into a prefix (no staging folder) finishes the
# installation itself: the compiled schema, the icon cache, the launcher's
# and the file type's databases.
meson setup "$work/build-prefix" "$top" --prefix="$work/prefix" -Dbuildtype=release -Dtests=false \
  >"$work/setup.log" 2>&1 || { cat "$work/setup.log"; exit 1; }
meson install -C "$work/build-prefix" >"$work/install.log" 2>&1 || { cat "$work/install.log"; exit 1; }
test -f "$work/prefix/share/glib-2.0/schemas/gschemas.compiled"
test -f "$work/prefix/share/icons/hicolor/icon-theme.cache"
test -f "$work/prefix/share/applications/mimeinfo.cache"
grep -q "io.github.musharaka.Musharaka.desktop" "$work/prefix/share/applications/mimeinfo.cache"
grep -q "musharaka" "$work/prefix/share/mime/globs2"
echo "installed and ran from $app; installed into $work/prefix and finished"
