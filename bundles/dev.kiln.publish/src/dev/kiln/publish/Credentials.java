package dev.kiln.publish;

import java.net.URI;
import java.util.Optional;

/**
 * Where a marketplace gets its user name and password or token: Eclipse secure storage in the IDE,
 * the environment in CI. Secrets are never logged nor written to the workspace.
 */
@FunctionalInterface
public interface Credentials {

	/** Environment variable with the user name, for CI. */
	String USER_VARIABLE = "KILN_REGISTRY_USER"; //$NON-NLS-1$
	/** Environment variable with the password or token, for CI. */
	String PASSWORD_VARIABLE = "KILN_REGISTRY_PASSWORD"; //$NON-NLS-1$

	/** No credentials: anonymous access. */
	Credentials NONE = server -> Optional.empty();

	/** The credentials for {@code server}, if any. */
	Optional<Secret> forServer(URI server);

	/** A user name with its password or token. {@link #toString()} does not show the password. */
	record Secret(String user, String password) {

		@Override
		public String toString() {
			return "Secret[user=" + user + ", password=***]"; //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** The same user and password for every server. */
	static Credentials of(String user, String password) {
		Secret secret = new Secret(user, password);
		return server -> Optional.of(secret);
	}

	/** {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE} from the environment, when both are set. */
	static Credentials fromEnvironment() {
		String user = System.getenv(USER_VARIABLE);
		String password = System.getenv(PASSWORD_VARIABLE);
		if (user == null || user.isEmpty() || password == null) {
			return NONE;
		}
		return of(user, password);
	}
}
