package dev.kiln.ui.internal.editor.form;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourceAttributes;
import org.eclipse.core.runtime.IPath;

import dev.kiln.model.ApplianceFactory;
import dev.kiln.model.FileSystemEntry;

/**
 * Turns project files and folders dropped on (or chosen for) the Application page into
 * {@code <file>} and {@code <directory>} entries: the source is the project-relative path, the
 * target lies under /opt/&lt;appliance id&gt;/ (a leading "app/" folder, Kiln's convention for what
 * goes into the image, is left out), executables get mode 0755, other files 0644.
 */
final class ResourceEntries {

	private static final String APP_FOLDER = "app"; //$NON-NLS-1$

	private ResourceEntries() {
	}

	/** @return the entries for the resources of this project; resources of other projects are skipped */
	static List<FileSystemEntry> of(IProject project, String applianceId, List<? extends IResource> resources) {
		List<FileSystemEntry> entries = new ArrayList<>();
		for (IResource resource : resources) {
			if (!project.equals(resource.getProject()) || resource.getType() == IResource.PROJECT) {
				continue;
			}
			IPath relative = resource.getProjectRelativePath();
			FileSystemEntry entry = resource instanceof IContainer ? ApplianceFactory.eINSTANCE.createApplicationDirectory()
					: ApplianceFactory.eINSTANCE.createApplicationFile();
			entry.setSource(relative.toString());
			IPath inImage = APP_FOLDER.equals(relative.segment(0)) && relative.segmentCount() > 1 ? relative.removeFirstSegments(1)
					: relative;
			entry.setTarget("/opt/" + (applianceId == null || applianceId.isBlank() ? project.getName() : applianceId) //$NON-NLS-1$
					+ "/" + inImage); //$NON-NLS-1$
			entry.setMode(resource instanceof IFile file && isExecutable(file) || resource instanceof IContainer ? "0755" //$NON-NLS-1$
					: "0644"); //$NON-NLS-1$
			entries.add(entry);
		}
		return entries;
	}

	private static boolean isExecutable(IFile file) {
		ResourceAttributes attributes = file.getResourceAttributes();
		return attributes != null && attributes.isExecutable();
	}
}
