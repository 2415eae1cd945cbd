package dev.kiln.image.debian;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kiln.image.internal.ImageText;

/**
 * The signed Release description of a suite, read from a verified InRelease file.
 *
 * @param suite          the Suite field, e.g. "stable"
 * @param codename       the Codename field, e.g. "trixie"
 * @param version        the Version field, e.g. "13.2"; empty when absent (testing, unstable)
 * @param date           when the archive published it
 * @param validUntil     after when apt treats it as expired, when the archive says so
 * @param architectures  the architectures the suite has indexes for
 * @param components     the components, e.g. main, contrib
 * @param acquireByHash  whether indexes can be fetched by their hash (no race with a mirror update)
 * @param files          the files the Release vouches for, by path below {@code dists/<suite>/}
 * @param signers        fingerprints (hexadecimal) of the keyring keys whose signatures verified
 * @param origin         where Kiln got it from this time
 */
public record Release(String suite, String codename, String version, Instant date, Optional<Instant> validUntil,
		List<String> architectures, List<String> components, boolean acquireByHash, Map<String, IndexFile> files,
		List<String> signers, Origin origin) {

	/** Where a Release (and the indexes read with it) came from. */
	public enum Origin {
		/** Downloaded from the mirror just now. */
		MIRROR,
		/** From the disk cache, which was younger than the maximum age; the mirror was not asked. */
		CACHE,
		/** From the disk cache because the mirror was unreachable; it may be older than the maximum age. */
		OFFLINE_CACHE
	}

	/**
	 * One file listed in the Release's SHA256 field.
	 *
	 * @param path   path below {@code dists/<suite>/}, e.g. {@code main/binary-amd64/Packages.xz}
	 * @param size   size in bytes
	 * @param sha256 SHA256, lower-case hexadecimal
	 */
	public record IndexFile(String path, long size, String sha256) {
	}

	/** Copies the collections. */
	public Release {
		validUntil = validUntil == null ? Optional.empty() : validUntil;
		architectures = List.copyOf(architectures);
		components = List.copyOf(components);
		files = Map.copyOf(files);
		signers = List.copyOf(signers);
	}

	/** @return whether it came from the disk cache rather than from the mirror just now */
	public boolean fromCache() {
		return origin != Origin.MIRROR;
	}

	/** @return whether Valid-Until is set and lies before the instant */
	public boolean expiredAt(Instant instant) {
		return validUntil.map(instant::isAfter).orElse(false);
	}

	/** @return the file listed under this path, if the Release lists it */
	public Optional<IndexFile> file(String path) {
		return Optional.ofNullable(files.get(path));
	}

	Release withOrigin(Origin newOrigin) {
		return new Release(suite, codename, version, date, validUntil, architectures, components, acquireByHash,
				files, signers, newOrigin);
	}

	/**
	 * @param signedText the text an InRelease signature covers
	 * @throws IllegalArgumentException naming the field that is missing or malformed
	 */
	static Release parse(String signedText, List<String> signers, Origin origin) {
		Map<String, String> fields;
		try {
			fields = new ControlParagraphReader(new BufferedReader(new StringReader(signedText)), null, false).next();
		} catch (ControlParagraphReader.SyntaxException e) {
			throw new IllegalArgumentException(ImageText.bind(ImageText.ControlParagraphReader_atLine, e.line, e.getMessage()), e);
		} catch (IOException e) {
			throw new IllegalArgumentException(e.getMessage(), e); // a StringReader does not fail
		}
		if (fields == null) {
			throw new IllegalArgumentException(ImageText.Release_noFields);
		}
		String suite = fields.getOrDefault("Suite", ""); //$NON-NLS-1$ //$NON-NLS-2$
		String codename = fields.getOrDefault("Codename", ""); //$NON-NLS-1$ //$NON-NLS-2$
		if (suite.isEmpty() && codename.isEmpty()) {
			throw new IllegalArgumentException(ImageText.Release_noSuite);
		}
		String date = fields.get("Date"); //$NON-NLS-1$
		if (date == null) {
			throw new IllegalArgumentException(ImageText.Release_noDate);
		}
		String validUntil = fields.get("Valid-Until"); //$NON-NLS-1$
		return new Release(suite, codename, fields.getOrDefault("Version", ""), instant("Date", date), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Optional.ofNullable(validUntil).map(text -> instant("Valid-Until", text)), //$NON-NLS-1$
				words(fields.get("Architectures")), words(fields.get("Components")), //$NON-NLS-1$ //$NON-NLS-2$
				"yes".equalsIgnoreCase(fields.get("Acquire-By-Hash")), sha256Files(fields.get("SHA256")), signers, origin); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static List<String> words(String field) {
		return field == null || field.isBlank() ? List.of() : Arrays.asList(field.strip().split("\\s+")); //$NON-NLS-1$
	}

	/** RFC 2822 dates as the archive writes them: "Sat, 21 Nov 2026 09:15:44 UTC". */
	private static Instant instant(String field, String text) {
		String rfc1123 = text.strip().replaceFirst(" (UTC|Z)$", " GMT"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			return ZonedDateTime.parse(rfc1123, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException(ImageText.bind(ImageText.Release_badDate, field, text), e);
		}
	}

	private static Map<String, IndexFile> sha256Files(String field) {
		if (field == null || field.isBlank()) {
			// apt refuses Release files without a strong hash too
			throw new IllegalArgumentException(ImageText.Release_noSha256);
		}
		Map<String, IndexFile> files = new LinkedHashMap<>();
		for (String line : field.split("\n")) { //$NON-NLS-1$
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.strip().split("\\s+"); //$NON-NLS-1$
			if (parts.length != 3 || parts[0].length() != 64) {
				throw new IllegalArgumentException(ImageText.bind(ImageText.Release_badSha256Line, line));
			}
			try {
				files.put(parts[2], new IndexFile(parts[2], Long.parseLong(parts[1]), parts[0].toLowerCase(java.util.Locale.ROOT)));
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException(ImageText.bind(ImageText.Release_noSize, line), e);
			}
		}
		return files;
	}
}
