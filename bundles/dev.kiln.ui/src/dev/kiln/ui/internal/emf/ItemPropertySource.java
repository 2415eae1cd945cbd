package dev.kiln.ui.internal.emf;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * The properties of one object as an {@link IPropertySource}; values are set through the item
 * property descriptors, which run a command on the object's editing domain, so edits in the
 * Properties view are undoable like any other.
 */
final class ItemPropertySource implements IPropertySource {

	private final Object object;
	private final IItemPropertySource itemSource;

	ItemPropertySource(Object object, IItemPropertySource itemSource) {
		this.object = object;
		this.itemSource = itemSource;
	}

	@Override
	public Object getEditableValue() {
		return itemSource.getEditableValue(object);
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IItemPropertyDescriptor> descriptors = itemSource.getPropertyDescriptors(object);
		return descriptors.stream().map(descriptor -> new ItemPropertyDescriptorAdapter(object, descriptor))
				.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		return descriptor == null ? null : descriptor.getPropertyValue(object);
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		return descriptor != null && descriptor.isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor != null) {
			descriptor.resetPropertyValue(object);
		}
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor != null) {
			descriptor.setPropertyValue(object, value);
		}
	}

	private IItemPropertyDescriptor descriptor(Object id) {
		return id instanceof String name ? itemSource.getPropertyDescriptor(object, name) : null;
	}
}
