package org.saphan.platform.text;

/** A translation supplied with a text: provenance HUMAN, MACHINE or GLOSSARY. */
public record TranslationDraft(String language, String text, String provenance, String translator, Boolean reviewed) {}
