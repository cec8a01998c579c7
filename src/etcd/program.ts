// Which programs are the etcd server. etcd's main (server/etcdmain/main.go) hands `gateway` and
// `grpc-proxy` to cobra: those are other programs with their own flags, not the server.

const SUBCOMMANDS = new Set(['gateway', 'grpc-proxy']);

/**
 * The server's file names: `etcd`; `etcd3` (Container Linux shipped etcd 3 as `/usr/bin/etcd3`
 * next to `etcd2`, and Ansible roles install it under that name); a release's version appended
 * (`etcd-v3.5.9`, `etcd-3.5.9`, `etcd-v3.5.9-linux-amd64`, the names of the release archives'
 * directories); `.exe` on Windows. Only etcd 3 and later: `--auto-tls` and `--peer-auto-tls` exist
 * from etcd 3.0 (release-3.0 etcdmain/config.go), so `etcd2` and `etcd-v2.3.8` are not read.
 * Never etcdctl, etcdutl, etcd-manager, etcd-backup, etcd-operator...: `etcd-` must be followed by
 * a version.
 */
const SERVER_NAME = /^etcd(?:3|-v?(?:[3-9]|[1-9][0-9]+)(?:\.[0-9]+){0,2}(?:-[0-9A-Za-z.]+)*)?(?:\.exe)?$/;

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** True when a path's basename names the etcd server (`etcd`, `/usr/local/bin/etcd`, `etcd3`, `etcd-v3.5.9`). */
export function isEtcdProgram(word: string): boolean {
  return SERVER_NAME.test(basename(word));
}

/** `etcd gateway ...` and `etcd grpc-proxy ...` run other programs than the server. */
export function isEtcdSubcommand(firstArgument: string | undefined): boolean {
  return firstArgument !== undefined && SUBCOMMANDS.has(firstArgument);
}
