package dev.kiln.ui.internal.quickfix;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import dev.kiln.core.ApplianceProjectCreator;
import dev.kiln.model.Appliance;
import dev.kiln.model.AppliancePackage.Literals;
import dev.kiln.model.ApplianceFactory;
import dev.kiln.model.ApplicationDirectory;
import dev.kiln.model.DebianPackage;
import dev.kiln.model.Hardware;
import dev.kiln.model.Network;
import dev.kiln.model.OperatingSystem;
import dev.kiln.model.Output;
import dev.kiln.model.Port;
import dev.kiln.model.internal.validation.DebianSuite;
import dev.kiln.model.internal.validation.TargetRules;
import dev.kiln.model.validation.ManifestRule;
import dev.kiln.ui.internal.UIText;
import dev.kiln.ui.internal.editor.ModelProblem;
import dev.kiln.ui.internal.editor.form.OwnerPath;

/**
 * The quick fixes of manifest problems, by rule: a duplicate port is renumbered, a missing project
 * file is created, too little memory is raised to the suite's minimum, an invalid id is derived
 * from the name, a duplicate package is removed, a target's missing output is added, a release
 * without security support is replaced by the current stable one.
 */
final class QuickFixes {

	private static final int MAX_PORT = 65535;
	private static final int MAX_ID_LENGTH = 63;
	private static final Pattern VALID_ID = Pattern.compile("[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*"); //$NON-NLS-1$

	/** The fix of each rule that has one, from the problem and the object it is about. */
	private static final Map<ManifestRule, BiFunction<ModelProblem, EObject, Optional<ManifestFix>>> FIXES = Map.of(
			ManifestRule.PORT_DUPLICATE, QuickFixes::renumberPort,
			ManifestRule.PROJECT_FILE_MISSING, QuickFixes::createFile,
			ManifestRule.MEMORY_TOO_SMALL, QuickFixes::raiseMemory,
			ManifestRule.ID_INVALID, QuickFixes::deriveId,
			ManifestRule.PACKAGE_DUPLICATE, QuickFixes::removePackage,
			ManifestRule.TARGET_OUTPUT_MISSING, QuickFixes::addTargetOutput,
			ManifestRule.TARGET_SUITE_UNSUPPORTED, QuickFixes::useStableSuite);

	private QuickFixes() {
	}

	/** @return whether problems of this code (e.g. KILN-M021) have a fix */
	static boolean hasFix(String code) {
		return FIXES.keySet().stream().anyMatch(rule -> rule.code().equals(code));
	}

	/** @return the fix of the problem, about this object of the appliance it was found in */
	static Optional<ManifestFix> fixFor(ModelProblem problem, Appliance root) {
		EObject object = problem.objectIn(root);
		if (object == null) {
			return Optional.empty();
		}
		return FIXES.entrySet().stream().filter(entry -> entry.getKey().code().equals(problem.code())).findFirst()
				.flatMap(entry -> entry.getValue().apply(problem, object));
	}

	/** A fix setting a feature of the object at the problem's path. */
	private static ManifestFix set(String label, ModelProblem problem, EStructuralFeature feature, Object value) {
		return new ManifestFix() {
			@Override
			public String label() {
				return label;
			}

			@Override
			public Command command(EditingDomain domain, Appliance root) {
				EObject target = problem.objectIn(root);
				return target == null ? null : SetCommand.create(domain, target, feature, value);
			}
		};
	}

	private static Optional<ManifestFix> renumberPort(ModelProblem problem, EObject object) {
		if (!(object instanceof Port port) || !(port.eContainer() instanceof Network network)) {
			return Optional.empty();
		}
		Set<Integer> used = new HashSet<>();
		network.getPorts().stream().filter(other -> other.getProtocol() == port.getProtocol())
				.forEach(other -> used.add(Integer.valueOf(other.getNumber())));
		int free = port.getNumber() + 1;
		while (free <= MAX_PORT && used.contains(Integer.valueOf(free))) {
			free++;
		}
		if (free > MAX_PORT) {
			return Optional.empty();
		}
		String name = port.getName() == null ? String.valueOf(port.getNumber()) : port.getName();
		return Optional.of(set(NLS.bind(UIText.QuickFix_renumberPort, name, Integer.valueOf(free)), problem,
				Literals.PORT__NUMBER, Integer.valueOf(free)));
	}

	private static Optional<ManifestFix> raiseMemory(ModelProblem problem, EObject object) {
		if (!(object instanceof Hardware hardware) || !(hardware.eContainer() instanceof Appliance appliance)
				|| appliance.getOs() == null) {
			return Optional.empty();
		}
		return DebianSuite.named(appliance.getOs().getSuite()).map(suite -> set(
				NLS.bind(UIText.QuickFix_raiseMemory, Integer.valueOf(suite.minimumMemoryMb())), problem,
				Literals.HARDWARE__MEMORY_MB, Integer.valueOf(suite.minimumMemoryMb())));
	}

	private static Optional<ManifestFix> deriveId(ModelProblem problem, EObject object) {
		if (!(object instanceof Appliance appliance) || appliance.getName() == null || appliance.getName().isBlank()) {
			return Optional.empty();
		}
		String id = idFrom(appliance.getName());
		return Optional.of(set(NLS.bind(UIText.QuickFix_deriveId, id), problem, Literals.APPLIANCE__ID, id));
	}

	/** A valid appliance id from a product name: the project wizard's derivation, made to fit the id syntax. */
	static String idFrom(String name) {
		String id = ApplianceProjectCreator.applianceIdFor(name).replaceAll("[.-]{2,}", "-"); //$NON-NLS-1$ //$NON-NLS-2$
		if (!id.isEmpty() && !Character.isLetter(id.charAt(0))) {
			id = "appliance-" + id; //$NON-NLS-1$
		}
		if (id.length() > MAX_ID_LENGTH) {
			id = id.substring(0, MAX_ID_LENGTH).replaceAll("[.-]+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return VALID_ID.matcher(id).matches() ? id : "appliance"; //$NON-NLS-1$
	}

	private static Optional<ManifestFix> removePackage(ModelProblem problem, EObject object) {
		if (!(object instanceof DebianPackage debianPackage)) {
			return Optional.empty();
		}
		return Optional.of(new ManifestFix() {
			@Override
			public String label() {
				return NLS.bind(UIText.QuickFix_removePackage, debianPackage.getName());
			}

			@Override
			public Command command(EditingDomain domain, Appliance root) {
				EObject target = problem.objectIn(root);
				return target == null ? null : RemoveCommand.create(domain, target);
			}
		});
	}

	/** The output a target imports, for the target the problem names ("Target 'azure' needs ..."). */
	private static Optional<ManifestFix> addTargetOutput(ModelProblem problem, EObject object) {
		if (!(object instanceof Appliance appliance)) {
			return Optional.empty();
		}
		Set<String> formats = new HashSet<>();
		if (appliance.getOutputs() != null) {
			appliance.getOutputs().getEntries().forEach(output -> formats.add(output.getFormat()));
		}
		return appliance.getTargets().stream()
				.filter(target -> problem.message().contains("'" + target.getLiteral() + "'")) //$NON-NLS-1$ //$NON-NLS-2$
				.map(TargetRules.FORMATS::get).filter(needed -> needed.stream().noneMatch(formats::contains)).findFirst()
				.map(needed -> new ManifestFix() {
					@Override
					public String label() {
						return NLS.bind(UIText.QuickFix_addOutput, needed.get(0));
					}

					@Override
					public Command command(EditingDomain domain, Appliance root) {
						Output output = ApplianceFactory.eINSTANCE.createOutput();
						output.setFormat(needed.get(0));
						// creates <outputs> when the manifest has none, as the Overview's format list does
						return OwnerPath.of(Literals.APPLIANCE__OUTPUTS).add(domain, root, Literals.OUTPUTS__ENTRIES, List.of(output));
					}
				});
	}

	private static Optional<ManifestFix> useStableSuite(ModelProblem problem, EObject object) {
		if (!(object instanceof OperatingSystem)) {
			return Optional.empty();
		}
		String stable = DebianSuite.STABLE.codeName();
		return Optional.of(set(NLS.bind(UIText.QuickFix_useStableSuite, stable), problem, Literals.OPERATING_SYSTEM__SUITE, stable));
	}

	private static Optional<ManifestFix> createFile(ModelProblem problem, EObject object) {
		if (problem.feature() == null || !(object.eGet(problem.feature()) instanceof String path) || path.isBlank()) {
			return Optional.empty();
		}
		boolean folder = object instanceof ApplicationDirectory && problem.feature() == Literals.FILE_SYSTEM_ENTRY__SOURCE;
		IPath relative = IPath.fromPortableString(path);
		return Optional.of(new ManifestFix() {
			@Override
			public String label() {
				return NLS.bind(folder ? UIText.QuickFix_createFolder : UIText.QuickFix_createFile, path);
			}

			@Override
			public Command command(EditingDomain domain, Appliance root) {
				return null;
			}

			@Override
			public void changeProject(IProject project) throws CoreException {
				if (folder) {
					createFolders(project.getFolder(relative));
				} else {
					IFile file = project.getFile(relative);
					createFolders(file.getParent());
					if (!file.exists()) {
						file.create(new java.io.ByteArrayInputStream(new byte[0]), true, null);
					}
				}
			}
		});
	}

	private static void createFolders(IContainer container) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			createFolders(folder.getParent());
			folder.create(true, true, null);
		}
	}
}
