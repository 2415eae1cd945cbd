#!/usr/bin/env bash
# Regenerates the EMF code of the manifest model from dev.kiln.model's model/appliance.genmodel +
# model/appliance.ecore: the model code of dev.kiln.model (src-gen) and the EMF.Edit item providers
# of dev.kiln.model.edit (src-gen and plugin.properties, their labels). Headless: no Eclipse, no
# OSGi, only the EMF code generator from Maven Central (releng/dev.kiln.emfgen, kept out of the
# Tycho reactor). A class in a bundle's src/ replaces the generated one of the same name
# (dev.kiln.model.edit's ApplianceEditPlugin, which finds the PNG icons).
#
#   releng/scripts/generate-model.sh                  regenerate both bundles' src-gen
#   releng/scripts/generate-model.sh --sync-genmodel  after editing the .ecore: add/remove the
#                                                     genmodel entries, then regenerate
#
# The output is deterministic: src-gen is replaced as a whole, so running it twice gives no diff.
# CI checks that the committed code is current:
#   releng/scripts/generate-model.sh && git diff --exit-code -- bundles/dev.kiln.model/src-gen \
#       bundles/dev.kiln.model.edit/src-gen bundles/dev.kiln.model.edit/plugin.properties
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
model="$root/bundles/dev.kiln.model"
edit="$root/bundles/dev.kiln.model.edit"
genmodel="$model/model/appliance.genmodel"

emfgen() {
	"$root/mvnw" -B -q -f "$root/releng/dev.kiln.emfgen/pom.xml" compile exec:java \
		-Dexec.args="$*" 2> >(grep -v '^WARNING' >&2)
}

if [ "${1:-}" = "--sync-genmodel" ]; then
	emfgen --sync-genmodel "$genmodel"
fi
emfgen "$genmodel" "$model/src-gen" "$edit/src-gen"
