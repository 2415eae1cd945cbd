package dev.kiln.bench;

/** Writes a realistic appliance.xml of a given size: many packages, files, users, ports and properties. */
final class LargeManifest {

	private LargeManifest() {
	}

	/** A valid manifest of about {@code lines} lines. */
	static String ofLines(int lines) {
		int sections = Math.max(1, (lines - 40) / 5);
		StringBuilder xml = new StringBuilder();
		xml.append("""
				<?xml version="1.0" encoding="UTF-8"?>
				<appliance xmlns="urn:dev.kiln:appliance:1.0" id="big-appliance" name="Big Appliance" version="2.3.1" vendor="Bench">
				  <summary>An appliance with a long manifest, for benchmarks.</summary>
				  <os suite="trixie" architecture="amd64">
				""");
		for (int i = 0; i < sections; i++) {
			xml.append("    <package name=\"pkg-").append(i).append("\"/>\n");
		}
		xml.append("  </os>\n  <application>\n");
		for (int i = 0; i < sections; i++) {
			xml.append("    <group name=\"grp").append(i).append("\"/>\n");
			xml.append("    <user name=\"usr").append(i).append("\" group=\"grp").append(i).append("\"/>\n");
			xml.append("    <file source=\"app/f").append(i).append(".conf\" target=\"/etc/app/f").append(i).append(".conf\" mode=\"0644\"/>\n");
		}
		xml.append("  </application>\n  <network configuration=\"dhcp\" hostname=\"big\">\n");
		for (int i = 0; i < sections; i++) {
			xml.append("    <port number=\"").append(10000 + i).append("\" name=\"p").append(i).append("\"/>\n");
		}
		xml.append("""
				  </network>
				  <hardware cpus="2" memoryMb="2048" firmware="hybrid">
				    <disk name="system" sizeMb="8192"/>
				  </hardware>
				  <outputs>
				    <output format="qcow2"/>
				    <output format="ova"/>
				  </outputs>
				  <listing title="Big Appliance" pricing="free">
				    <summary>Benchmark appliance.</summary>
				    <category>devops</category>
				  </listing>
				</appliance>
				""");
		return xml.toString();
	}
}
