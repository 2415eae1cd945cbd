package dev.kiln.model.internal.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.xml.sax.SAXParseException;

import dev.kiln.model.internal.ModelText;
import dev.kiln.model.io.LoadFailure;
import dev.kiln.model.io.ManifestProblem;
import dev.kiln.model.io.ManifestProblem.Severity;

/** Turns what EMF and the XML parser report into located, typed {@link ManifestProblem}s. */
public final class LoadProblems {

	private final String file;
	private final List<ManifestProblem> problems = new ArrayList<>();

	public LoadProblems(String file) {
		this.file = file;
	}

	public List<ManifestProblem> list() {
		return problems;
	}

	public boolean isEmpty() {
		return problems.isEmpty();
	}

	public void add(LoadFailure failure, int line, int column, String message) {
		problems.add(new ManifestProblem(file, Math.max(line, 0), Math.max(column, 0), Severity.ERROR, failure.code(),
				message));
	}

	public void add(SAXParseException e) {
		if (isDoctypeRefusal(e)) {
			add(LoadFailure.DOCTYPE_FORBIDDEN, atLeastOne(e.getLineNumber()), atLeastOne(e.getColumnNumber()),
					ModelText.LoadProblems_doctypeRefused);
		} else {
			add(LoadFailure.NOT_WELL_FORMED, atLeastOne(e.getLineNumber()), atLeastOne(e.getColumnNumber()),
					e.getMessage() == null ? ModelText.LoadProblems_notWellFormed : e.getMessage());
		}
	}

	/**
	 * Adds that the document is not UTF-8 text, at its first byte that is not; at its start when every
	 * byte is UTF-8 (then it is not text in the other encoding its XML declaration names).
	 */
	public void addNotUtf8(byte[] content) {
		Optional<MalformedUtf8> malformed = MalformedUtf8.find(content);
		if (malformed.isEmpty()) {
			add(LoadFailure.NOT_WELL_FORMED, 1, 1, ModelText.LoadProblems_notInItsEncoding);
			return;
		}
		MalformedUtf8 at = malformed.get();
		add(LoadFailure.NOT_WELL_FORMED, at.line(), at.column(), ModelText.bind(ModelText.LoadProblems_notUtf8,
				Integer.toHexString(at.value()).toUpperCase(Locale.ROOT), at.line(), at.column()));
	}

	/** Adds EMF's load diagnostics; positions before the first line are moved to the fallback. */
	public void addAll(List<Resource.Diagnostic> diagnostics, int fallbackLine) {
		for (Resource.Diagnostic diagnostic : diagnostics) {
			int line = diagnostic.getLine() > 0 ? diagnostic.getLine() : fallbackLine;
			int column = diagnostic.getLine() > 0 ? diagnostic.getColumn() : 1;
			add(failureOf(diagnostic), line, column, messageOf(diagnostic));
		}
	}

	private static LoadFailure failureOf(Resource.Diagnostic diagnostic) {
		if (diagnostic instanceof IllegalValueException) {
			return LoadFailure.INVALID_VALUE;
		}
		if (diagnostic instanceof FeatureNotFoundException || diagnostic instanceof ClassNotFoundException) {
			return LoadFailure.UNKNOWN_CONTENT;
		}
		if (diagnostic instanceof PackageNotFoundException) {
			return LoadFailure.UNKNOWN_NAMESPACE;
		}
		if (diagnostic instanceof Exception e && e.getCause() instanceof SAXParseException parse
				&& isDoctypeRefusal(parse)) {
			return LoadFailure.DOCTYPE_FORBIDDEN;
		}
		return LoadFailure.NOT_WELL_FORMED;
	}

	private static String messageOf(Resource.Diagnostic diagnostic) {
		if (diagnostic instanceof IllegalValueException illegal) {
			EStructuralFeature feature = illegal.getFeature();
			EObject object = illegal.getObject();
			String value = abbreviate(illegal.getValue());
			String expected = XmlNames.expected(feature.getEType());
			return object == null ? ModelText.bind(ModelText.LoadProblems_invalidValue, XmlNames.of(feature), value, expected)
					: ModelText.bind(ModelText.LoadProblems_invalidValueOf, XmlNames.of(feature), XmlNames.element(object), value,
							expected);
		}
		if (diagnostic instanceof FeatureNotFoundException notFound) {
			return notFound.getObject() == null ? ModelText.bind(ModelText.LoadProblems_unknownContent, notFound.getName())
					: ModelText.bind(ModelText.LoadProblems_unknownContentIn, notFound.getName(), XmlNames.element(notFound.getObject()));
		}
		if (diagnostic instanceof ClassNotFoundException notFound) {
			return ModelText.bind(ModelText.LoadProblems_unknownElement, notFound.getName());
		}
		if (diagnostic instanceof Exception e && e.getCause() instanceof SAXParseException parse
				&& isDoctypeRefusal(parse)) {
			return ModelText.LoadProblems_doctypeRefused;
		}
		if (diagnostic instanceof Exception e && e.getCause() instanceof SAXParseException parse
				&& parse.getMessage() != null) {
			return parse.getMessage();
		}
		// EMF's message of a wrapped exception starts with the class name of the cause and ends with the location
		if (diagnostic instanceof Exception e && e.getCause() != null && e.getCause().getMessage() != null) {
			return e.getCause().getMessage();
		}
		return diagnostic.getMessage();
	}

	/** The parser's message for the disallow-doctype-decl feature names the DOCTYPE. */
	private static boolean isDoctypeRefusal(SAXParseException e) {
		return String.valueOf(e.getMessage()).contains("DOCTYPE"); //$NON-NLS-1$
	}

	private static String abbreviate(Object value) {
		String text = String.valueOf(value);
		return text.length() <= 40 ? text : text.substring(0, 37) + "..."; //$NON-NLS-1$
	}

	private static int atLeastOne(int position) {
		return Math.max(position, 1);
	}
}
