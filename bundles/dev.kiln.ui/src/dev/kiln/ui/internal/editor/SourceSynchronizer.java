package dev.kiln.ui.internal.editor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.widgets.Display;

import dev.kiln.model.Appliance;
import dev.kiln.model.io.LoadResult;
import dev.kiln.model.io.ManifestLoader;
import dev.kiln.model.io.ManifestProblem;

/**
 * Keeps the model and the Source page's document in step, both ways.
 * <ul>
 * <li>Model to text: after every command, undo and redo, the model's canonical text replaces the
 * document's (only the part that differs).</li>
 * <li>Text to model: a hand edit makes the source "ahead"; it is read again when the user leaves
 * the Source page, before any command runs, and in the background after a short idle time. A
 * readable source replaces the model as one undoable step; an unreadable one leaves the model as
 * it was and reports its located errors, so no text is ever lost or rewritten.</li>
 * <li>Every version of the text is analysed off the UI thread ({@link ManifestAnalysisJob}).</li>
 * </ul>
 * Runs on the UI thread, except the analysis.
 */
final class SourceSynchronizer implements IDocumentListener {

	/** What the editor's pages show of the synchronisation. */
	interface Listener {

		/** The source became unreadable (errors given) or readable again (empty). */
		void sourceStateChanged(List<ManifestProblem> errors);

		/** A current analysis is ready. */
		void analysed(ManifestAnalysis analysis);
	}

	private final ManifestModel model;
	private final IDocument document;
	private final Display display;
	private final ManifestAnalysisJob job;
	private final ManifestLoader loader = new ManifestLoader();
	private final String file;
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();

	private boolean stopped;
	private boolean writing;
	private boolean applyingSource;
	private boolean sourceAhead;
	private long version;
	private List<ManifestProblem> errors = List.of();
	private ManifestAnalysis latest;

	SourceSynchronizer(ManifestModel model, IDocument document, String file, Path projectRoot, Display display) {
		this.model = model;
		this.document = document;
		this.display = display;
		this.file = file;
		this.job = new ManifestAnalysisJob(file, projectRoot, this::analysedInBackground);
	}

	void addListener(Listener listener) {
		listeners.add(listener);
	}

	/**
	 * Reads the document into a fresh model, forgetting the undo history (opening, reverting,
	 * reloading); an unreadable document leaves the model as it was. Validation follows in the
	 * background.
	 */
	void load() {
		LoadResult loaded = read();
		errors = errorsOf(loaded);
		applyingSource = true;
		try {
			model.reset(errors.isEmpty() ? loaded.appliance().orElse(null) : model.root());
		} finally {
			applyingSource = false;
		}
		sourceAhead = !errors.isEmpty();
		fireSourceState();
		job.analyse(++version, document.get());
	}

	void start() {
		document.addDocumentListener(this);
	}

	void stop() {
		stopped = true;
		document.removeDocumentListener(this);
		job.cancel();
	}

	/** @return the load errors of the source, empty when it is readable */
	List<ManifestProblem> errors() {
		return errors;
	}

	/** @return the newest analysis, or {@code null} before the first */
	ManifestAnalysis latest() {
		return latest;
	}

	/** @return whether the analysis is of the document as it is now */
	boolean isCurrent(ManifestAnalysis analysis) {
		return analysis != null && analysis.version() == version;
	}

	/** @return whether the document has hand edits the model does not have yet */
	boolean isSourceAhead() {
		return sourceAhead;
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
		// only the result matters
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		version++;
		if (!writing) {
			sourceAhead = true;
		}
		job.analyse(version, document.get());
	}

	/**
	 * Brings the model up to date with hand edits of the source, now.
	 *
	 * @return whether the source is readable, so the model matches it
	 */
	boolean syncFromSource() {
		if (sourceAhead) {
			apply(read());
		}
		return errors.isEmpty();
	}

	/** After a command, undo or redo: the model's text into the document. */
	void modelChanged() {
		if (applyingSource || model.root() == null) {
			return;
		}
		String text = model.text();
		TextReplacement replacement = TextReplacement.between(document.get(), text);
		if (replacement.isEmpty()) {
			return;
		}
		writing = true;
		try {
			document.replace(replacement.offset(), replacement.length(), replacement.text());
		} catch (BadLocationException e) {
			throw new IllegalStateException("the replacement lies inside the document it was computed on", e); //$NON-NLS-1$
		} finally {
			writing = false;
		}
	}

	private void analysedInBackground(ManifestAnalysis analysis) {
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (!stopped && analysis.version() == version) {
					if (sourceAhead) {
						apply(analysis.loaded());
					}
					latest = analysis;
					fireAnalysed(analysis);
				}
			});
		}
	}

	/** Reads the document now, without validating (which may touch files): a few milliseconds. */
	private LoadResult read() {
		return loader.load(document.get().getBytes(StandardCharsets.UTF_8), file);
	}

	private static List<ManifestProblem> errorsOf(LoadResult loaded) {
		return loaded.problems().stream().filter(ManifestProblem::isError).toList();
	}

	/** Makes a readable source the model, or reports why it is not readable. */
	private void apply(LoadResult loaded) {
		List<ManifestProblem> loadErrors = errorsOf(loaded);
		boolean changed = !loadErrors.equals(errors);
		errors = loadErrors;
		if (loadErrors.isEmpty()) {
			sourceAhead = false;
			Appliance read = loaded.appliance().orElse(null);
			if (read != null && !EcoreUtil.equals(read, model.root())) {
				applyingSource = true;
				try {
					model.replaceBySource(read);
				} finally {
					applyingSource = false;
				}
			}
		}
		if (changed) {
			fireSourceState();
		}
	}

	private void fireSourceState() {
		for (Listener listener : listeners) {
			listener.sourceStateChanged(errors);
		}
	}

	private void fireAnalysed(ManifestAnalysis analysis) {
		for (Listener listener : listeners) {
			listener.analysed(analysis);
		}
	}
}
