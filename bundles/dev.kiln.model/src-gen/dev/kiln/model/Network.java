/**
 * Generated from model/appliance.ecore by releng/scripts/generate-model.sh; do not edit.
 */
package dev.kiln.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Network configuration of the first interface and the ports the appliance serves.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.kiln.model.Network#getConfiguration <em>Configuration</em>}</li>
 *   <li>{@link dev.kiln.model.Network#getHostname <em>Hostname</em>}</li>
 *   <li>{@link dev.kiln.model.Network#getAddress <em>Address</em>}</li>
 *   <li>{@link dev.kiln.model.Network#getGateway <em>Gateway</em>}</li>
 *   <li>{@link dev.kiln.model.Network#getNameservers <em>Nameservers</em>}</li>
 *   <li>{@link dev.kiln.model.Network#getPorts <em>Ports</em>}</li>
 * </ul>
 *
 * @see dev.kiln.model.AppliancePackage#getNetwork()
 * @model extendedMetaData="name='Network' kind='elementOnly'"
 * @generated
 */
public interface Network extends EObject {
	/**
	 * Returns the value of the '<em><b>Configuration</b></em>' attribute.
	 * The default value is <code>"dhcp"</code>.
	 * The literals are from the enumeration {@link dev.kiln.model.NetworkConfiguration}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DHCP or a static address.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Configuration</em>' attribute.
	 * @see dev.kiln.model.NetworkConfiguration
	 * @see #isSetConfiguration()
	 * @see #unsetConfiguration()
	 * @see #setConfiguration(NetworkConfiguration)
	 * @see dev.kiln.model.AppliancePackage#getNetwork_Configuration()
	 * @model default="dhcp" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='configuration'"
	 * @generated
	 */
	NetworkConfiguration getConfiguration();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Network#getConfiguration <em>Configuration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Configuration</em>' attribute.
	 * @see dev.kiln.model.NetworkConfiguration
	 * @see #isSetConfiguration()
	 * @see #unsetConfiguration()
	 * @see #getConfiguration()
	 * @generated
	 */
	void setConfiguration(NetworkConfiguration value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.Network#getConfiguration <em>Configuration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetConfiguration()
	 * @see #getConfiguration()
	 * @see #setConfiguration(NetworkConfiguration)
	 * @generated
	 */
	void unsetConfiguration();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.Network#getConfiguration <em>Configuration</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Configuration</em>' attribute is set.
	 * @see #unsetConfiguration()
	 * @see #getConfiguration()
	 * @see #setConfiguration(NetworkConfiguration)
	 * @generated
	 */
	boolean isSetConfiguration();

	/**
	 * Returns the value of the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Host name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hostname</em>' attribute.
	 * @see #setHostname(String)
	 * @see dev.kiln.model.AppliancePackage#getNetwork_Hostname()
	 * @model extendedMetaData="kind='attribute' name='hostname'"
	 * @generated
	 */
	String getHostname();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Network#getHostname <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hostname</em>' attribute.
	 * @see #getHostname()
	 * @generated
	 */
	void setHostname(String value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Static address in CIDR notation, e.g. "192.0.2.10/24".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see dev.kiln.model.AppliancePackage#getNetwork_Address()
	 * @model extendedMetaData="kind='attribute' name='address'"
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Network#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Gateway</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Static default gateway.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gateway</em>' attribute.
	 * @see #setGateway(String)
	 * @see dev.kiln.model.AppliancePackage#getNetwork_Gateway()
	 * @model extendedMetaData="kind='attribute' name='gateway'"
	 * @generated
	 */
	String getGateway();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Network#getGateway <em>Gateway</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gateway</em>' attribute.
	 * @see #getGateway()
	 * @generated
	 */
	void setGateway(String value);

	/**
	 * Returns the value of the '<em><b>Nameservers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Static DNS servers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nameservers</em>' attribute list.
	 * @see dev.kiln.model.AppliancePackage#getNetwork_Nameservers()
	 * @model extendedMetaData="kind='element' name='nameserver' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<String> getNameservers();

	/**
	 * Returns the value of the '<em><b>Ports</b></em>' containment reference list.
	 * The list contents are of type {@link dev.kiln.model.Port}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ports the appliance listens on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ports</em>' containment reference list.
	 * @see dev.kiln.model.AppliancePackage#getNetwork_Ports()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='port' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<Port> getPorts();

} // Network
