/**
 * Generated from model/appliance.ecore by releng/scripts/generate-model.sh; do not edit.
 */
package dev.kiln.model.impl;

import dev.kiln.model.AppliancePackage;
import dev.kiln.model.Architecture;
import dev.kiln.model.DebianPackage;
import dev.kiln.model.OperatingSystem;
import dev.kiln.model.Trim;

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
 * An implementation of the model object '<em><b>Operating System</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.kiln.model.impl.OperatingSystemImpl#getDistribution <em>Distribution</em>}</li>
 *   <li>{@link dev.kiln.model.impl.OperatingSystemImpl#getSuite <em>Suite</em>}</li>
 *   <li>{@link dev.kiln.model.impl.OperatingSystemImpl#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link dev.kiln.model.impl.OperatingSystemImpl#getMirror <em>Mirror</em>}</li>
 *   <li>{@link dev.kiln.model.impl.OperatingSystemImpl#getSecurityMirror <em>Security Mirror</em>}</li>
 *   <li>{@link dev.kiln.model.impl.OperatingSystemImpl#getKeyring <em>Keyring</em>}</li>
 *   <li>{@link dev.kiln.model.impl.OperatingSystemImpl#isUpdates <em>Updates</em>}</li>
 *   <li>{@link dev.kiln.model.impl.OperatingSystemImpl#isSecurity <em>Security</em>}</li>
 *   <li>{@link dev.kiln.model.impl.OperatingSystemImpl#isInstallRecommends <em>Install Recommends</em>}</li>
 *   <li>{@link dev.kiln.model.impl.OperatingSystemImpl#getPackages <em>Packages</em>}</li>
 *   <li>{@link dev.kiln.model.impl.OperatingSystemImpl#getTrim <em>Trim</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OperatingSystemImpl extends MinimalEObjectImpl.Container implements OperatingSystem {
	/**
	 * The default value of the '{@link #getDistribution() <em>Distribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDistribution()
	 * @generated
	 * @ordered
	 */
	protected static final String DISTRIBUTION_EDEFAULT = "debian"; //$NON-NLS-1$

	/**
	 * The cached value of the '{@link #getDistribution() <em>Distribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDistribution()
	 * @generated
	 * @ordered
	 */
	protected String distribution = DISTRIBUTION_EDEFAULT;

	/**
	 * This is true if the Distribution attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean distributionESet;

	/**
	 * The default value of the '{@link #getSuite() <em>Suite</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuite()
	 * @generated
	 * @ordered
	 */
	protected static final String SUITE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSuite() <em>Suite</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuite()
	 * @generated
	 * @ordered
	 */
	protected String suite = SUITE_EDEFAULT;

	/**
	 * The default value of the '{@link #getArchitecture() <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitecture()
	 * @generated
	 * @ordered
	 */
	protected static final Architecture ARCHITECTURE_EDEFAULT = Architecture.AMD64;

	/**
	 * The cached value of the '{@link #getArchitecture() <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitecture()
	 * @generated
	 * @ordered
	 */
	protected Architecture architecture = ARCHITECTURE_EDEFAULT;

	/**
	 * This is true if the Architecture attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean architectureESet;

	/**
	 * The default value of the '{@link #getMirror() <em>Mirror</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMirror()
	 * @generated
	 * @ordered
	 */
	protected static final String MIRROR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMirror() <em>Mirror</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMirror()
	 * @generated
	 * @ordered
	 */
	protected String mirror = MIRROR_EDEFAULT;

	/**
	 * The default value of the '{@link #getSecurityMirror() <em>Security Mirror</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityMirror()
	 * @generated
	 * @ordered
	 */
	protected static final String SECURITY_MIRROR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSecurityMirror() <em>Security Mirror</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityMirror()
	 * @generated
	 * @ordered
	 */
	protected String securityMirror = SECURITY_MIRROR_EDEFAULT;

	/**
	 * The default value of the '{@link #getKeyring() <em>Keyring</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyring()
	 * @generated
	 * @ordered
	 */
	protected static final String KEYRING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKeyring() <em>Keyring</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyring()
	 * @generated
	 * @ordered
	 */
	protected String keyring = KEYRING_EDEFAULT;

	/**
	 * The default value of the '{@link #isUpdates() <em>Updates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUpdates()
	 * @generated
	 * @ordered
	 */
	protected static final boolean UPDATES_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isUpdates() <em>Updates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUpdates()
	 * @generated
	 * @ordered
	 */
	protected boolean updates = UPDATES_EDEFAULT;

	/**
	 * This is true if the Updates attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean updatesESet;

	/**
	 * The default value of the '{@link #isSecurity() <em>Security</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSecurity()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SECURITY_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isSecurity() <em>Security</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSecurity()
	 * @generated
	 * @ordered
	 */
	protected boolean security = SECURITY_EDEFAULT;

	/**
	 * This is true if the Security attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean securityESet;

	/**
	 * The default value of the '{@link #isInstallRecommends() <em>Install Recommends</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInstallRecommends()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INSTALL_RECOMMENDS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isInstallRecommends() <em>Install Recommends</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInstallRecommends()
	 * @generated
	 * @ordered
	 */
	protected boolean installRecommends = INSTALL_RECOMMENDS_EDEFAULT;

	/**
	 * This is true if the Install Recommends attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean installRecommendsESet;

	/**
	 * The cached value of the '{@link #getPackages() <em>Packages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPackages()
	 * @generated
	 * @ordered
	 */
	protected EList<DebianPackage> packages;

	/**
	 * The cached value of the '{@link #getTrim() <em>Trim</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrim()
	 * @generated
	 * @ordered
	 */
	protected Trim trim;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OperatingSystemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppliancePackage.Literals.OPERATING_SYSTEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDistribution() {
		return distribution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDistribution(String newDistribution) {
		String oldDistribution = distribution;
		distribution = newDistribution;
		boolean oldDistributionESet = distributionESet;
		distributionESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.OPERATING_SYSTEM__DISTRIBUTION, oldDistribution, distribution, !oldDistributionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetDistribution() {
		String oldDistribution = distribution;
		boolean oldDistributionESet = distributionESet;
		distribution = DISTRIBUTION_EDEFAULT;
		distributionESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AppliancePackage.OPERATING_SYSTEM__DISTRIBUTION, oldDistribution, DISTRIBUTION_EDEFAULT, oldDistributionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetDistribution() {
		return distributionESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSuite() {
		return suite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuite(String newSuite) {
		String oldSuite = suite;
		suite = newSuite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.OPERATING_SYSTEM__SUITE, oldSuite, suite));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Architecture getArchitecture() {
		return architecture;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArchitecture(Architecture newArchitecture) {
		Architecture oldArchitecture = architecture;
		architecture = newArchitecture == null ? ARCHITECTURE_EDEFAULT : newArchitecture;
		boolean oldArchitectureESet = architectureESet;
		architectureESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.OPERATING_SYSTEM__ARCHITECTURE, oldArchitecture, architecture, !oldArchitectureESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetArchitecture() {
		Architecture oldArchitecture = architecture;
		boolean oldArchitectureESet = architectureESet;
		architecture = ARCHITECTURE_EDEFAULT;
		architectureESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AppliancePackage.OPERATING_SYSTEM__ARCHITECTURE, oldArchitecture, ARCHITECTURE_EDEFAULT, oldArchitectureESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetArchitecture() {
		return architectureESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMirror() {
		return mirror;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMirror(String newMirror) {
		String oldMirror = mirror;
		mirror = newMirror;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.OPERATING_SYSTEM__MIRROR, oldMirror, mirror));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSecurityMirror() {
		return securityMirror;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecurityMirror(String newSecurityMirror) {
		String oldSecurityMirror = securityMirror;
		securityMirror = newSecurityMirror;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.OPERATING_SYSTEM__SECURITY_MIRROR, oldSecurityMirror, securityMirror));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKeyring() {
		return keyring;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeyring(String newKeyring) {
		String oldKeyring = keyring;
		keyring = newKeyring;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.OPERATING_SYSTEM__KEYRING, oldKeyring, keyring));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUpdates() {
		return updates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdates(boolean newUpdates) {
		boolean oldUpdates = updates;
		updates = newUpdates;
		boolean oldUpdatesESet = updatesESet;
		updatesESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.OPERATING_SYSTEM__UPDATES, oldUpdates, updates, !oldUpdatesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetUpdates() {
		boolean oldUpdates = updates;
		boolean oldUpdatesESet = updatesESet;
		updates = UPDATES_EDEFAULT;
		updatesESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AppliancePackage.OPERATING_SYSTEM__UPDATES, oldUpdates, UPDATES_EDEFAULT, oldUpdatesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetUpdates() {
		return updatesESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSecurity() {
		return security;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecurity(boolean newSecurity) {
		boolean oldSecurity = security;
		security = newSecurity;
		boolean oldSecurityESet = securityESet;
		securityESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.OPERATING_SYSTEM__SECURITY, oldSecurity, security, !oldSecurityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSecurity() {
		boolean oldSecurity = security;
		boolean oldSecurityESet = securityESet;
		security = SECURITY_EDEFAULT;
		securityESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AppliancePackage.OPERATING_SYSTEM__SECURITY, oldSecurity, SECURITY_EDEFAULT, oldSecurityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSecurity() {
		return securityESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isInstallRecommends() {
		return installRecommends;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstallRecommends(boolean newInstallRecommends) {
		boolean oldInstallRecommends = installRecommends;
		installRecommends = newInstallRecommends;
		boolean oldInstallRecommendsESet = installRecommendsESet;
		installRecommendsESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.OPERATING_SYSTEM__INSTALL_RECOMMENDS, oldInstallRecommends, installRecommends, !oldInstallRecommendsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetInstallRecommends() {
		boolean oldInstallRecommends = installRecommends;
		boolean oldInstallRecommendsESet = installRecommendsESet;
		installRecommends = INSTALL_RECOMMENDS_EDEFAULT;
		installRecommendsESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AppliancePackage.OPERATING_SYSTEM__INSTALL_RECOMMENDS, oldInstallRecommends, INSTALL_RECOMMENDS_EDEFAULT, oldInstallRecommendsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetInstallRecommends() {
		return installRecommendsESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DebianPackage> getPackages() {
		if (packages == null) {
			packages = new EObjectContainmentEList<DebianPackage>(DebianPackage.class, this, AppliancePackage.OPERATING_SYSTEM__PACKAGES);
		}
		return packages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Trim getTrim() {
		return trim;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTrim(Trim newTrim, NotificationChain msgs) {
		Trim oldTrim = trim;
		trim = newTrim;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AppliancePackage.OPERATING_SYSTEM__TRIM, oldTrim, newTrim);
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
	public void setTrim(Trim newTrim) {
		if (newTrim != trim) {
			NotificationChain msgs = null;
			if (trim != null)
				msgs = ((InternalEObject)trim).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AppliancePackage.OPERATING_SYSTEM__TRIM, null, msgs);
			if (newTrim != null)
				msgs = ((InternalEObject)newTrim).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AppliancePackage.OPERATING_SYSTEM__TRIM, null, msgs);
			msgs = basicSetTrim(newTrim, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.OPERATING_SYSTEM__TRIM, newTrim, newTrim));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AppliancePackage.OPERATING_SYSTEM__PACKAGES:
				return ((InternalEList<?>)getPackages()).basicRemove(otherEnd, msgs);
			case AppliancePackage.OPERATING_SYSTEM__TRIM:
				return basicSetTrim(null, msgs);
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
			case AppliancePackage.OPERATING_SYSTEM__DISTRIBUTION:
				return getDistribution();
			case AppliancePackage.OPERATING_SYSTEM__SUITE:
				return getSuite();
			case AppliancePackage.OPERATING_SYSTEM__ARCHITECTURE:
				return getArchitecture();
			case AppliancePackage.OPERATING_SYSTEM__MIRROR:
				return getMirror();
			case AppliancePackage.OPERATING_SYSTEM__SECURITY_MIRROR:
				return getSecurityMirror();
			case AppliancePackage.OPERATING_SYSTEM__KEYRING:
				return getKeyring();
			case AppliancePackage.OPERATING_SYSTEM__UPDATES:
				return isUpdates();
			case AppliancePackage.OPERATING_SYSTEM__SECURITY:
				return isSecurity();
			case AppliancePackage.OPERATING_SYSTEM__INSTALL_RECOMMENDS:
				return isInstallRecommends();
			case AppliancePackage.OPERATING_SYSTEM__PACKAGES:
				return getPackages();
			case AppliancePackage.OPERATING_SYSTEM__TRIM:
				return getTrim();
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
			case AppliancePackage.OPERATING_SYSTEM__DISTRIBUTION:
				setDistribution((String)newValue);
				return;
			case AppliancePackage.OPERATING_SYSTEM__SUITE:
				setSuite((String)newValue);
				return;
			case AppliancePackage.OPERATING_SYSTEM__ARCHITECTURE:
				setArchitecture((Architecture)newValue);
				return;
			case AppliancePackage.OPERATING_SYSTEM__MIRROR:
				setMirror((String)newValue);
				return;
			case AppliancePackage.OPERATING_SYSTEM__SECURITY_MIRROR:
				setSecurityMirror((String)newValue);
				return;
			case AppliancePackage.OPERATING_SYSTEM__KEYRING:
				setKeyring((String)newValue);
				return;
			case AppliancePackage.OPERATING_SYSTEM__UPDATES:
				setUpdates((Boolean)newValue);
				return;
			case AppliancePackage.OPERATING_SYSTEM__SECURITY:
				setSecurity((Boolean)newValue);
				return;
			case AppliancePackage.OPERATING_SYSTEM__INSTALL_RECOMMENDS:
				setInstallRecommends((Boolean)newValue);
				return;
			case AppliancePackage.OPERATING_SYSTEM__PACKAGES:
				getPackages().clear();
				getPackages().addAll((Collection<? extends DebianPackage>)newValue);
				return;
			case AppliancePackage.OPERATING_SYSTEM__TRIM:
				setTrim((Trim)newValue);
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
			case AppliancePackage.OPERATING_SYSTEM__DISTRIBUTION:
				unsetDistribution();
				return;
			case AppliancePackage.OPERATING_SYSTEM__SUITE:
				setSuite(SUITE_EDEFAULT);
				return;
			case AppliancePackage.OPERATING_SYSTEM__ARCHITECTURE:
				unsetArchitecture();
				return;
			case AppliancePackage.OPERATING_SYSTEM__MIRROR:
				setMirror(MIRROR_EDEFAULT);
				return;
			case AppliancePackage.OPERATING_SYSTEM__SECURITY_MIRROR:
				setSecurityMirror(SECURITY_MIRROR_EDEFAULT);
				return;
			case AppliancePackage.OPERATING_SYSTEM__KEYRING:
				setKeyring(KEYRING_EDEFAULT);
				return;
			case AppliancePackage.OPERATING_SYSTEM__UPDATES:
				unsetUpdates();
				return;
			case AppliancePackage.OPERATING_SYSTEM__SECURITY:
				unsetSecurity();
				return;
			case AppliancePackage.OPERATING_SYSTEM__INSTALL_RECOMMENDS:
				unsetInstallRecommends();
				return;
			case AppliancePackage.OPERATING_SYSTEM__PACKAGES:
				getPackages().clear();
				return;
			case AppliancePackage.OPERATING_SYSTEM__TRIM:
				setTrim((Trim)null);
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
			case AppliancePackage.OPERATING_SYSTEM__DISTRIBUTION:
				return isSetDistribution();
			case AppliancePackage.OPERATING_SYSTEM__SUITE:
				return SUITE_EDEFAULT == null ? suite != null : !SUITE_EDEFAULT.equals(suite);
			case AppliancePackage.OPERATING_SYSTEM__ARCHITECTURE:
				return isSetArchitecture();
			case AppliancePackage.OPERATING_SYSTEM__MIRROR:
				return MIRROR_EDEFAULT == null ? mirror != null : !MIRROR_EDEFAULT.equals(mirror);
			case AppliancePackage.OPERATING_SYSTEM__SECURITY_MIRROR:
				return SECURITY_MIRROR_EDEFAULT == null ? securityMirror != null : !SECURITY_MIRROR_EDEFAULT.equals(securityMirror);
			case AppliancePackage.OPERATING_SYSTEM__KEYRING:
				return KEYRING_EDEFAULT == null ? keyring != null : !KEYRING_EDEFAULT.equals(keyring);
			case AppliancePackage.OPERATING_SYSTEM__UPDATES:
				return isSetUpdates();
			case AppliancePackage.OPERATING_SYSTEM__SECURITY:
				return isSetSecurity();
			case AppliancePackage.OPERATING_SYSTEM__INSTALL_RECOMMENDS:
				return isSetInstallRecommends();
			case AppliancePackage.OPERATING_SYSTEM__PACKAGES:
				return packages != null && !packages.isEmpty();
			case AppliancePackage.OPERATING_SYSTEM__TRIM:
				return trim != null;
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
		result.append(" (distribution: "); //$NON-NLS-1$
		if (distributionESet) result.append(distribution); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", suite: "); //$NON-NLS-1$
		result.append(suite);
		result.append(", architecture: "); //$NON-NLS-1$
		if (architectureESet) result.append(architecture); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", mirror: "); //$NON-NLS-1$
		result.append(mirror);
		result.append(", securityMirror: "); //$NON-NLS-1$
		result.append(securityMirror);
		result.append(", keyring: "); //$NON-NLS-1$
		result.append(keyring);
		result.append(", updates: "); //$NON-NLS-1$
		if (updatesESet) result.append(updates); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", security: "); //$NON-NLS-1$
		if (securityESet) result.append(security); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", installRecommends: "); //$NON-NLS-1$
		if (installRecommendsESet) result.append(installRecommends); else result.append("<unset>"); //$NON-NLS-1$
		result.append(')');
		return result.toString();
	}

} //OperatingSystemImpl
