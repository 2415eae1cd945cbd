package dev.kiln.ui.internal.editor.form;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

import dev.kiln.ui.internal.UIText;

/**
 * A text field for a string, a number or a list of strings (comma-separated). Typing is written
 * {@link #TYPING_PAUSE_MILLIS} after the last key, on Enter and on leaving the field, so one undo
 * takes back one burst of typing. An empty field removes the value; a value that is not of the
 * attribute's type is marked on the field and not written.
 */
public final class TextBinding extends FieldBinding {

	/** Typing written after this pause. */
	public static final int TYPING_PAUSE_MILLIS = 400;

	private static final String LIST_SEPARATOR = ", "; //$NON-NLS-1$

	private final Text text;
	private final EAttribute attribute;
	private final Runnable commitLater = this::commit;
	private boolean pending;
	private boolean invalidShown;

	public TextBinding(FormContext context, Text text, OwnerPath owner, EAttribute attribute) {
		super(context, owner, attribute);
		this.text = text;
		this.attribute = attribute;
		text.addListener(SWT.Modify, event -> {
			if (!isRefreshing()) {
				pending = true;
				text.getDisplay().timerExec(TYPING_PAUSE_MILLIS, commitLater);
			}
		});
		text.addListener(SWT.FocusOut, event -> commit());
		text.addListener(SWT.DefaultSelection, event -> commit());
		text.addListener(SWT.Dispose, event -> text.getDisplay().timerExec(-1, commitLater));
		selectOwnerOnFocus();
	}

	@Override
	public Control control() {
		return text;
	}

	@Override
	protected void show(EObject object, Object value, boolean isSet) {
		pending = false;
		String shown = isSet ? format(value) : ""; //$NON-NLS-1$
		if (!shown.equals(text.getText())) {
			text.setText(shown);
		}
		Object defaultValue = attribute.getDefaultValue();
		String hint = defaultValue == null || attribute.isMany() ? "" : format(defaultValue); //$NON-NLS-1$
		if (!hint.equals(text.getMessage())) {
			text.setMessage(hint);
		}
		clearInvalid();
	}

	/** Takes back the "not a valid value" message, if shown: the message manager repaints the form. */
	private void clearInvalid() {
		if (invalidShown) {
			invalidShown = false;
			context.messages().removeMessage(this, text);
		}
	}

	@Override
	public void commit() {
		if (!pending || text.isDisposed()) {
			return;
		}
		pending = false;
		text.getDisplay().timerExec(-1, commitLater);
		Object value;
		try {
			value = parse(text.getText());
		} catch (RuntimeException e) {
			context.messages().addMessage(this, UIText.bind(UIText.Field_invalidValue, text.getText(),
					attribute.getEAttributeType().getName()), null, IMessageProvider.ERROR, text);
			invalidShown = true;
			return;
		}
		clearInvalid();
		write(value);
	}

	@Override
	public void setEditable(boolean editable) {
		text.setEditable(editable);
	}

	private Object parse(String input) {
		if (attribute.isMany()) {
			List<String> values = Arrays.stream(input.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(); //$NON-NLS-1$
			return values;
		}
		EDataType type = attribute.getEAttributeType();
		boolean isString = type.getInstanceClass() == String.class;
		String value = isString ? input : input.strip();
		if (value.isEmpty()) {
			return attribute.isUnsettable() || !isString ? SetCommand.UNSET_VALUE : null;
		}
		return isString ? value : EcoreUtil.createFromString(type, value);
	}

	private String format(Object value) {
		if (value instanceof Collection<?> list) {
			return list.stream().map(String::valueOf).collect(Collectors.joining(LIST_SEPARATOR));
		}
		return value == null ? "" : EcoreUtil.convertToString(attribute.getEAttributeType(), value); //$NON-NLS-1$
	}
}
