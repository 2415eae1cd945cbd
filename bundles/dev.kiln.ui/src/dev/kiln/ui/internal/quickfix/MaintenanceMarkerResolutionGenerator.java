package dev.kiln.ui.internal.quickfix;

import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

import dev.kiln.core.ApplianceNature;

/** The quick fix of pending security fixes of a project's last build: {@link RebuildWithUpdates}. */
public final class MaintenanceMarkerResolutionGenerator implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return RebuildWithUpdates.isMaintenanceMarker(marker) && ApplianceNature.isApplianceProject(marker.getResource().getProject());
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		return hasResolutions(marker) ? new IMarkerResolution[] { new RebuildWithUpdates(marker) } : new IMarkerResolution[0];
	}
}
