#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, AddressSanitizer + UBSan) into
# ./build-fuzz (or $FUZZ_BUILD_DIR) and runs each for a while on a copy of its
# seed corpus. Fails when a target crashes, leaks, times out or runs out of
# memory; the input that did it is left in build-fuzz/findings/<target>/.
#
#   scripts/fuzz.sh                    every target, 30 minutes each (the long run)
#   scripts/fuzz.sh --seconds 20       every target, 20 s each (what scripts/test.sh runs)
#   scripts/fuzz.sh --seconds 600 fuzz_markdown
#
# Targets run one after another, each on one core, with a 5 s limit per input
# and 1 GiB of memory.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=1800
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
build_dir=${FUZZ_BUILD_DIR:-build-fuzz}
scripts/install-deps.sh fuzz
CC=clang-19 CXX=clang++-19 cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMOCKINTERVIEW_BUILD_FUZZERS=ON >/dev/null
cmake --build "$build_dir" -j "${JOBS:-2}"
if [ ${#targets[@]} -eq 0 ]; then
  for exe in "$build_dir"/fuzz/fuzz_*; do targets+=("$(basename "$exe")"); done
fi

failed=0
for target in "${targets[@]}"; do
  name=${target#fuzz_}
  corpus="$build_dir/corpus/$name"
  findings="$build_dir/findings/$target"
  mkdir -p "$corpus" "$findings"
  cp -n fuzz/corpus/"$name"/* "$corpus"/ 2>/dev/null || true
  dict=()
  [ -f "fuzz/$name.dict" ] && dict=(-dict="fuzz/$name.dict")
  log="$build_dir/$target.log"
  echo "== $target: ${seconds} s"
  set +e
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 QT_QPA_PLATFORM=offscreen \
    "$build_dir/fuzz/$target" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=1024 -malloc_limit_mb=1024 \
      -print_final_stats=1 -artifact_prefix="$findings/" "${dict[@]}" "$corpus" >"$log" 2>&1
  rc=$?
  set -e
  grep -E '^stat::(number_of_executed_units|peak_rss_mb)|^#[0-9]+ *DONE' "$log" | sed 's/^/   /' || true
  echo "   corpus: $(ls "$corpus" | wc -l) inputs"
  if [ $rc -ne 0 ]; then
    echo "   FAILED (exit $rc); see $log and $findings/" >&2
    grep -m5 -E 'ERROR|SUMMARY|Test unit written' "$log" | sed 's/^/   /' >&2 || true
    failed=1
  fi
done
exit $failed
