#!/usr/bin/env bash
# Installs what the build and tests need, from the package registries only, and skips what is
# already there at the right version. Called by `make`; safe to run again (takes seconds when warm).
#   - the wasm32-unknown-unknown Rust target
#   - trunk 0.21 (0.22 needs a newer rustc)
#   - wasm-bindgen-cli at exactly the wasm-bindgen version in Cargo.lock
#   - wasm-split-cli 0.2.4 (crate wasm_split_cli_support), which cuts the release wasm into the
#     first module and its lazily loaded chunks (tools/split/)
#   - the npm packages of package-lock.json: Playwright, axe-core, binaryen 132 (wasm-opt)
#   - Debian's chromium and chromium-driver
#   - a Java runtime for the Nu HTML checker (npm's vnu-jar) that checks the plain edition
#     (Debian's default-jre-headless)
#   - with the argument `size` (`make size`): twiggy 0.8, which tools/wasm-size.mjs runs
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

command -v cargo >/dev/null || die "cargo is missing: install Rust with rustup (https://rustup.rs), then run make again"
command -v node >/dev/null && command -v npm >/dev/null || die "node and npm are missing: install them (Debian: apt-get install nodejs npm), then run make again"

# 1. The wasm target.
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. trunk 0.21.
if ! trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.'; then
  say "installing trunk 0.21 (about 8 minutes on 2 cores)"
  cargo install trunk --version '~0.21' --locked
fi

# 3. wasm-bindgen-cli, the version of Cargo.lock (and Trunk.toml must say the same).
[ -f Cargo.lock ] || cargo generate-lockfile
wbg=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$wbg" ] || die "cannot find the wasm-bindgen version in Cargo.lock"
pinned=$(sed -n 's/^wasm_bindgen *= *"\(.*\)".*/\1/p' Trunk.toml)
[ "$pinned" = "$wbg" ] || die "Trunk.toml pins wasm_bindgen = \"$pinned\" but Cargo.lock has $wbg: set Trunk.toml to \"$wbg\""
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wbg" ]; then
  say "installing wasm-bindgen-cli $wbg (about 3 minutes)"
  # Without --locked: its own lock file names a webpki-roots version the registry lacks.
  cargo install wasm-bindgen-cli --version "=$wbg" --force
fi

# 3b. wasm-split-cli, pinned: the split points of wasm_split_helpers (a dependency of leptos, and
# ours with --features split) must match the tool that reads them.
if ! cargo install --list | grep -qx 'wasm_split_cli_support v0.2.4:'; then
  say "installing wasm-split-cli 0.2.4 (about 1 minute)"
  cargo install wasm_split_cli_support --version =0.2.4 --features build-binary --locked
fi

# 4. npm packages (Playwright, axe-core, binaryen's wasm-opt), exactly as locked.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund
fi
wasm-opt --version 2>/dev/null | grep -q 'version 132' || die "wasm-opt 132 is not first on PATH (Debian's binaryen 108 breaks the app): run npm ci"

# 5. Chromium and its driver, from Debian.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing Debian's chromium and chromium-driver"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    die "chromium and chromedriver are missing; install them as root: apt-get install chromium chromium-driver"
  fi
fi
# 6. twiggy, for `make size` only (the crate's binary reports itself as twiggy-opt).
if [ "${1:-}" = size ] && ! twiggy --version 2>/dev/null | grep -q ' 0\.8\.'; then
  say "installing twiggy 0.8 (about 2 minutes)"
  cargo install twiggy --version '~0.8' --locked
fi
# 7. Java, for the Nu HTML checker of npm's vnu-jar (tests/e2e/edition.spec.mjs).
if ! command -v java >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing Debian's default-jre-headless (the HTML checker runs on Java)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq default-jre-headless >/dev/null
  else
    die "java is missing; install it as root: apt-get install default-jre-headless"
  fi
fi
# wasm-bindgen-test-runner finds Chrome's driver by this variable.
say "ready: $(trunk --version), wasm-bindgen $wbg, $(wasm-opt --version), $(chromium --version 2>/dev/null | grep -o 'Chromium [0-9.]*')"
