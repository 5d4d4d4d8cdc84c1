#!/bin/sh
# check-whitespace.sh TOP — the tree keeps what .editorconfig says: no
# tabs in indentation, no trailing spaces, a newline at the end of every
# text file (C, headers, UI files, meson, shell, Markdown, translations).
set -eu
top=$1
status=0
files=$(cd "$top" && find src tests ui data build-aux po .ci flatpak \
          -type f \( -name '*.[ch]' -o -name '*.ui' -o -name '*.xml' -o -name '*.in' -o -name '*.css' \
          -o -name 'meson.build' -o -name '*.sh' -o -name '*.md' -o -name '*.po' -o -name '*.json' \
          -o -name '*.txt' -o -name run -o -name dev \) 2>/dev/null || true;
        cd "$top" && ls meson.build meson_options.txt README.md HACKING.md 2>/dev/null || true)
for file in $files; do
  path="$top/$file"
  if grep -n "$(printf '^ *\t')" "$path" >/dev/null; then
    echo "$file: a tab in the indentation, line $(grep -n "$(printf '^ *\t')" "$path" | head -n 1 | cut -d: -f1)"
    status=1
  fi
  if grep -n ' $' "$path" >/dev/null; then
    echo "$file: trailing spaces, line $(grep -n ' $' "$path" | head -n 1 | cut -d: -f1)"
    status=1
  fi
  if [ -s "$path" ] && [ -n "$(tail -c 1 "$path")" ]; then
    echo "$file: no newline at the end"
    status=1
  fi
done
exit "$status"
