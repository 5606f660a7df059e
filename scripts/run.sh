#!/usr/bin/env bash
# One command to try the app: installs what is missing, builds, and starts the
# desktop app on the bundled question packs with the default SQLite database.
# Extra arguments go to the app (e.g. --db FILE, --pack ID).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh run
scripts/build.sh
exec "${BUILD_DIR:-build}/bin/mockinterview" "$@"
