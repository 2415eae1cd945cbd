package dev.kiln.ui.internal.editor.form;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ResourceSelectionDialog;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.part.ResourceTransfer;

import dev.kiln.model.Appliance;
import dev.kiln.model.ApplianceFactory;
import dev.kiln.model.AppliancePackage.Literals;
import dev.kiln.model.Application;
import dev.kiln.model.ApplicationDirectory;
import dev.kiln.model.ApplicationFile;
import dev.kiln.model.FileSystemEntry;
import dev.kiln.model.Group;
import dev.kiln.model.SystemdService;
import dev.kiln.model.User;
import dev.kiln.ui.internal.UIText;
import dev.kiln.ui.internal.editor.ManifestEditor;

/**
 * What the vendor adds to the base system: files and directories from the project (dropped from
 * the Project Explorer or chosen), with target, owner and mode; systemd services; users and
 * groups; the first-boot script.
 */
public final class ApplicationPage extends ManifestFormPage {

	/** The page id. */
	public static final String ID = "dev.kiln.ui.manifestEditor.application"; //$NON-NLS-1$

	/** adduser's NAME_REGEX, as the validator checks it. */
	private static final Pattern ACCOUNT = Pattern.compile("[a-z_][a-z0-9_-]*\\$?"); //$NON-NLS-1$
	/** systemd.unit(5) names of the unit types an appliance ships. */
	private static final Pattern UNIT = Pattern.compile("[A-Za-z0-9:_.\\\\@-]+\\.(?:service|socket|timer|path|mount|target)"); //$NON-NLS-1$

	private ObjectTable files;
	private ObjectTable directories;

	public ApplicationPage(ManifestEditor editor) {
		super(editor, ID, UIText.ApplicationPage_title);
	}

	@Override
	public boolean covers(EObject object, EStructuralFeature feature) {
		return object instanceof Application || object instanceof FileSystemEntry || object instanceof User
				|| object instanceof Group || object instanceof SystemdService || feature == Literals.APPLIANCE__APPLICATION;
	}

	@Override
	protected void createContent(FormToolkit toolkit, Composite body) {
		PageColumns columns = PageColumns.in(toolkit, body);
		OwnerPath application = OwnerPath.of(Literals.APPLIANCE__APPLICATION);
		List<ObjectTable.Column> entryColumns = List.of(
				new ObjectTable.Column(UIText.ApplicationPage_target, Literals.FILE_SYSTEM_ENTRY__TARGET, 170, true),
				new ObjectTable.Column(UIText.ApplicationPage_source, Literals.FILE_SYSTEM_ENTRY__SOURCE, 150, true),
				new ObjectTable.Column(UIText.ApplicationPage_owner, Literals.FILE_SYSTEM_ENTRY__OWNER, 60, true),
				new ObjectTable.Column(UIText.ApplicationPage_group, Literals.FILE_SYSTEM_ENTRY__GROUP, 60, true),
				new ObjectTable.Column(UIText.ApplicationPage_mode, Literals.FILE_SYSTEM_ENTRY__MODE, 50, true));

		Composite fileSection = section(toolkit, columns.left(), UIText.ApplicationPage_files,
				UIText.ApplicationPage_filesDescription, true);
		files = table(toolkit, fileSection, application, Literals.APPLICATION__FILES, entryColumns, this::chooseResources);
		Composite directorySection = section(toolkit, columns.left(), UIText.ApplicationPage_directories,
				UIText.ApplicationPage_directoriesDescription, true);
		directories = table(toolkit, directorySection, application, Literals.APPLICATION__DIRECTORIES, entryColumns,
				this::chooseResources);
		acceptDrops(files);
		acceptDrops(directories);

		Composite services = section(toolkit, columns.right(), UIText.ApplicationPage_services,
				UIText.ApplicationPage_servicesDescription, true);
		table(toolkit, services, application, Literals.APPLICATION__SERVICES, List.of(
				new ObjectTable.Column(UIText.ApplicationPage_serviceName, Literals.SYSTEMD_SERVICE__NAME, 150, true),
				new ObjectTable.Column(UIText.ApplicationPage_unit, Literals.SYSTEMD_SERVICE__UNIT, 170, true),
				new ObjectTable.Column(UIText.ApplicationPage_enabled, Literals.SYSTEMD_SERVICE__ENABLED, 60, true)),
				new NamedElement(UIText.ApplicationPage_addServiceTitle, UIText.ApplicationPage_addServiceMessage, UNIT,
						Literals.SYSTEMD_SERVICE__NAME));

		Composite users = section(toolkit, columns.right(), UIText.ApplicationPage_users,
				UIText.ApplicationPage_usersDescription, true);
		table(toolkit, users, application, Literals.APPLICATION__USERS, List.of(
				new ObjectTable.Column(UIText.ApplicationPage_accountName, Literals.USER__NAME, 100, true),
				new ObjectTable.Column(UIText.ApplicationPage_primaryGroup, Literals.USER__GROUP, 90, true),
				new ObjectTable.Column(UIText.ApplicationPage_uid, Literals.USER__UID, 50, true),
				new ObjectTable.Column(UIText.ApplicationPage_home, Literals.USER__HOME, 110, true),
				new ObjectTable.Column(UIText.ApplicationPage_shell, Literals.USER__SHELL, 90, true)),
				new NamedElement(UIText.ApplicationPage_addUserTitle, UIText.ApplicationPage_addUserMessage, ACCOUNT,
						Literals.USER__NAME));
		Composite groups = section(toolkit, columns.right(), UIText.ApplicationPage_groups,
				UIText.ApplicationPage_groupsDescription, true);
		table(toolkit, groups, application, Literals.APPLICATION__GROUPS, List.of(
				new ObjectTable.Column(UIText.ApplicationPage_accountName, Literals.GROUP__NAME, 140, true),
				new ObjectTable.Column(UIText.ApplicationPage_gid, Literals.GROUP__GID, 60, true),
				new ObjectTable.Column(UIText.ApplicationPage_system, Literals.GROUP__SYSTEM, 60, true)),
				new NamedElement(UIText.ApplicationPage_addGroupTitle, UIText.ApplicationPage_addGroupMessage, ACCOUNT,
						Literals.GROUP__NAME));

		Composite firstBoot = section(toolkit, columns.right(), UIText.ApplicationPage_firstBoot,
				UIText.ApplicationPage_firstBootDescription, false);
		text(toolkit, firstBoot, UIText.ApplicationPage_firstBootScript, application,
				Literals.APPLICATION__FIRST_BOOT_SCRIPT);
	}

	/** @return the files table (for tests) */
	public ObjectTable files() {
		return files;
	}

	/**
	 * Adds {@code <file>} entries for the files and {@code <directory>} entries for the folders,
	 * as one undoable step: what dropping them from the Project Explorer does.
	 */
	public void addResources(List<? extends IResource> resources) {
		Appliance root = root();
		if (root == null || !isEditable()) {
			return;
		}
		List<FileSystemEntry> entries = ResourceEntries.of(editor().file().getProject(), root.getId(), resources);
		List<ApplicationFile> newFiles = entries.stream().filter(ApplicationFile.class::isInstance)
				.map(ApplicationFile.class::cast).toList();
		List<ApplicationDirectory> newDirectories = entries.stream().filter(ApplicationDirectory.class::isInstance)
				.map(ApplicationDirectory.class::cast).toList();
		if (entries.isEmpty()) {
			return;
		}
		Application application = root.getApplication();
		if (application == null) {
			Application created = ApplianceFactory.eINSTANCE.createApplication();
			created.getFiles().addAll(newFiles);
			created.getDirectories().addAll(newDirectories);
			model().execute(SetCommand.create(model().domain(), root, Literals.APPLIANCE__APPLICATION, created));
			return;
		}
		CompoundCommand add = new CompoundCommand(UIText.ApplicationPage_dropLabel);
		if (!newFiles.isEmpty()) {
			add.append(AddCommand.create(model().domain(), application, Literals.APPLICATION__FILES, newFiles));
		}
		if (!newDirectories.isEmpty()) {
			add.append(AddCommand.create(model().domain(), application, Literals.APPLICATION__DIRECTORIES, newDirectories));
		}
		model().execute(add);
	}

	/** The Add… buttons: choose files and folders of the project. */
	private EObject chooseResources(Shell shell, List<?> existing) {
		ResourceSelectionDialog dialog = new ResourceSelectionDialog(shell, editor().file().getProject(),
				UIText.ApplicationPage_chooseResources);
		if (dialog.open() == Window.OK && dialog.getResult() != null) {
			addResources(Arrays.stream(dialog.getResult()).filter(IResource.class::isInstance).map(IResource.class::cast)
					.toList());
		}
		return null;
	}

	private void acceptDrops(ObjectTable table) {
		DropTarget target = new DropTarget(table.table(), DND.DROP_COPY | DND.DROP_LINK | DND.DROP_DEFAULT);
		target.setTransfer(new Transfer[] { LocalSelectionTransfer.getTransfer(), ResourceTransfer.getInstance(),
				FileTransfer.getInstance() });
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				event.detail = isEditable() ? DND.DROP_COPY : DND.DROP_NONE;
			}

			@Override
			public void dragOperationChanged(DropTargetEvent event) {
				event.detail = isEditable() ? DND.DROP_COPY : DND.DROP_NONE;
			}

			@Override
			public void drop(DropTargetEvent event) {
				addResources(resourcesOf(event.data));
			}
		});
	}

	/** The workspace resources in what the Project Explorer (or the file manager) dropped. */
	private static List<IResource> resourcesOf(Object data) {
		List<IResource> resources = new ArrayList<>();
		if (data instanceof IResource[] dropped) {
			resources.addAll(Arrays.asList(dropped));
		} else if (data instanceof IStructuredSelection selection) {
			for (Object element : selection.toList()) {
				IResource resource = element instanceof IResource r ? r : org.eclipse.core.runtime.Adapters.adapt(element, IResource.class);
				if (resource != null) {
					resources.add(resource);
				}
			}
		} else if (data instanceof String[] paths) {
			for (String path : paths) {
				java.net.URI location = new java.io.File(path).toURI();
				IFile[] found = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(location);
				IContainer[] folders = ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(location);
				resources.addAll(Arrays.asList(found));
				resources.addAll(Arrays.asList(folders));
			}
		}
		return resources;
	}
}
