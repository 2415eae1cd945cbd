package dev.kiln.ui.internal.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Image;

/** A JFace label provider over the {@link IItemLabelProvider}s of an adapter factory. */
public class ItemProviderLabelProvider extends ColumnLabelProvider {

	private final AdapterFactory adapterFactory;
	private final ItemImages images;

	public ItemProviderLabelProvider(AdapterFactory adapterFactory, ItemImages images) {
		this.adapterFactory = adapterFactory;
		this.images = images;
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
		return provider == null ? String.valueOf(element) : provider.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
		return provider == null ? null : images.get(provider.getImage(element));
	}
}
