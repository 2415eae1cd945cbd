/**
 * Generated from model/appliance.ecore by releng/scripts/generate-model.sh; do not edit.
 */
package dev.kiln.model.impl;

import dev.kiln.model.AppliancePackage;
import dev.kiln.model.ApplicationFile;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Application File</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class ApplicationFileImpl extends FileSystemEntryImpl implements ApplicationFile {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ApplicationFileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppliancePackage.Literals.APPLICATION_FILE;
	}

} //ApplicationFileImpl
