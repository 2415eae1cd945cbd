package dev.kiln.model.internal.validation;

import java.util.List;

import dev.kiln.model.AppliancePackage.Literals;
import dev.kiln.model.Network;
import dev.kiln.model.NetworkConfiguration;
import dev.kiln.model.Port;
import dev.kiln.model.Protocol;
import dev.kiln.model.internal.ModelText;
import dev.kiln.model.validation.ManifestRule;

/** Rules of the network: addressing, host name and ports. */
public final class NetworkRules {

	public void network(Network network, Reporter reporter) {
		if (network.getConfiguration() == NetworkConfiguration.STATIC && NamePatterns.isBlank(network.getAddress())) {
			reporter.report(ManifestRule.STATIC_ADDRESS_MISSING, network, Literals.NETWORK__ADDRESS);
		}
		if (!NamePatterns.isBlank(network.getAddress()) && !IpAddresses.isCidr(network.getAddress())) {
			reporter.reportVariant(ManifestRule.IP_ADDRESS_INVALID, "address", network, Literals.NETWORK__ADDRESS, //$NON-NLS-1$
					network.getAddress());
		}
		if (network.getGateway() != null && !IpAddresses.isAddress(network.getGateway())) {
			reporter.reportVariant(ManifestRule.IP_ADDRESS_INVALID, "gateway", network, Literals.NETWORK__GATEWAY, //$NON-NLS-1$
					network.getGateway());
		}
		for (String nameserver : network.getNameservers()) {
			if (!IpAddresses.isAddress(nameserver)) {
				reporter.reportVariant(ManifestRule.IP_ADDRESS_INVALID, "nameserver", network, //$NON-NLS-1$
						Literals.NETWORK__NAMESERVERS, nameserver);
			}
		}
		if (network.getHostname() != null && !NamePatterns.isHostname(network.getHostname())) {
			reporter.report(ManifestRule.HOSTNAME_INVALID, network, Literals.NETWORK__HOSTNAME, network.getHostname());
		}
		List<Port> ports = network.getPorts();
		Duplicates.find(ports, port -> port.getNumber() + "/" + port.getProtocol(), //$NON-NLS-1$
				(first, repeat) -> reporter.report(ManifestRule.PORT_DUPLICATE, repeat, Literals.PORT__NUMBER,
						numberOf(repeat), nameOf(first), nameOf(repeat)));
	}

	public void port(Port port, Reporter reporter) {
		if (port.getNumber() < 1 || port.getNumber() > 65535) {
			String number = port.getName() == null ? numberOf(port)
					: ModelText.bind(ModelText.NetworkRules_namedPort, numberOf(port), port.getName());
			reporter.report(ManifestRule.PORT_OUT_OF_RANGE, port, Literals.PORT__NUMBER, number);
		}
	}

	/** @return "8080" for TCP, "53/udp" for UDP */
	private static String numberOf(Port port) {
		return port.getProtocol() == Protocol.UDP ? port.getNumber() + "/udp" : String.valueOf(port.getNumber()); //$NON-NLS-1$
	}

	private static String nameOf(Port port) {
		return port.getName() == null ? ModelText.NetworkRules_unnamed : port.getName();
	}
}
