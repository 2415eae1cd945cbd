package dev.kiln.ui.internal.editor;

import java.util.List;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import dev.kiln.model.Appliance;
import dev.kiln.ui.internal.emf.ItemImages;
import dev.kiln.ui.internal.emf.ItemProviderContentProvider;
import dev.kiln.ui.internal.emf.ItemProviderLabelProvider;

/**
 * The Outline of the manifest: the model's tree with the item providers' labels and icons.
 * Selecting an element shows it on its form page (the Properties view shows its properties).
 */
final class ManifestOutlinePage extends ContentOutlinePage {

	private final ManifestEditor editor;
	private final CommandStackListener rootFollower = event -> followRoot();
	private final INotifyChangedListener changes = this::changed;
	private Appliance shownRoot;

	ManifestOutlinePage(ManifestEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ItemProviderContentProvider(editor.model().adapterFactory()));
		viewer.setLabelProvider(new ItemProviderLabelProvider(editor.model().adapterFactory(), new ItemImages(viewer.getControl())));
		viewer.setAutoExpandLevel(2);
		refresh();
		editor.model().addListener(rootFollower);
		editor.model().adapterFactory().addListener(changes);
	}

	/** A new root (the source was read again): shown from scratch. */
	private void followRoot() {
		if (editor.model().root() != shownRoot) {
			refresh();
		}
	}

	/**
	 * An object changed: only its item is updated (its label, or its children), as the item
	 * providers' viewer notifications say, not the whole tree.
	 */
	private void changed(Notification notification) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed() || !(notification instanceof IViewerNotification update)) {
			return;
		}
		Object element = update.getElement();
		if (update.isContentRefresh()) {
			viewer.refresh(element, update.isLabelUpdate());
		} else if (update.isLabelUpdate()) {
			viewer.update(element, null);
		}
	}

	/** Shows the model as it is now. */
	void refresh() {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		Appliance root = editor.model().root();
		if (root != shownRoot) {
			shownRoot = root;
			viewer.setInput(root == null ? List.of() : List.of(root));
		} else {
			viewer.refresh();
		}
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		IStructuredSelection selection = event.getStructuredSelection();
		if (selection.getFirstElement() instanceof EObject object && getTreeViewer().getControl().isFocusControl()
				&& !editor.isSourcePageActive()) {
			editor.showPageOf(object);
		}
	}

	@Override
	public void dispose() {
		editor.model().removeListener(rootFollower);
		editor.model().adapterFactory().removeListener(changes);
		super.dispose();
	}
}
