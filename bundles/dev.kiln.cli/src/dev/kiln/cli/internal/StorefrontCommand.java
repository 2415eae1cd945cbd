package dev.kiln.cli.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import dev.kiln.build.ReleaseSecurityCheck;
import dev.kiln.image.cache.BuildCache;
import dev.kiln.publish.Credentials;
import dev.kiln.publish.MarketplaceTarget;
import dev.kiln.publish.Marketplaces;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.storefront.SecurityCheck;
import dev.kiln.publish.storefront.StorefrontGenerator;
import dev.kiln.publish.storefront.StorefrontResult;
import dev.kiln.publish.storefront.StorefrontServer;

/**
 * {@code kiln storefront generate|serve}: writes the static storefront of a registry's appliances with
 * {@link StorefrontGenerator}, each release's security status found by {@link ReleaseSecurityCheck} unless
 * {@code --no-security-check}, or serves a generated one on 127.0.0.1 for a preview until stopped.
 */
final class StorefrontCommand implements Command {

	static final String REGISTRY = "--registry"; //$NON-NLS-1$
	static final String OUT = "--out"; //$NON-NLS-1$
	static final String MIRROR = "--mirror"; //$NON-NLS-1$
	static final String TITLE = "--title"; //$NON-NLS-1$
	static final String PORT = "--port"; //$NON-NLS-1$
	static final String OPEN = "--open"; //$NON-NLS-1$
	static final String NO_SECURITY_CHECK = "--no-security-check"; //$NON-NLS-1$
	static final String KEYRING = "--keyring"; //$NON-NLS-1$
	/** How often a running server looks whether it was asked to stop. */
	private static final long POLL_MILLIS = 200;

	@Override
	public String name() {
		return "storefront"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return CliText.Storefront_summary;
	}

	@Override
	public String help() {
		return CliText.Storefront_help;
	}

	@Override
	public ExitCode run(List<String> arguments, Console console, Cancellation cancellation) throws UsageException {
		if (arguments.isEmpty()) {
			throw new UsageException(CliText.Storefront_noAction);
		}
		List<String> rest = arguments.subList(1, arguments.size());
		return switch (arguments.get(0)) {
			case "generate" -> generate(rest, console, cancellation); //$NON-NLS-1$
			case "serve" -> serve(rest, console, cancellation); //$NON-NLS-1$
			default -> throw new UsageException(NLS.bind(CliText.Storefront_unknownAction, arguments.get(0)));
		};
	}

	private static ExitCode generate(List<String> arguments, Console console, Cancellation cancellation) throws UsageException {
		Arguments parsed = Arguments.parse(arguments, Set.of(REGISTRY, OUT, MIRROR, TITLE, KEYRING, BuildCommand.CACHE), Set.of(NO_SECURITY_CHECK));
		if (!parsed.positionals().isEmpty()) {
			throw new UsageException(NLS.bind(CliText.Arguments_tooMany, CliText.Storefront_action, String.join(" ", parsed.positionals()))); //$NON-NLS-1$
		}
		MarketplaceTarget target = target(required(parsed, REGISTRY));
		Path out = console.path(required(parsed, OUT));
		String mirror = parsed.option(MIRROR);
		if (mirror != null && !mirror.matches("https?://.+")) { //$NON-NLS-1$
			throw new UsageException(NLS.bind(CliText.Storefront_badMirror, mirror));
		}
		SecurityCheck check = securityCheck(parsed, console);
		Credentials credentials = credentials(console);
		ConsoleProgress progress = new ConsoleProgress(console.err(), cancellation);
		try {
			StorefrontResult result = new StorefrontGenerator(Marketplaces.connect(target, credentials), target, mirror, parsed.option(TITLE))
					.withSecurityCheck(check).generate(out, progress);
			result.written().forEach(file -> console.out().println("written " + file)); //$NON-NLS-1$
			result.removed().forEach(file -> console.out().println("removed " + file)); //$NON-NLS-1$
			result.warnings().forEach(warning -> console.out().println("warning " + warning)); //$NON-NLS-1$
			console.err().println(NLS.bind(CliText.Storefront_generated, new Object[] { Integer.toString(result.appliances()),
					result.index(), Integer.toString(result.written().size()), Integer.toString(result.unchanged().size()),
					Integer.toString(result.warnings().size()) }));
			return ExitCode.OK;
		} catch (PublishException e) {
			console.err().println("kiln storefront: " + e.getMessage()); //$NON-NLS-1$
			return e.kind() == PublishException.Kind.CANCELLED ? ExitCode.CANCELLED : ExitCode.FAILED;
		}
	}

	/**
	 * The maintenance watch's check of each release, trusting Debian's archive keyring and {@code --keyring}, with the
	 * archive's indexes in the build cache; none with {@code --no-security-check}.
	 */
	private static SecurityCheck securityCheck(Arguments parsed, Console console) throws UsageException {
		String keyring = parsed.option(KEYRING);
		if (parsed.flag(NO_SECURITY_CHECK)) {
			if (keyring != null) {
				throw new UsageException(NLS.bind(CliText.Storefront_keyringWithoutCheck, KEYRING, NO_SECURITY_CHECK));
			}
			return null;
		}
		Path file = keyring == null ? null : console.path(keyring);
		if (file != null && !Files.isRegularFile(file)) {
			throw new UsageException(NLS.bind(CliText.ProjectArgument_notFound, keyring));
		}
		return new ReleaseSecurityCheck(file, BuildCommand.cache(parsed, console).resolve(BuildCache.Kind.ARCHIVE_INDEX.folder()));
	}

	private static ExitCode serve(List<String> arguments, Console console, Cancellation cancellation) throws UsageException {
		Arguments parsed = Arguments.parse(arguments, Set.of(PORT), Set.of(OPEN));
		String shown = parsed.single(CliText.Storefront_folder);
		Path site = console.path(shown);
		if (!Files.isRegularFile(site.resolve("index.html"))) { //$NON-NLS-1$
			throw new UsageException(NLS.bind(CliText.Storefront_noSite, shown));
		}
		int port = port(parsed.option(PORT));
		try (StorefrontServer server = StorefrontServer.start(site, port)) {
			console.out().println(server.url());
			console.err().println(NLS.bind(CliText.Storefront_serving, shown, server.url()));
			if (parsed.flag(OPEN)) {
				open(server.url(), console);
			}
			while (!cancellation.isCancelled()) {
				Thread.sleep(POLL_MILLIS);
			}
			return ExitCode.OK;
		} catch (IOException e) {
			console.err().println(NLS.bind(CliText.Storefront_serveFailed, Integer.toString(port), e.getMessage()));
			return ExitCode.FAILED;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return ExitCode.CANCELLED;
		}
	}

	/** {@code http://host:port[/namespace]}: the server, and the repository prefix whose appliances the site lists. */
	static MarketplaceTarget target(String registry) throws UsageException {
		try {
			URI uri = new URI(registry);
			if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getAuthority() == null || uri.getQuery() != null) { //$NON-NLS-1$ //$NON-NLS-2$
				throw new UsageException(NLS.bind(CliText.Storefront_badRegistry, registry));
			}
			String path = uri.getPath() == null ? "" : uri.getPath(); //$NON-NLS-1$
			return new MarketplaceTarget("storefront", MarketplaceTarget.OCI, new URI(uri.getScheme(), uri.getAuthority(), null, null, null), path); //$NON-NLS-1$
		} catch (URISyntaxException e) {
			throw new UsageException(NLS.bind(CliText.Storefront_badRegistry, registry));
		}
	}

	private static String required(Arguments parsed, String option) throws UsageException {
		String value = parsed.option(option);
		if (value == null) {
			throw new UsageException(NLS.bind(CliText.Storefront_missingOption, option));
		}
		return value;
	}

	private static int port(String value) throws UsageException {
		if (value == null) {
			return 0;
		}
		if (!value.matches("[0-9]{1,5}") || Integer.parseInt(value) > 65535) { //$NON-NLS-1$
			throw new UsageException(NLS.bind(CliText.Storefront_badPort, value));
		}
		return Integer.parseInt(value);
	}

	/** The registry's credentials from the environment, as for publishing; anonymous when they are not set. */
	private static Credentials credentials(Console console) {
		String user = console.variable(Credentials.USER_VARIABLE);
		String password = console.environment().get(Credentials.PASSWORD_VARIABLE);
		return user == null || password == null ? Credentials.NONE : Credentials.of(user, password);
	}

	private static void open(URI url, Console console) {
		try {
			if (java.awt.Desktop.isDesktopSupported() && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
				java.awt.Desktop.getDesktop().browse(url);
				return;
			}
		} catch (IOException | UnsupportedOperationException e) {
			// said below
		}
		console.err().println(NLS.bind(CliText.Storefront_cannotOpen, url));
	}
}
