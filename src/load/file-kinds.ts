// What a file is by its name, where several stages need to know (discovery patterns, the
// prefilter, parsing, extraction). Kept free of parser imports: worker threads load it.

const KUSTOMIZATION_NAMES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);

function basename(relPath: string): string {
  return relPath.slice(relPath.lastIndexOf('/') + 1);
}

/** Whether a file is named as kustomize looks for it in a directory. */
export function isKustomizationName(relPath: string): boolean {
  return KUSTOMIZATION_NAMES.has(basename(relPath));
}

/** Names read as YAML (JSON included); every other discovered file is read as text. */
const YAML_NAME = /\.(ya?ml|json|manifest)$/i;

export function isYamlName(relPath: string): boolean {
  return YAML_NAME.test(relPath);
}
