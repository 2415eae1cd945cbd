package dev.kiln.ui.internal.publish;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import dev.kiln.build.ManifestCheck;
import dev.kiln.build.ProjectOutputs;
import dev.kiln.core.internal.publish.ListingWriteBackJob;
import dev.kiln.core.internal.publish.MarketplaceStore;
import dev.kiln.core.internal.publish.PublishJob;
import dev.kiln.model.io.ManifestProblem;
import dev.kiln.publish.PublishOptions;
import dev.kiln.ui.internal.ApplianceProjects;
import dev.kiln.ui.internal.UIText;

/**
 * Publish to Marketplace: target, listing, images, review, then a {@link PublishJob} followed on the
 * result page. Opened from the project's context menu and from File → Export → Kiln.
 */
public class PublishWizard extends Wizard implements IExportWizard {

	private IProject project;
	private PublishRequest request;
	private String loadError;
	private TargetPage target;
	private ReviewPage review;
	private ResultPage result;
	private PublishJob job;

	public PublishWizard() {
		setWindowTitle(UIText.PublishWizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		IProject project = ApplianceProjects.of(selection).orElse(null);
		if (project == null || project.getLocation() == null) {
			loadError = UIText.PublishWizard_noProject;
			return;
		}
		this.project = project;
		Path root = project.getLocation().toPath();
		try {
			// reading the manifest and looking for images is file work: not on the UI thread
			PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
				ManifestCheck.Result checked = new ManifestCheck().check(root.resolve(ManifestCheck.MANIFEST_FILE), root, project.getName());
				if (checked.hasErrors() || checked.appliance() == null) {
					loadError = UIText.bind(UIText.PublishWizard_manifestErrors, checked.problems().stream().filter(ManifestProblem::isError)
							.map(ManifestProblem::toString).collect(Collectors.joining("\n"))); //$NON-NLS-1$
				} else {
					request = new PublishRequest(project, root, checked.appliance(), ProjectOutputs.existing(root, checked.appliance()));
				}
			});
		} catch (InvocationTargetException e) {
			loadError = e.getCause().getMessage();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			loadError = e.getMessage();
		}
	}

	@Override
	public void addPages() {
		if (request == null) {
			addPage(new MessagePage(loadError));
			return;
		}
		MarketplaceStore store = new MarketplaceStore();
		List<MarketplaceStore.HistoryEntry> unfinished;
		try {
			unfinished = store.unfinished();
		} catch (java.io.IOException e) {
			unfinished = List.of();
		}
		target = new TargetPage(request, store.marketplaces(), unfinished);
		review = new ReviewPage(request, target);
		result = new ResultPage();
		addPage(target);
		addPage(new ListingPage(request));
		addPage(new ImagesPage(request));
		addPage(review);
		addPage(result);
	}

	@Override
	public boolean canFinish() {
		IWizardPage current = getContainer() == null ? null : getContainer().getCurrentPage();
		if (current == result) {
			return result.isPageComplete();
		}
		return current == review && review.passed() && job == null;
	}

	@Override
	public boolean performFinish() {
		if (getContainer().getCurrentPage() == result) {
			return true;
		}
		MarketplaceStore store = new MarketplaceStore();
		try {
			store.save(request.marketplace, request.password);
			PublishOptions options = PublishOptions.defaults().withSigner(review.identity()).withContainerDisk(request.containerDisk);
			job = new PublishJob(request.marketplace, target.credentials(), request.release(), options, phase -> result.phase(phase));
		} catch (Exception e) {
			review.setErrorMessage(UIText.bind(UIText.PublishWizard_storeFailed, e.getMessage()));
			return false;
		}
		if (request.writeBack) {
			new ListingWriteBackJob(project.getFile(ManifestCheck.MANIFEST_FILE), request.listing).schedule();
		}
		result.follow(job, () -> getContainer().updateButtons());
		getContainer().showPage(result);
		job.schedule();
		getContainer().updateButtons();
		return false;
	}

	@Override
	public boolean performCancel() {
		if (job != null && job.getResult() == null) {
			job.cancel();
		}
		return true;
	}

	/** The job that published, once Finish was pressed. */
	public PublishJob job() {
		return job;
	}

	/** A page that only says why the wizard cannot go on. */
	private static final class MessagePage extends WizardPage {

		private final String message;

		MessagePage(String message) {
			super("message"); //$NON-NLS-1$
			this.message = message;
			setTitle(UIText.PublishWizard_title);
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Label label = new Label(parent, SWT.WRAP);
			label.setText(message == null ? "" : message); //$NON-NLS-1$
			setErrorMessage(message);
			setControl(label);
		}
	}

}
