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
 * A representation of the literals of the enumeration '<em><b>Disk Controller</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Virtual disk controller.
 * <!-- end-model-doc -->
 * @see dev.kiln.model.AppliancePackage#getDiskController()
 * @model
 * @generated
 */
public enum DiskController implements Enumerator {
	/**
	 * The '<em><b>Scsi</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCSI_VALUE
	 * @generated
	 * @ordered
	 */
	SCSI(0, "scsi", "scsi"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Sata</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SATA_VALUE
	 * @generated
	 * @ordered
	 */
	SATA(1, "sata", "sata"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Ide</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IDE_VALUE
	 * @generated
	 * @ordered
	 */
	IDE(2, "ide", "ide"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Scsi</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCSI
	 * @model name="scsi"
	 * @generated
	 * @ordered
	 */
	public static final int SCSI_VALUE = 0;

	/**
	 * The '<em><b>Sata</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SATA
	 * @model name="sata"
	 * @generated
	 * @ordered
	 */
	public static final int SATA_VALUE = 1;

	/**
	 * The '<em><b>Ide</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IDE
	 * @model name="ide"
	 * @generated
	 * @ordered
	 */
	public static final int IDE_VALUE = 2;

	/**
	 * An array of all the '<em><b>Disk Controller</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DiskController[] VALUES_ARRAY =
		new DiskController[] {
			SCSI,
			SATA,
			IDE,
		};

	/**
	 * A public read-only list of all the '<em><b>Disk Controller</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DiskController> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Disk Controller</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DiskController get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DiskController result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Disk Controller</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DiskController getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DiskController result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Disk Controller</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DiskController get(int value) {
		switch (value) {
			case SCSI_VALUE: return SCSI;
			case SATA_VALUE: return SATA;
			case IDE_VALUE: return IDE;
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
	private DiskController(int value, String name, String literal) {
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
	
} //DiskController
