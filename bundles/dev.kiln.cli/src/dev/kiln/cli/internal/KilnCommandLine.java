package dev.kiln.cli.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

/**
 * Dispatches {@code kiln <command> [arguments]}: the overall help, {@code --version}, each command's
 * {@code --help}, and usage errors with exit code 2. The commands themselves are {@link Command}s.
 */
public final class KilnCommandLine {

	private static final List<String> HELP = List.of("--help", "-h", "help"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final List<Command> commands;
	private final Console console;
	private final Cancellation cancellation;
	private final String version;

	KilnCommandLine(List<Command> commands, Console console, Cancellation cancellation, String version) {
		this.commands = List.copyOf(commands);
		this.console = console;
		this.cancellation = cancellation;
		this.version = version;
	}

	/** Every command of kiln, in the order of the help. A new command is added here. */
	public static List<Command> commands() {
		return List.of(new ValidateCommand(), new BuildCommand(), new VerifyCommand(), new PublishCommand(), new CatalogCommand(),
				new AuditCommand(), new ReleaseCommand(), new TestUpdateCommand(), new StorefrontCommand(), new CacheCommand());
	}

	ExitCode run(List<String> arguments) {
		if (arguments.isEmpty()) {
			console.err().print(overview());
			return ExitCode.USAGE;
		}
		String first = arguments.get(0);
		if (HELP.contains(first)) {
			if (arguments.size() > 1) {
				Optional<Command> command = find(arguments.get(1));
				if (command.isPresent()) {
					console.out().print(command.get().help());
					return ExitCode.OK;
				}
			}
			console.out().print(overview());
			return ExitCode.OK;
		}
		if (first.equals("--version")) { //$NON-NLS-1$
			console.out().println("kiln " + version); //$NON-NLS-1$
			return ExitCode.OK;
		}
		Optional<Command> command = find(first);
		if (command.isEmpty()) {
			console.err().println(NLS.bind(CliText.KilnCommandLine_unknownCommand, first, names()));
			return ExitCode.USAGE;
		}
		List<String> rest = arguments.subList(1, arguments.size());
		if (asksForHelp(rest)) {
			console.out().print(command.get().help());
			return ExitCode.OK;
		}
		try {
			return command.get().run(rest, console, cancellation);
		} catch (UsageException e) {
			console.err().println("kiln " + command.get().name() + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			console.err().println(NLS.bind(CliText.KilnCommandLine_seeHelp, command.get().name()));
			return ExitCode.USAGE;
		}
	}

	/** The text of {@code kiln --help}. */
	String overview() {
		return overview(commands);
	}

	/** The text of {@code kiln --help} for these commands. */
	public static String overview(List<Command> commands) {
		StringBuilder list = new StringBuilder();
		for (Command command : commands) {
			list.append(String.format("  %-11s %s%n", command.name(), command.summary())); //$NON-NLS-1$
		}
		return NLS.bind(CliText.KilnCommandLine_overview, list);
	}

	private Optional<Command> find(String name) {
		return commands.stream().filter(c -> c.name().equals(name)).findFirst();
	}

	private String names() {
		return String.join(", ", commands.stream().map(Command::name).toList()); //$NON-NLS-1$
	}

	/** {@code --help} or {@code -h} anywhere before a {@code --}. */
	private static boolean asksForHelp(List<String> arguments) {
		for (String argument : arguments) {
			if (argument.equals("--")) { //$NON-NLS-1$
				return false;
			}
			if (argument.equals("--help") || argument.equals("-h")) { //$NON-NLS-1$ //$NON-NLS-2$
				return true;
			}
		}
		return false;
	}
}
