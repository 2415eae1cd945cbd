package dev.kiln.model.internal.validation;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import dev.kiln.model.validation.ManifestRule;

/**
 * Paths of project files the manifest refers to: they must stay inside the project, and when
 * the validation context names the project folder, they must exist there.
 */
final class ProjectPaths {

	private ProjectPaths() {
	}

	/**
	 * @param label
	 *            what the path is, for messages, e.g. "Source of file /opt/hello/server.py"
	 * @param required
	 *            whether a missing path is a problem
	 */
	static void check(Reporter reporter, EObject object, EStructuralFeature feature, String label, String path,
			boolean required) {
		if (NamePatterns.isBlank(path)) {
			if (required) {
				reporter.reportVariant(ManifestRule.PROJECT_PATH_INVALID, "missing", object, feature, label); //$NON-NLS-1$
			}
			return;
		}
		Optional<Path> relative = insideProject(path);
		if (relative.isEmpty()) {
			reporter.report(ManifestRule.PROJECT_PATH_INVALID, object, feature, label, path);
			return;
		}
		reporter.projectRoot().ifPresent(root -> {
			if (!Files.exists(root.resolve(relative.get()))) {
				reporter.report(ManifestRule.PROJECT_FILE_MISSING, object, feature, label, path);
			}
		});
	}

	/**
	 * {@code path} relative and normalized, when it stays inside the project; empty for an absolute path, one that
	 * leaves the project, or none at all.
	 */
	static Optional<Path> insideProject(String path) {
		try {
			Path relative = Path.of(path);
			if (relative.isAbsolute() || path.startsWith("/") || path.startsWith("\\")) { //$NON-NLS-1$ //$NON-NLS-2$
				return Optional.empty();
			}
			Path normalized = relative.normalize();
			return normalized.startsWith("..") ? Optional.empty() : Optional.of(normalized); //$NON-NLS-1$
		} catch (InvalidPathException e) {
			return Optional.empty();
		}
	}
}
