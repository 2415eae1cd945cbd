package dev.kiln.emfgen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;

/**
 * Runs EMF's code generation for one {@link GeneratedProject} into a scratch copy of its project
 * and then replaces the real source folder with the result.
 *
 * Generating into a scratch folder keeps the generator's other output (plugin.xml, MANIFEST.MF,
 * build.properties) away from the hand-maintained bundle files, and starting from an empty folder
 * means nothing is merged into old code: the same model always gives the same files. A class the
 * bundle has in {@code src/} under the same name is written by hand and is not copied.
 */
final class CodeGenerator {

	/**
	 * @param sourceFolder
	 *            the bundle's folder of generated sources (src-gen); its parent is the bundle
	 */
	void generate(Path genModelFile, GeneratedProject kind, Path sourceFolder) throws IOException, GenerationException {
		ResourceSet resourceSet = GenModels.newResourceSet();
		GenModel genModel = GenModels.load(resourceSet, genModelFile);
		GenDirectory directory = kind.directory(genModel);

		Path scratch = Files.createTempDirectory("kiln-emfgen");
		try {
			mapProject(directory.project(), scratch);
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
			Diagnostic result = generator.generate(genModel, kind.projectType(), new BasicMonitor());
			if (result.getSeverity() >= Diagnostic.ERROR) {
				throw new GenerationException("generation failed: " + result);
			}
			Path bundle = sourceFolder.getParent();
			int files = new SourceFolderReplacement(scratch.resolve(directory.folder()), sourceFolder,
					bundle.resolve("src")).run();
			for (String name : kind.bundleFiles()) {
				copyUnix(scratch.resolve(name), bundle.resolve(name));
				files++;
			}
			System.out.println("emfgen: " + files + " files in " + bundle);
		} finally {
			SourceFolderReplacement.deleteTree(scratch);
		}
	}

	/** Copies a text file with Unix line ends, so the result does not depend on the platform. */
	static void copyUnix(Path from, Path to) throws IOException {
		if (!Files.isRegularFile(from)) {
			throw new IOException("the generator did not write " + from.getFileName());
		}
		Files.createDirectories(to.toAbsolutePath().getParent());
		String text = Files.readString(from, StandardCharsets.UTF_8).replace("\r\n", "\n");
		Files.writeString(to, text, StandardCharsets.UTF_8);
	}

	/** Resolves platform:/resource/&lt;project&gt;/ to the scratch folder, for EMF's both lookups. */
	private static void mapProject(String project, Path folder) {
		URI location = URI.createFileURI(folder.toString() + "/");
		EcorePlugin.getPlatformResourceMap().put(project, location);
		URIConverter.URI_MAP.put(URI.createPlatformResourceURI("/" + project + "/", false), location);
	}
}
