package dev.kiln.ui.internal.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * A JFace tree content provider over the {@link ITreeItemContentProvider}s of an adapter factory.
 * The input is a collection of root objects.
 */
public class ItemProviderContentProvider implements ITreeContentProvider {

	private final AdapterFactory adapterFactory;

	public ItemProviderContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public Object[] getElements(Object input) {
		if (input instanceof Collection<?> roots) {
			return roots.toArray();
		}
		IStructuredItemContentProvider provider = (IStructuredItemContentProvider) adapterFactory.adapt(input,
				IStructuredItemContentProvider.class);
		return provider == null ? new Object[0] : provider.getElements(input).toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		ITreeItemContentProvider provider = treeProvider(parent);
		return provider == null ? new Object[0] : provider.getChildren(parent).toArray();
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider provider = treeProvider(element);
		return provider == null ? null : provider.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		ITreeItemContentProvider provider = treeProvider(element);
		return provider != null && provider.hasChildren(element);
	}

	private ITreeItemContentProvider treeProvider(Object element) {
		return (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
	}
}
