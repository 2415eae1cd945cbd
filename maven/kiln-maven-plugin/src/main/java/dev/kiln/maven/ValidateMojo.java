package dev.kiln.maven;

import java.io.IOException;
import java.nio.file.Files;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import dev.kiln.build.ManifestCheck;

/**
 * Checks {@code appliance.xml} with the rules of the workbench's editor and {@code kiln validate}: each
 * problem as {@code [ERROR] /path/appliance.xml:[line,column] KILN-Mxxx message}; an error fails the module.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends KilnMojo {

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skipped()) {
			return;
		}
		if (!project.getDependencies().isEmpty()) {
			// the folder the build fills with the dependencies exists before they are built, so that the
			// manifest's reference to it checks in a clean build too
			try {
				Files.createDirectories(dependenciesDirectory.toPath());
			} catch (IOException e) {
				throw new MojoExecutionException(MavenText.bind(MavenText.Mojo_cannotWrite, dependenciesDirectory, e.getMessage()), e);
			}
		}
		ManifestCheck.Result result = checkManifest();
		getLog().info(MavenText.bind(MavenText.Validate_done, manifest(), result.appliance().getId(), result.appliance().getVersion(),
				Integer.valueOf(result.problems().size())));
	}
}
