#!/usr/bin/env bash
# Shared by run.sh, test.sh and tests/bench: install what Diwan needs on Debian 12, build it,
# and start or stop a throwaway PostgreSQL cluster on loopback. Source it; do not run it.

DIWAN_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIWAN_BUILD=${DIWAN_BUILD:-$DIWAN_ROOT/build}

# Every Debian package the build, the app, the tests and the screenshots need.
DIWAN_PACKAGES=(
    cmake g++ make pkgconf
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-pdf-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-psql libqt6sql6-sqlite libqt6svg6 libqt6printsupport6 libgl-dev
    libpq-dev libxlsxwriter-dev libicu-dev
    postgresql postgresql-contrib
    fonts-noto-core fontconfig libfontconfig-dev xvfb xauth poppler-utils openssl
    clang libclang-rt-14-dev
)

diwan_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

diwan_install_deps() {
    local missing=()
    for p in "${DIWAN_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    diwan_log "Installing Debian packages: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -q || return 1
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" || return 1
}

diwan_build() {
    local werror=${1:-ON}
    diwan_log "Building Diwan in $DIWAN_BUILD"
    cmake -S "$DIWAN_ROOT" -B "$DIWAN_BUILD" -DCMAKE_BUILD_TYPE=${DIWAN_BUILD_TYPE:-RelWithDebInfo} \
        -DDIWAN_WERROR="$werror" ${DIWAN_CMAKE_ARGS:-} >/dev/null || return 1
    cmake --build "$DIWAN_BUILD" -j"$(nproc)" || return 1
}

# A certificate authority of the tests' own, a server certificate it signed for 127.0.0.1 (and the
# name diwan-test-db), and a second authority that signed nothing: verify-full can then be tried
# as it is in production, right and wrong.
diwan_pg_certs() {
    local d=$1
    (
        cd "$d" || exit 1
        openssl req -x509 -newkey rsa:2048 -nodes -days 3 -subj "/CN=Diwan test CA" \
            -keyout ca.key -out ca.crt
        openssl req -x509 -newkey rsa:2048 -nodes -days 3 -subj "/CN=Some other CA" \
            -keyout other-ca.key -out other-ca.crt
        openssl req -newkey rsa:2048 -nodes -subj "/CN=diwan-test-db" -keyout server.key \
            -out server.csr
        printf 'subjectAltName=IP:127.0.0.1,DNS:diwan-test-db\n' > san.ext
        openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 3 \
            -extfile san.ext -out server.crt
        chmod 600 server.key ca.key other-ca.key
    ) >"$d/certs.log" 2>&1 || { cat "$d/certs.log" >&2; return 1; }
}

# Starts PostgreSQL 15 in a temporary folder as an unprivileged user, on a free loopback port,
# with TLS. Sets DIWAN_PG_DIR, DIWAN_TEST_PG_URL (superuser URL), DIWAN_TEST_PG_PASSWORD,
# DIWAN_TEST_PG_CA (the authority that signed the server's certificate) and
# DIWAN_TEST_PG_OTHER_CA (one that did not).
diwan_pg_start() {
    local bindir
    bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -x "$bindir/initdb" ] || { echo "PostgreSQL server binaries not found" >&2; return 1; }
    DIWAN_PG_DIR=$(mktemp -d /tmp/diwan-pg.XXXXXX)
    local as=()
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
        chown postgres "$DIWAN_PG_DIR"
        as=(runuser -u postgres --)
    fi
    DIWAN_TEST_PG_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
    printf '%s\n' "$DIWAN_TEST_PG_PASSWORD" > "$DIWAN_PG_DIR/pw"
    chmod 600 "$DIWAN_PG_DIR/pw"
    [ "$(id -u)" -eq 0 ] && chown postgres "$DIWAN_PG_DIR/pw"
    "${as[@]}" "$bindir/initdb" -D "$DIWAN_PG_DIR/data" -U postgres --pwfile="$DIWAN_PG_DIR/pw" \
        -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$DIWAN_PG_DIR/initdb.log" 2>&1 \
        || { cat "$DIWAN_PG_DIR/initdb.log" >&2; return 1; }
    rm -f "$DIWAN_PG_DIR/pw"
    diwan_pg_certs "$DIWAN_PG_DIR" || return 1
    [ "$(id -u)" -eq 0 ] && chown postgres "$DIWAN_PG_DIR/server.key" "$DIWAN_PG_DIR/server.crt"
    DIWAN_PG_AS=("${as[@]}")
    DIWAN_PG_BIN=$bindir
    local port
    port=$(diwan_pg_launch "$DIWAN_PG_DIR/data" "$DIWAN_PG_DIR/server.log") || return 1
    DIWAN_PG_PORT=$port
    DIWAN_TEST_PG_CA=$DIWAN_PG_DIR/ca.crt
    DIWAN_TEST_PG_OTHER_CA=$DIWAN_PG_DIR/other-ca.crt
    export DIWAN_PG_DIR DIWAN_PG_PORT DIWAN_TEST_PG_PASSWORD DIWAN_TEST_PG_CA DIWAN_TEST_PG_OTHER_CA
    export DIWAN_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
    diwan_log "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($DIWAN_PG_DIR)"
}

# Starts the cluster in $1 (log $2) with the tests' settings and TLS on a free loopback port, and
# prints the port.
diwan_pg_launch() {
    local data=$1 log=$2 port
    for port in $(shuf -i 40000-59999 -n 20); do
        if "${DIWAN_PG_AS[@]}" "$DIWAN_PG_BIN/pg_ctl" -D "$data" -l "$log" -w -t 60 \
            -o "-p $port -k $DIWAN_PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=256MB -c ssl=on -c ssl_cert_file=$DIWAN_PG_DIR/server.crt -c ssl_key_file=$DIWAN_PG_DIR/server.key" \
            start >/dev/null 2>&1; then
            echo "$port"
            return 0
        fi
    done
    cat "$log" >&2
    return 1
}

# A streaming replica of the test cluster, made with pg_basebackup -R and started as a hot
# standby on its own port (DIWAN_TEST_PG_REPLICA_URL, same superuser and password): what
# `diwan --read-replica` is tested against. diwan_pg_stop stops it too. Its replication slot
# keeps the WAL it has not received yet: without it a busy suite once had the primary recycle a
# segment before the standby asked for it ("has already been removed"), and the replica never
# caught up.
diwan_pg_replica_start() {
    [ -n "${DIWAN_PG_DIR:-}" ] || { echo "start the test cluster first" >&2; return 1; }
    local pass=$DIWAN_PG_DIR/pgpass
    printf '127.0.0.1:%s:*:postgres:%s\n' "$DIWAN_PG_PORT" "$DIWAN_TEST_PG_PASSWORD" > "$pass"
    chmod 600 "$pass"
    [ "$(id -u)" -eq 0 ] && chown postgres "$pass"
    "${DIWAN_PG_AS[@]}" env PGPASSFILE="$pass" "$DIWAN_PG_BIN/pg_basebackup" -h 127.0.0.1 \
        -p "$DIWAN_PG_PORT" -U postgres -D "$DIWAN_PG_DIR/replica" -R -X stream -c fast \
        -C -S diwan_replica \
        >"$DIWAN_PG_DIR/basebackup.log" 2>&1 || { cat "$DIWAN_PG_DIR/basebackup.log" >&2; return 1; }
    local port
    port=$(diwan_pg_launch "$DIWAN_PG_DIR/replica" "$DIWAN_PG_DIR/replica.log") || return 1
    DIWAN_PG_REPLICA_PORT=$port
    export DIWAN_PG_REPLICA_PORT
    export DIWAN_TEST_PG_REPLICA_URL="postgresql://postgres@127.0.0.1:$port/postgres"
    diwan_log "Streaming replica (hot standby) on 127.0.0.1:$port"
}

diwan_pg_stop() {
    [ -n "${DIWAN_PG_DIR:-}" ] && [ -d "$DIWAN_PG_DIR" ] || return 0
    [ -d "$DIWAN_PG_DIR/replica" ] && "${DIWAN_PG_AS[@]}" "$DIWAN_PG_BIN/pg_ctl" \
        -D "$DIWAN_PG_DIR/replica" -m fast -w stop >/dev/null 2>&1
    "${DIWAN_PG_AS[@]}" "$DIWAN_PG_BIN/pg_ctl" -D "$DIWAN_PG_DIR/data" -m fast -w stop >/dev/null 2>&1
    rm -rf "$DIWAN_PG_DIR"
    DIWAN_PG_DIR=
}
