package dev.kiln.model.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilder;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.common.util.URI;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.kiln.model.AppliancePackage;
import dev.kiln.model.DiskController;
import dev.kiln.model.io.ApplianceSchema;
import dev.kiln.model.io.LoadFailure;
import dev.kiln.model.internal.io.HardenedXml;
import dev.kiln.model.internal.validation.HardwareRules;
import dev.kiln.model.internal.validation.Hypervisor;
import dev.kiln.model.internal.validation.OutputRules;
import dev.kiln.model.validation.ManifestRule;

/**
 * Writes docs/manifest/reference.md from the sources of truth: the elements, attributes, types,
 * defaults and documentation of appliance.ecore, what the XSD requires, the load problems of
 * {@link LoadFailure} (their Javadoc) and the validation rules of {@link ManifestRule} with their
 * messages. {@link ManifestReferenceTest} keeps the committed file equal to what this writes.
 */
final class ManifestReference {

	static final String FILE = "docs/manifest/reference.md";
	private static final String XS = "http://www.w3.org/2001/XMLSchema";
	private static final String MESSAGES = "/dev/kiln/model/internal/validation/messages.properties";
	private static final String LOAD_FAILURE_SOURCE = "bundles/dev.kiln.model/src/dev/kiln/model/io/LoadFailure.java";
	/** Read as a file: the generated package leaves out the documentation annotations. */
	private static final String ECORE = "bundles/dev.kiln.model/model/appliance.ecore";

	private final ExtendedMetaData metaData = ExtendedMetaData.INSTANCE;
	private final Path repository;
	private final Document xsd;
	private final EPackage model;
	private final StringBuilder out = new StringBuilder();

	ManifestReference(Path repository) {
		this.repository = repository;
		ResourceSet resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		model = (EPackage) resources.getResource(URI.createFileURI(repository.resolve(ECORE).toString()), true).getContents().get(0);
		try (InputStream in = ApplianceSchema.xsd().openStream()) {
			DocumentBuilder builder = HardenedXml.documentBuilderFactory().newDocumentBuilder();
			xsd = builder.parse(in);
		} catch (Exception e) {
			throw new IllegalStateException("cannot read the XSD", e);
		}
	}

	String markdown() {
		out.append("<!-- Generated from appliance.ecore, appliance-1.0.xsd, LoadFailure and the rule messages by\n")
				.append("     tests/dev.kiln.model.tests ManifestReference; do not edit. After changing the model or a rule, run\n")
				.append("     releng/scripts/generate-manifest-reference.sh and commit the result. -->\n");
		out.append("# appliance.xml reference (schema 1.0)\n\n");
		out.append("Every element and attribute of the manifest, its type, default and whether it is required, and every\n")
				.append("problem Kiln reports with its code. Namespace `").append(ApplianceSchema.CURRENT_NAMESPACE)
				.append("`, schema [appliance-1.0.xsd](appliance-1.0.xsd);\n")
				.append("the overview, project and image paths, and schema versions are in [README.md](README.md).\n\n");
		out.append("## Elements\n\n");
		elements();
		out.append("## Load problems (`KILN-L…`)\n\n");
		out.append("A file with one of these problems is not validated further.\n\n");
		loadProblems();
		out.append("\n## Validation rules (`KILN-M…`)\n\n");
		out.append("Checked on what the schema cannot express, by the workbench as you type and by `kiln validate` and\n")
				.append("`kiln build`. E is an error (nothing is built), W a warning. `…` stands for what the message names.\n\n");
		rules();
		hypervisorLimits();
		return out.toString();
	}

	/** The model as appliance.ecore has it, with its documentation. */
	EPackage model() {
		return model;
	}

	/** Each element once, depth first from {@code <appliance>}, in the order the schema gives them. */
	private void elements() {
		Set<EClass> done = new LinkedHashSet<>();
		List<String[]> queue = new ArrayList<>(); // path, class name
		queue.add(new String[] { "appliance", AppliancePackage.Literals.APPLIANCE.getName() });
		while (!queue.isEmpty()) {
			String[] next = queue.remove(0);
			EClass eClass = (EClass) model.getEClassifier(next[1]);
			if (!done.add(eClass)) {
				continue;
			}
			List<String[]> children = element(next[0], eClass);
			queue.addAll(0, children);
		}
	}

	private List<String[]> element(String path, EClass eClass) {
		String name = path.substring(path.lastIndexOf('/') + 1);
		out.append("### `<").append(name).append(">`\n\n");
		if (path.contains("/")) {
			out.append("In `").append(path.substring(0, path.lastIndexOf('/'))).append("`. ");
		}
		out.append(text(EcoreUtil.getDocumentation(eClass))).append("\n\n");
		List<String> attributes = new ArrayList<>();
		List<String> elements = new ArrayList<>();
		List<String[]> children = new ArrayList<>();
		for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
			String xmlName = metaData.getName(feature);
			String documentation = text(EcoreUtil.getDocumentation(feature));
			if (metaData.getFeatureKind(feature) == ExtendedMetaData.ATTRIBUTE_FEATURE) {
				attributes.add(row("`" + xmlName + "`", type((EAttribute) feature), defaultOf((EAttribute) feature),
						requiredAttribute(eClass.getName(), xmlName) ? "yes" : "", documentation));
			} else if (feature instanceof EReference reference && reference.isContainment()) {
				EClass type = reference.getEReferenceType();
				elements.add(row("[`<" + xmlName + ">`](#" + xmlName.toLowerCase() + ")", occurs(feature), documentation));
				children.add(new String[] { path + "/" + xmlName, type.getName() });
			} else {
				elements.add(row("`<" + xmlName + ">`", occurs(feature), documentation + " Text: " + type((EAttribute) feature) + "."));
			}
		}
		if (!attributes.isEmpty()) {
			out.append("| attribute | type | default | required | description |\n|---|---|---|---|---|\n");
			attributes.forEach(out::append);
			out.append('\n');
		}
		if (!elements.isEmpty()) {
			out.append("| element | occurs | description |\n|---|---|---|\n");
			elements.forEach(out::append);
			out.append('\n');
		}
		return children;
	}

	private static String row(String... cells) {
		return "| " + String.join(" | ", cells) + " |\n";
	}

	private static String type(EAttribute attribute) {
		if (attribute.getEType() instanceof EEnum eEnum) {
			return eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).map(l -> "`" + l + "`").collect(Collectors.joining(" \\| "));
		}
		Class<?> type = attribute.getEType().getInstanceClass();
		if (type == int.class || type == long.class) {
			return "integer";
		}
		if (type == boolean.class) {
			return "boolean";
		}
		return "string";
	}

	private static String defaultOf(EAttribute attribute) {
		String literal = attribute.getDefaultValueLiteral();
		return literal == null ? "" : "`" + literal + "`";
	}

	/** Occurrence from the XSD (the .ecore has no lower bounds): 0..1, 1, 0..n. */
	private String occurs(EStructuralFeature feature) {
		String name = metaData.getName(feature);
		Element declaration = declarations(feature.getEContainingClass().getName(), "element").get(name);
		boolean optional = declaration == null || "0".equals(declaration.getAttribute("minOccurs"));
		String many = feature.isMany() ? "n" : "1";
		return optional ? "0.." + many : many.equals("n") ? "1..n" : "1";
	}

	private boolean requiredAttribute(String typeName, String attribute) {
		Element declaration = declarations(typeName, "attribute").get(attribute);
		return declaration != null && "required".equals(declaration.getAttribute("use"));
	}

	/** The element or attribute declarations of a complex type of the XSD, with those of its base types. */
	private Map<String, Element> declarations(String typeName, String kind) {
		Map<String, Element> result = new HashMap<>();
		NodeList types = xsd.getElementsByTagNameNS(XS, "complexType");
		for (int i = 0; i < types.getLength(); i++) {
			Element type = (Element) types.item(i);
			if (!typeName.equals(type.getAttribute("name"))) {
				continue;
			}
			NodeList declared = type.getElementsByTagNameNS(XS, kind);
			for (int j = 0; j < declared.getLength(); j++) {
				Element declaration = (Element) declared.item(j);
				result.put(declaration.getAttribute("name"), declaration);
			}
			NodeList extensions = type.getElementsByTagNameNS(XS, "extension");
			for (int j = 0; j < extensions.getLength(); j++) {
				String base = ((Element) extensions.item(j)).getAttribute("base");
				result.putAll(declarations(base.substring(base.indexOf(':') + 1), kind));
			}
		}
		return result;
	}

	/** The load problems with the first sentence of their Javadoc in LoadFailure.java. */
	private void loadProblems() {
		String source;
		try {
			source = Files.readString(repository.resolve(LOAD_FAILURE_SOURCE), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Map<String, String> documented = new TreeMap<>();
		Matcher m = Pattern.compile("/\\*\\*\\s*((?:(?!\\*/).)+?)\\s*\\*/\\s*(\\w+)\\(\"(KILN-L\\d+)\"\\)", Pattern.DOTALL).matcher(source);
		while (m.find()) {
			documented.put(m.group(3), m.group(1).replaceAll("\\s*\\n\\s*\\*\\s*", " ").replace("{@code ", "`").replace("}", "`"));
		}
		out.append("| code | problem |\n|---|---|\n");
		for (LoadFailure failure : LoadFailure.values()) {
			String text = documented.get(failure.code());
			if (text == null) {
				throw new IllegalStateException(failure + " has no Javadoc in " + LOAD_FAILURE_SOURCE);
			}
			out.append(row(failure.code(), text));
		}
	}

	/** Each rule with its severity and every message it can give. */
	private void rules() {
		Properties messages = new Properties();
		try (InputStream in = ManifestReference.class.getResourceAsStream(MESSAGES)) {
			messages.load(new java.io.InputStreamReader(in, StandardCharsets.ISO_8859_1));
		} catch (IOException | NullPointerException e) {
			throw new IllegalStateException("cannot read " + MESSAGES, e);
		}
		out.append("| code | sev | messages |\n|---|---|---|\n");
		Object[] placeholders = { "…", "…", "…", "…", "…", "…" };
		for (ManifestRule rule : ManifestRule.values()) {
			List<String> texts = new ArrayList<>();
			messages.stringPropertyNames().stream().filter(key -> key.equals(rule.name()) || key.startsWith(rule.name() + ".")).sorted()
					.forEach(key -> texts.add(text(new MessageFormat(messages.getProperty(key)).format(placeholders))));
			if (texts.isEmpty()) {
				throw new IllegalStateException(rule + " has no message in " + MESSAGES);
			}
			out.append(row(rule.code(), rule.severity() == org.eclipse.emf.common.util.Diagnostic.ERROR ? "E" : "W",
					String.join("<br>", texts)));
		}
	}

	/** What the hardware rules check the manifest against: the hypervisors of {@link Hypervisor}, the OVA's disks. */
	private void hypervisorLimits() {
		out.append("\n## Hypervisor limits\n\n");
		out.append("What KILN-M025 and KILN-M043…M047 check the virtual hardware against: each hypervisor an output is made for,\n")
				.append("with the most it gives one machine as its maker documents it. A machine above the limit of a hypervisor that\n")
				.append("refuses it is an error; above the limit of one that lowers the value when it imports the appliance, a warning.\n")
				.append("Only the OVA carries the hardware to a hypervisor; QEMU/KVM boots every output. How the numbers were chosen,\n")
				.append("and what is not checked, is in [README.md](README.md#hypervisor-limits).\n\n");
		out.append("| hypervisor | outputs | vCPUs | memory | above the limit | source |\n|---|---|---|---|---|---|\n");
		for (Hypervisor hypervisor : Hypervisor.values()) {
			String memory = hypervisor.maxMemoryMb() == Integer.MAX_VALUE ? "no fixed limit"
					: hypervisor.maxMemoryMb() + " MiB (" + hypervisor.maxMemoryMb() / 1024 + " GiB)";
			String outputs = OutputRules.FORMATS.stream().filter(hypervisor.formats()::contains).map(f -> "`" + f + "`")
					.collect(Collectors.joining(", "));
			out.append(row(text(hypervisor.label()), outputs, Integer.toString(hypervisor.maxCpus()), memory,
					hypervisor.refuses() ? "refused: error" : "lowered on import: warning",
					"[" + text(hypervisor.sourceTitle()) + "](" + hypervisor.source() + ")"));
		}
		out.append("\nThe OVA's disks, as Kiln writes them:\n\n");
		out.append("| outputs | limit | source |\n|---|---|---|\n");
		out.append(row("`vmdk` (the system disk), `ova` (every disk)", "a disk of at most " + HardwareRules.VMDK_MAX_MB
				+ " MiB, less than 2 TiB: a streamOptimized VMDK's grain tables hold 32-bit sector numbers",
				"VMware Virtual Disk Format 5.0, hosted sparse extents"));
		for (DiskController controller : DiskController.VALUES) {
			out.append(row("`ova`, `diskController=\"" + controller.getLiteral() + "\"`", HardwareRules.maxDevices(controller)
					+ (HardwareRules.sharesCdRom(controller) ? " devices: the disks and, with properties, the CD-ROM of the OVF environment"
							: " disks; with properties, the CD-ROM of the OVF environment is on an IDE controller of its own"),
					"VMware's configuration maximums per controller; Kiln's OVF has one"));
		}
	}

	/** Text for a Markdown table cell: one line, pipes and angle brackets escaped. */
	private static String text(String text) {
		if (text == null) {
			return "";
		}
		return text.replaceAll("\\s*\\n\\s*", " ").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;").trim();
	}
}
