#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, starts a throwaway PostgreSQL on
# loopback, runs every test suite over SQLite and PostgreSQL (GUI tests offscreen), stops it.
# Ends with what was skipped and why; in CI (CI=true) a skipped test is a failure.
set -uo pipefail
source "$(dirname "$0")/packaging/setup.sh"

diwan_install_deps || exit 1
diwan_build ON || exit 1
diwan_pg_start || exit 1
trap diwan_pg_stop EXIT
diwan_pg_replica_start || exit 1   # for diwan --read-replica (tst_readreplica)

export QT_QPA_PLATFORM=offscreen
export DIWAN_REQUIRE_POSTGRES=1   # no PostgreSQL test may be skipped here
ctest --test-dir "$DIWAN_BUILD" --output-on-failure -j"$(nproc)" --timeout 900 "$@"
status=$?

# The libFuzzer targets (tests/fuzz), built with clang, ASan and UBSan, each run from its seed
# corpus (copied: libFuzzer adds what it finds to the folder it is given) for a fixed number of
# inputs from a fixed seed, so that a run here is the same run every time. To explore:
# DIWAN_FUZZ_SEED=0 DIWAN_FUZZ_RUNS=-1 DIWAN_FUZZ_SECONDS=3600 ./test.sh -R none
# Inputs per target: about 20 s each here (the search query runs SQLite for every input).
fuzz_runs() {
    case $1 in
        searchquery) echo 15000 ;;
        pollimport) echo 5000 ;;
        *) echo 150000 ;;
    esac
}
fuzz_build="$DIWAN_BUILD-fuzz"
if cmake -S "$DIWAN_ROOT" -B "$fuzz_build" -DCMAKE_CXX_COMPILER=clang++ -DDIWAN_FUZZ=ON \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null && cmake --build "$fuzz_build" -j"$(nproc)" >/dev/null; then
    for target in "$fuzz_build"/tests/fuzz/fuzz_*; do
        [ -f "$target" ] && [ -x "$target" ] || continue
        name=$(basename "$target"); name=${name#fuzz_}
        corpus="$fuzz_build/corpus-$name"
        rm -rf "$corpus"; mkdir -p "$corpus"
        cp "$DIWAN_ROOT/tests/fuzz/corpus/$name"/* "$corpus"/ 2>/dev/null
        # The LimeSurvey files the poll tests read, as seeds too (first byte 1: a .lss).
        if [ "$name" = pollimport ]; then
            for lss in "$DIWAN_ROOT"/../shared/peers/limesurvey/*.lss; do
                [ -f "$lss" ] && { printf '\001'; cat "$lss"; } >"$corpus/peer-$(basename "$lss")"
            done
        fi
        if "$target" -seed="${DIWAN_FUZZ_SEED:-1}" -runs="${DIWAN_FUZZ_RUNS:-$(fuzz_runs "$name")}" \
                -max_total_time="${DIWAN_FUZZ_SECONDS:-120}" -artifact_prefix="$fuzz_build/$name-" \
                "$corpus" >"$fuzz_build/$name.log" 2>&1; then
            diwan_log "fuzz_$name: $(grep -o 'Done [0-9]* runs' "$fuzz_build/$name.log"), no crash"
        else
            tail -n 30 "$fuzz_build/$name.log" >&2
            diwan_log "fuzz_$name FOUND A CRASH: $fuzz_build/$name-* (make it a regression test)"
            status=1
        fi
    done
else
    diwan_log "the fuzz targets did not build"
    status=1
fi

# Qt Test prints "SKIP   : Suite::case(row) reason" into ctest's log of the run.
log="$DIWAN_BUILD/Testing/Temporary/LastTest.log"
skips=$(grep -E '^SKIP +: ' "$log" 2>/dev/null | sed -E 's/^SKIP +: //' | sort -u)
if [ -n "$skips" ]; then
    printf '\n\033[1;33m==> %s skipped test case(s):\033[0m\n' "$(printf '%s\n' "$skips" | wc -l)" >&2
    printf '%s\n' "$skips" | sed 's/^/    /' >&2
    if [ "${CI:-}" = true ]; then
        echo "==> CI: a skipped test proves nothing; failing." >&2
        [ $status -eq 0 ] && status=1
    fi
else
    echo "==> No test case was skipped." >&2
fi
exit $status
