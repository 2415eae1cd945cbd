#!/usr/bin/env bash
# Benchmark (not a test) of the edit → build loop, one run each, printing seconds and ratios to the goals:
#  1. from the CLI: `releng/kiln build` of examples/hello-appliance (base system cached by a first
#     build), one file of the application changed, `releng/kiln build` again     goal <= 8 s
#  2. in a warm JVM, as the workbench builds: the same change built by an engine that has built the
#     project once (dev.kiln.bench.WarmRebuild)                                    goal <= 5 s
#  3. the app-only rebuild's outputs against a clean build of the same inputs (the same cached base
#     system, no other cache): every output byte-identical
# Run as root (or as a user with subordinate ids, for mmdebstrap --mode=unshare), after building the
# product: ./mvnw -B -o -DskipTests verify.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/releng/java-home.sh"
. "$ROOT/releng/bench/lib.sh"
W=$(mktemp -d /var/tmp/kiln-bench-loop.XXXXXX)
trap 'rm -rf "$W"' EXIT
CHANGED=app/www/index.html

CLASSPATH_BENCH=$(bench_classpath)
engine() { "$JAVA_HOME/bin/java" -cp "$CLASSPATH_BENCH" "$@"; }
sums() { awk '/^artifact/ {print $2, $5}' "$1"; } # format and SHA-256 of each artifact, as the bench classes print them

echo "== 1. app-only rebuild from the CLI"
cp -a "$ROOT/examples/hello-appliance" "$W/cli"
"$ROOT/releng/kiln" build "$W/cli" --output "$W/cli-first" --cache "$W/cache" > /dev/null 2> "$W/cli-first.log"
echo "<h1>Hello again</h1>" > "$W/cli/$CHANGED"
t0=$(now)
"$ROOT/releng/kiln" build "$W/cli" --output "$W/cli-again" --cache "$W/cache" > "$W/cli-again.txt" 2> "$W/cli-again.log"
cli=$(secs "$t0" "$(now)")
sed 's/^/   /' "$W/cli-again.log"
printf 'app-only rebuild, CLI: %.1f s (goal <= 8 s)\n' "$cli"
bench_record "app-only rebuild through every output, CLI (s)" "$cli" "8 (goal)" "$(bench_ratio "$cli" 8)" "<= 1.0"

echo "== 2. app-only rebuild in a warm JVM"
cp -a "$ROOT/examples/hello-appliance" "$W/warm"
engine dev.kiln.bench.WarmRebuild "$W/warm" "$W/cache" "$W/warm-first" "$W/warm-again" "$CHANGED" > "$W/warm.txt"
warm=$(awk '/^total/ {print $2}' "$W/warm.txt")
grep '^step' "$W/warm.txt" | sed 's/^/   /'
printf 'app-only rebuild, warm JVM: %.1f s (goal <= 5 s)\n' "$warm"
bench_record "app-only rebuild through every output, warm JVM (s)" "$warm" "5 (goal)" "$(bench_ratio "$warm" 5)" "<= 1.0"

echo "== 3. the same bytes as a clean build"
mkdir "$W/clean-cache"
cp -a "$W/cache/base" "$W/cache/debian" "$W/clean-cache/"
engine dev.kiln.bench.BuildProject "$W/warm" "$W/clean" "$W/clean-cache" > "$W/clean.txt"
if diff <(sums "$W/warm.txt") <(sums "$W/clean.txt"); then
	identical=yes
else
	identical=no
fi
echo "outputs of the app-only rebuild identical to a clean build's: $identical"
bench_record "app-only rebuild's outputs identical to a clean build's" "$identical" "yes (goal)" "-" "yes"
