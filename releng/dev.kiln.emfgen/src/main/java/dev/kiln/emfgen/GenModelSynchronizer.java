package dev.kiln.emfgen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Rebuilds a genmodel from its .ecore after the model changed, keeping the settings of the
 * existing genmodel: what the "Reload" wizard of the EMF tools does, without Eclipse.
 */
final class GenModelSynchronizer {

	void synchronize(Path genModelFile) throws IOException, GenerationException {
		ResourceSet resourceSet = GenModels.newResourceSet();
		GenModel existing = GenModels.load(resourceSet, genModelFile);
		List<EPackage> packages = new ArrayList<>();
		for (GenPackage genPackage : existing.getGenPackages()) {
			EPackage ePackage = genPackage.getEcorePackage();
			if (ePackage == null || ePackage.eIsProxy()) {
				throw new GenerationException("cannot resolve the .ecore of " + genPackage.getPrefix());
			}
			packages.add(ePackage);
		}
		GenModel fresh = GenModelFactory.eINSTANCE.createGenModel();
		fresh.initialize(packages);
		fresh.getForeignModel().addAll(existing.getForeignModel());
		if (!fresh.reconcile(existing)) {
			throw new GenerationException("the genmodel does not match its .ecore");
		}
		Resource resource = existing.eResource();
		resource.getContents().set(0, fresh);
		resource.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8", Resource.OPTION_LINE_DELIMITER, "\n"));
		System.out.println("emfgen: updated " + genModelFile);
	}
}
