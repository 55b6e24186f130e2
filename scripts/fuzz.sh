#!/usr/bin/env bash
# Runs the fuzz targets of forms/ (forms/fuzz, cargo-fuzz) one after the other, each for
# SECONDS (default 60), on one core at the lowest priority.
#
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
#   scripts/fuzz.sh                 every target for 60 s
#   scripts/fuzz.sh 600 expr batch  two targets for 10 minutes each
# Targets: expr xlsform xlsform_sheets batch receipt (forms/fuzz/README.md says what each covers).
#
# Needs the pinned nightly (scripts/setup.sh installs it) and `cargo install cargo-fuzz`.
# Builds in forms/fuzz/target. Inputs that reach new code are added to
# forms/fuzz/corpus/<target>/; minimise before committing them:
#   cargo +nightly-2026-05-20 fuzz cmin --fuzz-dir forms/fuzz <target>
# A crash, hang (10 s on one input) or out-of-memory input is saved under
# forms/fuzz/artifacts/<target>/ and stops the script; replay it with
#   cargo +nightly-2026-05-20 fuzz run --fuzz-dir forms/fuzz <target> <file>
set -euo pipefail
cd "$(dirname "$0")/.."

TOOLCHAIN=nightly-2026-05-20
SECONDS_EACH="${1:-60}"
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(expr xlsform xlsform_sheets batch receipt)

# Inputs as long as the seeds need: a workbook is a few kilobytes of zip.
max_len() {
  case "$1" in
    xlsform) echo 65536 ;;
    xlsform_sheets | batch) echo 16384 ;;
    *) echo 4096 ;;
  esac
}

# rust_xlsxwriter writes workbooks on threads whose thread-local destructors glibc
# registers with a small allocation LeakSanitizer reports (not a leak of forms).
detect_leaks() {
  case "$1" in
    xlsform_sheets) echo 0 ;;
    *) echo 1 ;;
  esac
}

for target in "${TARGETS[@]}"; do
  printf '\033[1m==> %s for %s s\033[0m\n' "$target" "$SECONDS_EACH"
  # One process, one thread (libFuzzer's default without -jobs): the other core stays free.
  nice -n 19 cargo "+$TOOLCHAIN" fuzz run --fuzz-dir forms/fuzz "$target" -- \
    -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
    -max_len="$(max_len "$target")" -detect_leaks="$(detect_leaks "$target")" \
    -print_final_stats=1
done
