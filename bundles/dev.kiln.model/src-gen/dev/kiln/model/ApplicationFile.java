/**
 * Generated from model/appliance.ecore by releng/scripts/generate-model.sh; do not edit.
 */
package dev.kiln.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Application File</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A file copied from the project into the image.
 * <!-- end-model-doc -->
 *
 *
 * @see dev.kiln.model.AppliancePackage#getApplicationFile()
 * @model extendedMetaData="name='ApplicationFile' kind='empty'"
 * @generated
 */
public interface ApplicationFile extends FileSystemEntry {
} // ApplicationFile
