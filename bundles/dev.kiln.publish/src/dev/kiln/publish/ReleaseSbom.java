package dev.kiln.publish;

import java.util.List;
import java.util.Optional;

import dev.kiln.image.BuildReport;
import dev.kiln.image.debian.PocketState;
import dev.kiln.publish.internal.oci.SbomReader;
import dev.kiln.publish.internal.oci.SbomWriter;

/**
 * What a published release's SBOM (CycloneDX 1.5 JSON, as Kiln attaches it) says about its Debian packages: each
 * with its version, architecture and, when recorded, the pocket it came from; and the state of each pocket the build
 * read. See docs/maintenance.md for the properties Kiln writes.
 *
 * @param appliance     the appliance's id, the SBOM's main component; {@code null} when it names none
 * @param version       the appliance's version; {@code null} when it names none
 * @param packages      the Debian packages, in the SBOM's order; a pocket is empty when not recorded
 * @param archiveState  the pockets' states; empty when not recorded (releases published before Kiln recorded them)
 */
public record ReleaseSbom(String appliance, String version, List<BuildReport.InstalledPackage> packages, List<PocketState> archiveState) {

	/** Copies the lists. */
	public ReleaseSbom {
		packages = List.copyOf(packages);
		archiveState = List.copyOf(archiveState);
	}

	/**
	 * @param content a CycloneDX JSON document
	 * @throws IllegalArgumentException in words when it is none, or a property Kiln writes is malformed
	 */
	public static ReleaseSbom read(byte[] content) {
		return SbomReader.read(content);
	}

	/**
	 * The SBOM that publishing {@code release} attaches, byte for byte: for a build to keep beside its images
	 * (the Maven plug-in attaches it to the module).
	 */
	public static byte[] write(Release release) {
		return SbomWriter.write(release.listing(), release.packages(), release.archiveState(), release.created());
	}

	/** @return the recorded state of a pocket's suite, e.g. trixie-security */
	public Optional<PocketState> state(String suite) {
		return archiveState.stream().filter(state -> state.suite().equals(suite)).findFirst();
	}
}
