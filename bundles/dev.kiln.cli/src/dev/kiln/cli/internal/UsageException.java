package dev.kiln.cli.internal;

/** The command line is wrong; the message says what, in words for the user. */
public final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(message);
	}
}
