package dev.kiln.model.internal.validation;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** IP address literals, checked without any name lookup. */
final class IpAddresses {

	private static final Pattern IPV4 = Pattern
			.compile("(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)"); //$NON-NLS-1$
	private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]+"); //$NON-NLS-1$

	private IpAddresses() {
	}

	static boolean isAddress(String value) {
		return value != null && (isIpv4(value) || isIpv6(value));
	}

	/** @return whether the value is an address with a prefix length, e.g. 192.0.2.10/24 */
	static boolean isCidr(String value) {
		if (value == null) {
			return false;
		}
		int slash = value.indexOf('/');
		if (slash < 0) {
			return false;
		}
		String address = value.substring(0, slash);
		String prefix = value.substring(slash + 1);
		if (!prefix.matches("\\d{1,3}")) { //$NON-NLS-1$
			return false;
		}
		int length = Integer.parseInt(prefix);
		if (isIpv4(address)) {
			return length <= 32;
		}
		return isIpv6(address) && length <= 128;
	}

	private static boolean isIpv4(String value) {
		return IPV4.matcher(value).matches();
	}

	private static boolean isIpv6(String value) {
		if (!value.contains(":") || !IPV6_CHARACTERS.matcher(value).matches()) { //$NON-NLS-1$
			return false;
		}
		try {
			// a bracketed literal is parsed, never looked up
			InetAddress.getByName("[" + value + "]"); //$NON-NLS-1$ //$NON-NLS-2$
			return true;
		} catch (UnknownHostException e) {
			return false;
		}
	}
}
