package dev.kiln.ui.internal.editor.form;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.kiln.ui.internal.UIText;

/**
 * A list of strings of the model (screenshot paths) with Add… and Remove; each change sets the
 * whole list in one command.
 */
public final class StringListPart {

	private final FormContext context;
	private final OwnerPath owner;
	private final EAttribute attribute;
	private final TableViewer viewer;
	private final Button add;
	private final Button remove;
	private boolean editable = true;

	public StringListPart(FormContext context, FormToolkit toolkit, Composite parent, OwnerPath owner,
			EAttribute attribute, String addTitle, String addMessage, IInputValidator validator) {
		this.context = context;
		this.owner = owner;
		this.attribute = attribute;
		Composite composite = toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(composite);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(composite);
		Table table = toolkit.createTable(composite, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		table.setData(FormToolkit.KEY_DRAW_BORDER, FormToolkit.TREE_BORDER);
		GridDataFactory.fillDefaults().grab(true, true).span(1, 2).hint(SWT.DEFAULT, 80).applyTo(table);
		viewer = new TableViewer(table);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		add = toolkit.createButton(composite, UIText.ObjectTable_add, SWT.PUSH);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(add);
		remove = toolkit.createButton(composite, UIText.ObjectTable_remove, SWT.PUSH);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(remove);
		add.addListener(SWT.Selection, event -> {
			InputDialog dialog = new InputDialog(composite.getShell(), addTitle, addMessage, "", validator); //$NON-NLS-1$
			if (dialog.open() == Window.OK) {
				List<String> values = new ArrayList<>(values());
				values.add(dialog.getValue().strip());
				set(values);
			}
		});
		remove.addListener(SWT.Selection, event -> {
			List<String> values = new ArrayList<>(values());
			values.removeAll(viewer.getStructuredSelection().toList());
			set(values);
		});
		viewer.addSelectionChangedListener(event -> updateButtons());
	}

	public TableViewer viewer() {
		return viewer;
	}

	public void refresh() {
		Object selected = viewer.getStructuredSelection().getFirstElement();
		List<String> values = values();
		viewer.setInput(values);
		if (selected != null && values.contains(selected)) {
			viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(selected));
		}
		updateButtons();
	}

	public IStructuredSelection selection() {
		return viewer.getStructuredSelection();
	}

	public void setEditable(boolean value) {
		editable = value;
		updateButtons();
	}

	@SuppressWarnings("unchecked")
	private List<String> values() {
		EObject object = owner.find(context.root());
		return object == null ? List.of() : List.copyOf((List<String>) object.eGet(attribute));
	}

	private void set(List<String> values) {
		context.model().execute(owner.set(context.model().domain(), context.root(), attribute, values));
	}

	private void updateButtons() {
		add.setEnabled(editable && context.root() != null);
		remove.setEnabled(editable && !viewer.getStructuredSelection().isEmpty());
	}
}
