#!/usr/bin/env bash
# Editors that test/editors.test.ts runs the README's snippets in: Neovim
# from Debian's package (0.7.2 on Debian 12). CI runs as root on a fresh
# machine; a developer without Neovim gets the test skipped, with the reason.
set -euo pipefail
if command -v nvim >/dev/null 2>&1; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "editors.sh: no apt-get here; test/editors.test.ts will be skipped" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends neovim >/dev/null
nvim --version | head -1
