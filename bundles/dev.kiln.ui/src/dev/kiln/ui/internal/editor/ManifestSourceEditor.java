package dev.kiln.ui.internal.editor;

import java.util.ResourceBundle;

import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.part.MultiPageEditorSite;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.texteditor.TextOperationAction;

import dev.kiln.ui.internal.UIText;
import dev.kiln.ui.internal.editor.assist.ManifestSourceViewerConfiguration;

/**
 * The text editor for {@code appliance.xml}: problem markers of the appliance builder show in its
 * rulers, and content assist (Ctrl+Space) proposes the manifest's elements, attributes and values.
 * It is the Source page of the {@link ManifestEditor} and, through "Open With", an editor of its own.
 */
public class ManifestSourceEditor extends TextEditor {

	/** The editor id, as in plugin.xml. */
	public static final String ID = "dev.kiln.ui.manifestSourceEditor"; //$NON-NLS-1$

	private static final String CONTENT_ASSIST = "ContentAssistProposal"; //$NON-NLS-1$

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setSourceViewerConfiguration(new ManifestSourceViewerConfiguration(getPreferenceStore()));
	}

	@Override
	protected void createActions() {
		super.createActions();
		IAction assist = new TextOperationAction(ResourceBundle.getBundle(UIText.BUNDLE_NAME), CONTENT_ASSIST + '.', this,
				ISourceViewer.CONTENTASSIST_PROPOSALS);
		assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
		setAction(CONTENT_ASSIST, assist);
		markAsStateDependentAction(CONTENT_ASSIST, true);
	}

	/**
	 * As the Source page of a {@link ManifestEditor}, closing (the file was deleted) closes that
	 * editor; the page itself is not known to the workbench page.
	 */
	@Override
	public void close(boolean save) {
		if (getSite() instanceof MultiPageEditorSite nested) {
			MultiPageEditorPart outer = nested.getMultiPageEditor();
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
				IWorkbenchPage page = outer.getSite() == null ? null : outer.getSite().getPage();
				if (page != null) {
					page.closeEditor(outer, save);
				}
			});
		} else {
			super.close(save);
		}
	}

	/** @return the configuration of the source viewer (for tests) */
	public ManifestSourceViewerConfiguration configuration() {
		return (ManifestSourceViewerConfiguration) getSourceViewerConfiguration();
	}

	/** @return the text viewer (for tests) */
	public ISourceViewer viewer() {
		return getSourceViewer();
	}
}
