package dev.kiln.model.internal.validation;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.ResourceBundle;

import dev.kiln.model.validation.ManifestRule;

/** The texts of the rules, from messages.properties, keyed {@code RULE} or {@code RULE.variant}. */
final class RuleMessages {

	private static final ResourceBundle BUNDLE = ResourceBundle
			.getBundle(RuleMessages.class.getPackageName() + ".messages", java.util.Locale.ROOT,
					RuleMessages.class.getClassLoader());

	private RuleMessages() {
	}

	static String format(ManifestRule rule, String variant, Object... arguments) {
		String key = variant == null ? rule.name() : rule.name() + "." + variant;
		// arguments as text: MessageFormat would print 8080 as "8,080"
		Object[] texts = Arrays.stream(arguments).map(String::valueOf).toArray();
		return new MessageFormat(BUNDLE.getString(key), java.util.Locale.ROOT).format(texts);
	}
}
