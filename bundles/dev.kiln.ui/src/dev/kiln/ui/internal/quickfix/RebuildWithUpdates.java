package dev.kiln.ui.internal.quickfix;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.markers.WorkbenchMarkerResolution;

import dev.kiln.core.ApplianceBuildJob;
import dev.kiln.core.MaintenanceCheckJob;
import dev.kiln.ui.internal.UIText;

/**
 * Rebuild with updates, the quick fix of pending security fixes ({@link MaintenanceCheckJob#MARKER}): builds the
 * project again in an {@link ApplianceBuildJob}. A build takes the pockets as they are now (the base system is made
 * again because the security pocket's InRelease changed), and the maintenance check that follows each build removes
 * the markers of the fixes it took. Applied to several markers, each project is built once.
 */
public final class RebuildWithUpdates extends WorkbenchMarkerResolution {

	private final IMarker marker;

	RebuildWithUpdates(IMarker marker) {
		this.marker = marker;
	}

	/**
	 * Saves the project's open editors (asking first, on the UI thread) and schedules its build.
	 *
	 * @return the build, or {@code null} when the user kept the editors unsaved
	 */
	public static ApplianceBuildJob rebuild(IProject project) {
		if (Display.getCurrent() != null && !IDE.saveAllEditors(new IResource[] { project }, true)) {
			return null;
		}
		ApplianceBuildJob build = new ApplianceBuildJob(project);
		build.setUser(true);
		build.schedule();
		return build;
	}

	@Override
	public String getLabel() {
		return UIText.RebuildWithUpdates_label;
	}

	@Override
	public String getDescription() {
		return UIText.bind(UIText.RebuildWithUpdates_description, marker.getResource().getProject().getName());
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IMarker[] findOtherMarkers(IMarker[] markers) {
		return Arrays.stream(markers).filter(other -> !other.equals(marker) && isMaintenanceMarker(other)).toArray(IMarker[]::new);
	}

	@Override
	public void run(IMarker only) {
		run(new IMarker[] { only }, null);
	}

	@Override
	public void run(IMarker[] markers, IProgressMonitor monitor) {
		Set<IProject> projects = new LinkedHashSet<>();
		for (IMarker each : markers) {
			projects.add(each.getResource().getProject());
		}
		projects.forEach(RebuildWithUpdates::rebuild);
	}

	static boolean isMaintenanceMarker(IMarker marker) {
		try {
			return marker.exists() && MaintenanceCheckJob.MARKER.equals(marker.getType());
		} catch (CoreException e) {
			return false;
		}
	}
}
