package dev.kiln.ui.internal.editor;

/**
 * The smallest single replacement that turns one text into another: what changed between their
 * common beginning and common end. Writing only that keeps the caret, the selection and the
 * markers of the Source page where they were.
 */
record TextReplacement(int offset, int length, String text) {

	static TextReplacement between(String before, String after) {
		int max = Math.min(before.length(), after.length());
		int start = 0;
		while (start < max && before.charAt(start) == after.charAt(start)) {
			start++;
		}
		int end = 0;
		while (end < max - start
				&& before.charAt(before.length() - 1 - end) == after.charAt(after.length() - 1 - end)) {
			end++;
		}
		return new TextReplacement(start, before.length() - start - end,
				after.substring(start, after.length() - end));
	}

	boolean isEmpty() {
		return length == 0 && text.isEmpty();
	}
}
