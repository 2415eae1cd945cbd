#!/usr/bin/env bash
# Builds the Kiln Workbench and starts it on a workspace with the bundled examples imported.
# Without a display it says so and builds examples/hello-appliance headlessly instead, with the kiln
# command vendor CI uses (releng/kiln build examples/hello-appliance); then it checks on a virtual display
# that the workbench comes up with the examples, saves a screenshot, and stops it again.
# Usage: releng/workbench.sh [--no-build]   (workspace: $KILN_WORKSPACE, default ~/kiln-workspace)
#   --no-build  start the workbench built last time (the test script uses it right after its build)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
. releng/java-home.sh
releng/machine-setup.sh workbench

PRODUCT=releng/dev.kiln.product/target/products/dev.kiln.workbench/linux/gtk/x86_64/kiln-workbench
WORKSPACE=${KILN_WORKSPACE:-$HOME/kiln-workspace}

SHOT="$ROOT/target/kiln-workbench.png"
LOG="$ROOT/target/kiln-workbench.log"
case "${1:-}" in
	--check-on-this-display) check_on_this_display=1 ;;
	--no-build) no_build=1 ;;
esac

if [ -z "${check_on_this_display:-}" ] && [ -z "${no_build:-}" ]; then
	echo "Building the Kiln Workbench (tests skipped; releng/test.sh runs them) ..."
	./mvnw -B -q -DskipTests verify
fi
launcher=$(ls "$PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
[ -n "$launcher" ] || { echo "The build produced no workbench under $PRODUCT." >&2; exit 1; }
mkdir -p "$WORKSPACE"
start_workbench() {
	"$JAVA_HOME/bin/java" -Xmx2g -Dkiln.import="$ROOT/examples" -jar "$launcher" \
		-configuration "$WORKSPACE/.kiln-configuration" -data "$WORKSPACE" "$@"
}

if [ -n "${check_on_this_display:-}" ]; then
	# started by the no-display branch below, under Xvfb
	mkdir -p "$ROOT/target"
	start_workbench > "$LOG" 2>&1 &
	pid=$!
	trap 'kill $pid 2>/dev/null || true' EXIT
	imported="$WORKSPACE/.metadata/.plugins/org.eclipse.core.resources/.projects/hello-appliance"
	for _ in $(seq 1 240); do
		kill -0 $pid 2>/dev/null || { echo "The workbench exited early; its log is $LOG" >&2; exit 1; }
		window=$(xwininfo -root -tree 2>/dev/null | awk '/"Kiln Workbench"/ {print $1; exit}')
		if [ -n "$window" ] && [ -d "$imported" ]; then
			sleep 3 # let the window finish painting
			import -window "$window" "$SHOT"
			echo "The Kiln Workbench started and imported the examples: screenshot $SHOT"
			exit 0
		fi
		sleep 0.5
	done
	echo "The workbench did not show its window with the examples within 120 s; log: $LOG" >&2
	exit 1
fi

if [ -n "${DISPLAY:-}" ] && xdpyinfo >/dev/null 2>&1; then
	echo "Starting the Kiln Workbench on $DISPLAY with workspace $WORKSPACE"
	start_workbench
	exit 0
fi

# No display: build the example headlessly, the way vendor CI does, then check the workbench on a
# virtual display and show the user what it looks like.
if [ -n "${DISPLAY:-}" ]; then
	echo "DISPLAY is set to '$DISPLAY' but no X server answers there, so the Kiln Workbench cannot open a window."
else
	echo "No display (DISPLAY is not set), so the Kiln Workbench cannot open a window here."
fi
echo "Instead: building examples/hello-appliance headlessly with the kiln command, as vendor CI does:"
echo "  releng/kiln build examples/hello-appliance   (the first build on a machine makes the Debian base system: one to three minutes)"
images="$ROOT/target/hello-appliance-images.txt"
mkdir -p "$ROOT/target"
releng/kiln build examples/hello-appliance > "$images" || {
	status=$?
	echo "The headless build of examples/hello-appliance failed (kiln exit code $status); see the messages above." >&2
	exit $status
}
echo "Headless build done; images (format, bytes, SHA-256, file):"
sed 's/^artifact /  /' "$images"
echo
echo "Also checking that the workbench starts: on a virtual display (Xvfb) with workspace $WORKSPACE,"
echo "waiting for the examples to be imported, and saving a screenshot to $SHOT."
xvfb-run -a -s "-screen 0 1440x900x24" "$0" --check-on-this-display
echo
echo "Summary: examples/hello-appliance was built headlessly into examples/hello-appliance/build ($(wc -l < "$images") images,"
echo "SHA-256 sums in examples/hello-appliance/build/hello-appliance-1.0.0.sha256); the workbench started on a virtual display."
echo "To use the workbench, run this command where there is a display (a desktop session, or ssh -X)."
