package dev.kiln.ui.internal.editor.form;

import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.kiln.model.Appliance;
import dev.kiln.model.AppliancePackage.Literals;
import dev.kiln.model.License;
import dev.kiln.model.Listing;
import dev.kiln.model.SupportContact;
import dev.kiln.publish.ListingPolicy;
import dev.kiln.ui.internal.UIText;
import dev.kiln.ui.internal.editor.ManifestEditor;

/**
 * The marketplace listing: title, pricing, summary, description, release notes, support contact,
 * categories, screenshots with a preview, and the licence or EULA.
 */
public final class MarketplacePage extends ManifestFormPage {

	/** The page id. */
	public static final String ID = "dev.kiln.ui.manifestEditor.marketplace"; //$NON-NLS-1$

	/** A project-relative path, as the validator accepts one. */
	private static final Pattern RELATIVE_PATH = Pattern.compile("[^/\\\\].*"); //$NON-NLS-1$

	public MarketplacePage(ManifestEditor editor) {
		super(editor, ID, UIText.MarketplacePage_title);
	}

	@Override
	public boolean covers(EObject object, EStructuralFeature feature) {
		return object instanceof Listing || object instanceof SupportContact || object instanceof License
				|| object instanceof Appliance && (feature == Literals.APPLIANCE__LISTING || feature == Literals.APPLIANCE__LICENSE);
	}

	@Override
	protected void createContent(FormToolkit toolkit, Composite body) {
		PageColumns columns = PageColumns.in(toolkit, body);
		OwnerPath listing = OwnerPath.of(Literals.APPLIANCE__LISTING);
		OwnerPath support = OwnerPath.of(Literals.APPLIANCE__LISTING, Literals.LISTING__SUPPORT);
		OwnerPath license = OwnerPath.of(Literals.APPLIANCE__LICENSE);

		Composite details = section(toolkit, columns.left(), UIText.MarketplacePage_listing,
				UIText.MarketplacePage_listingDescription, false);
		text(toolkit, details, UIText.MarketplacePage_listingTitle, listing, Literals.LISTING__TITLE);
		combo(toolkit, details, UIText.MarketplacePage_pricing, listing, Literals.LISTING__PRICING);
		text(toolkit, details, UIText.MarketplacePage_summary, listing, Literals.LISTING__SUMMARY);
		text(toolkit, details, UIText.MarketplacePage_description, listing, Literals.LISTING__DESCRIPTION, 4);
		text(toolkit, details, UIText.MarketplacePage_releaseNotes, listing, Literals.LISTING__RELEASE_NOTES, 4);
		text(toolkit, details, UIText.MarketplacePage_supportEmail, support, Literals.SUPPORT_CONTACT__EMAIL);
		text(toolkit, details, UIText.MarketplacePage_supportUrl, support, Literals.SUPPORT_CONTACT__URL);

		Composite eula = section(toolkit, columns.left(), UIText.MarketplacePage_license,
				UIText.MarketplacePage_licenseDescription, false);
		text(toolkit, eula, UIText.MarketplacePage_licenseName, license, Literals.LICENSE__NAME);
		text(toolkit, eula, UIText.MarketplacePage_licenseFile, license, Literals.LICENSE__FILE);
		text(toolkit, eula, UIText.MarketplacePage_licenseText, license, Literals.LICENSE__TEXT, 5);

		Composite categories = section(toolkit, columns.right(), UIText.MarketplacePage_categories,
				UIText.MarketplacePage_categoriesDescription, false);
		ChoiceList choices = new ChoiceList(this, toolkit, categories, ListingPolicy.catalog().categories(),
				root -> root.getListing() == null ? java.util.List.of() : root.getListing().getCategories(),
				this::toggleCategory);
		onRefresh(choices::refresh);
		onEditable(editable -> choices.setEditable(editable.booleanValue()));

		Composite screenshots = section(toolkit, columns.right(), UIText.MarketplacePage_screenshots,
				UIText.MarketplacePage_screenshotsDescription, true);
		StringListPart list = new StringListPart(this, toolkit, screenshots, listing, Literals.LISTING__SCREENSHOTS,
				UIText.MarketplacePage_addScreenshotTitle, UIText.MarketplacePage_addScreenshotMessage,
				path -> RELATIVE_PATH.matcher(path.strip()).matches() ? null : UIText.MarketplacePage_relativePath);
		ScreenshotPreview preview = new ScreenshotPreview(toolkit, screenshots);
		Runnable showSelected = () -> preview.show(editor().file().getProject(),
				(String) list.selection().getFirstElement());
		list.viewer().addSelectionChangedListener(event -> showSelected.run());
		onRefresh(() -> {
			list.refresh();
			if (list.selection().isEmpty() && list.viewer().getTable().getItemCount() > 0) {
				list.viewer().getTable().select(0);
			}
			showSelected.run();
		});
		onEditable(editable -> list.setEditable(editable.booleanValue()));
	}

	private void toggleCategory(String category, Boolean checked) {
		Appliance root = root();
		if (root == null) {
			return;
		}
		java.util.List<String> categories = new java.util.ArrayList<>(
				root.getListing() == null ? java.util.List.of() : root.getListing().getCategories());
		if (checked.booleanValue()) {
			categories.add(category);
		} else {
			categories.remove(category);
		}
		model().execute(OwnerPath.of(Literals.APPLIANCE__LISTING).set(model().domain(), root, Literals.LISTING__CATEGORIES,
				categories));
	}
}
