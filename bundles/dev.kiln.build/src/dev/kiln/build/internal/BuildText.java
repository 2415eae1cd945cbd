package dev.kiln.build.internal;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The user-visible texts of dev.kiln.build, from buildtext.properties, keyed {@code Class_message}.
 * Plain {@link ResourceBundle}: the build runs without OSGi's NLS (benchmarks, the Maven plug-in).
 */
public final class BuildText {

	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(BuildText.class.getPackageName() + ".buildtext", Locale.ROOT, //$NON-NLS-1$
			BuildText.class.getClassLoader());

	private BuildText() {
	}

	/** The text of {@code key} with its {0}, {1}… replaced by the arguments as text. */
	public static String format(String key, Object... arguments) {
		Object[] texts = Arrays.stream(arguments).map(String::valueOf).toArray();
		return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(texts);
	}
}
