#!/usr/bin/env bash
# Catena's MLP training step against PyTorch eager, side by side in one run on this machine.
# Needs Debian's python3-torch and libopenblas0-pthread for the PyTorch side (see
# ../shared/anchors/README.md). Prints both RESULT lines and the ratio Catena / PyTorch.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
anchors="${ANCHORS:-$root/../shared/anchors}"
rounds="${ROUNDS:-2}"
for r in $(seq "$rounds"); do
  c=$("$root/bin/catena" benchmark-mlp "$@" | grep '^RESULT')
  echo "$c"
  p=$(cd "$anchors" && /usr/bin/python3 train_torch.py mlp 1 default 400 | grep '^RESULT')
  echo "$p"
  ce=$(sed -E 's/.*train ([0-9]+) ex\/s.*/\1/' <<<"$c")
  pe=$(sed -E 's/.*train ([0-9]+) ex\/s.*/\1/' <<<"$p")
  awk -v c="$ce" -v p="$pe" -v r="$r" 'BEGIN { printf "round %d: catena/pytorch training throughput ratio %.2f\n", r, c / p }'
done
