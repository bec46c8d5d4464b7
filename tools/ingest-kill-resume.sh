#!/usr/bin/env bash
# Crash-safety check on a real corpus: start an ingest, kill -9 its JVM once N articles are done,
# run the same ingest again, and compare the store table by table with a reference store made by
# one uninterrupted run. Used for the kill -9 row of docs/EVALUATION.md.
#
#   tools/ingest-kill-resume.sh REFERENCE.duckdb OUT.duckdb KILL_AFTER SOURCE... [-- INGEST_OPTIONS]
#   e.g. tools/ingest-kill-resume.sh /tmp/wn/r1.duckdb /tmp/wn/r3.duckdb 120 \
#          ../shared/corpora/wikinews/*.csv -- --threads 2 --ingest-date 2026-11-27
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 4 ] || { sed -n 2,9p "$0"; exit 2; }
ref=$1 out=$2 after=$3; shift 3
sources=(); while [ $# -gt 0 ] && [ "$1" != "--" ]; do sources+=("$1"); shift; done
[ $# -gt 0 ] && shift
opts=("$@")
rm -f "$out" "$out.wal"
log=$(mktemp)
./annals ingest "${sources[@]}" --store "jdbc:duckdb:$out" --progress lines "${opts[@]}" >/dev/null 2>"$log" &
bg=$!
while sleep 2; do
  done_n=$(tail -1 "$log" | sed -n 's/.* \([0-9][0-9]*\) done.*/\1/p')
  if [ -n "$done_n" ] && [ "$done_n" -ge "$after" ]; then
    pid=$(pgrep -f "annals-cli.jar ingest.*$out" | head -1)
    echo "kill -9 $pid after $done_n articles"; kill -9 "$pid"; break
  fi
  kill -0 "$bg" 2>/dev/null || { echo "ingest ended before $after articles"; cat "$log"; exit 1; }
done
wait || true
./annals ingest "${sources[@]}" --store "jdbc:duckdb:$out" --progress off "${opts[@]}"
# the CLI jar that ./annals built above names every library it needs in its manifest
java -cp annals-cli/target/annals-cli.jar org.annals.store.bench.StoreCompare "$ref" "$out"
