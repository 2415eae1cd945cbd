package dev.kiln.image.update;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.kiln.image.ImageBuildException;
import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.image.internal.ImageText;

/**
 * The list of update bundles of one appliance and channel that a deployed guest reads over plain HTTP
 * before it downloads one: a text file {@value #FILE_NAME}
 * <pre>
 * appliance &lt;appliance id&gt;
 * channel &lt;channel&gt;
 * version &lt;version&gt; file &lt;bundle file&gt; size &lt;bytes&gt; sha256 &lt;hex&gt;
 * …
 * </pre>
 * (newest version last), and its detached CMS signature {@value #SIGNATURE_NAME} (DER) by the vendor
 * identity, which the guest checks with
 * {@code openssl cms -verify -binary -inform DER -in index.p7s -content index -CAfile vendor.pem -purpose any}.
 */
public final class UpdateIndex {

	/** The index's file name on the server. */
	public static final String FILE_NAME = "index"; //$NON-NLS-1$
	/** The signature's file name on the server. */
	public static final String SIGNATURE_NAME = "index.p7s"; //$NON-NLS-1$

	private static final String APPLIANCE = "appliance"; //$NON-NLS-1$
	private static final String CHANNEL = "channel"; //$NON-NLS-1$
	private static final String VERSION = "version"; //$NON-NLS-1$
	private static final Pattern WORD = Pattern.compile("[\\x21-\\x7E]+"); //$NON-NLS-1$
	private static final Pattern ENTRY = Pattern.compile(
			"version (\\S+) file (\\S+) size (0|[1-9][0-9]{0,18}) sha256 ([0-9a-f]{64})"); //$NON-NLS-1$

	/** One available bundle: its version, its file name in the update folder (the parent of the channel's folder, where the index is), its size and SHA-256. */
	public record Entry(String version, String file, long size, String sha256) {

		/** The entry of a bundle written by {@link RaucBundleWriter}, published under its own file name. */
		public static Entry of(String version, RaucBundleWriter.Bundle bundle) {
			return new Entry(version, bundle.file().getFileName().toString(), bundle.size(), bundle.sha256());
		}
	}

	private final String appliance;
	private final String channel;
	private final List<Entry> entries;

	/**
	 * An index of {@code entries}, oldest first.
	 *
	 * @throws ImageBuildException when a name, version or file has blanks or is not printable ASCII, or a
	 *                             version is listed twice
	 */
	public UpdateIndex(String appliance, String channel, List<Entry> entries) throws ImageBuildException {
		word(APPLIANCE, appliance);
		word(CHANNEL, channel);
		List<String> versions = new ArrayList<>();
		for (Entry entry : entries) {
			word(VERSION, entry.version());
			word("file", entry.file()); //$NON-NLS-1$
			if (entry.size() < 0 || entry.sha256() == null || !entry.sha256().matches("[0-9a-f]{64}")) { //$NON-NLS-1$
				throw new ImageBuildException(ImageText.bind(ImageText.UpdateIndex_badEntry, entry.version()));
			}
			if (versions.contains(entry.version())) {
				throw new ImageBuildException(ImageText.bind(ImageText.UpdateIndex_duplicateVersion, entry.version()));
			}
			versions.add(entry.version());
		}
		this.appliance = appliance;
		this.channel = channel;
		this.entries = List.copyOf(entries);
	}

	/** Reads an index as {@link #toBytes()} writes it. */
	public static UpdateIndex parse(byte[] index) throws ImageBuildException {
		String text = new String(index, StandardCharsets.UTF_8);
		if (!text.isEmpty() && !text.endsWith("\n")) { //$NON-NLS-1$
			text += '\n';
		}
		String[] lines = text.split("\n", -1); //$NON-NLS-1$
		if (lines.length < 3) {
			throw new ImageBuildException(ImageText.UpdateIndex_noHeader);
		}
		String appliance = header(lines[0], APPLIANCE, 1);
		String channel = header(lines[1], CHANNEL, 2);
		List<Entry> entries = new ArrayList<>();
		for (int i = 2; i < lines.length - 1; i++) {
			var match = ENTRY.matcher(lines[i]);
			if (!match.matches()) {
				throw new ImageBuildException(ImageText.bind(ImageText.UpdateIndex_badLine, i + 1, lines[i]));
			}
			entries.add(new Entry(match.group(1), match.group(2), Long.parseLong(match.group(3)), match.group(4)));
		}
		return new UpdateIndex(appliance, channel, entries);
	}

	/** The appliance id (the bundles' compatible string). */
	public String appliance() {
		return appliance;
	}

	/** The channel, e.g. {@code stable}. */
	public String channel() {
		return channel;
	}

	/** The bundles, oldest first. */
	public List<Entry> entries() {
		return entries;
	}

	/** The newest bundle, if there is any. */
	public Optional<Entry> latest() {
		return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
	}

	/** This index with {@code newest} appended, after dropping any entry of the same version. */
	public UpdateIndex with(Entry newest) throws ImageBuildException {
		List<Entry> list = new ArrayList<>(entries);
		list.removeIf(entry -> entry.version().equals(newest.version()));
		list.add(newest);
		return new UpdateIndex(appliance, channel, list);
	}

	/** The file {@value #FILE_NAME}: ASCII lines ending in LF. */
	public byte[] toBytes() {
		StringBuilder text = new StringBuilder();
		text.append(APPLIANCE).append(' ').append(appliance).append('\n');
		text.append(CHANNEL).append(' ').append(channel).append('\n');
		for (Entry entry : entries) {
			text.append(VERSION).append(' ').append(entry.version()).append(" file ").append(entry.file()) //$NON-NLS-1$
					.append(" size ").append(entry.size()).append(" sha256 ").append(entry.sha256()).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return text.toString().getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * The file {@value #SIGNATURE_NAME}: a detached CMS signature (DER) of {@link #toBytes()} by
	 * {@code identity}, its signing time {@code time} (SOURCE_DATE_EPOCH); the same index, identity and
	 * time give the same bytes.
	 */
	public byte[] sign(VendorIdentity identity, Instant time) throws ImageBuildException {
		try {
			return CmsSignature.sign(identity, toBytes(), false, time);
		} catch (GeneralSecurityException e) {
			throw new ImageBuildException(ImageText.bind(ImageText.UpdateIndex_cannotSign, identity.subject(), e.getMessage()), e);
		}
	}

	private static String header(String line, String key, int number) throws ImageBuildException {
		String prefix = key + ' ';
		if (!line.startsWith(prefix) || !WORD.matcher(line.substring(prefix.length())).matches()) {
			throw new ImageBuildException(ImageText.bind(ImageText.UpdateIndex_badHeader, number, key, line));
		}
		return line.substring(prefix.length());
	}

	private static void word(String what, String value) throws ImageBuildException {
		if (value == null || !WORD.matcher(value).matches()) {
			throw new ImageBuildException(ImageText.bind(ImageText.UpdateIndex_notAWord, what, value));
		}
	}
}
