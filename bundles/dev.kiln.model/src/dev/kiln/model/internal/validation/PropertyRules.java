package dev.kiln.model.internal.validation;

import dev.kiln.model.AppliancePackage.Literals;
import dev.kiln.model.OvfProperties;
import dev.kiln.model.OvfProperty;
import dev.kiln.model.PropertyType;
import dev.kiln.model.internal.ModelText;
import dev.kiln.model.validation.ManifestRule;

/** Rules of the OVF properties offered to the customer. */
public final class PropertyRules {

	public void properties(OvfProperties properties, Reporter reporter) {
		Duplicates.find(properties.getEntries(), OvfProperty::getKey, (first, repeat) -> reporter
				.report(ManifestRule.PROPERTY_DUPLICATE, repeat, Literals.OVF_PROPERTY__KEY, repeat.getKey()));
	}

	public void property(OvfProperty property, Reporter reporter) {
		String key = property.getKey();
		if (key == null || key.length() > NamePatterns.PROPERTY_KEY_MAX_LENGTH
				|| !NamePatterns.matches(NamePatterns.PROPERTY_KEY, key)) {
			reporter.report(ManifestRule.PROPERTY_KEY_INVALID, property, Literals.OVF_PROPERTY__KEY,
					key == null ? "" : key); //$NON-NLS-1$
		}
		String value = property.getDefaultValue();
		if (value == null) {
			return;
		}
		PropertyType type = property.getType();
		if (type == PropertyType.PASSWORD) {
			reporter.report(ManifestRule.PASSWORD_DEFAULT, property, Literals.OVF_PROPERTY__DEFAULT_VALUE, key);
			return;
		}
		String expected = expectedValue(type, value);
		if (expected != null) {
			reporter.report(ManifestRule.PROPERTY_DEFAULT_MISMATCH, property, Literals.OVF_PROPERTY__DEFAULT_VALUE,
					value, key, expected, type.getLiteral());
		}
	}

	/** @return what the value should have been, or {@code null} when it fits the type */
	private static String expectedValue(PropertyType type, String value) {
		return switch (type) {
			case INT -> value.matches("-?\\d{1,10}") && fitsInt(value) ? null : ModelText.PropertyRules_wholeNumber; //$NON-NLS-1$
			case BOOLEAN -> value.equals("true") || value.equals("false") ? null : ModelText.PropertyRules_trueOrFalse; //$NON-NLS-1$ //$NON-NLS-2$
			case IP -> IpAddresses.isAddress(value) ? null : ModelText.PropertyRules_ipAddress;
			case STRING, PASSWORD -> null;
		};
	}

	private static boolean fitsInt(String value) {
		long number = Long.parseLong(value);
		return number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE;
	}
}
