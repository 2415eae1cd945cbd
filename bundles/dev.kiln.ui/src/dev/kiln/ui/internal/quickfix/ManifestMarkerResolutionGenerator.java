package dev.kiln.ui.internal.quickfix;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

import dev.kiln.ui.internal.editor.ManifestAnalyser;
import dev.kiln.ui.internal.editor.ManifestAnalysis;
import dev.kiln.ui.internal.editor.MarkerLocation;
import dev.kiln.ui.internal.editor.ModelProblem;

/**
 * Quick fixes for the appliance builder's manifest problems ({@code dev.kiln.core.manifestProblem}),
 * chosen by the marker's {@code code}. The marker is matched with the problem it stands for by
 * validating the saved manifest again (called off the UI thread by the Problems view).
 */
public final class ManifestMarkerResolutionGenerator implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return QuickFixes.hasFix(marker.getAttribute(MarkerLocation.CODE, "")); //$NON-NLS-1$
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!hasResolutions(marker) || !(marker.getResource() instanceof IFile manifest)) {
			return new IMarkerResolution[0];
		}
		ManifestAnalysis analysis = analyse(manifest);
		Optional<ModelProblem> problem = analysis == null ? Optional.empty() : MarkerLocation.problemOf(marker, analysis);
		return problem.flatMap(found -> analysis.loaded().appliance().flatMap(root -> QuickFixes.fixFor(found, root)))
				.map(fix -> new IMarkerResolution[] { new ManifestMarkerResolution(fix, problem.get()) })
				.orElse(new IMarkerResolution[0]);
	}

	/** @return the analysis of the saved manifest, or {@code null} when it cannot be read */
	static ManifestAnalysis analyse(IFile manifest) {
		try (InputStream in = manifest.getContents(true)) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			IPath root = manifest.getProject().getLocation();
			return new ManifestAnalyser().analyse(0, text, manifest.getFullPath().toString(),
					root == null ? null : root.toPath());
		} catch (IOException | CoreException e) {
			return null;
		}
	}
}
