package dev.kiln.model.internal.io;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMLHandler;

import dev.kiln.model.io.SourcePosition;

/**
 * EMF's SAX handler, plus: every object created from an element remembers the line and column
 * of that element (SAX reports the end of the start tag), so diagnostics can point into the file.
 */
final class PositionRecordingHandler extends SAXXMLHandler {

	PositionRecordingHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
		super(resource, helper, options);
	}

	@Override
	protected void processObject(EObject object) {
		if (object != null && getLineNumber() > 0) {
			PositionAdapter.attach(object, new SourcePosition(getLineNumber(), getColumnNumber()));
		}
		super.processObject(object);
	}
}
