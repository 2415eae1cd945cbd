package dev.kiln.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class UnitFileTest {

	@Test
	void readsTheInstallSectionOnly() {
		Map<String, List<String>> install = UnitFile.installSection("""
				[Unit]
				WantedBy=not-this.target
				[Service]
				ExecStart=/bin/true
				[Install]
				WantedBy=multi-user.target graphical.target
				Alias=web.service
				# a comment
				Also=helper.socket
				""");
		assertEquals(List.of("multi-user.target", "graphical.target"), install.get("WantedBy"));
		assertEquals(List.of("web.service"), install.get("Alias"));
		assertEquals(List.of("helper.socket"), install.get("Also"));
	}

	@Test
	void repeatedKeysAddUpAndAnEmptyValueResetsThem() {
		Map<String, List<String>> install = UnitFile.installSection("[Install]\nWantedBy=a.target\nWantedBy=b.target\nRequiredBy=x\nRequiredBy=\n");
		assertEquals(List.of("a.target", "b.target"), install.get("WantedBy"));
		assertEquals(List.of(), install.get("RequiredBy"));
	}
}
