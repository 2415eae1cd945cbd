package dev.kiln.image.update;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a machine running an update test and the guest agree (docs/updates.md): the machine passes the systemd credential
 * {@value #CREDENTIAL}, {@code "SOURCE NONCE VERSION"}, as an SMBIOS type 11 string, which systemd imports at boot;
 * {@code kiln-update-test.service} in the guest acts only when it is there. The guest answers with lines on the console,
 * {@value #LINE_PREFIX} followed by {@code started: …}, {@code passed: …} or {@code failed: …}.
 *
 * @param source   the update folder the guest installs from, as the guest reaches it
 * @param nonce    what the guest writes into each kept path before the update and looks for after it
 * @param version  the version the guest must run after the update
 */
public record UpdateTestProtocol(URI source, String nonce, String version) {

	/** The systemd credential's name. */
	public static final String CREDENTIAL = "kiln.update-test"; //$NON-NLS-1$
	/** The unit in the guest that runs the test. */
	public static final String UNIT = "kiln-update-test.service"; //$NON-NLS-1$
	/** What each line of the guest's answer starts with. */
	public static final String LINE_PREFIX = "KILN-UPDATE-TEST "; //$NON-NLS-1$

	private static final Pattern WORD = Pattern.compile("[\\x21-\\x7E]+"); //$NON-NLS-1$
	private static final Pattern LINE = Pattern.compile(Pattern.quote(LINE_PREFIX) + "(started|passed|failed): ([^\\r\\n]*)"); //$NON-NLS-1$

	public UpdateTestProtocol {
		for (String word : new String[] { source.toString(), nonce, version }) {
			if (!WORD.matcher(word).matches() || word.contains(",")) { //$NON-NLS-1$
				throw new IllegalArgumentException(word);
			}
		}
	}

	/** QEMU's arguments that hand the credential to the guest's firmware tables. */
	public String[] qemuArguments() {
		return new String[] { "-smbios", "type=11,value=io.systemd.credential:" + CREDENTIAL + "=" + source + " " + nonce + " " + version }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	/** One step of the guest's answer. */
	public enum Outcome {
		/** The release the test starts from is ready, the kept paths are marked, the update is being installed. */
		STARTED,
		/** The new version runs, is ready, and the marks are intact. */
		PASSED,
		/** Anything else: the text says what. */
		FAILED
	}

	/** A line of the guest's answer: what happened, and the guest's words for it. */
	public record Answer(Outcome outcome, String text) {
	}

	/** The first answer in {@code console} at or after {@code from}, and where it ends. */
	public static Optional<Located> find(CharSequence console, int from) {
		Matcher matcher = LINE.matcher(console);
		while (matcher.find(from)) {
			int end = matcher.end();
			if (end >= console.length() || (console.charAt(end) != '\r' && console.charAt(end) != '\n')) {
				return Optional.empty(); // the line is not complete yet
			}
			return Optional.of(new Located(new Answer(Outcome.valueOf(matcher.group(1).toUpperCase(java.util.Locale.ROOT)),
					matcher.group(2).strip()), end));
		}
		return Optional.empty();
	}

	/** An answer and the position in the console after it. */
	public record Located(Answer answer, int end) {
	}
}
