/**
 * Generated from model/appliance.ecore by releng/scripts/generate-model.sh; do not edit.
 */
package dev.kiln.model.edit.provider;


import dev.kiln.model.Appliance;
import dev.kiln.model.ApplianceFactory;
import dev.kiln.model.AppliancePackage;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link dev.kiln.model.Appliance} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ApplianceItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ApplianceItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addIdPropertyDescriptor(object);
			addNamePropertyDescriptor(object);
			addVersionPropertyDescriptor(object);
			addVendorPropertyDescriptor(object);
			addLogoPropertyDescriptor(object);
			addSummaryPropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
			addTargetsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Appliance_id_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Appliance_id_feature", "_UI_Appliance_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 AppliancePackage.Literals.APPLIANCE__ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Appliance_name_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Appliance_name_feature", "_UI_Appliance_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 AppliancePackage.Literals.APPLIANCE__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Appliance_version_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Appliance_version_feature", "_UI_Appliance_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 AppliancePackage.Literals.APPLIANCE__VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Vendor feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVendorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Appliance_vendor_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Appliance_vendor_feature", "_UI_Appliance_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 AppliancePackage.Literals.APPLIANCE__VENDOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Logo feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLogoPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Appliance_logo_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Appliance_logo_feature", "_UI_Appliance_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 AppliancePackage.Literals.APPLIANCE__LOGO,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Summary feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSummaryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Appliance_summary_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Appliance_summary_feature", "_UI_Appliance_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 AppliancePackage.Literals.APPLIANCE__SUMMARY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Appliance_description_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Appliance_description_feature", "_UI_Appliance_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 AppliancePackage.Literals.APPLIANCE__DESCRIPTION,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Targets feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTargetsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Appliance_targets_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Appliance_targets_feature", "_UI_Appliance_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 AppliancePackage.Literals.APPLIANCE__TARGETS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(AppliancePackage.Literals.APPLIANCE__LICENSE);
			childrenFeatures.add(AppliancePackage.Literals.APPLIANCE__OS);
			childrenFeatures.add(AppliancePackage.Literals.APPLIANCE__APPLICATION);
			childrenFeatures.add(AppliancePackage.Literals.APPLIANCE__NETWORK);
			childrenFeatures.add(AppliancePackage.Literals.APPLIANCE__HARDWARE);
			childrenFeatures.add(AppliancePackage.Literals.APPLIANCE__UPDATES);
			childrenFeatures.add(AppliancePackage.Literals.APPLIANCE__PROPERTIES);
			childrenFeatures.add(AppliancePackage.Literals.APPLIANCE__OUTPUTS);
			childrenFeatures.add(AppliancePackage.Literals.APPLIANCE__LISTING);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Appliance.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Appliance")); //$NON-NLS-1$
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Appliance)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Appliance_type") : //$NON-NLS-1$
			getString("_UI_Appliance_type") + " " + label; //$NON-NLS-1$ //$NON-NLS-2$
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Appliance.class)) {
			case AppliancePackage.APPLIANCE__ID:
			case AppliancePackage.APPLIANCE__NAME:
			case AppliancePackage.APPLIANCE__VERSION:
			case AppliancePackage.APPLIANCE__VENDOR:
			case AppliancePackage.APPLIANCE__LOGO:
			case AppliancePackage.APPLIANCE__SUMMARY:
			case AppliancePackage.APPLIANCE__DESCRIPTION:
			case AppliancePackage.APPLIANCE__TARGETS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case AppliancePackage.APPLIANCE__LICENSE:
			case AppliancePackage.APPLIANCE__OS:
			case AppliancePackage.APPLIANCE__APPLICATION:
			case AppliancePackage.APPLIANCE__NETWORK:
			case AppliancePackage.APPLIANCE__HARDWARE:
			case AppliancePackage.APPLIANCE__UPDATES:
			case AppliancePackage.APPLIANCE__PROPERTIES:
			case AppliancePackage.APPLIANCE__OUTPUTS:
			case AppliancePackage.APPLIANCE__LISTING:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(AppliancePackage.Literals.APPLIANCE__LICENSE,
				 ApplianceFactory.eINSTANCE.createLicense()));

		newChildDescriptors.add
			(createChildParameter
				(AppliancePackage.Literals.APPLIANCE__OS,
				 ApplianceFactory.eINSTANCE.createOperatingSystem()));

		newChildDescriptors.add
			(createChildParameter
				(AppliancePackage.Literals.APPLIANCE__APPLICATION,
				 ApplianceFactory.eINSTANCE.createApplication()));

		newChildDescriptors.add
			(createChildParameter
				(AppliancePackage.Literals.APPLIANCE__NETWORK,
				 ApplianceFactory.eINSTANCE.createNetwork()));

		newChildDescriptors.add
			(createChildParameter
				(AppliancePackage.Literals.APPLIANCE__HARDWARE,
				 ApplianceFactory.eINSTANCE.createHardware()));

		newChildDescriptors.add
			(createChildParameter
				(AppliancePackage.Literals.APPLIANCE__UPDATES,
				 ApplianceFactory.eINSTANCE.createUpdates()));

		newChildDescriptors.add
			(createChildParameter
				(AppliancePackage.Literals.APPLIANCE__PROPERTIES,
				 ApplianceFactory.eINSTANCE.createOvfProperties()));

		newChildDescriptors.add
			(createChildParameter
				(AppliancePackage.Literals.APPLIANCE__OUTPUTS,
				 ApplianceFactory.eINSTANCE.createOutputs()));

		newChildDescriptors.add
			(createChildParameter
				(AppliancePackage.Literals.APPLIANCE__LISTING,
				 ApplianceFactory.eINSTANCE.createListing()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return ApplianceEditPlugin.INSTANCE;
	}

}
