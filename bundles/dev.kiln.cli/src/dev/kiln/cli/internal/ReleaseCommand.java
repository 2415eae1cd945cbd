package dev.kiln.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import dev.kiln.build.ApplianceBuild;
import dev.kiln.build.PatchRelease;
import dev.kiln.build.ReleasePublisher;
import dev.kiln.image.BuildCancelledException;
import dev.kiln.image.ImageBuildException;
import dev.kiln.image.ImageEngine;
import dev.kiln.image.cache.BuildCache;
import dev.kiln.image.cache.CachePolicy;
import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.publish.PublishOptions;
import dev.kiln.publish.PublishResult;

/**
 * {@code kiln release --patch <project> --registry URL --repository NAME}: a patch release in one step
 * ({@link PatchRelease}): audit the latest published release, raise the patch version in appliance.xml,
 * rebuild on the archive's current pockets, check the new images, publish them with release notes that
 * name the fixed CVE ids. Nothing pending is not an error (exit 0, nothing changed), so a nightly CI job can
 * run it unconditionally.
 */
final class ReleaseCommand implements Command {

	static final String PATCH = "--patch"; //$NON-NLS-1$
	static final String OUTPUT = "--output"; //$NON-NLS-1$

	@Override
	public String name() {
		return "release"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return CliText.Release_summary;
	}

	@Override
	public String help() {
		return CliText.Release_help;
	}

	@Override
	public ExitCode run(List<String> arguments, Console console, Cancellation cancellation) throws UsageException {
		Arguments parsed = Arguments.parse(arguments, Set.of(RegistryArguments.REGISTRY, RegistryArguments.REPOSITORY, OUTPUT,
				BuildCommand.CACHE, PublishCommand.STOREFRONT), Set.of(PATCH));
		if (!parsed.flag(PATCH)) {
			throw new UsageException(NLS.bind(CliText.Release_patchOnly, PATCH));
		}
		String argument = parsed.positionals().isEmpty() ? "." : parsed.single(CliText.Build_what); //$NON-NLS-1$
		ProjectArgument project = ProjectArgument.of(argument, console, false);
		RegistryArguments registry = RegistryArguments.of(parsed, console, true);
		BuildCommand.checkSourceDateEpoch(console);
		String shownOutput = parsed.option(OUTPUT) != null ? parsed.option(OUTPUT) : project.shown(BuildCommand.OUTPUT_FOLDER);
		Path cache = BuildCommand.cache(parsed, console);
		VendorIdentity identity = BuildCommand.identity(console);
		ImageEngine engine = BuildCommand.engine(cache, CachePolicy.DEFAULT.withMaxBytes(BuildCommand.cacheMax(null, console)), console);
		String storefront = parsed.option(PublishCommand.STOREFRONT);
		PatchRelease.Request request = new PatchRelease.Request(project.root(), project.shownManifest(), console.path(shownOutput),
				registry.target(), registry.credentials(), PublishOptions.defaults().withSigner(identity),
				storefront == null ? null : console.path(storefront), ApplianceBuild.sourceDateEpoch());
		ConsoleProgress progress = new ConsoleProgress(console.err(), cancellation);
		try {
			PatchRelease.Result result = new PatchRelease(engine, new ReleasePublisher(ReleasePublisher.History.NONE),
					cache.resolve(BuildCache.Kind.ARCHIVE_INDEX.folder())).run(request, progress);
			PublishResult published = result.published().result();
			console.err().println(NLS.bind(CliText.Release_notes, result.version(), result.releaseNotes()));
			console.out().println("version " + result.version()); //$NON-NLS-1$
			console.out().println("previous " + result.previousVersion()); //$NON-NLS-1$
			console.out().println("reference " + published.reference()); //$NON-NLS-1$
			console.out().println("tag " + published.tagReference()); //$NON-NLS-1$
			console.out().println("digest " + published.digest()); //$NON-NLS-1$
			if (result.published().storefront() != null) {
				console.out().println("storefront " + result.published().storefront().index()); //$NON-NLS-1$
			} else if (result.published().storefrontError() != null) {
				console.err().println(NLS.bind(CliText.Publish_storefrontFailed, storefront, result.published().storefrontError()));
			}
			console.err().println(NLS.bind(CliText.Release_done, new Object[] { published.tagReference(), result.previousVersion(),
					Integer.toString(result.before().securityUpdates().size()), Integer.toString(result.before().updates().size()) }));
			return ExitCode.OK;
		} catch (PatchRelease.NothingToPatch e) {
			console.err().println(e.getMessage());
			return ExitCode.OK;
		} catch (ApplianceBuild.InvalidManifestException e) {
			e.problems().forEach(console.err()::println);
			return ExitCode.PROBLEMS;
		} catch (BuildCancelledException e) {
			console.err().println(CliText.Build_cancelled);
			return ExitCode.CANCELLED;
		} catch (PatchRelease.Failure | ImageBuildException e) {
			console.err().println("kiln release: " + e.getMessage()); //$NON-NLS-1$
			return ExitCode.FAILED;
		} catch (IllegalArgumentException e) {
			console.err().println("kiln release: " + e.getMessage()); //$NON-NLS-1$
			return ExitCode.FAILED;
		}
	}
}
