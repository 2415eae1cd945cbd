package dev.kiln.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.kiln.publish.internal.PublishText;

/**
 * The listing rules every release must pass before anything is uploaded; each problem names its field.
 * The limits and categories are those of a {@link ListingPolicy}, the same the manifest's rules
 * (KILN-M037…M039) are given, so the editor warns about the same things.
 */
public final class ListingRules {

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
	private static final byte[] JPEG_SIGNATURE = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };

	private final ListingPolicy policy;

	/** Rules of Kiln's catalog ({@link ListingPolicy#catalog()}). */
	public ListingRules() {
		this(ListingPolicy.catalog());
	}

	public ListingRules(ListingPolicy policy) {
		this.policy = policy;
	}

	/** The problems of the release's listing, images, logo and screenshots; empty when it passes. */
	public List<ListingProblem> check(Release release) {
		List<ListingProblem> problems = new ArrayList<>();
		Listing listing = release.listing();
		required(problems, "title", listing.title()); //$NON-NLS-1$
		required(problems, "summary", listing.summary()); //$NON-NLS-1$
		required(problems, "description", listing.description()); //$NON-NLS-1$
		required(problems, "version", listing.version()); //$NON-NLS-1$
		required(problems, "releaseNotes", listing.releaseNotes()); //$NON-NLS-1$
		if (listing.title() != null && length(listing.title()) > policy.titleMaxLength()) {
			problems.add(new ListingProblem("title", //$NON-NLS-1$
					PublishText.bind(PublishText.ListingRules_titleTooLong, length(listing.title()), policy.titleMaxLength())));
		}
		if (listing.summary() != null && !listing.summary().isBlank()) {
			int length = length(listing.summary().strip());
			if (length < policy.summaryMinLength() || length > policy.summaryMaxLength()) {
				problems.add(new ListingProblem("summary", PublishText.bind(PublishText.ListingRules_summaryLength, length, //$NON-NLS-1$
						policy.summaryMinLength(), policy.summaryMaxLength())));
			}
		}
		String names = String.join(", ", policy.categories()); //$NON-NLS-1$
		if (listing.categories().isEmpty()) {
			problems.add(new ListingProblem("categories", PublishText.bind(PublishText.ListingRules_noCategory, names))); //$NON-NLS-1$
		}
		for (String category : listing.categories()) {
			if (!policy.categories().contains(category)) {
				problems.add(new ListingProblem("categories", PublishText.bind(PublishText.ListingRules_unknownCategory, category, names))); //$NON-NLS-1$
			}
		}
		if (release.images().isEmpty()) {
			problems.add(new ListingProblem("images", PublishText.ListingRules_noImages)); //$NON-NLS-1$
		}
		for (Release.Image image : release.images()) {
			if (!Files.isRegularFile(image.file())) {
				problems.add(new ListingProblem("images", PublishText.bind(PublishText.ListingRules_imageMissing, image.format(), image.file()))); //$NON-NLS-1$
			}
		}
		if (release.logo() != null) {
			picture(problems, "logo", PublishText.ListingRules_logo, release.logo()); //$NON-NLS-1$
		}
		for (Path screenshot : release.screenshots()) {
			picture(problems, "screenshots", PublishText.ListingRules_screenshot, screenshot); //$NON-NLS-1$
		}
		return problems;
	}

	/** The media type of a PNG or JPEG file by its first bytes, or {@code null}. */
	public static String pictureType(Path file) throws IOException {
		byte[] head = new byte[PNG_SIGNATURE.length];
		int n;
		try (InputStream in = Files.newInputStream(file)) {
			n = in.readNBytes(head, 0, head.length);
		}
		if (n >= PNG_SIGNATURE.length && startsWith(head, PNG_SIGNATURE)) {
			return "image/png"; //$NON-NLS-1$
		}
		if (n >= JPEG_SIGNATURE.length && startsWith(head, JPEG_SIGNATURE)) {
			return "image/jpeg"; //$NON-NLS-1$
		}
		return null;
	}

	private void picture(List<ListingProblem> problems, String field, String what, Path file) {
		if (!Files.isRegularFile(file)) {
			problems.add(new ListingProblem(field, PublishText.bind(PublishText.ListingRules_fileMissing, what, file.getFileName())));
			return;
		}
		try {
			if (pictureType(file) == null) {
				problems.add(new ListingProblem(field, PublishText.bind(PublishText.ListingRules_fileType, what, file.getFileName())));
			}
			long size = Files.size(file);
			if (size > policy.imageMaxBytes()) {
				problems.add(new ListingProblem(field, PublishText.bind(PublishText.ListingRules_fileTooLarge, what, file.getFileName(), size,
						policy.imageMaxBytes(), policy.imageMaxBytes() / 1_000_000)));
			}
		} catch (IOException e) {
			problems.add(new ListingProblem(field, PublishText.bind(PublishText.ListingRules_fileMissing, what, file.getFileName())));
		}
	}

	private static void required(List<ListingProblem> problems, String field, String value) {
		if (value == null || value.isBlank()) {
			problems.add(new ListingProblem(field, PublishText.bind(PublishText.ListingRules_required, words(field))));
		}
	}

	/** "releaseNotes" → "release notes". */
	private static String words(String field) {
		return field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static int length(String text) {
		return text.codePointCount(0, text.length());
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
