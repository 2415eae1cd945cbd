package dev.kiln.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.kiln.image.BuildReport;

/**
 * The Debian packages installed in a build's images, next to them ({@code <id>-<version>.packages}), so
 * that a later publish (the wizard, {@code kiln publish}) attaches an SBOM that lists them. One line per
 * package, sorted by name: {@code <name> <version> <architecture> <pocket>}, separated by tabs; the pocket is
 * the suite the version came from (e.g. {@code trixie-security}). Lists written before Kiln recorded pockets
 * have three columns.
 */
public final class PackageList {

	private PackageList() {
	}

	/** The file's name for an appliance version, e.g. {@code hello-appliance-1.0.0.packages}. */
	public static String name(String applianceId, String version) {
		return applianceId + "-" + version + ".packages"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Writes (atomically) the report's packages into {@code directory}; returns the file. */
	public static Path write(BuildReport report, Path directory) throws IOException {
		StringBuilder text = new StringBuilder();
		report.packages().stream().sorted(Comparator.comparing(BuildReport.InstalledPackage::name))
				.forEach(p -> text.append(p.name()).append('\t').append(p.version()).append('\t').append(p.architecture()).append('\t')
						.append(p.pocket()).append('\n'));
		return AtomicFiles.writeString(directory.resolve(name(report.applianceId(), report.version())), text, StandardCharsets.UTF_8);
	}

	/**
	 * The packages a build of this appliance version wrote into {@code directory}; empty when there is no
	 * list (images from elsewhere), so the SBOM then names the appliance only.
	 */
	public static List<BuildReport.InstalledPackage> read(Path directory, String applianceId, String version) throws IOException {
		List<BuildReport.InstalledPackage> packages = new ArrayList<>();
		try {
			for (String line : Files.readAllLines(directory.resolve(name(applianceId, version)), StandardCharsets.UTF_8)) {
				String[] fields = line.split("\t"); //$NON-NLS-1$
				if (fields.length == 3 || fields.length == 4) {
					packages.add(new BuildReport.InstalledPackage(fields[0], fields[1], fields[2], fields.length == 4 ? fields[3] : "")); //$NON-NLS-1$
				}
			}
		} catch (NoSuchFileException e) {
			return List.of();
		}
		return packages;
	}
}
