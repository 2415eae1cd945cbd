package dev.kiln.workbench.probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Once the workbench has started, opens its Help menu as SWT does (the Show event, which makes the workbench
 * fill in contributed items), writes the items' labels to the file named by the environment variable
 * {@code KILN_PROBE_OUTPUT} (which passes through the start scripts), one per line, and closes the workbench.
 * Does nothing without that variable.
 */
public class HelpMenuProbe implements IStartup {

	/** The last line of the file, written after the labels, so that a reader knows the list is whole. */
	static final String END = "-- end of Help menu --"; //$NON-NLS-1$

	@Override
	public void earlyStartup() {
		String output = System.getenv("KILN_PROBE_OUTPUT"); //$NON-NLS-1$
		if (output == null) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			List<String> lines = new ArrayList<>();
			IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
			if (window == null && workbench.getWorkbenchWindowCount() > 0) {
				window = workbench.getWorkbenchWindows()[0];
			}
			Shell shell = window == null ? null : window.getShell();
			Menu bar = shell == null ? null : shell.getMenuBar();
			if (bar == null) {
				lines.add("no workbench window with a menu bar"); //$NON-NLS-1$
			} else {
				lines.addAll(helpMenu(bar));
			}
			lines.add(END);
			try {
				Files.write(Path.of(output), lines, StandardCharsets.UTF_8);
			} catch (IOException e) {
				throw new IllegalStateException("cannot write " + output, e); //$NON-NLS-1$
			} finally {
				workbench.close();
			}
		});
	}

	/** Labels of the Help menu's items without mnemonics and accelerators; "-" for a separator. */
	private static List<String> helpMenu(Menu bar) {
		List<String> labels = new ArrayList<>();
		for (MenuItem top : bar.getItems()) {
			if (!label(top).equals("Help") || top.getMenu() == null) { //$NON-NLS-1$
				continue;
			}
			Menu help = top.getMenu();
			help.notifyListeners(SWT.Show, new Event());
			for (MenuItem item : help.getItems()) {
				labels.add((item.getStyle() & SWT.SEPARATOR) != 0 ? "-" : label(item)); //$NON-NLS-1$
			}
			help.notifyListeners(SWT.Hide, new Event());
			return labels;
		}
		labels.add("no Help menu"); //$NON-NLS-1$
		return labels;
	}

	private static String label(MenuItem item) {
		String text = item.getText();
		int tab = text.indexOf('\t');
		return (tab < 0 ? text : text.substring(0, tab)).replace("&", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
