/**
 * Generated from model/appliance.ecore by releng/scripts/generate-model.sh; do not edit.
 */
package dev.kiln.model.impl;

import dev.kiln.model.AppliancePackage;
import dev.kiln.model.KeptPath;
import dev.kiln.model.ReadyCheck;
import dev.kiln.model.UpdateApply;
import dev.kiln.model.UpdateChannel;
import dev.kiln.model.Updates;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Updates</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.kiln.model.impl.UpdatesImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link dev.kiln.model.impl.UpdatesImpl#getKeeps <em>Keeps</em>}</li>
 *   <li>{@link dev.kiln.model.impl.UpdatesImpl#getReady <em>Ready</em>}</li>
 *   <li>{@link dev.kiln.model.impl.UpdatesImpl#getUrl <em>Url</em>}</li>
 *   <li>{@link dev.kiln.model.impl.UpdatesImpl#getCheck <em>Check</em>}</li>
 *   <li>{@link dev.kiln.model.impl.UpdatesImpl#getApply <em>Apply</em>}</li>
 *   <li>{@link dev.kiln.model.impl.UpdatesImpl#getRebootWindow <em>Reboot Window</em>}</li>
 *   <li>{@link dev.kiln.model.impl.UpdatesImpl#getReadyTimeout <em>Ready Timeout</em>}</li>
 *   <li>{@link dev.kiln.model.impl.UpdatesImpl#getDataSizeMb <em>Data Size Mb</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UpdatesImpl extends MinimalEObjectImpl.Container implements Updates {
	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<UpdateChannel> channels;

	/**
	 * The cached value of the '{@link #getKeeps() <em>Keeps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeeps()
	 * @generated
	 * @ordered
	 */
	protected EList<KeptPath> keeps;

	/**
	 * The cached value of the '{@link #getReady() <em>Ready</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReady()
	 * @generated
	 * @ordered
	 */
	protected ReadyCheck ready;

	/**
	 * The default value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected String url = URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getCheck() <em>Check</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheck()
	 * @generated
	 * @ordered
	 */
	protected static final String CHECK_EDEFAULT = "daily"; //$NON-NLS-1$

	/**
	 * The cached value of the '{@link #getCheck() <em>Check</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheck()
	 * @generated
	 * @ordered
	 */
	protected String check = CHECK_EDEFAULT;

	/**
	 * This is true if the Check attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean checkESet;

	/**
	 * The default value of the '{@link #getApply() <em>Apply</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApply()
	 * @generated
	 * @ordered
	 */
	protected static final UpdateApply APPLY_EDEFAULT = UpdateApply.MANUAL;

	/**
	 * The cached value of the '{@link #getApply() <em>Apply</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApply()
	 * @generated
	 * @ordered
	 */
	protected UpdateApply apply = APPLY_EDEFAULT;

	/**
	 * This is true if the Apply attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean applyESet;

	/**
	 * The default value of the '{@link #getRebootWindow() <em>Reboot Window</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRebootWindow()
	 * @generated
	 * @ordered
	 */
	protected static final String REBOOT_WINDOW_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRebootWindow() <em>Reboot Window</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRebootWindow()
	 * @generated
	 * @ordered
	 */
	protected String rebootWindow = REBOOT_WINDOW_EDEFAULT;

	/**
	 * The default value of the '{@link #getReadyTimeout() <em>Ready Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadyTimeout()
	 * @generated
	 * @ordered
	 */
	protected static final int READY_TIMEOUT_EDEFAULT = 300;

	/**
	 * The cached value of the '{@link #getReadyTimeout() <em>Ready Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadyTimeout()
	 * @generated
	 * @ordered
	 */
	protected int readyTimeout = READY_TIMEOUT_EDEFAULT;

	/**
	 * This is true if the Ready Timeout attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean readyTimeoutESet;

	/**
	 * The default value of the '{@link #getDataSizeMb() <em>Data Size Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSizeMb()
	 * @generated
	 * @ordered
	 */
	protected static final int DATA_SIZE_MB_EDEFAULT = 256;

	/**
	 * The cached value of the '{@link #getDataSizeMb() <em>Data Size Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSizeMb()
	 * @generated
	 * @ordered
	 */
	protected int dataSizeMb = DATA_SIZE_MB_EDEFAULT;

	/**
	 * This is true if the Data Size Mb attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean dataSizeMbESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UpdatesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppliancePackage.Literals.UPDATES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<UpdateChannel> getChannels() {
		if (channels == null) {
			channels = new EObjectContainmentEList<UpdateChannel>(UpdateChannel.class, this, AppliancePackage.UPDATES__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KeptPath> getKeeps() {
		if (keeps == null) {
			keeps = new EObjectContainmentEList<KeptPath>(KeptPath.class, this, AppliancePackage.UPDATES__KEEPS);
		}
		return keeps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReadyCheck getReady() {
		return ready;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetReady(ReadyCheck newReady, NotificationChain msgs) {
		ReadyCheck oldReady = ready;
		ready = newReady;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AppliancePackage.UPDATES__READY, oldReady, newReady);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReady(ReadyCheck newReady) {
		if (newReady != ready) {
			NotificationChain msgs = null;
			if (ready != null)
				msgs = ((InternalEObject)ready).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AppliancePackage.UPDATES__READY, null, msgs);
			if (newReady != null)
				msgs = ((InternalEObject)newReady).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AppliancePackage.UPDATES__READY, null, msgs);
			msgs = basicSetReady(newReady, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.UPDATES__READY, newReady, newReady));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUrl() {
		return url;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrl(String newUrl) {
		String oldUrl = url;
		url = newUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.UPDATES__URL, oldUrl, url));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCheck() {
		return check;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCheck(String newCheck) {
		String oldCheck = check;
		check = newCheck;
		boolean oldCheckESet = checkESet;
		checkESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.UPDATES__CHECK, oldCheck, check, !oldCheckESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCheck() {
		String oldCheck = check;
		boolean oldCheckESet = checkESet;
		check = CHECK_EDEFAULT;
		checkESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AppliancePackage.UPDATES__CHECK, oldCheck, CHECK_EDEFAULT, oldCheckESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCheck() {
		return checkESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UpdateApply getApply() {
		return apply;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApply(UpdateApply newApply) {
		UpdateApply oldApply = apply;
		apply = newApply == null ? APPLY_EDEFAULT : newApply;
		boolean oldApplyESet = applyESet;
		applyESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.UPDATES__APPLY, oldApply, apply, !oldApplyESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetApply() {
		UpdateApply oldApply = apply;
		boolean oldApplyESet = applyESet;
		apply = APPLY_EDEFAULT;
		applyESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AppliancePackage.UPDATES__APPLY, oldApply, APPLY_EDEFAULT, oldApplyESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetApply() {
		return applyESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRebootWindow() {
		return rebootWindow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRebootWindow(String newRebootWindow) {
		String oldRebootWindow = rebootWindow;
		rebootWindow = newRebootWindow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.UPDATES__REBOOT_WINDOW, oldRebootWindow, rebootWindow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReadyTimeout() {
		return readyTimeout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadyTimeout(int newReadyTimeout) {
		int oldReadyTimeout = readyTimeout;
		readyTimeout = newReadyTimeout;
		boolean oldReadyTimeoutESet = readyTimeoutESet;
		readyTimeoutESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.UPDATES__READY_TIMEOUT, oldReadyTimeout, readyTimeout, !oldReadyTimeoutESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetReadyTimeout() {
		int oldReadyTimeout = readyTimeout;
		boolean oldReadyTimeoutESet = readyTimeoutESet;
		readyTimeout = READY_TIMEOUT_EDEFAULT;
		readyTimeoutESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AppliancePackage.UPDATES__READY_TIMEOUT, oldReadyTimeout, READY_TIMEOUT_EDEFAULT, oldReadyTimeoutESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetReadyTimeout() {
		return readyTimeoutESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDataSizeMb() {
		return dataSizeMb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataSizeMb(int newDataSizeMb) {
		int oldDataSizeMb = dataSizeMb;
		dataSizeMb = newDataSizeMb;
		boolean oldDataSizeMbESet = dataSizeMbESet;
		dataSizeMbESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.UPDATES__DATA_SIZE_MB, oldDataSizeMb, dataSizeMb, !oldDataSizeMbESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetDataSizeMb() {
		int oldDataSizeMb = dataSizeMb;
		boolean oldDataSizeMbESet = dataSizeMbESet;
		dataSizeMb = DATA_SIZE_MB_EDEFAULT;
		dataSizeMbESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AppliancePackage.UPDATES__DATA_SIZE_MB, oldDataSizeMb, DATA_SIZE_MB_EDEFAULT, oldDataSizeMbESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetDataSizeMb() {
		return dataSizeMbESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AppliancePackage.UPDATES__CHANNELS:
				return ((InternalEList<?>)getChannels()).basicRemove(otherEnd, msgs);
			case AppliancePackage.UPDATES__KEEPS:
				return ((InternalEList<?>)getKeeps()).basicRemove(otherEnd, msgs);
			case AppliancePackage.UPDATES__READY:
				return basicSetReady(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AppliancePackage.UPDATES__CHANNELS:
				return getChannels();
			case AppliancePackage.UPDATES__KEEPS:
				return getKeeps();
			case AppliancePackage.UPDATES__READY:
				return getReady();
			case AppliancePackage.UPDATES__URL:
				return getUrl();
			case AppliancePackage.UPDATES__CHECK:
				return getCheck();
			case AppliancePackage.UPDATES__APPLY:
				return getApply();
			case AppliancePackage.UPDATES__REBOOT_WINDOW:
				return getRebootWindow();
			case AppliancePackage.UPDATES__READY_TIMEOUT:
				return getReadyTimeout();
			case AppliancePackage.UPDATES__DATA_SIZE_MB:
				return getDataSizeMb();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case AppliancePackage.UPDATES__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends UpdateChannel>)newValue);
				return;
			case AppliancePackage.UPDATES__KEEPS:
				getKeeps().clear();
				getKeeps().addAll((Collection<? extends KeptPath>)newValue);
				return;
			case AppliancePackage.UPDATES__READY:
				setReady((ReadyCheck)newValue);
				return;
			case AppliancePackage.UPDATES__URL:
				setUrl((String)newValue);
				return;
			case AppliancePackage.UPDATES__CHECK:
				setCheck((String)newValue);
				return;
			case AppliancePackage.UPDATES__APPLY:
				setApply((UpdateApply)newValue);
				return;
			case AppliancePackage.UPDATES__REBOOT_WINDOW:
				setRebootWindow((String)newValue);
				return;
			case AppliancePackage.UPDATES__READY_TIMEOUT:
				setReadyTimeout((Integer)newValue);
				return;
			case AppliancePackage.UPDATES__DATA_SIZE_MB:
				setDataSizeMb((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case AppliancePackage.UPDATES__CHANNELS:
				getChannels().clear();
				return;
			case AppliancePackage.UPDATES__KEEPS:
				getKeeps().clear();
				return;
			case AppliancePackage.UPDATES__READY:
				setReady((ReadyCheck)null);
				return;
			case AppliancePackage.UPDATES__URL:
				setUrl(URL_EDEFAULT);
				return;
			case AppliancePackage.UPDATES__CHECK:
				unsetCheck();
				return;
			case AppliancePackage.UPDATES__APPLY:
				unsetApply();
				return;
			case AppliancePackage.UPDATES__REBOOT_WINDOW:
				setRebootWindow(REBOOT_WINDOW_EDEFAULT);
				return;
			case AppliancePackage.UPDATES__READY_TIMEOUT:
				unsetReadyTimeout();
				return;
			case AppliancePackage.UPDATES__DATA_SIZE_MB:
				unsetDataSizeMb();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case AppliancePackage.UPDATES__CHANNELS:
				return channels != null && !channels.isEmpty();
			case AppliancePackage.UPDATES__KEEPS:
				return keeps != null && !keeps.isEmpty();
			case AppliancePackage.UPDATES__READY:
				return ready != null;
			case AppliancePackage.UPDATES__URL:
				return URL_EDEFAULT == null ? url != null : !URL_EDEFAULT.equals(url);
			case AppliancePackage.UPDATES__CHECK:
				return isSetCheck();
			case AppliancePackage.UPDATES__APPLY:
				return isSetApply();
			case AppliancePackage.UPDATES__REBOOT_WINDOW:
				return REBOOT_WINDOW_EDEFAULT == null ? rebootWindow != null : !REBOOT_WINDOW_EDEFAULT.equals(rebootWindow);
			case AppliancePackage.UPDATES__READY_TIMEOUT:
				return isSetReadyTimeout();
			case AppliancePackage.UPDATES__DATA_SIZE_MB:
				return isSetDataSizeMb();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (url: "); //$NON-NLS-1$
		result.append(url);
		result.append(", check: "); //$NON-NLS-1$
		if (checkESet) result.append(check); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", apply: "); //$NON-NLS-1$
		if (applyESet) result.append(apply); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", rebootWindow: "); //$NON-NLS-1$
		result.append(rebootWindow);
		result.append(", readyTimeout: "); //$NON-NLS-1$
		if (readyTimeoutESet) result.append(readyTimeout); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", dataSizeMb: "); //$NON-NLS-1$
		if (dataSizeMbESet) result.append(dataSizeMb); else result.append("<unset>"); //$NON-NLS-1$
		result.append(')');
		return result.toString();
	}

} //UpdatesImpl
