#!/usr/bin/env bash
# Runs scripts under node and handshake and shows where their output differs.
# Usage: scripts/diff.sh testdata/node/events/once.js [more.js ...]
# Builds ./handshake (bin/handshake) first. Exit status 1 if any differ.
set -u
cd "$(dirname "$0")/.."
mkdir -p bin
go build -o bin/handshake ./cmd/handshake || exit 2
status=0
norm() { sed -E -e '/^    at /d' -e 's/[(]node:[^)]*[)]//g'; }
for f in "$@"; do
  dir=$(cd "$(dirname "$f")" && pwd); base=$(basename "$f")
  (cd "$dir" && timeout 20 node "$base" >/tmp/diff.node.out 2>/tmp/diff.node.err; echo "exit $?" >>/tmp/diff.node.out)
  (cd "$dir" && timeout 20 "$OLDPWD/bin/handshake" "$base" >/tmp/diff.hs.out 2>/tmp/diff.hs.err; echo "exit $?" >>/tmp/diff.hs.out)
  if diff -u /tmp/diff.node.out /tmp/diff.hs.out >/tmp/diff.out.diff && diff -u <(norm </tmp/diff.node.err) <(norm </tmp/diff.hs.err) >/tmp/diff.err.diff; then
    echo "same  $f"
  else
    echo "DIFF  $f"; cat /tmp/diff.out.diff /tmp/diff.err.diff 2>/dev/null | head -60; status=1
  fi
done
exit $status
