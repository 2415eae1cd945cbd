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
		ProjectPaths.check(reporter, application, Literals.APPLICATION__FIRST_BOOT_SCRIPT, "First-boot script",
				application.getFirstBootScript(), false);
	}

	public void entry(FileSystemEntry entry, Reporter reporter) {
		String kind = XmlNames.element(entry);
		String target = entry.getTarget();
		if (target == null || !target.startsWith("/")) {
			reporter.report(ManifestRule.TARGET_NOT_ABSOLUTE, entry, Literals.FILE_SYSTEM_ENTRY__TARGET,
					target == null ? "" : target, kind);
		}
		if (entry.getMode() != null && !NamePatterns.matches(NamePatterns.MODE, entry.getMode())) {
			reporter.report(ManifestRule.MODE_INVALID, entry, Literals.FILE_SYSTEM_ENTRY__MODE, entry.getMode(),
					kind + " " + target);
		}
		accountName(reporter, entry, Literals.FILE_SYSTEM_ENTRY__OWNER, "Owner of " + target, entry.getOwner());
		accountName(reporter, entry, Literals.FILE_SYSTEM_ENTRY__GROUP, "Group of " + target, entry.getGroup());
		ProjectPaths.check(reporter, entry, Literals.FILE_SYSTEM_ENTRY__SOURCE, "Source of " + kind + " " + target,
				entry.getSource(), entry instanceof ApplicationFile);
	}

	public void user(User user, Reporter reporter) {
		accountName(reporter, user, Literals.USER__NAME, "User name", user.getName() == null ? "" : user.getName());
		accountName(reporter, user, Literals.USER__GROUP, "Primary group of user " + user.getName(), user.getGroup());
		for (String group : user.getMemberOf()) {
			accountName(reporter, user, Literals.USER__MEMBER_OF, "Group of user " + user.getName(), group);
		}
	}

	public void group(Group group, Reporter reporter) {
		accountName(reporter, group, Literals.GROUP__NAME, "Group name", group.getName() == null ? "" : group.getName());
	}

	public void service(SystemdService service, Reporter reporter) {
		String name = service.getName();
		if (name == null || name.length() > NamePatterns.UNIT_MAX_LENGTH
				|| !NamePatterns.matches(NamePatterns.UNIT, name)) {
			reporter.report(ManifestRule.UNIT_NAME_INVALID, service, Literals.SYSTEMD_SERVICE__NAME,
					name == null ? "" : name);
		}
		ProjectPaths.check(reporter, service, Literals.SYSTEMD_SERVICE__UNIT, "Unit file of service " + name,
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
		return XmlNames.element(entry) + (source == null ? "" : " source=\"" + source + "\"");
	}
}
