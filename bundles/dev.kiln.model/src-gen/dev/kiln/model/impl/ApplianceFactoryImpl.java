/**
 * Generated from model/appliance.ecore by releng/scripts/generate-model.sh; do not edit.
 */
package dev.kiln.model.impl;

import dev.kiln.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ApplianceFactoryImpl extends EFactoryImpl implements ApplianceFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ApplianceFactory init() {
		try {
			ApplianceFactory theApplianceFactory = (ApplianceFactory)EPackage.Registry.INSTANCE.getEFactory(AppliancePackage.eNS_URI);
			if (theApplianceFactory != null) {
				return theApplianceFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ApplianceFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ApplianceFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case AppliancePackage.APPLIANCE: return createAppliance();
			case AppliancePackage.LICENSE: return createLicense();
			case AppliancePackage.OPERATING_SYSTEM: return createOperatingSystem();
			case AppliancePackage.TRIM: return createTrim();
			case AppliancePackage.DEBIAN_PACKAGE: return createDebianPackage();
			case AppliancePackage.APPLICATION: return createApplication();
			case AppliancePackage.APPLICATION_FILE: return createApplicationFile();
			case AppliancePackage.APPLICATION_DIRECTORY: return createApplicationDirectory();
			case AppliancePackage.GROUP: return createGroup();
			case AppliancePackage.USER: return createUser();
			case AppliancePackage.SYSTEMD_SERVICE: return createSystemdService();
			case AppliancePackage.NETWORK: return createNetwork();
			case AppliancePackage.PORT: return createPort();
			case AppliancePackage.HARDWARE: return createHardware();
			case AppliancePackage.DISK: return createDisk();
			case AppliancePackage.UPDATES: return createUpdates();
			case AppliancePackage.UPDATE_CHANNEL: return createUpdateChannel();
			case AppliancePackage.KEPT_PATH: return createKeptPath();
			case AppliancePackage.READY_CHECK: return createReadyCheck();
			case AppliancePackage.OVF_PROPERTIES: return createOvfProperties();
			case AppliancePackage.OVF_PROPERTY: return createOvfProperty();
			case AppliancePackage.OUTPUTS: return createOutputs();
			case AppliancePackage.OUTPUT: return createOutput();
			case AppliancePackage.LISTING: return createListing();
			case AppliancePackage.SUPPORT_CONTACT: return createSupportContact();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case AppliancePackage.ARCHITECTURE:
				return createArchitectureFromString(eDataType, initialValue);
			case AppliancePackage.NETWORK_CONFIGURATION:
				return createNetworkConfigurationFromString(eDataType, initialValue);
			case AppliancePackage.PROTOCOL:
				return createProtocolFromString(eDataType, initialValue);
			case AppliancePackage.FIRMWARE:
				return createFirmwareFromString(eDataType, initialValue);
			case AppliancePackage.DISK_CONTROLLER:
				return createDiskControllerFromString(eDataType, initialValue);
			case AppliancePackage.PROPERTY_TYPE:
				return createPropertyTypeFromString(eDataType, initialValue);
			case AppliancePackage.OVF_VERSION:
				return createOvfVersionFromString(eDataType, initialValue);
			case AppliancePackage.PRICING_MODEL:
				return createPricingModelFromString(eDataType, initialValue);
			case AppliancePackage.TARGET:
				return createTargetFromString(eDataType, initialValue);
			case AppliancePackage.UPDATE_APPLY:
				return createUpdateApplyFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case AppliancePackage.ARCHITECTURE:
				return convertArchitectureToString(eDataType, instanceValue);
			case AppliancePackage.NETWORK_CONFIGURATION:
				return convertNetworkConfigurationToString(eDataType, instanceValue);
			case AppliancePackage.PROTOCOL:
				return convertProtocolToString(eDataType, instanceValue);
			case AppliancePackage.FIRMWARE:
				return convertFirmwareToString(eDataType, instanceValue);
			case AppliancePackage.DISK_CONTROLLER:
				return convertDiskControllerToString(eDataType, instanceValue);
			case AppliancePackage.PROPERTY_TYPE:
				return convertPropertyTypeToString(eDataType, instanceValue);
			case AppliancePackage.OVF_VERSION:
				return convertOvfVersionToString(eDataType, instanceValue);
			case AppliancePackage.PRICING_MODEL:
				return convertPricingModelToString(eDataType, instanceValue);
			case AppliancePackage.TARGET:
				return convertTargetToString(eDataType, instanceValue);
			case AppliancePackage.UPDATE_APPLY:
				return convertUpdateApplyToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Appliance createAppliance() {
		ApplianceImpl appliance = new ApplianceImpl();
		return appliance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public License createLicense() {
		LicenseImpl license = new LicenseImpl();
		return license;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OperatingSystem createOperatingSystem() {
		OperatingSystemImpl operatingSystem = new OperatingSystemImpl();
		return operatingSystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Trim createTrim() {
		TrimImpl trim = new TrimImpl();
		return trim;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DebianPackage createDebianPackage() {
		DebianPackageImpl debianPackage = new DebianPackageImpl();
		return debianPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Application createApplication() {
		ApplicationImpl application = new ApplicationImpl();
		return application;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApplicationFile createApplicationFile() {
		ApplicationFileImpl applicationFile = new ApplicationFileImpl();
		return applicationFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApplicationDirectory createApplicationDirectory() {
		ApplicationDirectoryImpl applicationDirectory = new ApplicationDirectoryImpl();
		return applicationDirectory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Group createGroup() {
		GroupImpl group = new GroupImpl();
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public User createUser() {
		UserImpl user = new UserImpl();
		return user;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SystemdService createSystemdService() {
		SystemdServiceImpl systemdService = new SystemdServiceImpl();
		return systemdService;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Network createNetwork() {
		NetworkImpl network = new NetworkImpl();
		return network;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Port createPort() {
		PortImpl port = new PortImpl();
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Hardware createHardware() {
		HardwareImpl hardware = new HardwareImpl();
		return hardware;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Disk createDisk() {
		DiskImpl disk = new DiskImpl();
		return disk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Updates createUpdates() {
		UpdatesImpl updates = new UpdatesImpl();
		return updates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UpdateChannel createUpdateChannel() {
		UpdateChannelImpl updateChannel = new UpdateChannelImpl();
		return updateChannel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KeptPath createKeptPath() {
		KeptPathImpl keptPath = new KeptPathImpl();
		return keptPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReadyCheck createReadyCheck() {
		ReadyCheckImpl readyCheck = new ReadyCheckImpl();
		return readyCheck;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OvfProperties createOvfProperties() {
		OvfPropertiesImpl ovfProperties = new OvfPropertiesImpl();
		return ovfProperties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OvfProperty createOvfProperty() {
		OvfPropertyImpl ovfProperty = new OvfPropertyImpl();
		return ovfProperty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Outputs createOutputs() {
		OutputsImpl outputs = new OutputsImpl();
		return outputs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Output createOutput() {
		OutputImpl output = new OutputImpl();
		return output;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Listing createListing() {
		ListingImpl listing = new ListingImpl();
		return listing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupportContact createSupportContact() {
		SupportContactImpl supportContact = new SupportContactImpl();
		return supportContact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Architecture createArchitectureFromString(EDataType eDataType, String initialValue) {
		Architecture result = Architecture.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertArchitectureToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NetworkConfiguration createNetworkConfigurationFromString(EDataType eDataType, String initialValue) {
		NetworkConfiguration result = NetworkConfiguration.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNetworkConfigurationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Protocol createProtocolFromString(EDataType eDataType, String initialValue) {
		Protocol result = Protocol.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProtocolToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Firmware createFirmwareFromString(EDataType eDataType, String initialValue) {
		Firmware result = Firmware.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFirmwareToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DiskController createDiskControllerFromString(EDataType eDataType, String initialValue) {
		DiskController result = DiskController.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDiskControllerToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PropertyType createPropertyTypeFromString(EDataType eDataType, String initialValue) {
		PropertyType result = PropertyType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPropertyTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OvfVersion createOvfVersionFromString(EDataType eDataType, String initialValue) {
		OvfVersion result = OvfVersion.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOvfVersionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PricingModel createPricingModelFromString(EDataType eDataType, String initialValue) {
		PricingModel result = PricingModel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPricingModelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Target createTargetFromString(EDataType eDataType, String initialValue) {
		Target result = Target.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTargetToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UpdateApply createUpdateApplyFromString(EDataType eDataType, String initialValue) {
		UpdateApply result = UpdateApply.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUpdateApplyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AppliancePackage getAppliancePackage() {
		return (AppliancePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static AppliancePackage getPackage() {
		return AppliancePackage.eINSTANCE;
	}

} //ApplianceFactoryImpl
