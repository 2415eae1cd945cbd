package dev.kiln.ui.internal.editor.form;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.kiln.model.AppliancePackage.Literals;
import dev.kiln.model.DebianPackage;
import dev.kiln.model.OperatingSystem;
import dev.kiln.model.Trim;
import dev.kiln.model.internal.validation.DebianSuite;
import dev.kiln.ui.internal.UIText;
import dev.kiln.ui.internal.editor.ManifestEditor;

/** The Debian base system: suite, architecture, options, the archive's pockets and mirrors, what is trimmed and the package list. */
public final class OperatingSystemPage extends ManifestFormPage {

	/** The page id. */
	public static final String ID = "dev.kiln.ui.manifestEditor.os"; //$NON-NLS-1$

	/** Debian Policy 5.6.1, as the validator checks it; the dialog refuses other names at once. */
	private static final Pattern PACKAGE_NAME = Pattern.compile("[a-z0-9][a-z0-9+.-]+"); //$NON-NLS-1$

	private ObjectTable packages;

	public OperatingSystemPage(ManifestEditor editor) {
		super(editor, ID, UIText.OperatingSystemPage_title);
	}

	@Override
	public boolean covers(EObject object, EStructuralFeature feature) {
		return object instanceof OperatingSystem || object instanceof DebianPackage || object instanceof Trim
				|| feature == Literals.APPLIANCE__OS;
	}

	@Override
	protected void createContent(FormToolkit toolkit, Composite body) {
		PageColumns columns = PageColumns.in(toolkit, body);
		OwnerPath os = OwnerPath.of(Literals.APPLIANCE__OS);

		Composite base = section(toolkit, columns.left(), UIText.OperatingSystemPage_base,
				UIText.OperatingSystemPage_baseDescription, false);
		text(toolkit, base, UIText.OperatingSystemPage_distribution, os, Literals.OPERATING_SYSTEM__DISTRIBUTION);
		toolkit.createLabel(base, UIText.OperatingSystemPage_suite);
		Combo suite = new Combo(base, SWT.DROP_DOWN);
		toolkit.adapt(suite, true, false);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(suite);
		bind(new SuggestionComboBinding(this, suite, os, Literals.OPERATING_SYSTEM__SUITE,
				Arrays.stream(DebianSuite.values()).map(DebianSuite::codeName).toList()));
		combo(toolkit, base, UIText.OperatingSystemPage_architecture, os, Literals.OPERATING_SYSTEM__ARCHITECTURE);
		check(toolkit, base, UIText.OperatingSystemPage_installRecommends, os, Literals.OPERATING_SYSTEM__INSTALL_RECOMMENDS);

		Composite archive = section(toolkit, columns.left(), UIText.OperatingSystemPage_archive,
				UIText.OperatingSystemPage_archiveDescription, false);
		check(toolkit, archive, UIText.OperatingSystemPage_security, os, Literals.OPERATING_SYSTEM__SECURITY);
		check(toolkit, archive, UIText.OperatingSystemPage_updates, os, Literals.OPERATING_SYSTEM__UPDATES);
		text(toolkit, archive, UIText.OperatingSystemPage_mirror, os, Literals.OPERATING_SYSTEM__MIRROR);
		text(toolkit, archive, UIText.OperatingSystemPage_securityMirror, os, Literals.OPERATING_SYSTEM__SECURITY_MIRROR);
		text(toolkit, archive, UIText.OperatingSystemPage_keyring, os, Literals.OPERATING_SYSTEM__KEYRING);

		Composite trimmed = section(toolkit, columns.left(), UIText.OperatingSystemPage_trim,
				UIText.OperatingSystemPage_trimDescription, false);
		OwnerPath trim = OwnerPath.of(Literals.APPLIANCE__OS, Literals.OPERATING_SYSTEM__TRIM);
		check(toolkit, trimmed, UIText.OperatingSystemPage_trimKernelModules, trim, Literals.TRIM__KERNEL_MODULES);
		check(toolkit, trimmed, UIText.OperatingSystemPage_trimHardwareDatabase, trim, Literals.TRIM__HARDWARE_DATABASE);
		check(toolkit, trimmed, UIText.OperatingSystemPage_trimDocumentation, trim, Literals.TRIM__DOCUMENTATION);
		check(toolkit, trimmed, UIText.OperatingSystemPage_trimLocales, trim, Literals.TRIM__LOCALES);
		check(toolkit, trimmed, UIText.OperatingSystemPage_trimCharacterSets, trim, Literals.TRIM__CHARACTER_SETS);
		check(toolkit, trimmed, UIText.OperatingSystemPage_trimPackageCaches, trim, Literals.TRIM__PACKAGE_CACHES);
		check(toolkit, trimmed, UIText.OperatingSystemPage_trimBootImages, trim, Literals.TRIM__BOOT_IMAGES);

		Composite list = section(toolkit, columns.right(), UIText.OperatingSystemPage_packages,
				UIText.OperatingSystemPage_packagesDescription, true);
		toolkit.createLabel(list, UIText.OperatingSystemPage_filter);
		Text filter = toolkit.createText(list, "", SWT.SINGLE | SWT.SEARCH | SWT.ICON_CANCEL); //$NON-NLS-1$
		filter.setMessage(UIText.OperatingSystemPage_filterHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		packages = table(toolkit, list, os, Literals.OPERATING_SYSTEM__PACKAGES,
				List.of(new ObjectTable.Column(UIText.OperatingSystemPage_packageName, Literals.DEBIAN_PACKAGE__NAME, 260, true)),
				new NamedElement(UIText.OperatingSystemPage_addPackageTitle, UIText.OperatingSystemPage_addPackageMessage,
						PACKAGE_NAME, Literals.DEBIAN_PACKAGE__NAME));
		packages.filterWith(filter);
	}

	/** @return the package table (for tests) */
	public ObjectTable packages() {
		return packages;
	}
}
