package dev.kiln.model.internal.io;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.xml.sax.SAXParseException;

import dev.kiln.model.io.LoadFailure;
import dev.kiln.model.io.ManifestProblem;
import dev.kiln.model.io.ManifestProblem.Severity;

/** Turns what EMF and the XML parser report into located, typed {@link ManifestProblem}s. */
public final class LoadProblems {

	private static final String DOCTYPE_REFUSED = "DOCTYPE declarations are not allowed in a manifest: they could make the parser read other files or expand entities without limit";

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
					DOCTYPE_REFUSED);
		} else {
			add(LoadFailure.NOT_WELL_FORMED, atLeastOne(e.getLineNumber()), atLeastOne(e.getColumnNumber()),
					e.getMessage() == null ? "not well-formed XML" : e.getMessage());
		}
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
			String where = object == null ? "" : " of <" + XmlNames.element(object) + ">";
			return "'" + XmlNames.of(feature) + "'" + where + " has the invalid value '" + abbreviate(illegal.getValue())
					+ "': expected " + XmlNames.expected(feature.getEType());
		}
		if (diagnostic instanceof FeatureNotFoundException notFound) {
			String where = notFound.getObject() == null ? "" : " in <" + XmlNames.element(notFound.getObject()) + ">";
			return "Unknown element or attribute '" + notFound.getName() + "'" + where;
		}
		if (diagnostic instanceof ClassNotFoundException notFound) {
			return "Unknown element '" + notFound.getName() + "'";
		}
		if (diagnostic instanceof Exception e && e.getCause() instanceof SAXParseException parse
				&& isDoctypeRefusal(parse)) {
			return DOCTYPE_REFUSED;
		}
		if (diagnostic instanceof Exception e && e.getCause() instanceof SAXParseException parse
				&& parse.getMessage() != null) {
			return parse.getMessage();
		}
		return diagnostic.getMessage();
	}

	/** The parser's message for the disallow-doctype-decl feature names the DOCTYPE. */
	private static boolean isDoctypeRefusal(SAXParseException e) {
		return String.valueOf(e.getMessage()).contains("DOCTYPE");
	}

	private static String abbreviate(Object value) {
		String text = String.valueOf(value);
		return text.length() <= 40 ? text : text.substring(0, 37) + "...";
	}

	private static int atLeastOne(int position) {
		return Math.max(position, 1);
	}
}
