package dev.kiln.model.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The user-visible texts of dev.kiln.model, from modeltext.properties, keyed {@code Class_message}
 * (the rules' messages are in internal/validation/messages.properties, keyed by rule). Shaped like
 * Eclipse's NLS classes (a field per text, {@link #bind}) but plain Java: the model has no OSGi import
 * and also runs on a plain class path (releng/bench). It repeats the few lines of dev.kiln.image.text.Texts,
 * which the other plain-Java bundles extend, because the model depends on no Kiln bundle.
 */
public final class ModelText {

	// Loading (dev.kiln.model.io, dev.kiln.model.internal.io)
	public static String DocumentMigrator_failed;
	public static String DocumentMigrator_wrongRoot;
	public static String RootElement_noRoot;
	public static String LoadProblems_doctypeRefused;
	public static String LoadProblems_notWellFormed;
	public static String LoadProblems_invalidValue;
	public static String LoadProblems_invalidValueOf;
	public static String LoadProblems_unknownContent;
	public static String LoadProblems_unknownContentIn;
	public static String LoadProblems_unknownElement;
	public static String LoadProblems_notUtf8;
	public static String LoadProblems_notInItsEncoding;
	public static String XmlNames_oneOf;
	public static String XmlNames_wholeNumber;
	public static String XmlNames_trueOrFalse;
	public static String XmlNames_value;
	public static String ManifestLoader_unreadable;
	public static String ManifestLoader_noSuchFile;
	public static String ManifestLoader_accessDenied;
	public static String ManifestLoader_ioError;
	public static String ManifestLoader_cannotLoad;
	public static String ManifestLoader_noRoot;
	public static String ManifestLoader_noNamespace;
	public static String ManifestLoader_unknownNamespace;
	public static String ManifestLoader_notAManifest;

	// Validation (dev.kiln.model.internal.validation): what a message names
	public static String ApplicationRules_firstBootScript;
	public static String ApplicationRules_owner;
	public static String ApplicationRules_group;
	public static String ApplicationRules_source;
	public static String ApplicationRules_userName;
	public static String ApplicationRules_primaryGroup;
	public static String ApplicationRules_memberOf;
	public static String ApplicationRules_groupName;
	public static String ApplicationRules_unitFile;
	public static String HardwareRules_or;
	public static String Hypervisor_qemuKvm;
	public static String Hypervisor_vmwareEsxi;
	public static String Hypervisor_virtualBox;
	public static String IdentityRules_logo;
	public static String IdentityRules_licenseFile;
	public static String OperatingSystemRules_keyring;
	public static String ListingRules_screenshot;
	public static String NetworkRules_namedPort;
	public static String NetworkRules_unnamed;
	public static String PropertyRules_wholeNumber;
	public static String PropertyRules_trueOrFalse;
	public static String PropertyRules_ipAddress;

	static {
		ResourceBundle bundle = ResourceBundle.getBundle(ModelText.class.getPackageName() + ".modeltext", Locale.ROOT, //$NON-NLS-1$
				ModelText.class.getClassLoader());
		try {
			for (Field field : ModelText.class.getFields()) {
				if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
					field.set(null, bundle.getString(field.getName()));
				}
			}
		} catch (IllegalAccessException e) {
			throw new ExceptionInInitializerError(e);
		}
	}

	private ModelText() {
	}

	/**
	 * {@code message} with its {0}, {1}… replaced by the arguments as text, as NLS.bind does (a literal
	 * quote is written ''); a port of 8080 stays "8080", not MessageFormat's "8,080".
	 */
	public static String bind(String message, Object... arguments) {
		Object[] texts = Arrays.stream(arguments).map(String::valueOf).toArray();
		return new MessageFormat(message, Locale.ROOT).format(texts);
	}
}
