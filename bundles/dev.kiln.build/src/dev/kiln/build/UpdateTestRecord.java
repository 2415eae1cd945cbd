package dev.kiln.build;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * That the update from a published release to the images of a build passed its test ({@link UpdateTest}): written into
 * the output folder (file {@value #FILE}) next to the build's {@link BuildInputs} record, void once another build
 * replaces the images. The Publish wizard's review reads it.
 *
 * @param from  the published release the test updated from
 * @param took  from the first boot to the new version ready with the data intact
 */
public record UpdateTestRecord(String from, Duration took) {

	/** The record's file in the output folder. */
	public static final String FILE = ".kiln-update-test"; //$NON-NLS-1$

	/** Records a passed update test of the images the last build into {@code outputDirectory} wrote. */
	public static void write(Path outputDirectory, String from, Duration took) throws IOException {
		TestRecords.write(outputDirectory, FILE, from, Long.toString(took.toMillis()));
	}

	/** The update test of the images now in {@code outputDirectory}, if one passed since they were built. */
	public static Optional<UpdateTestRecord> of(Path outputDirectory) {
		try {
			return TestRecords.read(outputDirectory, FILE, 2).map(fields -> new UpdateTestRecord(fields.get(0), Duration.ofMillis(Long.parseLong(fields.get(1)))));
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}
}
