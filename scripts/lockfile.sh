#!/usr/bin/env bash
# Rewrites package-lock.json after a dependency change: `npm run lockfile`.
# npm 11.19 leaves out the entries for other platforms' optional packages (swc, jest's
# resolver, msgpackr) and its own `npm ci` then refuses the file as out of sync
# (npm/cli#4828, #8320). npm 11.6.0 writes them, so the lock is resolved with it, from
# package.json alone, in a scratch folder: given the old lock, it would keep it as it is.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp "$root/package.json" "$scratch/"
(cd "$scratch" && npx -y npm@11.6.0 install --package-lock-only --no-audit --no-fund)
cp "$scratch/package-lock.json" "$root/package-lock.json"
echo "package-lock.json rewritten; run npm ci to install from it."
