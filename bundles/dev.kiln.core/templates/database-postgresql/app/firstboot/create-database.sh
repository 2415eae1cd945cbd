#!/bin/sh
# Runs once, on the appliance's first boot. Kiln exports the customer's OVF properties as
# environment variables (KILN_PROP_<key>).
set -eu
db="${KILN_PROP_db_name:-app}"
password="${KILN_PROP_db_password:?the db_password property is required}"
runuser -u postgres -- psql -v ON_ERROR_STOP=1 -c "CREATE ROLE \"$db\" LOGIN PASSWORD '$password'"
runuser -u postgres -- createdb -O "$db" "$db"
echo "KILN-READY @@ID@@" > /dev/console
