#!/bin/sh
# Every translation in po/LINGUAS is valid (msgfmt -c --check-format) and
# complete for the sources as they are now: the strings are gathered
# afresh, merged into each translation in a scratch folder, and nothing
# may be left untranslated or fuzzy.
set -eu
top=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0

cd "$top"
xgettext --from-code=UTF-8 --add-comments --package-name=musharaka -o "$work/musharaka.pot" \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=ngettext:1,2 \
  --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_strdup_printf:1:c-format --flag=g_string_printf:2:c-format \
  --flag=g_string_append_printf:2:c-format --flag=g_set_error:4:c-format \
  --flag=g_prefix_error:2:c-format --flag=g_printerr:1:c-format --flag=g_print:1:c-format \
  --files-from=po/POTFILES.in

for lang in $(grep -v '^#' po/LINGUAS); do
  po="po/$lang.po"
  if [ ! -f "$po" ]; then
    echo "$lang: listed in po/LINGUAS but $po is missing"
    status=1
    continue
  fi
  msgmerge --quiet --no-fuzzy-matching -o "$work/$lang.po" "$po" "$work/musharaka.pot"
  if ! stats=$(msgfmt -c --check-format --statistics -o /dev/null "$work/$lang.po" 2>&1); then
    echo "$lang: msgfmt refuses it:"
    echo "$stats"
    status=1
    continue
  fi
  echo "$lang: $stats"
  case "$stats" in
    *untranslated*|*fuzzy*)
      echo "$lang: not complete for the current sources:"
      msgattrib --untranslated --no-obsolete "$work/$lang.po" | grep '^msgid' | tail -n +2
      status=1
      ;;
  esac
done
exit $status
