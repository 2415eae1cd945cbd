package dev.kiln.model.internal.validation;

import java.util.regex.Pattern;

/** The syntax of the names and values the manifest rules check, each from its source. */
final class NamePatterns {

	/** Appliance id: dot- or dash-separated lower-case words, like a package or DNS name. */
	static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*"); //$NON-NLS-1$
	static final int ID_MAX_LENGTH = 63;

	/** Semantic Versioning 2.0.0, section 9 and 10 (pre-release and build metadata). */
	static final Pattern SEMVER = Pattern.compile("(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)" //$NON-NLS-1$
			+ "(?:-[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?"); //$NON-NLS-1$

	/** Debian Policy 5.6.1: at least two characters, lower case, digits, + - . and alphanumeric first. */
	static final Pattern DEBIAN_PACKAGE = Pattern.compile("[a-z0-9][a-z0-9+.-]+"); //$NON-NLS-1$

	/** adduser's default NAME_REGEX, with useradd's 32-character limit. */
	static final Pattern ACCOUNT = Pattern.compile("[a-z_][a-z0-9_-]*\\$?"); //$NON-NLS-1$
	static final int ACCOUNT_MAX_LENGTH = 32;

	/** chmod octal mode: three digits, or four with setuid/setgid/sticky. */
	static final Pattern MODE = Pattern.compile("[0-7]{3,4}"); //$NON-NLS-1$

	/** systemd.unit(5) unit name with the unit types an appliance ships. */
	static final Pattern UNIT = Pattern.compile("[A-Za-z0-9:_.\\\\@-]+\\.(?:service|socket|timer|path|mount|target)"); //$NON-NLS-1$
	static final int UNIT_MAX_LENGTH = 255;

	/** RFC 1123 host name label. */
	static final Pattern HOST_LABEL = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"); //$NON-NLS-1$
	static final int HOSTNAME_MAX_LENGTH = 253;

	/** OVF property key as guestinfo and vApp tooling accept it. */
	static final Pattern PROPERTY_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.]*"); //$NON-NLS-1$
	static final int PROPERTY_KEY_MAX_LENGTH = 64;

	/** A practical e-mail address: local part, @, a domain with at least one dot. */
	static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@" //$NON-NLS-1$
			+ "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+"); //$NON-NLS-1$

	private NamePatterns() {
	}

	static boolean matches(Pattern pattern, String value) {
		return value != null && pattern.matcher(value).matches();
	}

	static boolean isHostname(String value) {
		if (value == null || value.isEmpty() || value.length() > HOSTNAME_MAX_LENGTH || value.endsWith(".")) { //$NON-NLS-1$
			return false;
		}
		for (String label : value.split("\\.", -1)) { //$NON-NLS-1$
			if (!HOST_LABEL.matcher(label).matches()) {
				return false;
			}
		}
		return true;
	}

	static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}
}
