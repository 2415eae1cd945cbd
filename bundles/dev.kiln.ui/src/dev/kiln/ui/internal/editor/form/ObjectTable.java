package dev.kiln.ui.internal.editor.form;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.kiln.model.Appliance;
import dev.kiln.ui.internal.UIText;

/**
 * A table of the objects in one list of the model (packages, files, ports…), with Add and Remove
 * buttons and cells edited in place, all through commands. Rows with a validation problem carry
 * its icon and message.
 */
public final class ObjectTable {

	/** A column showing, and editing if asked, one attribute of the rows. */
	public record Column(String header, EAttribute attribute, int width, boolean editable) {
	}

	/** Makes the object the Add button adds, e.g. after asking for its name. */
	@FunctionalInterface
	public interface NewElement {

		/**
		 * @param existing
		 *            the list as it is, e.g. to pick a free port number
		 * @return the new object, not yet in the model, or {@code null} when the user cancelled
		 */
		EObject create(Shell shell, List<?> existing);
	}

	private final FormContext context;
	private final OwnerPath owner;
	private final EReference list;
	private final Composite composite;
	private final TableViewer viewer;
	private final Button add;
	private final Button remove;
	private final Map<EObject, ModelMessage> problems = new HashMap<>();
	private String filter = ""; //$NON-NLS-1$
	private boolean editable = true;

	/** A problem shown on a row. */
	private record ModelMessage(int severity, String text) {
	}

	public ObjectTable(FormContext context, FormToolkit toolkit, Composite parent, OwnerPath owner, EReference list,
			List<Column> columns, NewElement newElement) {
		this.context = context;
		this.owner = owner;
		this.list = list;
		composite = toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(composite);
		Table table = toolkit.createTable(composite, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setData(FormToolkit.KEY_DRAW_BORDER, FormToolkit.TREE_BORDER);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 120).span(1, 3).applyTo(table);
		viewer = new TableViewer(table);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		for (int i = 0; i < columns.size(); i++) {
			addColumn(columns.get(i), i == 0);
		}
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer shown, Object parentElement, Object element) {
				return filter.isEmpty() || text(element, columns.get(0).attribute()).toLowerCase(Locale.ROOT).contains(filter);
			}
		});
		viewer.addSelectionChangedListener(event -> {
			updateButtons();
			if (event.getStructuredSelection().getFirstElement() instanceof EObject selected) {
				context.selected(selected);
			}
		});
		add = toolkit.createButton(composite, UIText.ObjectTable_add, SWT.PUSH);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(add);
		add.addListener(SWT.Selection, event -> {
			EObject created = newElement.create(composite.getShell(), items());
			if (created != null) {
				Appliance root = context.root();
				context.model().execute(owner.add(context.model().domain(), root, list, List.of(created)));
				refresh();
				viewer.setSelection(new StructuredSelection(created), true);
			}
		});
		remove = toolkit.createButton(composite, UIText.ObjectTable_remove, SWT.PUSH);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(remove);
		remove.addListener(SWT.Selection, event -> {
			List<?> selected = viewer.getStructuredSelection().toList();
			if (!selected.isEmpty()) {
				context.model().execute(RemoveCommand.create(context.model().domain(), selected));
			}
		});
		updateButtons();
	}

	public Composite control() {
		return composite;
	}

	public Table table() {
		return viewer.getTable();
	}

	public TableViewer viewer() {
		return viewer;
	}

	/** Filters rows on the first column as the user types in the field. */
	public void filterWith(Text field) {
		field.addListener(SWT.Modify, event -> {
			filter = field.getText().strip().toLowerCase(Locale.ROOT);
			viewer.refresh();
		});
	}

	/**
	 * Shows the model's current list, keeping the selection where the objects are still there. The
	 * rows are made again only when the list changed; otherwise their labels are updated.
	 */
	public void refresh() {
		List<?> items = items();
		if (items.equals(viewer.getInput())) {
			viewer.refresh(true);
		} else {
			List<?> selected = viewer.getStructuredSelection().toList();
			viewer.setInput(items);
			List<Object> kept = selected.stream().filter(items::contains).collect(Collectors.toList());
			if (!kept.isEmpty()) {
				viewer.setSelection(new StructuredSelection(kept));
			}
		}
		updateButtons();
	}

	/** @return the list's objects now, empty when its owner does not exist */
	public List<?> items() {
		EObject object = owner.find(context.root());
		return object == null ? List.of() : List.copyOf((Collection<?>) object.eGet(list));
	}

	/** @return whether the object is a row of this table */
	public boolean contains(EObject object) {
		return object != null && object.eContainingFeature() == list && object.eContainer() == owner.find(context.root());
	}

	/** @return whether the problem concerns the list as a whole (its owner and this list) */
	public boolean isListOf(EObject object, Object feature) {
		return feature == list && object != null && object == owner.find(context.root());
	}

	/** Marks rows with their problems; messages of the list as a whole go on the table. */
	public void showProblem(EObject row, int severity, String message) {
		ModelMessage current = problems.get(row);
		if (current == null || current.severity() < severity) {
			problems.put(row, new ModelMessage(severity, message));
		}
	}

	public void clearProblems() {
		problems.clear();
	}

	/** Repaints the rows after {@link #showProblem} and {@link #clearProblems}. */
	public void updateProblems() {
		viewer.refresh(true);
	}

	/** Selects and shows the row, clearing a filter that hides it. */
	public void reveal(EObject row) {
		if (!viewer.getStructuredSelection().toList().contains(row)) {
			filter = ""; //$NON-NLS-1$
			viewer.refresh();
			viewer.setSelection(new StructuredSelection(row), true);
		}
		viewer.getTable().setFocus();
	}

	public IStructuredSelection selection() {
		return viewer.getStructuredSelection();
	}

	public void setEditable(boolean value) {
		editable = value;
		updateButtons();
	}

	private void updateButtons() {
		add.setEnabled(editable && context.root() != null);
		remove.setEnabled(editable && !viewer.getStructuredSelection().isEmpty());
	}

	private void addColumn(Column column, boolean first) {
		TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
		viewerColumn.getColumn().setText(column.header());
		viewerColumn.getColumn().setWidth(column.width());
		viewerColumn.getColumn().setResizable(true);
		viewerColumn.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text(element, column.attribute());
			}

			@Override
			public Image getImage(Object element) {
				ModelMessage message = first ? problems.get(element) : null;
				if (message == null) {
					return null;
				}
				String key = message.severity() == IMessageProvider.ERROR ? ISharedImages.IMG_OBJS_ERROR_TSK
						: ISharedImages.IMG_OBJS_WARN_TSK;
				return PlatformUI.getWorkbench().getSharedImages().getImage(key);
			}

			@Override
			public String getToolTipText(Object element) {
				ModelMessage message = problems.get(element);
				return message == null ? null : message.text();
			}
		});
		if (column.editable()) {
			viewerColumn.setEditingSupport(new AttributeEditingSupport(column.attribute()));
		}
	}

	/** The cell text: the value, the default when unset, nothing when unset without default (a UID). */
	private static String text(Object element, EAttribute attribute) {
		EObject object = (EObject) element;
		if (attribute.isUnsettable() && !object.eIsSet(attribute) && attribute.getDefaultValueLiteral() == null) {
			return ""; //$NON-NLS-1$
		}
		Object value = object.eGet(attribute);
		if (value instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).collect(Collectors.joining(", ")); //$NON-NLS-1$
		}
		return value == null ? "" : EcoreUtil.convertToString(attribute.getEAttributeType(), value); //$NON-NLS-1$
	}

	/** Edits a cell: a combo for enumerations and booleans, a text otherwise. */
	private final class AttributeEditingSupport extends EditingSupport {

		private final EAttribute attribute;
		private final List<Object> choices = new ArrayList<>();

		AttributeEditingSupport(EAttribute attribute) {
			super(viewer);
			this.attribute = attribute;
			EDataType type = attribute.getEAttributeType();
			if (type instanceof EEnum eEnum) {
				eEnum.getELiterals().stream().map(EEnumLiteral::getInstance).forEach(choices::add);
			} else if (type.getInstanceClass() == boolean.class) {
				choices.add(Boolean.TRUE);
				choices.add(Boolean.FALSE);
			}
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			if (!choices.isEmpty()) {
				String[] labels = choices.stream().map(choice -> EcoreUtil.convertToString(attribute.getEAttributeType(), choice))
						.toArray(String[]::new);
				return new ComboBoxCellEditor(viewer.getTable(), labels, SWT.READ_ONLY);
			}
			return new TextCellEditor(viewer.getTable());
		}

		@Override
		protected boolean canEdit(Object element) {
			return editable;
		}

		@Override
		protected Object getValue(Object element) {
			Object value = ((EObject) element).eGet(attribute);
			return choices.isEmpty() ? text(element, attribute) : Integer.valueOf(choices.indexOf(value));
		}

		@Override
		protected void setValue(Object element, Object value) {
			Object newValue;
			if (!choices.isEmpty()) {
				int index = ((Integer) value).intValue();
				if (index < 0) {
					return;
				}
				newValue = choices.get(index);
			} else {
				String typed = ((String) value).strip();
				try {
					newValue = typed.isEmpty() ? SetCommand.UNSET_VALUE
							: attribute.getEAttributeType().getInstanceClass() == String.class ? typed
									: EcoreUtil.createFromString(attribute.getEAttributeType(), typed);
				} catch (RuntimeException e) {
					return;
				}
			}
			EObject object = (EObject) element;
			if (newValue != SetCommand.UNSET_VALUE && Objects.equals(newValue, object.eGet(attribute)) && object.eIsSet(attribute)) {
				return;
			}
			context.model().execute(SetCommand.create(context.model().domain(), object, attribute, newValue));
		}
	}
}
