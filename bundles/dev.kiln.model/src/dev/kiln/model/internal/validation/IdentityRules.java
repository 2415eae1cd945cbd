package dev.kiln.model.internal.validation;

import dev.kiln.model.Appliance;
import dev.kiln.model.AppliancePackage.Literals;
import dev.kiln.model.License;
import dev.kiln.model.internal.ModelText;
import dev.kiln.model.validation.ManifestRule;

/** Rules of the appliance's identity: id, name, version, logo and licence. */
public final class IdentityRules {

	public void appliance(Appliance appliance, Reporter reporter) {
		String id = appliance.getId();
		if (NamePatterns.isBlank(id)) {
			reporter.reportVariant(ManifestRule.ID_INVALID, "missing", appliance, Literals.APPLIANCE__ID); //$NON-NLS-1$
		} else if (id.length() > NamePatterns.ID_MAX_LENGTH || !NamePatterns.matches(NamePatterns.ID, id)) {
			reporter.report(ManifestRule.ID_INVALID, appliance, Literals.APPLIANCE__ID, id);
		}
		if (NamePatterns.isBlank(appliance.getName())) {
			reporter.report(ManifestRule.NAME_MISSING, appliance, Literals.APPLIANCE__NAME);
		}
		String version = appliance.getVersion();
		if (NamePatterns.isBlank(version)) {
			reporter.reportVariant(ManifestRule.VERSION_NOT_SEMVER, "missing", appliance, Literals.APPLIANCE__VERSION); //$NON-NLS-1$
		} else if (!NamePatterns.matches(NamePatterns.SEMVER, version)) {
			reporter.report(ManifestRule.VERSION_NOT_SEMVER, appliance, Literals.APPLIANCE__VERSION, version);
		}
		if (appliance.getOs() == null) {
			reporter.reportVariant(ManifestRule.SUITE_UNKNOWN, "noOs", appliance, Literals.APPLIANCE__OS); //$NON-NLS-1$
		}
		ProjectPaths.check(reporter, appliance, Literals.APPLIANCE__LOGO, ModelText.IdentityRules_logo, appliance.getLogo(), false);
	}

	public void license(License license, Reporter reporter) {
		boolean hasFile = !NamePatterns.isBlank(license.getFile());
		boolean hasText = !NamePatterns.isBlank(license.getText());
		String name = license.getName() == null ? "" : license.getName(); //$NON-NLS-1$
		if (hasFile && hasText) {
			reporter.reportVariant(ManifestRule.LICENSE_SOURCE, "both", license, Literals.LICENSE__TEXT, name, //$NON-NLS-1$
					license.getFile());
		} else if (!hasFile && !hasText) {
			reporter.reportVariant(ManifestRule.LICENSE_SOURCE, "none", license, Literals.LICENSE__FILE, name); //$NON-NLS-1$
		}
		ProjectPaths.check(reporter, license, Literals.LICENSE__FILE, ModelText.IdentityRules_licenseFile, license.getFile(), false);
	}
}
