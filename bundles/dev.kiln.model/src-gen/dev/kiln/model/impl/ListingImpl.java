/**
 * Generated from model/appliance.ecore by releng/scripts/generate-model.sh; do not edit.
 */
package dev.kiln.model.impl;

import dev.kiln.model.AppliancePackage;
import dev.kiln.model.Listing;
import dev.kiln.model.PricingModel;
import dev.kiln.model.SupportContact;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Listing</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.kiln.model.impl.ListingImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link dev.kiln.model.impl.ListingImpl#getPricing <em>Pricing</em>}</li>
 *   <li>{@link dev.kiln.model.impl.ListingImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link dev.kiln.model.impl.ListingImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link dev.kiln.model.impl.ListingImpl#getCategories <em>Categories</em>}</li>
 *   <li>{@link dev.kiln.model.impl.ListingImpl#getScreenshots <em>Screenshots</em>}</li>
 *   <li>{@link dev.kiln.model.impl.ListingImpl#getSupport <em>Support</em>}</li>
 *   <li>{@link dev.kiln.model.impl.ListingImpl#getReleaseNotes <em>Release Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ListingImpl extends MinimalEObjectImpl.Container implements Listing {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPricing() <em>Pricing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPricing()
	 * @generated
	 * @ordered
	 */
	protected static final PricingModel PRICING_EDEFAULT = PricingModel.FREE;

	/**
	 * The cached value of the '{@link #getPricing() <em>Pricing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPricing()
	 * @generated
	 * @ordered
	 */
	protected PricingModel pricing = PRICING_EDEFAULT;

	/**
	 * This is true if the Pricing attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean pricingESet;

	/**
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected String summary = SUMMARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCategories() <em>Categories</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategories()
	 * @generated
	 * @ordered
	 */
	protected EList<String> categories;

	/**
	 * The cached value of the '{@link #getScreenshots() <em>Screenshots</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScreenshots()
	 * @generated
	 * @ordered
	 */
	protected EList<String> screenshots;

	/**
	 * The cached value of the '{@link #getSupport() <em>Support</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupport()
	 * @generated
	 * @ordered
	 */
	protected SupportContact support;

	/**
	 * The default value of the '{@link #getReleaseNotes() <em>Release Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReleaseNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String RELEASE_NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReleaseNotes() <em>Release Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReleaseNotes()
	 * @generated
	 * @ordered
	 */
	protected String releaseNotes = RELEASE_NOTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ListingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppliancePackage.Literals.LISTING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.LISTING__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PricingModel getPricing() {
		return pricing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPricing(PricingModel newPricing) {
		PricingModel oldPricing = pricing;
		pricing = newPricing == null ? PRICING_EDEFAULT : newPricing;
		boolean oldPricingESet = pricingESet;
		pricingESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.LISTING__PRICING, oldPricing, pricing, !oldPricingESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetPricing() {
		PricingModel oldPricing = pricing;
		boolean oldPricingESet = pricingESet;
		pricing = PRICING_EDEFAULT;
		pricingESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AppliancePackage.LISTING__PRICING, oldPricing, PRICING_EDEFAULT, oldPricingESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetPricing() {
		return pricingESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary) {
		String oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.LISTING__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.LISTING__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCategories() {
		if (categories == null) {
			categories = new EDataTypeUniqueEList<String>(String.class, this, AppliancePackage.LISTING__CATEGORIES);
		}
		return categories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getScreenshots() {
		if (screenshots == null) {
			screenshots = new EDataTypeUniqueEList<String>(String.class, this, AppliancePackage.LISTING__SCREENSHOTS);
		}
		return screenshots;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupportContact getSupport() {
		return support;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSupport(SupportContact newSupport, NotificationChain msgs) {
		SupportContact oldSupport = support;
		support = newSupport;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AppliancePackage.LISTING__SUPPORT, oldSupport, newSupport);
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
	public void setSupport(SupportContact newSupport) {
		if (newSupport != support) {
			NotificationChain msgs = null;
			if (support != null)
				msgs = ((InternalEObject)support).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AppliancePackage.LISTING__SUPPORT, null, msgs);
			if (newSupport != null)
				msgs = ((InternalEObject)newSupport).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AppliancePackage.LISTING__SUPPORT, null, msgs);
			msgs = basicSetSupport(newSupport, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.LISTING__SUPPORT, newSupport, newSupport));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReleaseNotes() {
		return releaseNotes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReleaseNotes(String newReleaseNotes) {
		String oldReleaseNotes = releaseNotes;
		releaseNotes = newReleaseNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.LISTING__RELEASE_NOTES, oldReleaseNotes, releaseNotes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AppliancePackage.LISTING__SUPPORT:
				return basicSetSupport(null, msgs);
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
			case AppliancePackage.LISTING__TITLE:
				return getTitle();
			case AppliancePackage.LISTING__PRICING:
				return getPricing();
			case AppliancePackage.LISTING__SUMMARY:
				return getSummary();
			case AppliancePackage.LISTING__DESCRIPTION:
				return getDescription();
			case AppliancePackage.LISTING__CATEGORIES:
				return getCategories();
			case AppliancePackage.LISTING__SCREENSHOTS:
				return getScreenshots();
			case AppliancePackage.LISTING__SUPPORT:
				return getSupport();
			case AppliancePackage.LISTING__RELEASE_NOTES:
				return getReleaseNotes();
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
			case AppliancePackage.LISTING__TITLE:
				setTitle((String)newValue);
				return;
			case AppliancePackage.LISTING__PRICING:
				setPricing((PricingModel)newValue);
				return;
			case AppliancePackage.LISTING__SUMMARY:
				setSummary((String)newValue);
				return;
			case AppliancePackage.LISTING__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case AppliancePackage.LISTING__CATEGORIES:
				getCategories().clear();
				getCategories().addAll((Collection<? extends String>)newValue);
				return;
			case AppliancePackage.LISTING__SCREENSHOTS:
				getScreenshots().clear();
				getScreenshots().addAll((Collection<? extends String>)newValue);
				return;
			case AppliancePackage.LISTING__SUPPORT:
				setSupport((SupportContact)newValue);
				return;
			case AppliancePackage.LISTING__RELEASE_NOTES:
				setReleaseNotes((String)newValue);
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
			case AppliancePackage.LISTING__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case AppliancePackage.LISTING__PRICING:
				unsetPricing();
				return;
			case AppliancePackage.LISTING__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
				return;
			case AppliancePackage.LISTING__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case AppliancePackage.LISTING__CATEGORIES:
				getCategories().clear();
				return;
			case AppliancePackage.LISTING__SCREENSHOTS:
				getScreenshots().clear();
				return;
			case AppliancePackage.LISTING__SUPPORT:
				setSupport((SupportContact)null);
				return;
			case AppliancePackage.LISTING__RELEASE_NOTES:
				setReleaseNotes(RELEASE_NOTES_EDEFAULT);
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
			case AppliancePackage.LISTING__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case AppliancePackage.LISTING__PRICING:
				return isSetPricing();
			case AppliancePackage.LISTING__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
			case AppliancePackage.LISTING__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case AppliancePackage.LISTING__CATEGORIES:
				return categories != null && !categories.isEmpty();
			case AppliancePackage.LISTING__SCREENSHOTS:
				return screenshots != null && !screenshots.isEmpty();
			case AppliancePackage.LISTING__SUPPORT:
				return support != null;
			case AppliancePackage.LISTING__RELEASE_NOTES:
				return RELEASE_NOTES_EDEFAULT == null ? releaseNotes != null : !RELEASE_NOTES_EDEFAULT.equals(releaseNotes);
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
		result.append(" (title: "); //$NON-NLS-1$
		result.append(title);
		result.append(", pricing: "); //$NON-NLS-1$
		if (pricingESet) result.append(pricing); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", summary: "); //$NON-NLS-1$
		result.append(summary);
		result.append(", description: "); //$NON-NLS-1$
		result.append(description);
		result.append(", categories: "); //$NON-NLS-1$
		result.append(categories);
		result.append(", screenshots: "); //$NON-NLS-1$
		result.append(screenshots);
		result.append(", releaseNotes: "); //$NON-NLS-1$
		result.append(releaseNotes);
		result.append(')');
		return result.toString();
	}

} //ListingImpl
