# Geneva Data Map. `make serve` and `make test` do everything (see README.md).
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# wasm-bindgen-test-runner drives headless Chrome through this driver.
export CHROMEDRIVER ?= /usr/bin/chromedriver
export WASM_BINDGEN_TEST_TIMEOUT ?= 60
WASM := --target wasm32-unknown-unknown

.PHONY: all setup serve dist preview-image test lint unit wasm-test e2e bench bench-smoke size fuzz schema check-data clean

all: test

## setup: install what is missing (idempotent; seconds when warm)
setup:
	@tools/setup.sh

## serve: build the release app and serve it on http://127.0.0.1:8080 (no live-reload script: the CSP would refuse it)
serve: setup
	@echo "Geneva Data Map will be served at http://127.0.0.1:8080/ (Ctrl-C stops it)"
	PATH="$(CURDIR)/tools/split:$$PATH" trunk serve --release --no-autoreload --address 127.0.0.1 --port 8080

## dist: the release build in dist/, with the plain edition (dist/edition/; with DATAMAP_BASE_URL set, dist/sitemap.xml and absolute preview tags), its headers for static hosts and compressed copies (docs/HOSTING.md, docs/edition.md)
dist: setup
	PATH="$(CURDIR)/tools/split:$$PATH" trunk build --release
	cargo run --quiet --bin datamap-check -- edition public/data/geneva.json dist
	node tools/headers.mjs
	node tools/precompress.mjs

## preview-image: draw the link preview public/preview.png from the release build and record its key in public/preview.json (docs/edition.md)
preview-image: dist
	node tools/preview-image.mjs

## test: every check, failing on the first error
test: setup lint unit wasm-test dist e2e bench-smoke
	@echo "make test: all checks passed"

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets $(WASM) -- -D warnings
	# The release build's split points (src/web/lazy.rs), as tools/split/cargo builds them.
	cargo clippy $(WASM) --features split -- -D warnings

unit:
	cargo test

wasm-test:
	cargo test $(WASM)

e2e:
	node tests/e2e/run.mjs

## bench: speed and size up to 20,000 nodes, interleaved with three peer libraries and a floor page (see bench/README.md)
# `make bench BENCH_FLAGS=--no-peers`: our app alone, quicker (then the ratio budgets are not measured).
bench: dist
	cargo build --release --bin datamap-gen
	node tools/bench.mjs $(BENCH_FLAGS)

# A quick run of the bench harness on size S: checks that it produces every figure (not how fast).
bench-smoke:
	cargo build --quiet --bin datamap-gen
	node tools/bench.mjs --smoke

## size: where the wasm's bytes go, per crate and per function (twiggy, installed on first use)
size: dist
	@tools/setup.sh size
	node tools/wasm-size.mjs

## fuzz: parse, validate, graph, layout, map and search on 200,000 random inputs per property (about 7 minutes)
fuzz:
	FUZZ_CASES=$${FUZZ_CASES:-200000} cargo test --release --test fuzz -- --nocapture

## schema: regenerate public/data/datamap.schema.json from the Rust types
schema:
	cargo run --quiet --bin datamap-check -- --schema > public/data/datamap.schema.json

## check-data: run the curators' checker on the bundled dataset
check-data:
	cargo run --quiet --bin datamap-check -- public/data/geneva.json

clean:
	cargo clean
	rm -rf dist node_modules
