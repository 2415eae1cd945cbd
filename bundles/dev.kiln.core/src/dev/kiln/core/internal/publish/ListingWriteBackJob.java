package dev.kiln.core.internal.publish;

import java.io.ByteArrayInputStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import dev.kiln.build.ManifestCheck;
import dev.kiln.build.ReleaseMapper;
import dev.kiln.model.io.ManifestProblem;
import dev.kiln.model.io.ManifestWriter;
import dev.kiln.publish.Listing;
import dev.kiln.core.internal.CoreText;

/**
 * Writes the listing as edited in the Publish wizard back into appliance.xml: reads the file afresh,
 * changes only the listing fields that differ, and saves the canonical form (as the manifest editor
 * does) with local history, so the change can be compared and undone like any edit.
 */
public final class ListingWriteBackJob extends WorkspaceJob {

	private final IFile manifest;
	private final Listing listing;

	public ListingWriteBackJob(IFile manifest, Listing listing) {
		super(NLS.bind(CoreText.ListingWriteBack_job, manifest.getFullPath()));
		this.manifest = manifest;
		this.listing = listing;
		setRule(manifest.getWorkspace().getRuleFactory().modifyRule(manifest));
	}

	@Override
	public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
		var root = manifest.getProject().getLocation().toPath();
		ManifestCheck.Result checked = new ManifestCheck().check(manifest.getLocation().toPath(), root, manifest.getFullPath().toString());
		if (checked.appliance() == null || checked.hasErrors()) {
			return Status.error(NLS.bind(CoreText.ListingWriteBack_unreadable, manifest.getFullPath(), checked.problems().stream()
					.filter(ManifestProblem::isError).map(ManifestProblem::toString).findFirst().orElse(""))); //$NON-NLS-1$
		}
		if (!ReleaseMapper.writeBack(checked.appliance(), listing)) {
			return Status.OK_STATUS;
		}
		try {
			byte[] bytes = new ManifestWriter().toBytes(checked.appliance());
			manifest.setContents(new ByteArrayInputStream(bytes), IResource.KEEP_HISTORY, monitor);
		} catch (java.io.IOException e) {
			return Status.error(NLS.bind(CoreText.ListingWriteBack_failed, manifest.getFullPath(), e.getMessage()));
		}
		return Status.OK_STATUS;
	}
}
