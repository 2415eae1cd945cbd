package dev.kiln.ui.internal.publish;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.kiln.publish.Listing;
import dev.kiln.publish.ListingProblem;
import dev.kiln.publish.ListingRules;
import dev.kiln.publish.Release;
import dev.kiln.ui.internal.UIText;

/**
 * The listing customers will see, filled in from the manifest and editable here; the listing rules
 * are checked as the user types (on the text only: files are checked on the review page).
 */
final class ListingPage extends WizardPage {

	private static final Set<String> FIELDS = Set.of("title", "summary", "description", "categories", "releaseNotes", "version"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private final PublishRequest request;
	private final ListingRules rules = new ListingRules();
	private Text title;
	private Text summary;
	private Text description;
	private Text categories;
	private Text releaseNotes;
	private Text version;

	ListingPage(PublishRequest request) {
		super("listing"); //$NON-NLS-1$
		this.request = request;
		setTitle(UIText.ListingPage_title);
		setDescription(UIText.ListingPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		Listing l = request.listing;
		version = field(page, UIText.ListingPage_version, l.version(), SWT.BORDER | SWT.READ_ONLY, 1);
		title = field(page, UIText.ListingPage_listingTitle, l.title(), SWT.BORDER, 1);
		summary = field(page, UIText.ListingPage_summary, l.summary(), SWT.BORDER, 1);
		categories = field(page, UIText.ListingPage_categories, String.join(", ", l.categories()), SWT.BORDER, 1); //$NON-NLS-1$
		description = field(page, UIText.ListingPage_listingDescription, l.description(), SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, 4);
		releaseNotes = field(page, UIText.ListingPage_releaseNotes, l.releaseNotes(), SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, 3);
		Button writeBack = new Button(page, SWT.CHECK);
		writeBack.setText(UIText.ListingPage_writeBack);
		writeBack.setSelection(request.writeBack);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(writeBack);
		writeBack.addListener(SWT.Selection, e -> request.writeBack = writeBack.getSelection());
		setControl(page);
		update();
	}

	private Text field(Composite page, String label, String value, int style, int lines) {
		Label l = new Label(page, SWT.NONE);
		l.setText(label);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, lines > 1 ? SWT.BEGINNING : SWT.CENTER).applyTo(l);
		Text text = new Text(page, style);
		text.setText(value == null ? "" : value); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, lines > 1).hint(400, lines > 1 ? text.getLineHeight() * lines : SWT.DEFAULT).applyTo(text);
		text.addModifyListener(e -> update());
		return text;
	}

	private void update() {
		if (releaseNotes == null) {
			return; // still creating the fields
		}
		Listing l = request.listing;
		List<String> categoryList = Arrays.stream(categories.getText().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(); //$NON-NLS-1$
		request.listing = new Listing(l.id(), l.name(), l.version(), l.vendor(), title.getText(), summary.getText(), description.getText(),
				categoryList, releaseNotes.getText(), l.pricing(), l.license(), l.eula(), l.support(), l.hardware(), null, List.of());
		Release textOnly = new Release(request.listing, List.of(), null, List.of(), List.of(), java.time.Instant.EPOCH);
		List<ListingProblem> problems = rules.check(textOnly).stream().filter(p -> FIELDS.contains(p.field())).toList();
		setErrorMessage(problems.isEmpty() ? null : problems.get(0).message());
		setPageComplete(problems.isEmpty());
	}
}
