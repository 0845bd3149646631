#!/usr/bin/env bash
# Rewrites package-lock.json after a dependency change: `npm run lockfile`.
# Resolved with the machine's own npm (11.19), keeping every version the lock already pins,
# then checked: a lock with an entry that has no version (as npm 11.6 wrote for other
# platforms' optional builds) makes `npm ci` stop with "Invalid Version" on a fresh machine.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
npm install --package-lock-only --no-audit --no-fund
node scripts/check-lockfile.js
npm install-scripts ls
echo "package-lock.json rewritten. Check it from a clean clone with an empty cache:"
echo "  npm ci --cache \"\$(mktemp -d)\""
