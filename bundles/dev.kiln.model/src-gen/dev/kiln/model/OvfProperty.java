/**
 * Generated from model/appliance.ecore by releng/scripts/generate-model.sh; do not edit.
 */
package dev.kiln.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ovf Property</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An OVF property the customer may set.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.kiln.model.OvfProperty#getKey <em>Key</em>}</li>
 *   <li>{@link dev.kiln.model.OvfProperty#getType <em>Type</em>}</li>
 *   <li>{@link dev.kiln.model.OvfProperty#getDefaultValue <em>Default Value</em>}</li>
 *   <li>{@link dev.kiln.model.OvfProperty#getLabel <em>Label</em>}</li>
 *   <li>{@link dev.kiln.model.OvfProperty#getDescription <em>Description</em>}</li>
 *   <li>{@link dev.kiln.model.OvfProperty#isUserConfigurable <em>User Configurable</em>}</li>
 *   <li>{@link dev.kiln.model.OvfProperty#isRequired <em>Required</em>}</li>
 * </ul>
 *
 * @see dev.kiln.model.AppliancePackage#getOvfProperty()
 * @model extendedMetaData="name='OvfProperty' kind='empty'"
 * @generated
 */
public interface OvfProperty extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Property key, e.g. "admin.email".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see dev.kiln.model.AppliancePackage#getOvfProperty_Key()
	 * @model extendedMetaData="kind='attribute' name='key'"
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link dev.kiln.model.OvfProperty#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The default value is <code>"string"</code>.
	 * The literals are from the enumeration {@link dev.kiln.model.PropertyType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Value type.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see dev.kiln.model.PropertyType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #setType(PropertyType)
	 * @see dev.kiln.model.AppliancePackage#getOvfProperty_Type()
	 * @model default="string" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='type'"
	 * @generated
	 */
	PropertyType getType();

	/**
	 * Sets the value of the '{@link dev.kiln.model.OvfProperty#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see dev.kiln.model.PropertyType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #getType()
	 * @generated
	 */
	void setType(PropertyType value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.OvfProperty#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetType()
	 * @see #getType()
	 * @see #setType(PropertyType)
	 * @generated
	 */
	void unsetType();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.OvfProperty#getType <em>Type</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Type</em>' attribute is set.
	 * @see #unsetType()
	 * @see #getType()
	 * @see #setType(PropertyType)
	 * @generated
	 */
	boolean isSetType();

	/**
	 * Returns the value of the '<em><b>Default Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Default value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Default Value</em>' attribute.
	 * @see #setDefaultValue(String)
	 * @see dev.kiln.model.AppliancePackage#getOvfProperty_DefaultValue()
	 * @model extendedMetaData="kind='attribute' name='default'"
	 * @generated
	 */
	String getDefaultValue();

	/**
	 * Sets the value of the '{@link dev.kiln.model.OvfProperty#getDefaultValue <em>Default Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Value</em>' attribute.
	 * @see #getDefaultValue()
	 * @generated
	 */
	void setDefaultValue(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Label shown to the customer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see dev.kiln.model.AppliancePackage#getOvfProperty_Label()
	 * @model extendedMetaData="kind='attribute' name='label'"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link dev.kiln.model.OvfProperty#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Help text shown to the customer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see dev.kiln.model.AppliancePackage#getOvfProperty_Description()
	 * @model extendedMetaData="kind='attribute' name='description'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link dev.kiln.model.OvfProperty#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>User Configurable</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the customer may change the value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User Configurable</em>' attribute.
	 * @see #isSetUserConfigurable()
	 * @see #unsetUserConfigurable()
	 * @see #setUserConfigurable(boolean)
	 * @see dev.kiln.model.AppliancePackage#getOvfProperty_UserConfigurable()
	 * @model default="true" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='userConfigurable'"
	 * @generated
	 */
	boolean isUserConfigurable();

	/**
	 * Sets the value of the '{@link dev.kiln.model.OvfProperty#isUserConfigurable <em>User Configurable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Configurable</em>' attribute.
	 * @see #isSetUserConfigurable()
	 * @see #unsetUserConfigurable()
	 * @see #isUserConfigurable()
	 * @generated
	 */
	void setUserConfigurable(boolean value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.OvfProperty#isUserConfigurable <em>User Configurable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetUserConfigurable()
	 * @see #isUserConfigurable()
	 * @see #setUserConfigurable(boolean)
	 * @generated
	 */
	void unsetUserConfigurable();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.OvfProperty#isUserConfigurable <em>User Configurable</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>User Configurable</em>' attribute is set.
	 * @see #unsetUserConfigurable()
	 * @see #isUserConfigurable()
	 * @see #setUserConfigurable(boolean)
	 * @generated
	 */
	boolean isSetUserConfigurable();

	/**
	 * Returns the value of the '<em><b>Required</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a value must be given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Required</em>' attribute.
	 * @see #isSetRequired()
	 * @see #unsetRequired()
	 * @see #setRequired(boolean)
	 * @see dev.kiln.model.AppliancePackage#getOvfProperty_Required()
	 * @model default="false" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='required'"
	 * @generated
	 */
	boolean isRequired();

	/**
	 * Sets the value of the '{@link dev.kiln.model.OvfProperty#isRequired <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Required</em>' attribute.
	 * @see #isSetRequired()
	 * @see #unsetRequired()
	 * @see #isRequired()
	 * @generated
	 */
	void setRequired(boolean value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.OvfProperty#isRequired <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRequired()
	 * @see #isRequired()
	 * @see #setRequired(boolean)
	 * @generated
	 */
	void unsetRequired();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.OvfProperty#isRequired <em>Required</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Required</em>' attribute is set.
	 * @see #unsetRequired()
	 * @see #isRequired()
	 * @see #setRequired(boolean)
	 * @generated
	 */
	boolean isSetRequired();

} // OvfProperty
