package dev.kiln.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kiln.build.ApplianceBuild.Freshness;
import dev.kiln.model.Appliance;
import dev.kiln.model.io.ManifestLoader;
import dev.kiln.publish.Release;

/**
 * The images a project's last build left in its output folder, each with format, size and the SHA-256 the build
 * recorded, and whether they were built from the project's current inputs ({@link Freshness}). Reads files: not for
 * the UI thread.
 *
 * @param appliance the manifest's {@code id-version}, empty when the manifest does not read
 */
public record BuiltImages(Optional<String> appliance, Freshness freshness, List<Image> images) {

	/** One image file: the format as the manifest names it, its size, and its SHA-256 ({@code ""} when not recorded). */
	public record Image(String format, Path file, long size, String sha256) {
	}

	/** What the project at {@code projectRoot} has built, for the version its manifest names. */
	public static BuiltImages of(Path projectRoot) throws IOException {
		Optional<Appliance> read = new ManifestLoader().load(projectRoot.resolve(ManifestCheck.MANIFEST_FILE)).appliance();
		if (read.isEmpty() || read.get().getId() == null || read.get().getVersion() == null) {
			return new BuiltImages(Optional.empty(), Freshness.MISSING, List.of());
		}
		Appliance appliance = read.get();
		Path folder = ProjectOutputs.folder(projectRoot);
		Map<String, String> sums = ChecksumFile.read(folder, appliance.getId(), appliance.getVersion());
		List<Image> images = new ArrayList<>();
		for (Release.Image image : ProjectOutputs.existing(projectRoot, appliance)) {
			String name = image.file().getFileName().toString();
			images.add(new Image(image.format(), image.file(), Files.size(image.file()), sums.getOrDefault(name, ""))); //$NON-NLS-1$
		}
		Freshness freshness = images.isEmpty() ? Freshness.MISSING : ApplianceBuild.freshness(projectRoot, folder);
		return new BuiltImages(Optional.of(appliance.getId() + "-" + appliance.getVersion()), freshness, images); //$NON-NLS-1$
	}
}
