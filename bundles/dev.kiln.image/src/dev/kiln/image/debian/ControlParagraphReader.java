package dev.kiln.image.debian;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serial;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import dev.kiln.image.internal.ImageText;

/**
 * Reads the paragraphs of a Debian control file (deb822: Release, Packages, apt's .sources files).
 * Field names compare case-insensitively as deb822 says; a continuation line is appended to its
 * field's value after a newline, trimmed. Only the wanted fields are kept, so a Packages file with
 * its long descriptions reads fast.
 */
final class ControlParagraphReader {

	/** A line that is neither a field, a continuation, a comment nor blank. */
	static final class SyntaxException extends IOException {
		@Serial
		private static final long serialVersionUID = 1L;
		final int line;

		SyntaxException(int line, String message) {
			super(message);
			this.line = line;
		}
	}

	private final BufferedReader reader;
	private final String[] wanted;
	private final boolean comments;
	private int lineNumber;
	private int paragraphLine;

	/**
	 * @param wanted   the fields to keep, in their canonical spelling; null keeps all, as written
	 * @param comments whether lines starting with '#' are comments (apt's .sources files)
	 */
	ControlParagraphReader(BufferedReader reader, Collection<String> wanted, boolean comments) {
		this.reader = reader;
		this.comments = comments;
		this.wanted = wanted == null ? null : wanted.toArray(String[]::new);
	}

	/** @return the number of the line where the last paragraph read began (1-based) */
	int paragraphLine() {
		return paragraphLine;
	}

	/** @return the next paragraph's wanted fields in a new map, or null at the end of the input */
	Map<String, String> next() throws IOException {
		Map<String, String> fields = wanted == null ? new TreeMap<>(String.CASE_INSENSITIVE_ORDER) : new HashMap<>();
		return next(fields) ? fields : null;
	}

	/**
	 * Reads the next paragraph's wanted fields into a map the caller clears and reuses (fast path for
	 * indexes of many paragraphs).
	 *
	 * @return false at the end of the input
	 */
	boolean next(Map<String, String> fields) throws IOException {
		String field = null; // the field continuation lines belong to; null while skipping one
		String value = null; // its first line, until a continuation line moves it into the builder
		StringBuilder lines = new StringBuilder();
		boolean inParagraph = false;
		String line;
		while ((line = reader.readLine()) != null) {
			lineNumber++;
			if (line.isBlank()) {
				if (inParagraph) {
					break;
				}
				continue;
			}
			char first = line.charAt(0);
			if (comments && first == '#') {
				continue;
			}
			if (first == ' ' || first == '\t') {
				if (!inParagraph) {
					throw new SyntaxException(lineNumber, ImageText.ControlParagraphReader_continuationOutside);
				}
				if (field != null) {
					if (value != null) {
						lines.setLength(0);
						lines.append(value);
						value = null;
					}
					lines.append('\n').append(line.strip());
				}
				continue;
			}
			int colon = line.indexOf(':');
			if (colon <= 0) {
				throw new SyntaxException(lineNumber, ImageText.bind(ImageText.ControlParagraphReader_notAField, line));
			}
			if (!inParagraph) {
				inParagraph = true;
				paragraphLine = lineNumber;
			}
			if (field != null) {
				fields.put(field, value != null ? value : lines.toString().strip());
			}
			field = canonicalName(line, colon);
			if (field != null) {
				value = line.substring(colon + 1).strip();
			}
		}
		if (field != null) {
			fields.put(field, value != null ? value : lines.toString().strip());
		}
		return inParagraph;
	}

	/** @return the wanted field the line starts with, in canonical spelling; null when it is not wanted */
	private String canonicalName(String line, int colon) {
		if (wanted == null) {
			return line.substring(0, colon);
		}
		for (String name : wanted) {
			// deb822 field names are case-insensitive; comparing in place spares a substring per line
			if (name.length() == colon && line.regionMatches(true, 0, name, 0, colon)) {
				return name;
			}
		}
		return null;
	}
}
