package dev.kiln.ui.internal.editor;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import dev.kiln.ui.internal.UIText;

/**
 * Reads and validates ({@link ManifestAnalyser}) a snapshot of the manifest text off the UI
 * thread, a short while after the last change (changes in between restart the wait). Validation
 * also checks that the files the manifest names exist, which must not happen on the UI thread.
 */
final class ManifestAnalysisJob extends Job {

	/** How long the text must stay unchanged before it is analysed. */
	static final long IDLE_MILLIS = 300;

	private record Snapshot(long version, String text) {
	}

	private final AtomicReference<Snapshot> next = new AtomicReference<>();
	private final String file;
	private final Path projectRoot;
	private final Consumer<ManifestAnalysis> onDone;
	private final ManifestAnalyser analyser = new ManifestAnalyser();

	/**
	 * @param file
	 *            the manifest's name in problems
	 * @param projectRoot
	 *            the project folder the manifest's paths are relative to, or {@code null}
	 * @param onDone
	 *            receives each analysis, in the job's thread
	 */
	ManifestAnalysisJob(String file, Path projectRoot, Consumer<ManifestAnalysis> onDone) {
		super(UIText.ManifestAnalysisJob_name);
		this.file = file;
		this.projectRoot = projectRoot;
		this.onDone = onDone;
		setSystem(true);
		setPriority(DECORATE);
	}

	/** Analyses this text once it has been left alone for {@link #IDLE_MILLIS}. */
	void analyse(long version, String text) {
		next.set(new Snapshot(version, text));
		schedule(IDLE_MILLIS);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Snapshot snapshot = next.get();
		if (snapshot == null || monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		onDone.accept(analyser.analyse(snapshot.version(), snapshot.text(), file, projectRoot));
		return Status.OK_STATUS;
	}
}
