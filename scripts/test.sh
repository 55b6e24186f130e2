#!/usr/bin/env bash
# Runs every test of Sauti on this machine, installing what is missing first:
# formatting and lints, unit tests, server tests against a real server and SQLite file,
# the same server tests on a private PostgreSQL, the vault in wasm inside headless Chromium, and end-to-end tests of the real client.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh --browser
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
# pandas, openpyxl and libhxl read every export (server/tests/it/consumers.rs).
export SAUTI_CONSUMERS_PYTHON="${SAUTI_CONSUMERS_PYTHON:-${SAUTI_TOOLS:-$HOME/.cache/sauti-tools}/consumers/bin/python}"
# schemathesis runs the OpenAPI document against a live server (server/tests/it/openapi.rs).
export SAUTI_SCHEMATHESIS="${SAUTI_SCHEMATHESIS:-${SAUTI_TOOLS:-$HOME/.cache/sauti-tools}/schemathesis/bin/schemathesis}"

# A run from a fresh clone gains nothing from incremental files, which double the disk used.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "format"
cargo fmt --all -- --check
step "build the client (wasm)"
bash scripts/build-app.sh
step "lints"
cargo clippy --all-targets -- -D warnings
cargo clippy -p app --target wasm32-unknown-unknown --lib --bins -- -D warnings
step "unit, server and end-to-end tests"
cargo test
step "the server's test suite again, on PostgreSQL"
PG_URL="$(bash scripts/postgres.sh start)"
trap 'bash scripts/postgres.sh stop' EXIT
# Same packages as `cargo test` above (not `-p server`), so features resolve the same and
# nothing is built twice.
SAUTI_TEST_POSTGRES="$PG_URL" cargo test --test it
step "XLSForm import agrees with the reference converter (pyxform)"
SAUTI_PYXFORM="${SAUTI_TOOLS:-$HOME/.cache/sauti-tools}/pyxform/bin/python" \
  cargo test --features forms/xlsform --test xlsform_corpus -- --ignored
step "Sauti's form engine behaves as ODK's (@getodk/xforms-engine) on the corpus"
SAUTI_PYXFORM="${SAUTI_TOOLS:-$HOME/.cache/sauti-tools}/pyxform/bin/python" \
  SAUTI_XFORMS_ENGINE="${SAUTI_TOOLS:-$HOME/.cache/sauti-tools}/xforms-engine/node_modules" \
  cargo test --features forms/xlsform --test odk_engine -- --ignored --nocapture
step "vault tests in wasm, in headless Chromium"
cargo test -p forms --target wasm32-unknown-unknown --test in_browser
step "all tests passed"
