#!/usr/bin/env bash
# CI on the supported Node versions other than the default one (which runs
# the whole suite in .ci/run): each is installed from the npm registry
# (scripts/node-versions.sh) and runs the CLI's end-to-end tests, the
# rule-doc tests and one language-server session; then the JSON report over
# fixtures/ must be byte for byte the one the default Node gives, with the
# same exit code. Needs dist/ (built by `npm test`).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
supported=(20 22 24 26)
default=$(node -p 'process.versions.node.split(".")[0]')
others=()
for major in "${supported[@]}"; do [ "$major" = "$default" ] || others+=("$major"); done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

report() { # node-executable output-file: the JSON report over fixtures/ and its exit code
  local code=0
  "$1" bin/archdoc-lint.js --format json --no-color fixtures >"$2" 2>"$2.stderr" || code=$?
  echo "exit code $code" >>"$2"
}
report node "$work/default.json"

scripts/node-versions.sh "${others[@]}" >"$work/nodes"
while read -r major node_bin; do
  echo "== Node $("$node_bin" --version) (default: $(node --version))"
  "$node_bin" node_modules/vitest/vitest.mjs run \
    test/cli.test.ts test/cli-formats.test.ts test/cli-cache-pool.test.ts test/cli-new.test.ts test/cli-watch.test.ts \
    test/rule-docs.test.ts
  "$node_bin" node_modules/vitest/vitest.mjs run test/server.test.ts -t 'without a config'
  report "$node_bin" "$work/$major.json"
  if ! cmp -s "$work/default.json" "$work/$major.json"; then
    echo "Node $major: the JSON report over fixtures/ differs from the default Node's:" >&2
    diff "$work/default.json" "$work/$major.json" | head -40 >&2 || true
    exit 1
  fi
  echo "Node $major: JSON report over fixtures/ identical to the default Node's"
done <"$work/nodes"
echo "node-versions.sh: ${others[*]} passed in $((SECONDS - started)) s"
