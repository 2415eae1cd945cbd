package dev.kiln.ui.internal.maintenance;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.kiln.core.MaintenanceStatus;
import dev.kiln.ui.internal.UIText;

/** The report of one maintenance check, as {@code kiln audit} prints it, or why there is none. */
final class ReportDialog extends Dialog {

	private final MaintenanceStatus status;

	ReportDialog(Shell parent, MaintenanceStatus status) {
		super(parent);
		this.status = status;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(UIText.bind(UIText.ReportDialog_title, status.appliance(), status.version()));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Text text = new Text(area, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
		text.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
		text.setText(text());
		GridDataFactory.fillDefaults().grab(true, true).hint(720, 360).applyTo(text);
		return area;
	}

	private String text() {
		StringBuilder text = new StringBuilder(status.where()).append("\n\n"); //$NON-NLS-1$
		if (status.report() == null) {
			return text.append(status.note()).toString();
		}
		if (status.report().updates().isEmpty()) {
			text.append(UIText.bind(UIText.ReportDialog_upToDate, status.report().packages())).append("\n\n"); //$NON-NLS-1$
		}
		text.append(status.report().text());
		status.report().notes().forEach(note -> text.append(note).append('\n'));
		return text.toString();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
