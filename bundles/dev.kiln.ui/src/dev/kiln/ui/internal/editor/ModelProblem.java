package dev.kiln.ui.internal.editor;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IMessageProvider;

import dev.kiln.model.Appliance;
import dev.kiln.model.io.SourcePosition;
import dev.kiln.model.validation.ManifestRule;
import dev.kiln.model.validation.ManifestValidator;

/**
 * A validation diagnostic, detached from the copy of the model it was found on: the object is
 * given as its path from the root, so it can be found again in the edited model.
 *
 * @param path
 *            {@link EcoreUtil#getRelativeURIFragmentPath} from the root, empty for the root
 * @param feature
 *            the feature to blame, or {@code null}
 * @param severity
 *            an {@link IMessageProvider} constant
 * @param code
 *            e.g. KILN-M021
 * @param line
 *            the line the object was read from, or 0
 */
public record ModelProblem(String path, EStructuralFeature feature, int severity, String code, String message, int line) {

	/** @return the problem of a diagnostic of {@code ManifestValidator}, or {@code null} when it names no object */
	static ModelProblem of(Diagnostic diagnostic, Appliance root) {
		EObject object = ManifestValidator.objectOf(diagnostic);
		if (object == null || EcoreUtil.getRootContainer(object) != root) {
			return null;
		}
		EStructuralFeature feature = diagnostic.getData().size() > 1
				&& diagnostic.getData().get(1) instanceof EStructuralFeature f ? f : null;
		String code = ManifestRule.of(diagnostic).map(ManifestRule::code).orElse(diagnostic.getSource());
		int severity = diagnostic.getSeverity() >= Diagnostic.ERROR ? IMessageProvider.ERROR
				: diagnostic.getSeverity() == Diagnostic.WARNING ? IMessageProvider.WARNING : IMessageProvider.INFORMATION;
		return new ModelProblem(pathOf(root, object), feature, severity, code, diagnostic.getMessage(),
				SourcePosition.lineOf(object));
	}

	/** @return the object in {@code root} this problem is about, or {@code null} if it is gone */
	public EObject objectIn(Appliance root) {
		if (root == null) {
			return null;
		}
		return path.isEmpty() ? root : EcoreUtil.getEObject(root, path);
	}

	static String pathOf(Appliance root, EObject object) {
		return object == root ? "" : EcoreUtil.getRelativeURIFragmentPath(root, object); //$NON-NLS-1$
	}
}
