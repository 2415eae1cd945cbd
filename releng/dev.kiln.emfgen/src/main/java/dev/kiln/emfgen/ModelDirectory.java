package dev.kiln.emfgen;

import org.eclipse.emf.codegen.ecore.genmodel.GenModel;

/** The genmodel's modelDirectory "/&lt;project&gt;/&lt;folder&gt;", split in its two parts. */
record ModelDirectory(String project, String folder) {

	static ModelDirectory of(GenModel genModel) throws GenerationException {
		String directory = genModel.getModelDirectory();
		String[] parts = directory == null ? new String[0] : directory.replaceFirst("^/", "").split("/", 2);
		if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
			throw new GenerationException("modelDirectory must look like /<project>/<folder>: " + directory);
		}
		return new ModelDirectory(parts[0], parts[1]);
	}
}
