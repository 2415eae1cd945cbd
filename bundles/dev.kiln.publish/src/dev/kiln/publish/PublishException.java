package dev.kiln.publish;

import java.util.List;

/** Publishing or reading a marketplace failed; the message says why in words for the user. */
public class PublishException extends Exception {

	private static final long serialVersionUID = 1L;

	/** What went wrong, for callers that react differently. */
	public enum Kind {
		/** The listing breaks rules; see {@link PublishException#problems()}. */
		LISTING,
		/** The server refused the credentials or the access. */
		AUTHENTICATION,
		/** The server could not be reached. */
		UNREACHABLE,
		/** The server's TLS certificate is not trusted (unknown CA, or it does not name the host). */
		UNTRUSTED,
		/** The server answered something Kiln did not expect (status and error in the message). */
		PROTOCOL,
		/** What was downloaded or published does not match its digest. */
		DIGEST_MISMATCH,
		/** The release, appliance or file is not there. */
		NOT_FOUND,
		/** A local file could not be read or written. */
		IO,
		/** The user cancelled. */
		CANCELLED
	}

	private final Kind kind;
	private final transient List<ListingProblem> problems;

	public PublishException(Kind kind, String message) {
		this(kind, message, null);
	}

	public PublishException(Kind kind, String message, Throwable cause) {
		super(message, cause);
		this.kind = kind;
		this.problems = List.of();
	}

	/** A release whose listing breaks rules. */
	public PublishException(String message, List<ListingProblem> problems) {
		super(message);
		this.kind = Kind.LISTING;
		this.problems = List.copyOf(problems);
	}

	public Kind kind() {
		return kind;
	}

	/** The broken listing rules when {@link #kind()} is {@link Kind#LISTING}. */
	public List<ListingProblem> problems() {
		return problems;
	}
}
