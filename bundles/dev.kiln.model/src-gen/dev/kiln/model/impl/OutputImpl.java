/**
 * Generated from model/appliance.ecore by releng/scripts/generate-model.sh; do not edit.
 */
package dev.kiln.model.impl;

import dev.kiln.model.AppliancePackage;
import dev.kiln.model.Output;
import dev.kiln.model.OvfVersion;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Output</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.kiln.model.impl.OutputImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link dev.kiln.model.impl.OutputImpl#isCompressed <em>Compressed</em>}</li>
 *   <li>{@link dev.kiln.model.impl.OutputImpl#getOvfVersion <em>Ovf Version</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OutputImpl extends MinimalEObjectImpl.Container implements Output {
	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected String format = FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #isCompressed() <em>Compressed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCompressed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean COMPRESSED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCompressed() <em>Compressed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCompressed()
	 * @generated
	 * @ordered
	 */
	protected boolean compressed = COMPRESSED_EDEFAULT;

	/**
	 * This is true if the Compressed attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean compressedESet;

	/**
	 * The default value of the '{@link #getOvfVersion() <em>Ovf Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOvfVersion()
	 * @generated
	 * @ordered
	 */
	protected static final OvfVersion OVF_VERSION_EDEFAULT = OvfVersion.V1_0;

	/**
	 * The cached value of the '{@link #getOvfVersion() <em>Ovf Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOvfVersion()
	 * @generated
	 * @ordered
	 */
	protected OvfVersion ovfVersion = OVF_VERSION_EDEFAULT;

	/**
	 * This is true if the Ovf Version attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean ovfVersionESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OutputImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppliancePackage.Literals.OUTPUT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(String newFormat) {
		String oldFormat = format;
		format = newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.OUTPUT__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCompressed() {
		return compressed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompressed(boolean newCompressed) {
		boolean oldCompressed = compressed;
		compressed = newCompressed;
		boolean oldCompressedESet = compressedESet;
		compressedESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.OUTPUT__COMPRESSED, oldCompressed, compressed, !oldCompressedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCompressed() {
		boolean oldCompressed = compressed;
		boolean oldCompressedESet = compressedESet;
		compressed = COMPRESSED_EDEFAULT;
		compressedESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AppliancePackage.OUTPUT__COMPRESSED, oldCompressed, COMPRESSED_EDEFAULT, oldCompressedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCompressed() {
		return compressedESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OvfVersion getOvfVersion() {
		return ovfVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOvfVersion(OvfVersion newOvfVersion) {
		OvfVersion oldOvfVersion = ovfVersion;
		ovfVersion = newOvfVersion == null ? OVF_VERSION_EDEFAULT : newOvfVersion;
		boolean oldOvfVersionESet = ovfVersionESet;
		ovfVersionESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.OUTPUT__OVF_VERSION, oldOvfVersion, ovfVersion, !oldOvfVersionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetOvfVersion() {
		OvfVersion oldOvfVersion = ovfVersion;
		boolean oldOvfVersionESet = ovfVersionESet;
		ovfVersion = OVF_VERSION_EDEFAULT;
		ovfVersionESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AppliancePackage.OUTPUT__OVF_VERSION, oldOvfVersion, OVF_VERSION_EDEFAULT, oldOvfVersionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetOvfVersion() {
		return ovfVersionESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AppliancePackage.OUTPUT__FORMAT:
				return getFormat();
			case AppliancePackage.OUTPUT__COMPRESSED:
				return isCompressed();
			case AppliancePackage.OUTPUT__OVF_VERSION:
				return getOvfVersion();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case AppliancePackage.OUTPUT__FORMAT:
				setFormat((String)newValue);
				return;
			case AppliancePackage.OUTPUT__COMPRESSED:
				setCompressed((Boolean)newValue);
				return;
			case AppliancePackage.OUTPUT__OVF_VERSION:
				setOvfVersion((OvfVersion)newValue);
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
			case AppliancePackage.OUTPUT__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case AppliancePackage.OUTPUT__COMPRESSED:
				unsetCompressed();
				return;
			case AppliancePackage.OUTPUT__OVF_VERSION:
				unsetOvfVersion();
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
			case AppliancePackage.OUTPUT__FORMAT:
				return FORMAT_EDEFAULT == null ? format != null : !FORMAT_EDEFAULT.equals(format);
			case AppliancePackage.OUTPUT__COMPRESSED:
				return isSetCompressed();
			case AppliancePackage.OUTPUT__OVF_VERSION:
				return isSetOvfVersion();
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
		result.append(" (format: "); //$NON-NLS-1$
		result.append(format);
		result.append(", compressed: "); //$NON-NLS-1$
		if (compressedESet) result.append(compressed); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", ovfVersion: "); //$NON-NLS-1$
		if (ovfVersionESet) result.append(ovfVersion); else result.append("<unset>"); //$NON-NLS-1$
		result.append(')');
		return result.toString();
	}

} //OutputImpl
