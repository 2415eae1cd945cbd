package dev.kiln.ui.internal.editor.form;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** The two columns of sections a form page lays out. */
record PageColumns(Composite left, Composite right) {

	static PageColumns in(FormToolkit toolkit, Composite body) {
		return new PageColumns(column(toolkit, body), column(toolkit, body));
	}

	private static Composite column(FormToolkit toolkit, Composite body) {
		Composite column = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().spacing(0, 10).applyTo(column);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(column);
		return column;
	}
}
