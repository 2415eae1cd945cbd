package dev.kiln.ui.internal.editor.form;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.kiln.model.Appliance;

/**
 * Check boxes for a set of known names (listing categories, output formats): checked when the
 * manifest has the name; names the manifest has but Kiln does not know are listed too, so they
 * can be unchecked.
 */
public final class ChoiceList {

	private static final int MAX_ROWS = 12;

	private final FormContext context;
	private final Collection<String> known;
	private final Function<Appliance, Collection<String>> chosen;
	private final CheckboxTableViewer viewer;
	private boolean refreshing;

	/**
	 * @param chosen
	 *            the names the manifest has now
	 * @param toggle
	 *            changes the model when a name is checked (true) or unchecked
	 */
	public ChoiceList(FormContext context, FormToolkit toolkit, Composite parent, Collection<String> known,
			Function<Appliance, Collection<String>> chosen, BiConsumer<String, Boolean> toggle) {
		this.context = context;
		this.known = known;
		this.chosen = chosen;
		Table table = toolkit.createTable(parent, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
		table.setData(FormToolkit.KEY_DRAW_BORDER, FormToolkit.TREE_BORDER);
		// tall enough for every known name, up to a dozen: a short list of choices needs no scroll bar
		// an empty table reports a taller row than its rows will have on GTK: measure one
		TableItem probe = new TableItem(table, SWT.NONE);
		probe.setText(known.isEmpty() ? "" : known.iterator().next()); //$NON-NLS-1$
		int row = table.getItemHeight();
		probe.dispose();
		int height = row * Math.min(known.size(), MAX_ROWS) + 2 * table.getBorderWidth() + 4;
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(SWT.DEFAULT, height).applyTo(table);
		viewer = new CheckboxTableViewer(table);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addCheckStateListener(event -> {
			if (!refreshing) {
				toggle.accept((String) event.getElement(), Boolean.valueOf(event.getChecked()));
			}
		});
	}

	public Table table() {
		return viewer.getTable();
	}

	public void refresh() {
		refreshing = true;
		try {
			Appliance root = context.root();
			Collection<String> checked = root == null ? List.of() : chosen.apply(root);
			Set<String> names = new TreeSet<>(known);
			names.addAll(checked);
			List<String> rows = new ArrayList<>(names);
			if (!rows.equals(viewer.getInput())) {
				viewer.setInput(rows);
			}
			if (!Set.of(viewer.getCheckedElements()).equals(Set.copyOf(checked))) {
				viewer.setCheckedElements(checked.toArray());
			}
		} finally {
			refreshing = false;
		}
	}

	public void setEditable(boolean editable) {
		viewer.getTable().setEnabled(editable);
	}
}
