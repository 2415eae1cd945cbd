package dev.kiln.image.ovf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kiln.image.internal.ImageText;
import dev.kiln.image.ovf.OvaException.Reason;

/**
 * The manifest of an OVF package (DMTF DSP0243 clause 5.1): one line {@code ALGORITHM(name)= hex}
 * per file of the package except the manifest and the certificate. OVF 1.x packages use SHA1, 2.x
 * SHA256 or SHA512; Kiln writes SHA256 and reads all three.
 *
 * @param entries the lines, in order
 */
public record OvfManifest(List<Entry> entries) {

	private static final Pattern LINE = Pattern.compile("([A-Za-z0-9-]+)\\((.+)\\)\\s*=\\s*([0-9A-Fa-f]+)"); //$NON-NLS-1$

	/** Copies the entries. */
	public OvfManifest {
		entries = List.copyOf(entries);
	}

	/**
	 * One line.
	 *
	 * @param algorithm  SHA1, SHA256 or SHA512
	 * @param fileName   the file it covers
	 * @param digest     the digest in lower-case hex
	 */
	public record Entry(String algorithm, String fileName, String digest) {

		/** Normalises the algorithm's and the digest's case. */
		public Entry {
			algorithm = algorithm.toUpperCase(Locale.ROOT);
			Objects.requireNonNull(fileName);
			digest = digest.toLowerCase(Locale.ROOT);
		}
	}

	/**
	 * Parses a manifest.
	 *
	 * @throws OvaException {@link Reason#BAD_MANIFEST} for a line that is not a digest line,
	 *                      {@link Reason#UNSUPPORTED_ALGORITHM} for an algorithm other than SHA1/256/512
	 */
	public static OvfManifest parse(byte[] manifest, String packageName, String manifestName) throws OvaException {
		List<Entry> entries = new ArrayList<>();
		String[] lines = new String(manifest, StandardCharsets.UTF_8).split("\r?\n"); //$NON-NLS-1$
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			Matcher m = LINE.matcher(lines[i].trim());
			if (!m.matches()) {
				throw new OvaException(packageName, manifestName, Reason.BAD_MANIFEST,
						ImageText.bind(ImageText.OvfManifest_badLine, i + 1, lines[i]));
			}
			Entry entry = new Entry(m.group(1), m.group(2), m.group(3));
			MessageDigest digest = digest(entry.algorithm(), packageName, manifestName);
			if (entry.digest().length() != 2 * digest.getDigestLength()) {
				throw new OvaException(packageName, manifestName, Reason.BAD_MANIFEST,
						ImageText.bind(ImageText.OvfManifest_badDigestLength, i + 1,
						entry.algorithm(), 2 * digest.getDigestLength(), entry.digest().length()));
			}
			entries.add(entry);
		}
		return new OvfManifest(entries);
	}

	/** The manifest's bytes: {@code ALGORITHM(name)= hex} lines ending in a line feed. */
	public byte[] toBytes() {
		StringBuilder text = new StringBuilder();
		for (Entry entry : entries) {
			text.append(entry.algorithm()).append('(').append(entry.fileName()).append(")= ").append(entry.digest()).append('\n'); //$NON-NLS-1$
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The entries that cover {@code fileName}. */
	public List<Entry> entriesFor(String fileName) {
		return entries.stream().filter(e -> e.fileName().equals(fileName)).toList();
	}

	/**
	 * A fresh digest for an algorithm name of a manifest or certificate line.
	 *
	 * @throws OvaException {@link Reason#UNSUPPORTED_ALGORITHM} for anything but SHA1, SHA256, SHA512
	 */
	static MessageDigest digest(String algorithm, String packageName, String member) throws OvaException {
		String jca = switch (algorithm.toUpperCase(Locale.ROOT)) {
			case "SHA1" -> "SHA-1"; //$NON-NLS-1$ //$NON-NLS-2$
			case "SHA256" -> "SHA-256"; //$NON-NLS-1$ //$NON-NLS-2$
			case "SHA512" -> "SHA-512"; //$NON-NLS-1$ //$NON-NLS-2$
			default -> throw new OvaException(packageName, member, Reason.UNSUPPORTED_ALGORITHM,
					ImageText.bind(ImageText.OvfCertificate_unsupportedDigest, algorithm));
		};
		try {
			return MessageDigest.getInstance(jca);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(jca + " is part of every Java runtime", e); //$NON-NLS-1$
		}
	}
}
