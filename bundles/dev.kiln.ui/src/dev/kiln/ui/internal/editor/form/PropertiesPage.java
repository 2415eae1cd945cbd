package dev.kiln.ui.internal.editor.form;

import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.kiln.model.AppliancePackage.Literals;
import dev.kiln.model.OvfProperties;
import dev.kiln.model.OvfProperty;
import dev.kiln.ui.internal.UIText;
import dev.kiln.ui.internal.editor.ManifestEditor;

/**
 * The OVF properties the customer sets when deploying the appliance: a table, and the details of
 * the selected property.
 */
public final class PropertiesPage extends ManifestFormPage {

	/** The page id. */
	public static final String ID = "dev.kiln.ui.manifestEditor.properties"; //$NON-NLS-1$

	/** OVF property key syntax, as the validator checks it. */
	private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.]*"); //$NON-NLS-1$

	private ObjectTable properties;

	public PropertiesPage(ManifestEditor editor) {
		super(editor, ID, UIText.PropertiesPage_title);
	}

	@Override
	public boolean covers(EObject object, EStructuralFeature feature) {
		return object instanceof OvfProperties || object instanceof OvfProperty || feature == Literals.APPLIANCE__PROPERTIES;
	}

	@Override
	protected void createContent(FormToolkit toolkit, Composite body) {
		PageColumns columns = PageColumns.in(toolkit, body);
		Composite list = section(toolkit, columns.left(), UIText.PropertiesPage_properties,
				UIText.PropertiesPage_propertiesDescription, true);
		properties = table(toolkit, list, OwnerPath.of(Literals.APPLIANCE__PROPERTIES), Literals.OVF_PROPERTIES__ENTRIES,
				List.of(new ObjectTable.Column(UIText.PropertiesPage_keyColumn, Literals.OVF_PROPERTY__KEY, 150, true),
						new ObjectTable.Column(UIText.PropertiesPage_typeColumn, Literals.OVF_PROPERTY__TYPE, 80, true),
						new ObjectTable.Column(UIText.PropertiesPage_defaultColumn, Literals.OVF_PROPERTY__DEFAULT_VALUE, 120,
								true)),
				new NamedElement(UIText.PropertiesPage_addTitle, UIText.PropertiesPage_addMessage, KEY,
						Literals.OVF_PROPERTY__KEY));

		Composite details = section(toolkit, columns.right(), UIText.PropertiesPage_details,
				UIText.PropertiesPage_detailsDescription, false);
		OwnerPath selected = OwnerPath.selected(() -> properties.selection().getFirstElement() instanceof EObject object
				? object : null);
		text(toolkit, details, UIText.PropertiesPage_key, selected, Literals.OVF_PROPERTY__KEY);
		combo(toolkit, details, UIText.PropertiesPage_type, selected, Literals.OVF_PROPERTY__TYPE);
		text(toolkit, details, UIText.PropertiesPage_label, selected, Literals.OVF_PROPERTY__LABEL);
		text(toolkit, details, UIText.PropertiesPage_default, selected, Literals.OVF_PROPERTY__DEFAULT_VALUE);
		text(toolkit, details, UIText.PropertiesPage_description, selected, Literals.OVF_PROPERTY__DESCRIPTION, 4);
		check(toolkit, details, UIText.PropertiesPage_userConfigurable, selected, Literals.OVF_PROPERTY__USER_CONFIGURABLE);
		check(toolkit, details, UIText.PropertiesPage_required, selected, Literals.OVF_PROPERTY__REQUIRED);
		properties.viewer().addSelectionChangedListener(event -> refreshFields());
	}

	/** @return the property table (for tests) */
	public ObjectTable properties() {
		return properties;
	}
}
