#!/usr/bin/env bash
# Catena against PyTorch eager on this machine, interleaved, as one table.
#   bench/vs-pytorch.sh [mlp|small|cnn|all] [--quick] [--rounds N] [--idle-wait S] [--max-other P]
# Waits (up to --idle-wait s, default 120) for an idle machine, then runs for each model, per round,
# `catena benchmark --model M` (the jlink image dl.image/target/image when built, else bin/catena)
# and ../shared/anchors/train_torch.py with default threads and with 2 threads, plus ttfs_torch.py,
# alternating which goes first; runs during which other processes used more than --max-other % of a
# core are repeated. Prints training and inference examples/s, time to first step and peak RSS of
# both, and the ratio (PyTorch: its faster thread setting of round 1). Default (3 rounds, all
# models) should take about 6-7 minutes on 2 idle cores;
# --quick is one short round. Needs Debian's python3-torch and libopenblas0-pthread.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ ! -x "$root/dl.image/target/image/bin/catena" ] && [ ! -f "$root/dl.examples/target/modules/dl.examples-0.1.0-SNAPSHOT.jar" ]; then
  echo "vs-pytorch: building Catena first (mvn install -DskipTests)..." >&2
  (cd "$root" && mvn -q -B install -DskipTests)
fi
exec /usr/bin/python3 "$root/bench/vs_pytorch.py" "$@"
