package dev.kiln.ui.tests;

import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import dev.kiln.core.ApplianceProjectCreator;
import dev.kiln.core.ApplianceTemplate;
import dev.kiln.ui.internal.editor.ManifestEditor;
import dev.kiln.ui.testsupport.UIThreadRunnable;

/** Fixtures of the manifest editor tests: projects, the editor's text and model, the file. */
final class ManifestEditors {

	private ManifestEditors() {
	}

	/** A project from the minimal-service template, whose manifest is valid. */
	static IProject minimalProject(String name) throws CoreException {
		return new ApplianceProjectCreator(ResourcesPlugin.getWorkspace()).create(name, null,
				ApplianceTemplate.MINIMAL_SERVICE, null);
	}

	static IFile manifest(IProject project) {
		return project.getFile("appliance.xml");
	}

	static String fileText(IFile file) throws CoreException {
		return new String(file.readAllBytes(), StandardCharsets.UTF_8);
	}

	static void writeFile(IFile file, String text) throws CoreException {
		file.setContents(text.getBytes(StandardCharsets.UTF_8), true, true, null);
	}

	/** Opens the file in its default editor, as double-clicking it does, and returns that editor. */
	static ManifestEditor open(IFile file) {
		return UIThreadRunnable.syncExec(() -> {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			try {
				return (ManifestEditor) IDE.openEditor(page, file);
			} catch (PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	/** The text of the editor's Source page (its document). */
	static String sourceText(ManifestEditor editor) {
		return UIThreadRunnable.syncExec(() -> document(editor).get());
	}

	static IDocument document(ManifestEditor editor) {
		return editor.sourceEditor().getDocumentProvider().getDocument(editor.getEditorInput());
	}
}
