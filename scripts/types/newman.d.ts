// newman ships no type declarations; this covers the part of its Node API that run-postman.ts uses.
declare module 'newman' {
  export interface RunOptions {
    collection: string | object;
    environment?: string | object;
    envVar?: { key: string; value: string }[];
    reporters?: string | string[];
    timeoutRequest?: number;
  }

  export interface RunSummary {
    run: {
      stats: { assertions: { total: number; failed: number }; requests: { total: number; failed: number } };
      failures: unknown[];
      error?: unknown;
    };
  }

  export function run(options: RunOptions, callback: (error: Error | null, summary: RunSummary) => void): void;
}
