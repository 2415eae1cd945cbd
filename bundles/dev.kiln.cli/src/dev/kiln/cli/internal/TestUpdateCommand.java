package dev.kiln.cli.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import dev.kiln.build.ManifestCheck;
import dev.kiln.build.UpdateTest;
import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.image.qemu.Accelerator;
import dev.kiln.image.qemu.QemuExecutable;
import dev.kiln.model.Appliance;
import dev.kiln.publish.Marketplace;
import dev.kiln.publish.Marketplaces;
import dev.kiln.publish.PublishException;

/**
 * {@code kiln test-update <project> --registry URL --repository NAME}: the vendor's update test ({@link UpdateTest}), as the
 * workbench's Run As → Appliance Update Test runs it: the newest release published before the build's version boots under
 * QEMU, is updated to the build's update bundle, and must come up ready with its kept data. The guest's serial console goes
 * to standard error; the result to standard output.
 */
final class TestUpdateCommand implements Command {

	static final String FROM = "--from"; //$NON-NLS-1$
	static final String QEMU = "--qemu"; //$NON-NLS-1$
	static final String TIMEOUT = "--timeout"; //$NON-NLS-1$

	@Override
	public String name() {
		return "test-update"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return CliText.TestUpdate_summary;
	}

	@Override
	public String help() {
		return CliText.TestUpdate_help;
	}

	@Override
	public ExitCode run(List<String> arguments, Console console, Cancellation cancellation) throws UsageException {
		Arguments parsed = Arguments.parse(arguments, Set.of(RegistryArguments.REGISTRY, RegistryArguments.REPOSITORY, BuildCommand.OUTPUT,
				BuildCommand.CACHE, FROM, QEMU, TIMEOUT), Set.of());
		String argument = parsed.positionals().isEmpty() ? "." : parsed.single(CliText.Build_what); //$NON-NLS-1$
		ProjectArgument project = ProjectArgument.of(argument, console, false);
		RegistryArguments registry = RegistryArguments.of(parsed, console, true);
		Duration limit = limit(parsed.option(TIMEOUT));
		String shownOutput = parsed.option(BuildCommand.OUTPUT) != null ? parsed.option(BuildCommand.OUTPUT) : project.shown(BuildCommand.OUTPUT_FOLDER);
		Path qemu = QemuExecutable.find(parsed.option(QEMU)).orElseThrow(() -> new UsageException(parsed.option(QEMU) != null
				? NLS.bind(CliText.TestUpdate_noSuchQemu, parsed.option(QEMU)) : CliText.TestUpdate_noQemu));

		ManifestCheck.Result check = new ManifestCheck().check(project.manifest(), project.root(), project.shownManifest());
		check.problems().forEach(console.err()::println);
		if (check.hasErrors()) {
			console.err().println(ValidateCommand.count(check.problems(), project.shownManifest()));
			return ExitCode.PROBLEMS;
		}
		Appliance appliance = check.appliance();
		VendorIdentity identity = BuildCommand.identity(console);
		Path downloads = BuildCommand.cache(parsed, console).resolve(UpdateTest.DOWNLOADS_FOLDER);
		ConsoleProgress progress = new ConsoleProgress(console.err(), cancellation);
		UpdateTest.Result result;
		try {
			Marketplace marketplace = Marketplaces.connect(registry.target(), registry.credentials());
			UpdateTest test = new UpdateTest(marketplace, registry.target().repositoryOf(appliance.getId()), text -> {
				console.err().print(text);
				console.err().flush();
			});
			result = test.run(new UpdateTest.Request(project.root(), console.path(shownOutput), appliance, parsed.option(FROM), identity, qemu,
					Accelerator.detect(), limit, downloads), progress);
		} catch (PublishException | UpdateTest.Failure e) {
			console.err().println("kiln test-update: " + e.getMessage()); //$NON-NLS-1$
			return ExitCode.FAILED;
		}
		if (result == null) {
			console.err().println(CliText.TestUpdate_cancelled);
			return ExitCode.CANCELLED;
		}
		console.out().println((result.passed() ? "passed " : "failed ") + result.from() + " " + result.to() + " " + result.took().toSeconds()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		console.out().println("message " + result.message()); //$NON-NLS-1$
		console.err().println(result.passed() ? NLS.bind(CliText.TestUpdate_passed, new Object[] { appliance.getId(), result.from(), result.to() })
				: NLS.bind(CliText.TestUpdate_failed, new Object[] { appliance.getId(), result.from(), result.to(), result.message() }));
		return result.passed() ? ExitCode.OK : ExitCode.PROBLEMS;
	}

	/** {@code --timeout MINUTES}, {@link UpdateTest#DEFAULT_LIMIT} without it. */
	private static Duration limit(String minutes) throws UsageException {
		if (minutes == null) {
			return UpdateTest.DEFAULT_LIMIT;
		}
		try {
			long value = Long.parseLong(minutes);
			if (value >= 1 && value <= 24 * 60) {
				return Duration.ofMinutes(value);
			}
		} catch (NumberFormatException e) {
			// said below
		}
		throw new UsageException(NLS.bind(CliText.TestUpdate_badTimeout, minutes));
	}

}
