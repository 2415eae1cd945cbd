package dev.kiln.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The records that a test of a build's images passed ({@link BootTestRecord}, {@link UpdateTestRecord}): a file in the
 * output folder whose first line is the fingerprint of the build tested ({@link BuildInputs#recorded(Path)}), then the
 * record's fields, one a line. A record holds while the build it names is the last one.
 */
final class TestRecords {

	private TestRecords() {
	}

	/** Records a test of the images the last build into {@code outputDirectory} wrote; nothing for images no recorded build made. */
	static void write(Path outputDirectory, String file, String... fields) throws IOException {
		Optional<String> inputs = BuildInputs.recorded(outputDirectory);
		if (inputs.isEmpty()) {
			return;
		}
		StringBuilder text = new StringBuilder(inputs.get()).append('\n');
		for (String field : fields) {
			text.append(field).append('\n');
		}
		AtomicFiles.writeString(outputDirectory.resolve(file), text.toString(), StandardCharsets.UTF_8);
	}

	/** The fields of the record {@code file} when it has {@code fields} of them and names the images now in {@code outputDirectory}. */
	static Optional<List<String>> read(Path outputDirectory, String file, int fields) {
		try {
			List<String> lines = Files.readAllLines(outputDirectory.resolve(file), StandardCharsets.UTF_8);
			if (lines.size() < fields + 1) {
				return Optional.empty();
			}
			List<String> values = new ArrayList<>(lines.subList(1, fields + 1).stream().map(String::trim).toList());
			return BuildInputs.recorded(outputDirectory).filter(lines.get(0).trim()::equals).map(current -> values);
		} catch (IOException e) {
			return Optional.empty();
		}
	}
}
