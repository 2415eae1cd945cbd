package dev.kiln.ui.internal.publish;

import java.net.URI;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.kiln.core.internal.publish.MarketplaceStore;
import dev.kiln.core.internal.publish.SavedMarketplace;
import dev.kiln.publish.Credentials;
import dev.kiln.publish.Marketplaces;
import dev.kiln.publish.PublishException;
import dev.kiln.ui.internal.UIText;

/**
 * Where to publish: a saved marketplace, or a new one (name, registry URL, repository, user,
 * password or token, the CA certificate of a registry with a private CA); "Test connection" asks
 * the registry in the background.
 */
final class TargetPage extends WizardPage {

	private final PublishRequest request;
	private final List<SavedMarketplace> saved;
	private Combo savedCombo;
	private Text name;
	private Text url;
	private Text repository;
	private Text user;
	private Text password;
	private Text caCertificate;
	private Label connection;

	private final List<MarketplaceStore.HistoryEntry> unfinished;

	TargetPage(PublishRequest request, List<SavedMarketplace> saved, List<MarketplaceStore.HistoryEntry> unfinished) {
		super("target"); //$NON-NLS-1$
		this.request = request;
		this.saved = saved;
		this.unfinished = unfinished;
		setTitle(UIText.TargetPage_title);
		setDescription(UIText.TargetPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		new Label(page, SWT.NONE).setText(UIText.TargetPage_saved);
		savedCombo = new Combo(page, SWT.READ_ONLY);
		savedCombo.add(UIText.TargetPage_new);
		saved.forEach(m -> savedCombo.add(m.name()));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(savedCombo);
		name = field(page, UIText.TargetPage_name, SWT.BORDER);
		url = field(page, UIText.TargetPage_url, SWT.BORDER);
		url.setMessage("http://127.0.0.1:5000"); //$NON-NLS-1$
		repository = field(page, UIText.TargetPage_repository, SWT.BORDER);
		user = field(page, UIText.TargetPage_user, SWT.BORDER);
		password = field(page, UIText.TargetPage_password, SWT.BORDER | SWT.PASSWORD);
		caCertificate = caCertificateField(page);
		Button test = new Button(page, SWT.PUSH);
		test.setText(UIText.TargetPage_testConnection);
		connection = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(connection);
		savedCombo.addListener(SWT.Selection, e -> choose(savedCombo.getSelectionIndex()));
		test.addListener(SWT.Selection, e -> testConnection());
		savedCombo.select(saved.isEmpty() ? 0 : 1);
		choose(savedCombo.getSelectionIndex());
		setControl(page);
	}

	private Text field(Composite page, String label, int style) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, style);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		text.addModifyListener(e -> update());
		return text;
	}

	/** The CA certificate's path with a Browse button; checked when the registry is asked, not here on the UI thread. */
	private Text caCertificateField(Composite page) {
		new Label(page, SWT.NONE).setText(UIText.TargetPage_caCertificate);
		Composite row = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		Text text = new Text(row, SWT.BORDER);
		text.setMessage(UIText.TargetPage_caCertificateHint);
		text.setToolTipText(UIText.TargetPage_caCertificateTip);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		text.addModifyListener(e -> update());
		Button browse = new Button(row, SWT.PUSH);
		browse.setText(UIText.TargetPage_browse);
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setText(UIText.TargetPage_caCertificateDialog);
			dialog.setFilterExtensions(new String[] { "*.pem;*.crt;*.cer", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
			String file = dialog.open();
			if (file != null) {
				text.setText(file);
			}
		});
		return text;
	}

	private void choose(int index) {
		if (index <= 0) {
			name.setText(""); //$NON-NLS-1$
			url.setText(""); //$NON-NLS-1$
			repository.setText(""); //$NON-NLS-1$
			user.setText(""); //$NON-NLS-1$
			password.setText(""); //$NON-NLS-1$
			caCertificate.setText(""); //$NON-NLS-1$
		} else {
			SavedMarketplace m = saved.get(index - 1);
			name.setText(m.name());
			url.setText(m.url().toString());
			repository.setText(m.repository());
			user.setText(m.user());
			caCertificate.setText(m.caCertificate());
			password.setText(""); //$NON-NLS-1$
			password.setMessage(UIText.TargetPage_passwordStored);
		}
		update();
	}

	/** Reads the fields into the request and says what is missing. */
	private void update() {
		connection.setText(""); //$NON-NLS-1$
		String error = null;
		URI uri = null;
		try {
			uri = URI.create(url.getText().strip());
			if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) { //$NON-NLS-1$ //$NON-NLS-2$
				uri = null;
			}
		} catch (IllegalArgumentException e) {
			uri = null;
		}
		if (name.getText().isBlank()) {
			error = UIText.TargetPage_nameMissing;
		} else if (uri == null) {
			error = UIText.TargetPage_urlInvalid;
		}
		setErrorMessage(error);
		setPageComplete(error == null);
		if (error == null && !unfinished.isEmpty()) {
			MarketplaceStore.HistoryEntry cut = unfinished.get(unfinished.size() - 1);
			setMessage(UIText.bind(UIText.TargetPage_unfinished, cut.reference(), cut.marketplace()), WARNING);
		}
		request.marketplace = error == null
				? new SavedMarketplace(name.getText().strip(), uri, repository.getText().strip(), user.getText().strip(), caCertificate.getText())
				: null;
		request.password = password.getText().isEmpty() ? null : password.getText();
	}

	/** Credentials from the page, or for a saved marketplace from secure storage. */
	Credentials credentials() {
		if (request.marketplace == null || request.marketplace.user().isEmpty()) {
			return Credentials.NONE;
		}
		if (request.password != null) {
			return Credentials.of(request.marketplace.user(), request.password);
		}
		try {
			return new MarketplaceStore().credentials(request.marketplace);
		} catch (org.eclipse.equinox.security.storage.StorageException e) {
			return Credentials.NONE;
		}
	}

	private void testConnection() {
		if (request.marketplace == null) {
			return;
		}
		SavedMarketplace target = request.marketplace;
		Credentials credentials = credentials();
		connection.setText(UIText.TargetPage_testing);
		Thread thread = new Thread(() -> {
			String text;
			try {
				var marketplace = Marketplaces.connect(target.target(), credentials);
				marketplace.testConnection();
				text = UIText.bind(UIText.TargetPage_connected, marketplace.describe());
			} catch (PublishException e) {
				text = e.getMessage();
			}
			String shown = text;
			connection.getDisplay().asyncExec(() -> {
				if (!connection.isDisposed()) {
					connection.setText(shown);
					connection.getParent().layout(true);
				}
			});
		}, "Kiln: test connection"); //$NON-NLS-1$
		thread.setDaemon(true);
		thread.start();
	}
}
