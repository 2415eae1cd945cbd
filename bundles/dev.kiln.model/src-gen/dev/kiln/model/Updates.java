/**
 * Generated from model/appliance.ecore by releng/scripts/generate-model.sh; do not edit.
 */
package dev.kiln.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Updates</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How a deployed appliance is updated (A/B): a new version is installed into the inactive system slot and booted, falling back to the running one when it does not become ready; the kept paths live on a data partition that updates do not touch.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.kiln.model.Updates#getChannels <em>Channels</em>}</li>
 *   <li>{@link dev.kiln.model.Updates#getKeeps <em>Keeps</em>}</li>
 *   <li>{@link dev.kiln.model.Updates#getReady <em>Ready</em>}</li>
 *   <li>{@link dev.kiln.model.Updates#getUrl <em>Url</em>}</li>
 *   <li>{@link dev.kiln.model.Updates#getCheck <em>Check</em>}</li>
 *   <li>{@link dev.kiln.model.Updates#getApply <em>Apply</em>}</li>
 *   <li>{@link dev.kiln.model.Updates#getRebootWindow <em>Reboot Window</em>}</li>
 *   <li>{@link dev.kiln.model.Updates#getReadyTimeout <em>Ready Timeout</em>}</li>
 *   <li>{@link dev.kiln.model.Updates#getDataSizeMb <em>Data Size Mb</em>}</li>
 * </ul>
 *
 * @see dev.kiln.model.AppliancePackage#getUpdates()
 * @model extendedMetaData="name='Updates' kind='elementOnly'"
 * @generated
 */
public interface Updates extends EObject {
	/**
	 * Returns the value of the '<em><b>Channels</b></em>' containment reference list.
	 * The list contents are of type {@link dev.kiln.model.UpdateChannel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The update channels the appliance may follow, the first the one it follows when shipped; none means one channel, stable.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channels</em>' containment reference list.
	 * @see dev.kiln.model.AppliancePackage#getUpdates_Channels()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='channel' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<UpdateChannel> getChannels();

	/**
	 * Returns the value of the '<em><b>Keeps</b></em>' containment reference list.
	 * The list contents are of type {@link dev.kiln.model.KeptPath}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Absolute paths in the image whose contents live on the data partition and survive updates.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Keeps</em>' containment reference list.
	 * @see dev.kiln.model.AppliancePackage#getUpdates_Keeps()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='keep' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<KeptPath> getKeeps();

	/**
	 * Returns the value of the '<em><b>Ready</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the guest knows a new version is ready; absent, the appliance's enabled services being active is the ready check.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ready</em>' containment reference.
	 * @see #setReady(ReadyCheck)
	 * @see dev.kiln.model.AppliancePackage#getUpdates_Ready()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='ready' namespace='##targetNamespace'"
	 * @generated
	 */
	ReadyCheck getReady();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Updates#getReady <em>Ready</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ready</em>' containment reference.
	 * @see #getReady()
	 * @generated
	 */
	void setReady(ReadyCheck value);

	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * http(s) URL where the guest finds the channels' indexes and bundles; absent, the customer or the storefront sets it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see dev.kiln.model.AppliancePackage#getUpdates_Url()
	 * @model extendedMetaData="kind='attribute' name='url'"
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Updates#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

	/**
	 * Returns the value of the '<em><b>Check</b></em>' attribute.
	 * The default value is <code>"daily"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How often the guest looks for a newer version, a systemd calendar event such as daily or "Mon 03:00"; never: only on the customer's command.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Check</em>' attribute.
	 * @see #isSetCheck()
	 * @see #unsetCheck()
	 * @see #setCheck(String)
	 * @see dev.kiln.model.AppliancePackage#getUpdates_Check()
	 * @model default="daily" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='check'"
	 * @generated
	 */
	String getCheck();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Updates#getCheck <em>Check</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Check</em>' attribute.
	 * @see #isSetCheck()
	 * @see #unsetCheck()
	 * @see #getCheck()
	 * @generated
	 */
	void setCheck(String value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.Updates#getCheck <em>Check</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCheck()
	 * @see #getCheck()
	 * @see #setCheck(String)
	 * @generated
	 */
	void unsetCheck();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.Updates#getCheck <em>Check</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Check</em>' attribute is set.
	 * @see #unsetCheck()
	 * @see #getCheck()
	 * @see #setCheck(String)
	 * @generated
	 */
	boolean isSetCheck();

	/**
	 * Returns the value of the '<em><b>Apply</b></em>' attribute.
	 * The default value is <code>"manual"</code>.
	 * The literals are from the enumeration {@link dev.kiln.model.UpdateApply}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a newer version found is installed and booted on the customer's command (manual) or at once (automatic).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Apply</em>' attribute.
	 * @see dev.kiln.model.UpdateApply
	 * @see #isSetApply()
	 * @see #unsetApply()
	 * @see #setApply(UpdateApply)
	 * @see dev.kiln.model.AppliancePackage#getUpdates_Apply()
	 * @model default="manual" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='apply'"
	 * @generated
	 */
	UpdateApply getApply();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Updates#getApply <em>Apply</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Apply</em>' attribute.
	 * @see dev.kiln.model.UpdateApply
	 * @see #isSetApply()
	 * @see #unsetApply()
	 * @see #getApply()
	 * @generated
	 */
	void setApply(UpdateApply value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.Updates#getApply <em>Apply</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetApply()
	 * @see #getApply()
	 * @see #setApply(UpdateApply)
	 * @generated
	 */
	void unsetApply();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.Updates#getApply <em>Apply</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Apply</em>' attribute is set.
	 * @see #unsetApply()
	 * @see #getApply()
	 * @see #setApply(UpdateApply)
	 * @generated
	 */
	boolean isSetApply();

	/**
	 * Returns the value of the '<em><b>Reboot Window</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When an automatic update may reboot, HH:MM-HH:MM; absent: at once.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reboot Window</em>' attribute.
	 * @see #setRebootWindow(String)
	 * @see dev.kiln.model.AppliancePackage#getUpdates_RebootWindow()
	 * @model extendedMetaData="kind='attribute' name='rebootWindow'"
	 * @generated
	 */
	String getRebootWindow();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Updates#getRebootWindow <em>Reboot Window</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reboot Window</em>' attribute.
	 * @see #getRebootWindow()
	 * @generated
	 */
	void setRebootWindow(String value);

	/**
	 * Returns the value of the '<em><b>Ready Timeout</b></em>' attribute.
	 * The default value is <code>"300"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seconds a new version may take to become ready before the guest falls back to the running one, 30 to 3600.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ready Timeout</em>' attribute.
	 * @see #isSetReadyTimeout()
	 * @see #unsetReadyTimeout()
	 * @see #setReadyTimeout(int)
	 * @see dev.kiln.model.AppliancePackage#getUpdates_ReadyTimeout()
	 * @model default="300" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='readyTimeout'"
	 * @generated
	 */
	int getReadyTimeout();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Updates#getReadyTimeout <em>Ready Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ready Timeout</em>' attribute.
	 * @see #isSetReadyTimeout()
	 * @see #unsetReadyTimeout()
	 * @see #getReadyTimeout()
	 * @generated
	 */
	void setReadyTimeout(int value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.Updates#getReadyTimeout <em>Ready Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetReadyTimeout()
	 * @see #getReadyTimeout()
	 * @see #setReadyTimeout(int)
	 * @generated
	 */
	void unsetReadyTimeout();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.Updates#getReadyTimeout <em>Ready Timeout</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Ready Timeout</em>' attribute is set.
	 * @see #unsetReadyTimeout()
	 * @see #getReadyTimeout()
	 * @see #setReadyTimeout(int)
	 * @generated
	 */
	boolean isSetReadyTimeout();

	/**
	 * Returns the value of the '<em><b>Data Size Mb</b></em>' attribute.
	 * The default value is <code>"256"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Size in MiB of the data partition in the shipped image, at least 32; it grows to the end of the disk at first boot.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Size Mb</em>' attribute.
	 * @see #isSetDataSizeMb()
	 * @see #unsetDataSizeMb()
	 * @see #setDataSizeMb(int)
	 * @see dev.kiln.model.AppliancePackage#getUpdates_DataSizeMb()
	 * @model default="256" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='dataSizeMb'"
	 * @generated
	 */
	int getDataSizeMb();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Updates#getDataSizeMb <em>Data Size Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Size Mb</em>' attribute.
	 * @see #isSetDataSizeMb()
	 * @see #unsetDataSizeMb()
	 * @see #getDataSizeMb()
	 * @generated
	 */
	void setDataSizeMb(int value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.Updates#getDataSizeMb <em>Data Size Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDataSizeMb()
	 * @see #getDataSizeMb()
	 * @see #setDataSizeMb(int)
	 * @generated
	 */
	void unsetDataSizeMb();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.Updates#getDataSizeMb <em>Data Size Mb</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Data Size Mb</em>' attribute is set.
	 * @see #unsetDataSizeMb()
	 * @see #getDataSizeMb()
	 * @see #setDataSizeMb(int)
	 * @generated
	 */
	boolean isSetDataSizeMb();

} // Updates
