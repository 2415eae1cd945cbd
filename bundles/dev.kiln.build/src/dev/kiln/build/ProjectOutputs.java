package dev.kiln.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.kiln.image.BuildRecipe.OutputFormat;
import dev.kiln.model.Appliance;
import dev.kiln.publish.Release;

/**
 * Where an appliance project's images go ({@value #FOLDER} in the project) and which of them exist:
 * the engine names them {@code <id>-<version>.<format>}.
 */
public final class ProjectOutputs {

	/** The images' folder, relative to the project: where the workbench's build job and {@code kiln build} write. */
	public static final String FOLDER = "build"; //$NON-NLS-1$

	private ProjectOutputs() {
	}

	public static Path folder(Path projectRoot) {
		return projectRoot.resolve(FOLDER);
	}

	/** The image of a format, whether it exists or not. */
	public static Path image(Path projectRoot, Appliance appliance, String format) {
		return folder(projectRoot).resolve(fileName(appliance, format));
	}

	/** The file name the build gives the image of a format: {@code <id>-<version>.<extension>}. */
	public static String fileName(Appliance appliance, String format) {
		return appliance.getId() + "-" + appliance.getVersion() + "." + OutputFormat.extension(format); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The images that exist, OVA first, then qcow2, VMDK, the cloud disks (VHD, Compute Engine), the Vagrant box and raw. */
	public static List<Release.Image> existing(Path projectRoot, Appliance appliance) {
		List<Release.Image> images = new ArrayList<>();
		for (String format : ProjectRelease.ORDER) {
			Path file = image(projectRoot, appliance, format);
			if (Files.isRegularFile(file)) {
				images.add(new Release.Image(format, file, null));
			}
		}
		return images;
	}

	/** The image formats the manifest asks for, as file extensions. */
	public static List<String> wanted(Appliance appliance) {
		List<String> formats = new ArrayList<>();
		if (appliance.getOutputs() != null) {
			appliance.getOutputs().getEntries().forEach(o -> formats.add(o.getFormat()));
		}
		if (formats.isEmpty()) {
			formats.add(OutputFormat.RAW.name().toLowerCase(java.util.Locale.ROOT));
		}
		return formats;
	}
}
