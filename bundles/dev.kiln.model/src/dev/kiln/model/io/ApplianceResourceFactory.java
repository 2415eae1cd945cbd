package dev.kiln.model.io;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

import dev.kiln.model.internal.io.ApplianceResource;

/**
 * Creates resources for appliance.xml files, for code that works with an EMF resource set (an
 * editor, for instance). Their default options are the safe ones {@link ManifestLoader} uses.
 */
public final class ApplianceResourceFactory extends ResourceFactoryImpl {

	@Override
	public Resource createResource(URI uri) {
		return new ApplianceResource(uri);
	}
}
