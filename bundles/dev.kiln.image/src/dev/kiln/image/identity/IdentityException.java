package dev.kiln.image.identity;

/** A signing identity that cannot be loaded, made or used; the message says which and why, in words. */
public final class IdentityException extends Exception {

	private static final long serialVersionUID = 1L;

	public IdentityException(String message) {
		super(message);
	}

	public IdentityException(String message, Throwable cause) {
		super(message, cause);
	}
}
