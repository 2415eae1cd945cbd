package dev.kiln.launch.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.kiln.image.qemu.PortForward;
import dev.kiln.model.Appliance;
import dev.kiln.model.Port;

/**
 * The forwards of a launch that keeps the manifest's ports: each port of {@code <network>} on the same
 * host port, or 10000 above it when it is privileged (below 1024); a host port that is taken is replaced
 * by a free one, so a second machine or a busy port never stops the launch.
 */
public final class ManifestForwards {

	private static final int PRIVILEGED = 1024;
	private static final int UNPRIVILEGED_OFFSET = 10_000;

	private ManifestForwards() {
	}

	/** The preferred host port of a guest port. */
	public static int preferredHostPort(int guestPort) {
		return guestPort < PRIVILEGED ? guestPort + UNPRIVILEGED_OFFSET : guestPort;
	}

	/** The forwards on their preferred host ports, free or not: what a configuration shows before it runs. */
	public static List<PortForward> preferred(Appliance appliance) {
		return of(appliance, new HostPorts() {

			@Override
			public boolean isFree(String protocol, int port) {
				return true;
			}

			@Override
			public int anyFree(String protocol) {
				throw new IllegalStateException("every port is free"); //$NON-NLS-1$
			}
		});
	}

	/** The forwards of a launch, on host ports free in {@code hostPorts}. */
	public static List<PortForward> of(Appliance appliance, HostPorts hostPorts) {
		List<PortForward> forwards = new ArrayList<>();
		if (appliance.getNetwork() == null) {
			return forwards;
		}
		Set<String> taken = new HashSet<>();
		for (Port port : appliance.getNetwork().getPorts()) {
			String protocol = port.getProtocol().getLiteral();
			int host = preferredHostPort(port.getNumber());
			if (taken.contains(protocol + host) || !hostPorts.isFree(protocol, host)) {
				host = hostPorts.anyFree(protocol);
			}
			taken.add(protocol + host);
			forwards.add(new PortForward(protocol, host, port.getNumber()));
		}
		return forwards;
	}
}
