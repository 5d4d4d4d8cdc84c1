#!/bin/sh
# Every source file with a translatable string is listed in po/POTFILES.in,
# and every file listed there exists: otherwise its strings would silently
# stay English.
set -eu
top=$1
status=0
cd "$top"
for file in $(grep -rlE '(^|[^A-Za-z0-9_])(N?_|C_|NC_|ngettext) ?\(' src --include='*.c' --include='*.ui' | sort); do
  if ! grep -qx "$file" po/POTFILES.in; then
    echo "not in po/POTFILES.in: $file"
    status=1
  fi
done
for file in $(grep -v '^#' po/POTFILES.in | grep -v '^$'); do
  if [ ! -f "$file" ]; then
    echo "listed in po/POTFILES.in but missing: $file"
    status=1
  fi
done
exit $status
