package dev.kiln.publish.internal;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The user-visible texts of dev.kiln.publish, from publishtext.properties, keyed
 * {@code Class_message}. Plain {@link ResourceBundle}: the publisher runs without OSGi's NLS.
 */
public final class PublishText {

	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(
			PublishText.class.getPackageName() + ".publishtext", Locale.ROOT, PublishText.class.getClassLoader());

	private PublishText() {
	}

	/** The text of {@code key} with its {0}, {1}… replaced by the arguments as text. */
	public static String format(String key, Object... arguments) {
		Object[] texts = Arrays.stream(arguments).map(String::valueOf).toArray();
		return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(texts);
	}
}
