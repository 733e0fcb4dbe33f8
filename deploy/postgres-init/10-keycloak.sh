#!/bin/sh
# Run once by the postgres image on an empty data volume: Keycloak's own user and database beside Roundtable's.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -v pw="$KEYCLOAK_DB_PASSWORD" <<'SQL'
create role keycloak login password :'pw';
create database keycloak owner keycloak;
SQL
