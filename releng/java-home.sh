# Sourced by Kiln's scripts: selects the JDK the build and the workbench need (Java 21 or newer).
# Override with KILN_JAVA_HOME.
KILN_JAVA_HOME=${KILN_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
if [ ! -x "$KILN_JAVA_HOME/bin/java" ]; then
	echo "Kiln needs a JDK 21 or newer; none found at $KILN_JAVA_HOME." >&2
	echo "Install one (e.g. Temurin 25) and point KILN_JAVA_HOME at it." >&2
	exit 1
fi
export JAVA_HOME=$KILN_JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
