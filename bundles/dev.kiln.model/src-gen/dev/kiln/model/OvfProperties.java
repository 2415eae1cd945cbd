/**
 * Generated from model/appliance.ecore by releng/scripts/generate-model.sh; do not edit.
 */
package dev.kiln.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ovf Properties</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * OVF properties offered to the customer at deployment, applied on first boot.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.kiln.model.OvfProperties#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see dev.kiln.model.AppliancePackage#getOvfProperties()
 * @model extendedMetaData="name='OvfProperties' kind='elementOnly'"
 * @generated
 */
public interface OvfProperties extends EObject {
	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link dev.kiln.model.OvfProperty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The properties.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see dev.kiln.model.AppliancePackage#getOvfProperties_Entries()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='property' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<OvfProperty> getEntries();

} // OvfProperties
