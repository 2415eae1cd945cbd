package dev.kiln.image.text;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The base of a bundle's text class, as {@code org.eclipse.osgi.util.NLS} is in the Eclipse bundles, but
 * plain Java: the bundles that extend it also run on a plain class path (releng/bench, the Maven plug-in).
 * The text class is public, declares one {@code public static String} field per text, named as its key in
 * the properties file ({@code Class_message}), and fills them in its static initializer with
 * {@link #initializeTexts}; a text with arguments is used through {@link #bind}.
 */
public abstract class Texts {

	/** Only for the text classes, which are never instantiated either. */
	protected Texts() {
	}

	/**
	 * Sets each public static, non-final String field of {@code textClass} to the text of the same key in
	 * the properties file {@code baseName} (a {@link ResourceBundle} base name, such as
	 * {@code dev.kiln.image.internal.imagetext}), found by the class loader of {@code textClass}.
	 *
	 * @throws java.util.MissingResourceException when there is no such file, or it has no text for a field
	 */
	public static void initializeTexts(String baseName, Class<?> textClass) {
		ResourceBundle texts = ResourceBundle.getBundle(baseName, Locale.ROOT, textClass.getClassLoader());
		for (Field field : textClass.getDeclaredFields()) {
			int modifiers = field.getModifiers();
			if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && !Modifier.isFinal(modifiers)
					&& field.getType() == String.class) {
				try {
					field.set(null, texts.getString(field.getName()));
				} catch (IllegalAccessException e) {
					throw new IllegalArgumentException(textClass.getName() + " is not public", e); //$NON-NLS-1$
				}
			}
		}
	}

	/**
	 * {@code message} with its {0}, {1}… replaced by the arguments as text, as NLS.bind does (in
	 * MessageFormat syntax: a literal quote is written ''); a size of 9679304 stays "9679304", not
	 * MessageFormat's "9,679,304".
	 */
	public static String bind(String message, Object... arguments) {
		Object[] texts = Arrays.stream(arguments).map(String::valueOf).toArray();
		return new MessageFormat(message, Locale.ROOT).format(texts);
	}
}
