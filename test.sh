#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, starts a throwaway PostgreSQL on
# loopback, runs every test suite over SQLite and PostgreSQL (GUI tests offscreen), stops it.
set -uo pipefail
source "$(dirname "$0")/packaging/setup.sh"

diwan_install_deps || exit 1
diwan_build ON || exit 1
diwan_pg_start || exit 1
trap diwan_pg_stop EXIT

export QT_QPA_PLATFORM=offscreen
export DIWAN_REQUIRE_POSTGRES=1   # no PostgreSQL test may be skipped here
ctest --test-dir "$DIWAN_BUILD" --output-on-failure -j"$(nproc)" --timeout 900 "$@"
