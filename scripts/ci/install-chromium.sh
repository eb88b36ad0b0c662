#!/usr/bin/env bash
# Installs Debian's Chromium for the Playwright browser tests (browsers cannot be downloaded by
# `playwright install` here). Idempotent: does nothing when the pinned version is already installed.
# The pin is the version apt offers on Debian 12 (bookworm-security); override with CHROMIUM_VERSION,
# or set CHROMIUM_VERSION=any to take whatever apt has.
set -euo pipefail

VERSION="${CHROMIUM_VERSION:-156.0.8078.108-1~deb12u1}"

installed="$(dpkg-query -W -f='${Version}' chromium 2>/dev/null || true)"
if [ -x /usr/bin/chromium ] && { [ "$installed" = "$VERSION" ] || [ "$VERSION" = "any" ]; }; then
  echo "chromium $installed already installed"
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
sudo_cmd=""
if [ "$(id -u)" != "0" ]; then sudo_cmd="sudo"; fi
$sudo_cmd apt-get update -qq
if [ "$VERSION" = "any" ]; then
  $sudo_cmd apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core
else
  # The pinned version when apt still offers it; otherwise the candidate apt has (security updates
  # replace the old build in the archive), so CI never breaks on a superseded pin.
  if apt-cache madison chromium | awk '{print $3}' | grep -qxF "$VERSION"; then
    $sudo_cmd apt-get install -y -qq --no-install-recommends "chromium=$VERSION" fonts-dejavu-core
  else
    echo "chromium $VERSION is no longer offered by apt; installing the current candidate"
    $sudo_cmd apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core
  fi
fi
echo "chromium $(dpkg-query -W -f='${Version}' chromium) installed at /usr/bin/chromium"
