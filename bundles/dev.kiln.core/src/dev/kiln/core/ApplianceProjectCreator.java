package dev.kiln.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
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
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import dev.kiln.build.ManifestCheck;
import dev.kiln.core.internal.CoreText;

/**
 * Creates appliance projects from a {@link ApplianceTemplate}, and turns existing projects into
 * appliance projects. Template files may use {@code @@ID@@}, {@code @@NAME@@} and {@code @@VENDOR@@},
 * in their content and their names.
 */
public final class ApplianceProjectCreator {

	private static final String TEMPLATES = "templates/"; //$NON-NLS-1$
	private static final String MANIFEST = ManifestCheck.MANIFEST_FILE;
	private final IWorkspace workspace;

	public ApplianceProjectCreator(IWorkspace workspace) {
		this.workspace = workspace;
	}

	/** An appliance id derived from a project name: lower case, with dashes for anything else. */
	public static String applianceIdFor(String projectName) {
		String id = projectName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-").replaceAll("^[^a-z0-9]+|[^a-z0-9]+$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return id.isEmpty() ? "appliance" : id; //$NON-NLS-1$
	}

	/**
	 * Creates and opens a project with the appliance nature and the template's files.
	 *
	 * @param location
	 *            where the project's folder is, or {@code null} for the workspace's default
	 * @throws CoreException
	 *             when the project exists or cannot be written
	 */
	public IProject create(String name, URI location, ApplianceTemplate template, IProgressMonitor monitor) throws CoreException {
		IProject project = workspace.getRoot().getProject(name);
		if (project.exists()) {
			throw new CoreException(Status.error(NLS.bind(CoreText.ApplianceProjectCreator_exists, name)));
		}
		IWorkspaceRunnable create = m -> {
			SubMonitor sub = SubMonitor.convert(m, NLS.bind(CoreText.ApplianceProjectCreator_creating, name), 3);
			IProjectDescription description = workspace.newProjectDescription(name);
			description.setLocationURI(location);
			project.create(description, sub.split(1));
			project.open(sub.split(1));
			copyTemplate(project, template.folder(), placeholders(name), sub.split(1));
			ApplianceNature.addTo(project, null);
		};
		workspace.run(create, workspace.getRoot(), IWorkspace.AVOID_UPDATE, monitor);
		return project;
	}

	/**
	 * Adds the appliance nature to an existing project and, when it has no manifest yet, writes a
	 * minimal one that refers to no files.
	 */
	public void convert(IProject project, IProgressMonitor monitor) throws CoreException {
		IWorkspaceRunnable convert = m -> {
			IFile manifest = project.getFile(MANIFEST);
			if (!manifest.exists()) {
				String text = substitute(readEntry(bundle().getEntry(TEMPLATES + "converted/" + MANIFEST)), placeholders(project.getName())); //$NON-NLS-1$
				manifest.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
			}
			ApplianceNature.addTo(project, null);
		};
		workspace.run(convert, workspace.getRoot(), IWorkspace.AVOID_UPDATE, monitor);
	}

	private static String[][] placeholders(String name) {
		String vendor = System.getProperty("user.name", CoreText.ApplianceProjectCreator_defaultVendor); //$NON-NLS-1$
		return new String[][] { { "@@ID@@", applianceIdFor(name) }, { "@@NAME@@", name }, { "@@VENDOR@@", vendor } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static String substitute(String text, String[][] placeholders) {
		String result = text;
		for (String[] p : placeholders) {
			result = result.replace(p[0], p[1]);
		}
		return result;
	}

	private static Bundle bundle() {
		return FrameworkUtil.getBundle(ApplianceProjectCreator.class);
	}

	private static void copyTemplate(IProject project, String folder, String[][] placeholders, IProgressMonitor monitor) throws CoreException {
		String root = TEMPLATES + folder + "/"; //$NON-NLS-1$
		Enumeration<URL> found = bundle().findEntries(root, "*", true); //$NON-NLS-1$
		List<URL> entries = found == null ? List.of() : new ArrayList<>(Collections.list(found));
		if (entries.isEmpty()) {
			throw new CoreException(Status.error(NLS.bind(CoreText.ApplianceProjectCreator_noTemplate, folder)));
		}
		entries.sort((a, b) -> a.getPath().compareTo(b.getPath()));
		SubMonitor sub = SubMonitor.convert(monitor, entries.size());
		for (URL entry : entries) {
			String relative = entry.getPath().substring(entry.getPath().indexOf(root) + root.length());
			sub.split(1);
			if (relative.isEmpty() || relative.endsWith("/")) { //$NON-NLS-1$
				continue;
			}
			IFile file = project.getFile(IPath.fromPortableString(substitute(relative, placeholders)));
			createParents(file.getParent());
			String text = substitute(readEntry(entry), placeholders);
			file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
			if (text.startsWith("#!")) { //$NON-NLS-1$
				var attributes = file.getResourceAttributes();
				if (attributes != null) {
					attributes.setExecutable(true);
					file.setResourceAttributes(attributes);
				}
			}
		}
	}

	private static void createParents(IContainer container) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			createParents(folder.getParent());
			folder.create(true, true, null);
		}
	}

	private static String readEntry(URL entry) throws CoreException {
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new CoreException(Status.error(NLS.bind(CoreText.ApplianceProjectCreator_cannotRead, entry), e));
		}
	}
}
