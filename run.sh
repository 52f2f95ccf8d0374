#!/usr/bin/env bash
# Installs what is missing, builds, creates the demo SQLite database if there is none and opens
# Diwan on it. With no display, renders every page to PNG files instead and prints the folder.
set -uo pipefail
source "$(dirname "$0")/packaging/setup.sh"

diwan_install_deps || exit 1
diwan_build OFF || exit 1

bin=$DIWAN_BUILD/app
"$bin/diwan-admin" demo-accounts
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    out=${DIWAN_SCREENSHOTS:-$DIWAN_ROOT/screenshots}
    diwan_log "No display: rendering every page to $out"
    QT_QPA_PLATFORM=offscreen "$bin/diwan" --demo --screenshots "$out" --language both || exit 1
    echo "Screenshots: $out"
else
    exec "$bin/diwan" --demo "$@"
fi
