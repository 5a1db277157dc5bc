#!/usr/bin/env bash
# Compares `parley ask --json` of two parley binaries on every labelled question in tests/data
# (questions.toml over data/, fixture_questions.toml over the extraction fixtures), byte for byte.
# Use it to show that a refactor changed no answer.
#
# Usage:   scripts/ask-compare.sh OLD_BINARY NEW_BINARY
# Example: git worktree add /tmp/old HEAD~3 && (cd /tmp/old && cargo build --release) &&
#          cargo build --release && scripts/ask-compare.sh /tmp/old/target/release/parley target/release/parley
# Prints one line per differing question and a summary; exits 1 when any output differs.
set -euo pipefail
cd "$(dirname "$0")/.."
old="$(realpath "$1")"
new="$(realpath "$2")"
repo="$(pwd)"
fixtures="$(mktemp -d)"
# Each binary runs in an empty folder, so both use the settings built into them, not config/.
empty="$(mktemp -d)"
trap 'rm -rf "$fixtures" "$empty"' EXIT
mkdir -p "$fixtures/sources"
cp tests/data/articles/*.md tests/data/articles/*.txt "$fixtures/sources/"
same=0
differ=0
while IFS=$'\t' read -r data question; do
  a="$(cd "$empty" && "$old" ask --json --data "$data" -- "$question" 2>&1 || true)"
  b="$(cd "$empty" && "$new" ask --json --data "$data" -- "$question" 2>&1 || true)"
  if [[ "$a" == "$b" ]]; then
    same=$((same + 1))
  else
    differ=$((differ + 1))
    echo "differs: $question"
  fi
done < <(
  python3 - "$fixtures" "$repo" <<'PY'
import sys, tomllib
fixtures = sys.argv[1]
repo = sys.argv[2]
for path, data in [("tests/data/questions.toml", f"{repo}/data"), ("tests/data/fixture_questions.toml", fixtures)]:
    with open(path, "rb") as f:
        for q in tomllib.load(f)["question"]:
            print(f"{data}\t{q['q']}")
PY
)
echo "ask-compare: $same identical, $differ different"
[[ "$differ" -eq 0 ]]
