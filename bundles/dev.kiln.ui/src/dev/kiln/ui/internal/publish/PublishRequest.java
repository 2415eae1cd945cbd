package dev.kiln.ui.internal.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;

import dev.kiln.core.internal.publish.SavedMarketplace;
import dev.kiln.build.ApplianceBuild;
import dev.kiln.build.ProjectOutputs;
import dev.kiln.build.ProjectRelease;
import dev.kiln.build.ReleaseMapper;
import dev.kiln.model.Appliance;
import dev.kiln.publish.Listing;
import dev.kiln.publish.Release;

/**
 * What the Publish wizard collects, page by page: the project's manifest, the listing as edited, the
 * images chosen and the marketplace. Touched on the UI thread only; file work happens elsewhere.
 */
public final class PublishRequest {

	final IProject project;
	final Path projectRoot;
	final Appliance appliance;
	Listing listing;
	List<Release.Image> available = new ArrayList<>();
	final List<Release.Image> chosen = new ArrayList<>();
	SavedMarketplace marketplace;
	String password;
	/** Whether Finish also writes the edited listing into appliance.xml. */
	boolean writeBack;
	/** Whether the qcow2 image is also published as a KubeVirt containerDisk. */
	boolean containerDisk;

	PublishRequest(IProject project, Path projectRoot, Appliance appliance, List<Release.Image> available) {
		this.project = project;
		this.projectRoot = projectRoot;
		this.appliance = appliance;
		this.listing = ReleaseMapper.listing(appliance, projectRoot);
		this.available = new ArrayList<>(available);
		this.chosen.addAll(available);
	}

	/** The release as it stands now. */
	Release release() {
		return ReleaseMapper.release(appliance, projectRoot, listing, chosen, ProjectRelease.packages(appliance, chosen),
				ApplianceBuild.sourceDateEpoch()).withArchiveState(ProjectRelease.archiveState(appliance, chosen))
				.withUpdate(ProjectRelease.updateBundle(appliance, ProjectOutputs.folder(projectRoot)));
	}
}
