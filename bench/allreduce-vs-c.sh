#!/usr/bin/env bash
# Allreduce time against message size, 4 KB .. 64 MB, for dl.distributed's flat communicator
# (direct buffers through the JavaCPP binding) next to the same loop in C, interleaved: C, Java,
# C, Java. Usage: bench/allreduce-vs-c.sh [NP] [SECONDS_PER_SIZE] [extra mpirun args...]
# e.g. bench/allreduce-vs-c.sh 2 0.5 --mca btl self,tcp   (TCP over loopback instead of shared memory)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
np="${1:-2}"; budget="${2:-0.5}"; shift $(( $# > 2 ? 2 : $# ))
mods="$root/dl.examples/target/modules"
[ -f "$mods/dl.distributed-0.1.0-SNAPSHOT.jar" ] || { echo "build first: mvn -q install -DskipTests" >&2; exit 1; }
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
mpicc -O2 -o "$tmp/allreduce" "$root/bench/allreduce.c"
mpi=(mpirun --allow-run-as-root --oversubscribe -np "$np" "$@")
# /usr/bin/env: Open MPI's mpirun rewrites the arguments of an executable named java.
java_cmd=(/usr/bin/env java --module-path "$mods" --add-modules dl.distributed,org.bytedeco.javacpp.linux.x86_64
  -m dl.distributed/dl.distributed.internal.AllreduceBench "$budget")
for round in 1 2; do
  "${mpi[@]}" "$tmp/allreduce" "$budget" > "$tmp/c$round"
  "${mpi[@]}" "${java_cmd[@]}" > "$tmp/j$round"
done
echo "# $np ranks, allreduce of float32 (sum, in place), µs per call, two interleaved rounds;"
echo "# median and min (the min is the cost without interference from other load)"
printf "%10s %9s %9s %9s %9s %9s %9s %9s %9s %8s\n" bytes C-med Java-med C-min Java-min \
  C-med2 Java-med2 C-min2 Java-min2 "Java/C(min)"
paste "$tmp/c1" "$tmp/j1" "$tmp/c2" "$tmp/j2" | awk '{
  c = ($3 < $9 ? $3 : $9); j = ($6 < $12 ? $6 : $12);
  printf "%10d %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f %8.2f\n", $1, $2, $5, $3, $6, $8, $11, $9, $12, j / c }'
