/**
 * Generated from model/appliance.ecore by releng/scripts/generate-model.sh; do not edit.
 */
package dev.kiln.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Listing</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Marketplace listing.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.kiln.model.Listing#getTitle <em>Title</em>}</li>
 *   <li>{@link dev.kiln.model.Listing#getPricing <em>Pricing</em>}</li>
 *   <li>{@link dev.kiln.model.Listing#getSummary <em>Summary</em>}</li>
 *   <li>{@link dev.kiln.model.Listing#getDescription <em>Description</em>}</li>
 *   <li>{@link dev.kiln.model.Listing#getCategories <em>Categories</em>}</li>
 *   <li>{@link dev.kiln.model.Listing#getScreenshots <em>Screenshots</em>}</li>
 *   <li>{@link dev.kiln.model.Listing#getSupport <em>Support</em>}</li>
 *   <li>{@link dev.kiln.model.Listing#getReleaseNotes <em>Release Notes</em>}</li>
 * </ul>
 *
 * @see dev.kiln.model.AppliancePackage#getListing()
 * @model extendedMetaData="name='Listing' kind='elementOnly'"
 * @generated
 */
public interface Listing extends EObject {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Listing title, at most 72 characters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see dev.kiln.model.AppliancePackage#getListing_Title()
	 * @model extendedMetaData="kind='attribute' name='title'"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Listing#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Pricing</b></em>' attribute.
	 * The default value is <code>"free"</code>.
	 * The literals are from the enumeration {@link dev.kiln.model.PricingModel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pricing model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pricing</em>' attribute.
	 * @see dev.kiln.model.PricingModel
	 * @see #isSetPricing()
	 * @see #unsetPricing()
	 * @see #setPricing(PricingModel)
	 * @see dev.kiln.model.AppliancePackage#getListing_Pricing()
	 * @model default="free" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='pricing'"
	 * @generated
	 */
	PricingModel getPricing();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Listing#getPricing <em>Pricing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pricing</em>' attribute.
	 * @see dev.kiln.model.PricingModel
	 * @see #isSetPricing()
	 * @see #unsetPricing()
	 * @see #getPricing()
	 * @generated
	 */
	void setPricing(PricingModel value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.Listing#getPricing <em>Pricing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPricing()
	 * @see #getPricing()
	 * @see #setPricing(PricingModel)
	 * @generated
	 */
	void unsetPricing();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.Listing#getPricing <em>Pricing</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Pricing</em>' attribute is set.
	 * @see #unsetPricing()
	 * @see #getPricing()
	 * @see #setPricing(PricingModel)
	 * @generated
	 */
	boolean isSetPricing();

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short summary, at most 160 characters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see dev.kiln.model.AppliancePackage#getListing_Summary()
	 * @model extendedMetaData="kind='element' name='summary' namespace='##targetNamespace'"
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Listing#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Full description.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see dev.kiln.model.AppliancePackage#getListing_Description()
	 * @model extendedMetaData="kind='element' name='description' namespace='##targetNamespace'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Listing#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Categories</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Marketplace categories.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Categories</em>' attribute list.
	 * @see dev.kiln.model.AppliancePackage#getListing_Categories()
	 * @model extendedMetaData="kind='element' name='category' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<String> getCategories();

	/**
	 * Returns the value of the '<em><b>Screenshots</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Project-relative paths of screenshots.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Screenshots</em>' attribute list.
	 * @see dev.kiln.model.AppliancePackage#getListing_Screenshots()
	 * @model extendedMetaData="kind='element' name='screenshot' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<String> getScreenshots();

	/**
	 * Returns the value of the '<em><b>Support</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Support contact.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Support</em>' containment reference.
	 * @see #setSupport(SupportContact)
	 * @see dev.kiln.model.AppliancePackage#getListing_Support()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='support' namespace='##targetNamespace'"
	 * @generated
	 */
	SupportContact getSupport();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Listing#getSupport <em>Support</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Support</em>' containment reference.
	 * @see #getSupport()
	 * @generated
	 */
	void setSupport(SupportContact value);

	/**
	 * Returns the value of the '<em><b>Release Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Notes for this release.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Release Notes</em>' attribute.
	 * @see #setReleaseNotes(String)
	 * @see dev.kiln.model.AppliancePackage#getListing_ReleaseNotes()
	 * @model extendedMetaData="kind='element' name='releaseNotes' namespace='##targetNamespace'"
	 * @generated
	 */
	String getReleaseNotes();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Listing#getReleaseNotes <em>Release Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Release Notes</em>' attribute.
	 * @see #getReleaseNotes()
	 * @generated
	 */
	void setReleaseNotes(String value);

} // Listing
