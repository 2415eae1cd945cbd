package dev.kiln.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kiln.build.internal.BuildText;

/**
 * The appliance's version in its appliance.xml, changed in place: only the {@code version} attribute of the
 * root element is rewritten, so the vendor's formatting and comments stay as they were.
 */
public final class ManifestVersion {

	/** The root element's start tag: after the prolog, comments and processing instructions. */
	private static final Pattern ROOT_START = Pattern.compile("<appliance\\b[^>]*>"); //$NON-NLS-1$
	private static final Pattern VERSION = Pattern.compile("(\\sversion\\s*=\\s*)([\"'])([^\"']*)\\2"); //$NON-NLS-1$
	private static final Pattern SEMVER_CORE = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:[-+].*)?"); //$NON-NLS-1$

	private ManifestVersion() {
	}

	/**
	 * The next patch version: {@code 1.4.2} → {@code 1.4.3}; a pre-release or build suffix is dropped
	 * ({@code 1.4.2-rc.1} → {@code 1.4.3}).
	 *
	 * @throws IllegalArgumentException when {@code version} is not a semantic version
	 */
	public static String nextPatch(String version) {
		Matcher m = SEMVER_CORE.matcher(version == null ? "" : version.strip()); //$NON-NLS-1$
		if (!m.matches()) {
			throw new IllegalArgumentException(BuildText.bind(BuildText.ManifestVersion_notSemver, version));
		}
		return m.group(1) + "." + m.group(2) + "." + (Long.parseLong(m.group(3)) + 1); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * A version's place in semantic-version order: major, minor and patch by value, a pre-release before its
	 * release; text that is not a semantic version comes before every version, in text order.
	 */
	public record Order(long major, long minor, long patch, boolean release, String text) implements Comparable<Order> {

		@Override
		public int compareTo(Order other) {
			return java.util.Comparator.comparingLong(Order::major).thenComparingLong(Order::minor).thenComparingLong(Order::patch)
					.thenComparing(Order::release).thenComparing(Order::text).compare(this, other);
		}
	}

	/** @return the version's {@link Order} */
	public static Order order(String version) {
		String text = version == null ? "" : version.strip(); //$NON-NLS-1$
		Matcher m = SEMVER_CORE.matcher(text);
		if (!m.matches()) {
			return new Order(-1, -1, -1, false, text);
		}
		String suffix = text.substring(m.end(3));
		return new Order(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)), !suffix.startsWith("-"), text); //$NON-NLS-1$
	}

	/**
	 * Sets the version attribute of the manifest's root element to {@code version}, writing the file
	 * atomically; returns the text the file had, so a failed release can put it back.
	 *
	 * @throws IOException when the file cannot be read or written, or its root element has no version attribute
	 */
	public static String set(Path manifest, String version) throws IOException {
		String text = Files.readString(manifest, StandardCharsets.UTF_8);
		Matcher root = ROOT_START.matcher(text);
		Matcher attribute = root.find() ? VERSION.matcher(root.group()) : null;
		if (attribute == null || !attribute.find()) {
			throw new IOException(BuildText.bind(BuildText.ManifestVersion_noVersion, manifest));
		}
		String tag = root.group();
		String changed = tag.substring(0, attribute.start(3)) + version + tag.substring(attribute.end(3));
		AtomicFiles.writeString(manifest, text.substring(0, root.start()) + changed + text.substring(root.end()), StandardCharsets.UTF_8);
		return text;
	}

	/** Puts back the text {@link #set} returned. */
	public static void restore(Path manifest, String text) throws IOException {
		AtomicFiles.writeString(manifest, text, StandardCharsets.UTF_8);
	}
}
