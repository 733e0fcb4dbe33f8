#!/usr/bin/env bash
# Restores a backup made by deploy/backup.sh into a NEW database on the same server (embedded or external, see
# db-connection.sh), never over the one Roundtable uses:
#   deploy/restore.sh FILE [DATABASE]      default DATABASE: roundtable_restored
# To put it in service, stop Roundtable and rename the databases (docs/operations.md, "Backup and restore").
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/db-connection.sh"

[[ $# -ge 1 && -f $1 ]] || die "usage: deploy/restore.sh FILE [DATABASE] (FILE: a dump made by deploy/backup.sh)"
file=$1
target=${2:-roundtable_restored}
[[ $target =~ ^[a-z_][a-z0-9_]*$ ]] || die "database name must be lower-case letters, digits and _: $target"
connect_settings
[[ $target != "$DB_NAME" ]] || die "refusing to restore over $DB_NAME, the database in use: name a new one"
psql=$(pg_tool psql)
pg_restore=$(pg_tool pg_restore)
exists=$("$psql" --dbname=postgres --tuples-only --no-align --command="select 1 from pg_database where datname = '$target'")
[[ -z $exists ]] || die "database $target already exists: drop it or name another"
"$psql" --dbname=postgres --quiet --command="create database $target"
# Objects are owned by the restoring user: the target server's users need not match the source's.
"$pg_restore" --exit-on-error --no-owner --no-privileges --dbname="$target" "$file"
printf 'Restored %s into database %s on %s:%s\n' "$file" "$target" "$PGHOST" "$PGPORT"
