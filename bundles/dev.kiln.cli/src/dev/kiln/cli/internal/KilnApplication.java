package dev.kiln.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The Eclipse application {@code dev.kiln.cli.kiln}, which releng/kiln starts: runs one command and
 * returns its exit code. SIGINT or SIGTERM cancels a running build, which then cleans up before the
 * JVM exits.
 */
public final class KilnApplication implements IApplication {

	/** How long the JVM's shutdown waits for a cancelled command to remove its temporary files. */
	private static final Duration CLEAN_UP_LIMIT = Duration.ofSeconds(30);

	private final Cancellation cancellation = new Cancellation();

	@Override
	public Object start(IApplicationContext context) {
		String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		PrintStream out = System.out;
		Console console = new Console(out, System.err, System.getenv(), Path.of(System.getProperty("user.dir"))); //$NON-NLS-1$
		Thread onSignal = new Thread(this::stop, "kiln-cancel-on-signal"); //$NON-NLS-1$
		Runtime.getRuntime().addShutdownHook(onSignal);
		try {
			ExitCode code = new KilnCommandLine(KilnCommandLine.commands(), console, cancellation, version())
					.run(arguments == null ? List.of() : List.of(arguments));
			return Integer.valueOf(code.value());
		} finally {
			out.flush();
			cancellation.finished();
			try {
				Runtime.getRuntime().removeShutdownHook(onSignal);
			} catch (IllegalStateException e) {
				// the JVM is already shutting down: the hook runs and finds the command finished
			}
		}
	}

	@Override
	public void stop() {
		cancellation.cancel();
		cancellation.awaitFinished(CLEAN_UP_LIMIT);
	}

	private static String version() {
		return FrameworkUtil.getBundle(KilnApplication.class).getVersion().toString();
	}
}
