# Sourced by backup.sh and restore.sh: which PostgreSQL to talk to, and the PostgreSQL client tools to use.
#
# External database: ROUNDTABLE_DB_URL (jdbc:postgresql://HOST[:PORT]/DATABASE[?...]), ROUNDTABLE_DB_USER and
# ROUNDTABLE_DB_PASSWORD, the same variables Roundtable reads.
# Embedded database (the demo's and a single small partnership's): the server running on the data folder
# ($ROUNDTABLE_DATA, default ./data), whose port is line 4 of postgres/postmaster.pid; user postgres, no password.
#
# Client tools: $PG_BIN if set, else the newest Debian postgresql-client (/usr/lib/postgresql/<version>/bin), else
# the PATH. pg_dump must be at least as new as the server (apt-get install -y postgresql-client).

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

die() { printf '%s: %s\n' "$(basename "$0")" "$*" >&2; exit 1; }

pg_tool() {
  local name=$1 dir
  if [[ -n ${PG_BIN:-} ]]; then
    [[ -x $PG_BIN/$name ]] || die "$PG_BIN/$name not found (PG_BIN=$PG_BIN)"
    printf '%s' "$PG_BIN/$name"
    return
  fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n -r); do
    [[ -x $dir/$name ]] && { printf '%s' "$dir/$name"; return; }
  done
  command -v "$name" 2>/dev/null && return
  die "$name not found: install the PostgreSQL client tools (Debian: apt-get install -y postgresql-client) or set PG_BIN"
}

# Sets PGHOST, PGPORT, PGUSER (and PGPASSWORD) for the client tools, and DB_NAME.
connect_settings() {
  if [[ -n ${ROUNDTABLE_DB_URL:-} ]]; then
    local rest=${ROUNDTABLE_DB_URL#jdbc:postgresql://} hostport
    [[ $rest != "$ROUNDTABLE_DB_URL" ]] || die "ROUNDTABLE_DB_URL is not a jdbc:postgresql:// URL: $ROUNDTABLE_DB_URL"
    rest=${rest%%\?*}
    hostport=${rest%%/*}
    DB_NAME=${rest#*/}
    [[ -n $DB_NAME && $DB_NAME != "$rest" ]] || die "no database name in ROUNDTABLE_DB_URL: $ROUNDTABLE_DB_URL"
    export PGHOST=${hostport%%:*}
    if [[ $hostport == *:* ]]; then export PGPORT=${hostport##*:}; else export PGPORT=5432; fi
    export PGUSER=${ROUNDTABLE_DB_USER:-postgres}
    [[ -n ${ROUNDTABLE_DB_PASSWORD:-} ]] && export PGPASSWORD=$ROUNDTABLE_DB_PASSWORD
    return 0
  fi
  local data=${ROUNDTABLE_DATA:-$ROOT/data} pidfile port
  pidfile=$data/postgres/postmaster.pid
  [[ -f $pidfile ]] || die "no ROUNDTABLE_DB_URL and no running embedded PostgreSQL ($pidfile is missing): start Roundtable, or set ROUNDTABLE_DB_URL"
  port=$(sed -n 4p "$pidfile")
  [[ $port =~ ^[0-9]+$ ]] || die "cannot read the port from line 4 of $pidfile"
  export PGHOST=localhost PGPORT=$port PGUSER=postgres
  DB_NAME=roundtable
}
