package dev.kiln.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import dev.kiln.core.internal.CoreText;
import dev.kiln.core.internal.publish.ReleaseCheckJob;

/**
 * The periodic maintenance check: every {@value #INTERVAL_HOURS} hours (a preference of this bundle, default
 * {@value #DEFAULT_INTERVAL_HOURS}; 0 turns it off) it checks every appliance project of the workspace and the latest
 * releases of the saved marketplaces. The next check
 * is one interval after the last one, across restarts too; the checks after each build and from the Maintenance view
 * come besides. A new interval takes effect at once.
 */
public final class MaintenanceWatch {

	/** The preference node. */
	public static final String QUALIFIER = "dev.kiln.core"; //$NON-NLS-1$
	/** Preference: hours between two periodic checks; 0: no periodic check. */
	public static final String INTERVAL_HOURS = "maintenanceCheckHours"; //$NON-NLS-1$
	/** The interval when none is set. */
	public static final int DEFAULT_INTERVAL_HOURS = 24;
	/** Preference: when the last periodic check ran, in milliseconds since the epoch. */
	private static final String LAST_CHECK = "maintenanceLastCheck"; //$NON-NLS-1$

	private final IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(QUALIFIER);
	private final IPreferenceChangeListener intervalChanged = event -> {
		if (INTERVAL_HOURS.equals(event.getKey())) {
			reschedule();
		}
	};
	private final Job timer = new Job(CoreText.MaintenanceWatch_name) {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			checkAll();
			preferences.putLong(LAST_CHECK, System.currentTimeMillis());
			flush();
			scheduleNext();
			return Status.OK_STATUS;
		}
	};

	public MaintenanceWatch() {
		timer.setSystem(true);
	}

	/** @return the hours between two periodic checks; 0 or less: none */
	public static int intervalHours() {
		return Platform.getPreferencesService().getInt(QUALIFIER, INTERVAL_HOURS, DEFAULT_INTERVAL_HOURS, null);
	}

	/**
	 * Schedules a check of each appliance project of the workspace, and one of the latest releases of the saved
	 * marketplaces; returns the jobs.
	 */
	public static List<Job> checkAll() {
		List<Job> jobs = new ArrayList<>();
		ReleaseCheckJob releases = new ReleaseCheckJob();
		releases.schedule();
		jobs.add(releases);
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (ApplianceNature.isApplianceProject(project)) {
				Job check = new MaintenanceCheckJob(project);
				check.schedule();
				jobs.add(check);
			}
		}
		return jobs;
	}

	/** Starts the periodic checks, and follows changes of the interval. */
	public void start() {
		preferences.addPreferenceChangeListener(intervalChanged);
		reschedule();
	}

	/** Stops them. */
	public void stop() {
		preferences.removePreferenceChangeListener(intervalChanged);
		timer.cancel();
	}

	private void reschedule() {
		timer.cancel();
		scheduleNext();
	}

	/** Schedules the timer one interval after the last check (at once when that is past); a running timer runs again then. */
	private void scheduleNext() {
		int hours = intervalHours();
		if (hours <= 0) {
			return;
		}
		long now = System.currentTimeMillis();
		long last = preferences.getLong(LAST_CHECK, 0);
		if (last == 0 || last > now) {
			// a new workspace: its builds are checked as they end; the first periodic check is one interval away
			preferences.putLong(LAST_CHECK, now);
			flush();
			last = now;
		}
		timer.schedule(Math.max(0, last + Duration.ofHours(hours).toMillis() - now));
	}

	private void flush() {
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			// kept in memory; written with the next flush
		}
	}
}
