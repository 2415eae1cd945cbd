package dev.kiln.image;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kiln.image.debian.PocketState;

/**
 * What a build produced: the images with size and SHA-256, the installed packages with their versions
 * and pockets (the SBOM), the state of each pocket of the archive it was built from, whether the base system came from the cache, and how long each step took, in the order of the steps.
 */
public record BuildReport(String applianceId, String version, List<Artifact> artifacts, List<InstalledPackage> packages,
		List<PocketState> archiveState, String baseKey, boolean baseFromCache, Map<String, Duration> timings) {

	public BuildReport {
		artifacts = List.copyOf(artifacts);
		packages = List.copyOf(packages);
		archiveState = List.copyOf(archiveState);
		// in the order the build took its steps
		timings = Collections.unmodifiableMap(new LinkedHashMap<>(timings));
	}

	/** An output file. */
	public record Artifact(BuildRecipe.OutputFormat format, Path file, long size, String sha256) {
	}

	/**
	 * A Debian package in the image.
	 *
	 * @param pocket  the suite its version was taken from ({@code trixie}, {@code trixie-updates},
	 *                {@code trixie-security}); empty when not known (images built before Kiln recorded it)
	 */
	public record InstalledPackage(String name, String version, String architecture, String pocket) {

		public InstalledPackage {
			pocket = pocket == null ? "" : pocket; //$NON-NLS-1$
		}

		/** A package whose pocket is not known. */
		public InstalledPackage(String name, String version, String architecture) {
			this(name, version, architecture, ""); //$NON-NLS-1$
		}

		/** @return this package as taken from {@code suite} */
		public InstalledPackage inPocket(String suite) {
			return new InstalledPackage(name, version, architecture, suite);
		}
	}

	/** The artifact of a format, if it was built. */
	public Artifact artifact(BuildRecipe.OutputFormat format) {
		return artifacts.stream().filter(a -> a.format() == format).findFirst().orElse(null);
	}
}
