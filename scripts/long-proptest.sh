#!/usr/bin/env bash
# Long property run: every property in tests/properties.rs with many more cases than `cargo test`
# runs (96 per property by default).
#
# Usage:   scripts/long-proptest.sh [CASES]        (default CASES=100000)
# Example: scripts/long-proptest.sh 5000           # a bounded run for a CI job or a coffee break
#
# It builds the test binary once (debug profile, like `cargo test`), then runs all properties with
# PROPTEST_CASES=CASES on one test thread (the machine is shared; raise with THREADS=N) and prints
# the wall time. A failure prints the shrunk minimal input; nothing is written into the repository
# (failure persistence is off in tests/properties.rs).
set -euo pipefail
cd "$(dirname "$0")/.."
CASES="${1:-100000}"
THREADS="${THREADS:-1}"
cargo test --test properties --no-run
start=$(date +%s)
PROPTEST_CASES="$CASES" cargo test --test properties -- --test-threads="$THREADS"
end=$(date +%s)
echo "long-proptest: PROPTEST_CASES=$CASES passed in $((end - start)) s"
