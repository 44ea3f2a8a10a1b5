# Two commands are all the set-up: `make serve` to use the app, `make test` to check it.
# Every install step is idempotent and takes packages only from crates.io, npm and Debian.

SHELL := /bin/bash
.ONESHELL:
.SHELLFLAGS := -eu -o pipefail -c

export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
export PUPPETEER_SKIP_DOWNLOAD := 1
export CHROMEDRIVER := /usr/bin/chromedriver

TRUNK_VERSION := 0.21.14
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/^version = "\(.*\)"/\1/p;}' Cargo.lock)
WASM := --target wasm32-unknown-unknown
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: serve build test bench build-tools test-tools lint unit web size e2e firefox screenshots clean

serve: build-tools
	# Live reload injects a script the Content-Security-Policy would rightly block.
	trunk serve --no-autoreload

build: build-tools
	trunk build --release

## Tools ---------------------------------------------------------------------------------

build-tools: node_modules/.installed
	rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	rustup component list --installed | grep -q '^clippy' || rustup component add clippy rustfmt
	trunk --version 2>/dev/null | grep -qF "$(TRUNK_VERSION)" || cargo install --locked trunk --version $(TRUNK_VERSION)
	# wasm-bindgen-cli's own lock pins a yanked crate, so it installs without --locked.
	wasm-bindgen --version 2>/dev/null | grep -qF "$(WASM_BINDGEN_VERSION)" || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)

# npm's binaryen brings a wasm-opt that Trunk can use (Debian's is too old and breaks the module).
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch "$(CURDIR)/$@"

test-tools: build-tools tests/e2e/node_modules/.installed tests/firefox/node_modules/.installed
	if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
		$(SUDO) apt-get update
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends chromium chromium-driver
	fi
	if ! command -v firefox-esr >/dev/null; then
		$(SUDO) apt-get update
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends firefox-esr
	fi

tests/e2e/node_modules/.installed: tests/e2e/package.json tests/e2e/package-lock.json
	cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error
	touch "$(CURDIR)/$@"

# puppeteer-core drives Debian's firefox-esr; it downloads no browser of its own.
tests/firefox/node_modules/.installed: tests/firefox/package.json tests/firefox/package-lock.json
	cd tests/firefox && npm ci --no-audit --no-fund --loglevel=error
	touch "$(CURDIR)/$@"

## Checks --------------------------------------------------------------------------------

test: test-tools lint unit web build size e2e firefox
	@echo "make test: all checks passed"

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets $(WASM) -- -D warnings

unit:
	cargo test

web:
	cargo test $(WASM) --test web

# The gzipped wasm against its budget: bytes are exact, so growth is a decision.
size:
	./tests/bench/check-budget.sh dist

e2e:
	cd tests/e2e && npx playwright test

# One journey in Debian's firefox-esr, headless through WebDriver BiDi.
firefox:
	cd tests/firefox && node --test --test-reporter=spec --test-timeout=120000 journey.mjs

# Pictures of every screen, wide and narrow, in screenshots/ (to look at, not to test).
screenshots: test-tools build
	cd tests/e2e && npx playwright test --config screenshots.config.ts

bench: test-tools build
	# The baseline: Leptos's hello world, built now with the same profile and tools.
	(cd tests/bench/hello && trunk build --release)
	./tests/bench/sizes.sh dist
	cargo test --release $(WASM) --test bench_browser -- --nocapture 2>&1 | grep -E 'median|MB|NOT fit|test result'
	cd tests/e2e && npx playwright test --config bench.config.ts --reporter=line 2>&1 | grep -E 'median|Click|First|ratio|heap|passed|failed'

clean:
	rm -rf target dist node_modules tests/e2e/node_modules tests/e2e/test-results tests/firefox/node_modules \
		tests/bench/hello/target tests/bench/hello/dist
