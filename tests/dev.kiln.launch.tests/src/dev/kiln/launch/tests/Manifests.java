package dev.kiln.launch.tests;

import java.nio.charset.StandardCharsets;

import dev.kiln.model.Appliance;
import dev.kiln.model.io.ManifestLoader;

/** Appliance manifests for the tests, read by Kiln's loader. */
final class Manifests {

	static final String HELLO = """
			<?xml version="1.0" encoding="UTF-8"?>
			<appliance xmlns="urn:dev.kiln:appliance:1.0" id="hello-appliance" name="Hello Appliance" version="1.0.0" vendor="Kiln Examples">
			  <summary>A tiny HTTP service.</summary>
			  <os suite="trixie" architecture="amd64">
			    <package name="busybox"/>
			  </os>
			  <network configuration="dhcp" hostname="hello">
			    <port number="8080" name="http"/>
			    <port number="22" name="ssh"/>
			    <port number="53" name="dns" protocol="udp"/>
			  </network>
			  <hardware cpus="1" memoryMb="512" firmware="%s">
			    <disk name="system" sizeMb="2048"/>
			  </hardware>
			  <outputs>
			    <output format="raw"/>
			    <output format="qcow2"/>
			  </outputs>
			</appliance>
			""";

	private Manifests() {
	}

	static String hello(String firmware) {
		return HELLO.formatted(firmware);
	}

	static Appliance hello(String firmware, String hardwareAttributes) {
		byte[] text = hello(firmware).replace("cpus=\"1\" memoryMb=\"512\"", hardwareAttributes).getBytes(StandardCharsets.UTF_8);
		return new ManifestLoader().load(text, "appliance.xml").appliance().orElseThrow(() -> new AssertionError("cannot read the manifest"));
	}
}
