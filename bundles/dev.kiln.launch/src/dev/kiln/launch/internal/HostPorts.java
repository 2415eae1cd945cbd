package dev.kiln.launch.internal;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.eclipse.osgi.util.NLS;

/** Which ports of the host's loopback address a forward can take. */
public interface HostPorts {

	/** Whether {@code port} ({@code tcp} or {@code udp}) is free on 127.0.0.1 now. */
	boolean isFree(String protocol, int port);

	/** A port the system considers free. */
	int anyFree(String protocol);

	/** The ports of this machine, found by binding sockets briefly. */
	HostPorts LOOPBACK = new HostPorts() {

		@Override
		public boolean isFree(String protocol, int port) {
			InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
			try {
				if (protocol.equals("udp")) { //$NON-NLS-1$
					try (DatagramSocket socket = new DatagramSocket(address)) {
						return true;
					}
				}
				try (ServerSocket socket = new ServerSocket()) {
					socket.bind(address);
					return true;
				}
			} catch (IOException e) {
				return false;
			}
		}

		@Override
		public int anyFree(String protocol) {
			InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
			try {
				if (protocol.equals("udp")) { //$NON-NLS-1$
					try (DatagramSocket socket = new DatagramSocket(address)) {
						return socket.getLocalPort();
					}
				}
				try (ServerSocket socket = new ServerSocket()) {
					socket.bind(address);
					return socket.getLocalPort();
				}
			} catch (IOException e) {
				throw new IllegalStateException(NLS.bind(LaunchText.HostPorts_noFreePort, protocol), e);
			}
		}
	};
}
