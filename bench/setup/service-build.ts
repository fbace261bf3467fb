import { execFile } from 'node:child_process';
import { cp, mkdir, readlink, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../processes';

const run = promisify(execFile);

/**
 * Outside the tree, so that the bench never touches dist/; kept between runs, so that tsc
 * builds incrementally. Beside dist/ it holds what the compiled service finds by relative
 * path: the migrations and the packages.
 */
const BUILD_ROOT = path.join(tmpdir(), 'storefront-bench-build');

/** Links `name` to this checkout's, replacing a link an earlier run left to another checkout's. */
async function linked(name: string): Promise<void> {
  const target = path.join(ROOT, name);
  const link = path.join(BUILD_ROOT, name);
  if ((await readlink(link).catch(() => undefined)) === target) return;
  await rm(link, { force: true });
  await symlink(target, link);
}

/** Compiles the service as `npm start` does; answers the path of its compiled entry point. */
export async function buildService(): Promise<string> {
  const outDir = path.join(BUILD_ROOT, 'dist');
  await mkdir(outDir, { recursive: true });
  await Promise.all([linked('migrations'), linked('node_modules')]);
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    await run(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', outDir, '--tsBuildInfoFile', path.join(outDir, '.tsbuildinfo')], {
      cwd: ROOT,
    });
  } catch (error) {
    const output = (error as { stdout?: string }).stdout ?? '';
    throw new Error(`The service does not compile, so it cannot be started as npm start would:\n${output}`);
  }
  await cp(path.join(ROOT, 'src/interfaces/http/docs'), path.join(outDir, 'interfaces/http/docs'), { recursive: true });
  return path.join(outDir, 'main.js');
}
