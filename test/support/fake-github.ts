import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

/** One request the fake GitHub received. */
export interface ReceivedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  body: unknown;
}

/** An answer: 202 with an upload id, an HTTP error with GitHub's JSON body, a raw text body, or none. */
export type FakeAnswer =
  | { status: 202; id: string }
  | { status: number; message: string }
  | { status: number; text: string }
  | { status: 'hang' };

export interface FakeGitHubOptions {
  /** Answer to POST .../code-scanning/sarifs: 202 with this id, or an HTTP error. */
  upload?: { status: 202; id: string } | { status: number; message: string };
  /** Answers to successive uploads (the last one repeats); takes precedence over `upload`. */
  uploads?: FakeAnswer[];
  /** Answer every page of the pull request files with a `next` link, without end. */
  endlessPages?: boolean;
  /** processing_status answered by successive GETs of .../sarifs/{id} (the last one repeats). */
  processing?: ('pending' | 'complete' | 'failed')[];
  /** `errors` sent with a `failed` status. */
  processingErrors?: string[];
  /** Files of the pull request, for GET .../pulls/{n}/files; an HTTP status to fail instead. */
  pullFiles?: string[] | { status: number; message: string };
  /** Files per page of the pull request listing (small, to exercise pagination). */
  pageSize?: number;
}

/** A local stand-in for the few REST endpoints the Action calls; never the network. */
export class FakeGitHub {
  readonly requests: ReceivedRequest[] = [];
  private server: Server | undefined;
  private polls = 0;
  private uploadCount = 0;
  private readonly hanging: (() => void)[] = [];

  constructor(private readonly options: FakeGitHubOptions) {}

  /** Starts listening on 127.0.0.1 and returns the base URL to put in GITHUB_API_URL. */
  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req).then((answer) => {
        if (answer === 'hang') {
          // Never answer: the client's own time limit has to end the request.
          this.hanging.push(() => res.destroy());
          return;
        }
        const { status, body, headers, text } = answer;
        const type = text === undefined ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8';
        res.writeHead(status, { 'content-type': type, ...headers });
        res.end(text ?? JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return this.url;
  }

  get url(): string {
    const address = this.server?.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}`;
  }

  async stop(): Promise<void> {
    for (const release of this.hanging.splice(0)) release();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The uploads received, with the SARIF decoded (Base64, then gunzip). */
  uploads(): { body: Record<string, unknown>; sarifText: string }[] {
    return this.requests
      .filter((r) => r.method === 'POST' && r.path.endsWith('/code-scanning/sarifs'))
      .map((r) => {
        const body = r.body as Record<string, unknown>;
        const encoded = String(body.sarif);
        if (!/^[A-Za-z0-9+/]+=*$/.test(encoded)) throw new Error('sarif is not Base64 without line breaks');
        return { body, sarifText: gunzipSync(Buffer.from(encoded, 'base64')).toString('utf8') };
      });
  }

  private async handle(
    req: IncomingMessage,
  ): Promise<{ status: number; body?: unknown; text?: string; headers?: Record<string, string> } | 'hang'> {
    const url = new URL(req.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    this.requests.push({
      method: req.method ?? '',
      path: url.pathname,
      query: url.searchParams,
      authorization: req.headers.authorization,
      body: text === '' ? undefined : JSON.parse(text),
    });
    const error = (status: number, message: string) => ({
      status,
      body: { message, documentation_url: 'https://docs.github.com/rest', status: String(status) },
    });

    if (req.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/code-scanning\/sarifs$/.test(url.pathname)) {
      const sequence = this.options.uploads;
      const upload: FakeAnswer = sequence
        ? (sequence[Math.min(this.uploadCount++, sequence.length - 1)] as FakeAnswer)
        : (this.options.upload ?? { status: 202, id: 'sarif-1' });
      if (upload.status === 'hang') return 'hang';
      if ('text' in upload) return { status: upload.status, text: upload.text };
      if ('id' in upload) {
        return { status: 202, body: { id: upload.id, url: `${this.url}${url.pathname}/${upload.id}` } };
      }
      return error(upload.status, upload.message);
    }
    const poll = /^\/repos\/[^/]+\/[^/]+\/code-scanning\/sarifs\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'GET' && poll) {
      const statuses = this.options.processing ?? ['complete'];
      const status = statuses[Math.min(this.polls++, statuses.length - 1)];
      return {
        status: 200,
        body: {
          processing_status: status,
          analyses_url: `${this.url}/repos/o/r/code-scanning/analyses?sarif_id=${poll[1]}`,
          ...(status === 'failed' ? { errors: this.options.processingErrors ?? [] } : {}),
        },
      };
    }
    if (req.method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/files$/.test(url.pathname)) {
      if (this.options.endlessPages) {
        const page = Number(url.searchParams.get('page') ?? '1');
        const next = new URL(url);
        next.searchParams.set('page', String(page + 1));
        return {
          status: 200,
          headers: { link: `<${next.href}>; rel="next"` },
          body: [{ filename: `f${page}.yaml`, status: 'modified', additions: 1, deletions: 0 }],
        };
      }
      const files = this.options.pullFiles ?? [];
      if (!Array.isArray(files)) return error(files.status, files.message);
      const size = this.options.pageSize ?? 100;
      const page = Number(url.searchParams.get('page') ?? '1');
      const slice = files.slice((page - 1) * size, page * size);
      const headers: Record<string, string> = {};
      if (page * size < files.length) {
        const next = new URL(url);
        next.searchParams.set('page', String(page + 1));
        headers.link = `<${next.href}>; rel="next"`;
      }
      return {
        status: 200,
        headers,
        body: slice.map((filename) => ({ filename, status: 'modified', additions: 1, deletions: 0 })),
      };
    }
    return error(404, 'Not Found');
  }
}
