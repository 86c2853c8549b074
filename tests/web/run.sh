#!/usr/bin/env bash
# The web configurator's browser tests (scripts/test web): builds web/dist when a
# source of the page is newer than it, builds the CLI (the reference the page is
# compared with), installs the npm packages and Chromium when missing, checks the
# page's size budget, then runs the Playwright tests against Debian's Chromium.
# Screenshots, downloads and timings land in tests/artifacts/web/.
set -euo pipefail
cd "$(dirname "$0")/../.."

# The page: rebuilt when anything it is built from changed.
stale=
if [ ! -f web/dist/index.html ]; then
  stale=yes
elif [ -n "$(find web/src web/index.html web/style.css web/boot.js web/favicon.svg web/Trunk.toml web/Cargo.toml \
      core/src core/Cargo.toml core/ecs/src core/ecs/Cargo.toml core/ecs/build.rs terraform/modules/ecs Cargo.lock -newer web/dist/index.html -print -quit)" ]; then
  stale=yes
fi
if [ -n "$stale" ]; then
  scripts/build-web.sh
fi

# The CLI, built from the same core.
cargo build --release --locked -p sockerless-tfcheck -j "${CARGO_BUILD_JOBS:-2}"

# Chromium from Debian (never a browser download).
if [ ! -x /usr/bin/chromium ]; then
  if [ -x scripts/install/system-packages.sh ]; then
    scripts/install/system-packages.sh
  else
    apt-get install -y chromium chromium-driver
  fi
fi

cd tests/web
if [ ! -d node_modules/playwright-core ]; then
  npm ci --no-audit --no-fund
fi
mkdir -p ../artifacts/web
node size.mjs ../../web/dist | tee ../artifacts/web/size.txt
node --test --test-concurrency=1 --test-reporter=spec web.test.mjs
