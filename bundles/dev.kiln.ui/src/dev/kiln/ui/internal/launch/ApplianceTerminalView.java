package dev.kiln.ui.internal.launch;

import org.eclipse.debug.core.model.IProcess;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.tm.internal.terminal.control.ITerminalListener;
import org.eclipse.tm.internal.terminal.control.ITerminalViewControl;
import org.eclipse.tm.internal.terminal.control.TerminalViewControlFactory;
import org.eclipse.tm.internal.terminal.provisional.api.ITerminalConnector;
import org.eclipse.tm.internal.terminal.provisional.api.TerminalState;
import org.eclipse.tm.internal.terminal.textcanvas.TextCanvas;
import org.eclipse.ui.part.ViewPart;

import dev.kiln.ui.internal.UIText;

/**
 * Appliance Terminal: the serial console of a running appliance in the Platform's VT100 terminal widget, one view
 * per QEMU process (the secondary id), opened when the appliance starts. Cursor movement, colours and full-screen
 * programs work as in a terminal; what the user types goes to the guest, which echoes it.
 */
public class ApplianceTerminalView extends ViewPart {

	public static final String ID = "dev.kiln.ui.applianceTerminal"; //$NON-NLS-1$

	private ITerminalViewControl terminal;
	private SerialTerminalConnector connector;

	private final ITerminalListener listener = new ITerminalListener() {
		@Override
		public void setState(TerminalState state) {
			// the title says whether the appliance runs
		}

		@Override
		public void setTerminalTitle(String title) {
			// the guest's title sequences do not rename the view
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		terminal = TerminalViewControlFactory.makeControl(listener, parent, new ITerminalConnector[0], true);
	}

	/** Shows {@code qemu}'s serial console from its start; once. */
	void attach(IProcess qemu) {
		if (connector != null || terminal.isDisposed()) {
			return;
		}
		connector = new SerialTerminalConnector(qemu);
		terminal.setConnector(connector);
		terminal.connectTerminal();
		setPartName(UIText.bind(UIText.SerialTerminal_title, qemu.getLaunch().getLaunchConfiguration().getName()));
		setContentDescription(qemu.getLabel());
	}

	/** The machine's label changed (booting, ready after 40 s). */
	void labelChanged(IProcess qemu) {
		if (connector != null && !terminal.isDisposed()) {
			setContentDescription(qemu.getLabel());
		}
	}

	/** The appliance stopped: the terminal keeps its text and takes no more input. */
	void processEnded() {
		if (connector != null && !terminal.isDisposed()) {
			// ends the terminal's reader job too; the text stays
			terminal.disconnectTerminal();
			setContentDescription(UIText.bind(UIText.SerialTerminal_ended, getContentDescription()));
		}
	}

	/** The terminal's text as it shows it, scroll-back included, lines joined by new lines (the tests read it). */
	String text() {
		return terminal.getControl() instanceof TextCanvas canvas ? canvas.getAllText() : ""; //$NON-NLS-1$
	}

	/** The widget that takes the keyboard (the tests type into it). */
	org.eclipse.swt.widgets.Control keyboardControl() {
		return terminal.getControl();
	}

	@Override
	public void setFocus() {
		terminal.setFocus();
	}

	@Override
	public void dispose() {
		if (terminal != null) {
			terminal.disposeTerminal();
		}
		super.dispose();
	}
}
