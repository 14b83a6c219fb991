#!/bin/sh
# Runs the GEMM/elementwise benchmark (src/test/java/.../GemmBenchmark.java) on the module path,
# with the native jars added as modules, the way an application runs the backend.
set -e
cd "$(dirname "$0")"
mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.path \
    -Dmdep.includeScope=runtime
java $JOPTS --module-path "target/classes:$(cat target/bench.path)" \
    --add-modules org.bytedeco.javacpp.linux.x86_64,org.bytedeco.openblas.linux.x86_64 \
    --patch-module dl.backend.openblas=target/test-classes \
    -m dl.backend.openblas/dl.backend.openblas.GemmBenchmark "$@"
