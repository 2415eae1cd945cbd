package dev.kiln.launch.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.osgi.util.NLS;

/**
 * When QEMU ends (terminated by the user or powered off by the guest): stops watching its output and
 * deletes the machine's private folder (the copy of OVMF's variables).
 */
final class MachineCleanup implements IDebugEventSetListener {

	private final IProcess process;
	private final ReadyWatcher watcher;
	private final Path folder;

	private MachineCleanup(IProcess process, ReadyWatcher watcher, Path folder) {
		this.process = process;
		this.watcher = watcher;
		this.folder = folder;
	}

	static void register(IProcess process, ReadyWatcher watcher, Path folder) {
		MachineCleanup cleanup = new MachineCleanup(process, watcher, folder);
		DebugPlugin.getDefault().addDebugEventListener(cleanup);
		if (process.isTerminated()) {
			cleanup.run();
		}
	}

	@Override
	public void handleDebugEvents(DebugEvent[] events) {
		for (DebugEvent event : events) {
			if (event.getKind() == DebugEvent.TERMINATE && event.getSource() == process) {
				run();
			}
		}
	}

	private void run() {
		DebugPlugin.getDefault().removeDebugEventListener(this);
		watcher.detach();
		delete(folder);
	}

	static void delete(Path folder) {
		if (folder == null || !Files.exists(folder)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		} catch (IOException e) {
			ILog.of(MachineCleanup.class).warn(NLS.bind(LaunchText.MachineCleanup_cannotDelete, folder, e.getMessage()));
		}
	}
}
