package dev.kiln.model.internal.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import dev.kiln.model.Application;
import dev.kiln.model.ApplicationFile;
import dev.kiln.model.AppliancePackage.Literals;
import dev.kiln.model.FileSystemEntry;
import dev.kiln.model.Group;
import dev.kiln.model.SystemdService;
import dev.kiln.model.User;
import dev.kiln.model.internal.ModelText;
import dev.kiln.model.internal.io.XmlNames;
import dev.kiln.model.validation.ManifestRule;

/** Rules of the vendor's layer: files, directories, accounts, services and first-boot script. */
public final class ApplicationRules {

	public void application(Application application, Reporter reporter) {
		List<FileSystemEntry> entries = new ArrayList<>(application.getDirectories());
		entries.addAll(application.getFiles());
		Duplicates.find(entries, FileSystemEntry::getTarget,
				(first, repeat) -> reporter.report(ManifestRule.TARGET_DUPLICATE, repeat,
						Literals.FILE_SYSTEM_ENTRY__TARGET, repeat.getTarget(), describe(first), describe(repeat)));
		Duplicates.find(application.getUsers(), User::getName, (first, repeat) -> reporter
				.report(ManifestRule.USER_DUPLICATE, repeat, Literals.USER__NAME, repeat.getName()));
		Duplicates.find(application.getGroups(), Group::getName, (first, repeat) -> reporter
				.report(ManifestRule.GROUP_DUPLICATE, repeat, Literals.GROUP__NAME, repeat.getName()));
		Duplicates.find(application.getServices(), SystemdService::getName, (first, repeat) -> reporter
				.report(ManifestRule.SERVICE_DUPLICATE, repeat, Literals.SYSTEMD_SERVICE__NAME, repeat.getName()));
		ProjectPaths.check(reporter, application, Literals.APPLICATION__FIRST_BOOT_SCRIPT,
				ModelText.ApplicationRules_firstBootScript, application.getFirstBootScript(), false);
	}

	public void entry(FileSystemEntry entry, Reporter reporter) {
		String kind = XmlNames.element(entry);
		String target = entry.getTarget();
		if (target == null || !target.startsWith("/")) { //$NON-NLS-1$
			reporter.report(ManifestRule.TARGET_NOT_ABSOLUTE, entry, Literals.FILE_SYSTEM_ENTRY__TARGET,
					target == null ? "" : target, kind); //$NON-NLS-1$
		}
		if (entry.getMode() != null && !NamePatterns.matches(NamePatterns.MODE, entry.getMode())) {
			reporter.report(ManifestRule.MODE_INVALID, entry, Literals.FILE_SYSTEM_ENTRY__MODE, entry.getMode(),
					kind + " " + target); //$NON-NLS-1$
		}
		accountName(reporter, entry, Literals.FILE_SYSTEM_ENTRY__OWNER,
				ModelText.bind(ModelText.ApplicationRules_owner, target), entry.getOwner());
		accountName(reporter, entry, Literals.FILE_SYSTEM_ENTRY__GROUP,
				ModelText.bind(ModelText.ApplicationRules_group, target), entry.getGroup());
		ProjectPaths.check(reporter, entry, Literals.FILE_SYSTEM_ENTRY__SOURCE,
				ModelText.bind(ModelText.ApplicationRules_source, kind, target), entry.getSource(), entry instanceof ApplicationFile);
	}

	public void user(User user, Reporter reporter) {
		accountName(reporter, user, Literals.USER__NAME, ModelText.ApplicationRules_userName, user.getName() == null ? "" : user.getName()); //$NON-NLS-1$
		accountName(reporter, user, Literals.USER__GROUP,
				ModelText.bind(ModelText.ApplicationRules_primaryGroup, user.getName()), user.getGroup());
		for (String group : user.getMemberOf()) {
			accountName(reporter, user, Literals.USER__MEMBER_OF,
					ModelText.bind(ModelText.ApplicationRules_memberOf, user.getName()), group);
		}
	}

	public void group(Group group, Reporter reporter) {
		accountName(reporter, group, Literals.GROUP__NAME,
				ModelText.ApplicationRules_groupName, group.getName() == null ? "" : group.getName()); //$NON-NLS-1$
	}

	public void service(SystemdService service, Reporter reporter) {
		String name = service.getName();
		if (name == null || name.length() > NamePatterns.UNIT_MAX_LENGTH
				|| !NamePatterns.matches(NamePatterns.UNIT, name)) {
			reporter.report(ManifestRule.UNIT_NAME_INVALID, service, Literals.SYSTEMD_SERVICE__NAME,
					name == null ? "" : name); //$NON-NLS-1$
		}
		ProjectPaths.check(reporter, service, Literals.SYSTEMD_SERVICE__UNIT, ModelText.bind(ModelText.ApplicationRules_unitFile, name),
				service.getUnit(), false);
	}

	/** Checks a name if given; {@code null} means "not set" and is fine. */
	private static void accountName(Reporter reporter, EObject object, EStructuralFeature feature, String label,
			String name) {
		if (name != null && (name.length() > NamePatterns.ACCOUNT_MAX_LENGTH
				|| !NamePatterns.matches(NamePatterns.ACCOUNT, name))) {
			reporter.report(ManifestRule.ACCOUNT_NAME_INVALID, object, feature, label, name);
		}
	}

	private static String describe(FileSystemEntry entry) {
		String source = entry.getSource();
		return XmlNames.element(entry) + (source == null ? "" : " source=\"" + source + "\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
