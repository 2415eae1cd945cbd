package dev.kiln.cli.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

/**
 * A command's arguments after parsing: options ({@code --name value}, {@code --name=value}, flags)
 * and positional arguments; {@code --} ends the options.
 */
public record Arguments(List<String> positionals, Map<String, String> options) {

	public Arguments {
		positionals = List.copyOf(positionals);
		options = Map.copyOf(options);
	}

	/**
	 * @param valueOptions  the options that take a value, e.g. {@code --output}
	 * @param flags         the options that take none
	 * @throws UsageException on an unknown option, a missing value, or an option given twice
	 */
	public static Arguments parse(List<String> arguments, Set<String> valueOptions, Set<String> flags) throws UsageException {
		List<String> positionals = new ArrayList<>();
		Map<String, String> options = new HashMap<>();
		boolean optionsEnded = false;
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (optionsEnded || !argument.startsWith("-") || argument.equals("-")) { //$NON-NLS-1$ //$NON-NLS-2$
				positionals.add(argument);
				continue;
			}
			if (argument.equals("--")) { //$NON-NLS-1$
				optionsEnded = true;
				continue;
			}
			int equals = argument.indexOf('=');
			String name = equals < 0 ? argument : argument.substring(0, equals);
			String value;
			if (valueOptions.contains(name)) {
				if (equals >= 0) {
					value = argument.substring(equals + 1);
				} else if (i + 1 < arguments.size()) {
					value = arguments.get(++i);
				} else {
					throw new UsageException(NLS.bind(CliText.Arguments_missingValue, name));
				}
				if (value.isEmpty()) {
					throw new UsageException(NLS.bind(CliText.Arguments_missingValue, name));
				}
			} else if (flags.contains(name) && equals < 0) {
				value = ""; //$NON-NLS-1$
			} else {
				throw new UsageException(NLS.bind(CliText.Arguments_unknownOption, argument));
			}
			if (options.put(name, value) != null) {
				throw new UsageException(NLS.bind(CliText.Arguments_twice, name));
			}
		}
		return new Arguments(positionals, options);
	}

	/** The value of an option, or {@code null} when it was not given. */
	public String option(String name) {
		return options.get(name);
	}

	public boolean flag(String name) {
		return options.containsKey(name);
	}

	/** The one positional argument; {@code what} names it in the message when there is none or more than one. */
	String single(String what) throws UsageException {
		if (positionals.size() != 1) {
			throw new UsageException(positionals.isEmpty() ? NLS.bind(CliText.Arguments_missing, what)
					: NLS.bind(CliText.Arguments_tooMany, what, String.join(" ", positionals.subList(1, positionals.size())))); //$NON-NLS-1$
		}
		return positionals.get(0);
	}
}
