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

export QT_QPA_PLATFORM=offscreen
export DIWAN_REQUIRE_POSTGRES=1   # no PostgreSQL test may be skipped here
ctest --test-dir "$DIWAN_BUILD" --output-on-failure -j"$(nproc)" --timeout 900 "$@"
status=$?

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
