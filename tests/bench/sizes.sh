#!/usr/bin/env bash
# Prints the release build's files with their raw and gzipped sizes: what a school's
# browser downloads the first time it opens the app.
set -euo pipefail
dist=${1:-dist}
printf '%-48s %12s %12s\n' "file" "raw bytes" "gzip bytes"
total_raw=0
total_gz=0
for file in "$dist"/*; do
  [ -f "$file" ] || continue
  raw=$(wc -c <"$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '%-48s %12d %12d\n' "$(basename "$file")" "$raw" "$gz"
done
printf '%-48s %12d %12d\n' "total" "$total_raw" "$total_gz"
