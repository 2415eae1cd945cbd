package dev.kiln.emfgen;

import java.nio.file.Path;

import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/** Loads .genmodel and .ecore files the way the Eclipse plug-ins would register them. */
final class GenModels {

	private GenModels() {
	}

	static ResourceSet newResourceSet() {
		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		ResourceSet resourceSet = new ResourceSetImpl();
		Resource.Factory factory = new EcoreResourceFactoryImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", factory);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", factory);
		return resourceSet;
	}

	static GenModel load(ResourceSet resourceSet, Path genModelFile) {
		URI uri = URI.createFileURI(genModelFile.toString());
		return (GenModel) resourceSet.getResource(uri, true).getContents().get(0);
	}
}
