package dev.kiln.model.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;

import dev.kiln.model.Appliance;
import dev.kiln.model.Application;
import dev.kiln.model.DebianPackage;
import dev.kiln.model.Disk;
import dev.kiln.model.FileSystemEntry;
import dev.kiln.model.Group;
import dev.kiln.model.Hardware;
import dev.kiln.model.KeptPath;
import dev.kiln.model.License;
import dev.kiln.model.Listing;
import dev.kiln.model.Network;
import dev.kiln.model.OperatingSystem;
import dev.kiln.model.Output;
import dev.kiln.model.Outputs;
import dev.kiln.model.OvfProperties;
import dev.kiln.model.OvfProperty;
import dev.kiln.model.Port;
import dev.kiln.model.ReadyCheck;
import dev.kiln.model.SupportContact;
import dev.kiln.model.SystemdService;
import dev.kiln.model.UpdateChannel;
import dev.kiln.model.Updates;
import dev.kiln.model.User;
import dev.kiln.model.internal.validation.ApplicationRules;
import dev.kiln.model.internal.validation.HardwareRules;
import dev.kiln.model.internal.validation.IdentityRules;
import dev.kiln.model.internal.validation.ListingRules;
import dev.kiln.model.internal.validation.NetworkRules;
import dev.kiln.model.internal.validation.OperatingSystemRules;
import dev.kiln.model.internal.validation.OutputRules;
import dev.kiln.model.internal.validation.PropertyRules;
import dev.kiln.model.internal.validation.Reporter;
import dev.kiln.model.internal.validation.TargetRules;
import dev.kiln.model.internal.validation.UpdatesRules;

/**
 * The semantic rules of {@link ManifestRule} as an EMF validator. Each object is checked by the
 * rules of its type; rules about a list (duplicates) run on the list's owner. Diagnostics carry
 * the offending object and, where one is to blame, the feature as data, so they can be located.
 */
public final class ApplianceValidator implements EValidator {

	/** {@link org.eclipse.emf.common.util.Diagnostic#getSource()} of every diagnostic. */
	public static final String DIAGNOSTIC_SOURCE = "dev.kiln.model"; //$NON-NLS-1$

	/**
	 * Context key of the project folder (a {@link java.nio.file.Path}). When present, files the
	 * manifest refers to must exist in it ({@link ManifestRule#PROJECT_FILE_MISSING}).
	 */
	public static final String PROJECT_ROOT = "dev.kiln.model.validation.projectRoot"; //$NON-NLS-1$

	/**
	 * Context key of the day (a {@link java.time.LocalDate}) by which a Debian release's security support is judged
	 * ({@link ManifestRule#TARGET_SUITE_UNSUPPORTED}); today in UTC when absent.
	 */
	public static final String TODAY = "dev.kiln.model.validation.today"; //$NON-NLS-1$

	private final IdentityRules identity = new IdentityRules();
	private final TargetRules targets = new TargetRules();
	private final OperatingSystemRules operatingSystem = new OperatingSystemRules();
	private final ApplicationRules application = new ApplicationRules();
	private final NetworkRules network = new NetworkRules();
	private final HardwareRules hardware = new HardwareRules();
	private final PropertyRules properties = new PropertyRules();
	private final OutputRules outputs = new OutputRules();
	private final UpdatesRules updates = new UpdatesRules();
	private final ListingRules listing;

	/** @param limits the catalog's limits for the listing rules (KILN-M037…M039) */
	public ApplianceValidator(ListingLimits limits) {
		listing = new ListingRules(limits);
	}

	@Override
	public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(object.eClass(), object, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Reporter reporter = new Reporter(diagnostics, context);
		switch (object) {
			case Appliance appliance -> {
				identity.appliance(appliance, reporter);
				targets.appliance(appliance, reporter);
			}
			case License license -> identity.license(license, reporter);
			case OperatingSystem os -> operatingSystem.os(os, reporter);
			case DebianPackage debianPackage -> operatingSystem.debianPackage(debianPackage, reporter);
			case Application app -> application.application(app, reporter);
			case FileSystemEntry entry -> application.entry(entry, reporter);
			case User user -> application.user(user, reporter);
			case Group group -> application.group(group, reporter);
			case SystemdService service -> application.service(service, reporter);
			case Network net -> network.network(net, reporter);
			case Port port -> network.port(port, reporter);
			case Hardware hw -> hardware.hardware(hw, reporter);
			case Disk disk -> hardware.disk(disk, reporter);
			case Updates upd -> updates.updates(upd, reporter);
			case KeptPath keep -> updates.keep(keep, reporter);
			case UpdateChannel channel -> updates.channel(channel, reporter);
			case ReadyCheck ready -> updates.ready(ready, reporter);
			case OvfProperties props -> properties.properties(props, reporter);
			case OvfProperty property -> properties.property(property, reporter);
			case Outputs outs -> outputs.outputs(outs, reporter);
			case Output output -> outputs.output(output, reporter);
			case Listing list -> listing.listing(list, reporter);
			case SupportContact support -> listing.support(support, reporter);
			default -> {
				// objects of other packages have no rules here
			}
		}
		return !reporter.hasErrors();
	}

	@Override
	public boolean validate(EDataType dataType, Object value, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		return true;
	}
}
