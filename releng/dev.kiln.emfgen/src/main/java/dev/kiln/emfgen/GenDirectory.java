package dev.kiln.emfgen;

/** A genmodel directory such as modelDirectory "/&lt;project&gt;/&lt;folder&gt;", split in its two parts. */
record GenDirectory(String project, String folder) {

	static GenDirectory of(String attribute, String directory) throws GenerationException {
		String[] parts = directory == null ? new String[0] : directory.replaceFirst("^/", "").split("/", 2);
		if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
			throw new GenerationException(attribute + " must look like /<project>/<folder>: " + directory);
		}
		return new GenDirectory(parts[0], parts[1]);
	}
}
