package dev.kiln.launch.internal;

import java.util.List;
import java.util.Optional;

/**
 * What on the serial console says an appliance is ready: {@code KILN-READY <id>}, which Kiln's templates
 * and examples print once their service runs, or else a login prompt ({@code <hostname> login:}), which
 * getty prints once the system is up. An answering forwarded port is no sign: QEMU's user network
 * accepts connections on a forwarded host port before the guest listens.
 */
public final class ReadySigns {

	private static final String LOGIN_PROMPT = " login:"; //$NON-NLS-1$

	private final List<String> signs;
	private final int longest;
	private final StringBuilder window = new StringBuilder();

	/** The signs of the appliance {@code applianceId}. */
	public ReadySigns(String applianceId) {
		this.signs = List.of("KILN-READY " + applianceId, LOGIN_PROMPT); //$NON-NLS-1$
		this.longest = signs.stream().mapToInt(String::length).max().orElse(0);
	}

	/** The marker of the appliance's service. */
	public String marker() {
		return signs.get(0);
	}

	/**
	 * Reads the next piece of console output; returns the first sign seen in the output so far. Signs
	 * split across pieces are found.
	 */
	public synchronized Optional<String> accept(String output) {
		window.append(output);
		Optional<String> seen = signs.stream().filter(s -> window.indexOf(s) >= 0).findFirst()
				.map(s -> s == LOGIN_PROMPT ? loginLine() : s);
		if (window.length() > longest) {
			window.delete(0, window.length() - longest);
		}
		return seen;
	}

	private String loginLine() {
		int end = window.indexOf(LOGIN_PROMPT) + LOGIN_PROMPT.length();
		int start = window.lastIndexOf("\n", end) + 1; //$NON-NLS-1$
		return window.substring(start, end).strip();
	}
}
