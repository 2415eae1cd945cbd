package dev.kiln.launch.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import dev.kiln.image.qemu.PortForward;

/**
 * Port forwards as the launch configuration stores and shows them: {@code host:guest[/udp]}, separated
 * by commas or blanks, e.g. {@code 8080:80, 5353:53/udp}.
 */
public final class PortForwards {

	private static final Pattern FORWARD = Pattern.compile("(\\d{1,5}):(\\d{1,5})(?:/(tcp|udp))?", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$

	private PortForwards() {
	}

	/** The forwards in {@code text}; an empty text has none. */
	public static List<PortForward> parse(String text) throws InvalidLaunchSettingsException {
		List<PortForward> forwards = new ArrayList<>();
		Set<String> hostPorts = new HashSet<>();
		for (String item : text.trim().split("[,\\s]+")) { //$NON-NLS-1$
			if (item.isEmpty()) {
				continue;
			}
			Matcher matcher = FORWARD.matcher(item);
			PortForward forward;
			try {
				if (!matcher.matches()) {
					throw new IllegalArgumentException(item);
				}
				String protocol = matcher.group(3) == null ? "tcp" : matcher.group(3).toLowerCase(Locale.ROOT); //$NON-NLS-1$
				forward = new PortForward(protocol, Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
			} catch (IllegalArgumentException e) {
				throw new InvalidLaunchSettingsException(NLS.bind(LaunchText.Settings_badForward, item));
			}
			if (!hostPorts.add(forward.protocol() + forward.hostPort())) {
				throw new InvalidLaunchSettingsException(NLS.bind(LaunchText.Settings_duplicateHostPort, forward.hostPort(), forward.protocol()));
			}
			forwards.add(forward);
		}
		return forwards;
	}

	/** The text {@link #parse(String)} reads back. */
	public static String format(List<PortForward> forwards) {
		return forwards.stream().map(f -> f.hostPort() + ":" + f.guestPort() + (f.protocol().equals("tcp") ? "" : "/" + f.protocol())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.collect(Collectors.joining(", ")); //$NON-NLS-1$
	}
}
