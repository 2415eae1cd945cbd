package dev.kiln.ui.internal.publish;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.browser.IWorkbenchBrowserSupport;

import dev.kiln.core.internal.publish.MarketplaceStore;
import dev.kiln.core.internal.publish.PublishJob;
import dev.kiln.core.internal.publish.StorefrontJob;
import dev.kiln.publish.PublishResult;
import dev.kiln.ui.internal.UIText;

/**
 * Follows the publish job (phase, cancel) and then shows what customers pull: the reference by
 * digest and the digest, each with a Copy button, and "Show in Catalog".
 */
final class ResultPage extends WizardPage {

	private Label phase;
	private ProgressBar bar;
	private Button cancel;
	private Text reference;
	private Text digest;
	private Text containerDisk;
	private Button showInCatalog;
	private Button openStorefront;
	private PublishJob job;
	/** The id of the browser the storefront opens in: the same one each time. */
	private static final String STOREFRONT_BROWSER = "dev.kiln.ui.storefront"; //$NON-NLS-1$
	private volatile PublishResult result;

	ResultPage() {
		super("result"); //$NON-NLS-1$
		setTitle(UIText.ResultPage_title);
		setDescription(UIText.ResultPage_publishing);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		phase = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(400, SWT.DEFAULT).applyTo(phase);
		bar = new ProgressBar(page, SWT.INDETERMINATE);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(bar);
		cancel = new Button(page, SWT.PUSH);
		cancel.setText(UIText.ResultPage_cancel);
		cancel.addListener(SWT.Selection, e -> {
			if (job != null) {
				job.cancel();
			}
		});
		reference = output(page, UIText.ResultPage_reference, UIText.ResultPage_copyReference);
		digest = output(page, UIText.ResultPage_digest, UIText.ResultPage_copyDigest);
		containerDisk = output(page, UIText.ResultPage_containerDisk, UIText.ResultPage_copyContainerDisk);
		showInCatalog = new Button(page, SWT.PUSH);
		showInCatalog.setText(UIText.ResultPage_showInCatalog);
		showInCatalog.setEnabled(false);
		showInCatalog.addListener(SWT.Selection, e -> showInCatalog());
		openStorefront = new Button(page, SWT.PUSH);
		openStorefront.setText(UIText.ResultPage_openStorefront);
		openStorefront.setEnabled(false);
		openStorefront.addListener(SWT.Selection, e -> openStorefront());
		setControl(page);
	}

	private Text output(Composite page, String label, String copyLabel) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER | SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		Button copy = new Button(page, SWT.PUSH);
		copy.setText(copyLabel);
		copy.addListener(SWT.Selection, e -> {
			Clipboard clipboard = new Clipboard(text.getDisplay());
			try {
				clipboard.setContents(new Object[] { text.getText() }, new Transfer[] { TextTransfer.getInstance() });
			} finally {
				clipboard.dispose();
			}
		});
		return text;
	}

	@Override
	public org.eclipse.jface.wizard.IWizardPage getPreviousPage() {
		return null; // what was published stays published
	}

	PublishResult result() {
		return result;
	}

	/** Shows the job's progress and, when it ends, its result. */
	void follow(PublishJob publishJob, Runnable finished) {
		this.job = publishJob;
		publishJob.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				PublishResult published = publishJob.result();
				bar.getDisplay().asyncExec(() -> {
					if (bar.isDisposed()) {
						return;
					}
					result = published;
					bar.setVisible(false);
					cancel.setVisible(false);
					if (published != null) {
						setDescription(UIText.ResultPage_published);
						phase.setText(UIText.bind(UIText.ResultPage_done, published.uploaded().size(), published.skipped().size()));
						reference.setText(published.reference());
						digest.setText(published.digest());
						containerDisk.setText(published.containerDisk() == null ? UIText.ResultPage_noContainerDisk : published.containerDisk());
						showInCatalog.setEnabled(true);
						openStorefront.setEnabled(true);
						setErrorMessage(null);
						if (publishJob.storefrontError() != null) {
							setMessage(UIText.bind(UIText.ResultPage_storefrontFailed, publishJob.storefrontError()), WARNING);
						} else if (published.update() != null && published.update().warning() != null) {
							setMessage(published.update().warning(), WARNING);
						}
					} else {
						phase.setText(""); //$NON-NLS-1$
						setErrorMessage(publishJob.error() != null ? publishJob.error() : UIText.ResultPage_cancelled);
					}
					setPageComplete(true);
					finished.run();
				});
			}
		});
	}

	/** The phase the job is in (called from the job's thread). */
	void phase(String text) {
		if (phase != null && !phase.isDisposed()) {
			phase.getDisplay().asyncExec(() -> {
				if (!phase.isDisposed()) {
					phase.setText(text);
				}
			});
		}
	}

	/** Regenerates the marketplace's storefront in the background, then opens it in the workbench's web browser. */
	private void openStorefront() {
		openStorefront.setEnabled(false);
		StorefrontJob generate = new StorefrontJob(job.marketplace(), job.credentials(), new MarketplaceStore().storefrontFolder(job.marketplace()));
		generate.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				openStorefront.getDisplay().asyncExec(() -> {
					if (openStorefront.isDisposed()) {
						return;
					}
					openStorefront.setEnabled(true);
					if (generate.result() == null) {
						setErrorMessage(UIText.bind(UIText.ResultPage_storefrontFailed, generate.error()));
						return;
					}
					try {
						PlatformUI.getWorkbench().getBrowserSupport()
								.createBrowser(IWorkbenchBrowserSupport.AS_EDITOR | IWorkbenchBrowserSupport.LOCATION_BAR
										| IWorkbenchBrowserSupport.NAVIGATION_BAR, STOREFRONT_BROWSER, job.marketplace().name(), null)
								.openURL(generate.result().index().toUri().toURL());
					} catch (PartInitException | java.net.MalformedURLException e) {
						setErrorMessage(e.getMessage());
					}
				});
			}
		});
		generate.schedule();
	}

	private void showInCatalog() {
		try {
			CatalogView view = (CatalogView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(CatalogView.ID);
			view.show(job.marketplace());
		} catch (PartInitException e) {
			setErrorMessage(e.getMessage());
		}
	}
}
