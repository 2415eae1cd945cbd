package dev.kiln.image.ovf;

import java.io.IOException;
import java.util.Objects;

import dev.kiln.image.internal.ImageText;

/**
 * An OVF package (an OVA, or an .ovf with its files) is unsafe, damaged or does not verify. Names the
 * package, the member at fault and what is wrong, so the message alone locates the problem; the
 * {@link Reason} lets callers react without reading the message.
 */
public final class OvaException extends IOException {

	private static final long serialVersionUID = 1L;

	/** What is wrong. */
	public enum Reason {
		/** The file is not a tar archive, or holds no OVF descriptor. */
		NOT_AN_OVF_PACKAGE,
		/** The archive ends inside a header or a member's data. */
		TRUNCATED,
		/** A member name climbs out of the package ({@code ..}). */
		PATH_TRAVERSAL,
		/** A member name is an absolute path. */
		ABSOLUTE_PATH,
		/** A member is a symbolic or hard link. */
		LINK_MEMBER,
		/** A member is a directory, device, FIFO or another non-regular file. */
		SPECIAL_MEMBER,
		/** Two members have the same name. */
		DUPLICATE_MEMBER,
		/** The first member is not the .ovf descriptor (DSP0243 clause 5.3). */
		DESCRIPTOR_NOT_FIRST,
		/** The descriptor is not well-formed OVF. */
		BAD_DESCRIPTOR,
		/** A line of the manifest is not {@code ALGORITHM(name)= hex}. */
		BAD_MANIFEST,
		/** A member is covered by no line of the manifest. */
		NOT_IN_MANIFEST,
		/** The descriptor or the manifest names a file the package lacks. */
		MISSING_FILE,
		/** A file's size differs from its {@code ovf:size}. */
		SIZE_MISMATCH,
		/** A file's digest differs from the manifest's. */
		DIGEST_MISMATCH,
		/** The certificate file is malformed or does not name the manifest. */
		BAD_CERTIFICATE,
		/** The manifest's signature does not verify with the certificate's key. */
		SIGNATURE_INVALID,
		/** A digest or key algorithm Kiln does not support. */
		UNSUPPORTED_ALGORITHM,
		/** The signing keystore cannot be read or holds no usable key. */
		SIGNING_KEY
	}

	private final Reason reason;
	private final String member;

	/**
	 * @param packageName  the package (file name) or keystore at fault
	 * @param member       the member at fault, or {@code null} when it is the package itself
	 * @param reason       what kind of problem
	 * @param what         what is wrong, in words
	 */
	public OvaException(String packageName, String member, Reason reason, String what) {
		this(packageName, member, reason, what, null);
	}

	/** The same, with the exception that revealed the problem. */
	public OvaException(String packageName, String member, Reason reason, String what, Throwable cause) {
		super(member == null ? ImageText.bind(ImageText.OvaException_packageMessage, packageName, what)
				: ImageText.bind(ImageText.OvaException_memberMessage, packageName, member, what), cause);
		this.reason = Objects.requireNonNull(reason);
		this.member = member;
	}

	/** The kind of problem. */
	public Reason reason() {
		return reason;
	}

	/** The member at fault, or {@code null}. */
	public String member() {
		return member;
	}
}
