#!/usr/bin/env bash
# CI: archdoc-lint installed the ways its users install it, with the real
# clients, from this commit, with the system Node (nothing from nodejs.org)
# and no compiler outside this checkout. npm takes what it can from the cache
# `npm ci` filled (every tarball) and asks the registry only for what that
# does not hold (package metadata); the global install and its run have no
# network at all. Each check says what failed; the first failure stops the run. It
# packs dist/ as it is: .ci/run builds it first (and checks that the build
# is what is committed).
#   - the package tarball: contents, `npm install --omit=dev`, `npx archdoc-lint`
#   - a config naming archdoc-lint, wherever the CLI runs: npm install -g, npx
#     in a folder without node_modules, the pre-commit framework's environment
#   - the pre-commit framework: `try-repo`, the README's snippet (twice: the
#     second run reuses the environment), and the npm command pre-commit 4.6
#     installs node hooks with
#   - husky + lint-staged and the plain git hook, from the README
#   - the GitHub Action's steps (those that are shell, not `uses:`)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export npm_config_prefer_offline=true npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
export NO_COLOR=1
unset npm_config_prefix NPM_CONFIG_PREFIX

step() { printf '\n== [%ss] %s\n' "$SECONDS" "$*"; }
fail() { printf 'installs.sh: %s\n' "$*" >&2; exit 1; }
# run <expected exit code> <log> <command...>: run, keep stdout+stderr in <log>, check the code.
run() {
  local expected=$1 log=$2 code=0
  shift 2
  "$@" >"$log" 2>&1 || code=$?
  cat "$log"
  [ "$code" = "$expected" ] || fail "\`$*\` exited $code, expected $expected"
}
has() { grep -qF -- "$2" "$1" || fail "$1 lacks: $2"; }
# A stylish message line: its columns are padded to the widest of the file's messages.
has_message() { grep -qE -- "$2" "$1" || fail "$1 lacks a line matching: $2"; }
lacks() { ! grep -qF -- "$2" "$1" || fail "$1 should not contain: $2"; }
# The first fenced block of <language> after the line starting with <text> in README.md.
readme_block() {
  node -e '
    const [heading, language] = process.argv.slice(1)
    const lines = require("node:fs").readFileSync(process.argv[3], "utf8").split("\n")
    let at = lines.findIndex((line) => line.startsWith(heading))
    if (at < 0) throw new Error("README.md has no line starting " + heading)
    while (lines[at] !== "```" + language) if (++at >= lines.length) throw new Error("no " + language + " block after " + heading)
    const end = lines.indexOf("```", at + 1)
    process.stdout.write(lines.slice(at + 1, end).join("\n") + "\n")
  ' "$1" "$2" "$repo/README.md"
}

# Docs used throughout: a valid design doc, a broken one, and a README that
# is not a design doc (the hooks must leave it alone).
good_doc=fixtures/valid/004217-TeamInvitations.md
bad_title=' 1:1 +error +Unexpected document title `Nope`'
make_docs() {
  mkdir -p "$1/docs/design"
  cp "$good_doc" "$1/docs/design/004217-TeamInvitations.md"
  printf '# Nope\n' >"$1/docs/design/bad.md"
  printf '# Our project\n\nNot a design doc.\n' >"$1/README.md"
}
git_repo() {
  git init -q "$1"
  git -C "$1" config user.name ci
  git -C "$1" config user.email ci@example.com
}
# A config that turns one rule off and makes another a warning (pre-commit,
# npm install -g and npx each run the CLI where archdoc-lint is not installed).
config='{"plugins": ["archdoc-lint", ["archdoc-lint/rules/required-sections", false], ["archdoc-lint/rules/document-title", "warn"]]}'
config_title=' 1:1 +warning +Unexpected document title `Nope`'

step "the package tarball"
npm pack --pack-destination "$work" --json >"$work/pack.json"
tarball=$(node -p 'const [pack] = require(process.argv[1]); process.argv[2] + "/" + pack.filename' "$work/pack.json" "$work")
node -e '
  const [pack] = require(process.argv[1])
  const files = new Set(pack.files.map((file) => file.path))
  const needed = ["LICENSE", "README.md", "package.json", ".remarkrc.example", "template/design-doc-template.md",
    "bin/archdoc-lint.js", "bin/archdoc-lint-language-server.js", "dist/bundle/main.js", "dist/src/index.js",
    "dist/src/index.d.ts", "dist/rules/document-title.js", "docs/rules/document-title.md"]
  const missing = needed.filter((file) => !files.has(file))
  const extra = [...files].filter((file) => /^(src|test|fixtures|bench|scripts|\.ci)\//.test(file))
  if (missing.length || extra.length) throw new Error("tarball: missing " + missing + "; should not hold " + extra)
  console.log(`${pack.filename}: ${pack.size} bytes packed, ${pack.unpackedSize} unpacked, ${pack.entryCount} files`)
' "$work/pack.json"

step "npm install --omit=dev of the tarball, then npx archdoc-lint doc.md: no compiler, and no network for the runs"
# No network at all, where unshare is allowed: a network namespace of its own.
isolated=(unshare --map-root-user --net)
"${isolated[@]}" true 2>/dev/null || { isolated=(); echo "(unshare not allowed here: --offline without a network namespace)"; }
mkdir "$work/app" && cd "$work/app"
printf '{"name": "app", "private": true}\n' >package.json
npm install --omit=dev "$tarball" >/dev/null
[ ! -e node_modules/typescript ] && [ ! -e node_modules/esbuild ] || fail "--omit=dev installed a devDependency"
cp "$repo/$good_doc" doc.md
run 0 "$work/app.log" "${isolated[@]}" npx --offline archdoc-lint doc.md
has "$work/app.log" 'doc.md: no issues found'
printf '# Nope\n' >doc.md
run 1 "$work/app.log" "${isolated[@]}" npx --offline archdoc-lint doc.md
has_message "$work/app.log" "$bad_title"
du -sh node_modules | sed 's/\t.*/ installed (node_modules)/'
cd "$repo"

step "npm install -g with no network, and a config naming archdoc-lint in a folder without node_modules"
# The install above left in npm's cache everything this one needs.
"${isolated[@]}" npm install -g --offline --prefix "$work/global" "$tarball" >/dev/null
mkdir -p "$work/g/docs" && printf '%s\n' "$config" >"$work/g/.remarkrc.json" && printf '# Nope\n' >"$work/g/docs/bad.md"
(cd "$work/g" && run 0 "$work/g.log" "${isolated[@]}" "$work/global/bin/archdoc-lint" docs)
has_message "$work/g.log" "$config_title"
lacks "$work/g.log" 'required-sections'

step "npx in a folder without node_modules: the same config"
(cd "$work/g" && run 0 "$work/npx.log" npx --yes --package "$tarball" archdoc-lint docs)
has_message "$work/npx.log" "$config_title"
[ ! -e "$work/g/node_modules" ] || fail "npx made node_modules"

command -v pre-commit >/dev/null || {
  step "installing the pre-commit framework (Debian's)"
  sudo=$([ "$(id -u)" = 0 ] || echo sudo)
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends pre-commit >/dev/null
}
pre-commit --version
export PRE_COMMIT_HOME="$work/pre-commit-home"
head=$(git rev-parse HEAD)

step "pre-commit try-repo this commit: the valid doc passes, the broken one fails, README.md is not linted"
git_repo "$work/try" && make_docs "$work/try" && git -C "$work/try" add -A
(cd "$work/try" && run 1 "$work/try.log" pre-commit try-repo "$repo" archdoc-lint --all-files)
has "$work/try.log" 'docs/design/bad.md'
has_message "$work/try.log" "$bad_title"
has "$work/try.log" 'docs/design/004217-TeamInvitations.md: no issues found'
lacks "$work/try.log" 'README.md'

step "pre-commit with the README's snippet, and a config naming archdoc-lint (pre-commit's environment)"
git_repo "$work/hooked" && make_docs "$work/hooked"
readme_block '### Pre-commit' yaml >"$work/snippet.yaml"
has "$work/snippet.yaml" 'repo: https://github.com/archdoc-lint/archdoc-lint'
# The snippet, pointed at this checkout and commit instead of GitHub and a tag.
sed -e "s|repo: https://github.com/archdoc-lint/archdoc-lint|repo: $repo|" -e "s|rev: v[0-9.]*|rev: $head|" \
  "$work/snippet.yaml" >"$work/hooked/.pre-commit-config.yaml"
printf '%s\n' "$config" >"$work/hooked/.remarkrc.json"
git -C "$work/hooked" add -A
(cd "$work/hooked" && run 1 "$work/hooked.log" pre-commit run --all-files)
has_message "$work/hooked.log" "$config_title"
has "$work/hooked.log" 'Installing environment'
lacks "$work/hooked.log" 'required-sections'
lacks "$work/hooked.log" 'README.md'
# --frail (in the snippet) fails on that warning; without it the hook passes.
step "pre-commit again: the environment is reused"
(cd "$work/hooked" && run 1 "$work/hooked2.log" pre-commit run --all-files)
has_message "$work/hooked2.log" "$config_title"
lacks "$work/hooked2.log" 'Installing environment'

step "the npm command pre-commit 4.6 installs node hooks with (npm install -g git+file://, no compiler in its prepare)"
# pre-commit >= 4.6.1 (pre_commit/languages/node.py) runs, in its clone of the
# repo at `rev`: npm install --allow-git=root --install-links -g git+file://<clone>
git clone -q "$repo" "$work/clone46"
npm_config_prefix="$work/env46" npm install --allow-git=root --install-links -g "git+file://$work/clone46" >/dev/null
(cd "$work/hooked" && run 0 "$work/env46.log" "$work/env46/bin/archdoc-lint" docs/design/004217-TeamInvitations.md)

step "husky + lint-staged, as the README says"
git_repo "$work/staged" && make_docs "$work/staged"
cd "$work/staged"
printf '{"name": "staged", "private": true}\n' >package.json
install_line=$(grep -o 'npm i -D archdoc-lint husky lint-staged && npx husky init' "$repo/README.md") || fail "README.md lacks the husky install line"
eval "${install_line/archdoc-lint/$tarball}" >/dev/null
hook_line=$(grep -o 'echo "npx lint-staged" > .husky/pre-commit' "$repo/README.md") || fail "README.md lacks the husky hook line"
eval "$hook_line"
# Merge the README's lint-staged field into package.json.
readme_block 'With husky and lint-staged' json >"$work/lint-staged.json"
node -e '
  const fs = require("node:fs")
  const manifest = JSON.parse(fs.readFileSync("package.json", "utf8"))
  Object.assign(manifest, JSON.parse("{" + fs.readFileSync(process.argv[1], "utf8") + "}"))
  fs.writeFileSync("package.json", JSON.stringify(manifest, null, 2) + "\n")
' "$work/lint-staged.json"
git add package.json package-lock.json .husky README.md docs/design/bad.md
run 1 "$work/staged.log" git commit -qm "a broken design doc"
has_message "$work/staged.log" "$bad_title"
lacks "$work/staged.log" 'README.md'
git rm -q --cached docs/design/bad.md
git add docs/design/004217-TeamInvitations.md
run 0 "$work/staged.log" git commit -qm "a valid design doc and a README"
git ls-files --error-unmatch README.md >/dev/null || fail "README.md was not committed"

step "the plain git hook from the README"
git config --unset core.hooksPath
readme_block 'Or a plain `.git/hooks/pre-commit` (executable):' sh >.git/hooks/pre-commit
chmod +x .git/hooks/pre-commit
printf '\nEdited.\n' >>README.md
git add README.md docs/design/bad.md
run 1 "$work/plain.log" git commit -qm "a broken design doc"
has_message "$work/plain.log" "$bad_title"
lacks "$work/plain.log" 'README.md'
git rm -q --cached docs/design/bad.md
run 0 "$work/plain.log" git commit -qm "README only"
cd "$repo"

step "the GitHub Action's shell steps, on a checkout of this commit"
git clone -q "$repo" "$work/action"
git_repo "$work/workspace" && make_docs "$work/workspace"
git -C "$work/workspace" add -A && git -C "$work/workspace" commit -qm docs
git -C "$work/workspace" remote add origin https://github.com/acme/designs.git
# Each `run:` step of action.yml, with the inputs the README's workflow gives
# (the `uses:` step, actions/cache, runs only on GitHub).
node -e '
  const {parse} = require(process.argv[1])
  const action = parse(require("node:fs").readFileSync(process.argv[2], "utf8"))
  const steps = action.runs.steps.filter((step) => step.run)
  if (steps.length !== action.runs.steps.length - 1) throw new Error("action.yml: expected one `uses:` step")
  for (const [index, step] of steps.entries()) require("node:fs").writeFileSync(`${process.argv[3]}/step${index}.sh`, step.run)
  console.log(steps.map((step) => step.name).join("\n"))
' "$repo/node_modules/yaml" "$work/action/action.yml" "$work"
export GITHUB_ACTION_PATH="$work/action" GITHUB_WORKSPACE="$work/workspace" RUNNER_OS=Linux
export GITHUB_OUTPUT="$work/github-output"
: >"$GITHUB_OUTPUT"
bash -e "$work/step0.sh"
has "$GITHUB_OUTPUT" "key=archdoc-lint-npm-Linux-node"
bash -e "$work/step1.sh" >/dev/null
[ ! -e "$work/action/node_modules/typescript" ] || fail "the action installed devDependencies"
(cd "$work/workspace" && INPUT_PATHS=docs/design INPUT_FORMAT=sarif INPUT_OUTPUT_FILE=archdoc-lint.sarif INPUT_ARGS='' \
  run 1 "$work/action.log" bash -e "$work/step2.sh")
has "$GITHUB_OUTPUT" 'exit-code=1'
node -e '
  const log = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"))
  const run = log.runs[0]
  const provenance = JSON.stringify(run.versionControlProvenance)
  if (run.automationDetails.id !== "archdoc-lint/") throw new Error("automationDetails: " + JSON.stringify(run.automationDetails))
  if (!provenance.includes("\"repositoryUri\":\"https://github.com/acme/designs.git\"") || !provenance.includes(process.argv[2]))
    throw new Error("versionControlProvenance: " + provenance)
  const uris = [...new Set(run.results.map((result) => result.locations[0].physicalLocation.artifactLocation.uri))]
  if (uris.join() !== "docs/design/bad.md") throw new Error("results in " + uris)
  console.log(`SARIF: ${run.results.length} results in docs/design/bad.md, provenance ${provenance}`)
' "$work/workspace/archdoc-lint.sarif" "$(git -C "$work/workspace" rev-parse HEAD)"

step "installs: all passed"
