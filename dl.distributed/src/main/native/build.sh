#!/usr/bin/env bash
# Builds the MPI binding (libjniCatenaMpi) into the module's classes with JavaCPP's Builder, which
# generates the JNI glue from dl.distributed.internal.MpiNative and compiles it with mpicxx (so the
# include and link flags of whichever MPI is installed apply). Where mpi.h or mpicxx is missing,
# it says so and builds nothing: the module still compiles, and its communicators report why MPI is
# unavailable (a process not started by mpirun then runs as a job of one).
# Usage: build.sh CLASSES_DIR CLASSPATH
set -euo pipefail
classes="$1"
cp="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ "${CATENA_SKIP_MPI:-0}" = 1 ]; then
  echo "[dl.distributed] CATENA_SKIP_MPI=1: building without the MPI binding" >&2
  exit 0
fi
if ! command -v mpicxx > /dev/null 2>&1; then
  echo "[dl.distributed] mpicxx not found (Debian: apt-get install libopenmpi-dev openmpi-bin):" \
    "building without the MPI binding; only one-process communicators will work" >&2
  exit 0
fi
if ! echo '#include <mpi.h>' | mpicxx -x c++ -fsyntax-only - > /dev/null 2>&1; then
  echo "[dl.distributed] mpi.h not found by mpicxx: building without the MPI binding" >&2
  exit 0
fi
lib="$classes/dl/distributed/internal"
# Rebuild only when the binding's sources are newer than the library.
for so in "$lib"/*/libjniCatenaMpi.so; do
  if [ -f "$so" ] && [ "$so" -nt "$here/catena_mpi.h" ] && [ "$so" -nt "$lib/MpiNative.class" ]; then
    exit 0
  fi
done
java -cp "$cp" org.bytedeco.javacpp.tools.Builder -cp "$classes" \
  -Dplatform.compiler=mpicxx -Xcompiler "-I$here" \
  dl.distributed.internal.MpiNative > "$classes/../javacpp-build.log" 2>&1 || {
  cat "$classes/../javacpp-build.log" >&2
  echo "[dl.distributed] building the MPI binding failed (log above)" >&2
  exit 1
}
echo "[dl.distributed] built the MPI binding: $(ls "$lib"/*/libjniCatenaMpi.so)" >&2
