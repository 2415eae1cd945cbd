package dev.kiln.launch.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.kiln.build.ApplianceBuild;
import dev.kiln.build.ProjectOutputs;

/**
 * Whether an image must be built before it boots: it is missing, or the project's inputs (the manifest,
 * the files it takes into the image) no longer give the fingerprint its build recorded
 * ({@link ApplianceBuild#freshness}). File times, other outputs and files the image does not take do not
 * count, so the launch, the Publish wizard and {@code kiln} agree on what is stale.
 */
public final class ImageFreshness {

	private ImageFreshness() {
	}

	public static boolean isStale(Path projectRoot, Path image) {
		return !Files.isRegularFile(image)
				|| ApplianceBuild.freshness(projectRoot, ProjectOutputs.folder(projectRoot)) != ApplianceBuild.Freshness.UP_TO_DATE;
	}
}
