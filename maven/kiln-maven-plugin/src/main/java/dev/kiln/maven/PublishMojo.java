package dev.kiln.maven;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import dev.kiln.build.ListingProblemLocator;
import dev.kiln.build.ManifestCheck;
import dev.kiln.build.ProjectOutputs;
import dev.kiln.build.ProjectRelease;
import dev.kiln.build.ReleasePublisher;
import dev.kiln.image.identity.IdentityException;
import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.model.Appliance;
import dev.kiln.model.io.ManifestProblem;
import dev.kiln.publish.Credentials;
import dev.kiln.publish.ListingProblem;
import dev.kiln.publish.MarketplaceTarget;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.PublishOptions;
import dev.kiln.publish.PublishResult;
import dev.kiln.publish.Release;

/**
 * Publishes the built release (images, listing, SBOM) to the marketplace's OCI registry, as {@code kiln
 * publish} and the workbench's Publish wizard do: bound to {@code deploy}. The registry and repository come
 * from the POM; the credentials from the {@code settings.xml} server {@link #serverId} (its password may be
 * encrypted as Maven encrypts them), else from {@code KILN_REGISTRY_USER} and {@code KILN_REGISTRY_PASSWORD};
 * never from the POM. Without a registry the goal publishes nothing and says so.
 */
@Mojo(name = "publish", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public class PublishMojo extends KilnMojo {

	/** The registry, with its scheme: {@code https://registry.example.com} ({@code http://} for a local test registry). */
	@Parameter(property = "kiln.registry")
	String registry;

	/** The namespace of the vendor's appliances in the registry, e.g. {@code acme/appliances}. */
	@Parameter(property = "kiln.repository")
	String repository;

	/** The {@code settings.xml} server whose user name and password log in to the registry. */
	@Parameter(property = "kiln.serverId", defaultValue = "kiln-registry")
	String serverId;

	/** The formats to publish; unset: those the manifest's listing offers by default. */
	@Parameter(property = "kiln.formats")
	List<String> formats;

	/** Replaces the release notes of the manifest. */
	@Parameter(property = "kiln.releaseNotes")
	String releaseNotes;

	/** Publishes over a release of the same version. */
	@Parameter(property = "kiln.overwrite", defaultValue = "false")
	boolean overwrite;

	@Parameter(defaultValue = "${session}", readonly = true, required = true)
	MavenSession session;

	@Component
	SettingsDecrypter decrypter;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skipped()) {
			return;
		}
		if (registry == null || registry.isBlank()) {
			getLog().info(MavenText.Publish_noRegistry);
			return;
		}
		if (session.isOffline()) {
			throw new MojoFailureException(MavenText.bind(MavenText.Publish_offline, registry));
		}
		URI url = registryUrl();
		ManifestCheck.Result check = checkManifest();
		Appliance appliance = check.appliance();
		List<String> wanted = formats == null || formats.isEmpty() ? ProjectRelease.defaultFormats(appliance) : formats;
		List<Release.Image> images = ProjectRelease.images(appliance, output(), wanted);
		List<Path> missing = ProjectRelease.missing(images);
		if (!missing.isEmpty()) {
			throw new MojoFailureException(MavenText.bind(MavenText.Publish_notBuilt,
					missing.stream().map(Path::toString).collect(Collectors.joining(", ")))); //$NON-NLS-1$
		}
		Release release = ProjectRelease.release(appliance, root(), images, releaseNotes, sourceDateEpoch());
		List<ListingProblem> problems = ReleasePublisher.check(release);
		if (!problems.isEmpty()) {
			listingRejected(problems, appliance);
		}
		VendorIdentity identity;
		try {
			identity = VendorIdentity.fromEnvironment(System.getenv()).orElse(null);
		} catch (IdentityException e) {
			throw new MojoExecutionException(MavenText.bind(MavenText.Build_badSigningKey, VendorIdentity.KEYSTORE_VARIABLE, e.getMessage()), e);
		}
		MarketplaceTarget target = new MarketplaceTarget("kiln", MarketplaceTarget.OCI, url, repository == null ? "" : repository); //$NON-NLS-1$ //$NON-NLS-2$
		ReleasePublisher.Request request = new ReleasePublisher.Request(release, target, credentials(),
				PublishOptions.defaults().withOverwrite(overwrite).withSigner(identity), null);
		getLog().info(MavenText.bind(MavenText.Publish_starting, appliance.getId(), appliance.getVersion(), String.join(", ", wanted), url, //$NON-NLS-1$
				identity == null ? MavenText.Publish_unsigned : identity.subject()));
		try {
			PublishResult result = new ReleasePublisher(ReleasePublisher.History.NONE).publish(request, new MavenProgress(getLog())).result();
			getLog().info(MavenText.bind(MavenText.Publish_done, result.tagReference(), result.digest(), Integer.valueOf(result.uploaded().size()),
					Integer.valueOf(result.skipped().size())));
		} catch (PublishException e) {
			if (e.kind() == PublishException.Kind.LISTING) {
				listingRejected(e.problems(), appliance);
			}
			throw new MojoFailureException(MavenText.bind(MavenText.Publish_failed, url, e.getMessage()), e);
		}
	}

	private URI registryUrl() throws MojoFailureException {
		try {
			URI url = new URI(registry.strip().contains("://") ? registry.strip() : "https://" + registry.strip()); //$NON-NLS-1$ //$NON-NLS-2$
			if (url.getHost() == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) { //$NON-NLS-1$ //$NON-NLS-2$
				throw new MojoFailureException(MavenText.bind(MavenText.Publish_badRegistry, registry));
			}
			return url;
		} catch (URISyntaxException e) {
			throw new MojoFailureException(MavenText.bind(MavenText.Publish_badRegistry, registry), e);
		}
	}

	/** The settings' server {@link #serverId}, decrypted; else the environment's; else none (anonymous). */
	private Credentials credentials() throws MojoExecutionException {
		Server server = session.getSettings().getServer(serverId);
		if (server == null) {
			return Credentials.fromEnvironment();
		}
		SettingsDecryptionResult decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
		if (!decrypted.getProblems().isEmpty()) {
			throw new MojoExecutionException(MavenText.bind(MavenText.Publish_badServer, serverId, decrypted.getProblems().get(0).getMessage()));
		}
		Server plain = decrypted.getServer();
		if (plain.getUsername() == null || plain.getPassword() == null) {
			throw new MojoExecutionException(MavenText.bind(MavenText.Publish_badServer, serverId, MavenText.Publish_noPassword));
		}
		return Credentials.of(plain.getUsername(), plain.getPassword());
	}

	/** Logs the listing's problems at their manifest elements and fails: nothing was uploaded. */
	private void listingRejected(List<ListingProblem> problems, Appliance appliance) throws MojoFailureException {
		List<ManifestProblem> located = ListingProblemLocator.locate(problems, appliance, manifest().toString());
		log(located);
		throw new MojoFailureException(MavenText.bind(MavenText.Publish_listingRejected, manifest(), Integer.valueOf(located.size())));
	}
}
