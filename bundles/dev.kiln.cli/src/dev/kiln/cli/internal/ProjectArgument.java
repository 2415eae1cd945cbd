package dev.kiln.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import dev.kiln.build.ManifestCheck;

/**
 * What a command's project argument names: a project folder with an {@code appliance.xml}, or a
 * manifest file. Messages name files as the user wrote them, like a compiler does.
 *
 * @param root           the folder that the manifest's paths are relative to (absolute)
 * @param manifest       the manifest file (absolute)
 * @param shownRoot      the project folder as the user wrote it ("" for the working directory)
 * @param shownManifest  the manifest as the user wrote it, e.g. {@code examples/hello-appliance/appliance.xml}
 */
record ProjectArgument(Path root, Path manifest, String shownRoot, String shownManifest) {

	/**
	 * @param anyManifestName  whether a file of another name than appliance.xml is accepted (validate
	 *                         checks any manifest; a build needs a project)
	 * @throws UsageException when the argument names nothing, or a folder without appliance.xml
	 */
	static ProjectArgument of(String argument, Console console, boolean anyManifestName) throws UsageException {
		Path path = console.path(argument);
		Path shown = Path.of(argument).normalize(); // "./x/" is shown as "x"
		if (Files.isDirectory(path)) {
			Path manifest = path.resolve(ManifestCheck.MANIFEST_FILE);
			if (!Files.isRegularFile(manifest)) {
				throw new UsageException(NLS.bind(CliText.ProjectArgument_noManifest, argument));
			}
			return new ProjectArgument(path, manifest, shown.toString(), shown.resolve(ManifestCheck.MANIFEST_FILE).toString());
		}
		if (!Files.isRegularFile(path)) {
			throw new UsageException(NLS.bind(CliText.ProjectArgument_notFound, argument));
		}
		if (!anyManifestName && !path.getFileName().toString().equals(ManifestCheck.MANIFEST_FILE)) {
			throw new UsageException(NLS.bind(CliText.ProjectArgument_notAProject, argument));
		}
		Path parent = shown.getParent();
		return new ProjectArgument(path.getParent(), path, parent == null ? "" : parent.toString(), shown.toString()); //$NON-NLS-1$
	}

	/** A path inside the project as the user would write it, e.g. {@code examples/hello-appliance/build}. */
	String shown(String relative) {
		return shownRoot.isEmpty() ? relative : Path.of(shownRoot).resolve(relative).toString();
	}
}
