/**
 * Generated from model/appliance.ecore by releng/scripts/generate-model.sh; do not edit.
 */
package dev.kiln.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Target</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A place the appliance is deployed and listed.
 * <!-- end-model-doc -->
 * @see dev.kiln.model.AppliancePackage#getTarget()
 * @model
 * @generated
 */
public enum Target implements Enumerator {
	/**
	 * The '<em><b>Vmware</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VMWARE_VALUE
	 * @generated
	 * @ordered
	 */
	VMWARE(0, "vmware", "vmware"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Aws</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AWS_VALUE
	 * @generated
	 * @ordered
	 */
	AWS(1, "aws", "aws"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Azure</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AZURE_VALUE
	 * @generated
	 * @ordered
	 */
	AZURE(2, "azure", "azure"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Gcp</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GCP_VALUE
	 * @generated
	 * @ordered
	 */
	GCP(3, "gcp", "gcp"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Kvm</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_VALUE
	 * @generated
	 * @ordered
	 */
	KVM(4, "kvm", "kvm"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Vmware</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VMWARE
	 * @model name="vmware"
	 * @generated
	 * @ordered
	 */
	public static final int VMWARE_VALUE = 0;

	/**
	 * The '<em><b>Aws</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AWS
	 * @model name="aws"
	 * @generated
	 * @ordered
	 */
	public static final int AWS_VALUE = 1;

	/**
	 * The '<em><b>Azure</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AZURE
	 * @model name="azure"
	 * @generated
	 * @ordered
	 */
	public static final int AZURE_VALUE = 2;

	/**
	 * The '<em><b>Gcp</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GCP
	 * @model name="gcp"
	 * @generated
	 * @ordered
	 */
	public static final int GCP_VALUE = 3;

	/**
	 * The '<em><b>Kvm</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM
	 * @model name="kvm"
	 * @generated
	 * @ordered
	 */
	public static final int KVM_VALUE = 4;

	/**
	 * An array of all the '<em><b>Target</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Target[] VALUES_ARRAY =
		new Target[] {
			VMWARE,
			AWS,
			AZURE,
			GCP,
			KVM,
		};

	/**
	 * A public read-only list of all the '<em><b>Target</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Target> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Target</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Target get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Target result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Target</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Target getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Target result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Target</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Target get(int value) {
		switch (value) {
			case VMWARE_VALUE: return VMWARE;
			case AWS_VALUE: return AWS;
			case AZURE_VALUE: return AZURE;
			case GCP_VALUE: return GCP;
			case KVM_VALUE: return KVM;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private Target(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //Target
