/**
 * Generated from model/appliance.ecore by releng/scripts/generate-model.sh; do not edit.
 */
package dev.kiln.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Appliance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of appliance.xml: what a vendor ships and how it is built.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.kiln.model.Appliance#getId <em>Id</em>}</li>
 *   <li>{@link dev.kiln.model.Appliance#getName <em>Name</em>}</li>
 *   <li>{@link dev.kiln.model.Appliance#getVersion <em>Version</em>}</li>
 *   <li>{@link dev.kiln.model.Appliance#getVendor <em>Vendor</em>}</li>
 *   <li>{@link dev.kiln.model.Appliance#getLogo <em>Logo</em>}</li>
 *   <li>{@link dev.kiln.model.Appliance#getSummary <em>Summary</em>}</li>
 *   <li>{@link dev.kiln.model.Appliance#getDescription <em>Description</em>}</li>
 *   <li>{@link dev.kiln.model.Appliance#getLicense <em>License</em>}</li>
 *   <li>{@link dev.kiln.model.Appliance#getOs <em>Os</em>}</li>
 *   <li>{@link dev.kiln.model.Appliance#getApplication <em>Application</em>}</li>
 *   <li>{@link dev.kiln.model.Appliance#getNetwork <em>Network</em>}</li>
 *   <li>{@link dev.kiln.model.Appliance#getHardware <em>Hardware</em>}</li>
 *   <li>{@link dev.kiln.model.Appliance#getUpdates <em>Updates</em>}</li>
 *   <li>{@link dev.kiln.model.Appliance#getProperties <em>Properties</em>}</li>
 *   <li>{@link dev.kiln.model.Appliance#getOutputs <em>Outputs</em>}</li>
 *   <li>{@link dev.kiln.model.Appliance#getTargets <em>Targets</em>}</li>
 *   <li>{@link dev.kiln.model.Appliance#getListing <em>Listing</em>}</li>
 * </ul>
 *
 * @see dev.kiln.model.AppliancePackage#getAppliance()
 * @model extendedMetaData="name='appliance' kind='elementOnly'"
 * @generated
 */
public interface Appliance extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable identifier of the appliance, e.g. "hello-appliance"; lower case, digits, dots and dashes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see dev.kiln.model.AppliancePackage#getAppliance_Id()
	 * @model extendedMetaData="kind='attribute' name='id'"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Appliance#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Human-readable product name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see dev.kiln.model.AppliancePackage#getAppliance_Name()
	 * @model extendedMetaData="kind='attribute' name='name'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Appliance#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Semantic version of this appliance release, e.g. "1.2.0".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see dev.kiln.model.AppliancePackage#getAppliance_Version()
	 * @model extendedMetaData="kind='attribute' name='version'"
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Appliance#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Company or person that ships the appliance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vendor</em>' attribute.
	 * @see #setVendor(String)
	 * @see dev.kiln.model.AppliancePackage#getAppliance_Vendor()
	 * @model extendedMetaData="kind='attribute' name='vendor'"
	 * @generated
	 */
	String getVendor();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Appliance#getVendor <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor</em>' attribute.
	 * @see #getVendor()
	 * @generated
	 */
	void setVendor(String value);

	/**
	 * Returns the value of the '<em><b>Logo</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Project-relative path of the logo image.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Logo</em>' attribute.
	 * @see #setLogo(String)
	 * @see dev.kiln.model.AppliancePackage#getAppliance_Logo()
	 * @model extendedMetaData="kind='attribute' name='logo'"
	 * @generated
	 */
	String getLogo();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Appliance#getLogo <em>Logo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Logo</em>' attribute.
	 * @see #getLogo()
	 * @generated
	 */
	void setLogo(String value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One-line description.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see dev.kiln.model.AppliancePackage#getAppliance_Summary()
	 * @model extendedMetaData="kind='element' name='summary' namespace='##targetNamespace'"
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Appliance#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Longer description.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see dev.kiln.model.AppliancePackage#getAppliance_Description()
	 * @model extendedMetaData="kind='element' name='description' namespace='##targetNamespace'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Appliance#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>License</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Licence and end-user agreement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>License</em>' containment reference.
	 * @see #setLicense(License)
	 * @see dev.kiln.model.AppliancePackage#getAppliance_License()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='license' namespace='##targetNamespace'"
	 * @generated
	 */
	License getLicense();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Appliance#getLicense <em>License</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>License</em>' containment reference.
	 * @see #getLicense()
	 * @generated
	 */
	void setLicense(License value);

	/**
	 * Returns the value of the '<em><b>Os</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Debian base system.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Os</em>' containment reference.
	 * @see #setOs(OperatingSystem)
	 * @see dev.kiln.model.AppliancePackage#getAppliance_Os()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='os' namespace='##targetNamespace'"
	 * @generated
	 */
	OperatingSystem getOs();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Appliance#getOs <em>Os</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Os</em>' containment reference.
	 * @see #getOs()
	 * @generated
	 */
	void setOs(OperatingSystem value);

	/**
	 * Returns the value of the '<em><b>Application</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the vendor adds on top of the base system.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Application</em>' containment reference.
	 * @see #setApplication(Application)
	 * @see dev.kiln.model.AppliancePackage#getAppliance_Application()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='application' namespace='##targetNamespace'"
	 * @generated
	 */
	Application getApplication();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Appliance#getApplication <em>Application</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Application</em>' containment reference.
	 * @see #getApplication()
	 * @generated
	 */
	void setApplication(Application value);

	/**
	 * Returns the value of the '<em><b>Network</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Network configuration and published ports.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Network</em>' containment reference.
	 * @see #setNetwork(Network)
	 * @see dev.kiln.model.AppliancePackage#getAppliance_Network()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='network' namespace='##targetNamespace'"
	 * @generated
	 */
	Network getNetwork();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Appliance#getNetwork <em>Network</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Network</em>' containment reference.
	 * @see #getNetwork()
	 * @generated
	 */
	void setNetwork(Network value);

	/**
	 * Returns the value of the '<em><b>Hardware</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Virtual hardware of the appliance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hardware</em>' containment reference.
	 * @see #setHardware(Hardware)
	 * @see dev.kiln.model.AppliancePackage#getAppliance_Hardware()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='hardware' namespace='##targetNamespace'"
	 * @generated
	 */
	Hardware getHardware();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Appliance#getHardware <em>Hardware</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hardware</em>' containment reference.
	 * @see #getHardware()
	 * @generated
	 */
	void setHardware(Hardware value);

	/**
	 * Returns the value of the '<em><b>Updates</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How deployed appliances are updated: two system slots and a data partition on the system disk; absent, the appliance has one root file system and no updates.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Updates</em>' containment reference.
	 * @see #setUpdates(Updates)
	 * @see dev.kiln.model.AppliancePackage#getAppliance_Updates()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='updates' namespace='##targetNamespace'"
	 * @generated
	 */
	Updates getUpdates();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Appliance#getUpdates <em>Updates</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Updates</em>' containment reference.
	 * @see #getUpdates()
	 * @generated
	 */
	void setUpdates(Updates value);

	/**
	 * Returns the value of the '<em><b>Properties</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * OVF properties the customer may set at deployment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Properties</em>' containment reference.
	 * @see #setProperties(OvfProperties)
	 * @see dev.kiln.model.AppliancePackage#getAppliance_Properties()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='properties' namespace='##targetNamespace'"
	 * @generated
	 */
	OvfProperties getProperties();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Appliance#getProperties <em>Properties</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Properties</em>' containment reference.
	 * @see #getProperties()
	 * @generated
	 */
	void setProperties(OvfProperties value);

	/**
	 * Returns the value of the '<em><b>Outputs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Image formats to produce.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outputs</em>' containment reference.
	 * @see #setOutputs(Outputs)
	 * @see dev.kiln.model.AppliancePackage#getAppliance_Outputs()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='outputs' namespace='##targetNamespace'"
	 * @generated
	 */
	Outputs getOutputs();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Appliance#getOutputs <em>Outputs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outputs</em>' containment reference.
	 * @see #getOutputs()
	 * @generated
	 */
	void setOutputs(Outputs value);

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' attribute list.
	 * The list contents are of type {@link dev.kiln.model.Target}.
	 * The literals are from the enumeration {@link dev.kiln.model.Target}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the appliance is deployed and listed: vmware (VMware-style OVA listings), aws, azure, gcp, kvm (Proxmox VE, OpenStack, libvirt: cloud-init data on a NoCloud or config drive). A cloud target (aws, azure, gcp, kvm) puts cloud-init in the image with that target's data sources, and each target's listing rules are checked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Targets</em>' attribute list.
	 * @see dev.kiln.model.Target
	 * @see dev.kiln.model.AppliancePackage#getAppliance_Targets()
	 * @model extendedMetaData="kind='element' name='target' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<Target> getTargets();

	/**
	 * Returns the value of the '<em><b>Listing</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Marketplace listing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Listing</em>' containment reference.
	 * @see #setListing(Listing)
	 * @see dev.kiln.model.AppliancePackage#getAppliance_Listing()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='listing' namespace='##targetNamespace'"
	 * @generated
	 */
	Listing getListing();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Appliance#getListing <em>Listing</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Listing</em>' containment reference.
	 * @see #getListing()
	 * @generated
	 */
	void setListing(Listing value);

} // Appliance
