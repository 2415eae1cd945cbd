package dev.kiln.cli.internal;

import java.util.List;

/**
 * One command of {@code kiln}, e.g. {@code build}. A new command is a class implementing this,
 * listed in {@link KilnCommandLine#commands()}; the dispatcher gives it {@code --help} and usage errors.
 */
public interface Command {

	/** The word that selects the command, e.g. {@code build}. */
	String name();

	/** One line for the command list of {@code kiln --help}. */
	String summary();

	/** The whole text of {@code kiln <name> --help}: usage, what it does, options, output, exit codes. */
	String help();

	/**
	 * Runs the command.
	 *
	 * @param arguments     what follows the command's name ({@code --help} is handled before)
	 * @param cancellation  set when the process is asked to stop; long work checks it
	 * @throws UsageException when the arguments are wrong; the dispatcher prints it and exits with 2
	 */
	ExitCode run(List<String> arguments, Console console, Cancellation cancellation) throws UsageException;
}
