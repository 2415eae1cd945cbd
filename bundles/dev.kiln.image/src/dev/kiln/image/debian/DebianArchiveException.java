package dev.kiln.image.debian;

import java.io.Serial;

/**
 * What went wrong while reading the apt sources or the Debian archive. The message names the suite,
 * the URL, the file and the reason, ready to be shown to the user as it is.
 */
public final class DebianArchiveException extends Exception {

	@Serial
	private static final long serialVersionUID = 1L;

	/** The kind of failure, for callers that react differently to each. */
	public enum Reason {
		/** No connection, a timeout or an interrupted transfer. */
		UNREACHABLE,
		/** The mirror answered with an unexpected HTTP status. */
		HTTP_STATUS,
		/** The mirror has no such suite. */
		NO_SUITE,
		/** The suite has no index for the component and architecture asked for. */
		NO_INDEX,
		/** InRelease carries no OpenPGP clear-signature. */
		NOT_SIGNED,
		/** InRelease is signed, but by no key of the keyring (or only by expired or revoked ones). */
		UNKNOWN_KEY,
		/** A signature by a key of the keyring does not match the signed text. */
		BAD_SIGNATURE,
		/** The Release's Valid-Until has passed. */
		EXPIRED,
		/** InRelease or an index cannot be parsed, or describes another suite. */
		MALFORMED,
		/** A downloaded file's size or SHA256 differs from the signed Release. */
		HASH_MISMATCH,
		/** The keyring cannot be read. */
		KEYRING,
		/** The disk cache cannot be written. */
		CACHE,
		/** The apt sources name no Debian archive or cannot be read. */
		NO_SOURCES
	}

	private final Reason reason;

	DebianArchiveException(Reason reason, String message) {
		this(reason, message, null);
	}

	DebianArchiveException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	/** @return the kind of failure */
	public Reason reason() {
		return reason;
	}
}
