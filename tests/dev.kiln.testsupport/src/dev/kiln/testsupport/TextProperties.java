package dev.kiln.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A bundle's text class (ImageText, ModelText, PublishText…: a public static String field per text) and
 * its properties file, for the tests that hold them together: same keys, and quotes written for how each
 * text is used.
 */
public final class TextProperties {

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+\\}");

	private final Class<?> textClass;
	private final Properties texts = new Properties();

	private TextProperties(Class<?> textClass, String resource) {
		this.textClass = textClass;
		try (InputStream in = textClass.getResourceAsStream(resource)) {
			if (in == null) {
				throw new AssertionError(resource + " not found beside " + textClass.getName());
			}
			texts.load(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** {@code resource} (a name as {@link Class#getResourceAsStream} takes it) with {@code textClass}'s fields. */
	public static TextProperties of(Class<?> textClass, String resource) {
		return new TextProperties(textClass, resource);
	}

	/** The names of the text class's public static String fields. */
	public Set<String> fields() {
		Set<String> fields = new TreeSet<>();
		for (Field field : textClass.getDeclaredFields()) {
			int modifiers = field.getModifiers();
			if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && field.getType() == String.class) {
				fields.add(field.getName());
			}
		}
		return fields;
	}

	/** The keys of the properties file. */
	public Set<String> keys() {
		return new TreeSet<>(texts.stringPropertyNames());
	}

	/**
	 * The texts, as {@code key = text}, whose quotes do not fit their use: a text with arguments {0}… is
	 * bound (MessageFormat, NLS.bind), which drops a lone quote, so it writes one as ''; a text without is
	 * used as written, so '' would show as two quotes.
	 */
	public List<String> wronglyQuoted() {
		return wronglyQuoted(text -> ARGUMENT.matcher(text).find());
	}

	/** The texts, as {@code key = text}, with a lone quote, for a file whose texts are all bound. */
	public List<String> wronglyQuotedAllBound() {
		return wronglyQuoted(text -> true);
	}

	private List<String> wronglyQuoted(Predicate<String> bound) {
		return keys().stream().filter(key -> {
			String text = texts.getProperty(key);
			String withoutPairs = text.replace("''", "");
			return bound.test(text) ? withoutPairs.replaceAll("'[{}]'", "").contains("'") : text.contains("''");
		}).map(key -> key + " = " + texts.getProperty(key)).toList();
	}
}
