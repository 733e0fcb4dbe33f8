#!/usr/bin/env bash
# Backs up Roundtable's database (embedded or external, see db-connection.sh) to one file in pg_dump's custom format:
#   deploy/backup.sh [FILE]        default FILE: ./roundtable-<UTC time>.dump
# A consistent snapshot taken while Roundtable runs. Keep copies off the machine. Restore with deploy/restore.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/db-connection.sh"

connect_settings
file=${1:-roundtable-$(date -u +%Y%m%dT%H%M%SZ).dump}
pg_dump=$(pg_tool pg_dump)
partial=$file.partial
# The file appears only when complete: a failed or interrupted dump leaves no file that looks like a backup.
trap 'rm -f "$partial"' EXIT
"$pg_dump" --format=custom --compress=6 --dbname="$DB_NAME" --file="$partial"
mv "$partial" "$file"
printf 'Backed up database %s on %s:%s to %s (%s bytes)\n' "$DB_NAME" "$PGHOST" "$PGPORT" "$file" "$(stat -c %s "$file")"
