#!/usr/bin/env bash
# Runs every benchmark of a build folder. Files are generated once under $TMPDIR/terrain-bench.
set -uo pipefail
build=${1:?usage: run_benchmarks.sh BUILD_DIR}
status=0
for bench in bench_import bench_search bench_ui bench_gotv bench_lists; do
    echo "== $bench"
    "$build/tests/bench/$bench" || status=1
done
# Sync runs side by side with PouchDB when a prepared copy of ../shared/bench/syncpeer is given.
echo "== bench_sync"
"$build/tests/bench/bench_sync" ${SYNCPEER:+--syncpeer "$SYNCPEER"} || status=1
exit $status
