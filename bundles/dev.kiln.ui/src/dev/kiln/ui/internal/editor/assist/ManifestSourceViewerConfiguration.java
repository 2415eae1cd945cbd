package dev.kiln.ui.internal.editor.assist;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/** The Source page's viewer: a text editor's, with the manifest's content assist. */
public final class ManifestSourceViewerConfiguration extends TextSourceViewerConfiguration {

	/** Delay before automatic content assist after '&lt;', a space or a quote. */
	private static final int AUTO_ACTIVATION_MILLIS = 300;

	private final ManifestCompletionProcessor processor = new ManifestCompletionProcessor();

	public ManifestSourceViewerConfiguration(IPreferenceStore store) {
		super(store);
	}

	/**
	 * None: the Source page shows plain text, and a presentation reconciler would redraw the
	 * changed region after every edit on a form page, on the UI thread, for nothing.
	 */
	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		return null;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
		ContentAssistant assistant = new ContentAssistant();
		assistant.setContentAssistProcessor(processor, IDocument.DEFAULT_CONTENT_TYPE);
		assistant.enableAutoActivation(true);
		assistant.setAutoActivationDelay(AUTO_ACTIVATION_MILLIS);
		assistant.enableAutoInsert(true);
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}

	/** @return the processor (for tests) */
	public ManifestCompletionProcessor processor() {
		return processor;
	}
}
