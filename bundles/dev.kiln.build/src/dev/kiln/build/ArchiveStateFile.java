package dev.kiln.build;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import dev.kiln.image.BuildReport;
import dev.kiln.image.debian.PocketState;

/**
 * The state of the Debian archive a build's images were made from, next to them
 * ({@code <id>-<version>.archive}): one line per pocket, {@code <suite> <mirror> <Release date> <InRelease SHA-256>},
 * separated by tabs, in the order release, updates, security. A publish carries it into the release, and an
 * audit reports against what the images were built from.
 */
public final class ArchiveStateFile {

	private ArchiveStateFile() {
	}

	/** The file's name for an appliance version, e.g. {@code hello-appliance-1.0.0.archive}. */
	public static String name(String applianceId, String version) {
		return applianceId + "-" + version + ".archive"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Writes (atomically) the report's archive state into {@code directory}; returns the file. */
	public static Path write(BuildReport report, Path directory) throws IOException {
		StringBuilder text = new StringBuilder();
		for (PocketState state : report.archiveState()) {
			text.append(state.suite()).append('\t').append(state.mirror()).append('\t').append(state.date()).append('\t')
					.append(state.inReleaseSha256()).append('\n');
		}
		return AtomicFiles.writeString(directory.resolve(name(report.applianceId(), report.version())), text, StandardCharsets.UTF_8);
	}

	/**
	 * The archive state a build of this appliance version recorded in {@code directory}; empty when there is
	 * none (images built before Kiln recorded it, or from elsewhere). Malformed lines are skipped.
	 */
	public static List<PocketState> read(Path directory, String applianceId, String version) throws IOException {
		List<PocketState> states = new ArrayList<>();
		try {
			for (String line : Files.readAllLines(directory.resolve(name(applianceId, version)), StandardCharsets.UTF_8)) {
				String[] fields = line.split("\t"); //$NON-NLS-1$
				if (fields.length == 4) {
					try {
						states.add(new PocketState(fields[0], URI.create(fields[1]), Instant.parse(fields[2]), fields[3]));
					} catch (IllegalArgumentException | DateTimeParseException e) {
						// not a line Kiln wrote
					}
				}
			}
		} catch (NoSuchFileException e) {
			return List.of();
		}
		return states;
	}
}
