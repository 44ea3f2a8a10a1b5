#!/usr/bin/env bash
# Prints the release build's files with their raw, gzip and brotli sizes: what a school's
# browser downloads the first time it opens the app. The compressed sizes are those of the
# copies the build writes beside each file (gzip -9 where there is none).
set -euo pipefail
dist=${1:-dist}
printf '%-48s %12s %12s %12s\n' "file" "raw bytes" "gzip bytes" "brotli bytes"
total_raw=0
total_gz=0
total_br=0
for file in "$dist"/*; do
  [ -f "$file" ] || continue
  case "$file" in *.gz | *.br) continue ;; esac
  raw=$(wc -c <"$file")
  if [ -f "$file.gz" ]; then gz=$(wc -c <"$file.gz"); else gz=$(gzip -9 -c "$file" | wc -c); fi
  if [ -f "$file.br" ]; then br=$(wc -c <"$file.br"); else br=$gz; fi
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  total_br=$((total_br + br))
  printf '%-48s %12d %12d %12d\n' "$(basename "$file")" "$raw" "$gz" "$br"
done
printf '%-48s %12d %12d %12d\n' "total" "$total_raw" "$total_gz" "$total_br"
