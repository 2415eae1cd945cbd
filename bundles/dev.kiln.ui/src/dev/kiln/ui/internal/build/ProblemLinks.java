package dev.kiln.ui.internal.build;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.IHyperlink;
import org.eclipse.ui.console.IPatternMatchListener;
import org.eclipse.ui.console.PatternMatchEvent;
import org.eclipse.ui.console.TextConsole;
import org.eclipse.ui.ide.IDE;

/**
 * Turns the located problems a build console prints ({@code /project/appliance.xml:11:43: error KILN-B001: ...})
 * into links that open the file at that line, as the Java console's stack traces do.
 */
final class ProblemLinks implements IPatternMatchListener {

	/** A workspace path, its line and column, before the severity. */
	private static final Pattern LOCATION = Pattern.compile("(/[^\\s:]+):(\\d+):(\\d+)"); //$NON-NLS-1$

	private TextConsole console;

	@Override
	public String getPattern() {
		return LOCATION.pattern() + "(?=: )"; //$NON-NLS-1$
	}

	@Override
	public int getCompilerFlags() {
		return 0;
	}

	@Override
	public String getLineQualifier() {
		return null;
	}

	@Override
	public void connect(TextConsole connected) {
		this.console = connected;
	}

	@Override
	public void disconnect() {
		console = null;
	}

	@Override
	public void matchFound(PatternMatchEvent event) {
		if (console == null) {
			return;
		}
		try {
			Matcher location = LOCATION.matcher(console.getDocument().get(event.getOffset(), event.getLength()));
			if (!location.matches()) {
				return;
			}
			IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromPortableString(location.group(1)));
			if (file.exists()) {
				console.addHyperlink(new Link(file, Integer.parseInt(location.group(2))), event.getOffset(), event.getLength());
			}
		} catch (BadLocationException | IllegalArgumentException e) {
			// the console was cleared meanwhile, or the path is none of the workspace's: no link
		}
	}

	/** Opens the file in its editor at the line, through a marker that lives in memory only. */
	private record Link(IFile file, int line) implements IHyperlink {

		@Override
		public void linkActivated() {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			IWorkbenchPage page = window == null ? null : window.getActivePage();
			if (page == null) {
				return;
			}
			try {
				IMarker marker = file.createMarker(IMarker.TEXT);
				marker.setAttribute(IMarker.LINE_NUMBER, line);
				marker.setAttribute(IMarker.TRANSIENT, true);
				IDE.openEditor(page, marker);
			} catch (PartInitException e) {
				// the editor did not open: the Problems view has the problem too
			} catch (CoreException e) {
				// the file went away since the build
			}
		}

		@Override
		public void linkEntered() {
			// no hover
		}

		@Override
		public void linkExited() {
			// no hover
		}
	}
}
