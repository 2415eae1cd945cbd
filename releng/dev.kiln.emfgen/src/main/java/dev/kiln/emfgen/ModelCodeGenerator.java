package dev.kiln.emfgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;

/**
 * Runs EMF's model code generation into a scratch copy of the model project and then replaces the
 * real source folder with the result.
 *
 * Generating into a scratch folder keeps the generator's other output (plugin.xml, MANIFEST.MF,
 * build.properties) away from the hand-maintained bundle files, and starting from an empty folder
 * means nothing is merged into old code: the same model always gives the same files.
 */
final class ModelCodeGenerator {

	void generate(Path genModelFile, Path sourceFolder) throws IOException, GenerationException {
		ResourceSet resourceSet = GenModels.newResourceSet();
		GenModel genModel = GenModels.load(resourceSet, genModelFile);
		ModelDirectory modelDirectory = ModelDirectory.of(genModel);

		Path scratch = Files.createTempDirectory("kiln-emfgen");
		try {
			mapProject(modelDirectory.project(), scratch);
			genModel.reconcile();
			genModel.setCanGenerate(true);
			Diagnostic validity = genModel.diagnose();
			if (validity.getSeverity() >= Diagnostic.ERROR) {
				throw new GenerationException("invalid genmodel: " + validity);
			}
			Generator generator = new Generator();
			generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
					GenModelGeneratorAdapterFactory.DESCRIPTOR);
			generator.setInput(genModel);
			Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
					new BasicMonitor());
			if (result.getSeverity() >= Diagnostic.ERROR) {
				throw new GenerationException("generation failed: " + result);
			}
			int files = new SourceFolderReplacement(scratch.resolve(modelDirectory.folder()), sourceFolder).run();
			System.out.println("emfgen: " + files + " files in " + sourceFolder);
		} finally {
			SourceFolderReplacement.deleteTree(scratch);
		}
	}

	/** Resolves platform:/resource/&lt;project&gt;/ to the scratch folder, for EMF's both lookups. */
	private static void mapProject(String project, Path folder) {
		URI location = URI.createFileURI(folder.toString() + "/");
		EcorePlugin.getPlatformResourceMap().put(project, location);
		URIConverter.URI_MAP.put(URI.createPlatformResourceURI("/" + project + "/", false), location);
	}
}
