package dev.kiln.ui.internal.launch;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IPath;

import dev.kiln.build.ManifestCheck;
import dev.kiln.image.qemu.PortForward;
import dev.kiln.launch.internal.ManifestForwards;
import dev.kiln.model.Appliance;
import dev.kiln.model.io.ManifestLoader;

/**
 * What a configuration that overrides nothing runs with, read from the project's manifest: memory,
 * CPUs and port forwards. Reads the file: call it off the UI thread.
 *
 * @param memoryMb
 *            the manifest's memory
 * @param cpus
 *            the manifest's CPUs
 * @param forwards
 *            the manifest's ports on their preferred host ports
 */
record ManifestDefaults(int memoryMb, int cpus, List<PortForward> forwards) {

	static Optional<ManifestDefaults> read(IProject project) {
		IPath location = project.getLocation();
		if (location == null) {
			return Optional.empty();
		}
		Path manifest = location.toPath().resolve(ManifestCheck.MANIFEST_FILE);
		Optional<Appliance> appliance = new ManifestLoader().load(manifest).appliance();
		return appliance.filter(a -> a.getHardware() != null)
				.map(a -> new ManifestDefaults(a.getHardware().getMemoryMb(), a.getHardware().getCpus(), ManifestForwards.preferred(a)));
	}
}
