package dev.kiln.ui.internal.editor.form;

import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.kiln.model.Appliance;
import dev.kiln.model.ApplianceFactory;
import dev.kiln.model.AppliancePackage.Literals;
import dev.kiln.model.KeptPath;
import dev.kiln.model.ReadyCheck;
import dev.kiln.model.UpdateChannel;
import dev.kiln.model.Updates;
import dev.kiln.ui.internal.UIText;
import dev.kiln.ui.internal.editor.ManifestEditor;

/**
 * How deployed appliances are updated ({@code <updates>}): whether they are, where from, when, the ready check of a
 * new version, the paths kept on the data partition and the channels.
 */
public final class UpdatesPage extends ManifestFormPage {

	/** The page id. */
	public static final String ID = "dev.kiln.ui.manifestEditor.updates"; //$NON-NLS-1$

	/** What the Add dialogs accept at once; the validator says the rest (KILN-M059, M060, M063). */
	private static final Pattern ABSOLUTE_PATH = Pattern.compile("/.*"); //$NON-NLS-1$
	private static final Pattern CHANNEL_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*"); //$NON-NLS-1$
	/** systemd calendar events offered for {@code check}, and "never". */
	private static final List<String> CHECKS = List.of("daily", "weekly", "hourly", "never"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private ObjectTable keeps;
	private ObjectTable channels;

	public UpdatesPage(ManifestEditor editor) {
		super(editor, ID, UIText.UpdatesPage_title);
	}

	@Override
	public boolean covers(EObject object, EStructuralFeature feature) {
		return object instanceof Updates || object instanceof KeptPath || object instanceof UpdateChannel
				|| object instanceof ReadyCheck || feature == Literals.APPLIANCE__UPDATES;
	}

	@Override
	protected void createContent(FormToolkit toolkit, Composite body) {
		PageColumns columns = PageColumns.in(toolkit, body);
		OwnerPath updates = OwnerPath.of(Literals.APPLIANCE__UPDATES);
		OwnerPath ready = OwnerPath.of(Literals.APPLIANCE__UPDATES, Literals.UPDATES__READY);

		Composite general = section(toolkit, columns.left(), UIText.UpdatesPage_updates, UIText.UpdatesPage_updatesDescription,
				false);
		Button enabled = toolkit.createButton(general, UIText.UpdatesPage_enabled, SWT.CHECK);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(enabled);
		enabled.addListener(SWT.Selection, event -> setUpdates(enabled.getSelection()));
		onRefresh(() -> enabled.setSelection(root() != null && root().getUpdates() != null));
		onEditable(editable -> enabled.setEnabled(editable.booleanValue()));
		text(toolkit, general, UIText.UpdatesPage_url, updates, Literals.UPDATES__URL);
		toolkit.createLabel(general, UIText.UpdatesPage_check);
		Combo check = new Combo(general, SWT.DROP_DOWN);
		toolkit.adapt(check, true, false);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(check);
		bind(new SuggestionComboBinding(this, check, updates, Literals.UPDATES__CHECK, CHECKS));
		combo(toolkit, general, UIText.UpdatesPage_apply, updates, Literals.UPDATES__APPLY);
		text(toolkit, general, UIText.UpdatesPage_rebootWindow, updates, Literals.UPDATES__REBOOT_WINDOW)
				.setMessage(UIText.UpdatesPage_rebootWindowHint);
		text(toolkit, general, UIText.UpdatesPage_readyTimeout, updates, Literals.UPDATES__READY_TIMEOUT);
		text(toolkit, general, UIText.UpdatesPage_dataSize, updates, Literals.UPDATES__DATA_SIZE_MB);

		Composite readiness = section(toolkit, columns.left(), UIText.UpdatesPage_ready, UIText.UpdatesPage_readyDescription, false);
		Button services = radio(toolkit, readiness, UIText.UpdatesPage_readyServices, 2);
		Button http = radio(toolkit, readiness, UIText.UpdatesPage_readyHttp, 1);
		Text url = field(toolkit, readiness, ready, Literals.READY_CHECK__HTTP);
		Button command = radio(toolkit, readiness, UIText.UpdatesPage_readyCommand, 1);
		Text line = field(toolkit, readiness, ready, Literals.READY_CHECK__COMMAND);
		services.addListener(SWT.Selection, event -> {
			if (services.getSelection()) {
				setReady(null, null);
			}
		});
		http.addListener(SWT.Selection, event -> {
			if (http.getSelection() && readyKind() != Literals.READY_CHECK__HTTP) {
				setReady(Literals.READY_CHECK__HTTP, url);
			}
		});
		command.addListener(SWT.Selection, event -> {
			if (command.getSelection() && readyKind() != Literals.READY_CHECK__COMMAND) {
				setReady(Literals.READY_CHECK__COMMAND, line);
			}
		});
		onRefresh(() -> {
			EStructuralFeature kind = readyKind();
			services.setSelection(kind == null);
			http.setSelection(kind == Literals.READY_CHECK__HTTP);
			command.setSelection(kind == Literals.READY_CHECK__COMMAND);
			url.setEnabled(kind == Literals.READY_CHECK__HTTP);
			line.setEnabled(kind == Literals.READY_CHECK__COMMAND);
		});
		onEditable(editable -> List.of(services, http, command).forEach(button -> button.setEnabled(editable.booleanValue())));

		Composite kept = section(toolkit, columns.right(), UIText.UpdatesPage_keeps, UIText.UpdatesPage_keepsDescription, true);
		keeps = table(toolkit, kept, updates, Literals.UPDATES__KEEPS,
				List.of(new ObjectTable.Column(UIText.UpdatesPage_keepPath, Literals.KEPT_PATH__PATH, 260, true)),
				new NamedElement(UIText.UpdatesPage_addKeepTitle, UIText.UpdatesPage_addKeepMessage, ABSOLUTE_PATH,
						Literals.KEPT_PATH__PATH));
		Composite followed = section(toolkit, columns.right(), UIText.UpdatesPage_channels, UIText.UpdatesPage_channelsDescription,
				true);
		channels = table(toolkit, followed, updates, Literals.UPDATES__CHANNELS,
				List.of(new ObjectTable.Column(UIText.UpdatesPage_channelName, Literals.UPDATE_CHANNEL__NAME, 160, true)),
				new NamedElement(UIText.UpdatesPage_addChannelTitle, UIText.UpdatesPage_addChannelMessage, CHANNEL_NAME,
						Literals.UPDATE_CHANNEL__NAME));
	}

	/** @return the table of kept paths (for tests) */
	public ObjectTable keeps() {
		return keeps;
	}

	/** @return the table of channels (for tests) */
	public ObjectTable channels() {
		return channels;
	}

	private static Button radio(FormToolkit toolkit, Composite parent, String label, int span) {
		Button button = toolkit.createButton(parent, label, SWT.RADIO);
		GridDataFactory.swtDefaults().span(span, 1).applyTo(button);
		return button;
	}

	private Text field(FormToolkit toolkit, Composite parent, OwnerPath owner, EAttribute attribute) {
		Text text = toolkit.createText(parent, "", SWT.SINGLE); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(text);
		bind(new TextBinding(this, text, owner, attribute));
		return text;
	}

	/** Adds an empty {@code <updates>} (every value its default) or removes the element, as one undoable command. */
	private void setUpdates(boolean on) {
		Appliance root = root();
		if (root == null || on == (root.getUpdates() != null)) {
			return;
		}
		model().execute(SetCommand.create(model().domain(), root, Literals.APPLIANCE__UPDATES,
				on ? ApplianceFactory.eINSTANCE.createUpdates() : SetCommand.UNSET_VALUE));
	}

	/** @return which attribute of {@code <ready>} the manifest uses, {@code null} without {@code <ready>} */
	private EStructuralFeature readyKind() {
		Appliance root = root();
		ReadyCheck ready = root == null || root.getUpdates() == null ? null : root.getUpdates().getReady();
		if (ready == null) {
			return null;
		}
		return ready.getCommand() != null && ready.getHttp() == null ? Literals.READY_CHECK__COMMAND : Literals.READY_CHECK__HTTP;
	}

	/**
	 * Replaces {@code <ready>}: none, or one whose {@code kind} is empty, to be typed into {@code field} (the validator
	 * reports it until it is).
	 */
	private void setReady(EAttribute kind, Text field) {
		Appliance root = root();
		if (root == null) {
			return;
		}
		ReadyCheck ready = null;
		if (kind != null) {
			ready = ApplianceFactory.eINSTANCE.createReadyCheck();
			ready.eSet(kind, ""); //$NON-NLS-1$
		}
		OwnerPath updates = OwnerPath.of(Literals.APPLIANCE__UPDATES);
		model().execute(updates.set(model().domain(), root, Literals.UPDATES__READY, ready == null ? SetCommand.UNSET_VALUE : ready));
		if (field != null) {
			field.setFocus();
		}
	}
}
