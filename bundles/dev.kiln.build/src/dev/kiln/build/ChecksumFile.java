package dev.kiln.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.kiln.image.BuildReport;

/**
 * The SHA-256 sums of a build's images, next to them, in the format of {@code sha256sum} so that
 * {@code sha256sum -c hello-appliance-1.0.0.sha256} checks them anywhere. One file per appliance
 * version, so builds of several appliances can share an output folder.
 */
public final class ChecksumFile {

	private ChecksumFile() {
	}

	/** The file's name for an appliance version, e.g. {@code hello-appliance-1.0.0.sha256}. */
	public static String name(String applianceId, String version) {
		return applianceId + "-" + version + ".sha256"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Writes (atomically) the sums of the report's artifacts into {@code directory}; returns the file. */
	public static Path write(BuildReport report, Path directory) throws IOException {
		StringBuilder text = new StringBuilder();
		for (BuildReport.Artifact artifact : report.artifacts()) {
			text.append(artifact.sha256()).append("  ").append(artifact.file().getFileName()).append('\n'); //$NON-NLS-1$
		}
		return AtomicFiles.writeString(directory.resolve(name(report.applianceId(), report.version())), text, StandardCharsets.UTF_8);
	}

	/**
	 * The sums the build of an appliance version wrote into {@code directory}, by image file name; empty when there is
	 * no such file. Lines that are not {@code <64 hex digits>  <name>} are left out.
	 */
	public static Map<String, String> read(Path directory, String applianceId, String version) throws IOException {
		Map<String, String> sums = new LinkedHashMap<>();
		Path file = directory.resolve(name(applianceId, version));
		if (!Files.isRegularFile(file)) {
			return sums;
		}
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (line.length() > 66 && line.substring(0, 64).matches("[0-9a-f]{64}") && line.startsWith("  ", 64)) { //$NON-NLS-1$ //$NON-NLS-2$
				sums.put(line.substring(66), line.substring(0, 64));
			}
		}
		return sums;
	}
}
