#!/usr/bin/env bash
# Every test: types, unit, integration (on the Postgres server when reachable, and on PGlite), end-to-end.
set -euo pipefail
cd "$(dirname "$0")/.."

# End-to-end tests drive the system Chromium: find it before spending minutes on the other steps.
if [ -z "${CHROMIUM_PATH:-}" ]; then
  for candidate in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable; do
    if [ -x "$candidate" ]; then export CHROMIUM_PATH="$candidate"; break; fi
  done
fi
if [ -z "${CHROMIUM_PATH:-}" ] || [ ! -x "$CHROMIUM_PATH" ]; then
  echo "error: no Chromium found for the end-to-end tests. Install it with:" >&2
  echo "  sudo apt-get install -y chromium    (or set CHROMIUM_PATH to a Chrome/Chromium binary)" >&2
  exit 1
fi

echo "== typecheck"; npx tsc --noEmit
echo "== unit"; npx vitest run --project unit
echo "== integration"; npx vitest run --project integration
if [ "${BULWARK_TEST_DB:-}" != "pglite" ]; then
  echo "== integration on PGlite"; BULWARK_TEST_DB=pglite npx vitest run --project integration
fi
echo "== build"; npx next build
echo "== end-to-end"; npx playwright test
