// What container images do when a manifest gives no program of its own, read from the images'
// Dockerfiles: bitnami/etcd has an ENTRYPOINT script (/opt/bitnami/scripts/etcd/entrypoint.sh) that
// prepares the environment and then runs what it is given; the official images
// (quay.io/coreos/etcd, gcr.io/etcd-development/etcd) have `CMD ["/usr/local/bin/etcd"]` and no
// ENTRYPOINT.

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

/** Images whose ENTRYPOINT wraps the command given to them (their script runs before etcd). */
export function hasWrappingEntrypoint(image: string | undefined): boolean {
  if (image === undefined) return false;
  return /(^|\/)bitnami(legacy)?\/etcd$/.test(imageRepository(image));
}
