#!/usr/bin/env bash
# One command to test everything: installs what is missing, builds, runs every
# test with CTest, then runs each fuzz target briefly. Fails when a test fails,
# when no test ran, when a test executable contributed no tests (its discovery
# failed), or when a fuzz target finds a crash, leak or hang.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${BUILD_DIR:-build}
scripts/install-deps.sh test
scripts/build.sh

listing=$(ctest --test-dir "$build_dir" -N)
for exe in "$build_dir"/bin/test_*; do
  name=$(basename "$exe")
  if ! grep -q "Test *#[0-9]*: $name:" <<<"$listing"; then
    echo "error: $name contributed no tests (test discovery failed?)" >&2
    exit 1
  fi
done

ctest --test-dir "$build_dir" --output-on-failure --no-tests=error -j "${JOBS:-2}"

# Every reader of untrusted input, fuzzed briefly (scripts/fuzz.sh runs them long).
scripts/fuzz.sh --seconds "${FUZZ_SECONDS:-20}"
