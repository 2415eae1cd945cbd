package dev.kiln.cli.internal;

import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import dev.kiln.build.ManifestCheck;
import dev.kiln.model.io.ManifestProblem;

/**
 * {@code kiln validate <manifest or project>}: the check the workbench's builder runs, with each problem
 * on standard output as {@code file:line:column: severity code: message}.
 */
final class ValidateCommand implements Command {

	@Override
	public String name() {
		return "validate"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return CliText.Validate_summary;
	}

	@Override
	public String help() {
		return CliText.Validate_help;
	}

	@Override
	public ExitCode run(List<String> arguments, Console console, Cancellation cancellation) throws UsageException {
		String argument = Arguments.parse(arguments, Set.of(), Set.of()).single(CliText.Validate_what);
		ProjectArgument project = ProjectArgument.of(argument, console, true);
		ManifestCheck.Result result = new ManifestCheck().check(project.manifest(), project.root(), project.shownManifest());
		for (ManifestProblem problem : result.problems()) {
			console.out().println(problem);
		}
		console.err().println(count(result.problems(), project.shownManifest()));
		return result.hasErrors() ? ExitCode.PROBLEMS : ExitCode.OK;
	}

	/** "3 errors, 1 warning in x/appliance.xml", or "no problems in …". */
	static String count(List<ManifestProblem> problems, String file) {
		long errors = problems.stream().filter(ManifestProblem::isError).count();
		long warnings = problems.stream().filter(p -> p.severity() == ManifestProblem.Severity.WARNING).count();
		if (errors == 0 && warnings == 0) {
			return NLS.bind(CliText.Validate_clean, file);
		}
		return NLS.bind(CliText.Validate_count, new Object[] { file, Long.valueOf(errors), Long.valueOf(warnings) });
	}
}
