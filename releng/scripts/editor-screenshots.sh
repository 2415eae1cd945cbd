#!/usr/bin/env bash
# Takes the pictures of the manifest editor in docs/images/editor-<page>.png: runs the UI test
# ManifestEditorScreenshots (skipped in the normal test run) in a workbench on a virtual display.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
. releng/java-home.sh
. releng/scripts/ui-test-modules.sh
xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B -q verify -pl "$UI_TEST_MODULES" -Dtest=ManifestEditorScreenshots \
	-Dsurefire.failIfNoSpecifiedTests=false -Dkiln.docs.screenshots="$ROOT/docs/images" "$@"
ls -l docs/images/editor-*.png
