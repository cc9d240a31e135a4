#!/usr/bin/env bash
# Builds kubo's `ipfs` command from the wrapper module in this directory and
# installs it at the cache path (default $HOME/.cache/poco-kubo/<version>/ipfs,
# or $POCO_KUBO when set). Prints the path of the binary on stdout.
#
# Idempotent: when the binary already exists and reports the pinned version,
# nothing is built. kubo is infrastructure for tests and operators, not a
# dependency of poco: this module is separate from the main go.mod.
#
#   internal/kubo/build.sh          build (or reuse) and print the path
#   POCO_KUBO=/opt/ipfs internal/kubo/build.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

version="$(awk '$1=="github.com/ipfs/kubo" {print $2}' go.mod)"
if [[ -z "$version" ]]; then
  echo "build.sh: no github.com/ipfs/kubo requirement in $here/go.mod" >&2
  exit 1
fi
out="${POCO_KUBO:-${XDG_CACHE_HOME:-$HOME/.cache}/poco-kubo/$version/ipfs}"

# `ipfs version` prints e.g. "ipfs version 0.43.1".
if [[ -x "$out" ]] && [[ "$("$out" version 2>/dev/null)" == "ipfs version ${version#v}" ]]; then
  echo "kubo $version: reusing $out" >&2
  echo "$out"
  exit 0
fi

echo "kubo $version: building $out (takes a few minutes the first time)" >&2
mkdir -p "$(dirname "$out")"
start=$SECONDS
# Build into a temporary name and rename, so an interrupted build never
# leaves a half-written binary at the cached path.
tmp="$out.tmp.$$"
trap 'rm -f "$tmp"' EXIT
CGO_ENABLED=0 go build -trimpath -o "$tmp" github.com/ipfs/kubo/cmd/ipfs
mv -f "$tmp" "$out"
echo "kubo $version: built in $((SECONDS - start))s: $("$out" version)" >&2
echo "$out"
