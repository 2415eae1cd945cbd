package dev.kiln.publish.internal.storefront;

/** Quoting for the shell commands the pages show, so a file name from a listing stays one word. */
final class Shell {

	private Shell() {
	}

	/** {@code it's} → {@code 'it'\''s'}; plain names stay as they are. */
	static String quote(String word) {
		if (word.matches("[A-Za-z0-9._/:@%+=,-]+")) { //$NON-NLS-1$
			return word;
		}
		return "'" + word.replace("'", "'\\''") + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
