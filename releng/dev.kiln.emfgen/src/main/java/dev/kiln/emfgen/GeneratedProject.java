package dev.kiln.emfgen;

import java.util.List;

import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;

/**
 * The kinds of code Kiln generates from a genmodel, each into its own bundle: what EMF's project
 * type is, where the genmodel puts its sources, and which generated files besides the sources the
 * bundle takes over (the rest of EMF's project files, MANIFEST.MF, plugin.xml, build.properties,
 * stay hand-maintained).
 */
enum GeneratedProject {

	/** Model interfaces, implementations, package, factory, switch and adapter factory. */
	MODEL(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, List.of()),

	/** EMF.Edit item providers and their adapter factory; plugin.properties holds their labels. */
	EDIT(GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, List.of("plugin.properties"));

	private final String projectType;
	private final List<String> bundleFiles;

	GeneratedProject(String projectType, List<String> bundleFiles) {
		this.projectType = projectType;
		this.bundleFiles = bundleFiles;
	}

	String projectType() {
		return projectType;
	}

	/** Generated files copied to the bundle's root, beside the source folder. */
	List<String> bundleFiles() {
		return bundleFiles;
	}

	GenDirectory directory(GenModel genModel) throws GenerationException {
		return switch (this) {
			case MODEL -> GenDirectory.of("modelDirectory", genModel.getModelDirectory());
			case EDIT -> GenDirectory.of("editDirectory", genModel.getEditDirectory());
		};
	}
}
