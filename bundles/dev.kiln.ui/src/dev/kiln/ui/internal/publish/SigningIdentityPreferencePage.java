package dev.kiln.ui.internal.publish;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dev.kiln.core.internal.publish.VendorIdentityStore;
import dev.kiln.image.identity.IdentityException;
import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.ui.internal.UIText;

/**
 * Window → Preferences → Kiln → Signing Identity: the vendor's one identity (subject, fingerprint,
 * expiry), made or imported here once and kept in Eclipse secure storage; its certificate exports for
 * customers. Secure storage and key generation run in a job, never on the UI thread.
 */
public final class SigningIdentityPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	/** The page's id in plugin.xml. */
	public static final String ID = "dev.kiln.ui.preferences.identity"; //$NON-NLS-1$

	/** Something done with the store, off the UI thread; returns the identity afterwards. */
	private interface StoreWork {
		Optional<VendorIdentity> run(VendorIdentityStore store) throws IdentityException;
	}

	private Text subject;
	private Text fingerprint;
	private Text expires;
	private Text name;
	private Text organization;
	private Text keystore;
	private Text password;
	private Button export;
	private Button remove;
	private Label status;
	private volatile Optional<VendorIdentity> identity = Optional.empty();

	public SigningIdentityPreferencePage() {
		setDescription(UIText.SigningIdentityPage_description);
		noDefaultAndApplyButton();
	}

	@Override
	public void init(IWorkbench workbench) {
		// the identity is read in a job once the page exists
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
		subject = field(page, UIText.SigningIdentityPage_subject);
		fingerprint = field(page, UIText.SigningIdentityPage_fingerprint);
		expires = field(page, UIText.SigningIdentityPage_expires);
		Composite actions = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(actions);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(actions);
		export = button(actions, UIText.SigningIdentityPage_export, this::exportCertificate);
		remove = button(actions, UIText.SigningIdentityPage_remove, () -> work(store -> {
			store.remove();
			return Optional.empty();
		}));

		Group create = group(page, UIText.SigningIdentityPage_createGroup);
		name = input(create, UIText.SigningIdentityPage_name, SWT.BORDER);
		organization = input(create, UIText.SigningIdentityPage_organization, SWT.BORDER);
		button(create, UIText.SigningIdentityPage_create, () -> {
			String commonName = name.getText().strip();
			String org = organization.getText().strip();
			if (commonName.isEmpty()) {
				setErrorMessage(UIText.SigningIdentityPage_nameMissing);
				return;
			}
			work(store -> Optional.of(store.create(commonName, org)));
		});

		Group imported = group(page, UIText.SigningIdentityPage_importGroup);
		keystore = input(imported, UIText.SigningIdentityPage_keystore, SWT.BORDER);
		button(imported, UIText.SigningIdentityPage_browse, () -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.p12;*.pfx", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
			String chosen = dialog.open();
			if (chosen != null) {
				keystore.setText(chosen);
			}
		});
		password = input(imported, UIText.SigningIdentityPage_password, SWT.BORDER | SWT.PASSWORD);
		button(imported, UIText.SigningIdentityPage_import, () -> {
			Path file = Path.of(keystore.getText().strip());
			char[] secret = password.getText().toCharArray();
			password.setText(""); //$NON-NLS-1$
			work(store -> Optional.of(store.importPkcs12(file, secret)));
		});

		status = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(status);
		show(Optional.empty());
		status.setText(UIText.SigningIdentityPage_reading);
		work(VendorIdentityStore::identity);
		return page;
	}

	private static Text field(Composite parent, String label) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.READ_ONLY | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private static Group group(Composite parent, String title) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(group);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(group);
		return group;
	}

	private static Text input(Composite parent, String label, int style) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, style);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		new Label(parent, SWT.NONE); // the group's third column holds the buttons
		return text;
	}

	private static Button button(Composite parent, String label, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	/** Runs {@code work} in a job; the page shows the identity (or the error) when it ends. */
	private void work(StoreWork work) {
		setErrorMessage(null);
		Job job = Job.create(UIText.SigningIdentityPage_job, monitor -> {
			IStatus result;
			Optional<VendorIdentity> after = identity;
			try {
				after = work.run(new VendorIdentityStore());
				result = Status.OK_STATUS;
			} catch (IdentityException e) {
				result = Status.warning(e.getMessage());
			}
			Optional<VendorIdentity> shown = after;
			String error = result.isOK() ? null : result.getMessage();
			if (!status.isDisposed()) {
				status.getDisplay().asyncExec(() -> {
					if (!status.isDisposed()) {
						show(shown);
						setErrorMessage(error);
					}
				});
			}
			return Status.OK_STATUS; // the page shows the error; no dialog on top of it
		});
		job.setSystem(true);
		job.schedule();
	}

	private void show(Optional<VendorIdentity> shown) {
		identity = shown;
		subject.setText(shown.map(VendorIdentity::subject).orElse("")); //$NON-NLS-1$
		fingerprint.setText(shown.map(VendorIdentity::fingerprint).orElse("")); //$NON-NLS-1$
		expires.setText(shown.map(i -> DateTimeFormatter.ISO_LOCAL_DATE.format(i.notAfter().atZone(ZoneId.systemDefault()))).orElse("")); //$NON-NLS-1$
		export.setEnabled(shown.isPresent());
		remove.setEnabled(shown.isPresent());
		status.setText(shown.isPresent() ? UIText.bind(UIText.SigningIdentityPage_signs, shown.get().keyAlgorithm()) : UIText.SigningIdentityPage_none);
		status.getParent().layout(true, true);
	}

	private void exportCertificate() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setFileName("vendor-certificate.pem"); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			Path file = Path.of(chosen);
			work(store -> {
				store.exportCertificates(file);
				return store.identity();
			});
		}
	}
}
