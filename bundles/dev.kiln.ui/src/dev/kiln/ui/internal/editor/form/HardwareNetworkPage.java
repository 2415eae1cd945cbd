package dev.kiln.ui.internal.editor.form;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.kiln.model.ApplianceFactory;
import dev.kiln.model.AppliancePackage.Literals;
import dev.kiln.model.Disk;
import dev.kiln.model.Hardware;
import dev.kiln.model.Network;
import dev.kiln.model.Port;
import dev.kiln.ui.internal.UIText;
import dev.kiln.ui.internal.editor.ManifestEditor;

/** The virtual machine: CPUs, memory, firmware, disk controller and disks; the network and its ports. */
public final class HardwareNetworkPage extends ManifestFormPage {

	/** The page id. */
	public static final String ID = "dev.kiln.ui.manifestEditor.hardware"; //$NON-NLS-1$

	/** Port of a new row: the first after the highest in use, 8080 for the first. */
	private static final int FIRST_PORT = 8080;
	/** Size of a new data disk. */
	private static final int NEW_DISK_MB = 1024;

	public HardwareNetworkPage(ManifestEditor editor) {
		super(editor, ID, UIText.HardwareNetworkPage_title);
	}

	@Override
	public boolean covers(EObject object, EStructuralFeature feature) {
		return object instanceof Hardware || object instanceof Disk || object instanceof Network || object instanceof Port
				|| feature == Literals.APPLIANCE__HARDWARE || feature == Literals.APPLIANCE__NETWORK;
	}

	@Override
	protected void createContent(FormToolkit toolkit, Composite body) {
		PageColumns columns = PageColumns.in(toolkit, body);
		OwnerPath hardware = OwnerPath.of(Literals.APPLIANCE__HARDWARE);
		OwnerPath network = OwnerPath.of(Literals.APPLIANCE__NETWORK);

		Composite machine = section(toolkit, columns.left(), UIText.HardwareNetworkPage_hardware,
				UIText.HardwareNetworkPage_hardwareDescription, false);
		text(toolkit, machine, UIText.HardwareNetworkPage_cpus, hardware, Literals.HARDWARE__CPUS);
		text(toolkit, machine, UIText.HardwareNetworkPage_memory, hardware, Literals.HARDWARE__MEMORY_MB);
		combo(toolkit, machine, UIText.HardwareNetworkPage_firmware, hardware, Literals.HARDWARE__FIRMWARE);
		combo(toolkit, machine, UIText.HardwareNetworkPage_diskController, hardware, Literals.HARDWARE__DISK_CONTROLLER);
		Composite disks = section(toolkit, columns.left(), UIText.HardwareNetworkPage_disks,
				UIText.HardwareNetworkPage_disksDescription, true);
		table(toolkit, disks, hardware, Literals.HARDWARE__DISKS, List.of(
				new ObjectTable.Column(UIText.HardwareNetworkPage_diskName, Literals.DISK__NAME, 140, true),
				new ObjectTable.Column(UIText.HardwareNetworkPage_diskSize, Literals.DISK__SIZE_MB, 100, true)),
				(shell, existing) -> {
					Disk disk = ApplianceFactory.eINSTANCE.createDisk();
					disk.setName(existing.isEmpty() ? "system" : "data" + existing.size()); //$NON-NLS-1$ //$NON-NLS-2$
					disk.setSizeMb(existing.isEmpty() ? 2 * NEW_DISK_MB : NEW_DISK_MB);
					return disk;
				});

		Composite net = section(toolkit, columns.right(), UIText.HardwareNetworkPage_network,
				UIText.HardwareNetworkPage_networkDescription, false);
		combo(toolkit, net, UIText.HardwareNetworkPage_configuration, network, Literals.NETWORK__CONFIGURATION);
		text(toolkit, net, UIText.HardwareNetworkPage_hostname, network, Literals.NETWORK__HOSTNAME);
		text(toolkit, net, UIText.HardwareNetworkPage_address, network, Literals.NETWORK__ADDRESS);
		text(toolkit, net, UIText.HardwareNetworkPage_gateway, network, Literals.NETWORK__GATEWAY);
		text(toolkit, net, UIText.HardwareNetworkPage_nameservers, network, Literals.NETWORK__NAMESERVERS);
		Composite ports = section(toolkit, columns.right(), UIText.HardwareNetworkPage_ports,
				UIText.HardwareNetworkPage_portsDescription, true);
		table(toolkit, ports, network, Literals.NETWORK__PORTS, List.of(
				new ObjectTable.Column(UIText.HardwareNetworkPage_portNumber, Literals.PORT__NUMBER, 70, true),
				new ObjectTable.Column(UIText.HardwareNetworkPage_protocol, Literals.PORT__PROTOCOL, 70, true),
				new ObjectTable.Column(UIText.HardwareNetworkPage_portName, Literals.PORT__NAME, 90, true),
				new ObjectTable.Column(UIText.HardwareNetworkPage_portDescription, Literals.PORT__DESCRIPTION, 160, true)),
				(shell, existing) -> {
					Port port = ApplianceFactory.eINSTANCE.createPort();
					port.setNumber(existing.stream().mapToInt(item -> ((Port) item).getNumber() + 1).max().orElse(FIRST_PORT));
					return port;
				});
	}
}
