package dev.kiln.cli.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import dev.kiln.publish.Credentials;
import dev.kiln.publish.MarketplaceTarget;

/**
 * The registry that {@code publish} and {@code catalog} talk to: {@code --registry}, {@code --repository}
 * and the credentials, which come from the environment only ({@value Credentials#USER_VARIABLE},
 * {@value Credentials#PASSWORD_VARIABLE}), so that they never show in a process list or a CI log.
 *
 * @param url         the registry, with its scheme
 * @param repository  the namespace (or repository) of the appliances; empty for the whole registry
 */
record RegistryArguments(URI url, String repository, Credentials credentials) {

	static final String REGISTRY = "--registry"; //$NON-NLS-1$
	static final String REPOSITORY = "--repository"; //$NON-NLS-1$

	/** A repository name of the OCI distribution spec: lower-case path components separated by '/'. */
	private static final Pattern REPOSITORY_NAME = Pattern
			.compile("[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*)*"); //$NON-NLS-1$

	/**
	 * @param repositoryRequired  whether {@code --repository} must be given
	 * @throws UsageException when an option is missing or malformed, or the credentials are half set
	 */
	static RegistryArguments of(Arguments parsed, Console console, boolean repositoryRequired) throws UsageException {
		String registry = parsed.option(REGISTRY);
		if (registry == null) {
			throw new UsageException(NLS.bind(CliText.Registry_missingOption, REGISTRY));
		}
		String repository = parsed.option(REPOSITORY);
		if (repository == null && repositoryRequired) {
			throw new UsageException(NLS.bind(CliText.Registry_missingOption, REPOSITORY));
		}
		if (repository != null && !REPOSITORY_NAME.matcher(repository).matches()) {
			throw new UsageException(NLS.bind(CliText.Registry_badRepository, repository));
		}
		return new RegistryArguments(url(registry), repository == null ? "" : repository, credentials(console)); //$NON-NLS-1$
	}

	/** {@code https://host[:port]} or {@code http://host:port}; a bare host means https. */
	static URI url(String registry) throws UsageException {
		String text = registry.contains("://") ? registry : "https://" + registry; //$NON-NLS-1$ //$NON-NLS-2$
		try {
			URI url = new URI(text);
			if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null //$NON-NLS-1$ //$NON-NLS-2$
					|| (url.getPath() != null && !url.getPath().isEmpty() && !url.getPath().equals("/")) || url.getQuery() != null) { //$NON-NLS-1$
				throw new UsageException(NLS.bind(CliText.Registry_badUrl, registry));
			}
			return url;
		} catch (URISyntaxException e) {
			throw new UsageException(NLS.bind(CliText.Registry_badUrl, registry));
		}
	}

	/** Both variables, or neither (anonymous access); the password is taken as it is, spaces included. */
	private static Credentials credentials(Console console) throws UsageException {
		String user = console.variable(Credentials.USER_VARIABLE);
		String password = console.environment().get(Credentials.PASSWORD_VARIABLE);
		boolean hasPassword = password != null && !password.isEmpty();
		if (user == null && !hasPassword) {
			return Credentials.NONE;
		}
		if (user == null || !hasPassword) {
			throw new UsageException(NLS.bind(CliText.Registry_halfCredentials,
					user == null ? Credentials.PASSWORD_VARIABLE : Credentials.USER_VARIABLE,
					user == null ? Credentials.USER_VARIABLE : Credentials.PASSWORD_VARIABLE));
		}
		return Credentials.of(user, password);
	}

	/** The marketplace target of these arguments. */
	MarketplaceTarget target() {
		return new MarketplaceTarget("kiln", MarketplaceTarget.OCI, url, repository); //$NON-NLS-1$
	}
}
