#!/usr/bin/env bash
# Installs what building and testing Sauti need, skipping what is already there.
# Usage: scripts/setup.sh [--browser]   (--browser also installs Chromium for tests)
set -euo pipefail

WASM_BINDGEN_VERSION=0.2.130   # must equal the wasm-bindgen crate pinned in app/Cargo.toml
BINARYEN_VERSION=132.0.0       # Debian's binaryen is too old (its wasm-opt output fails in Chromium)
PYXFORM_VERSION=4.5.0          # the XLSForm oracle (pyxform on PyPI) of forms/tests/xlsform_corpus.rs
SCHEMATHESIS_VERSION=4.32.5    # tests the live API against its OpenAPI document (server/tests/it/openapi.rs)
XFORMS_ENGINE_VERSION=0.22.0   # ODK's form engine (@getodk/xforms-engine), the behaviour oracle of forms/tests/odk_engine.rs
JSDOM_VERSION=27.4.0           # the DOM that engine needs in Node (as its own tests use)
ESBUILD_VERSION=0.25.12        # minifies the JS glue and the CSS
WASM_SPLIT_VERSION=0.2.4       # splits the field bundle at its split points (src/bin/field.rs)
AXE_CORE_VERSION=4.14.1        # the WCAG rules the browser tests run on every screen (tests/src/a11y.rs)
TOOLS="${SAUTI_TOOLS:-$HOME/.cache/sauti-tools}"
# The browser bundles are built with this pinned nightly so that the standard library is
# rebuilt for size with panics that abort at once (see BENCHMARKS.md: -22 KB gzip on the phone).
WASM_TOOLCHAIN=nightly-2026-05-20

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

if ! rustup run "$WASM_TOOLCHAIN" rustc --print sysroot >/dev/null 2>&1 \
  || [ ! -d "$(rustup run "$WASM_TOOLCHAIN" rustc --print sysroot)/lib/rustlib/src/rust/library" ]; then
  say "installing $WASM_TOOLCHAIN with rust-src (builds the browser bundles' standard library)"
  rustup toolchain install "$WASM_TOOLCHAIN" --profile minimal --component rust-src \
    || say "could not install $WASM_TOOLCHAIN; the bundles will be built with stable (larger)"
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION (about 1 minute)"
  cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
fi

if [ ! -x "$TOOLS/binaryen/node_modules/binaryen/bin/wasm-opt" ]; then
  say "installing wasm-opt (binaryen $BINARYEN_VERSION from npm)"
  mkdir -p "$TOOLS/binaryen"
  npm install --silent --prefix "$TOOLS/binaryen" "binaryen@$BINARYEN_VERSION"
fi

if [ ! -x "$TOOLS/esbuild/node_modules/.bin/esbuild" ]; then
  say "installing esbuild $ESBUILD_VERSION (from npm)"
  mkdir -p "$TOOLS/esbuild"
  npm install --silent --prefix "$TOOLS/esbuild" "esbuild@$ESBUILD_VERSION"
fi

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]}"
    local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# brotli only makes the .br copies (without it the server sends gzip); zopfli only makes the
# .gz copies smaller (without it they are made with gzip -9).
apt_install brotli zopfli || say "brotli/zopfli could not be installed; building with gzip -9 only"
if [ "${1:-}" = "--browser" ]; then
  apt_install chromium chromium-driver fonts-noto-core postgresql
  # The analysts' tools that read the exports in the consumers' test
  # (server/tests/consumers/read_exports.py).
  if ! "$TOOLS/consumers/bin/python" -c "import pandas, openpyxl, hxl" 2>/dev/null; then
    say "installing pandas, openpyxl and libhxl (export consumers)"
    python3 -m venv "$TOOLS/consumers"
    "$TOOLS/consumers/bin/pip" install --quiet pandas==3.1.1 openpyxl==3.1.5 libhxl==5.2.2 six==1.17.0
  fi
  # The API tester that runs the OpenAPI document against a live server.
  if [ "$("$TOOLS/schemathesis/bin/schemathesis" --version 2>/dev/null | awk '{print $3}')" != "$SCHEMATHESIS_VERSION" ]; then
    say "installing schemathesis $SCHEMATHESIS_VERSION (API tests against the OpenAPI document)"
    python3 -m venv "$TOOLS/schemathesis"
    "$TOOLS/schemathesis/bin/pip" install --quiet "schemathesis==$SCHEMATHESIS_VERSION"
  fi
  # ODK's own form engine (ODK Web Forms') in Node, the oracle of the differential test.
  engine="$TOOLS/xforms-engine/node_modules"
  if [ "$(node -p "require('$engine/@getodk/xforms-engine/package.json').version" 2>/dev/null)" != "$XFORMS_ENGINE_VERSION" ] \
    || [ "$(node -p "require('$engine/jsdom/package.json').version" 2>/dev/null)" != "$JSDOM_VERSION" ]; then
    say "installing @getodk/xforms-engine $XFORMS_ENGINE_VERSION and jsdom $JSDOM_VERSION (ODK's form engine)"
    mkdir -p "$TOOLS/xforms-engine"
    npm install --silent --prefix "$TOOLS/xforms-engine" \
      "@getodk/xforms-engine@$XFORMS_ENGINE_VERSION" "jsdom@$JSDOM_VERSION"
  fi
  # axe-core (MPL-2.0, its LICENSE beside it), injected by the browser tests into each
  # screen they visit: any WCAG 2.0-2.2 A or AA violation fails the test.
  axe="$TOOLS/axe-core/node_modules/axe-core"
  if [ "$(node -p "require('$axe/package.json').version" 2>/dev/null)" != "$AXE_CORE_VERSION" ]; then
    say "installing axe-core $AXE_CORE_VERSION (accessibility rules of the browser tests)"
    mkdir -p "$TOOLS/axe-core"
    npm install --silent --prefix "$TOOLS/axe-core" "axe-core@$AXE_CORE_VERSION"
  fi
  # The reference XLSForm converter, the oracle of the form-import conformance test.
  if ! "$TOOLS/pyxform/bin/python" -c "import pyxform" 2>/dev/null; then
    say "installing pyxform $PYXFORM_VERSION (reference XLSForm converter)"
    python3 -m venv "$TOOLS/pyxform"
    "$TOOLS/pyxform/bin/pip" install --quiet "pyxform==$PYXFORM_VERSION"
  fi
fi
