#!/usr/bin/env bash
# Builds the browser client into app/dist: wasm (size-optimised), JS glue, static files,
# and .gz/.br copies the server sends to browsers that accept them.
set -euo pipefail
cd "$(dirname "$0")/.."

TOOLS="${SAUTI_TOOLS:-$HOME/.cache/sauti-tools}"
WASM_OPT="$TOOLS/binaryen/node_modules/binaryen/bin/wasm-opt"
ESBUILD="$TOOLS/esbuild/node_modules/.bin/esbuild"
OUT=app/dist

# Bundles: `field` (enumerators, the first load that matters), `steward`, `community`, `kdf`.
# Panic locations are compiled in as source paths; shorten them (fewer bytes on the wire).
CARGO_HOME_DIR="${CARGO_HOME:-$HOME/.cargo}"
# With the pinned nightly (scripts/setup.sh installs it) the standard library is rebuilt at the
# bundle's opt-level and panics abort at once, without formatting a message: about 22 KB gzip
# less on the phone. A panic was already fatal (panic = "abort"), and its message went nowhere.
# `{:?}` prints nothing and no source locations are kept (-3 KB): client code shows no Debug
# output to anyone (ARCHITECTURE.md, size rules). The standard library's `optimize_for_size`
# picks its smaller algorithms (sorting, formatting): -5.5 KB brotli on the way to the first
# question (BENCHMARKS.md); the crypto crates keep opt-level 3 below.
WASM_TOOLCHAIN="${SAUTI_WASM_TOOLCHAIN:-nightly-2026-05-20}"
if sysroot=$(rustup run "$WASM_TOOLCHAIN" rustc --print sysroot 2>/dev/null) \
  && [ -d "$sysroot/lib/rustlib/src/rust/library" ]; then
  toolchain=(+"$WASM_TOOLCHAIN") build_std=(-Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size)
  abort_flags="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none"
else
  echo "build-app: $WASM_TOOLCHAIN with rust-src not found, building with stable (larger bundles)" >&2
  sysroot=$(rustc --print sysroot) toolchain=() build_std=() abort_flags=""
fi
# `erase_components` (Leptos): every component and view returns one erased `AnyView` rather
# than a nested generic type, so the view code is compiled once per element instead of once
# per distinct tree: the interview's chunk 173.5 -> 140.3 KB brotli (-19 %), all the field
# bundle's wasm -37 KB (BENCHMARKS.md, "the first morning on 2G").
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=$CARGO_HOME_DIR/registry/src/=/ --remap-path-prefix=$sysroot=/rust --remap-path-prefix=$PWD=/sauti $abort_flags -Clink-args=--emit-relocs --cfg erase_components"
cargo "${toolchain[@]}" build -p app --target wasm32-unknown-unknown --profile wasm-release --bins "${build_std[@]}"
rm -rf "$OUT" && mkdir -p "$OUT"
TARGET="${CARGO_TARGET_DIR:-target}"
SPLIT="$TARGET/wasm-split"
# Four bundles: the enumerators', the stewards', the community review page's, and the
# key-derivation worker's (Argon2id off the page's thread). Every one goes through the splitter, which also drops the
# relocation sections the linker kept for it.
for bundle in field steward community kdf; do
  # Functions marked `wasm_split` go to chunks of their own, fetched the first time they run
  # (wasm-split-cli, the tool behind Leptos' code splitting). The main module keeps the rest.
  rm -rf "$SPLIT/$bundle" && mkdir -p "$SPLIT/$bundle"
  wasm-split-cli --target web --out-name "$bundle" \
    "$TARGET/wasm32-unknown-unknown/wasm-release/$bundle.wasm" "$SPLIT/$bundle"
  wasm-bindgen --target web --no-typescript --keep-lld-exports --out-dir "$OUT" --out-name "$bundle" \
    "$SPLIT/$bundle/$bundle.wasm"
  rm "$SPLIT/$bundle/$bundle.wasm"
  # Each bundle gets its own link module (the tool names every one `__wasm_split.js`).
  mv "$SPLIT/$bundle/__wasm_split.js" "$SPLIT/$bundle/${bundle}_split.js"
  # Only the file imported changes: the wasm still names its import module `./__wasm_split.js`.
  sed -i "s#from ['\"]\./__wasm_split\.js['\"]#from './${bundle}_split.js'#" "$OUT/$bundle.js"
  cp "$SPLIT/$bundle"/* "$OUT/"
done
for wasm in "$OUT"/*.wasm; do
  "$WASM_OPT" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue "$wasm" -o "$wasm"
done
cp app/static/* "$OUT/"
# UI languages other than English are loaded when chosen (English is compiled in); the
# service worker keeps them all for offline use.
mkdir -p "$OUT/locales" && cp locales/*.ftl "$OUT/locales/"
locales=$(cd locales && ls *.ftl | grep -v '^en.ftl$' | sed 's|^|"/locales/|; s|$|"|' | paste -sd, -)
sed -i "s|\"__LOCALES__\"|$locales|" "$OUT/sw.js"
# The field bundle's chunks and their link module are part of the shell, for offline use.
# So are the JS snippets the field bundle imports (wasm-bindgen `module = …`); the others
# (the stewards' recorder) are never on a phone, in its download or its precache.
field_snippets=($(grep -o "snippets/[^'\"]*" "$OUT/field.js" | sort -u | sed "s|^|$OUT/|"))
chunks=$({ (cd "$SPLIT/field" && ls); for f in "${field_snippets[@]}"; do echo "${f#"$OUT"/}"; done; } | sed 's|^|"/|; s|$|"|' | paste -sd, -)
sed -i "s|\"__CHUNKS__\"|$chunks|" "$OUT/sw.js"
# The service worker's cache is named after this build, so phones pick up a new one.
build_id=$(cat "$OUT"/field_bg.wasm "$OUT"/field.js "$OUT"/style.css "$OUT"/boot.js \
  "$OUT"/kdf_bg.wasm "$OUT"/kdf.js "$OUT"/kdf-worker.js \
  $(cd "$SPLIT/field" && ls | sed "s|^|$OUT/|") "${field_snippets[@]}" | sha256sum | cut -c1-16)
sed -i "s/__BUILD__/$build_id/" "$OUT/sw.js"
snippets=($(find "$OUT/snippets" -name '*.js' 2>/dev/null))
for f in "$OUT"/*.js "$OUT"/*.css "${snippets[@]}"; do
  "$ESBUILD" --minify --log-level=warning "$f" --outfile="$f" --allow-overwrite
done
# gzip streams made with zopfli when it is installed (about 4 % smaller than gzip -9, and
# any gzip reader decodes them).
for f in "$OUT"/*.{wasm,js,css,html,svg,webmanifest} "$OUT"/locales/*.ftl "${snippets[@]}"; do
  if command -v zopfli >/dev/null; then zopfli -c "$f" > "$f.gz"; else gzip -9 -k -f "$f"; fi
  if command -v brotli >/dev/null; then brotli -q 11 -f -k "$f"; fi
done
printf 'client built in %s:\n' "$OUT"
for ext in wasm js css html; do
  for f in "$OUT"/*."$ext"; do
    raw=$(stat -c %s "$f"); gz=$(stat -c %s "$f.gz"); br=$([ -f "$f.br" ] && stat -c %s "$f.br" || echo -)
    printf '  %-18s %8s bytes  gzip %7s  brotli %7s\n' "$(basename "$f")" "$raw" "$gz" "$br"
  done
done
# What a phone downloads before any form: the field bundle, its glue, CSS, HTML, and the
# key-derivation worker it starts to set up or unlock.
first=("$OUT"/field_bg.wasm "$OUT"/field.js "$OUT"/field_split.js "$OUT"/boot.js "$OUT"/style.css \
  "$OUT"/index.html "$OUT"/kdf_bg.wasm "$OUT"/kdf.js "$OUT"/kdf-worker.js "${field_snippets[@]}")
total() { local n=0; for f in "$@"; do n=$((n + $(stat -c %s "$f"))); done; echo $n; }
gzip9() { local n=0; for f in "$@"; do n=$((n + $(gzip -9c "$f" | wc -c))); done; echo $n; }
printf '  enumerator first load: %s bytes, gzip %s (plain gzip -9: %s), brotli %s\n' "$(total "${first[@]}")" \
  "$(total "${first[@]/%/.gz}")" "$(gzip9 "${first[@]}")" "$( [ -f "$OUT/field.js.br" ] && total "${first[@]/%/.br}" || echo -)"
# Fetched after the first screen (preloaded on the home screen): the interview's chunks.
chunk_files=($(cd "$SPLIT/field" && ls | sed "s|^|$OUT/|"))
printf '  enumerator chunks (first form): %s bytes, gzip %s\n' "$(total "${chunk_files[@]}")" \
  "$(total "${chunk_files[@]/%/.gz}")"
# What a respondent downloads to look up their consent (`/community`).
community=("$OUT"/community_bg.wasm "$OUT"/community.js "$OUT"/community_split.js "$OUT"/community-boot.js \
  "$OUT"/style.css "$OUT"/steward.css "$OUT"/community.html)
printf '  community page load: %s bytes, gzip %s\n' "$(total "${community[@]}")" "$(total "${community[@]/%/.gz}")"
