package dev.kiln.ui.internal.launch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.debug.core.IStreamListener;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IStreamMonitor;
import org.eclipse.debug.core.model.IStreamsProxy;
import org.eclipse.tm.internal.terminal.provisional.api.ISettingsStore;
import org.eclipse.tm.internal.terminal.provisional.api.ITerminalConnector;
import org.eclipse.tm.internal.terminal.provisional.api.ITerminalControl;
import org.eclipse.tm.internal.terminal.provisional.api.TerminalState;

import dev.kiln.ui.internal.UIText;

/**
 * Connects the Platform's terminal widget to an appliance's serial console: what QEMU's process writes (the guest's
 * ttyS0) goes to the terminal, what the user types goes to the process's input. The guest echoes, as a terminal line
 * does: no local echo, so a password typed at the login prompt is not shown.
 */
final class SerialTerminalConnector implements ITerminalConnector {

	private static final String ID = "dev.kiln.ui.serialTerminalConnector"; //$NON-NLS-1$

	private final IProcess process;
	private ITerminalControl control;
	private IStreamMonitor output;
	private OutputStream toTerminal;

	private final IStreamListener received = (text, monitor) -> write(text);

	private final OutputStream toGuest = new OutputStream() {
		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			IStreamsProxy streams = process.getStreamsProxy();
			if (streams != null && !process.isTerminated()) {
				streams.write(new String(bytes, offset, length, StandardCharsets.UTF_8));
			}
		}
	};

	/** A connector to the serial console of {@code qemu}. */
	SerialTerminalConnector(IProcess qemu) {
		this.process = qemu;
	}

	@Override
	public void connect(ITerminalControl terminal) {
		this.control = terminal;
		control.setCharset(StandardCharsets.UTF_8);
		control.setVT100LineWrapping(true);
		toTerminal = control.getRemoteToTerminalOutputStream();
		IStreamsProxy streams = process.getStreamsProxy();
		if (streams == null) {
			control.setState(TerminalState.CLOSED);
			return;
		}
		output = streams.getOutputStreamMonitor();
		// what the guest wrote before the terminal opened first, then what it writes from now on, in order
		synchronized (output) {
			write(output.getContents());
			output.addListener(received);
		}
		control.setState(process.isTerminated() ? TerminalState.CLOSED : TerminalState.CONNECTED);
	}

	@Override
	public void disconnect() {
		if (output != null) {
			output.removeListener(received);
		}
		processEnded();
	}

	/** The process ended: the terminal says so, takes no more input, and its reader ends with the stream. */
	synchronized void processEnded() {
		if (control != null) {
			control.setState(TerminalState.CLOSED);
		}
		if (toTerminal != null) {
			try {
				toTerminal.close();
			} catch (IOException e) {
				// closed already
			}
			toTerminal = null;
		}
	}

	private synchronized void write(String text) {
		if (toTerminal == null || text.isEmpty()) {
			return;
		}
		try {
			toTerminal.write(text.getBytes(StandardCharsets.UTF_8));
			toTerminal.flush();
		} catch (IOException e) {
			// the terminal was closed: nobody reads the console any more
		}
	}

	@Override
	public OutputStream getTerminalToRemoteStream() {
		return toGuest;
	}

	@Override
	public String getSettingsSummary() {
		return UIText.bind(UIText.SerialTerminal_summary, process.getLabel());
	}

	@Override
	public String getId() {
		return ID;
	}

	@Override
	public String getName() {
		return getSettingsSummary();
	}

	@Override
	public boolean isHidden() {
		return true;
	}

	@Override
	public boolean isInitialized() {
		return true;
	}

	@Override
	public String getInitializationErrorMessage() {
		return null;
	}

	@Override
	public boolean isLocalEcho() {
		// the guest's line discipline echoes, and hides passwords
		return false;
	}

	@Override
	public void setTerminalSize(int columns, int lines) {
		// a serial line has no size to tell; the guest assumes 80x24 unless told with stty
	}

	@Override
	public void load(ISettingsStore store) {
		// nothing to keep: the connector lives as long as the appliance runs
	}

	@Override
	public void save(ISettingsStore store) {
		// as load
	}

	@Override
	public void setDefaultSettings() {
		// as load
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}
}
