package dev.kiln.cli.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import dev.kiln.build.ApplianceBuild;
import dev.kiln.build.ProjectOutputs;
import dev.kiln.build.ChecksumFile;
import dev.kiln.build.ManifestCheck;
import dev.kiln.image.BuildCancelledException;
import dev.kiln.image.BuildRecipe.OutputFormat;
import dev.kiln.image.BuildReport;
import dev.kiln.image.ImageBuildException;
import dev.kiln.image.ImageEngine;
import dev.kiln.image.cache.CachePolicy;
import dev.kiln.image.identity.IdentityException;
import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.image.ovf.OvaException;
import dev.kiln.image.ovf.OvaSigner;
import dev.kiln.model.io.ManifestProblem;

/**
 * {@code kiln build <project>}: checks the manifest and builds the images through {@link ApplianceBuild},
 * like the workbench's build job, so the same project gives the same bytes. Progress goes to standard
 * error; standard output gets one {@code artifact} line per image.
 */
final class BuildCommand implements Command {

	static final String OUTPUT = "--output"; //$NON-NLS-1$
	static final String CACHE = "--cache"; //$NON-NLS-1$
	/** Default of {@code --cache}. */
	static final String CACHE_VARIABLE = "KILN_CACHE"; //$NON-NLS-1$
	static final String CACHE_MAX = "--cache-max"; //$NON-NLS-1$
	/** Default of {@code --cache-max}. */
	static final String CACHE_MAX_VARIABLE = "KILN_CACHE_MAX"; //$NON-NLS-1$
	static final String EPOCH_VARIABLE = "SOURCE_DATE_EPOCH"; //$NON-NLS-1$
	/** The default output folder, inside the project: where the workbench's build job writes too. */
	static final String OUTPUT_FOLDER = ProjectOutputs.FOLDER;
	/** Problem code of a build that failed for a reason other than the manifest. */
	static final String BUILD_FAILED = "KILN-B002"; //$NON-NLS-1$

	@Override
	public String name() {
		return "build"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return CliText.Build_summary;
	}

	@Override
	public String help() {
		return CliText.Build_help;
	}

	@Override
	public ExitCode run(List<String> arguments, Console console, Cancellation cancellation) throws UsageException {
		Arguments parsed = Arguments.parse(arguments, Set.of(OUTPUT, CACHE, CACHE_MAX), Set.of());
		ProjectArgument project = ProjectArgument.of(parsed.single(CliText.Build_what), console, false);
		checkSourceDateEpoch(console);
		long epoch = ApplianceBuild.sourceDateEpoch();
		String shownOutput = parsed.option(OUTPUT) != null ? parsed.option(OUTPUT) : project.shown(OUTPUT_FOLDER);
		Path output = console.path(shownOutput);
		Path cache = cache(parsed, console);
		ImageEngine engine = engine(cache, CachePolicy.DEFAULT.withMaxBytes(cacheMax(parsed.option(CACHE_MAX), console)), console);

		ManifestCheck.Result check = new ManifestCheck().check(project.manifest(), project.root(), project.shownManifest());
		check.problems().forEach(console.err()::println);
		if (check.hasErrors()) {
			console.err().println(ValidateCommand.count(check.problems(), project.shownManifest()) + CliText.Build_nothingBuilt);
			return ExitCode.PROBLEMS;
		}
		console.err().println(NLS.bind(CliText.Build_starting, new Object[] { check.appliance().getId(), check.appliance().getVersion(),
				shownOutput, cache, Long.toString(epoch) }));
		ConsoleProgress progress = new ConsoleProgress(console.err(), cancellation);
		try {
			BuildReport report = new ApplianceBuild(engine).build(project.root(), project.shownManifest(), output, epoch,
					progress);
			printReport(report, shownOutput, progress.elapsed(), console);
			return ExitCode.OK;
		} catch (ApplianceBuild.InvalidManifestException e) {
			e.problems().forEach(console.err()::println);
			return ExitCode.PROBLEMS;
		} catch (BuildCancelledException e) {
			console.err().println(CliText.Build_cancelled);
			return ExitCode.CANCELLED;
		} catch (ImageBuildException e) {
			console.err().println(new ManifestProblem(project.shownManifest(), 0, 0, ManifestProblem.Severity.ERROR, BUILD_FAILED,
					e.getMessage()));
			return ExitCode.FAILED;
		}
	}

	/**
	 * The engine, signing the OVA with the vendor identity of the environment ({@link #identity}).
	 */
	static ImageEngine engine(Path cache, CachePolicy policy, Console console) throws UsageException {
		VendorIdentity identity = identity(console);
		try {
			return new ImageEngine(cache, identity == null ? null : OvaSigner.of(identity), policy);
		} catch (OvaException e) {
			throw new UsageException(NLS.bind(CliText.Build_badSigningKey, VendorIdentity.KEYSTORE_VARIABLE, e.getMessage()));
		}
	}

	/**
	 * The vendor identity: the PKCS #12 key that {@code KILN_SIGNING_KEYSTORE} names (its password in
	 * {@code KILN_SIGNING_PASSWORD}), or {@code null} when it is unset. It signs the OVA of {@code kiln
	 * build} and the release of {@code kiln publish}; a keystore that cannot be used is a usage error,
	 * before anything is built or uploaded.
	 */
	static VendorIdentity identity(Console console) throws UsageException {
		try {
			return VendorIdentity.fromEnvironment(console.environment()).orElse(null);
		} catch (IdentityException e) {
			throw new UsageException(NLS.bind(CliText.Build_badSigningKey, VendorIdentity.KEYSTORE_VARIABLE, e.getMessage()));
		}
	}

	/** The reproducible-builds convention: a malformed SOURCE_DATE_EPOCH fails the build rather than being ignored. */
	static void checkSourceDateEpoch(Console console) throws UsageException {
		String value = console.variable(EPOCH_VARIABLE);
		if (value != null && !value.matches("[0-9]{1,15}")) { //$NON-NLS-1$
			throw new UsageException(NLS.bind(CliText.Build_badEpoch, value));
		}
	}

	/**
	 * The cache's size limit: {@code option} (the value of {@code --cache-max} or {@code --max-size}),
	 * else {@code KILN_CACHE_MAX}, else 4 GiB.
	 */
	static long cacheMax(String option, Console console) throws UsageException {
		String value = option != null ? option : console.variable(CACHE_MAX_VARIABLE);
		if (value == null) {
			return CachePolicy.DEFAULT_MAX_BYTES;
		}
		try {
			return CachePolicy.parseSize(value);
		} catch (IllegalArgumentException e) {
			throw new UsageException(NLS.bind(CliText.Build_badSize, value));
		}
	}

	static Path cache(Arguments parsed, Console console) {
		if (parsed.option(CACHE) != null) {
			return console.path(parsed.option(CACHE));
		}
		String variable = console.variable(CACHE_VARIABLE);
		return variable != null ? console.path(variable) : ImageEngine.defaultCacheDirectory();
	}

	private static void printReport(BuildReport report, String shownOutput, double seconds, Console console) {
		for (BuildReport.Artifact artifact : report.artifacts()) {
			console.out().println("artifact " + formatName(artifact.format()) + " " + artifact.size() + " " + artifact.sha256() + " " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					+ Path.of(shownOutput).resolve(artifact.file().getFileName().toString()));
		}
		StringBuilder steps = new StringBuilder();
		for (Map.Entry<String, Duration> step : report.timings().entrySet()) {
			steps.append(NLS.bind(CliText.Build_stepTime, step.getKey(), String.format(Locale.ROOT, "%.1f", Double.valueOf(step.getValue().toMillis() / 1e3)))) //$NON-NLS-1$
					.append(", "); //$NON-NLS-1$
		}
		console.err().println(NLS.bind(CliText.Build_steps, steps.isEmpty() ? "" : steps.substring(0, steps.length() - 2), //$NON-NLS-1$
				report.baseFromCache() ? CliText.Build_baseCached : CliText.Build_baseBuilt));
		console.err().println(NLS.bind(CliText.Build_done, new Object[] { Integer.toString(report.artifacts().size()),
				String.format(Locale.ROOT, "%.1f", Double.valueOf(seconds)), //$NON-NLS-1$
				Path.of(shownOutput).resolve(ChecksumFile.name(report.applianceId(), report.version())) }));
	}

	/** The format as the manifest names it ({@code <output format="qcow2" compressed="true"/>} is qcow2). */
	static String formatName(OutputFormat format) {
		return switch (format) {
			case RAW -> "raw"; //$NON-NLS-1$
			case QCOW2, QCOW2_COMPRESSED -> "qcow2"; //$NON-NLS-1$
			case VMDK -> "vmdk"; //$NON-NLS-1$
			case OVA -> "ova"; //$NON-NLS-1$
			case VHD -> "vhd"; //$NON-NLS-1$
			case GCE -> "gce"; //$NON-NLS-1$
			case VAGRANT_LIBVIRT -> "vagrant-libvirt"; //$NON-NLS-1$
			case UPDATE_BUNDLE -> "update bundle"; //$NON-NLS-1$
		};
	}
}
