package dev.kiln.ui.internal.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import dev.kiln.build.ApplianceBuild;
import dev.kiln.build.BootTestRecord;
import dev.kiln.build.ProjectOutputs;
import dev.kiln.build.UpdateTestRecord;
import dev.kiln.core.internal.publish.SavedMarketplace;
import dev.kiln.core.internal.publish.VendorIdentityStore;
import dev.kiln.image.identity.IdentityException;
import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.publish.Credentials;
import dev.kiln.publish.ListingProblem;
import dev.kiln.publish.Marketplaces;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.Release;
import dev.kiln.ui.internal.UIText;

/**
 * The checklist before publishing: listing rules (with the files), images present and built from the
 * project as it is now, the update payload and its channel, boot and update tests of this build, version not yet
 * published, signed. Checked in the background each time the page is shown; Finish waits for green.
 */
final class ReviewPage extends WizardPage {

	/** One line of the checklist; one that does not pass keeps Finish disabled unless it is only advice. */
	record Check(boolean passed, String text, boolean advice) {

		Check(boolean passed, String text) {
			this(passed, text, false);
		}

		boolean blocks() {
			return !passed && !advice;
		}

		String shown() {
			return (passed ? "\u2714 " : advice ? "\u26a0 " : "\u2718 ") + text; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	private final PublishRequest request;
	private final TargetPage target;
	private Table table;
	private volatile boolean passed;
	private volatile VendorIdentity identity;

	ReviewPage(PublishRequest request, TargetPage target) {
		super("review"); //$NON-NLS-1$
		this.request = request;
		this.target = target;
		setTitle(UIText.ReviewPage_title);
		setDescription(UIText.ReviewPage_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(page);
		table = new Table(page, SWT.BORDER | SWT.FULL_SELECTION);
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 160).applyTo(table);
		setControl(page);
	}

	@Override
	public boolean canFlipToNextPage() {
		return false; // Finish publishes; the result page follows by itself
	}

	boolean passed() {
		return passed;
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			recheck();
		}
	}

	private void recheck() {
		passed = false;
		setPageComplete(false);
		table.removeAll();
		new TableItem(table, SWT.NONE).setText(UIText.ReviewPage_checking);
		Release release = request.release();
		SavedMarketplace marketplace = request.marketplace;
		Credentials credentials = target.credentials();
		Path projectRoot = request.projectRoot;
		identity = null;
		CompletableFuture.supplyAsync(() -> checks(release, projectRoot, marketplace, credentials)).thenAccept(checks -> table.getDisplay().asyncExec(() -> {
			if (table.isDisposed()) {
				return;
			}
			table.removeAll();
			for (Check check : checks) {
				new TableItem(table, SWT.NONE).setText(check.shown());
			}
			passed = checks.stream().noneMatch(Check::blocks);
			setErrorMessage(passed ? null : checks.stream().filter(Check::blocks).findFirst().get().text());
			setMessage(checks.stream().filter(c -> !c.passed() && c.advice()).map(Check::text).findFirst().orElse(null), WARNING);
			setPageComplete(passed);
		}));
	}

	/** The vendor identity that signs the release, as the last check found it; {@code null} publishes unsigned. */
	VendorIdentity identity() {
		return identity;
	}

	/** The checklist; runs off the UI thread (files, secure storage and network). */
	private List<Check> checks(Release release, Path projectRoot, SavedMarketplace marketplace, Credentials credentials) {
		List<Check> checks = new ArrayList<>();
		try {
			List<ListingProblem> problems = Marketplaces.connect(marketplace.target(), credentials).check(release, false);
			if (problems.isEmpty()) {
				checks.add(new Check(true, UIText.ReviewPage_rulesPassed));
			}
			problems.forEach(p -> checks.add(new Check(false, p.message())));
		} catch (PublishException e) {
			checks.add(new Check(false, e.getMessage()));
		}
		for (Release.Image image : release.images()) {
			checks.add(new Check(image.file().toFile().isFile(), UIText.bind(UIText.ReviewPage_image, image.format(), image.file().getFileName())));
		}
		if (release.update() != null) {
			checks.add(new Check(true, UIText.bind(UIText.ReviewPage_update, release.update().file().getFileName(), release.update().channel())));
		}
		checks.add(switch (ApplianceBuild.freshness(projectRoot, ProjectOutputs.folder(projectRoot))) {
			case UP_TO_DATE -> new Check(true, UIText.ReviewPage_upToDate);
			case STALE -> new Check(false, UIText.ReviewPage_stale);
			case MISSING -> new Check(false, UIText.ReviewPage_notBuilt);
		});
		checks.add(BootTestRecord.of(ProjectOutputs.folder(projectRoot))
				.map(boot -> new Check(true, UIText.bind(UIText.ReviewPage_booted, boot.format(), boot.ready().toSeconds())))
				.orElse(new Check(false, UIText.ReviewPage_notBooted, true)));
		if (release.update() != null) {
			checks.add(UpdateTestRecord.of(ProjectOutputs.folder(projectRoot))
					.map(test -> new Check(true, UIText.bind(UIText.ReviewPage_updateTested, test.from(), test.took().toSeconds())))
					.orElse(new Check(false, UIText.ReviewPage_updateNotTested, true)));
		}
		checks.add(signature());
		return checks;
	}

	/** Who signs: the vendor identity of the secure storage, or advice to make one. */
	private Check signature() {
		try {
			identity = new VendorIdentityStore().identity().orElse(null);
			return identity == null ? new Check(false, UIText.ReviewPage_unsigned, true)
					: new Check(true, UIText.bind(UIText.ReviewPage_signed, identity.subject(), identity.fingerprint()));
		} catch (IdentityException e) {
			return new Check(false, UIText.bind(UIText.ReviewPage_identityUnreadable, e.getMessage()), true);
		}
	}
}
