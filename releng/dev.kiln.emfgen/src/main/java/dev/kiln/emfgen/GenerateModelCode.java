package dev.kiln.emfgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Command line of the headless EMF generator: regenerates the model code of a .genmodel into a
 * source folder, without Eclipse, OSGi or a workspace.
 *
 * <pre>
 * GenerateModelCode &lt;file.genmodel&gt; &lt;model src-gen folder&gt; [&lt;edit src-gen folder&gt;]
 * GenerateModelCode --sync-genmodel &lt;file.genmodel&gt;
 * </pre>
 *
 * The first form replaces the folders with freshly generated model code and, when the second
 * folder is given, EMF.Edit item providers (and the edit bundle's plugin.properties beside it);
 * the second form rebuilds the genmodel's class and feature entries after the .ecore changed,
 * keeping its settings.
 */
public final class GenerateModelCode {

	private GenerateModelCode() {
	}

	public static void main(String[] args) {
		try {
			if (args.length == 2 && args[0].equals("--sync-genmodel")) {
				new GenModelSynchronizer().synchronize(existingFile(args[1]));
			} else if (args.length == 2 || args.length == 3) {
				Path genModel = existingFile(args[0]);
				CodeGenerator generator = new CodeGenerator();
				generator.generate(genModel, GeneratedProject.MODEL, folder(args[1]));
				if (args.length == 3) {
					generator.generate(genModel, GeneratedProject.EDIT, folder(args[2]));
				}
			} else {
				System.err.println("usage: GenerateModelCode <file.genmodel> <model src-gen folder> [<edit src-gen folder>]");
				System.err.println("       GenerateModelCode --sync-genmodel <file.genmodel>");
				System.exit(2);
			}
		} catch (GenerationException | IOException e) {
			System.err.println("emfgen: " + e.getMessage());
			System.exit(1);
		}
	}

	private static Path folder(String name) {
		return Path.of(name).toAbsolutePath().normalize();
	}

	private static Path existingFile(String name) throws IOException {
		Path file = Path.of(name).toAbsolutePath().normalize();
		if (!Files.isRegularFile(file)) {
			throw new IOException("no such file: " + file);
		}
		return file;
	}
}
