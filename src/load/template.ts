/**
 * Templated YAML (Helm, Go templates, Jinja): what can be read of it without rendering.
 * Placeholder until implemented: no file is treated as a template.
 */
export interface TemplateInfo {
  /** The text to parse: template actions blanked, same length and same line breaks as the original. */
  parseText: string;
  /** Inclusive 1-based line ranges emitted only under a template condition or loop. */
  conditionalLines: [number, number][];
  /** How many template actions the file has (for the "partly analysed" notice). */
  actions: number;
}

/** Returns undefined when the text holds no template actions. */
export function analyseTemplate(_text: string): TemplateInfo | undefined {
  return undefined;
}
