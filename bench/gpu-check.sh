#!/usr/bin/env bash
# The CUDA backend on a real GPU, in one go, against PyTorch eager on the same GPU.
#
#   bench/gpu-check.sh build        # on the build machine (JDK 17 + Maven): a jlink-ed image with
#                                   # dl.backend.cuda and org.bytedeco.cuda -> bench/target/gpu-image
#                                   # (with dl.testing and JUnit's API for the self-test)
#   bench/gpu-check.sh link [MODS]  # the image only, from modules built already (default
#                                   # dl.examples/target/modules)
#   bench/gpu-check.sh run [IMAGE]  # on the GPU machine (no JDK needed): selftest, then MLP and CNN
#                                   # training/inference at batch 100 and 1000 on cuda:0 and in
#                                   # PyTorch (bench/torch_models.py), one table with the ratios
#
# The presets link against the machine's CUDA 13 libraries; they are looked up in the Python
# environment's `nvidia` pip packages (PyTorch for CUDA 13 installs them) and put on
# LD_LIBRARY_PATH. Not yet run on a GPU: no machine with one was available when it was written.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="${PYTHON:-python3}"
platform="${PLATFORM:-linux-x86_64}"

build() {
  (cd "$root" && mvn -B -q -pl dl.examples -am install -DskipTests -Dimage.skip=true)
  link "$root/dl.examples/target/modules"
}

# The JDK's own modules: $JAVA_HOME/jmods, or those of the JDK that jlink belongs to.
jmods() {
  local home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v jlink)")")")}"
  echo "$home/jmods"
}

link() {
  mods="${1:-$root/dl.examples/target/modules}"
  out="$root/bench/target/gpu-image"
  rm -rf "$out"
  # Module names spell the platform with a dot (org.bytedeco.javacpp.linux.x86_64).
  p="${platform//-/.}"
  natives="org.bytedeco.javacpp.$p,org.bytedeco.openblas.$p,org.bytedeco.cuda.$p"
  # The self-test needs dl.testing (dl.examples only `requires static` it) and JUnit's API that
  # dl.testing requires; they are in the image, but only the self-test's command line adds them.
  testing="dl.testing,org.junit.jupiter.api,org.junit.platform.commons,org.opentest4j,org.apiguardian.api"
  jlink --module-path "$(jmods):$mods" \
    --add-modules "dl.examples,dl.backend.cuda,org.bytedeco.cuda,$natives,$testing" \
    --add-options=" --add-modules=dl.backend.cuda,$natives" \
    --launcher catena=dl.examples/dl.examples.Main \
    --compress=2 --strip-debug --no-header-files --no-man-pages --output "$out"
  cp "$root/bench/gpu-check.sh" "$root/bench/torch_models.py" "$out/"
  echo "image: $out (copy it to the GPU machine and run: gpu-check.sh run $out)"
}

cuda_libs() {
  # Every lib directory of the nvidia-* pip packages (cudart, cublas, nvrtc, cudnn, ...).
  "$python" - <<'PY'
import glob, os
try:
    import nvidia
except ImportError:
    raise SystemExit("")
dirs = set()
for base in nvidia.__path__:
    for lib in glob.glob(os.path.join(base, "*", "lib")):
        dirs.add(lib)
print(":".join(sorted(dirs)))
PY
}

run() {
  image="${1:-$root/bench/target/gpu-image}"
  catena="$image/bin/catena"
  libs="$(cuda_libs)"
  [ -n "$libs" ] || echo "gpu-check: no nvidia pip packages found by $python; using the system's CUDA" >&2
  export LD_LIBRARY_PATH="${libs}${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
  torch="${TORCH_SCRIPT:-$here/torch_models.py}"
  echo "== selftest --device cuda:0"
  "$image/bin/java" --add-modules dl.testing -m dl.examples/dl.examples.SelfTest --device cuda:0 \
    | tee /tmp/catena-selftest.txt
  table=()
  for model in mlp cnn; do
    for batch in 100 1000; do
      # benchmark-mlp times the MLP; the CNN row needs its --model cnn option (not there yet: 0).
      c=$("$catena" benchmark-mlp --device cuda:0 --batchsize "$batch" \
            $( [ "$model" = cnn ] && echo --model cnn ) | grep '^RESULT' || true)
      p=$("$python" "$torch" --model "$model" --batchsize "$batch" --device cuda | grep '^RESULT' || true)
      ct=$(sed -nE 's/.*train ([0-9.]+) ex\/s.*/\1/p' <<<"$c")
      ci=$(sed -nE 's/.*inference ([0-9.]+) ex\/s.*/\1/p' <<<"$c")
      pt=$(sed -nE 's/.*train ([0-9.]+) ex\/s.*/\1/p' <<<"$p")
      pi=$(sed -nE 's/.*inference ([0-9.]+) ex\/s.*/\1/p' <<<"$p")
      table+=("$(awk -v m="$model" -v b="$batch" -v ct="${ct:-0}" -v pt="${pt:-0}" -v ci="${ci:-0}" -v pi="${pi:-0}" \
        'BEGIN { printf "%-4s %5d | %10.0f %10.0f %6.2f | %10.0f %10.0f %6.2f", m, b, ct, pt, (pt>0?ct/pt:0), ci, pi, (pi>0?ci/pi:0) }')")
    done
  done
  echo
  echo "model batch |  catena tr  torch tr  ratio |  catena inf torch inf ratio   (examples/s, cuda:0)"
  printf '%s\n' "${table[@]}"
}

case "${1:-}" in
  build) build ;;
  link) shift; link "$@" ;;
  run) shift; run "$@" ;;
  *) sed -n '2,15p' "$0"; exit 2 ;;
esac
