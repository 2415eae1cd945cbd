package dev.kiln.ui.internal.quickfix;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;

import dev.kiln.model.Appliance;
import dev.kiln.model.edit.provider.ApplianceItemProviderAdapterFactory;
import dev.kiln.model.io.ManifestWriter;
import dev.kiln.ui.internal.editor.ManifestAnalysis;
import dev.kiln.ui.internal.editor.ManifestEditor;
import dev.kiln.ui.internal.editor.ModelProblem;

/**
 * Applies a {@link ManifestFix}. When the manifest is open in the Kiln Manifest Editor, the change
 * is a command of that editor (undoable), saved at once unless the editor had unsaved changes
 * already; otherwise the manifest file is rewritten. Either way the builder then checks it again
 * and the marker goes.
 */
final class ManifestMarkerResolution implements IMarkerResolution2 {

	private final ManifestFix fix;
	private final ModelProblem problem;

	ManifestMarkerResolution(ManifestFix fix, ModelProblem problem) {
		this.fix = fix;
		this.problem = problem;
	}

	@Override
	public String getLabel() {
		return fix.label();
	}

	@Override
	public String getDescription() {
		return problem.message();
	}

	@Override
	public org.eclipse.swt.graphics.Image getImage() {
		return null;
	}

	@Override
	public void run(IMarker marker) {
		if (!(marker.getResource() instanceof IFile manifest)) {
			return;
		}
		try {
			fix.changeProject(manifest.getProject());
			ManifestEditor editor = openEditor(manifest);
			if (editor != null) {
				applyInEditor(editor);
			} else {
				applyToFile(manifest);
			}
		} catch (CoreException | IOException e) {
			ILog.of(getClass()).error(e.getMessage(), e);
		}
	}

	private void applyInEditor(ManifestEditor editor) {
		Command command = fix.command(editor.model().domain(), editor.model().root());
		if (command == null) {
			return;
		}
		boolean wasDirty = editor.isDirty();
		if (wasDirty && !stillThere(editor)) {
			// unsaved edits moved or fixed the problem: the path may now name another object
			command.dispose();
			return;
		}
		editor.model().execute(command);
		if (!wasDirty) {
			editor.getSite().getPage().saveEditor(editor, false);
		}
	}

	private boolean stillThere(ManifestEditor editor) {
		ManifestAnalysis analysis = editor.analysis();
		return analysis != null && analysis.problems().stream()
				.anyMatch(current -> current.code().equals(problem.code()) && current.path().equals(problem.path()));
	}

	private void applyToFile(IFile manifest) throws CoreException, IOException {
		ManifestAnalysis analysis = ManifestMarkerResolutionGenerator.analyse(manifest);
		Appliance root = analysis == null ? null : analysis.loaded().appliance().orElse(null);
		if (root == null) {
			return;
		}
		ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(new ApplianceItemProviderAdapterFactory());
		try {
			AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
			Command command = fix.command(domain, root);
			if (command == null || !command.canExecute()) {
				return;
			}
			domain.getCommandStack().execute(command);
			manifest.setContents(new ByteArrayInputStream(new ManifestWriter().toBytes(root)), IResource.KEEP_HISTORY, null);
		} finally {
			adapterFactory.dispose();
		}
	}

	/** @return the Kiln Manifest Editor open on the file, or {@code null} */
	private static ManifestEditor openEditor(IFile manifest) {
		FileEditorInput input = new FileEditorInput(manifest);
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					IEditorPart editor = reference.getEditor(false);
					if (editor instanceof ManifestEditor manifestEditor && input.equals(editor.getEditorInput())) {
						return manifestEditor;
					}
				}
			}
		}
		return null;
	}
}
