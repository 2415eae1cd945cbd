package dev.kiln.launch;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;

import dev.kiln.image.ImageEngine;

/**
 * The settings of Window → Preferences → Kiln → QEMU, stored in the instance scope of this bundle, and
 * the cache of base systems the launch builds with.
 */
public final class QemuPreferences {

	/** The preference node. */
	public static final String QUALIFIER = "dev.kiln.launch"; //$NON-NLS-1$
	/** Path of {@code qemu-system-x86_64}; empty: found on the PATH. */
	public static final String QEMU_PATH = "qemuPath"; //$NON-NLS-1$
	/**
	 * System property naming the cache of base systems for builds started by a launch (tests share one
	 * cache); default {@link ImageEngine#defaultCacheDirectory()}.
	 */
	public static final String CACHE_PROPERTY = "kiln.cache"; //$NON-NLS-1$

	private QemuPreferences() {
	}

	/** The configured QEMU path, or an empty text. */
	public static String qemuPath() {
		return Platform.getPreferencesService().getString(QUALIFIER, QEMU_PATH, "", null).trim(); //$NON-NLS-1$
	}

	/** Where the build of a launch keeps base systems. */
	public static Path cacheDirectory() {
		return Optional.ofNullable(System.getProperty(CACHE_PROPERTY)).filter(s -> !s.isBlank()).map(Path::of)
				.orElseGet(ImageEngine::defaultCacheDirectory);
	}
}
