#!/usr/bin/env bash
# Regenerates docs/manifest/reference.md from the model: appliance.ecore (elements, types, defaults,
# documentation), the XSD (what is required), LoadFailure and the rules' messages. The model tests fail
# while the committed file differs from what this writes.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
. releng/java-home.sh
./mvnw -B -q verify -pl releng/dev.kiln.target,bundles/dev.kiln.model,bundles/dev.kiln.image,tests/dev.kiln.testsupport,tests/dev.kiln.model.tests \
	-Dtest=ManifestReferenceTest -Dsurefire.failIfNoSpecifiedTests=false -Dkiln.writeReference=true
git status --short -- docs/manifest/reference.md
