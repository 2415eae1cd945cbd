package dev.kiln.ui.internal.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/** Gives the Properties view the property descriptors of EMF.Edit item providers. */
public final class ItemPropertySourceProvider implements IPropertySourceProvider {

	private final AdapterFactory adapterFactory;

	public ItemPropertySourceProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		if (object instanceof IPropertySource source) {
			return source;
		}
		// property values come wrapped (ItemPropertyDescriptor.PropertyValueWrapper), which is its own source
		IItemPropertySource itemSource = object instanceof IItemPropertySource wrapper ? wrapper
				: (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
		return itemSource == null ? null : new ItemPropertySource(object, itemSource);
	}
}
