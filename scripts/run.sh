#!/usr/bin/env bash
# Builds the client and starts Sauti on an embedded SQLite file in ./data, with a demo
# project on first start. Prints the URL and (first start only) the demo accounts.
# SAUTI_LISTEN=0.0.0.0:8080 makes it reachable from phones on the same network.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
bash scripts/build-app.sh
exec cargo run --quiet -p server --bin sauti -- serve --demo --data data --app app/dist "$@"
