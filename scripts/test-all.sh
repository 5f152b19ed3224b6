#!/usr/bin/env bash
# Every test: types, unit, integration (on the Postgres server when reachable, and on PGlite), end-to-end.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== typecheck"; npx tsc --noEmit
echo "== unit"; npx vitest run --project unit
echo "== integration"; npx vitest run --project integration
if [ "${BULWARK_TEST_DB:-}" != "pglite" ]; then
  echo "== integration on PGlite"; BULWARK_TEST_DB=pglite npx vitest run --project integration
fi
echo "== build"; npx next build
echo "== end-to-end"; npx playwright test
