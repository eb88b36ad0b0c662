#!/usr/bin/env bash
# Installs the workspace's npm dependencies exactly as locked (postinstall runs prisma generate).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
pnpm install --frozen-lockfile
