#!/usr/bin/env bash
# Regenerates the EMF model code of dev.kiln.model (bundles/dev.kiln.model/src-gen) from
# model/appliance.genmodel + model/appliance.ecore, headless: no Eclipse, no OSGi, only the EMF
# code generator from Maven Central (releng/dev.kiln.emfgen, kept out of the Tycho reactor).
#
#   releng/scripts/generate-model.sh                  regenerate src-gen
#   releng/scripts/generate-model.sh --sync-genmodel  after editing the .ecore: add/remove the
#                                                     genmodel entries, then regenerate
#
# The output is deterministic: src-gen is replaced as a whole, so running it twice gives no diff.
# CI checks that the committed code is current:
#   releng/scripts/generate-model.sh && git diff --exit-code -- bundles/dev.kiln.model/src-gen
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
model="$root/bundles/dev.kiln.model"
genmodel="$model/model/appliance.genmodel"

emfgen() {
	"$root/mvnw" -B -q -f "$root/releng/dev.kiln.emfgen/pom.xml" compile exec:java \
		-Dexec.args="$*" 2> >(grep -v '^WARNING' >&2)
}

if [ "${1:-}" = "--sync-genmodel" ]; then
	emfgen --sync-genmodel "$genmodel"
fi
emfgen "$genmodel" "$model/src-gen"
