package dev.kiln.ui.internal.build;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleManager;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;

import dev.kiln.core.ApplianceBuildListener;
import dev.kiln.image.BuildReport;
import dev.kiln.ui.internal.UIText;

/**
 * The Kiln build console of one appliance project: the steps of its last build with the time each took, the tools'
 * output under them, and at the end what was built or why it failed. One per project, emptied when the next build of
 * that project begins, as the Platform's build consoles do.
 */
public final class BuildConsole extends MessageConsole implements ApplianceBuildListener {

	/** The console type, for the Console view's "Display Selected Console" list. */
	public static final String TYPE = "dev.kiln.ui.buildConsole"; //$NON-NLS-1$

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss"); //$NON-NLS-1$

	private final IProject project;
	private final MessageConsoleStream out;
	private final MessageConsoleStream errors;
	private final List<Step> steps = new ArrayList<>();
	private long started;

	private record Step(String name, long started) {
	}

	private BuildConsole(IProject project) {
		super(UIText.bind(UIText.BuildConsole_name, project.getName()), TYPE, null, true);
		this.project = project;
		this.out = newMessageStream();
		this.errors = newMessageStream();
		addPatternMatchListener(new ProblemLinks());
		Display display = Display.getDefault();
		display.asyncExec(() -> errors.setColor(display.getSystemColor(SWT.COLOR_RED)));
	}

	/** The project's console, added to the Console view's list the first time. */
	public static synchronized BuildConsole of(IProject project) {
		IConsoleManager manager = ConsolePlugin.getDefault().getConsoleManager();
		for (IConsole console : manager.getConsoles()) {
			if (console instanceof BuildConsole build && build.project.equals(project)) {
				return build;
			}
		}
		BuildConsole console = new BuildConsole(project);
		manager.addConsoles(new IConsole[] { console });
		return console;
	}

	public IProject project() {
		return project;
	}

	/** A build begins: the last build's text goes, the header comes. */
	synchronized void begin() {
		clearConsole();
		steps.clear();
		started = System.nanoTime();
		print(out, UIText.bind(UIText.BuildConsole_started, project.getName(), LocalTime.now().format(CLOCK)));
	}

	@Override
	public synchronized void step(String name) {
		steps.add(new Step(name, System.nanoTime()));
		print(out, "[" + elapsed(started) + "] " + name); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public synchronized void line(String text) {
		print(out, "    " + text); //$NON-NLS-1$
	}

	/** The build ended: the time each step took, then what was built, or why not. */
	synchronized void end(IStatus status, BuildReport report, Duration duration) {
		if (!steps.isEmpty()) {
			print(out, UIText.BuildConsole_steps);
			for (int i = 0; i < steps.size(); i++) {
				long end = i + 1 < steps.size() ? steps.get(i + 1).started() : System.nanoTime();
				print(out, "  " + pad(BuildTimes.format(Duration.ofNanos(end - steps.get(i).started())), 9) + steps.get(i).name()); //$NON-NLS-1$
			}
		}
		String took = BuildTimes.format(duration);
		if (status.getSeverity() == IStatus.CANCEL) {
			print(out, UIText.bind(UIText.BuildConsole_cancelled, took));
		} else if (status.getSeverity() == IStatus.ERROR || report == null) {
			print(errors, UIText.bind(UIText.BuildConsole_failed, took));
			status.getMessage().lines().forEach(line -> print(errors, "  " + line)); //$NON-NLS-1$
		} else {
			print(out, UIText.bind(UIText.BuildConsole_built, report.artifacts().size(), took));
			for (BuildReport.Artifact artifact : report.artifacts()) {
				print(out, "  " + artifact.file().getFileName() + "  " + BuildTimes.size(artifact.size()) + "  sha256 " + artifact.sha256()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			if (status.getSeverity() == IStatus.WARNING) {
				print(errors, status.getMessage());
			}
		}
	}

	private static String elapsed(long since) {
		long seconds = Duration.ofNanos(System.nanoTime() - since).toSeconds();
		return String.format("%02d:%02d", seconds / 60, seconds % 60); //$NON-NLS-1$
	}

	private static String pad(String text, int width) {
		return text.length() >= width ? text + " " : text + " ".repeat(width - text.length()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void print(MessageConsoleStream stream, String line) {
		try {
			stream.write(line + System.lineSeparator());
		} catch (IOException e) {
			// the console was closed: its text is not needed any more
		}
	}
}
