package dev.kiln.ui.internal;

import java.io.File;
import java.nio.file.Path;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.ui.IStartup;

import dev.kiln.core.ExistingProjectImporter;

/**
 * Imports the project folders named by the system property {@value #PROPERTY} (separated by the
 * platform's path separator) when the workbench starts. The Kiln Workbench launch script uses it to
 * open the bundled examples; it is inert when the property is absent.
 */
public class ImportProjectsOnStartup implements IStartup {

	/** The system property listing folders to import. */
	public static final String PROPERTY = "kiln.import"; //$NON-NLS-1$

	@Override
	public void earlyStartup() {
		String folders = System.getProperty(PROPERTY);
		if (folders == null || folders.isBlank()) {
			return;
		}
		WorkspaceJob job = new WorkspaceJob(UIText.ImportProjectsOnStartup_jobName) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) {
				String[] paths = folders.split(File.pathSeparator);
				SubMonitor sub = SubMonitor.convert(monitor, paths.length);
				ExistingProjectImporter importer = new ExistingProjectImporter(ResourcesPlugin.getWorkspace());
				MultiStatus result = new MultiStatus(getClass(), 0, UIText.ImportProjectsOnStartup_failed);
				for (String path : paths) {
					try {
						importer.importFrom(Path.of(path.trim()), sub.split(1));
					} catch (CoreException e) {
						result.add(e.getStatus());
					}
				}
				return result.isOK() ? Status.OK_STATUS : result;
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRoot());
		job.setUser(false);
		job.schedule();
	}
}
