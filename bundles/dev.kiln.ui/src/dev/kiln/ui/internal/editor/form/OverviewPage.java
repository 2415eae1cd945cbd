package dev.kiln.ui.internal.editor.form;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.handlers.IHandlerService;

import dev.kiln.model.Appliance;
import dev.kiln.model.AppliancePackage.Literals;
import dev.kiln.model.ApplianceFactory;
import dev.kiln.model.Output;
import dev.kiln.model.Outputs;
import dev.kiln.model.Target;
import dev.kiln.model.internal.validation.OutputRules;
import dev.kiln.ui.internal.UIText;
import dev.kiln.ui.internal.editor.ManifestEditor;

/**
 * The appliance's identity (id, name, version, vendor, summary, description, logo), the image
 * formats to write, the targets it is deployed and listed on, links to the other pages, and the Build and Publish actions.
 */
public final class OverviewPage extends ManifestFormPage {

	/** The page id. */
	public static final String ID = "dev.kiln.ui.manifestEditor.overview"; //$NON-NLS-1$

	/** The command that builds the images of an appliance; its handler comes with the build integration. */
	public static final String BUILD_COMMAND = "dev.kiln.ui.buildImage"; //$NON-NLS-1$

	/** The command that publishes a release to a marketplace; its handler comes with dev.kiln.publish. */
	public static final String PUBLISH_COMMAND = "dev.kiln.ui.publish"; //$NON-NLS-1$

	public OverviewPage(ManifestEditor editor) {
		super(editor, ID, UIText.OverviewPage_title);
	}

	@Override
	public boolean covers(EObject object, EStructuralFeature feature) {
		return object instanceof Appliance && (feature == null || feature.getEContainingClass() == Literals.APPLIANCE
				&& feature != Literals.APPLIANCE__LICENSE && feature != Literals.APPLIANCE__LISTING)
				|| object instanceof Outputs || object instanceof Output;
	}

	@Override
	protected void createContent(FormToolkit toolkit, Composite body) {
		PageColumns columns = PageColumns.in(toolkit, body);
		Composite left = columns.left();
		Composite right = columns.right();

		Composite general = section(toolkit, left, UIText.OverviewPage_general, UIText.OverviewPage_generalDescription, false);
		OwnerPath root = OwnerPath.root();
		text(toolkit, general, UIText.OverviewPage_id, root, Literals.APPLIANCE__ID);
		text(toolkit, general, UIText.OverviewPage_name, root, Literals.APPLIANCE__NAME);
		text(toolkit, general, UIText.OverviewPage_version, root, Literals.APPLIANCE__VERSION);
		text(toolkit, general, UIText.OverviewPage_vendor, root, Literals.APPLIANCE__VENDOR);
		text(toolkit, general, UIText.OverviewPage_logo, root, Literals.APPLIANCE__LOGO);
		text(toolkit, general, UIText.OverviewPage_summary, root, Literals.APPLIANCE__SUMMARY);
		text(toolkit, general, UIText.OverviewPage_description, root, Literals.APPLIANCE__DESCRIPTION, 5);

		Composite contents = section(toolkit, right, UIText.OverviewPage_contents, UIText.OverviewPage_contentsDescription, false);
		link(toolkit, contents, UIText.OverviewPage_linkOperatingSystem, OperatingSystemPage.ID);
		link(toolkit, contents, UIText.OverviewPage_linkApplication, ApplicationPage.ID);
		link(toolkit, contents, UIText.OverviewPage_linkHardware, HardwareNetworkPage.ID);
		link(toolkit, contents, UIText.OverviewPage_linkUpdates, UpdatesPage.ID);
		link(toolkit, contents, UIText.OverviewPage_linkProperties, PropertiesPage.ID);
		link(toolkit, contents, UIText.OverviewPage_linkMarketplace, MarketplacePage.ID);

		Composite outputs = section(toolkit, right, UIText.OverviewPage_outputs, UIText.OverviewPage_outputsDescription, false);
		ChoiceList formats = new ChoiceList(this, toolkit, outputs, OutputRules.FORMATS, OverviewPage::formats, this::toggleFormat);
		onRefresh(formats::refresh);
		onEditable(editable -> formats.setEditable(editable.booleanValue()));

		Composite targetSection = section(toolkit, right, UIText.OverviewPage_targets, UIText.OverviewPage_targetsDescription, false);
		ChoiceList targets = new ChoiceList(this, toolkit, targetSection, Target.VALUES.stream().map(Target::getLiteral).toList(),
				OverviewPage::targets, this::toggleTarget);
		onRefresh(targets::refresh);
		onEditable(editable -> targets.setEditable(editable.booleanValue()));

		Composite actions = section(toolkit, right, UIText.OverviewPage_actions, UIText.OverviewPage_actionsDescription, false);
		action(toolkit, actions, UIText.OverviewPage_build, BUILD_COMMAND, UIText.OverviewPage_buildUnavailable);
		action(toolkit, actions, UIText.OverviewPage_publish, PUBLISH_COMMAND, UIText.OverviewPage_publishUnavailable);
	}

	private void link(FormToolkit toolkit, Composite parent, String text, String pageId) {
		Hyperlink link = toolkit.createHyperlink(parent, text, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(link);
		link.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent event) {
				getEditor().setActivePage(pageId);
			}
		});
	}

	/**
	 * A link running a workbench command; disabled, saying when it will be available, while no
	 * handler for the command is installed.
	 */
	private void action(FormToolkit toolkit, Composite parent, String text, String commandId, String unavailable) {
		Hyperlink link = toolkit.createHyperlink(parent, text, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(link);
		ICommandService commands = getSite().getService(ICommandService.class);
		Command command = commands == null ? null : commands.getCommand(commandId);
		boolean available = command != null && command.isDefined() && command.isHandled();
		link.setEnabled(available);
		link.setToolTipText(available ? null : unavailable);
		link.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent event) {
				try {
					getSite().getService(IHandlerService.class).executeCommand(commandId, null);
				} catch (Exception e) {
					org.eclipse.core.runtime.ILog.of(OverviewPage.class).error(e.getMessage(), e);
				}
			}
		});
	}

	private static Collection<String> formats(Appliance appliance) {
		List<String> formats = new ArrayList<>();
		if (appliance.getOutputs() != null) {
			appliance.getOutputs().getEntries().forEach(output -> formats.add(output.getFormat()));
		}
		return formats;
	}

	private static Collection<String> targets(Appliance appliance) {
		return appliance.getTargets().stream().map(Target::getLiteral).toList();
	}

	private void toggleTarget(String name, Boolean checked) {
		Appliance root = root();
		Target target = Target.get(name);
		if (root == null || target == null) {
			return;
		}
		if (checked.booleanValue()) {
			model().execute(AddCommand.create(model().domain(), root, Literals.APPLIANCE__TARGETS, target));
		} else if (root.getTargets().contains(target)) {
			model().execute(RemoveCommand.create(model().domain(), root, Literals.APPLIANCE__TARGETS, target));
		}
	}

	private void toggleFormat(String format, Boolean checked) {
		Appliance root = root();
		if (root == null) {
			return;
		}
		if (checked.booleanValue()) {
			Output output = ApplianceFactory.eINSTANCE.createOutput();
			output.setFormat(format);
			model().execute(OwnerPath.of(Literals.APPLIANCE__OUTPUTS).add(model().domain(), root, Literals.OUTPUTS__ENTRIES,
					List.of(output)));
		} else if (root.getOutputs() != null) {
			List<Output> removed = root.getOutputs().getEntries().stream().filter(output -> format.equals(output.getFormat()))
					.toList();
			if (!removed.isEmpty()) {
				model().execute(RemoveCommand.create(model().domain(), removed));
			}
		}
	}
}
