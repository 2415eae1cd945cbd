package dev.kiln.model.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.kiln.model.Appliance;
import dev.kiln.model.FileSystemEntry;
import dev.kiln.model.SystemdService;

/** Creates the project files a manifest refers to, so "file missing" rules stay quiet. */
final class ProjectFiles {

	private ProjectFiles() {
	}

	static Path createAll(Path root, Appliance appliance) throws IOException {
		List<String> paths = new ArrayList<>();
		paths.add(appliance.getLogo());
		if (appliance.getLicense() != null) {
			paths.add(appliance.getLicense().getFile());
		}
		if (appliance.getApplication() != null) {
			paths.add(appliance.getApplication().getFirstBootScript());
			appliance.getApplication().getFiles().stream().map(FileSystemEntry::getSource).forEach(paths::add);
			appliance.getApplication().getDirectories().stream().map(FileSystemEntry::getSource).forEach(paths::add);
			appliance.getApplication().getServices().stream().map(SystemdService::getUnit).forEach(paths::add);
		}
		if (appliance.getListing() != null) {
			paths.addAll(appliance.getListing().getScreenshots());
		}
		for (String path : paths) {
			if (path != null) {
				Path file = root.resolve(path);
				Files.createDirectories(file.getParent());
				Files.writeString(file, "test content\n");
			}
		}
		return root;
	}
}
