/**
 * User-visible texts for the bundles that run on a plain class path as well as in OSGi (the engine, the
 * publisher, the build): {@link dev.kiln.image.text.Texts}, Eclipse's NLS in plain Java.
 */
package dev.kiln.image.text;
