package dev.kiln.publish.internal.storefront;

import java.util.regex.Pattern;

/**
 * HTML text that is safe to write: every piece of listing text goes through {@link #text} or
 * {@link #attribute}, so markup in a listing shows as the characters it is and never runs.
 */
final class Html {

	/** Links a customer may follow: the web, nothing that runs script ({@code javascript:}, {@code data:}). */
	private static final Pattern WEB_URL = Pattern.compile("https?://[^\\s<>\"'`]+", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
	private static final Pattern EMAIL = Pattern.compile("[^\\s<>\"'`:/?#@]+@[A-Za-z0-9.-]+"); //$NON-NLS-1$

	private Html() {
	}

	/** Escapes text for an element's content or a quoted attribute value. */
	static String text(String value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder out = new StringBuilder(value.length() + 16);
		value.codePoints().forEach(c -> {
			switch (c) {
				case '&' -> out.append("&amp;"); //$NON-NLS-1$
				case '<' -> out.append("&lt;"); //$NON-NLS-1$
				case '>' -> out.append("&gt;"); //$NON-NLS-1$
				case '"' -> out.append("&quot;"); //$NON-NLS-1$
				case '\'' -> out.append("&#39;"); //$NON-NLS-1$
				default -> {
					if (c < 0x20 && c != '\n' && c != '\t') {
						out.append(' '); // control characters have no place in a page
					} else {
						out.appendCodePoint(c);
					}
				}
			}
		});
		return out.toString();
	}

	/** Same escaping as {@link #text}: attribute values are always written in double quotes. */
	static String attribute(String value) {
		return text(value);
	}

	/** Whether a URL from a listing may become a link. */
	static boolean isWebUrl(String url) {
		return url != null && WEB_URL.matcher(url).matches();
	}

	/** Whether an e-mail address from a listing may become a {@code mailto:} link. */
	static boolean isEmail(String email) {
		return email != null && EMAIL.matcher(email).matches();
	}

	/** Paragraphs of plain text (blank lines separate them; single line breaks are kept by the style sheet). */
	static String paragraphs(String value) {
		if (value == null || value.isBlank()) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder out = new StringBuilder();
		for (String paragraph : value.strip().split("\\R\\s*\\R")) { //$NON-NLS-1$
			out.append("<p>").append(text(paragraph.strip())).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return out.toString();
	}
}
