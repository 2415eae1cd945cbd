package dev.kiln.core.internal.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

/**
 * Eclipse secure storage, where Kiln keeps the marketplaces' passwords and the vendor's signing key
 * (encrypted, outside the workspace). The system property {@value #PROPERTY} names a storage file of
 * its own for tests, opened with a fixed password and without prompts.
 */
final class SecureStore {

	/** System property naming a secure storage file to use instead of the user's (tests). */
	static final String PROPERTY = "kiln.secureStorage"; //$NON-NLS-1$

	private SecureStore() {
	}

	/** The root node of the storage in use. */
	static ISecurePreferences root() throws StorageException {
		String file = System.getProperty(PROPERTY);
		if (file == null || file.isBlank()) {
			return SecurePreferencesFactory.getDefault();
		}
		Map<String, Object> options = new HashMap<>();
		options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
		options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("kiln-test-storage".toCharArray())); //$NON-NLS-1$
		try {
			return SecurePreferencesFactory.open(Path.of(file).toUri().toURL(), options);
		} catch (IOException e) {
			throw new StorageException(StorageException.INTERNAL_ERROR, e);
		}
	}
}
