package dev.kiln.ui.internal.emf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

import dev.kiln.ui.internal.UIText;

/**
 * An EMF.Edit {@link IItemPropertyDescriptor} as a Properties view descriptor, with cell editors:
 * a combo for enumerations and booleans, a text for other single values (converted with the data
 * type's factory) and for lists of strings (comma-separated).
 */
final class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {

	private static final String LIST_SEPARATOR = ", "; //$NON-NLS-1$

	private final Object object;
	private final IItemPropertyDescriptor descriptor;

	ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor descriptor) {
		this.object = object;
		this.descriptor = descriptor;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		if (!descriptor.canSetProperty(object) || !(descriptor.getFeature(object) instanceof EAttribute attribute)) {
			return null;
		}
		EDataType type = attribute.getEAttributeType();
		Collection<?> choices = descriptor.getChoiceOfValues(object);
		if (!attribute.isMany() && (choices != null || type.getInstanceClass() == boolean.class)) {
			List<Object> values = new ArrayList<>(choices != null ? choices : List.of(Boolean.FALSE, Boolean.TRUE));
			return new ChoiceCellEditor(parent, values, descriptor.getLabelProvider(object));
		}
		if (attribute.isMany() && type.getInstanceClass() != String.class) {
			return null;
		}
		return new ConvertingTextCellEditor(parent, attribute);
	}

	@Override
	public String getCategory() {
		return descriptor.getCategory(object);
	}

	@Override
	public String getDescription() {
		return descriptor.getDescription(object);
	}

	@Override
	public String getDisplayName() {
		return descriptor.getDisplayName(object);
	}

	@Override
	public String[] getFilterFlags() {
		return descriptor.getFilterFlags(object);
	}

	@Override
	public Object getHelpContextIds() {
		return descriptor.getHelpContextIds(object);
	}

	@Override
	public Object getId() {
		return descriptor.getId(object);
	}

	@Override
	public ILabelProvider getLabelProvider() {
		IItemLabelProvider labels = descriptor.getLabelProvider(object);
		return new LabelProvider() {
			@Override
			public String getText(Object element) {
				return labels.getText(element);
			}
		};
	}

	@Override
	public boolean isCompatibleWith(IPropertyDescriptor other) {
		return false;
	}

	/** A read-only combo over a fixed list of values, edited by value rather than by index. */
	private static final class ChoiceCellEditor extends ComboBoxCellEditor {

		private final List<Object> values;

		ChoiceCellEditor(Composite parent, List<Object> values, IItemLabelProvider labels) {
			super(parent, values.stream().map(labels::getText).toArray(String[]::new), SWT.READ_ONLY);
			this.values = values;
		}

		@Override
		protected Object doGetValue() {
			int index = ((Integer) super.doGetValue()).intValue();
			return index >= 0 && index < values.size() ? values.get(index) : null;
		}

		@Override
		protected void doSetValue(Object value) {
			super.doSetValue(Integer.valueOf(values.indexOf(value)));
		}
	}

	/** A text editing a value of the attribute's data type, or a comma-separated list of strings. */
	private static final class ConvertingTextCellEditor extends TextCellEditor {

		private final EAttribute attribute;

		ConvertingTextCellEditor(Composite parent, EAttribute attribute) {
			super(parent);
			this.attribute = attribute;
			setValidator(value -> {
				try {
					fromText((String) value);
					return null;
				} catch (RuntimeException e) {
					return UIText.bind(UIText.PropertyEditor_invalidValue, value,
							attribute.getEAttributeType().getName());
				}
			});
		}

		@Override
		protected Object doGetValue() {
			return fromText((String) super.doGetValue());
		}

		@Override
		protected void doSetValue(Object value) {
			super.doSetValue(toText(value));
		}

		private Object fromText(String text) {
			if (attribute.isMany()) {
				return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(); //$NON-NLS-1$
			}
			if (text.isEmpty() && attribute.getEAttributeType().getInstanceClass() == String.class) {
				return null;
			}
			return EcoreUtil.createFromString(attribute.getEAttributeType(), text);
		}

		private String toText(Object value) {
			if (value instanceof Collection<?> list) {
				return list.stream().map(String::valueOf).collect(Collectors.joining(LIST_SEPARATOR));
			}
			return value == null ? "" : EcoreUtil.convertToString(attribute.getEAttributeType(), value); //$NON-NLS-1$
		}
	}
}
