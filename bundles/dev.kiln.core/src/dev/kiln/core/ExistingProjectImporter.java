package dev.kiln.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import dev.kiln.core.internal.CoreText;

/**
 * Brings existing project folders (those with a {@code .project} file) into the workspace in place,
 * the way File → Import → Existing Projects does. Used to open the bundled examples.
 */
public final class ExistingProjectImporter {

	private static final String PROJECT_FILE = ".project"; //$NON-NLS-1$
	private final IWorkspace workspace;

	public ExistingProjectImporter(IWorkspace workspace) {
		this.workspace = workspace;
	}

	/**
	 * Imports {@code root} itself when it is a project folder, otherwise each direct sub-folder that
	 * is one. Projects already in the workspace at the same location are kept as they are.
	 *
	 * @return the imported (or already present) projects, open
	 * @throws CoreException when a folder holds no project, or a project of the same name lives elsewhere
	 */
	public List<IProject> importFrom(Path root, IProgressMonitor monitor) throws CoreException {
		List<Path> folders = projectFolders(root);
		if (folders.isEmpty()) {
			throw new CoreException(Status.error(NLS.bind(CoreText.ExistingProjectImporter_noProjects, root)));
		}
		List<IProject> projects = new ArrayList<>();
		IWorkspaceRunnable importAll = m -> {
			SubMonitor sub = SubMonitor.convert(m, folders.size());
			for (Path folder : folders) {
				projects.add(importOne(folder, sub.split(1)));
			}
		};
		workspace.run(importAll, workspace.getRoot(), IWorkspace.AVOID_UPDATE, monitor);
		return projects;
	}

	private static List<Path> projectFolders(Path root) throws CoreException {
		if (Files.isRegularFile(root.resolve(PROJECT_FILE))) {
			return List.of(root);
		}
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> children = Files.list(root)) {
			return children.filter(c -> Files.isRegularFile(c.resolve(PROJECT_FILE))).sorted().toList();
		} catch (IOException e) {
			throw new CoreException(Status.error(NLS.bind(CoreText.ExistingProjectImporter_cannotList, root), e));
		}
	}

	private IProject importOne(Path folder, IProgressMonitor monitor) throws CoreException {
		Path absolute = folder.toAbsolutePath().normalize();
		IPath location = IPath.fromPath(absolute);
		IProjectDescription description = workspace.loadProjectDescription(location.append(PROJECT_FILE));
		IProject project = workspace.getRoot().getProject(description.getName());
		SubMonitor sub = SubMonitor.convert(monitor, 2);
		if (project.exists()) {
			IPath existing = project.getLocation();
			if (existing == null || !existing.equals(location)) {
				throw new CoreException(Status.error(NLS.bind(CoreText.ExistingProjectImporter_nameTaken,
						new Object[] { description.getName(), existing, absolute })));
			}
		} else {
			description.setLocation(location);
			project.create(description, sub.split(1));
		}
		if (!project.isOpen()) {
			project.open(sub.split(1));
		}
		return project;
	}
}
