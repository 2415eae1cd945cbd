package dev.kiln.ui.internal.build;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.notifications.AbstractNotificationPopup;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.Hyperlink;

/**
 * The notice in the workbench window's corner that a build (or an update test) ended: a title, what was built or why
 * it failed, and links to what a user does next. Closes by itself after {@link #SHOWN_MILLIS} unless the pointer rests
 * on it.
 */
public final class BuildNotification extends AbstractNotificationPopup {

	/** How long the notice stays. */
	static final long SHOWN_MILLIS = 12_000;

	private final String title;
	private final String text;
	private final boolean failed;
	private final Map<String, Runnable> links = new LinkedHashMap<>();

	public BuildNotification(Display display, String title, String text, boolean failed) {
		super(display);
		this.title = title;
		this.text = text;
		this.failed = failed;
		setDelayClose(SHOWN_MILLIS);
	}

	/** Adds a link under the text; following it closes the notice, then runs {@code action}. */
	public BuildNotification link(String label, Runnable action) {
		links.put(label, action);
		return this;
	}

	@Override
	protected String getPopupShellTitle() {
		return title;
	}

	@Override
	protected Image getPopupShellImage(int maximumHeight) {
		return PlatformUI.getWorkbench().getSharedImages().getImage(failed ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_INFO_TSK);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected void createContentArea(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 2).applyTo(parent);
		Label message = new Label(parent, SWT.WRAP);
		message.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(message);
		Composite row = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(Math.max(1, links.size())).spacing(12, 0).applyTo(row);
		for (Map.Entry<String, Runnable> entry : links.entrySet()) {
			Hyperlink link = new Hyperlink(row, SWT.NONE);
			link.setText(entry.getKey());
			link.setUnderlined(true);
			link.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_LINK_FOREGROUND));
			link.addHyperlinkListener(new HyperlinkAdapter() {
				@Override
				public void linkActivated(HyperlinkEvent event) {
					close();
					entry.getValue().run();
				}
			});
		}
	}
}
