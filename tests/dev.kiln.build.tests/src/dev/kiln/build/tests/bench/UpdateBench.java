package dev.kiln.build.tests.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import dev.kiln.build.ApplianceBuild;
import dev.kiln.build.tests.UpdatableHello;
import dev.kiln.image.BuildRecipe.OutputFormat;
import dev.kiln.image.BuildReport;
import dev.kiln.image.ImageEngine;
import dev.kiln.image.Progress;
import dev.kiln.image.cache.CachePolicy;
import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.image.ovf.OvaSigner;
import dev.kiln.publish.storefront.StorefrontServer;
import dev.kiln.testsupport.QemuBoot;

/**
 * The update benchmark of releng/bench/update.sh (not a test): builds 1.0 and an app-only 1.1 of the example with
 * updates, boots 1.0 under TCG and installs 1.1 with {@code kiln-update apply --stream}, counting the bytes the
 * update folder's web server sends; prints one fact a line ({@code name value}).
 * <p>
 * Usage: {@code UpdateBench <work folder> <cache folder> <log folder>} with {@code -Dkiln.repository=<checkout>};
 * {@code UpdateBench chunks <old image> <new image>} prints how many 4 KiB chunks of the new image the old one
 * lacks, what RAUC's {@code block-hash-index} method has to fetch at the least.
 */
public final class UpdateBench {

	static final Duration BOOT_LIMIT = Duration.ofSeconds(600);
	static final Duration INSTALL_LIMIT = Duration.ofSeconds(1200);
	static final Duration COMMAND_LIMIT = Duration.ofSeconds(120);
	static final int CHUNK = 4096;

	private UpdateBench() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 3 && args[0].equals("chunks")) {
			chunks(Path.of(args[1]), Path.of(args[2]));
		} else if (args.length == 3) {
			run(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
		} else {
			System.err.println("usage: UpdateBench <work> <cache> <logs> | UpdateBench chunks <old image> <new image>");
			System.exit(2);
		}
	}

	static void run(Path work, Path cache, Path logs) throws Exception {
		VendorIdentity vendor = VendorIdentity.create("Kiln bench updates", "Kiln Bench", Duration.ofDays(30));
		Path site = Files.createDirectories(work.resolve("site"));
		try (StorefrontServer server = StorefrontServer.start(site, 0); CountingRelay relay = CountingRelay.start(server.url().getPort())) {
			// QEMU's user network takes 10.0.2.2 to the host's loopback, where the relay counts what the guest gets
			Path project = UpdatableHello.copy(work, "http://10.0.2.2:" + relay.port() + "/updates/hello-appliance/");
			ImageEngine engine = new ImageEngine(cache, OvaSigner.of(vendor), CachePolicy.DEFAULT);
			long start = System.nanoTime();
			BuildReport first = new ApplianceBuild(engine).build(project, work.resolve("out-1.0"), ApplianceBuild.DEFAULT_SOURCE_DATE_EPOCH,
					Progress.NONE);
			fact("build-1.0-seconds", seconds(start));
			UpdatableHello.appOnlyRelease(project, "1.0.0", "1.1.0");
			start = System.nanoTime();
			BuildReport second = new ApplianceBuild(engine).build(project, work.resolve("out-1.1"), ApplianceBuild.DEFAULT_SOURCE_DATE_EPOCH,
					Progress.NONE);
			fact("build-1.1-seconds", seconds(start));
			for (OutputFormat format : new OutputFormat[] { OutputFormat.RAW, OutputFormat.QCOW2, OutputFormat.OVA, OutputFormat.UPDATE_BUNDLE }) {
				BuildReport.Artifact artifact = first.artifact(format);
				fact("file-1.0-" + format.name().toLowerCase(), artifact.file() + " " + artifact.size());
			}
			BuildReport.Artifact bundle = second.artifact(OutputFormat.UPDATE_BUNDLE);
			fact("file-1.1-update_bundle", bundle.file() + " " + bundle.size());
			UpdatableHello.publish(site, "hello-appliance", vendor, second);

			try (QemuBoot vm = QemuBoot.startRebootable(first.artifact(OutputFormat.QCOW2).file(), "qcow2", QemuBoot.Firmware.SEABIOS, 8080,
					logs, "update-bench")) {
				start = System.nanoTime();
				UpdatableHello.awaitReadyAndShell(vm, 0, UpdatableHello.ready("1.0.0", "A"), BOOT_LIMIT);
				fact("boot-1.0-seconds", seconds(start));
				relay.reset();
				start = System.nanoTime();
				String applied = vm.run("kiln-update apply --stream --no-reboot", INSTALL_LIMIT);
				double install = seconds(start);
				long streamed = relay.sent();
				System.out.print(indent("apply", applied));
				if (!applied.contains("installed hello-appliance 1.1.0 into system slot B")) {
					throw new AssertionError("kiln-update apply --stream did not install 1.1.0: " + applied);
				}
				fact("stream-bytes", streamed);
				fact("stream-requests", relay.connections());
				fact("install-seconds", install);
				// what RAUC says of the adaptive method: which sources the chunks came from, and what the NBD helper fetched
				System.out.print(indent("rauc", vm.run("journalctl -b -u rauc --no-pager -o cat | grep -i -E "
						+ "'adaptive|hash index|access stats|chunk|nbd (dl_size|total)|streaming|installing|resiz' | tail -n 40", COMMAND_LIMIT)));
				int before = vm.serial().length();
				start = System.nanoTime();
				vm.type("systemctl reboot");
				UpdatableHello.awaitReadyAndShell(vm, before, UpdatableHello.ready("1.1.0", "B"), BOOT_LIMIT);
				double reboot = seconds(start);
				fact("reboot-to-ready-seconds", reboot);
				fact("apply-to-ready-seconds", install + reboot);
				String page = vm.get("/", Duration.ofSeconds(60)).body();
				fact("page-is-1.1", page.contains("Version 1.1"));
			}
		}
	}

	/**
	 * The 4 KiB chunks of {@code newer} that are not all zeros and have no equal anywhere in {@code older}: what RAUC's
	 * block-hash-index method cannot take from the running slot (when that slot still holds {@code older}).
	 */
	static void chunks(Path older, Path newer) throws Exception {
		Set<String> known = new HashSet<>();
		hashes(older, known, null);
		long[] counts = new long[3];
		hashes(newer, null, hash -> {
			counts[0]++;
			if (hash == null) {
				counts[1]++;
			} else if (!known.contains(hash)) {
				counts[2]++;
			}
		});
		fact("chunks-total", counts[0]);
		fact("chunks-zero", counts[1]);
		fact("chunks-new", counts[2]);
		fact("chunks-new-bytes", counts[2] * CHUNK);
	}

	/** Hashes each 4 KiB chunk of {@code image} into {@code into} or passes it to {@code each} ({@code null} for zeros). */
	private static void hashes(Path image, Set<String> into, java.util.function.Consumer<String> each) throws Exception {
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		byte[] zero = new byte[CHUNK];
		ByteBuffer buffer = ByteBuffer.allocate(CHUNK * 256);
		try (FileChannel in = FileChannel.open(image, StandardOpenOption.READ)) {
			while (true) {
				buffer.clear();
				while (buffer.hasRemaining() && in.read(buffer) >= 0) {
					// fill unless the file ends
				}
				int n = buffer.position();
				for (int offset = 0; offset + CHUNK <= n; offset += CHUNK) {
					boolean isZero = Arrays.mismatch(buffer.array(), offset, offset + CHUNK, zero, 0, CHUNK) < 0;
					String hash = null;
					if (!isZero) {
						sha.update(buffer.array(), offset, CHUNK);
						hash = HexFormat.of().formatHex(sha.digest());
					}
					if (into != null && hash != null) {
						into.add(hash);
					}
					if (each != null) {
						each.accept(hash);
					}
				}
				if (n < buffer.capacity()) {
					return;
				}
			}
		}
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static void fact(String name, Object value) {
		System.out.println(name + " " + (value instanceof Double d ? String.format("%.1f", d) : value));
		System.out.flush();
	}

	private static String indent(String prefix, String text) {
		StringBuilder out = new StringBuilder();
		text.lines().forEach(line -> out.append("  ").append(prefix).append(": ").append(line).append('\n'));
		return out.toString();
	}

	/**
	 * A TCP relay on 127.0.0.1 in front of the update folder's web server that counts the bytes the server sends
	 * (responses with their headers): what the guest downloads.
	 */
	static final class CountingRelay implements AutoCloseable {

		private final ServerSocket listener;
		private final int upstream;
		private final AtomicLong sent = new AtomicLong();
		private final AtomicLong connections = new AtomicLong();

		private CountingRelay(ServerSocket listener, int upstream) {
			this.listener = listener;
			this.upstream = upstream;
		}

		static CountingRelay start(int upstream) throws IOException {
			ServerSocket listener = new ServerSocket();
			listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			CountingRelay relay = new CountingRelay(listener, upstream);
			Thread.ofPlatform().daemon().name("update-bench-relay").start(relay::accept);
			return relay;
		}

		int port() {
			return listener.getLocalPort();
		}

		long sent() {
			return sent.get();
		}

		long connections() {
			return connections.get();
		}

		void reset() {
			sent.set(0);
			connections.set(0);
		}

		private void accept() {
			while (!listener.isClosed()) {
				try {
					Socket client = listener.accept();
					Socket server = new Socket(InetAddress.getLoopbackAddress(), upstream);
					connections.incrementAndGet();
					Thread.ofPlatform().daemon().start(() -> pipe(client, server, null));
					Thread.ofPlatform().daemon().start(() -> pipe(server, client, sent));
				} catch (IOException e) {
					// closed, or one connection failed: the next one may work
				}
			}
		}

		private static void pipe(Socket from, Socket to, AtomicLong counter) {
			byte[] buffer = new byte[1 << 16];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				for (int n; (n = in.read(buffer)) >= 0;) {
					out.write(buffer, 0, n);
					if (counter != null) {
						counter.addAndGet(n);
					}
				}
			} catch (IOException e) {
				// the other side closed
			} finally {
				try {
					from.close();
					to.close();
				} catch (IOException e) {
					// already closed
				}
			}
		}

		@Override
		public void close() throws IOException {
			listener.close();
		}
	}
}
