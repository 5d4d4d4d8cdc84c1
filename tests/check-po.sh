#!/bin/sh
# Every translation in po/LINGUAS is valid (msgfmt -c --check-format) and
# complete: no untranslated and no fuzzy messages.
set -eu
top=$1
status=0
for lang in $(grep -v '^#' "$top/po/LINGUAS"); do
  po="$top/po/$lang.po"
  if [ ! -f "$po" ]; then
    echo "$lang: listed in po/LINGUAS but $po is missing"
    status=1
    continue
  fi
  if ! stats=$(msgfmt -c --check-format --statistics -o /dev/null "$po" 2>&1); then
    echo "$lang: msgfmt refuses it:"
    echo "$stats"
    status=1
    continue
  fi
  echo "$lang: $stats"
  case "$stats" in
    *untranslated*|*fuzzy*)
      echo "$lang: not complete"
      status=1
      ;;
  esac
done
exit $status
