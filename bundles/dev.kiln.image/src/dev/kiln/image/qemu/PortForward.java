package dev.kiln.image.qemu;

import java.util.Locale;

/**
 * A port of the guest reachable on the host's loopback address through QEMU's user-mode network.
 *
 * @param protocol
 *            {@code tcp} or {@code udp}
 * @param hostPort
 *            the port on 127.0.0.1
 * @param guestPort
 *            the appliance's port
 */
public record PortForward(String protocol, int hostPort, int guestPort) {

	public PortForward {
		protocol = protocol.toLowerCase(Locale.ROOT);
		if (!protocol.equals("tcp") && !protocol.equals("udp")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new IllegalArgumentException("protocol " + protocol + " is neither tcp nor udp"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		checkPort(hostPort);
		checkPort(guestPort);
	}

	/** A TCP forward. */
	public static PortForward tcp(int hostPort, int guestPort) {
		return new PortForward("tcp", hostPort, guestPort); //$NON-NLS-1$
	}

	private static void checkPort(int port) {
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException("port " + port + " is not between 1 and 65535"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** The {@code hostfwd} rule of QEMU's user network, bound to 127.0.0.1 only. */
	public String hostfwd() {
		return protocol + ":127.0.0.1:" + hostPort + "-:" + guestPort; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
