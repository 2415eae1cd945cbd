package dev.kiln.cli.internal;

/** The exit codes of the kiln command; stable, documented in docs/cli.md, for CI scripts to rely on. */
public enum ExitCode {
	/** The command did what it was asked. */
	OK(0),
	/**
	 * Problems were found in the input and printed, located: the manifest has errors (KILN-L…, KILN-M…,
	 * KILN-B001) or the listing breaks a rule (KILN-P…), as file:line:column; or an OVA does not verify.
	 */
	PROBLEMS(1),
	/** The command line was wrong: unknown command or option, missing argument, no such file. */
	USAGE(2),
	/**
	 * The command failed for another reason: the build (a tool, the network, the disk), no build output
	 * to publish, a registry that refused the credentials, cannot be reached or failed; the message says which.
	 */
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
