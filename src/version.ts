declare const __VERSION__: string;

/** The package version, fixed at build time. */
export const VERSION: string = __VERSION__;
export const TOOL_NAME = 'etcd-tls-guard';
export const INFORMATION_URI = 'https://github.com/etcd-tls-guard/etcd-tls-guard';
