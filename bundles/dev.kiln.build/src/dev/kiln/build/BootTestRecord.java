package dev.kiln.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * That the images of a build booted and reported ready: written into the output folder (file
 * {@value #FILE}) by whoever booted them (Run As → Appliance in QEMU), next to the build's
 * {@link BuildInputs} record. It holds for the images as long as the build it names is the last one:
 * a new build makes it void.
 *
 * @param inputs  the fingerprint of the build that booted ({@link BuildInputs#recorded(Path)})
 * @param format  the image format booted, e.g. {@code qcow2}
 * @param ready   how long the boot took until the ready check passed
 */
public record BootTestRecord(String inputs, String format, Duration ready) {

	/** The record's file in the output folder. */
	public static final String FILE = ".kiln-boot-test"; //$NON-NLS-1$

	/** Records a boot of the images the last build into {@code outputDirectory} wrote. */
	public static void write(Path outputDirectory, String format, Duration ready) throws IOException {
		Optional<String> inputs = BuildInputs.recorded(outputDirectory);
		if (inputs.isEmpty()) {
			return; // images not made by a recorded build: nothing to vouch for
		}
		AtomicFiles.writeString(outputDirectory.resolve(FILE), inputs.get() + "\n" + format + "\n" + ready.toMillis() + "\n", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				StandardCharsets.US_ASCII);
	}

	/** The boot test of the images now in {@code outputDirectory}, if one passed since they were built. */
	public static Optional<BootTestRecord> of(Path outputDirectory) {
		try {
			List<String> lines = Files.readAllLines(outputDirectory.resolve(FILE), StandardCharsets.US_ASCII);
			if (lines.size() < 3) {
				return Optional.empty();
			}
			BootTestRecord record = new BootTestRecord(lines.get(0).trim(), lines.get(1).trim(), Duration.ofMillis(Long.parseLong(lines.get(2).trim())));
			return BuildInputs.recorded(outputDirectory).filter(record.inputs()::equals).map(current -> record);
		} catch (IOException | NumberFormatException e) {
			return Optional.empty();
		}
	}
}
