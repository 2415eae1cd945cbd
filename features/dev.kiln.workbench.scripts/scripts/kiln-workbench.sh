#!/bin/sh
# Starts the Kiln Workbench (Linux and macOS). The product has no native launcher (Maven Central has none,
# docs/adr/004 and 023), so this script runs the Equinox launcher jar with Java 21 or newer: $JAVA_HOME/bin/java
# if JAVA_HOME is set, else the java on the PATH. Arguments are passed on, e.g. -data <workspace>.
# Memory settings live here because eclipse.ini is not read when the launcher jar is started by java -jar.
here=$(cd "$(dirname "$0")" && pwd)
if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi
launcher=
for jar in "$here"/plugins/org.eclipse.equinox.launcher_*.jar; do launcher=$jar; done
if [ ! -f "$launcher" ]; then
	echo "kiln-workbench: no plugins/org.eclipse.equinox.launcher_*.jar under $here" >&2
	exit 1
fi
# SWT on macOS (Cocoa) must run on the process's first thread
first_thread=
if [ "$(uname -s)" = Darwin ]; then first_thread=-XstartOnFirstThread; fi
exec "$java" $first_thread -Xms256m -Xmx2g -jar "$launcher" "$@"
