// What a container runs when its manifest leaves the program, or part of it, to the image. Facts
// read from the images' own Dockerfiles and scripts (docs/forms/container-images.md):
// - bitnami/etcd (bitnami/containers bitnami/etcd/3.6/debian-12/Dockerfile): ENTRYPOINT
//   /opt/bitnami/scripts/etcd/entrypoint.sh, CMD /opt/bitnami/scripts/etcd/run.sh. entrypoint.sh
//   runs setup.sh when its first argument is run.sh, then `exec "$@"`; run.sh runs
//   `etcd [--config-file $ETCD_CONF_FILE when that file exists] "$@"`.
// - etcd's release images, quay.io/coreos/etcd and gcr.io/etcd-development/etcd (etcd-io/etcd
//   Dockerfile, Dockerfile-release*): no ENTRYPOINT, CMD ["/usr/local/bin/etcd"].
// - registry.k8s.io/etcd (kubernetes cluster/images/etcd/Dockerfile): neither; it needs a command.

const BITNAMI_ENTRYPOINT = '/opt/bitnami/scripts/etcd/entrypoint.sh';
const BITNAMI_RUN = '/opt/bitnami/scripts/etcd/run.sh';
const RELEASE_ETCD = '/usr/local/bin/etcd';

/** An image whose default program is known. */
export interface ImageDefaults {
  /** The image's own repository, e.g. `bitnami/etcd`. */
  repository: string;
  entrypoint: readonly string[];
  cmd: readonly string[];
}

/** The image's own repository name, without registry, tag or digest (`bitnami/etcd`). */
function imageRepository(image: string): string {
  const withoutDigest = image.split('@', 1)[0] ?? image;
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.indexOf(':', lastSlash + 1);
  const name = colon < 0 ? withoutDigest : withoutDigest.slice(0, colon);
  const parts = name.split('/');
  // A first part with a dot or a port (or `localhost`) is a registry.
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0] as string)) parts.shift();
  return parts.join('/').toLowerCase();
}

/**
 * The defaults of an image this tool knows, from any registry or mirror path: Bitnami's image (and
 * its `bitnamilegacy` copy), etcd's release images. Undefined for any other image.
 */
export function imageDefaults(image: string | undefined): ImageDefaults | undefined {
  if (image === undefined) return undefined;
  const repository = imageRepository(image.trim());
  const parts = repository.split('/');
  const owner = parts[parts.length - 2];
  if (parts[parts.length - 1] !== 'etcd') return undefined;
  if (owner === 'bitnami' || owner === 'bitnamilegacy')
    return { repository: `${owner}/etcd`, entrypoint: [BITNAMI_ENTRYPOINT], cmd: [BITNAMI_RUN] };
  if (owner === 'coreos' || owner === 'etcd-development')
    return { repository: `${owner}/etcd`, entrypoint: [], cmd: [RELEASE_ETCD] };
  return undefined;
}

/** Images whose ENTRYPOINT wraps the command given to them (their script runs before etcd). */
export function hasWrappingEntrypoint(image: string | undefined): boolean {
  return (imageDefaults(image)?.entrypoint.length ?? 0) > 0;
}

/**
 * What the manifest gives: Kubernetes `command` and `args`, or Compose `entrypoint` and `command`
 * (undefined: not set; Kubernetes treats an empty list as not set, Compose an empty entrypoint as
 * "none").
 */
export interface GivenArgv {
  runtime: 'kubernetes' | 'compose';
  /** `command` (Kubernetes) or `entrypoint` (Compose): replaces the image's ENTRYPOINT. */
  entrypoint: readonly string[] | undefined;
  /** `args` (Kubernetes) or `command` (Compose): replaces the image's CMD. */
  cmd: readonly string[] | undefined;
}

/**
 * The program a container runs, as an index into the words the manifest gives (entrypoint words,
 * then cmd words):
 * - `argv`: the word at `index` is the program as written (etcd, a shell, anything else);
 * - `etcd`: etcd, started by the image (its CMD, or Bitnami's run.sh, written or not), with the
 *   given words from `flagsFrom` on as its arguments; `at` is the run.sh word when one is written;
 * - `none`: the program is the image's and is not known to be etcd, or nothing runs.
 * `image` is set when the image's defaults took part; `open` says why settings may come from
 * elsewhere (Bitnami's scripts prepare etcd's environment and may give it a config file);
 * `bitnami` when Bitnami's scripts run before the program (`run`: run.sh starts etcd, after setup).
 */
export type ContainerProgram =
  | { kind: 'argv'; index: number; image?: ImageDefaults; open: string[]; bitnami?: BitnamiScripts }
  | {
      kind: 'etcd';
      flagsFrom: number;
      at?: number;
      image?: ImageDefaults;
      open: string[];
      bitnami?: BitnamiScripts;
    }
  | { kind: 'none' };

export interface BitnamiScripts {
  /** run.sh starts etcd (after entrypoint.sh ran setup.sh): a config file may be used. */
  run: boolean;
}

interface Word {
  value: string;
  /** Index among the given words; undefined for a word of the image. */
  index: number | undefined;
}

/** The argv the container runtime builds from the image and the manifest. */
function effectiveArgv(given: GivenArgv, image: ImageDefaults | undefined): Word[] | 'unknown' {
  const entry = given.entrypoint ?? [];
  const mine = (values: readonly string[], offset: number): Word[] =>
    values.map((value, i) => ({ value, index: offset + i }));
  const ownEntrypoint = given.runtime === 'kubernetes' ? entry.length > 0 : given.entrypoint !== undefined;
  // With its own entrypoint the image's CMD is dropped (Kubernetes: args default to nothing when
  // command is set; Docker: a new entrypoint resets CMD).
  if (ownEntrypoint) return [...mine(entry, 0), ...mine(given.cmd ?? [], entry.length)];
  const cmdGiven = given.runtime === 'kubernetes' ? (given.cmd?.length ?? 0) > 0 : given.cmd !== undefined;
  if (!image) {
    // An unknown image: its entrypoint, if any, is not known; the given words are read as argv.
    return cmdGiven ? mine(given.cmd ?? [], entry.length) : 'unknown';
  }
  const imageWords = (values: readonly string[]): Word[] =>
    values.map((value) => ({ value, index: undefined }));
  return [
    ...imageWords(image.entrypoint),
    ...(cmdGiven ? mine(given.cmd ?? [], entry.length) : imageWords(image.cmd)),
  ];
}

export function containerProgram(imageName: string | undefined, given: GivenArgv): ContainerProgram {
  const image = imageDefaults(imageName);
  const argv = effectiveArgv(given, image);
  if (argv === 'unknown' || argv.length === 0) return { kind: 'none' };
  const total = (given.entrypoint?.length ?? 0) + (given.cmd?.length ?? 0);
  const open: string[] = [];
  const usesImage = argv.some((word) => word.index === undefined);
  const imageField = image && usesImage ? { image } : {};
  if (!image && given.runtime === 'kubernetes' && (given.entrypoint?.length ?? 0) === 0)
    open.push("the program is the image's entrypoint, given these args");
  const nextGiven = (from: number) =>
    argv.slice(from).find((word) => word.index !== undefined)?.index ?? total;
  let wrapped = false;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as Word;
    if (word.value === BITNAMI_ENTRYPOINT) {
      // Sources etcd-env.sh, then `exec "$@"`: the next word is the program.
      if (!wrapped) open.push(BITNAMI_OPEN);
      wrapped = true;
      continue;
    }
    if (word.value === BITNAMI_RUN) {
      if (!wrapped) open.push(BITNAMI_OPEN);
      const at = word.index === undefined ? {} : { at: word.index };
      const bitnami = { run: true };
      return { kind: 'etcd', flagsFrom: nextGiven(i + 1), ...at, ...imageField, open, bitnami };
    }
    const bitnami = wrapped ? { bitnami: { run: false } } : {};
    if (word.index === undefined) {
      // A word of the image's own CMD: etcd's release images run etcd itself.
      if (word.value !== RELEASE_ETCD) return { kind: 'none' };
      return { kind: 'etcd', flagsFrom: nextGiven(i + 1), ...imageField, open, ...bitnami };
    }
    return { kind: 'argv', index: word.index, ...imageField, open, ...bitnami };
  }
  return { kind: 'none' };
}

const BITNAMI_OPEN =
  "the image's scripts prepare etcd's settings (setup.sh, a config file under /opt/bitnami/etcd/conf)";

/**
 * How etcd is started when the manifest does not name it (the program is the image's), for
 * messages; undefined when the program word is written in the manifest.
 */
export function imageProgramPhrase(program: ContainerProgram, imageName: string): string | undefined {
  if (program.kind !== 'etcd' || program.at !== undefined || !program.image) return undefined;
  const image = `\`${imageName.trim()}\``;
  if (program.image.entrypoint.length === 0) return `the image ${image} runs etcd (its CMD)`;
  return `the image ${image} starts etcd (its entrypoint script runs /opt/bitnami/scripts/etcd/run.sh, which execs etcd)`;
}
