/**
 * Generated from model/appliance.ecore by releng/scripts/generate-model.sh; do not edit.
 */
package dev.kiln.model.impl;

import dev.kiln.model.AppliancePackage;
import dev.kiln.model.Application;
import dev.kiln.model.ApplicationDirectory;
import dev.kiln.model.ApplicationFile;
import dev.kiln.model.Group;
import dev.kiln.model.SystemdService;
import dev.kiln.model.User;

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
 * An implementation of the model object '<em><b>Application</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.kiln.model.impl.ApplicationImpl#getFirstBootScript <em>First Boot Script</em>}</li>
 *   <li>{@link dev.kiln.model.impl.ApplicationImpl#getGroups <em>Groups</em>}</li>
 *   <li>{@link dev.kiln.model.impl.ApplicationImpl#getUsers <em>Users</em>}</li>
 *   <li>{@link dev.kiln.model.impl.ApplicationImpl#getDirectories <em>Directories</em>}</li>
 *   <li>{@link dev.kiln.model.impl.ApplicationImpl#getFiles <em>Files</em>}</li>
 *   <li>{@link dev.kiln.model.impl.ApplicationImpl#getServices <em>Services</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ApplicationImpl extends MinimalEObjectImpl.Container implements Application {
	/**
	 * The default value of the '{@link #getFirstBootScript() <em>First Boot Script</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstBootScript()
	 * @generated
	 * @ordered
	 */
	protected static final String FIRST_BOOT_SCRIPT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirstBootScript() <em>First Boot Script</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstBootScript()
	 * @generated
	 * @ordered
	 */
	protected String firstBootScript = FIRST_BOOT_SCRIPT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGroups() <em>Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<Group> groups;

	/**
	 * The cached value of the '{@link #getUsers() <em>Users</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsers()
	 * @generated
	 * @ordered
	 */
	protected EList<User> users;

	/**
	 * The cached value of the '{@link #getDirectories() <em>Directories</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirectories()
	 * @generated
	 * @ordered
	 */
	protected EList<ApplicationDirectory> directories;

	/**
	 * The cached value of the '{@link #getFiles() <em>Files</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiles()
	 * @generated
	 * @ordered
	 */
	protected EList<ApplicationFile> files;

	/**
	 * The cached value of the '{@link #getServices() <em>Services</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServices()
	 * @generated
	 * @ordered
	 */
	protected EList<SystemdService> services;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ApplicationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppliancePackage.Literals.APPLICATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFirstBootScript() {
		return firstBootScript;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstBootScript(String newFirstBootScript) {
		String oldFirstBootScript = firstBootScript;
		firstBootScript = newFirstBootScript;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.APPLICATION__FIRST_BOOT_SCRIPT, oldFirstBootScript, firstBootScript));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Group> getGroups() {
		if (groups == null) {
			groups = new EObjectContainmentEList<Group>(Group.class, this, AppliancePackage.APPLICATION__GROUPS);
		}
		return groups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<User> getUsers() {
		if (users == null) {
			users = new EObjectContainmentEList<User>(User.class, this, AppliancePackage.APPLICATION__USERS);
		}
		return users;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ApplicationDirectory> getDirectories() {
		if (directories == null) {
			directories = new EObjectContainmentEList<ApplicationDirectory>(ApplicationDirectory.class, this, AppliancePackage.APPLICATION__DIRECTORIES);
		}
		return directories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ApplicationFile> getFiles() {
		if (files == null) {
			files = new EObjectContainmentEList<ApplicationFile>(ApplicationFile.class, this, AppliancePackage.APPLICATION__FILES);
		}
		return files;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SystemdService> getServices() {
		if (services == null) {
			services = new EObjectContainmentEList<SystemdService>(SystemdService.class, this, AppliancePackage.APPLICATION__SERVICES);
		}
		return services;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AppliancePackage.APPLICATION__GROUPS:
				return ((InternalEList<?>)getGroups()).basicRemove(otherEnd, msgs);
			case AppliancePackage.APPLICATION__USERS:
				return ((InternalEList<?>)getUsers()).basicRemove(otherEnd, msgs);
			case AppliancePackage.APPLICATION__DIRECTORIES:
				return ((InternalEList<?>)getDirectories()).basicRemove(otherEnd, msgs);
			case AppliancePackage.APPLICATION__FILES:
				return ((InternalEList<?>)getFiles()).basicRemove(otherEnd, msgs);
			case AppliancePackage.APPLICATION__SERVICES:
				return ((InternalEList<?>)getServices()).basicRemove(otherEnd, msgs);
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
			case AppliancePackage.APPLICATION__FIRST_BOOT_SCRIPT:
				return getFirstBootScript();
			case AppliancePackage.APPLICATION__GROUPS:
				return getGroups();
			case AppliancePackage.APPLICATION__USERS:
				return getUsers();
			case AppliancePackage.APPLICATION__DIRECTORIES:
				return getDirectories();
			case AppliancePackage.APPLICATION__FILES:
				return getFiles();
			case AppliancePackage.APPLICATION__SERVICES:
				return getServices();
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
			case AppliancePackage.APPLICATION__FIRST_BOOT_SCRIPT:
				setFirstBootScript((String)newValue);
				return;
			case AppliancePackage.APPLICATION__GROUPS:
				getGroups().clear();
				getGroups().addAll((Collection<? extends Group>)newValue);
				return;
			case AppliancePackage.APPLICATION__USERS:
				getUsers().clear();
				getUsers().addAll((Collection<? extends User>)newValue);
				return;
			case AppliancePackage.APPLICATION__DIRECTORIES:
				getDirectories().clear();
				getDirectories().addAll((Collection<? extends ApplicationDirectory>)newValue);
				return;
			case AppliancePackage.APPLICATION__FILES:
				getFiles().clear();
				getFiles().addAll((Collection<? extends ApplicationFile>)newValue);
				return;
			case AppliancePackage.APPLICATION__SERVICES:
				getServices().clear();
				getServices().addAll((Collection<? extends SystemdService>)newValue);
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
			case AppliancePackage.APPLICATION__FIRST_BOOT_SCRIPT:
				setFirstBootScript(FIRST_BOOT_SCRIPT_EDEFAULT);
				return;
			case AppliancePackage.APPLICATION__GROUPS:
				getGroups().clear();
				return;
			case AppliancePackage.APPLICATION__USERS:
				getUsers().clear();
				return;
			case AppliancePackage.APPLICATION__DIRECTORIES:
				getDirectories().clear();
				return;
			case AppliancePackage.APPLICATION__FILES:
				getFiles().clear();
				return;
			case AppliancePackage.APPLICATION__SERVICES:
				getServices().clear();
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
			case AppliancePackage.APPLICATION__FIRST_BOOT_SCRIPT:
				return FIRST_BOOT_SCRIPT_EDEFAULT == null ? firstBootScript != null : !FIRST_BOOT_SCRIPT_EDEFAULT.equals(firstBootScript);
			case AppliancePackage.APPLICATION__GROUPS:
				return groups != null && !groups.isEmpty();
			case AppliancePackage.APPLICATION__USERS:
				return users != null && !users.isEmpty();
			case AppliancePackage.APPLICATION__DIRECTORIES:
				return directories != null && !directories.isEmpty();
			case AppliancePackage.APPLICATION__FILES:
				return files != null && !files.isEmpty();
			case AppliancePackage.APPLICATION__SERVICES:
				return services != null && !services.isEmpty();
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
		result.append(" (firstBootScript: "); //$NON-NLS-1$
		result.append(firstBootScript);
		result.append(')');
		return result.toString();
	}

} //ApplicationImpl
