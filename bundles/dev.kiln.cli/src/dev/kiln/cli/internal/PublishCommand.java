package dev.kiln.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import dev.kiln.build.ApplianceBuild;
import dev.kiln.build.ListingProblemLocator;
import dev.kiln.build.ManifestCheck;
import dev.kiln.build.ProjectOutputs;
import dev.kiln.build.ProjectRelease;
import dev.kiln.build.RecipeMapper;
import dev.kiln.build.ReleasePublisher;
import dev.kiln.build.ReleaseSecurityCheck;
import dev.kiln.image.cache.BuildCache;
import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.model.Appliance;
import dev.kiln.model.io.ManifestProblem;
import dev.kiln.publish.ListingProblem;
import dev.kiln.publish.Marketplaces;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.PublishOptions;
import dev.kiln.publish.PublishResult;
import dev.kiln.publish.Release;

/**
 * {@code kiln publish <project> --registry URL --repository NAME}: publishes the release that
 * {@code kiln build} made of a project through the marketplace API ({@link Marketplaces}), as the
 * workbench's Publish wizard does. The listing is checked before anything goes over the network, and
 * its problems are reported at their manifest element. Standard output gets the pullable reference.
 */
final class PublishCommand implements Command {

	static final String IMAGES = "--images"; //$NON-NLS-1$
	static final String FORMATS = "--formats"; //$NON-NLS-1$
	static final String RELEASE_NOTES = "--release-notes"; //$NON-NLS-1$
	static final String RELEASE_NOTES_FILE = "--release-notes-file"; //$NON-NLS-1$
	static final String OVERWRITE = "--overwrite"; //$NON-NLS-1$
	static final String CONTAINER_DISK = "--containerdisk"; //$NON-NLS-1$
	static final String STOREFRONT = "--storefront"; //$NON-NLS-1$
	static final String CHANNEL = "--channel"; //$NON-NLS-1$
	private static final Set<String> KNOWN_FORMATS = Set.of("ova", "qcow2", "vmdk", "vhd", "gce", "vagrant-libvirt", "raw"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	@Override
	public String name() {
		return "publish"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return CliText.Publish_summary;
	}

	@Override
	public String help() {
		return CliText.Publish_help;
	}

	@Override
	public ExitCode run(List<String> arguments, Console console, Cancellation cancellation) throws UsageException {
		Arguments parsed = Arguments.parse(arguments,
				Set.of(RegistryArguments.REGISTRY, RegistryArguments.REPOSITORY, IMAGES, FORMATS, RELEASE_NOTES, RELEASE_NOTES_FILE, STOREFRONT, CHANNEL),
				Set.of(OVERWRITE, CONTAINER_DISK));
		ProjectArgument project = ProjectArgument.of(parsed.single(CliText.Build_what), console, false);
		RegistryArguments registry = RegistryArguments.of(parsed, console, true);
		BuildCommand.checkSourceDateEpoch(console);
		String releaseNotes = releaseNotes(parsed, console);
		String shownImages = parsed.option(IMAGES) != null ? parsed.option(IMAGES) : project.shown(ProjectOutputs.FOLDER);

		ManifestCheck.Result check = new ManifestCheck().check(project.manifest(), project.root(), project.shownManifest());
		check.problems().forEach(console.err()::println);
		if (check.hasErrors()) {
			console.err().println(ValidateCommand.count(check.problems(), project.shownManifest()) + CliText.Publish_nothingUploaded);
			return ExitCode.PROBLEMS;
		}
		Appliance appliance = check.appliance();
		List<String> formats = formats(parsed, appliance);
		String channel = channel(parsed, appliance);
		List<Release.Image> images = ProjectRelease.images(appliance, console.path(shownImages), formats);
		List<Path> missing = ProjectRelease.missing(images);
		if (!missing.isEmpty()) {
			console.err().println(NLS.bind(CliText.Publish_notBuilt, new Object[] {
					missing.stream().map(p -> Path.of(shownImages).resolve(p.getFileName().toString()).toString()).collect(Collectors.joining(", ")), //$NON-NLS-1$
					project.shownRoot().isEmpty() ? "." : project.shownRoot(), parsed.option(IMAGES) == null ? "" : " --output " + shownImages })); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return ExitCode.FAILED;
		}
		Release release = ProjectRelease.release(appliance, project.root(), images, releaseNotes, ApplianceBuild.sourceDateEpoch());
		// the rules that need no registry, before any connection (the publisher checks them again)
		List<ListingProblem> problems = ReleasePublisher.check(release);
		if (!problems.isEmpty()) {
			return listingRejected(problems, appliance, project, console);
		}
		VendorIdentity identity = BuildCommand.identity(console);

		ConsoleProgress progress = new ConsoleProgress(console.err(), cancellation);
		String storefront = parsed.option(STOREFRONT);
		// the storefront's security check trusts the archives the build trusted: Debian's keyring and the manifest's
		ReleaseSecurityCheck securityCheck = storefront == null ? null
				: new ReleaseSecurityCheck(RecipeMapper.map(appliance, project.root(), 0).os().keyring(),
						BuildCommand.cache(parsed, console).resolve(BuildCache.Kind.ARCHIVE_INDEX.folder()));
		ReleasePublisher.Request request = new ReleasePublisher.Request(release, registry.target(), registry.credentials(),
				PublishOptions.defaults().withOverwrite(parsed.flag(OVERWRITE)).withContainerDisk(parsed.flag(CONTAINER_DISK)).withSigner(identity)
						.withChannel(channel),
				storefront == null ? null : console.path(storefront), securityCheck);
		try {
			console.err().println(NLS.bind(CliText.Publish_starting, new Object[] { appliance.getId(), appliance.getVersion(),
					String.join(", ", formats), Marketplaces.connect(registry.target(), registry.credentials()).describe() })); //$NON-NLS-1$
			if (identity == null) {
				console.err().println(NLS.bind(CliText.Publish_unsigned, VendorIdentity.KEYSTORE_VARIABLE));
			} else {
				console.err().println(NLS.bind(CliText.Publish_signedBy, identity.subject(), identity.fingerprint()));
			}
			ReleasePublisher.Published published = new ReleasePublisher(ReleasePublisher.History.NONE).publish(request, progress);
			PublishResult result = published.result();
			console.out().println("reference " + result.reference()); //$NON-NLS-1$
			console.out().println("tag " + result.tagReference()); //$NON-NLS-1$
			console.out().println("digest " + result.digest()); //$NON-NLS-1$
			if (result.containerDisk() != null) {
				console.out().println("containerdisk " + result.containerDisk()); //$NON-NLS-1$
			}
			if (result.update() != null && result.update().index() != null) {
				console.out().println("update " + result.update().channel() + " " + result.update().file() + " " + result.update().index()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			} else if (result.update() != null) {
				console.err().println("warning " + result.update().warning()); //$NON-NLS-1$
			}
			if (identity != null) {
				console.out().println("signer " + identity.fingerprint() + " " + identity.subject()); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (published.storefront() != null) {
				published.storefront().warnings().forEach(w -> console.err().println("warning " + w)); //$NON-NLS-1$
				console.out().println("storefront " + published.storefront().index()); //$NON-NLS-1$
			} else if (published.storefrontError() != null) {
				console.err().println(NLS.bind(CliText.Publish_storefrontFailed, storefront, published.storefrontError()));
			}
			console.err().println(NLS.bind(CliText.Publish_done, new Object[] { result.tagReference(), Integer.toString(result.uploaded().size()),
					Long.toString(result.bytesUploaded()), Integer.toString(result.skipped().size()) }));
			return ExitCode.OK;
		} catch (PublishException e) {
			return switch (e.kind()) {
				case LISTING -> listingRejected(e.problems(), appliance, project, console);
				case CANCELLED -> {
					console.err().println("kiln publish: " + e.getMessage()); //$NON-NLS-1$
					yield ExitCode.CANCELLED;
				}
				default -> {
					console.err().println("kiln publish: " + e.getMessage()); //$NON-NLS-1$
					yield ExitCode.FAILED;
				}
			};
		}
	}

	/** Prints the listing's problems at their manifest elements: nothing was uploaded. */
	private static ExitCode listingRejected(List<ListingProblem> problems, Appliance appliance, ProjectArgument project, Console console) {
		List<ManifestProblem> located = ListingProblemLocator.locate(problems, appliance, project.shownManifest());
		located.forEach(console.err()::println);
		console.err().println(NLS.bind(CliText.Publish_listingRejected, project.shownManifest(), Integer.toString(located.size())));
		return ExitCode.PROBLEMS;
	}

	private static List<String> formats(Arguments parsed, Appliance appliance) throws UsageException {
		if (parsed.option(FORMATS) == null) {
			return ProjectRelease.defaultFormats(appliance);
		}
		List<String> formats = Arrays.stream(parsed.option(FORMATS).split(",")).map(String::strip).filter(f -> !f.isEmpty()).distinct().toList(); //$NON-NLS-1$
		for (String format : formats) {
			if (!KNOWN_FORMATS.contains(format)) {
				throw new UsageException(NLS.bind(CliText.Publish_badFormat, format));
			}
		}
		if (formats.isEmpty()) {
			throw new UsageException(NLS.bind(CliText.Arguments_missingValue, FORMATS));
		}
		return formats;
	}

	/**
	 * {@code --channel}: one of the channels the manifest's {@code <updates>} offers (a deployed appliance follows no
	 * other); {@code null} for the manifest's first.
	 */
	private static String channel(Arguments parsed, Appliance appliance) throws UsageException {
		String channel = parsed.option(CHANNEL);
		if (channel == null) {
			return null;
		}
		if (appliance.getUpdates() == null) {
			throw new UsageException(NLS.bind(CliText.Publish_channelWithoutUpdates, CHANNEL, appliance.getId()));
		}
		List<String> offered = ProjectRelease.channels(appliance);
		if (!offered.contains(channel)) {
			throw new UsageException(NLS.bind(CliText.Publish_channelNotOffered, channel, String.join(", ", offered))); //$NON-NLS-1$
		}
		return channel;
	}

	/** {@code --release-notes} or the file of {@code --release-notes-file}; {@code null} keeps the manifest's. */
	private static String releaseNotes(Arguments parsed, Console console) throws UsageException {
		String text = parsed.option(RELEASE_NOTES);
		String file = parsed.option(RELEASE_NOTES_FILE);
		if (text != null && file != null) {
			throw new UsageException(NLS.bind(CliText.Publish_notesTwice, RELEASE_NOTES, RELEASE_NOTES_FILE));
		}
		if (file == null) {
			return text;
		}
		try {
			return Files.readString(console.path(file), StandardCharsets.UTF_8).strip();
		} catch (IOException e) {
			throw new UsageException(NLS.bind(CliText.ProjectArgument_notFound, file));
		}
	}
}
