package dev.kiln.model.internal.validation;

import java.util.Locale;
import java.util.ResourceBundle;

import dev.kiln.model.internal.ModelText;
import dev.kiln.model.validation.ManifestRule;

/** The texts of the rules, from messages.properties, keyed {@code RULE} or {@code RULE.variant}. */
final class RuleMessages {

	private static final ResourceBundle BUNDLE = ResourceBundle
			.getBundle(RuleMessages.class.getPackageName() + ".messages", Locale.ROOT, //$NON-NLS-1$
					RuleMessages.class.getClassLoader());

	private RuleMessages() {
	}

	static String format(ManifestRule rule, String variant, Object... arguments) {
		String key = variant == null ? rule.name() : rule.name() + "." + variant; //$NON-NLS-1$
		return ModelText.bind(BUNDLE.getString(key), arguments);
	}
}
