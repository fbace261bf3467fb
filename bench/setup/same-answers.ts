import type { RunningServer } from '../processes';

export interface Answers {
  /** Body of each path, as the service and the database ceiling both answer it. */
  bodies: Record<string, string>;
  /** The service's ETag of each path. */
  entityTags: Record<string, string>;
}

const CONCURRENT_FETCHES = 8;

async function fetchBytes(server: RunningServer, path: string) {
  const response = await fetch(server.baseUrl + path);
  if (response.status !== 200) throw new Error(`${server.name} answered ${response.status} to GET ${path}: ${await response.text()}`);
  return { bytes: Buffer.from(await response.arrayBuffer()), entityTag: response.headers.get('etag') };
}

function difference(path: string, service: Buffer, ceiling: Buffer): Error {
  let at = 0;
  while (at < service.length && service[at] === ceiling[at]) at++;
  const around = (bytes: Buffer) => JSON.stringify(bytes.subarray(Math.max(0, at - 60), at + 60).toString());
  return new Error(
    `The database ceiling does not answer GET ${path} byte for byte as the service does (first difference at byte ${at}):\n` +
      `  service: ${around(service)}\n  ceiling: ${around(ceiling)}`,
  );
}

/**
 * Asks the service and the database ceiling every path the bench will send and fails unless
 * the bytes are the same: a ceiling that answered less would flatter itself.
 */
export async function sameAnswers(service: RunningServer, ceiling: RunningServer, paths: string[]): Promise<Answers> {
  const answers: Answers = { bodies: {}, entityTags: {} };
  for (let start = 0; start < paths.length; start += CONCURRENT_FETCHES) {
    await Promise.all(
      paths.slice(start, start + CONCURRENT_FETCHES).map(async (path) => {
        const [fromService, fromCeiling] = await Promise.all([fetchBytes(service, path), fetchBytes(ceiling, path)]);
        if (!fromService.bytes.equals(fromCeiling.bytes)) throw difference(path, fromService.bytes, fromCeiling.bytes);
        answers.bodies[path] = fromService.bytes.toString();
        if (fromService.entityTag) answers.entityTags[path] = fromService.entityTag;
      }),
    );
  }
  return answers;
}
