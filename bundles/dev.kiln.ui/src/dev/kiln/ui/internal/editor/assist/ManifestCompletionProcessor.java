package dev.kiln.ui.internal.editor.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;

import dev.kiln.model.AppliancePackage.Literals;
import dev.kiln.ui.internal.UIText;

/**
 * Content assist of the Source page: the elements allowed where the caret is, the attributes of
 * the element being written, the values of enumerations and booleans, and Debian package names in
 * {@code <package name="…">} (when the package index is available, see {@link DebianPackageNames}).
 */
public final class ManifestCompletionProcessor implements IContentAssistProcessor {

	private static final Pattern OS_TAG = Pattern.compile("<os\\b[^>]*>", Pattern.DOTALL); //$NON-NLS-1$
	private static final char[] TRIGGERS = { '<', ' ', '"' };

	private final ManifestSchemaNames schema = new ManifestSchemaNames();
	private final DebianPackageNames packages = new DebianPackageNames();
	private String error;

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		error = null;
		IDocument document = viewer.getDocument();
		String before;
		try {
			before = document.get(0, offset);
		} catch (BadLocationException e) {
			return new ICompletionProposal[0];
		}
		return proposals(document.get(), before, offset).toArray(ICompletionProposal[]::new);
	}

	/** The proposals at {@code offset}, where {@code before} is the text up to it. */
	List<ICompletionProposal> proposals(String text, String before, int offset) {
		XmlContext context = XmlContext.of(before);
		List<ICompletionProposal> proposals = new ArrayList<>();
		switch (context.kind()) {
			case CONTENT -> elements(context.openElements(), "", offset, true, proposals); //$NON-NLS-1$
			case ELEMENT_NAME -> elements(context.openElements(), context.prefix(), offset, false, proposals);
			case ATTRIBUTE_NAME -> attributes(context, XmlContext.writtenAttributes(before), offset, proposals);
			case ATTRIBUTE_VALUE -> values(context, text, offset, proposals);
		}
		return proposals;
	}

	private void elements(List<String> open, String prefix, int offset, boolean withBracket,
			List<ICompletionProposal> proposals) {
		List<ManifestSchemaNames.ElementType> allowed;
		if (open.isEmpty()) {
			allowed = List.of(schema.root());
		} else {
			Optional<ManifestSchemaNames.ElementType> parent = schema.element(open);
			allowed = parent.map(schema::children).orElse(List.of());
		}
		for (ManifestSchemaNames.ElementType element : allowed) {
			if (!element.name().startsWith(prefix)) {
				continue;
			}
			boolean hasContent = element.isText() || !schema.children(element).isEmpty();
			String start = (withBracket ? "<" : "") + element.name(); //$NON-NLS-1$ //$NON-NLS-2$
			String replacement = hasContent ? start + "></" + element.name() + ">" : start + " />"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			int cursor = start.length() + 1; // after "<name>" or before "/>"
			proposals.add(new CompletionProposal(replacement, offset - prefix.length(), prefix.length(), cursor, null,
					element.name(), null, element.documentation()));
		}
	}

	private void attributes(XmlContext context, List<String> written, int offset, List<ICompletionProposal> proposals) {
		List<String> path = new ArrayList<>(context.openElements());
		path.add(context.element());
		schema.element(path).ifPresent(element -> {
			for (EAttribute attribute : schema.attributes(element)) {
				String name = schema.nameOf(attribute);
				if (name.startsWith(context.prefix()) && !written.contains(name)) {
					String replacement = name + "=\"\""; //$NON-NLS-1$
					proposals.add(new CompletionProposal(replacement, offset - context.prefix().length(),
							context.prefix().length(), name.length() + 2, null, name, null, EcoreUtil.getDocumentation(attribute)));
				}
			}
		});
	}

	private void values(XmlContext context, String text, int offset, List<ICompletionProposal> proposals) {
		List<String> path = new ArrayList<>(context.openElements());
		path.add(context.element());
		Optional<EAttribute> attribute = schema.element(path).flatMap(element -> schema.attributes(element).stream()
				.filter(candidate -> schema.nameOf(candidate).equals(context.attribute())).findFirst());
		if (attribute.isEmpty()) {
			return;
		}
		List<String> values = new ArrayList<>();
		if (attribute.get() == Literals.DEBIAN_PACKAGE__NAME) {
			String suite = osAttribute(text, "suite"); //$NON-NLS-1$
			String architecture = osAttribute(text, "architecture"); //$NON-NLS-1$
			values.addAll(packages.startingWith(context.prefix(), suite, architecture));
			if (values.isEmpty() && packages.isPending(suite, architecture)) {
				error = UIText.ManifestCompletionProcessor_noPackageIndex;
			}
		} else if (attribute.get().getEAttributeType() instanceof EEnum eEnum) {
			eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).forEach(values::add);
		} else if (attribute.get().getEAttributeType().getInstanceClass() == boolean.class) {
			values.add(Boolean.TRUE.toString());
			values.add(Boolean.FALSE.toString());
		}
		String prefix = context.prefix();
		for (String value : values) {
			if (value.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))) {
				proposals.add(new CompletionProposal(value, offset - prefix.length(), prefix.length(), value.length()));
			}
		}
	}

	/** @return an attribute of the manifest's {@code <os>} element, or {@code null} */
	private static String osAttribute(String text, String name) {
		Matcher os = OS_TAG.matcher(text);
		if (!os.find()) {
			return null;
		}
		Matcher attribute = Pattern.compile("\\b" + name + "\\s*=\\s*\"([^\"]*)\"").matcher(os.group()); //$NON-NLS-1$ //$NON-NLS-2$
		return attribute.find() ? attribute.group(1) : null;
	}

	/** @return where package names come from (for tests) */
	public DebianPackageNames packageNames() {
		return packages;
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return TRIGGERS.clone();
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return error;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
