# Sourced by .ci/run (bash, set -euo pipefail, as root, fresh Debian): a PostgreSQL
# server for the store tests, from Debian's packages, and COMMUNIQUE_TEST_PG pointing at it.

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
fi

pg_version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h | awk '{print $1"/"$2}' | grep -qx "${pg_version}/main"; then
    pg_createcluster "${pg_version}" main >/dev/null
fi
if ! pg_lsclusters -h | awk -v v="${pg_version}" '$1 == v && $2 == "main" {print $4}' | grep -qx online; then
    pg_ctlcluster "${pg_version}" main start
fi
pg_port="$(pg_lsclusters -h | awk -v v="${pg_version}" '$1 == v && $2 == "main" {print $3}')"

# A throwaway role and database; the password only guards a local test server.
su postgres -c "psql -q -p ${pg_port} -v ON_ERROR_STOP=1" <<'SQL'
DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'communique') THEN
        CREATE ROLE communique LOGIN PASSWORD 'communique';
    END IF;
END $$;
SQL
if ! su postgres -c "psql -tA -p ${pg_port} -c \"SELECT 1 FROM pg_database WHERE datname = 'communique_test'\"" | grep -qx 1; then
    su postgres -c "createdb -p ${pg_port} -O communique communique_test"
fi

export COMMUNIQUE_TEST_PG="postgresql://communique:communique@localhost:${pg_port}/communique_test"
unset pg_version pg_port
