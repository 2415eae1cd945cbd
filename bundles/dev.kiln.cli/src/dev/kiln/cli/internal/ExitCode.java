package dev.kiln.cli.internal;

/** The exit codes of the kiln command; stable, documented in docs/cli.md, for CI scripts to rely on. */
public enum ExitCode {
	/** The command did what it was asked. */
	OK(0),
	/** The manifest has errors (KILN-L…, KILN-M…, KILN-B001); they were printed as file:line:column. */
	PROBLEMS(1),
	/** The command line was wrong: unknown command or option, missing argument, no such file. */
	USAGE(2),
	/** The build failed for another reason (a tool, the network, the disk); the message says which. */
	FAILED(3),
	/** The command was stopped (SIGINT, SIGTERM) and cleaned up after itself; 128 + SIGINT, as shells report it. */
	CANCELLED(130);

	private final int value;

	ExitCode(int value) {
		this.value = value;
	}

	public int value() {
		return value;
	}
}
