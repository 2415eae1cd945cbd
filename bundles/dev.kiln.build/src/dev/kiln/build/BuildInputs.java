package dev.kiln.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.kiln.image.BuildRecipe;
import dev.kiln.model.Appliance;
import dev.kiln.model.io.ManifestWriter;

/**
 * What a build's images were made from, as one SHA-256: the manifest in its canonical form without
 * what only the marketplace reads (the listing and the logo), SOURCE_DATE_EPOCH and
 * every file the recipe takes from the project (application files and folders, unit files, the
 * first-boot script, the license file), by relative path and content. A successful build records it
 * in {@value #FILE} next to the images; when the project's inputs give another fingerprint, the images
 * are stale. File times, comments and layout of the manifest play no part, so a checkout, a copy or
 * writing the listing back from the Publish wizard does not make images stale.
 */
public final class BuildInputs {

	/** The record of the inputs, in the output folder. */
	public static final String FILE = ".kiln-inputs"; //$NON-NLS-1$

	private static final String VERSION = "kiln-inputs-2"; //$NON-NLS-1$

	private BuildInputs() {
	}

	/**
	 * The fingerprint of the inputs of {@code recipe}, mapped from {@code appliance}, the manifest of the
	 * project at {@code projectRoot}.
	 */
	public static String fingerprint(Path projectRoot, Appliance appliance, BuildRecipe recipe) throws IOException {
		MessageDigest sha = sha256();
		text(sha, VERSION);
		text(sha, Long.toString(recipe.sourceDateEpoch()));
		Appliance imageRelevant = EcoreUtil.copy(appliance);
		imageRelevant.setListing(null);
		imageRelevant.setLogo(null);
		sha.update(new ManifestWriter().toBytes(imageRelevant));
		for (Path source : sources(recipe)) {
			if (Files.isDirectory(source)) {
				try (Stream<Path> walk = Files.walk(source)) {
					for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
						file(sha, projectRoot, path);
					}
				}
			} else {
				file(sha, projectRoot, source);
			}
		}
		return HexFormat.of().formatHex(sha.digest());
	}

	/**
	 * The fingerprint of the project's inputs as they are now (its manifest mapped as a build would, with
	 * this process's SOURCE_DATE_EPOCH); empty while the manifest does not read or has errors.
	 */
	public static Optional<String> current(Path projectRoot) throws IOException {
		ManifestCheck.Result result = new ManifestCheck().check(projectRoot.resolve(ManifestCheck.MANIFEST_FILE), projectRoot,
				ManifestCheck.MANIFEST_FILE);
		if (result.hasErrors() || result.appliance() == null) {
			return Optional.empty();
		}
		return Optional.of(fingerprint(projectRoot, result.appliance(),
				RecipeMapper.map(result.appliance(), projectRoot, ApplianceBuild.sourceDateEpoch())));
	}

	/** Records the fingerprint next to the images, after they were written. */
	public static void record(Path outputDirectory, String fingerprint) throws IOException {
		AtomicFiles.writeString(outputDirectory.resolve(FILE), fingerprint + "\n", StandardCharsets.US_ASCII); //$NON-NLS-1$
	}

	/** The fingerprint the last successful build into {@code outputDirectory} recorded, if any. */
	public static Optional<String> recorded(Path outputDirectory) {
		try {
			String text = Files.readString(outputDirectory.resolve(FILE), StandardCharsets.US_ASCII).trim();
			return text.isEmpty() ? Optional.empty() : Optional.of(text);
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	private static List<Path> sources(BuildRecipe recipe) {
		List<Path> all = new ArrayList<>();
		recipe.application().files().forEach(f -> all.add(f.source()));
		recipe.application().services().forEach(s -> all.add(s.unitFile()));
		all.add(recipe.application().firstBootScript());
		all.add(recipe.product().licenseFile());
		TreeSet<Path> sources = new TreeSet<>();
		all.stream().filter(java.util.Objects::nonNull).forEach(sources::add);
		return new ArrayList<>(sources);
	}

	private static void file(MessageDigest sha, Path projectRoot, Path file) throws IOException {
		Path shown = file.startsWith(projectRoot) ? projectRoot.relativize(file) : file;
		text(sha, shown.toString().replace('\\', '/'));
		if (!Files.isRegularFile(file)) {
			text(sha, "(missing)"); //$NON-NLS-1$
			return;
		}
		text(sha, Long.toString(Files.size(file)));
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = Files.newInputStream(file)) {
			for (int n; (n = in.read(buffer)) > 0;) {
				sha.update(buffer, 0, n);
			}
		}
	}

	private static void text(MessageDigest sha, String text) {
		sha.update(text.getBytes(StandardCharsets.UTF_8));
		sha.update((byte) 0);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
