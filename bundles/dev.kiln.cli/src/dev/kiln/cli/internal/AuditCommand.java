package dev.kiln.cli.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import dev.kiln.build.MaintenanceAudit;
import dev.kiln.build.MaintenanceReport;
import dev.kiln.build.ManifestCheck;
import dev.kiln.build.PackageList;
import dev.kiln.build.ProjectAudit;
import dev.kiln.build.ProjectOutputs;
import dev.kiln.build.ReleaseAudit;
import dev.kiln.image.BuildReport.InstalledPackage;
import dev.kiln.image.debian.ArchivePockets;
import dev.kiln.image.debian.DebianArchive;
import dev.kiln.image.debian.DebianArchiveException;
import dev.kiln.image.debian.Pocket;
import dev.kiln.model.Appliance;
import dev.kiln.publish.Marketplace;
import dev.kiln.publish.MarketplaceTarget;
import dev.kiln.publish.Marketplaces;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.PublishedRelease;
import dev.kiln.publish.ReleaseSbom;

/**
 * {@code kiln audit [<project>]} and {@code kiln audit --registry URL <repository>:<version>}: the maintenance watch for
 * vendor CI. Lists the packages of the project's last build, or of a published release's SBOM, that have newer versions
 * in the Debian archive's pockets, with the CVE ids, urgency and summary of the newer packages' changelogs
 * ({@link MaintenanceAudit}); exits with 1 when security fixes are pending, so that CI can gate and schedule on it.
 */
final class AuditCommand implements Command {

	static final String JSON = "--json"; //$NON-NLS-1$
	static final String KEYRING = "--keyring"; //$NON-NLS-1$
	static final String MIRROR = "--mirror"; //$NON-NLS-1$
	static final String SECURITY_MIRROR = "--security-mirror"; //$NON-NLS-1$
	static final String SUITE = "--suite"; //$NON-NLS-1$

	@Override
	public String name() {
		return "audit"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return CliText.Audit_summary;
	}

	@Override
	public String help() {
		return CliText.Audit_help;
	}

	/** What is audited: its name for messages, its packages, the pockets to check them against. */
	private record Subject(String shown, List<InstalledPackage> packages, List<Pocket> pockets) {
	}

	@Override
	public ExitCode run(List<String> arguments, Console console, Cancellation cancellation) throws UsageException {
		Arguments parsed = Arguments.parse(arguments,
				Set.of(KEYRING, MIRROR, SECURITY_MIRROR, SUITE, BuildCommand.CACHE, RegistryArguments.REGISTRY), Set.of(JSON));
		URI mirror = mirror(parsed, MIRROR);
		URI securityMirror = mirror(parsed, SECURITY_MIRROR);
		Path cache = BuildCommand.cache(parsed, console);
		// besides Debian's archive keyring
		List<Path> keyrings = new ArrayList<>();
		if (parsed.option(KEYRING) != null) {
			Path keyring = console.path(parsed.option(KEYRING));
			if (!Files.isRegularFile(keyring)) {
				throw new UsageException(NLS.bind(CliText.ProjectArgument_notFound, parsed.option(KEYRING)));
			}
			keyrings.add(keyring);
		}
		Subject subject;
		DebianArchive.Options options;
		try {
			if (parsed.option(RegistryArguments.REGISTRY) != null) {
				subject = release(parsed, console, mirror, securityMirror);
			} else {
				if (parsed.option(SUITE) != null) {
					throw new UsageException(NLS.bind(CliText.Audit_suiteOnlyForReleases, SUITE));
				}
				subject = project(parsed, console, mirror, securityMirror, keyrings);
			}
			options = ProjectAudit.options(cache, keyrings);
		} catch (AuditFailure | DebianArchiveException e) {
			console.err().println("kiln audit: " + e.getMessage()); //$NON-NLS-1$
			return ExitCode.FAILED;
		}
		ConsoleProgress progress = new ConsoleProgress(console.err(), cancellation);
		MaintenanceReport report;
		try {
			console.err().println(NLS.bind(CliText.Audit_starting, new Object[] { subject.shown(), Integer.toString(subject.packages().size()),
					subject.pockets().stream().map(p -> p.suite() + " (" + p.mirror() + ")").collect(Collectors.joining(", ")) })); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			report = new MaintenanceAudit(options).audit(subject.shown(), subject.packages(), subject.pockets(), progress);
		} catch (MaintenanceAudit.Failure e) {
			console.err().println("kiln audit: " + e.getMessage()); //$NON-NLS-1$
			return ExitCode.FAILED;
		} catch (CancellationException e) {
			console.err().println(CliText.Audit_cancelled);
			return ExitCode.CANCELLED;
		}
		console.out().print(parsed.flag(JSON) ? report.json() : report.text());
		report.notes().forEach(note -> console.err().println("note " + note)); //$NON-NLS-1$
		console.err().println(report.summary());
		return report.securityFixesPending() ? ExitCode.PROBLEMS : ExitCode.OK;
	}

	/**
	 * The last build of a project: its package list, and the pockets its manifest keeps, on the manifest's mirrors (else
	 * those of the machine's apt sources), as the build took them; the manifest's keyring is trusted too.
	 */
	private static Subject project(Arguments parsed, Console console, URI mirror, URI securityMirror, List<Path> keyrings)
			throws UsageException, AuditFailure {
		String argument = parsed.positionals().isEmpty() ? "." : parsed.single(CliText.Build_what); //$NON-NLS-1$
		ProjectArgument project = ProjectArgument.of(argument, console, false);
		ManifestCheck.Result check = new ManifestCheck().check(project.manifest(), project.root(), project.shownManifest());
		if (check.hasErrors()) {
			check.problems().forEach(console.err()::println);
			throw new AuditFailure(NLS.bind(CliText.Audit_manifestErrors, project.shownManifest()));
		}
		Appliance appliance = check.appliance();
		String shownList = project.shown(ProjectOutputs.FOLDER + "/" + PackageList.name(appliance.getId(), appliance.getVersion())); //$NON-NLS-1$
		Optional<ProjectAudit.LastBuild> build;
		try {
			build = ProjectAudit.lastBuild(project.root(), appliance);
		} catch (IOException e) {
			throw new AuditFailure(NLS.bind(CliText.Audit_unreadableList, shownList, e.getMessage()));
		}
		if (build.isEmpty()) {
			throw new AuditFailure(NLS.bind(CliText.Audit_notBuilt, new Object[] { appliance.getId(), appliance.getVersion(), shownList,
					project.shownRoot().isEmpty() ? "." : project.shownRoot() })); //$NON-NLS-1$
		}
		if (build.get().packages().isEmpty()) {
			throw new AuditFailure(NLS.bind(CliText.Audit_noPackages, shownList));
		}
		ProjectAudit.manifestKeyring(project.root(), appliance).ifPresent(keyrings::add);
		try {
			return new Subject(build.get().subject(), build.get().packages(), ProjectAudit.pockets(project.root(), appliance, mirror, securityMirror));
		} catch (DebianArchiveException e) {
			throw new AuditFailure(e.getMessage());
		}
	}

	/** A published release: the packages and pockets its SBOM records. */
	private static Subject release(Arguments parsed, Console console, URI mirror, URI securityMirror) throws UsageException, AuditFailure {
		RegistryArguments registry = RegistryArguments.of(parsed, console, false);
		String shown = parsed.single(CliText.Audit_what);
		ReleaseVerification.Reference reference = ReleaseVerification.Reference.parse(shown, registry.url());
		ReleaseSbom sbom;
		try {
			Marketplace marketplace = Marketplaces.connect(new MarketplaceTarget("kiln", MarketplaceTarget.OCI, registry.url(), ""), //$NON-NLS-1$ //$NON-NLS-2$
					registry.credentials());
			PublishedRelease release = marketplace.release(reference.repository(), reference.version());
			byte[] content = marketplace.sbom(release)
					.orElseThrow(() -> new AuditFailure(NLS.bind(CliText.Audit_noSbom, shown, release.digest())));
			sbom = ReleaseSbom.read(content);
		} catch (PublishException e) {
			throw new AuditFailure(e.getMessage());
		} catch (IllegalArgumentException e) {
			throw new AuditFailure(NLS.bind(CliText.Audit_unreadableSbom, shown, e.getMessage()));
		}
		if (sbom.packages().isEmpty()) {
			throw new AuditFailure(NLS.bind(CliText.Audit_sbomWithoutPackages, shown));
		}
		return new Subject(registry.url().getAuthority() + "/" + reference.repository() + ":" + reference.version(), sbom.packages(), //$NON-NLS-1$ //$NON-NLS-2$
				pockets(sbom, parsed.option(SUITE), mirror, securityMirror, shown));
	}

	/**
	 * The pockets the SBOM records, with their mirrors (or the overrides); for an SBOM that records none, the three
	 * pockets of the suite its packages' pockets or {@code --suite} name, on the machine's mirrors.
	 */
	private static List<Pocket> pockets(ReleaseSbom sbom, String suiteOption, URI mirror, URI securityMirror, String shown) throws AuditFailure {
		if (!sbom.archiveState().isEmpty() && suiteOption == null) {
			return ReleaseAudit.recordedPockets(sbom, mirror, securityMirror);
		}
		TreeSet<String> suites = new TreeSet<>();
		if (suiteOption != null) {
			suites.add(suiteOption);
		} else {
			sbom.packages().stream().map(InstalledPackage::pocket).filter(p -> !p.isEmpty()).map(AuditCommand::release).forEach(suites::add);
		}
		if (suites.size() != 1) {
			throw new AuditFailure(NLS.bind(CliText.Audit_noSuite, shown, SUITE));
		}
		try {
			return ArchivePockets.resolve(suites.first(), EnumSet.allOf(Pocket.Kind.class), mirror, securityMirror);
		} catch (DebianArchiveException e) {
			throw new AuditFailure(e.getMessage());
		}
	}

	/** {@code trixie-security} is a pocket of {@code trixie}. */
	private static String release(String pocket) {
		return pocket.substring(0, pocket.length() - ReleaseAudit.kind(pocket).suite("").length()); //$NON-NLS-1$
	}

	private static URI mirror(Arguments parsed, String option) throws UsageException {
		String value = parsed.option(option);
		if (value == null) {
			return null;
		}
		try {
			URI uri = new URI(value);
			if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) { //$NON-NLS-1$ //$NON-NLS-2$
				throw new UsageException(NLS.bind(CliText.Audit_badMirror, option, value));
			}
			return uri;
		} catch (URISyntaxException e) {
			throw new UsageException(NLS.bind(CliText.Audit_badMirror, option, value));
		}
	}

	/** What stops an audit before it starts, in words: the command exits with {@link ExitCode#FAILED}. */
	private static final class AuditFailure extends Exception {
		private static final long serialVersionUID = 1L;

		AuditFailure(String message) {
			super(message);
		}
	}
}
