#!/usr/bin/env bash
# Runs scripts under node and handshake and shows where their output differs.
# Usage: scripts/diff.sh testdata/node/events/once.js [more.js ...]
# Builds ./handshake (bin/handshake) first. Exit status 1 if any differ.
set -u
cd "$(dirname "$0")/.."
# HANDSHAKE_BIN picks another build output (several people share bin/).
bin=${HANDSHAKE_BIN:-bin/handshake}
mkdir -p "$(dirname "$bin")"
go build -o "$bin" ./cmd/handshake || exit 2
case "$bin" in /*) ;; *) bin="$PWD/$bin" ;; esac
status=0
# private scratch files: several people run this at once
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
norm() { sed -E -e '/^    at /d' -e 's/[(]node:[^)]*[)]//g'; }
for f in "$@"; do
  dir=$(cd "$(dirname "$f")" && pwd); base=$(basename "$f")
  # "// diff-env: K=V" directives in the first lines (as the Go harness)
  envs=(); while IFS= read -r kv; do envs+=("$kv"); done < <(head -12 "$f" | sed -n 's#^// diff-env: *##p')
  (cd "$dir" && env "${envs[@]}" timeout 20 node "$base" >$t/node.out 2>$t/node.err; echo "exit $?" >>$t/node.out)
  (cd "$dir" && env "${envs[@]}" timeout 20 "$bin" "$base" >$t/hs.out 2>$t/hs.err; echo "exit $?" >>$t/hs.out)
  if diff -u $t/node.out $t/hs.out >$t/out.diff && diff -u <(norm <$t/node.err) <(norm <$t/hs.err) >$t/err.diff; then
    echo "same  $f"
  else
    echo "DIFF  $f"; cat $t/out.diff $t/err.diff 2>/dev/null | head -60; status=1
  fi
done
exit $status
