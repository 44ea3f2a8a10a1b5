#!/usr/bin/env bash
# Fails when the gzipped wasm (the .gz copy the build writes) is larger than the budget in
# tests/bench/wasm-budget.txt: a change that adds weight raises the budget and says why.
set -euo pipefail
dist=${1:-dist}
budget=$(tr -dc '0-9' <"$(dirname "$0")/wasm-budget.txt")
wasm=$(ls "$dist"/*_bg.wasm.gz)
size=$(wc -c <"$wasm")
if [ "$size" -gt "$budget" ]; then
  echo "size budget: $(basename "$wasm") is $size bytes gzipped, over the budget of $budget (tests/bench/wasm-budget.txt)" >&2
  exit 1
fi
echo "size budget: the wasm is $size bytes gzipped, within $budget"
