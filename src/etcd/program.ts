// Which programs are the etcd server. etcd's main (server/etcdmain/main.go) hands `gateway` and
// `grpc-proxy` to cobra: those are other programs with their own flags, not the server.

const SUBCOMMANDS = new Set(['gateway', 'grpc-proxy']);

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** True when a path's basename is exactly `etcd` (`etcd`, `/usr/local/bin/etcd`, `./etcd`). */
export function isEtcdProgram(word: string): boolean {
  return basename(word) === 'etcd';
}

/** `etcd gateway ...` and `etcd grpc-proxy ...` run other programs than the server. */
export function isEtcdSubcommand(firstArgument: string | undefined): boolean {
  return firstArgument !== undefined && SUBCOMMANDS.has(firstArgument);
}
