#!/usr/bin/env bash
# Makes `pnpm` the version pinned in package.json's packageManager field, installing it with npm if needed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VERSION="$(node -p "require('$root/package.json').packageManager.replace(/^pnpm@/, '')")"

if [ "$(pnpm --version 2>/dev/null || true)" = "$VERSION" ]; then
  echo "pnpm $VERSION already installed"
  exit 0
fi
if ! npm install --global --no-fund --no-audit "pnpm@$VERSION"; then
  # A pnpm that npm did not install (a corepack shim, say) is in the way: replace it.
  npm install --global --no-fund --no-audit --force "pnpm@$VERSION"
fi
hash -r
actual="$(pnpm --version)"
if [ "$actual" != "$VERSION" ]; then
  echo "pnpm --version says $actual after installing $VERSION (another pnpm earlier on PATH?)" >&2
  exit 1
fi
echo "pnpm $VERSION installed"
