#!/usr/bin/env bash
# Every test, in the order a failure is cheapest to find. `npm test` runs this.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-system.sh
npm run data
npm run typecheck
npm run i18n:check -- --enforce-screen
npx vitest run --project unit
npm run build
npx vitest run --project build
npm run size
npx vitest run --project browser
npx vitest run --project lighthouse
