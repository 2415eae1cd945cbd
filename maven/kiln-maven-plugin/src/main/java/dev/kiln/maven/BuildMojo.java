package dev.kiln.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProjectHelper;

import dev.kiln.build.ApplianceBuild;
import dev.kiln.build.ChecksumFile;
import dev.kiln.build.ManifestCheck;
import dev.kiln.build.PackageList;
import dev.kiln.build.ProjectOutputs;
import dev.kiln.build.ProjectRelease;
import dev.kiln.image.BuildReport;
import dev.kiln.image.ImageBuildException;
import dev.kiln.image.ImageEngine;
import dev.kiln.image.identity.IdentityException;
import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.image.ovf.OvaException;
import dev.kiln.image.ovf.OvaSigner;
import dev.kiln.model.Appliance;
import dev.kiln.publish.Release;
import dev.kiln.publish.ReleaseSbom;

/**
 * Builds the appliance's images with the engine of the workbench and {@code kiln build}, so the same project
 * and inputs give the same bytes, and attaches them to the module: one artifact per image, classified by
 * its format (e.g. {@code hello-1.0.0-qcow2.qcow2}), with the SHA-256 sums, the package list and the
 * CycloneDX SBOM beside them. Before the build, the module's runtime dependencies (the jars of the
 * application modules of the same reactor, with theirs) are copied to {@code dependenciesDirectory}, for the
 * manifest to take into the image.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class BuildMojo extends KilnMojo {

	/** The SBOM's classifier and type, as the CycloneDX Maven plug-in attaches its own. */
	static final String SBOM_CLASSIFIER = "cyclonedx"; //$NON-NLS-1$

	@Component
	MavenProjectHelper projectHelper;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skipped()) {
			return;
		}
		copyDependencies();
		ManifestCheck.Result check = checkManifest();
		long epoch = sourceDateEpoch();
		Appliance appliance = check.appliance();
		getLog().info(MavenText.bind(MavenText.Build_starting, appliance.getId(), appliance.getVersion(), output(), cacheDirectory(),
				Long.valueOf(epoch)));
		BuildReport report;
		try {
			report = new ApplianceBuild(engine()).build(root(), manifest().toString(), output(), epoch, new MavenProgress(getLog()));
		} catch (ApplianceBuild.InvalidManifestException e) {
			log(e.problems());
			throw new MojoFailureException(summary(e.problems()));
		} catch (ImageBuildException e) {
			throw new MojoFailureException(MavenText.bind(MavenText.Build_failed, appliance.getId(), e.getMessage()), e);
		}
		for (BuildReport.Artifact artifact : report.artifacts()) {
			attach(artifact.file(), report.applianceId() + "-" + report.version() + ".", null); //$NON-NLS-1$ //$NON-NLS-2$
			getLog().info(MavenText.bind(MavenText.Build_image, artifact.file().getFileName(), Long.valueOf(artifact.size()), artifact.sha256()));
		}
		Path output = output();
		attach(output.resolve(ChecksumFile.name(report.applianceId(), report.version())), null, "checksums"); //$NON-NLS-1$
		attach(output.resolve(PackageList.name(report.applianceId(), report.version())), null, "packages"); //$NON-NLS-1$
		attach(writeSbom(appliance, epoch), null, SBOM_CLASSIFIER);
		getLog().info(MavenText.bind(MavenText.Build_done, Integer.valueOf(report.artifacts().size()), output,
				report.baseFromCache() ? MavenText.Build_baseCached : MavenText.Build_baseBuilt));
	}

	/**
	 * The engine on the shared cache; with {@code KILN_SIGNING_KEYSTORE} (and its password in
	 * {@code KILN_SIGNING_PASSWORD}), it signs the OVA as {@code kiln build} does.
	 */
	private ImageEngine engine() throws MojoExecutionException {
		try {
			VendorIdentity identity = VendorIdentity.fromEnvironment(System.getenv()).orElse(null);
			return new ImageEngine(cacheDirectory(), identity == null ? null : OvaSigner.of(identity), cachePolicy());
		} catch (IdentityException | OvaException e) {
			throw new MojoExecutionException(MavenText.bind(MavenText.Build_badSigningKey, VendorIdentity.KEYSTORE_VARIABLE, e.getMessage()), e);
		}
	}

	/**
	 * Attaches a file of the output folder: named {@code <prefix><classifier>.<type>} when {@code prefix} is
	 * given (the images: {@code hello-1.0.0.gce.tar.gz} is classifier gce, type tar.gz), else by the classifier given
	 * and the file's last extension.
	 */
	private void attach(Path file, String prefix, String classifier) {
		String name = file.getFileName().toString();
		String type;
		String attachedClassifier = classifier;
		if (prefix != null && name.startsWith(prefix)) {
			String rest = name.substring(prefix.length());
			int dot = rest.indexOf('.');
			attachedClassifier = dot < 0 ? rest : rest.substring(0, dot);
			type = dot < 0 ? rest : rest.substring(dot + 1);
		} else {
			type = name.substring(name.lastIndexOf('.') + 1);
		}
		projectHelper.attachArtifact(project, type, attachedClassifier, file.toFile());
	}

	/** The SBOM that publishing this build attaches, beside the images ({@code <id>-<version>.cdx.json}). */
	private Path writeSbom(Appliance appliance, long epoch) throws MojoExecutionException {
		List<Release.Image> images = ProjectRelease.images(appliance, output(), ProjectOutputs.wanted(appliance));
		Release release = ProjectRelease.release(appliance, root(), images, null, epoch);
		Path file = output().resolve(appliance.getId() + "-" + appliance.getVersion() + ".cdx.json"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			Files.write(file, ReleaseSbom.write(release));
			return file;
		} catch (IOException e) {
			throw new MojoExecutionException(MavenText.bind(MavenText.Mojo_cannotWrite, file, e.getMessage()), e);
		}
	}

	/**
	 * Copies the module's runtime dependencies into {@link #dependenciesDirectory}, named
	 * {@code artifactId-version[-classifier].extension} whatever the other module's final name, after emptying it
	 * (it is the build's own folder), so that a dependency dropped from the POM leaves the image too.
	 */
	private void copyDependencies() throws MojoExecutionException {
		if (project.getArtifacts().isEmpty()) {
			return;
		}
		Path folder = dependenciesDirectory.toPath();
		try {
			if (Files.isDirectory(folder)) {
				try (Stream<Path> old = Files.walk(folder)) {
					List<Path> paths = new ArrayList<>(old.sorted(Comparator.reverseOrder()).toList());
					paths.remove(folder);
					paths.forEach(path -> delete(path));
				}
			}
			Files.createDirectories(folder);
			for (Artifact artifact : project.getArtifacts()) {
				if (artifact.getFile() == null || !artifact.getFile().isFile()) {
					throw new MojoExecutionException(MavenText.bind(MavenText.Build_dependencyNotPackaged, artifact.getId(), project.getArtifactId()));
				}
				String name = artifact.getArtifactId() + "-" + artifact.getBaseVersion() //$NON-NLS-1$
						+ (artifact.hasClassifier() ? "-" + artifact.getClassifier() : "") + "." + artifact.getArtifactHandler().getExtension(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Files.copy(artifact.getFile().toPath(), folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
				getLog().info(MavenText.bind(MavenText.Build_dependency, artifact.getId(), folder.resolve(name)));
			}
		} catch (IOException | UncheckedIOException e) {
			throw new MojoExecutionException(MavenText.bind(MavenText.Mojo_cannotWrite, folder, e.getMessage()), e);
		}
	}

	private static void delete(Path path) {
		try {
			Files.delete(path);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
