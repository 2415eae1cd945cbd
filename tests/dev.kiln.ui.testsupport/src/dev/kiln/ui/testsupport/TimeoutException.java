package dev.kiln.ui.testsupport;

/** A condition did not hold within its time. */
public class TimeoutException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public TimeoutException(String message, Throwable cause) {
		super(message, cause);
	}
}
