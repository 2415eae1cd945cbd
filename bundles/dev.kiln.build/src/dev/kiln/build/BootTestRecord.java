package dev.kiln.build;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * That the images of a build booted and reported ready: written into the output folder (file
 * {@value #FILE}) by whoever booted them (Run As → Appliance in QEMU), next to the build's
 * {@link BuildInputs} record. It holds for the images as long as the build it names is the last one:
 * a new build makes it void.
 *
 * @param format  the image format booted, e.g. {@code qcow2}
 * @param ready   how long the boot took until the ready check passed
 */
public record BootTestRecord(String format, Duration ready) {

	/** The record's file in the output folder. */
	public static final String FILE = ".kiln-boot-test"; //$NON-NLS-1$

	/** Records a boot of the images the last build into {@code outputDirectory} wrote. */
	public static void write(Path outputDirectory, String format, Duration ready) throws IOException {
		TestRecords.write(outputDirectory, FILE, format, Long.toString(ready.toMillis()));
	}

	/** The boot test of the images now in {@code outputDirectory}, if one passed since they were built. */
	public static Optional<BootTestRecord> of(Path outputDirectory) {
		try {
			return TestRecords.read(outputDirectory, FILE, 2).map(fields -> new BootTestRecord(fields.get(0), Duration.ofMillis(Long.parseLong(fields.get(1)))));
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}
}
