/**
 * Generated from model/appliance.ecore by releng/scripts/generate-model.sh; do not edit.
 */
package dev.kiln.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Operating System</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The base operating system.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.kiln.model.OperatingSystem#getDistribution <em>Distribution</em>}</li>
 *   <li>{@link dev.kiln.model.OperatingSystem#getSuite <em>Suite</em>}</li>
 *   <li>{@link dev.kiln.model.OperatingSystem#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link dev.kiln.model.OperatingSystem#getMirror <em>Mirror</em>}</li>
 *   <li>{@link dev.kiln.model.OperatingSystem#getSecurityMirror <em>Security Mirror</em>}</li>
 *   <li>{@link dev.kiln.model.OperatingSystem#getKeyring <em>Keyring</em>}</li>
 *   <li>{@link dev.kiln.model.OperatingSystem#isUpdates <em>Updates</em>}</li>
 *   <li>{@link dev.kiln.model.OperatingSystem#isSecurity <em>Security</em>}</li>
 *   <li>{@link dev.kiln.model.OperatingSystem#isInstallRecommends <em>Install Recommends</em>}</li>
 *   <li>{@link dev.kiln.model.OperatingSystem#getPackages <em>Packages</em>}</li>
 *   <li>{@link dev.kiln.model.OperatingSystem#getTrim <em>Trim</em>}</li>
 * </ul>
 *
 * @see dev.kiln.model.AppliancePackage#getOperatingSystem()
 * @model extendedMetaData="name='OperatingSystem' kind='elementOnly'"
 * @generated
 */
public interface OperatingSystem extends EObject {
	/**
	 * Returns the value of the '<em><b>Distribution</b></em>' attribute.
	 * The default value is <code>"debian"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Distribution; only "debian" is supported.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Distribution</em>' attribute.
	 * @see #isSetDistribution()
	 * @see #unsetDistribution()
	 * @see #setDistribution(String)
	 * @see dev.kiln.model.AppliancePackage#getOperatingSystem_Distribution()
	 * @model default="debian" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='distribution'"
	 * @generated
	 */
	String getDistribution();

	/**
	 * Sets the value of the '{@link dev.kiln.model.OperatingSystem#getDistribution <em>Distribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Distribution</em>' attribute.
	 * @see #isSetDistribution()
	 * @see #unsetDistribution()
	 * @see #getDistribution()
	 * @generated
	 */
	void setDistribution(String value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.OperatingSystem#getDistribution <em>Distribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDistribution()
	 * @see #getDistribution()
	 * @see #setDistribution(String)
	 * @generated
	 */
	void unsetDistribution();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.OperatingSystem#getDistribution <em>Distribution</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Distribution</em>' attribute is set.
	 * @see #unsetDistribution()
	 * @see #getDistribution()
	 * @see #setDistribution(String)
	 * @generated
	 */
	boolean isSetDistribution();

	/**
	 * Returns the value of the '<em><b>Suite</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Debian suite (code name), e.g. "bookworm" or "trixie".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Suite</em>' attribute.
	 * @see #setSuite(String)
	 * @see dev.kiln.model.AppliancePackage#getOperatingSystem_Suite()
	 * @model extendedMetaData="kind='attribute' name='suite'"
	 * @generated
	 */
	String getSuite();

	/**
	 * Sets the value of the '{@link dev.kiln.model.OperatingSystem#getSuite <em>Suite</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Suite</em>' attribute.
	 * @see #getSuite()
	 * @generated
	 */
	void setSuite(String value);

	/**
	 * Returns the value of the '<em><b>Architecture</b></em>' attribute.
	 * The default value is <code>"amd64"</code>.
	 * The literals are from the enumeration {@link dev.kiln.model.Architecture}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CPU architecture.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Architecture</em>' attribute.
	 * @see dev.kiln.model.Architecture
	 * @see #isSetArchitecture()
	 * @see #unsetArchitecture()
	 * @see #setArchitecture(Architecture)
	 * @see dev.kiln.model.AppliancePackage#getOperatingSystem_Architecture()
	 * @model default="amd64" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='architecture'"
	 * @generated
	 */
	Architecture getArchitecture();

	/**
	 * Sets the value of the '{@link dev.kiln.model.OperatingSystem#getArchitecture <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Architecture</em>' attribute.
	 * @see dev.kiln.model.Architecture
	 * @see #isSetArchitecture()
	 * @see #unsetArchitecture()
	 * @see #getArchitecture()
	 * @generated
	 */
	void setArchitecture(Architecture value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.OperatingSystem#getArchitecture <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetArchitecture()
	 * @see #getArchitecture()
	 * @see #setArchitecture(Architecture)
	 * @generated
	 */
	void unsetArchitecture();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.OperatingSystem#getArchitecture <em>Architecture</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Architecture</em>' attribute is set.
	 * @see #unsetArchitecture()
	 * @see #getArchitecture()
	 * @see #setArchitecture(Architecture)
	 * @generated
	 */
	boolean isSetArchitecture();

	/**
	 * Returns the value of the '<em><b>Mirror</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * http(s) URL of a Debian mirror replacing the default one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mirror</em>' attribute.
	 * @see #setMirror(String)
	 * @see dev.kiln.model.AppliancePackage#getOperatingSystem_Mirror()
	 * @model extendedMetaData="kind='attribute' name='mirror'"
	 * @generated
	 */
	String getMirror();

	/**
	 * Sets the value of the '{@link dev.kiln.model.OperatingSystem#getMirror <em>Mirror</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mirror</em>' attribute.
	 * @see #getMirror()
	 * @generated
	 */
	void setMirror(String value);

	/**
	 * Returns the value of the '<em><b>Security Mirror</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * http(s) URL of the Debian security archive replacing the default one (the one the machine's apt sources name for the suite's security pocket).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Security Mirror</em>' attribute.
	 * @see #setSecurityMirror(String)
	 * @see dev.kiln.model.AppliancePackage#getOperatingSystem_SecurityMirror()
	 * @model extendedMetaData="kind='attribute' name='securityMirror'"
	 * @generated
	 */
	String getSecurityMirror();

	/**
	 * Sets the value of the '{@link dev.kiln.model.OperatingSystem#getSecurityMirror <em>Security Mirror</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Security Mirror</em>' attribute.
	 * @see #getSecurityMirror()
	 * @generated
	 */
	void setSecurityMirror(String value);

	/**
	 * Returns the value of the '<em><b>Keyring</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Project-relative path of an OpenPGP keyring (binary or armored) whose keys may sign the mirrors' InRelease files, besides Debian's archive keyring: for a vendor's own archive or a test archive.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Keyring</em>' attribute.
	 * @see #setKeyring(String)
	 * @see dev.kiln.model.AppliancePackage#getOperatingSystem_Keyring()
	 * @model extendedMetaData="kind='attribute' name='keyring'"
	 * @generated
	 */
	String getKeyring();

	/**
	 * Sets the value of the '{@link dev.kiln.model.OperatingSystem#getKeyring <em>Keyring</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Keyring</em>' attribute.
	 * @see #getKeyring()
	 * @generated
	 */
	void setKeyring(String value);

	/**
	 * Returns the value of the '<em><b>Updates</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Take packages from the suite's updates pocket (e.g. trixie-updates), as a Debian installation does. Off: only the suite and its security pocket.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Updates</em>' attribute.
	 * @see #isSetUpdates()
	 * @see #unsetUpdates()
	 * @see #setUpdates(boolean)
	 * @see dev.kiln.model.AppliancePackage#getOperatingSystem_Updates()
	 * @model default="true" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='updates'"
	 * @generated
	 */
	boolean isUpdates();

	/**
	 * Sets the value of the '{@link dev.kiln.model.OperatingSystem#isUpdates <em>Updates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Updates</em>' attribute.
	 * @see #isSetUpdates()
	 * @see #unsetUpdates()
	 * @see #isUpdates()
	 * @generated
	 */
	void setUpdates(boolean value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.OperatingSystem#isUpdates <em>Updates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetUpdates()
	 * @see #isUpdates()
	 * @see #setUpdates(boolean)
	 * @generated
	 */
	void unsetUpdates();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.OperatingSystem#isUpdates <em>Updates</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Updates</em>' attribute is set.
	 * @see #unsetUpdates()
	 * @see #isUpdates()
	 * @see #setUpdates(boolean)
	 * @generated
	 */
	boolean isSetUpdates();

	/**
	 * Returns the value of the '<em><b>Security</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Take packages from the suite's security pocket (e.g. trixie-security) on the security archive, as a Debian installation does. Off ships packages with known, fixed vulnerabilities: unsafe, for tests and offline mirrors only.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Security</em>' attribute.
	 * @see #isSetSecurity()
	 * @see #unsetSecurity()
	 * @see #setSecurity(boolean)
	 * @see dev.kiln.model.AppliancePackage#getOperatingSystem_Security()
	 * @model default="true" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='security'"
	 * @generated
	 */
	boolean isSecurity();

	/**
	 * Sets the value of the '{@link dev.kiln.model.OperatingSystem#isSecurity <em>Security</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Security</em>' attribute.
	 * @see #isSetSecurity()
	 * @see #unsetSecurity()
	 * @see #isSecurity()
	 * @generated
	 */
	void setSecurity(boolean value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.OperatingSystem#isSecurity <em>Security</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSecurity()
	 * @see #isSecurity()
	 * @see #setSecurity(boolean)
	 * @generated
	 */
	void unsetSecurity();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.OperatingSystem#isSecurity <em>Security</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Security</em>' attribute is set.
	 * @see #unsetSecurity()
	 * @see #isSecurity()
	 * @see #setSecurity(boolean)
	 * @generated
	 */
	boolean isSetSecurity();

	/**
	 * Returns the value of the '<em><b>Install Recommends</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Install recommended packages too.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Install Recommends</em>' attribute.
	 * @see #isSetInstallRecommends()
	 * @see #unsetInstallRecommends()
	 * @see #setInstallRecommends(boolean)
	 * @see dev.kiln.model.AppliancePackage#getOperatingSystem_InstallRecommends()
	 * @model default="false" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='installRecommends'"
	 * @generated
	 */
	boolean isInstallRecommends();

	/**
	 * Sets the value of the '{@link dev.kiln.model.OperatingSystem#isInstallRecommends <em>Install Recommends</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Install Recommends</em>' attribute.
	 * @see #isSetInstallRecommends()
	 * @see #unsetInstallRecommends()
	 * @see #isInstallRecommends()
	 * @generated
	 */
	void setInstallRecommends(boolean value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.OperatingSystem#isInstallRecommends <em>Install Recommends</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetInstallRecommends()
	 * @see #isInstallRecommends()
	 * @see #setInstallRecommends(boolean)
	 * @generated
	 */
	void unsetInstallRecommends();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.OperatingSystem#isInstallRecommends <em>Install Recommends</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Install Recommends</em>' attribute is set.
	 * @see #unsetInstallRecommends()
	 * @see #isInstallRecommends()
	 * @see #setInstallRecommends(boolean)
	 * @generated
	 */
	boolean isSetInstallRecommends();

	/**
	 * Returns the value of the '<em><b>Packages</b></em>' containment reference list.
	 * The list contents are of type {@link dev.kiln.model.DebianPackage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Packages installed on top of the minimal system.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Packages</em>' containment reference list.
	 * @see dev.kiln.model.AppliancePackage#getOperatingSystem_Packages()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='package' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<DebianPackage> getPackages();

	/**
	 * Returns the value of the '<em><b>Trim</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the base system leaves out, by category; without the element everything listed is left out.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trim</em>' containment reference.
	 * @see #setTrim(Trim)
	 * @see dev.kiln.model.AppliancePackage#getOperatingSystem_Trim()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='trim' namespace='##targetNamespace'"
	 * @generated
	 */
	Trim getTrim();

	/**
	 * Sets the value of the '{@link dev.kiln.model.OperatingSystem#getTrim <em>Trim</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trim</em>' containment reference.
	 * @see #getTrim()
	 * @generated
	 */
	void setTrim(Trim value);

} // OperatingSystem
