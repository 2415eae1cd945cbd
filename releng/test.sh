#!/usr/bin/env bash
# Runs every Kiln test: builds the reactor and runs the headless and the UI tests (the latter under a
# virtual X display), then the checks outside Maven. Installs missing Debian packages when run as root.
# Usage: releng/test.sh [extra Maven arguments]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
. releng/java-home.sh
releng/machine-setup.sh test

start=$(date +%s)
# -s: a screen large enough for the workbench window and wizard dialogs of the UI tests
# -T 2: two modules at a time where the module graph allows it, so the boot tests (one QEMU thread each)
# run beside the other test modules; builds sharing the base-system cache wait for each other (ADR 016)
xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B -T 2 verify "$@"
# the generated EMF code must be what the generator makes of the committed .ecore/.genmodel
releng/scripts/generate-model.sh
generated="bundles/dev.kiln.model/src-gen bundles/dev.kiln.model.edit/src-gen bundles/dev.kiln.model.edit/plugin.properties"
# shellcheck disable=SC2086
changed=$(git status --porcelain -- $generated)
[ -z "$changed" ] || {
	echo "$changed" >&2
	echo "the generated EMF code ($generated) differs from what releng/scripts/generate-model.sh generates: regenerate and commit." >&2
	exit 1
}
# without a display: the headless build of the example with releng/kiln (on the tests' base-system cache),
# then the Kiln Workbench product starts, shows its window and imports the examples (on a virtual display)
KILN_WORKSPACE=$(mktemp -d) KILN_CACHE="$ROOT/target/kiln-test-cache" env -u DISPLAY releng/workbench.sh --no-build
echo "Kiln tests finished in $(( $(date +%s) - start )) s"
