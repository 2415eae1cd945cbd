package dev.kiln.ui.internal.editor;

import org.eclipse.ui.editors.text.TextEditor;

/**
 * The text editor for {@code appliance.xml}: problem markers of the appliance builder show in its
 * rulers. It becomes the Source page of the form-based manifest editor.
 */
public class ManifestSourceEditor extends TextEditor {

	/** The editor id, as in plugin.xml. */
	public static final String ID = "dev.kiln.ui.manifestSourceEditor"; //$NON-NLS-1$
}
