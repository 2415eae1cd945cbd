package dev.kiln.core.internal;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;

import dev.kiln.build.ManifestCheck;
import dev.kiln.core.ApplianceNature;
import dev.kiln.model.io.ManifestProblem;

/**
 * Validates the project's {@code appliance.xml} and keeps its problem markers, on the lines the
 * problems were found. Runs again when the manifest changes and when files are added or removed,
 * since the manifest refers to the project's files.
 */
public class ApplianceBuilder extends IncrementalProjectBuilder {

	private final ManifestCheck check = new ManifestCheck();

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		if (delta == null || affectsManifest(delta)) {
			validate(monitor);
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(ApplianceNature.MANIFEST_PROBLEM, true, IResource.DEPTH_INFINITE);
	}

	/** The manifest changed, or a file appeared or vanished that the manifest may refer to. */
	private static boolean affectsManifest(IResourceDelta delta) throws CoreException {
		boolean[] affected = { false };
		delta.accept(d -> {
			IResource resource = d.getResource();
			if (resource.isDerived()) {
				return false; // the images in build/, which the manifest never refers to
			}
			if (resource.getType() == IResource.FILE && resource.getParent().getType() == IResource.PROJECT
					&& ManifestCheck.MANIFEST_FILE.equals(resource.getName())) {
				affected[0] = true;
			} else if (resource.getType() != IResource.PROJECT
					&& (d.getKind() == IResourceDelta.ADDED || d.getKind() == IResourceDelta.REMOVED)) {
				affected[0] = true;
			}
			return !affected[0];
		});
		return affected[0];
	}

	private void validate(IProgressMonitor monitor) throws CoreException {
		IProject project = getProject();
		IFile manifest = project.getFile(ManifestCheck.MANIFEST_FILE);
		project.deleteMarkers(ApplianceNature.MANIFEST_PROBLEM, true, IResource.DEPTH_INFINITE);
		IPath location = project.getLocation();
		if (!manifest.exists() || location == null) {
			IMarker marker = project.createMarker(ApplianceNature.MANIFEST_PROBLEM);
			marker.setAttributes(new String[] { IMarker.MESSAGE, IMarker.SEVERITY, "code" }, //$NON-NLS-1$
					new Object[] { CoreText.ApplianceBuilder_noManifest, IMarker.SEVERITY_ERROR, "KILN-P001" }); //$NON-NLS-1$
			return;
		}
		Path root = location.toPath();
		ManifestCheck.Result result = check.check(root.resolve(ManifestCheck.MANIFEST_FILE), root,
				manifest.getFullPath().toString());
		for (ManifestProblem problem : result.problems()) {
			if (monitor.isCanceled()) {
				return;
			}
			IMarker marker = manifest.createMarker(ApplianceNature.MANIFEST_PROBLEM);
			marker.setAttributes(new String[] { IMarker.MESSAGE, IMarker.SEVERITY, IMarker.LINE_NUMBER, "code" }, //$NON-NLS-1$
					new Object[] { problem.message(), severity(problem), Math.max(problem.line(), 1), problem.code() });
		}
	}

	private static int severity(ManifestProblem problem) {
		return switch (problem.severity()) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			case INFO -> IMarker.SEVERITY_INFO;
		};
	}
}
