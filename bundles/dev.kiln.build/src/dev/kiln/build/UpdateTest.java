package dev.kiln.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import dev.kiln.build.internal.BuildText;
import dev.kiln.image.ImageBuildException;
import dev.kiln.image.Progress;
import dev.kiln.image.Sha256;
import dev.kiln.image.cache.BuildCache;
import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.image.ovf.OvaReader;
import dev.kiln.image.qemu.Accelerator;
import dev.kiln.image.qemu.QemuMachine;
import dev.kiln.image.update.UpdateIndex;
import dev.kiln.image.update.UpdateTestProtocol;
import dev.kiln.model.Appliance;
import dev.kiln.model.Firmware;
import dev.kiln.publish.CatalogEntry;
import dev.kiln.publish.Marketplace;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.PublishedRelease;
import dev.kiln.publish.storefront.StorefrontServer;

/**
 * The vendor's update test (docs/updates.md), as Run As → Appliance Update Test and {@code kiln test-update} run it: the
 * newest release of the appliance that customers can run (published before the build's version) is downloaded from the
 * marketplace and booted under QEMU with the systemd credential of {@link UpdateTestProtocol}. The guest marks each kept
 * path, installs the build's update bundle from a loopback web server (listed in an index signed with the vendor identity,
 * exactly as a published update), reboots into it, and says whether the new version became ready with the marks intact.
 * The booted disk is never changed (QEMU's {@code -snapshot}). A test that passes is recorded next to the build's images
 * ({@link UpdateTestRecord}), which the Publish wizard's review reads.
 */
public final class UpdateTest {

	/**
	 * The folder of the build cache that keeps the releases tests download, the same for {@code kiln test-update} and the
	 * workbench, so that one download serves both.
	 */
	public static final String DOWNLOADS_FOLDER = "update-test"; //$NON-NLS-1$
	/** How long a test may take when the caller says nothing: two boots and an install under TCG, with room. */
	public static final Duration DEFAULT_LIMIT = Duration.ofMinutes(30);
	/** How long after the release the test starts from is ready its guest must have started the test. */
	static final Duration START_LIMIT = Duration.ofMinutes(3);
	/** The host's loopback as QEMU's user network shows it to the guest. */
	static final String HOST_FROM_GUEST = "10.0.2.2"; //$NON-NLS-1$
	private static final int DEFAULT_MEMORY_MB = 1024;
	private static final List<String> DISK_FORMATS = List.of("qcow2", "ova", "vmdk", "raw"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/**
	 * What to test and with what.
	 *
	 * @param projectRoot  the appliance project
	 * @param outputDirectory  where its build wrote the images and the update bundle, the version under test
	 * @param appliance    its manifest
	 * @param fromVersion  the published release to start from; {@code null} for the newest one before the build's version
	 * @param identity     the vendor identity that signs the test's update index, the one the build signed the bundle with
	 * @param qemu         QEMU's executable
	 * @param accelerator  KVM or TCG
	 * @param limit        how long the whole test may take once the machine runs
	 * @param downloads    where the releases downloaded from the marketplace are kept for the next test
	 */
	public record Request(Path projectRoot, Path outputDirectory, Appliance appliance, String fromVersion, VendorIdentity identity, Path qemu, Accelerator accelerator,
			Duration limit, Path downloads) {
	}

	/**
	 * How a test ended.
	 *
	 * @param passed   whether the new version became ready with the kept data intact
	 * @param from     the release the test started from
	 * @param to       the version under test
	 * @param message  the guest's words (or the host's, when the guest did not answer)
	 * @param took     from the first boot to the answer
	 */
	public record Result(boolean passed, String from, String to, String message, Duration took) {
	}

	/** A test that could not run: in words, with what to do. */
	public static final class Failure extends Exception {
		private static final long serialVersionUID = 1L;

		Failure(String message, Throwable cause) {
			super(message, cause);
		}
	}

	private final Marketplace marketplace;
	private final String repository;
	private final Consumer<String> console;

	/**
	 * @param marketplace  where the releases are published
	 * @param repository   the appliance's repository on it
	 * @param console      gets the guest's serial console as it comes, and the test's own lines
	 */
	public UpdateTest(Marketplace marketplace, String repository, Consumer<String> console) {
		this.marketplace = marketplace;
		this.repository = repository;
		this.console = console;
	}

	/**
	 * Runs the test. Blocks for minutes: call it from a job or a command. A test that ran gives a result, passed or
	 * failed; a test that could not run (nothing published before, no update bundle, QEMU missing) throws.
	 *
	 * @return {@code null} when cancelled
	 */
	public Result run(Request request, Progress progress) throws Failure {
		Appliance appliance = request.appliance();
		String id = appliance.getId();
		String version = appliance.getVersion();
		if (appliance.getUpdates() == null) {
			throw new Failure(BuildText.bind(BuildText.UpdateTest_noUpdates, id), null);
		}
		Path bundle = request.outputDirectory().resolve(ProjectRelease.updateBundleName(appliance));
		if (!Files.isRegularFile(bundle) || ApplianceBuild.freshness(request.projectRoot(), request.outputDirectory()) != ApplianceBuild.Freshness.UP_TO_DATE) {
			throw new Failure(BuildText.bind(BuildText.UpdateTest_notBuilt, id, version), null);
		}
		if (request.identity() == null) {
			throw new Failure(BuildText.bind(BuildText.UpdateTest_noIdentity, VendorIdentity.KEYSTORE_VARIABLE), null);
		}
		String from = fromVersion(request, progress);
		Path disk = download(request, from, progress);
		if (progress.isCancelled()) {
			return null;
		}
		Path serve = null;
		try {
			serve = Files.createTempDirectory("kiln-update-test-"); //$NON-NLS-1$
			publishLocally(appliance, bundle, request.identity(), serve);
			try (StorefrontServer server = StorefrontServer.start(serve, 0)) {
				URI source = URI.create("http://" + HOST_FROM_GUEST + ":" + server.url().getPort() + "/"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				UpdateTestProtocol protocol = new UpdateTestProtocol(source, HexFormat.of().formatHex(SecureRandom.getSeed(8)), version);
				return boot(request, from, disk, protocol, progress);
			}
		} catch (IOException e) {
			throw new Failure(BuildText.bind(BuildText.UpdateTest_cannotServe, e.getMessage()), e);
		} finally {
			BuildCache.deleteTreeQuietly(serve);
		}
	}

	/** The release to start from: the one asked for, or the newest published before the build's version. */
	private String fromVersion(Request request, Progress progress) throws Failure {
		String id = request.appliance().getId();
		String version = request.appliance().getVersion();
		progress.phase(BuildText.bind(BuildText.UpdateTest_finding, id, marketplace.describe()), -1);
		List<String> published;
		try {
			published = marketplace.catalog(progress).stream().filter(entry -> entry.appliance().equals(repository)).map(CatalogEntry::versions)
					.flatMap(List::stream).toList();
		} catch (PublishException e) {
			throw new Failure(e.getMessage(), e);
		}
		ManifestVersion.Order under = ManifestVersion.order(version);
		if (request.fromVersion() != null) {
			if (!published.contains(request.fromVersion())) {
				throw new Failure(BuildText.bind(BuildText.UpdateTest_notPublished, id, request.fromVersion(), marketplace.describe()), null);
			}
			if (ManifestVersion.order(request.fromVersion()).compareTo(under) >= 0) {
				throw new Failure(BuildText.bind(BuildText.UpdateTest_notOlder, request.fromVersion(), version), null);
			}
			return request.fromVersion();
		}
		return published.stream().filter(v -> ManifestVersion.order(v).compareTo(under) < 0).max(Comparator.comparing(ManifestVersion::order))
				.orElseThrow(() -> new Failure(BuildText.bind(BuildText.UpdateTest_nothingBefore, id, version, marketplace.describe()), null));
	}

	/**
	 * The disk of release {@code from}, downloaded once into the request's downloads folder (digest-checked by the
	 * marketplace): its qcow2, or the VMDK inside its OVA, or its VMDK or raw disk.
	 */
	private Path download(Request request, String from, Progress progress) throws Failure {
		String id = request.appliance().getId();
		try {
			PublishedRelease release = marketplace.release(repository, from);
			PublishedRelease.File file = null;
			for (String format : DISK_FORMATS) {
				file = release.files().stream().filter(f -> f.name().toLowerCase(Locale.ROOT).endsWith("." + format)).findFirst().orElse(null); //$NON-NLS-1$
				if (file != null) {
					break;
				}
			}
			if (file == null) {
				throw new Failure(BuildText.bind(BuildText.UpdateTest_noDisk, id, from), null);
			}
			Path folder = Files.createDirectories(request.downloads().resolve(id).resolve(from));
			String digest = file.digest().substring(file.digest().indexOf(':') + 1);
			Path kept = folder.resolve(digest + "-" + file.name()); //$NON-NLS-1$
			if (!Files.isRegularFile(kept)) {
				progress.phase(BuildText.bind(BuildText.UpdateTest_downloading, id, from, file.name()), -1);
				say(BuildText.bind(BuildText.UpdateTest_downloading, id, from, file.name()));
				Path partial = Files.createDirectories(folder.resolve(".download")); //$NON-NLS-1$
				PublishedRelease one = new PublishedRelease(release.appliance(), release.version(), release.digest(), release.listing(), List.of(file));
				Path fetched = marketplace.download(one, partial, progress).get(0);
				Files.move(fetched, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				BuildCache.deleteTreeQuietly(partial);
			}
			return file.name().toLowerCase(Locale.ROOT).endsWith(".ova") ? ovaDisk(kept) : kept; //$NON-NLS-1$
		} catch (PublishException e) {
			throw new Failure(e.getMessage(), e);
		} catch (IOException e) {
			throw new Failure(BuildText.bind(BuildText.UpdateTest_cannotDownload, id, from, e.getMessage()), e);
		}
	}

	/** The VMDK inside an OVA, next to it (once). */
	private static Path ovaDisk(Path ova) throws IOException, Failure {
		try (OvaReader reader = OvaReader.open(ova)) {
			OvaReader.Member member = reader.members().stream().filter(m -> m.name().toLowerCase(Locale.ROOT).endsWith(".vmdk")).findFirst() //$NON-NLS-1$
					.orElseThrow(() -> new Failure(BuildText.bind(BuildText.UpdateTest_noDisk, ova.getFileName(), ""), null)); //$NON-NLS-1$
			Path disk = ova.resolveSibling(ova.getFileName() + ".vmdk"); //$NON-NLS-1$
			if (!Files.isRegularFile(disk) || Files.size(disk) != member.size()) {
				Path partial = ova.resolveSibling(disk.getFileName() + ".part"); //$NON-NLS-1$
				try (InputStream in = reader.open(member.name())) {
					Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
				}
				Files.move(partial, disk, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			return disk;
		}
	}

	/**
	 * The update folder the guest installs from, as a publish would make it: the build's bundle, and for each channel the
	 * appliance offers an index listing it, signed with the vendor identity.
	 */
	private static void publishLocally(Appliance appliance, Path bundle, VendorIdentity identity, Path folder) throws IOException, Failure {
		Path served = folder.resolve(bundle.getFileName());
		try {
			Files.createLink(served, bundle);
		} catch (IOException | UnsupportedOperationException e) {
			Files.copy(bundle, served);
		}
		UpdateIndex.Entry entry = new UpdateIndex.Entry(appliance.getVersion(), bundle.getFileName().toString(), Files.size(bundle), Sha256.of(bundle));
		try {
			for (String channel : ProjectRelease.channels(appliance)) {
				UpdateIndex index = new UpdateIndex(appliance.getId(), channel, List.of(entry));
				Path channelFolder = Files.createDirectories(folder.resolve(channel));
				Files.write(channelFolder.resolve(UpdateIndex.FILE_NAME), index.toBytes());
				Files.write(channelFolder.resolve(UpdateIndex.SIGNATURE_NAME), index.sign(identity, Instant.now()));
			}
		} catch (ImageBuildException e) {
			throw new Failure(e.getMessage(), e);
		}
	}

	/** Boots the release under test's predecessor and reads its console until the guest answers, or the limit passes. */
	private Result boot(Request request, String from, Path disk, UpdateTestProtocol protocol, Progress progress) throws Failure, IOException {
		Appliance appliance = request.appliance();
		String id = appliance.getId();
		String version = appliance.getVersion();
		Path machineFolder = Files.createTempDirectory("kiln-update-test-machine-"); //$NON-NLS-1$
		Process qemu = null;
		try {
			String format = disk.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".qcow2") ? "qcow2" //$NON-NLS-1$ //$NON-NLS-2$
					: disk.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".vmdk") ? "vmdk" : "raw"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			QemuMachine.Builder builder = QemuMachine.builder(disk, format).executable(request.qemu()).accelerator(request.accelerator())
					.memoryMb(appliance.getHardware() != null ? appliance.getHardware().getMemoryMb() : DEFAULT_MEMORY_MB)
					.cpus(appliance.getHardware() != null ? appliance.getHardware().getCpus() : 1).extraArguments(List.of(protocol.qemuArguments()));
			if (appliance.getHardware() != null && appliance.getHardware().getFirmware() == Firmware.UEFI) {
				builder.firmware(QemuMachine.Firmware.UEFI, Files.copy(QemuMachine.OVMF_VARS, machineFolder.resolve(QemuMachine.OVMF_VARS.getFileName())));
			}
			List<String> command = builder.build().commandLine();
			progress.phase(BuildText.bind(BuildText.UpdateTest_booting, id, from, version), -1);
			say(BuildText.bind(BuildText.UpdateTest_booting, id, from, version));
			Instant start = Instant.now();
			try {
				qemu = new ProcessBuilder(command).directory(machineFolder.toFile()).redirectErrorStream(true).start();
			} catch (IOException e) {
				throw new Failure(BuildText.bind(BuildText.UpdateTest_cannotStart, request.qemu(), e.getMessage()), e);
			}
			qemu.getOutputStream().close();
			StringBuilder serial = new StringBuilder();
			Reader output = qemuOutput(qemu);
			Thread reader = Thread.ofVirtual().start(() -> copy(output, serial));
			Result result = await(request, from, qemu, serial, start, progress);
			reader.interrupt();
			if (result != null && result.passed()) {
				try {
					UpdateTestRecord.write(request.outputDirectory(), from, result.took());
				} catch (IOException e) {
					say(BuildText.bind(BuildText.UpdateTest_cannotRecord, request.outputDirectory(), e.getMessage()));
				}
			}
			if (result != null) {
				say(result.passed() ? BuildText.bind(BuildText.UpdateTest_passed, result.message(), result.took().toSeconds())
						: BuildText.bind(BuildText.UpdateTest_failed, result.message()));
			}
			return result;
		} finally {
			if (qemu != null) {
				stop(qemu);
			}
			BuildCache.deleteTreeQuietly(machineFolder);
		}
	}

	private static Reader qemuOutput(Process qemu) {
		return new java.io.InputStreamReader(qemu.getInputStream(), StandardCharsets.UTF_8);
	}

	/** Copies the console into {@code serial} and to the caller's console until it ends. */
	private void copy(Reader in, StringBuilder serial) {
		char[] buffer = new char[4096];
		try (in) {
			int n;
			while ((n = in.read(buffer)) >= 0) {
				String text = new String(buffer, 0, n);
				synchronized (serial) {
					serial.append(text);
				}
				console.accept(text);
			}
		} catch (IOException e) {
			// QEMU ended or was stopped
		}
	}

	/** Reads the guest's answers until it passes or fails, QEMU ends, the limit passes or the user cancels. */
	private Result await(Request request, String from, Process qemu, StringBuilder serial, Instant start, Progress progress) {
		String id = request.appliance().getId();
		String version = request.appliance().getVersion();
		String fromReady = "Ready: " + id + " " + from + " "; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Instant readyAt = null;
		boolean started = false;
		int position = 0;
		Instant end = start.plus(request.limit());
		while (Instant.now().isBefore(end)) {
			if (progress.isCancelled()) {
				return null;
			}
			String text;
			synchronized (serial) {
				text = serial.toString();
			}
			Optional<UpdateTestProtocol.Located> answer = UpdateTestProtocol.find(text, position);
			while (answer.isPresent()) {
				position = answer.get().end();
				UpdateTestProtocol.Answer said = answer.get().answer();
				switch (said.outcome()) {
				case STARTED -> {
					started = true;
					progress.phase(BuildText.bind(BuildText.UpdateTest_updating, id, from, version), -1);
				}
				case PASSED -> {
					return new Result(true, from, version, said.text(), Duration.between(start, Instant.now()));
				}
				case FAILED -> {
					return new Result(false, from, version, said.text(), Duration.between(start, Instant.now()));
				}
				}
				answer = UpdateTestProtocol.find(text, position);
			}
			if (!started && readyAt == null && text.contains(fromReady)) {
				readyAt = Instant.now();
			}
			if (!started && readyAt != null && Duration.between(readyAt, Instant.now()).compareTo(START_LIMIT) > 0) {
				return new Result(false, from, version, BuildText.bind(BuildText.UpdateTest_noAgent, id, from), Duration.between(start, Instant.now()));
			}
			if (!qemu.isAlive()) {
				return new Result(false, from, version, BuildText.bind(BuildText.UpdateTest_machineEnded, qemu.exitValue()),
						Duration.between(start, Instant.now()));
			}
			try {
				Thread.sleep(500);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return null;
			}
		}
		return new Result(false, from, version, BuildText.bind(BuildText.UpdateTest_timedOut, request.limit().toMinutes(), lastLines(serial)),
				request.limit());
	}

	/** The console's last lines, for a test that timed out. */
	private static String lastLines(StringBuilder serial) {
		String text;
		synchronized (serial) {
			text = serial.toString();
		}
		List<String> lines = new ArrayList<>(text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size())); //$NON-NLS-1$
	}

	private static void stop(Process qemu) {
		qemu.destroy();
		try {
			if (!qemu.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
				qemu.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
			}
		} catch (InterruptedException e) {
			qemu.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}


	private void say(String line) {
		console.accept("\n[kiln] " + line + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
