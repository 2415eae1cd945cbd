package dev.kiln.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.kiln.image.qemu.Accelerator;
import dev.kiln.image.qemu.PortForward;
import dev.kiln.image.qemu.QemuMachine;

/**
 * Boots a disk image with Kiln's {@link QemuMachine} (the command line the IDE's launch uses) under
 * software emulation (TCG, see {@link Accelerator#TCG}), from the disk's own boot loader, never writing
 * to the image. The serial console goes to a log file; a guest port is forwarded to a free port on
 * 127.0.0.1.
 */
public final class QemuBoot implements AutoCloseable {

	public enum Firmware {
		SEABIOS(QemuMachine.Firmware.BIOS), OVMF(QemuMachine.Firmware.UEFI), OVMF_SECURE_BOOT(QemuMachine.Firmware.UEFI_SECURE_BOOT);

		final QemuMachine.Firmware machine;

		Firmware(QemuMachine.Firmware machine) {
			this.machine = machine;
		}
	}

	private final Process process;
	private final Path log;
	private final int hostPort;
	private final int qmpPort;
	private final Writer console;

	private QemuBoot(Process process, Path log, int hostPort, int qmpPort) {
		this.process = process;
		this.console = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
		this.log = log;
		this.hostPort = hostPort;
		this.qmpPort = qmpPort;
	}

	/** Starts the machine; {@code guestPort} is forwarded to {@link #hostPort()}. */
	public static QemuBoot start(Path disk, String format, Firmware firmware, int guestPort, Path logDirectory, String name) throws IOException {
		return start(disk, format, firmware, guestPort, logDirectory, name, null);
	}

	/** Starts the machine with {@code cdrom} (an ISO image, or {@code null}) in a CD-ROM drive. */
	public static QemuBoot start(Path disk, String format, Firmware firmware, int guestPort, Path logDirectory, String name, Path cdrom)
			throws IOException {
		return start(disk, format, firmware, guestPort, logDirectory, name, cdrom, false);
	}

	/**
	 * Starts a machine whose guest may reboot: QEMU resets it instead of ending, and the disk's writes (kept apart from the
	 * image, {@code -snapshot}) survive the reboots until QEMU ends.
	 */
	public static QemuBoot startRebootable(Path disk, String format, Firmware firmware, int guestPort, Path logDirectory, String name)
			throws IOException {
		return start(disk, format, firmware, guestPort, logDirectory, name, null, true);
	}

	private static QemuBoot start(Path disk, String format, Firmware firmware, int guestPort, Path logDirectory, String name, Path cdrom,
			boolean reboots) throws IOException {
		Files.createDirectories(logDirectory);
		Path log = logDirectory.resolve(name + ".serial.log");
		int hostPort = freePort();
		int qmpPort = freePort();
		// QMP on loopback, for the power button (see powerDown)
		QemuMachine.Builder machine = QemuMachine.builder(disk, format).accelerator(Accelerator.TCG).memoryMb(1024).cpus(2)
				.forward(PortForward.tcp(hostPort, guestPort))
				.extraArguments(reboots ? List.of("-qmp", "tcp:127.0.0.1:" + qmpPort + ",server=on,wait=off")
						: cdrom == null ? List.of("-no-reboot", "-qmp", "tcp:127.0.0.1:" + qmpPort + ",server=on,wait=off")
						: List.of("-no-reboot", "-qmp", "tcp:127.0.0.1:" + qmpPort + ",server=on,wait=off", "-drive",
								"file=" + cdrom.toString().replace(",", ",,") + ",media=cdrom,format=raw,readonly=on"));
		if (firmware != Firmware.SEABIOS) {
			Path vars = logDirectory.resolve(name + ".OVMF_VARS.fd");
			Files.copy(firmware.machine.variableStore(), vars, StandardCopyOption.REPLACE_EXISTING);
			machine.firmware(firmware.machine, vars);
		}
		List<String> command = machine.build().commandLine();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
				.redirectInput(ProcessBuilder.Redirect.PIPE).start();
		return new QemuBoot(process, log, hostPort, qmpPort);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	public int hostPort() {
		return hostPort;
	}

	public Path log() {
		return log;
	}

	public String serial() throws IOException {
		return Files.readString(log, StandardCharsets.ISO_8859_1);
	}

	/**
	 * Waits for {@code marker} on the serial console, read without systemd's colours; returns the seconds it took, or
	 * fails with the log's tail.
	 */
	public double awaitSerial(String marker, Duration limit) throws IOException, InterruptedException {
		long start = System.nanoTime();
		awaitSerialAfter(0, marker, limit);
		return (System.nanoTime() - start) / 1e9;
	}

	/** Types {@code line} and Enter on the serial console. */
	public void type(String line) throws IOException {
		console.write(line + "\r");
		console.flush();
	}

	/**
	 * Runs {@code command} in the shell logged in on the serial console and returns what it printed: the text between
	 * two markers the command line echoes around it, waiting at most {@code limit}.
	 */
	public String run(String command, Duration limit) throws IOException, InterruptedException {
		String id = Long.toString(System.nanoTime(), 36);
		int from = serial().length();
		type("echo KILN-BEGIN-" + id + "; " + command + "; echo KILN-END-" + id + " $?");
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline) {
			// without the shell's and systemd's terminal controls (colours, bracketed paste)
			String text = serial().substring(from).replace("\r", "").replaceAll("\u001B\\[[?0-9;]*[A-Za-z]", "");
			int begin = text.indexOf("\nKILN-BEGIN-" + id);
			int end = text.indexOf("\nKILN-END-" + id);
			if (begin >= 0 && end > begin) {
				return text.substring(text.indexOf('\n', begin + 1) + 1, end + 1);
			}
			if (!process.isAlive()) {
				throw new AssertionError("qemu ended while running '" + command + "'; serial log " + log + ":\n" + tail());
			}
			Thread.sleep(250);
		}
		throw new AssertionError("'" + command + "' did not finish within " + limit.toSeconds() + " s; serial log " + log + ":\n" + tail());
	}

	/** Waits for {@code marker} to appear on the serial console after {@code from} characters of it. */
	public void awaitSerialAfter(int from, String marker, Duration limit) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline) {
			String text = serial();
			if (text.length() > from && text.substring(from).replaceAll("\u001B\\[[0-9;]*m", "").contains(marker)) {
				return;
			}
			if (!process.isAlive()) {
				throw new AssertionError("qemu ended (exit " + process.exitValue() + ") before '" + marker + "'; serial log " + log + ":\n" + tail());
			}
			Thread.sleep(250);
		}
		throw new AssertionError("no '" + marker + "' on the serial console within " + limit.toSeconds() + " s; serial log " + log + ":\n"
				+ tail());
	}

	/** GETs a path from the forwarded port, retrying briefly while the guest's network comes up. */
	public HttpResponse<String> get(String path, Duration limit) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		long deadline = System.nanoTime() + limit.toNanos();
		IOException last = null;
		while (System.nanoTime() < deadline) {
			try {
				return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hostPort + path))
						.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
			} catch (IOException e) {
				last = e;
				Thread.sleep(500);
			}
		}
		throw new IOException("the guest did not answer on port " + hostPort + " within " + limit.toSeconds() + " s", last);
	}

	/**
	 * Presses the machine's ACPI power button through QMP, as a hypervisor's "shut down guest" does; the guest's
	 * systemd then stops its units, showing each on the console (status lines are shown again once the serial getty
	 * is stopped), and powers off.
	 */
	public void powerDown() throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), qmpPort)) {
			socket.setSoTimeout(10_000);
			BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
			in.readLine(); // the greeting
			for (String command : List.of("qmp_capabilities", "system_powerdown")) {
				out.write("{\"execute\": \"" + command + "\"}\n");
				out.flush();
				// events (POWERDOWN) may come before the answer
				String answer = in.readLine();
				for (int i = 0; i < 20 && answer != null && answer.contains("\"event\""); i++) {
					answer = in.readLine();
				}
				if (answer == null || !answer.contains("\"return\"")) {
					throw new IOException("QMP " + command + " answered " + answer);
				}
			}
		}
	}

	/**
	 * Presses the power button until the guest starts shutting down (it shows {@code marker}, or QEMU ends): a
	 * press while the guest is still setting up its devices (the button's driver, logind watching it) is lost,
	 * as on a real machine. At most {@code presses} presses, {@code interval} apart.
	 */
	public void powerDownUntil(String marker, int presses, Duration interval) throws IOException, InterruptedException {
		for (int press = 0; press < presses && process.isAlive(); press++) {
			powerDown();
			long deadline = System.nanoTime() + interval.toNanos();
			while (System.nanoTime() < deadline && process.isAlive()) {
				if (serial().replaceAll("\u001B\\[[0-9;]*m", "").contains(marker)) {
					return;
				}
				Thread.sleep(250);
			}
		}
	}

	/** Waits for QEMU to end by itself (a guest that powers off); returns its exit value or fails. */
	public int awaitExit(Duration limit) throws InterruptedException, IOException {
		if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new AssertionError("qemu still running " + limit.toSeconds() + " s after the power button; serial log " + log + ":\n"
					+ tail());
		}
		return process.exitValue();
	}

	private String tail() throws IOException {
		String text = serial();
		return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(5, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			process.waitFor(5, TimeUnit.SECONDS);
		}
	}
}
