package dev.kiln.ui.internal.editor.form;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import dev.kiln.model.Appliance;
import dev.kiln.model.io.ManifestProblem;
import dev.kiln.ui.internal.UIText;
import dev.kiln.ui.internal.editor.ManifestEditor;
import dev.kiln.ui.internal.editor.ManifestModel;
import dev.kiln.ui.internal.editor.ModelProblem;

/**
 * A form page of the manifest editor: sections of fields and tables bound to the model. It shows
 * the model after every change, validation problems on the fields they concern and in the form
 * header, and, while the Source page cannot be read, that error in the header with every field
 * read-only.
 */
public abstract class ManifestFormPage extends FormPage implements FormContext {

	private static final Object SOURCE_ERROR = new Object();

	private final List<FieldBinding> fields = new ArrayList<>();
	private final List<ObjectTable> tables = new ArrayList<>();
	private final List<Runnable> refreshers = new ArrayList<>();
	private final List<Consumer<Boolean>> editables = new ArrayList<>();
	private final List<Object> problemKeys = new ArrayList<>();
	private boolean editable = true;
	private List<ModelProblem> shownProblems = List.of();
	private Appliance shownRoot;

	protected ManifestFormPage(ManifestEditor editor, String id, String title) {
		super(editor, id, title);
	}

	/** @return whether this page is where the feature of the object is edited */
	public abstract boolean covers(EObject object, EStructuralFeature feature);

	/** Creates the page's sections in the form body. */
	protected abstract void createContent(FormToolkit toolkit, Composite body);

	@Override
	protected final void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		// a form heading shows '&' as a mnemonic, as tabs do
		form.setText(getTitle().replace("&", "&&")); //$NON-NLS-1$ //$NON-NLS-2$
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).margins(10, 10).spacing(20, 10).applyTo(body);
		createContent(toolkit, body);
		refresh();
		editor().pageCreated(this);
	}

	public ManifestEditor editor() {
		return (ManifestEditor) getEditor();
	}

	@Override
	public ManifestModel model() {
		return editor().model();
	}

	@Override
	public void selected(EObject object) {
		editor().formSelection(object);
	}

	@Override
	public IMessageManager messages() {
		return getManagedForm().getMessageManager();
	}

	/** Shows the model as it is now. */
	public void refresh() {
		if (getManagedForm() == null) {
			return;
		}
		fields.forEach(FieldBinding::refresh);
		tables.forEach(ObjectTable::refresh);
		refreshers.forEach(Runnable::run);
	}

	/** Shows the model's values in the fields only (not the tables). */
	protected void refreshFields() {
		fields.forEach(FieldBinding::refresh);
	}

	/** Writes what is typed but not yet written. */
	public void commit() {
		fields.forEach(FieldBinding::commit);
	}

	/** Shows that the source cannot be read (errors), or that it can again (empty). */
	public void showSourceErrors(List<ManifestProblem> errors) {
		if (getManagedForm() == null) {
			return;
		}
		boolean readable = errors.isEmpty();
		if (readable) {
			messages().removeMessage(SOURCE_ERROR);
		} else {
			ManifestProblem first = errors.get(0);
			messages().addMessage(SOURCE_ERROR, NLS.bind(UIText.ManifestFormPage_sourceError,
					new Object[] { first.message(), Integer.valueOf(first.line()), Integer.valueOf(first.column()) }),
					null, IMessageProvider.ERROR);
		}
		setEditable(readable);
	}

	/**
	 * Shows the validation problems of this page on their fields, or in the header. Nothing is
	 * touched when they are the ones shown already (the message manager repaints the whole form).
	 */
	public void showProblems(List<ModelProblem> problems) {
		if (getManagedForm() == null || problems.equals(shownProblems) && root() == shownRoot) {
			return;
		}
		shownProblems = List.copyOf(problems);
		shownRoot = root();
		IMessageManager messages = messages();
		messages.setAutoUpdate(false);
		try {
			for (Object key : problemKeys) {
				messages.removeMessage(key);
				fields.forEach(field -> messages.removeMessage(key, field.control()));
				tables.forEach(table -> messages.removeMessage(key, table.table()));
			}
			problemKeys.clear();
			tables.forEach(ObjectTable::clearProblems);
			Appliance root = root();
			for (ModelProblem problem : problems) {
				problemKeys.add(problem);
				Control control = controlFor(problem.objectIn(root), problem);
				if (control == null) {
					messages.addMessage(problem, problem.message(), problem, problem.severity());
				} else {
					messages.addMessage(problem, problem.message(), problem, problem.severity(), control);
				}
			}
			tables.forEach(ObjectTable::updateProblems);
		} finally {
			messages.setAutoUpdate(true);
		}
	}

	private Control controlFor(EObject object, ModelProblem problem) {
		for (FieldBinding field : fields) {
			if (field.shows(object, problem.feature())) {
				return field.control();
			}
		}
		for (ObjectTable table : tables) {
			if (table.contains(object)) {
				table.showProblem(object, problem.severity(), problem.message());
				return table.table();
			}
			if (table.isListOf(object, problem.feature())) {
				return table.table();
			}
		}
		return null;
	}

	/** Focuses the field or table row of the feature of the object; the page is active. */
	public boolean reveal(EObject object, EStructuralFeature feature) {
		for (FieldBinding field : fields) {
			if (field.shows(object, feature)) {
				field.reveal();
				return true;
			}
		}
		for (ObjectTable table : tables) {
			if (table.contains(object)) {
				table.reveal(object);
				return true;
			}
		}
		for (FieldBinding field : fields) {
			if (object != null && field.ownerNow() == object) {
				field.reveal();
				return true;
			}
		}
		return false;
	}

	private void setEditable(boolean value) {
		editable = value;
		fields.forEach(field -> field.setEditable(value));
		tables.forEach(table -> table.setEditable(value));
		editables.forEach(part -> part.accept(Boolean.valueOf(value)));
	}

	protected boolean isEditable() {
		return editable;
	}

	// --- building blocks of pages -------------------------------------------------------------

	/** A section with a title and description whose client has two columns (labels, fields). */
	protected Composite section(FormToolkit toolkit, Composite parent, String title, String description, boolean fill) {
		Section section = toolkit.createSection(parent,
				ExpandableComposite.TITLE_BAR | (description == null ? 0 : Section.DESCRIPTION));
		section.setText(title);
		if (description != null) {
			section.setDescription(description);
		}
		GridDataFactory.fillDefaults().grab(true, fill).applyTo(section);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(client);
		section.setClient(client);
		toolkit.paintBordersFor(client);
		return client;
	}

	/** A labelled single-line text bound to an attribute. */
	protected Text text(FormToolkit toolkit, Composite parent, String label, OwnerPath owner, EAttribute attribute) {
		return text(toolkit, parent, label, owner, attribute, 1);
	}

	/** A labelled text of {@code lines} lines (more than one: wrapping, with scroll bar). */
	protected Text text(FormToolkit toolkit, Composite parent, String label, OwnerPath owner, EAttribute attribute,
			int lines) {
		Label caption = toolkit.createLabel(parent, label);
		int style = lines > 1 ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE;
		Text text = toolkit.createText(parent, "", style); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(100, lines > 1 ? text.getLineHeight() * lines : SWT.DEFAULT)
				.applyTo(text);
		if (lines > 1) {
			GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(caption);
		}
		bind(new TextBinding(this, text, owner, attribute));
		return text;
	}

	/** A labelled read-only combo bound to an enumeration attribute. */
	protected Combo combo(FormToolkit toolkit, Composite parent, String label, OwnerPath owner, EAttribute attribute) {
		toolkit.createLabel(parent, label);
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(combo, true, false);
		GridDataFactory.swtDefaults().applyTo(combo);
		bind(new ComboBinding(this, combo, owner, attribute));
		return combo;
	}

	/** A check box bound to a boolean attribute, across both columns. */
	protected Button check(FormToolkit toolkit, Composite parent, String label, OwnerPath owner, EAttribute attribute) {
		Button button = toolkit.createButton(parent, label, SWT.CHECK);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(button);
		bind(new CheckBinding(this, button, owner, attribute));
		return button;
	}

	/** A table of a list of the model, across both columns. */
	protected ObjectTable table(FormToolkit toolkit, Composite parent, OwnerPath owner, EReference list,
			List<ObjectTable.Column> columns, ObjectTable.NewElement newElement) {
		ObjectTable table = new ObjectTable(this, toolkit, parent, owner, list, columns, newElement);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(table.control());
		tables.add(table);
		return table;
	}

	protected void bind(FieldBinding field) {
		fields.add(field);
	}

	/** Runs with every refresh, for parts of a page that are not fields or tables. */
	protected void onRefresh(Runnable refresher) {
		refreshers.add(refresher);
	}

	/** Tells a part of the page that is not a field or table whether the page is editable. */
	protected void onEditable(Consumer<Boolean> part) {
		editables.add(part);
	}
}
