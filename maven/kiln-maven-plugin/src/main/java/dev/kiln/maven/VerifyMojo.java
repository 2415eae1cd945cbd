package dev.kiln.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import dev.kiln.build.ChecksumFile;
import dev.kiln.build.ManifestCheck;
import dev.kiln.image.Sha256;
import dev.kiln.image.ovf.OvaException;
import dev.kiln.image.ovf.OvaReader;
import dev.kiln.image.ovf.OvaVerifier;
import dev.kiln.model.Appliance;

/**
 * Verifies what {@code build} wrote before anything is installed or published: each image still has the
 * SHA-256 its build recorded, and an OVA passes the check of {@code kiln verify} (layout, sizes, the
 * manifest's digests, the signature when signed).
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends KilnMojo {

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skipped()) {
			return;
		}
		ManifestCheck.Result check = new ManifestCheck().check(manifest(), root(), manifest().toString());
		Appliance appliance = check.appliance();
		if (appliance == null) {
			throw new MojoFailureException(summary(check.problems()));
		}
		Path sums = output().resolve(ChecksumFile.name(appliance.getId(), appliance.getVersion()));
		if (!Files.isRegularFile(sums)) {
			throw new MojoFailureException(MavenText.bind(MavenText.Verify_notBuilt, sums));
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(sums, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new MojoExecutionException(MavenText.bind(MavenText.Verify_unreadable, sums, e.getMessage()), e);
		}
		int checked = 0;
		for (String line : lines) {
			if (line.isBlank()) {
				continue;
			}
			int space = line.indexOf("  "); //$NON-NLS-1$
			if (space != 64) {
				throw new MojoFailureException(MavenText.bind(MavenText.Verify_badSums, sums, line));
			}
			Path image = output().resolve(line.substring(space + 2));
			String actual = sha256(image);
			if (!actual.equals(line.substring(0, space))) {
				throw new MojoFailureException(MavenText.bind(MavenText.Verify_changed, image, line.substring(0, space), actual));
			}
			if (image.getFileName().toString().endsWith(".ova")) { //$NON-NLS-1$
				verifyOva(image);
			}
			checked++;
		}
		getLog().info(MavenText.bind(MavenText.Verify_done, Integer.valueOf(checked), sums));
	}

	private void verifyOva(Path ova) throws MojoFailureException, MojoExecutionException {
		try (OvaReader reader = OvaReader.open(ova)) {
			OvaVerifier.Verification verification = new OvaVerifier().verify(reader, new MavenProgress(getLog()));
			if (!verification.valid()) {
				verification.problems().forEach(problem -> getLog().error(ova + ": " + problem.getMessage())); //$NON-NLS-1$
				throw new MojoFailureException(MavenText.bind(MavenText.Verify_ovaProblems, ova, Integer.valueOf(verification.problems().size())));
			}
			getLog().info(MavenText.bind(verification.signer() == null ? MavenText.Verify_ovaUnsigned : MavenText.Verify_ovaSigned, ova,
					verification.signer() == null ? "" : verification.signer().getSubjectX500Principal().getName())); //$NON-NLS-1$
		} catch (OvaException e) {
			throw new MojoFailureException(MavenText.bind(MavenText.Verify_ovaProblems, ova, e.getMessage()), e);
		} catch (IOException e) {
			throw new MojoExecutionException(MavenText.bind(MavenText.Verify_unreadable, ova, e.getMessage()), e);
		}
	}

	private static String sha256(Path file) throws MojoExecutionException {
		try {
			return Sha256.of(file);
		} catch (IOException e) {
			throw new MojoExecutionException(MavenText.bind(MavenText.Verify_unreadable, file, e.getMessage()), e);
		}
	}
}
