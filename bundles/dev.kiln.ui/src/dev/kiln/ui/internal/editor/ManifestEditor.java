package dev.kiln.ui.internal.editor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.texteditor.AbstractTextEditor;
import org.eclipse.ui.texteditor.IElementStateListener;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

import dev.kiln.model.io.ManifestProblem;
import dev.kiln.ui.internal.UIText;
import dev.kiln.ui.internal.editor.form.ApplicationPage;
import dev.kiln.ui.internal.editor.form.HardwareNetworkPage;
import dev.kiln.ui.internal.editor.form.ManifestFormPage;
import dev.kiln.ui.internal.editor.form.MarketplacePage;
import dev.kiln.ui.internal.editor.form.OperatingSystemPage;
import dev.kiln.ui.internal.editor.form.OverviewPage;
import dev.kiln.ui.internal.editor.form.PropertiesPage;
import dev.kiln.ui.internal.editor.form.UpdatesPage;
import dev.kiln.ui.internal.emf.ItemPropertySourceProvider;

/**
 * The Kiln Manifest Editor for appliance.xml: form pages for each part of the manifest and the
 * Source page (a {@link ManifestSourceEditor}), kept in step by a {@link SourceSynchronizer}. All
 * edits, from the forms, the Outline, the Properties view and quick fixes, are commands of one
 * {@link ManifestModel}; saving writes the canonical text ({@code ManifestWriter}).
 */
public final class ManifestEditor extends FormEditor implements IGotoMarker, SourceSynchronizer.Listener {

	/** The editor id, as in plugin.xml. */
	public static final String ID = "dev.kiln.ui.manifestEditor"; //$NON-NLS-1$

	/** The key binding context of the editor (Ctrl+Y redoes), as in plugin.xml. */
	public static final String CONTEXT = "dev.kiln.ui.manifestEditorScope"; //$NON-NLS-1$

	private final List<ManifestFormPage> formPages = new ArrayList<>();
	private final Set<ManifestFormPage> stalePages = new HashSet<>();
	private final CommandStackListener stackListener = event -> modelChanged();
	private final IElementStateListener elementListener = new ElementListener();
	private ManifestSourceEditor source;
	private int sourcePage = -1;
	private ManifestModel model;
	private SourceSynchronizer sync;
	private IDocument document;
	private FormSelectionProvider selectionProvider;
	private ManifestOutlinePage outline;
	private String savedText = ""; //$NON-NLS-1$
	private IMarker pendingMarker;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput)) {
			throw new PartInitException(UIText.ManifestEditor_notAFile);
		}
		super.init(site, input);
		selectionProvider = new FormSelectionProvider(this);
		site.setSelectionProvider(selectionProvider);
		setPartName(input.getName());
		IContextService contexts = site.getService(IContextService.class);
		if (contexts != null) {
			contexts.activateContext(CONTEXT);
		}
	}

	@Override
	protected void addPages() {
		model = new ManifestModel(this::beforeChange);
		try {
			addFormPage(new OverviewPage(this));
			addFormPage(new OperatingSystemPage(this));
			addFormPage(new ApplicationPage(this));
			addFormPage(new HardwareNetworkPage(this));
			addFormPage(new UpdatesPage(this));
			addFormPage(new PropertiesPage(this));
			addFormPage(new MarketplacePage(this));
			source = new ManifestSourceEditor();
			sourcePage = addPage(source, getEditorInput());
			setPageText(sourcePage, UIText.ManifestEditor_sourcePage);
		} catch (PartInitException e) {
			ILog.of(getClass()).error(e.getMessage(), e);
			return;
		}
		connect(source.getDocumentProvider().getDocument(getEditorInput()));
		model.addListener(stackListener);
		source.getDocumentProvider().addElementStateListener(elementListener);
	}

	/** Reads the document into the model and follows its changes from now on. */
	private void connect(IDocument newDocument) {
		if (sync != null) {
			sync.stop();
		}
		document = newDocument;
		IFile file = file();
		IPath projectLocation = file.getProject().getLocation();
		sync = new SourceSynchronizer(model, document, file.getFullPath().toString(),
				projectLocation == null ? null : projectLocation.toPath(), getContainer().getDisplay());
		sync.addListener(this);
		sync.load();
		sync.start();
		savedText = document.get();
	}

	private void addFormPage(ManifestFormPage page) throws PartInitException {
		formPages.add(page);
		int index = addPage(page);
		// a tab shows '&' as a mnemonic: "Hardware & Network" needs it doubled
		setPageText(index, page.getTitle().replace("&", "&&")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	public ManifestModel model() {
		return model;
	}

	/** @return the Source page's text editor */
	public ManifestSourceEditor sourceEditor() {
		return source;
	}

	/** @return the manifest file */
	public IFile file() {
		return ((IFileEditorInput) getEditorInput()).getFile();
	}

	/** @return the form pages, in tab order */
	public List<ManifestFormPage> formPages() {
		return List.copyOf(formPages);
	}

	/** @return the load errors of the Source page (empty while it is readable) */
	public List<ManifestProblem> sourceErrors() {
		return sync == null ? List.of() : sync.errors();
	}

	/** @return the newest validation of the manifest, or {@code null} */
	public ManifestAnalysis analysis() {
		return sync == null ? null : sync.latest();
	}

	/** @return whether the newest validation is of the text as it is now */
	public boolean isAnalysisCurrent() {
		return sync != null && sync.isCurrent(sync.latest());
	}

	private boolean beforeChange() {
		return sync == null || sync.syncFromSource();
	}

	/**
	 * After a command, undo or redo: the text follows, and the form page shown; the other pages
	 * catch up when they are shown ({@link #pageChange}), so an edit costs the same however many
	 * pages have been opened.
	 */
	private void modelChanged() {
		sync.modelChanged();
		stalePages.addAll(formPages);
		if (getActivePageInstance() instanceof ManifestFormPage shown) {
			refresh(shown);
		}
		markCleanAtSavePoint();
	}

	private void refresh(ManifestFormPage page) {
		stalePages.remove(page);
		page.refresh();
	}

	/** Undoing back to the saved state leaves an editor that is not dirty. */
	private void markCleanAtSavePoint() {
		if (!model.commandStack().isSaveNeeded() && document.get().equals(savedText)) {
			ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
			if (buffer != null && buffer.isDirty()) {
				buffer.setDirty(false);
			}
		}
	}

	@Override
	public void sourceStateChanged(List<ManifestProblem> errors) {
		for (ManifestFormPage page : formPages) {
			page.showSourceErrors(errors);
			page.refresh();
		}
		if (outline != null) {
			outline.refresh();
		}
	}

	@Override
	public void analysed(ManifestAnalysis analysis) {
		for (ManifestFormPage page : formPages) {
			page.showProblems(problemsOf(page, analysis));
		}
		if (pendingMarker != null) {
			gotoMarker(pendingMarker);
		}
	}

	/** Called by a form page once its widgets exist. */
	public void pageCreated(ManifestFormPage page) {
		if (sync == null) {
			return;
		}
		page.showSourceErrors(sync.errors());
		ManifestAnalysis analysis = sync.latest();
		if (analysis != null) {
			page.showProblems(problemsOf(page, analysis));
		}
	}

	private List<ModelProblem> problemsOf(ManifestFormPage page, ManifestAnalysis analysis) {
		return analysis.problems().stream()
				.filter(problem -> pageFor(problem.objectIn(model.root()), problem.feature()) == page).toList();
	}

	/** @return the form page where the feature of the object is edited (the Overview if none is) */
	public ManifestFormPage pageFor(EObject object, EStructuralFeature feature) {
		for (ManifestFormPage page : formPages) {
			if (object != null && page.covers(object, feature)) {
				return page;
			}
		}
		return formPages.get(0);
	}

	/** Shows the form page and focuses the field or table row of the feature of the object. */
	public boolean reveal(EObject object, EStructuralFeature feature) {
		if (object == null) {
			return false;
		}
		ManifestFormPage page = pageFor(object, feature);
		setActivePage(page.getId());
		return page.reveal(object, feature);
	}

	/** Shows the form page where the object is edited, without moving the focus. */
	public void showPageOf(EObject object) {
		ManifestFormPage page = pageFor(object, null);
		if (getActivePageInstance() != page) {
			setActivePage(page.getId());
		}
	}

	/** The object focused or selected on a form page, for the Properties view. */
	public void formSelection(EObject object) {
		selectionProvider.setFormSelection(new StructuredSelection(object));
	}

	/** Writes what is typed in form fields but not yet written. */
	public void commitFields() {
		formPages.forEach(ManifestFormPage::commit);
	}

	@Override
	protected void pageChange(int newPageIndex) {
		if (sync != null) {
			if (newPageIndex == sourcePage) {
				commitFields();
			} else {
				sync.syncFromSource();
			}
		}
		super.pageChange(newPageIndex);
		if (getActivePageInstance() instanceof ManifestFormPage shown && stalePages.contains(shown)) {
			refresh(shown);
		}
		if (selectionProvider != null) {
			selectionProvider.pageChanged();
		}
	}

	/** @return whether the Source page is the active one */
	public boolean isSourcePageActive() {
		return getActivePage() == sourcePage;
	}

	/** Shows the Source page. */
	public void showSource() {
		setActivePage(sourcePage);
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		commitFields();
		if (sync.syncFromSource() && model.root() != null) {
			sync.modelChanged();
		}
		source.doSave(monitor);
		if (!source.isDirty()) {
			model.commandStack().saveIsDone();
			savedText = document.get();
		}
		editorDirtyStateChanged();
	}

	@Override
	public void doSaveAs() {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public boolean isDirty() {
		return source != null && source.isDirty();
	}

	/** Throws away unsaved changes: the file is read again. */
	public void revert() {
		source.doRevertToSaved();
	}

	/** The file was read again (revert, or a change on disk): a fresh model, no undo history. */
	private void reload() {
		sync.load();
		savedText = document.get();
		formPages.forEach(ManifestFormPage::refresh);
		if (outline != null) {
			outline.refresh();
		}
		editorDirtyStateChanged();
	}

	/**
	 * Shows the field the marker's problem is about, once the manifest as it is now has been
	 * validated (in the background, so right after opening it waits for that); the Source page at
	 * the marker's line when no field shows it.
	 */
	@Override
	public void gotoMarker(IMarker marker) {
		if (sync != null && !sync.isCurrent(sync.latest())) {
			pendingMarker = marker;
			return;
		}
		pendingMarker = null;
		Optional<ModelProblem> problem = MarkerLocation.problemOf(marker, sync == null ? null : sync.latest());
		if (problem.isPresent() && !sync.isSourceAhead()
				&& reveal(problem.get().objectIn(model.root()), problem.get().feature())) {
			return;
		}
		showSource();
		IDE.gotoMarker(source, marker);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IContentOutlinePage.class) {
			if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
				outline = new ManifestOutlinePage(this);
			}
			return adapter.cast(outline);
		}
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(propertySheetPage());
		}
		if (adapter == IGotoMarker.class) {
			return adapter.cast(this);
		}
		if ((adapter == AbstractTextEditor.class || adapter == ITextEditor.class) && source != null) {
			return adapter.cast(source);
		}
		return super.getAdapter(adapter);
	}

	private PropertySheetPage propertySheetPage() {
		PropertySheetPage page = new PropertySheetPage() {
			private final CommandStackAction undo = CommandStackAction.undo();
			private final CommandStackAction redo = CommandStackAction.redo();

			@Override
			public void setActionBars(IActionBars actionBars) {
				super.setActionBars(actionBars);
				undo.setEditor(ManifestEditor.this);
				redo.setEditor(ManifestEditor.this);
				actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
				actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
			}

			@Override
			public void dispose() {
				undo.setEditor(null);
				redo.setEditor(null);
				super.dispose();
			}
		};
		page.setPropertySourceProvider(new ItemPropertySourceProvider(model.adapterFactory()));
		return page;
	}

	@Override
	public void dispose() {
		if (sync != null) {
			sync.stop();
		}
		if (source != null && source.getDocumentProvider() != null) {
			source.getDocumentProvider().removeElementStateListener(elementListener);
		}
		if (model != null) {
			model.removeListener(stackListener);
			model.dispose();
		}
		super.dispose();
	}

	/** Follows the file: read again when replaced, renamed when moved. */
	private final class ElementListener implements IElementStateListener {

		@Override
		public void elementDirtyStateChanged(Object element, boolean isDirty) {
			// the Source page reports it; isDirty() asks it
		}

		@Override
		public void elementContentAboutToBeReplaced(Object element) {
			// nothing to keep
		}

		@Override
		public void elementContentReplaced(Object element) {
			if (getEditorInput().equals(element)) {
				reload();
			}
		}

		@Override
		public void elementDeleted(Object element) {
			// the Source page closes this editor (ManifestSourceEditor.close)
		}

		@Override
		public void elementMoved(Object originalElement, Object movedElement) {
			if (!getEditorInput().equals(originalElement)) {
				return;
			}
			if (movedElement instanceof IFileEditorInput moved) {
				// after the Source page has followed the file to its new place
				getContainer().getDisplay().asyncExec(() -> {
					setInputWithNotify(new FileEditorInput(moved.getFile()));
					setPartName(moved.getName());
					IDocument now = source.getDocumentProvider().getDocument(source.getEditorInput());
					if (now != null && now != document) {
						connect(now);
						formPages.forEach(ManifestFormPage::refresh);
					}
				});
			}
		}
	}
}
