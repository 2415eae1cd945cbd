/**
 * Generated from model/appliance.ecore by releng/scripts/generate-model.sh; do not edit.
 */
package dev.kiln.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Output</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One image format to produce.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.kiln.model.Output#getFormat <em>Format</em>}</li>
 *   <li>{@link dev.kiln.model.Output#isCompressed <em>Compressed</em>}</li>
 *   <li>{@link dev.kiln.model.Output#getOvfVersion <em>Ovf Version</em>}</li>
 * </ul>
 *
 * @see dev.kiln.model.AppliancePackage#getOutput()
 * @model extendedMetaData="name='Output' kind='empty'"
 * @generated
 */
public interface Output extends EObject {
	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One of raw, qcow2, vmdk, ova, vhd (fixed VHD: Azure, Hyper-V), gce (Compute Engine's disk.raw in a .tar.gz), vagrant-libvirt (a Vagrant box for the libvirt provider).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see #setFormat(String)
	 * @see dev.kiln.model.AppliancePackage#getOutput_Format()
	 * @model extendedMetaData="kind='attribute' name='format'"
	 * @generated
	 */
	String getFormat();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Output#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(String value);

	/**
	 * Returns the value of the '<em><b>Compressed</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Compress the image (qcow2 only).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Compressed</em>' attribute.
	 * @see #isSetCompressed()
	 * @see #unsetCompressed()
	 * @see #setCompressed(boolean)
	 * @see dev.kiln.model.AppliancePackage#getOutput_Compressed()
	 * @model default="false" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='compressed'"
	 * @generated
	 */
	boolean isCompressed();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Output#isCompressed <em>Compressed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Compressed</em>' attribute.
	 * @see #isSetCompressed()
	 * @see #unsetCompressed()
	 * @see #isCompressed()
	 * @generated
	 */
	void setCompressed(boolean value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.Output#isCompressed <em>Compressed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCompressed()
	 * @see #isCompressed()
	 * @see #setCompressed(boolean)
	 * @generated
	 */
	void unsetCompressed();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.Output#isCompressed <em>Compressed</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Compressed</em>' attribute is set.
	 * @see #unsetCompressed()
	 * @see #isCompressed()
	 * @see #setCompressed(boolean)
	 * @generated
	 */
	boolean isSetCompressed();

	/**
	 * Returns the value of the '<em><b>Ovf Version</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * The literals are from the enumeration {@link dev.kiln.model.OvfVersion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * OVF version of the descriptor (ova only): 1.0, which every importer reads, or 2.0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ovf Version</em>' attribute.
	 * @see dev.kiln.model.OvfVersion
	 * @see #isSetOvfVersion()
	 * @see #unsetOvfVersion()
	 * @see #setOvfVersion(OvfVersion)
	 * @see dev.kiln.model.AppliancePackage#getOutput_OvfVersion()
	 * @model default="1.0" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='ovfVersion'"
	 * @generated
	 */
	OvfVersion getOvfVersion();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Output#getOvfVersion <em>Ovf Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ovf Version</em>' attribute.
	 * @see dev.kiln.model.OvfVersion
	 * @see #isSetOvfVersion()
	 * @see #unsetOvfVersion()
	 * @see #getOvfVersion()
	 * @generated
	 */
	void setOvfVersion(OvfVersion value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.Output#getOvfVersion <em>Ovf Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetOvfVersion()
	 * @see #getOvfVersion()
	 * @see #setOvfVersion(OvfVersion)
	 * @generated
	 */
	void unsetOvfVersion();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.Output#getOvfVersion <em>Ovf Version</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Ovf Version</em>' attribute is set.
	 * @see #unsetOvfVersion()
	 * @see #getOvfVersion()
	 * @see #setOvfVersion(OvfVersion)
	 * @generated
	 */
	boolean isSetOvfVersion();

} // Output
