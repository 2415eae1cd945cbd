package dev.kiln.image.identity;

import dev.kiln.image.internal.ImageText;

/**
 * A signing identity that cannot be loaded, made or used; the message says which (the keystore, the
 * secure storage) and why, in words.
 */
public final class IdentityException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String source;
	private final String detail;

	/** A problem of the identity itself, wherever it came from. */
	public IdentityException(String detail) {
		this(null, detail, null);
	}

	public IdentityException(String detail, Throwable cause) {
		this(null, detail, cause);
	}

	/**
	 * @param source  where the identity came from (a keystore's path), or {@code null}
	 * @param detail  what is wrong
	 */
	public IdentityException(String source, String detail, Throwable cause) {
		super(source == null ? detail : ImageText.bind(ImageText.IdentityException_message, source, detail), cause);
		this.source = source;
		this.detail = detail;
	}

	/** Where the identity came from, or {@code null}. */
	public String source() {
		return source;
	}

	/** What is wrong, without the source. */
	public String detail() {
		return detail;
	}
}
