/**
 * Generated from model/appliance.ecore by releng/scripts/generate-model.sh; do not edit.
 */
package dev.kiln.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Application Directory</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A directory created in the image, copied recursively when it has a source.
 * <!-- end-model-doc -->
 *
 *
 * @see dev.kiln.model.AppliancePackage#getApplicationDirectory()
 * @model extendedMetaData="name='ApplicationDirectory' kind='empty'"
 * @generated
 */
public interface ApplicationDirectory extends FileSystemEntry {
} // ApplicationDirectory
