package dev.kiln.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import dev.kiln.build.MaintenanceAudit;
import dev.kiln.build.MaintenanceReport;
import dev.kiln.build.ManifestCheck;
import dev.kiln.build.ProjectAudit;
import dev.kiln.model.Appliance;

/**
 * The maintenance watch of {@code kiln audit} over the last build in the output folder: the Debian packages of its
 * images that have newer versions in the archive's pockets (the suite, its updates, its security pocket), with the CVE
 * ids of the newer packages' changelogs. The report goes to the log and, as JSON, to
 * {@code <id>-<version>.audit.json} beside the images; pending security fixes fail the build (for a nightly CI job to
 * gate on), unless {@code failOnSecurityFixes} is off. Not bound to a phase: run {@code mvn kiln:audit}, or bind it.
 */
@Mojo(name = "audit", threadSafe = true)
public class AuditMojo extends KilnMojo {

	/** Whether pending security fixes fail the build. */
	@Parameter(property = "kiln.failOnSecurityFixes", defaultValue = "true")
	boolean failOnSecurityFixes;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skipped()) {
			return;
		}
		ManifestCheck.Result check = checkManifest();
		Appliance appliance = check.appliance();
		Optional<ProjectAudit.LastBuild> build;
		try {
			build = ProjectAudit.lastBuildIn(output(), appliance);
		} catch (IOException e) {
			throw new MojoExecutionException(MavenText.bind(MavenText.Verify_unreadable, output(), e.getMessage()), e);
		}
		if (build.isEmpty() || build.get().packages().isEmpty()) {
			throw new MojoFailureException(MavenText.bind(MavenText.Audit_notBuilt, appliance.getId(), appliance.getVersion(), output()));
		}
		MaintenanceReport report;
		try {
			report = ProjectAudit.audit(cacheDirectory(), root(), appliance, build.get(), new MavenProgress(getLog()));
		} catch (MaintenanceAudit.Failure e) {
			throw new MojoExecutionException(MavenText.bind(MavenText.Audit_failed, e.getMessage()), e);
		}
		report.text().lines().forEach(line -> getLog().info(line));
		report.notes().forEach(note -> getLog().warn(note));
		Path json = output().resolve(appliance.getId() + "-" + appliance.getVersion() + ".audit.json"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			Files.writeString(json, report.json(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new MojoExecutionException(MavenText.bind(MavenText.Mojo_cannotWrite, json, e.getMessage()), e);
		}
		if (report.securityFixesPending() && failOnSecurityFixes) {
			throw new MojoFailureException(report.summary());
		}
		getLog().info(report.summary());
	}
}
