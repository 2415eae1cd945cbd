package dev.kiln.image.debian;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The user-visible texts of the Debian archive client, from debiantext.properties, keyed
 * {@code Class_message}. Plain {@link ResourceBundle}: the engine runs without OSGi's NLS.
 */
final class DebianText {

	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(
			DebianText.class.getPackageName() + ".debiantext", Locale.ROOT, DebianText.class.getClassLoader());

	private DebianText() {
	}

	static String format(String key, Object... arguments) {
		// arguments as text: MessageFormat would print a size of 9679304 as "9,679,304"
		Object[] texts = Arrays.stream(arguments).map(String::valueOf).toArray();
		return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(texts);
	}
}
