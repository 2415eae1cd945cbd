package dev.kiln.ui.internal.editor.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the caret is in a (possibly incomplete) XML text, judged from the text before it: in
 * element content, typing an element name, typing an attribute name, or inside an attribute
 * value; and which elements are open around it. Comments and processing instructions are
 * skipped; it is a heuristic for content assist, not a parser.
 */
record XmlContext(Kind kind, List<String> openElements, String element, String attribute, String prefix) {

	enum Kind {
		/** Between tags. */
		CONTENT,
		/** After {@code <}, typing an element name. */
		ELEMENT_NAME,
		/** Inside a start tag, typing an attribute name. */
		ATTRIBUTE_NAME,
		/** Inside an attribute's quotes. */
		ATTRIBUTE_VALUE
	}

	private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z_][\\w.:-]*)[^<>]*?(/?)>"); //$NON-NLS-1$
	private static final Pattern SKIPPED = Pattern.compile("<!--.*?-->|<\\?.*?\\?>|<!\\[CDATA\\[.*?]]>", Pattern.DOTALL); //$NON-NLS-1$
	private static final Pattern OPEN_VALUE = Pattern.compile("([\\w.:-]+)\\s*=\\s*([\"'])([^\"']*)$"); //$NON-NLS-1$
	private static final Pattern ATTRIBUTE_START = Pattern.compile("(?:^|\\s)([\\w.:-]*)$"); //$NON-NLS-1$

	/** @return the context at the end of {@code before} */
	static XmlContext of(String before) {
		String text = SKIPPED.matcher(before).replaceAll(match -> " ".repeat(match.group().length())); //$NON-NLS-1$
		int open = text.lastIndexOf('<');
		int close = text.lastIndexOf('>');
		if (open <= close) {
			return new XmlContext(Kind.CONTENT, openElements(text), null, null, ""); //$NON-NLS-1$
		}
		List<String> stack = openElements(text.substring(0, open));
		String tag = text.substring(open + 1);
		int nameEnd = 0;
		while (nameEnd < tag.length() && !Character.isWhitespace(tag.charAt(nameEnd))) {
			nameEnd++;
		}
		if (nameEnd == tag.length()) {
			return new XmlContext(Kind.ELEMENT_NAME, stack, null, null, tag);
		}
		String element = tag.substring(0, nameEnd);
		String attributes = tag.substring(nameEnd);
		Matcher value = OPEN_VALUE.matcher(attributes);
		if (value.find() && quotesBalancedBefore(attributes, value.start(2))) {
			return new XmlContext(Kind.ATTRIBUTE_VALUE, stack, element, value.group(1), value.group(3));
		}
		Matcher name = ATTRIBUTE_START.matcher(attributes);
		String prefix = name.find() ? name.group(1) : ""; //$NON-NLS-1$
		return new XmlContext(Kind.ATTRIBUTE_NAME, stack, element, null, prefix);
	}

	/** @return the attributes already written in the start tag being typed */
	static List<String> writtenAttributes(String before) {
		int open = before.lastIndexOf('<');
		List<String> names = new ArrayList<>();
		Matcher matcher = Pattern.compile("([\\w.:-]+)\\s*=").matcher(before.substring(open + 1)); //$NON-NLS-1$
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	private static boolean quotesBalancedBefore(String text, int index) {
		long quotes = text.substring(0, index).chars().filter(c -> c == '"' || c == '\'').count();
		return quotes % 2 == 0;
	}

	private static List<String> openElements(String text) {
		List<String> stack = new ArrayList<>();
		Matcher matcher = TAG.matcher(text);
		while (matcher.find()) {
			String name = localName(matcher.group(2));
			if (!matcher.group(1).isEmpty()) {
				int at = stack.lastIndexOf(name);
				if (at >= 0) {
					stack.subList(at, stack.size()).clear();
				}
			} else if (matcher.group(3).isEmpty()) {
				stack.add(name);
			}
		}
		return stack;
	}

	private static String localName(String name) {
		int colon = name.indexOf(':');
		return colon < 0 ? name : name.substring(colon + 1);
	}
}
