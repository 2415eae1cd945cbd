package dev.kiln.ui.internal.editor.assist;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import dev.kiln.image.debian.AptSources;
import dev.kiln.image.debian.DebianArchive;
import dev.kiln.image.debian.DebianArchiveException;
import dev.kiln.image.debian.PackageIndex;
import dev.kiln.ui.internal.UIText;

/**
 * Debian package names for content assist, from the package index of the suite and architecture
 * the manifest names, through {@link DebianArchive} on the mirror of the machine's apt sources.
 * The index is read in a job, never on the UI thread: from Kiln's cache when it has one (up to a
 * week old), else fetched once. Until it is there, or when it cannot be had (offline, no apt
 * sources), there are simply no package proposals.
 */
public final class DebianPackageNames {

	/** How old a cached index may be for proposals: names change slowly. */
	private static final Duration MAX_AGE = Duration.ofDays(7);
	/** At most this many proposals, so a one-letter prefix stays quick. */
	static final int MAX_PROPOSALS = 200;

	private record Key(String suite, String architecture) {
	}

	/** Names per suite and architecture; a failed load leaves an absent entry in {@code tried}. */
	private final ConcurrentMap<Key, Function<String, List<String>>> indexes = new ConcurrentHashMap<>();
	private final ConcurrentMap<Key, Boolean> tried = new ConcurrentHashMap<>();

	/** @return the names starting with the prefix, or none while the index is not (yet) available */
	List<String> startingWith(String prefix, String suite, String architecture) {
		if (suite == null || suite.isBlank()) {
			return List.of();
		}
		Key key = key(suite, architecture);
		Function<String, List<String>> index = indexes.get(key);
		if (index == null) {
			if (tried.putIfAbsent(key, Boolean.TRUE) == null) {
				load(key);
			}
			return List.of();
		}
		List<String> names = index.apply(prefix);
		return names.size() > MAX_PROPOSALS ? names.subList(0, MAX_PROPOSALS) : names;
	}

	/** @return whether the index of this suite is being read or was tried and is not there */
	boolean isPending(String suite, String architecture) {
		Key key = key(suite, architecture);
		return tried.containsKey(key) && !indexes.containsKey(key);
	}

	/**
	 * Uses these names for the suite instead of reading its index (for a test, which must not
	 * download a Debian index).
	 */
	public void use(String suite, String architecture, Function<String, List<String>> namesStartingWith) {
		Key key = key(suite, architecture);
		tried.put(key, Boolean.TRUE);
		indexes.put(key, namesStartingWith);
	}

	private static Key key(String suite, String architecture) {
		return new Key(suite, architecture == null || architecture.isBlank() ? "amd64" : architecture); //$NON-NLS-1$
	}

	private void load(Key key) {
		Job job = new Job(NLS.bind(UIText.DebianPackageNames_jobName, key.suite(), key.architecture())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					DebianArchive archive = new DebianArchive(AptSources.systemMirror(),
							DebianArchive.Options.defaults().withMaxAge(MAX_AGE));
					PackageIndex index = archive.packages(key.suite(), "main", key.architecture()); //$NON-NLS-1$
					indexes.put(key, index::namesStartingWith);
				} catch (DebianArchiveException | RuntimeException e) {
					// no index, no package proposals: content assist still offers the schema's names
				}
				return Status.OK_STATUS;
			}
		};
		job.setSystem(true);
		job.setPriority(Job.DECORATE);
		job.schedule();
	}
}
