package dev.kiln.model.io;

/** The kinds of problem that stop a manifest from loading cleanly, with their stable codes. */
public enum LoadFailure {
	/** The file is not well-formed XML (e.g. truncated), or not UTF-8 text. */
	NOT_WELL_FORMED("KILN-L001"), //$NON-NLS-1$
	/** The file has a DOCTYPE; it is refused so no entity is ever expanded or fetched. */
	DOCTYPE_FORBIDDEN("KILN-L002"), //$NON-NLS-1$
	/** The root element's namespace is not a known manifest schema version. */
	UNKNOWN_NAMESPACE("KILN-L003"), //$NON-NLS-1$
	/** The root element is not {@code <appliance>}. */
	NOT_A_MANIFEST("KILN-L004"), //$NON-NLS-1$
	/** An element or attribute the schema does not define. */
	UNKNOWN_CONTENT("KILN-L005"), //$NON-NLS-1$
	/** A value of the wrong type, e.g. {@code memoryMb="lots"}. */
	INVALID_VALUE("KILN-L006"), //$NON-NLS-1$
	/** The file could not be read, or migrating it from an older schema version failed. */
	UNREADABLE("KILN-L007"); //$NON-NLS-1$

	private final String code;

	LoadFailure(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}
}
